//! The mock as a standalone process: it prints its URL, serves a real client, and stops when
//! killed.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingScene, Request, Scene, SceneInfo, TradeScene, UserState,
};
use wechatpay_v2::{SignType, blocking};

/// Kills the child process when the test ends, however it ends.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_binary_serves_a_client_for_its_configured_merchant() {
    let mut child = KillOnDrop(
        Command::new(env!("CARGO_BIN_EXE_wechatpay-v2-mock"))
            .args(["--port", "0", "--mch-id", "1230000109"])
            .env("WECHATPAY_API_KEY", "fedcba9876543210fedcba9876543210")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stderr = child.0.stderr.take().unwrap();
    let mut line = String::new();
    BufReader::new(stderr).read_line(&mut line).unwrap();
    assert!(
        !line.contains("fedcba9876543210"),
        "the key is never printed: {line}"
    );
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_owned();

    let api = blocking::Client::builder()
        .mch_id("1230000109")
        .api_key("fedcba9876543210fedcba9876543210")
        .appid("wxd678efh567hg6787")
        .base_url(url)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let response = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(Request {
            appid: None,
            mch_id: None,
            sign_type: SignType::Md5,
            version: "3.0".into(),
            trade_scene: TradeScene::Parking,
            scene_info: SceneInfo {
                scene_info: Scene::Parking(ParkingScene {
                    start_time: "20170826104339".into(),
                    notify_url: None,
                    plate_number: "粤B888888".into(),
                    car_type: None,
                    parking_name: "欢乐海岸停车场".into(),
                    free_time: "1200".into(),
                }),
            },
        })
        .unwrap();
    assert_eq!(response.mch_id, "1230000109");
    assert_eq!(response.user_state, UserState::Normal);
}
