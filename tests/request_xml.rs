//! The exact bytes of the seed endpoint's request, for both scene shapes and both sign types,
//! with a fixed nonce. Each sign is also checked against the tests' own reference signer.

mod support;

use support::{APPID, KEY, MCH_ID, parse_flat, reference_sign};
use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingScene, ParkingSpaceScene, Request, Scene, SceneInfo, TradeScene,
};
use wechatpay_v2::{Client, SignType};

const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

fn client() -> Client {
    Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .appid(APPID)
        .build()
        .unwrap()
}

fn parking(sign_type: SignType) -> Request {
    Request::new(
        sign_type,
        "3.0",
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new("20170826104339", "粤B888888", "欢乐海岸停车场", "1200")
                .notify_url("https://weixin.qq.com")
                .car_type("小型车"),
        )),
    )
}

fn parking_space(sign_type: SignType) -> Request {
    Request::new(
        sign_type,
        "3.0",
        TradeScene::ParkingSpace,
        SceneInfo::new(Scene::ParkingSpace(
            ParkingSpaceScene::new("20170826104339", "1200", "D6666")
                .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
        )),
    )
    .appid("wxcbda96de0b165486")
    .mch_id(MCH_ID)
}

/// Signs with the fixed nonce, checks the sign independently, and returns the document.
fn signed_xml(request: &Request) -> String {
    let body = client().sign_with_nonce(request, NONCE).unwrap();
    let xml = String::from_utf8(body.xml).unwrap();
    let fields = parse_flat(&xml);
    assert_eq!(fields["sign"], reference_sign(&fields, KEY), "{xml}");
    assert_eq!(fields["sign"], body.sign.as_str());
    xml
}

#[test]
fn parking_md5() {
    insta::assert_snapshot!(signed_xml(&parking(SignType::Md5)));
}

#[test]
fn parking_hmac_sha256() {
    insta::assert_snapshot!(signed_xml(&parking(SignType::HmacSha256)));
}

#[test]
fn parking_space_md5() {
    insta::assert_snapshot!(signed_xml(&parking_space(SignType::Md5)));
}

#[test]
fn parking_space_hmac_sha256() {
    insta::assert_snapshot!(signed_xml(&parking_space(SignType::HmacSha256)));
}

#[test]
fn cdata_terminator_in_a_value_round_trips() {
    let mut request = parking(SignType::HmacSha256);
    if let Scene::Parking(scene) = &mut request.scene_info.scene_info {
        scene.plate_number = "A]]>B<&>".into();
    }
    let xml = signed_xml(&request);
    insta::assert_snapshot!(xml);
    let fields = wechatpay_v2_protocol::xml::parse_document(xml.as_bytes(), "xml").unwrap();
    let scene = &fields.iter().find(|(k, _)| k == "scene_info").unwrap().1;
    assert!(scene.contains(r#""plate_number":"A]]>B<&>""#), "{scene}");
}

#[test]
fn output_is_deterministic_and_the_nonce_is_fresh_otherwise() {
    let request = parking(SignType::Md5);
    assert_eq!(signed_xml(&request), signed_xml(&request));
    let a = client().sign_with_nonce(&request, NONCE).unwrap();
    let b = wechatpay_v2_protocol::sign_request(
        &request,
        wechatpay_v2_protocol::Signer {
            mch_id: MCH_ID,
            appid: Some(APPID),
            sub_mch_id: None,
            sub_appid: None,
            key: &wechatpay_v2::ApiKey::new(KEY),
        },
        None,
    )
    .unwrap();
    assert_ne!(
        a.xml, b.xml,
        "without a fixed nonce each request gets a fresh one"
    );
}

#[test]
fn limits_and_required_configuration_are_checked_before_sending() {
    let mut request = parking(SignType::Md5);
    request.version = "x".repeat(17);
    let err = client().sign_with_nonce(&request, NONCE).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `version`: 17 characters, at most 16 allowed"
    );

    let no_appid = Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .build()
        .unwrap();
    let err = no_appid
        .sign_with_nonce(&parking(SignType::Md5), NONCE)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `appid`: required: set it on the request or configure the client's appid"
    );
}

#[test]
fn bad_configuration_is_named() {
    let err = Client::builder().api_key(KEY).build().unwrap_err();
    assert_eq!(err.to_string(), "configuration: `mch_id` is required");
    let err = Client::builder()
        .mch_id(MCH_ID)
        .api_key("short")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration: the APIv2 key must be 32 bytes long, this one has 5"
    );
    let err = Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .base_url("ftp://x/")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("must be an http(s) URL"), "{err}");
}
