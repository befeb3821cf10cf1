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

    // The required fields in the constructor, the optional ones by name; `appid` and `mch_id`
    // come from the client.
    let scene = ParkingScene::new("20170826104339", "粤B888888", "欢乐海岸停车场", "1200")
        .notify_url("https://example.com/parking/notify")
        .car_type("小型车");
    let request = Request::new(
        SignType::HmacSha256,
        "3.0",
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(scene)),
    );

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
