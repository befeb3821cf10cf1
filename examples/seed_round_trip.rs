//! A real signed round trip of `v2/vehicle/pay/notification` against a local gateway on
//! 127.0.0.1, printed for a person to read: the request the SDK signed, the gateway's own check
//! of its sign, and the verified, typed response.
//!
//! Run with `cargo run --example seed_round_trip`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Duration;

use support::{APPID, Gateway, KEY, MCH_ID, Mode};
use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingScene, Request, Scene, SceneInfo, TradeScene,
};
use wechatpay_v2::{Client, SignType};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let gateway = Gateway::start(Mode::Normal);
    println!("local gateway listening on {}", gateway.base_url());

    let api = Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .appid(APPID)
        .base_url(gateway.base_url())
        .timeout(Duration::from_secs(5))
        .build()?;

    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: SignType::HmacSha256,
        version: "3.0".into(),
        trade_scene: TradeScene::Parking,
        scene_info: SceneInfo {
            scene_info: Scene::Parking(ParkingScene {
                start_time: "20170826104339".into(),
                notify_url: Some("https://example.com/parking/notify".into()),
                plate_number: "粤B888888".into(),
                car_type: Some("小型车".into()),
                parking_name: "欢乐海岸停车场".into(),
                free_time: "1200".into(),
            }),
        },
    };

    let response = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request)
        .await?;

    let received = gateway.received();
    let sent = &received[0];
    println!(
        "\nPOST {} (as the gateway received it):\n{}",
        sent.path, sent.body
    );
    println!(
        "\ngateway's independent sign check ({}): {}",
        sent.fields["sign_type"],
        if sent.sign_ok { "OK" } else { "MISMATCH" }
    );
    println!("\nverified response:\n{response:#?}");
    Ok(())
}
