//! Every call style, async and blocking, against a gateway on 127.0.0.1 that checks the sign
//! independently and answers with a signed response.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use support::{APPID, Gateway, KEY, MCH_ID, Mode};
use wechatpay_v2::v2::vehicle::pay::notification::{
    DeductMode, ParkingScene, Request, Response, Scene, SceneInfo, TradeScene, UserState,
};
use wechatpay_v2::{Client, Error, ErrorKind, SignType, SignatureProblem, blocking};

fn request() -> Request {
    Request::new(
        SignType::HmacSha256,
        "3.0",
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new("20170826104339", "粤B888888", "欢乐海岸停车场", "1200")
                .notify_url("https://example.com/parking?a=1&b=2")
                .car_type("小型车"),
        )),
    )
}

fn client(gateway: &Gateway) -> Client {
    Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .appid(APPID)
        .base_url(gateway.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn blocking_client(gateway: &Gateway) -> blocking::Client {
    blocking::Client::builder()
        .mch_id(MCH_ID)
        .api_key(KEY)
        .appid(APPID)
        .base_url(gateway.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

/// What every style must produce: the typed response, and one correctly signed request on the
/// wire with the configuration filled in.
fn assert_round_trip(gateway: &Gateway, response: Response, calls: usize) {
    assert_eq!(response.appid, APPID);
    assert_eq!(response.mch_id, MCH_ID);
    assert_eq!(response.user_state, UserState::Normal);
    assert_eq!(response.deduct_mode, Some(DeductMode::Autopay));
    assert_eq!(
        response.other_fields,
        BTreeMap::from([("brand_new_field".to_owned(), "kept".to_owned())]),
        "unknown fields stay reachable; envelope fields are not repeated"
    );
    let received = gateway.received();
    assert_eq!(received.len(), calls);
    let last = received.last().unwrap();
    assert!(
        last.sign_ok,
        "the gateway's own sign check failed: {last:?}"
    );
    assert_eq!(last.path, "/vehicle/pay/notification");
    assert_eq!(last.fields["appid"], APPID);
    assert_eq!(last.fields["mch_id"], MCH_ID);
    assert_eq!(last.fields["sign_type"], "HMAC-SHA256");
    assert_eq!(last.fields["trade_scene"], "PARKING");
    assert_eq!(last.fields["nonce_str"].len(), 32);
    assert_eq!(last.fields["sign"].len(), 64);
    assert_eq!(
        last.fields["scene_info"],
        r#"{"scene_info":{"start_time":"20170826104339","notify_url":"https://example.com/parking?a=1&b=2","plate_number":"粤B888888","car_type":"小型车","parking_name":"欢乐海岸停车场","free_time":"1200"}}"#
    );
}

#[tokio::test]
async fn async_chained_declarative_and_index_styles() {
    let gateway = Gateway::start(Mode::Normal);
    let api = client(&gateway);

    let chained = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request())
        .await
        .unwrap();
    assert_round_trip(&gateway, chained, 1);

    let declarative = api
        .chain("v2/vehicle/pay/notification")
        .post(request())
        .await
        .unwrap();
    assert_round_trip(&gateway, declarative, 2);

    let index = api["v2/vehicle/pay/notification"]
        .post(request())
        .await
        .unwrap();
    assert_round_trip(&gateway, index, 3);

    // The index handle is kept by the client: the same path gives the same handle.
    assert!(std::ptr::eq(
        &api["v2/vehicle/pay/notification"],
        &api["v2/vehicle/pay/notification"]
    ));
}

#[test]
fn blocking_chained_declarative_and_index_styles() {
    let gateway = Gateway::start(Mode::Normal);
    let api = blocking_client(&gateway);

    let chained = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request())
        .unwrap();
    assert_round_trip(&gateway, chained, 1);

    let declarative = api
        .chain("v2/vehicle/pay/notification")
        .post(request())
        .unwrap();
    assert_round_trip(&gateway, declarative, 2);

    let index = api["v2/vehicle/pay/notification"].post(request()).unwrap();
    assert_round_trip(&gateway, index, 3);
}

/// The fields of a received request but for the two that change on every send.
fn without_nonce_and_sign(fields: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut fields = fields.clone();
    assert!(fields.remove("nonce_str").is_some() && fields.remove("sign").is_some());
    fields
}

/// After `sends` by reference and one more by value of the same request: every send put the
/// same fields on the wire, but for its fresh nonce and its sign.
fn assert_same_fields(gateway: &Gateway, sends: usize) {
    let received = gateway.received();
    assert_eq!(received.len(), sends + 1);
    let by_value = without_nonce_and_sign(&received[sends].fields);
    for by_reference in &received[..sends] {
        assert_eq!(without_nonce_and_sign(&by_reference.fields), by_value);
        assert_ne!(
            by_reference.fields["nonce_str"],
            received[sends].fields["nonce_str"]
        );
    }
}

#[tokio::test]
async fn every_style_also_takes_the_request_by_reference() {
    let gateway = Gateway::start(Mode::Normal);
    let api = client(&gateway);
    // Kept by the caller across the sends, and never cloned.
    let req = request();

    let chained = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(&req)
        .await
        .unwrap();
    assert_round_trip(&gateway, chained, 1);
    let declarative = api
        .chain("v2/vehicle/pay/notification")
        .post(&req)
        .await
        .unwrap();
    assert_round_trip(&gateway, declarative, 2);
    let index = api["v2/vehicle/pay/notification"].post(&req).await.unwrap();
    assert_round_trip(&gateway, index, 3);
    let direct = api.post(&req).await.unwrap();
    assert_round_trip(&gateway, direct, 4);

    api.post(req).await.unwrap();
    assert_same_fields(&gateway, 4);
}

#[test]
fn blocking_styles_also_take_the_request_by_reference() {
    let gateway = Gateway::start(Mode::Normal);
    let api = blocking_client(&gateway);
    let req = request();

    let chained = api.v2().vehicle().pay().notification().post(&req).unwrap();
    assert_round_trip(&gateway, chained, 1);
    let declarative = api.chain("v2/vehicle/pay/notification").post(&req).unwrap();
    assert_round_trip(&gateway, declarative, 2);
    let index = api["v2/vehicle/pay/notification"].post(&req).unwrap();
    assert_round_trip(&gateway, index, 3);
    let direct = api.post(&req).unwrap();
    assert_round_trip(&gateway, direct, 4);

    api.post(req).unwrap();
    assert_same_fields(&gateway, 4);
}

#[tokio::test]
async fn tampered_response_sign_is_a_signature_error_with_the_raw_body() {
    let gateway = Gateway::start(Mode::TamperedSign);
    let api = client(&gateway);
    let err = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Signature);
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: SignatureProblem::Mismatch,
                ..
            }
        ),
        "{err:?}"
    );
    let raw = err.raw_response().expect("the raw response is kept");
    assert_eq!(raw.status, 200);
    assert!(
        raw.text()
            .contains("<user_state><![CDATA[BLOCK]]></user_state>"),
        "{raw:?}"
    );
}

#[test]
fn blocking_tampered_sign_fails_the_same_way() {
    let gateway = Gateway::start(Mode::TamperedSign);
    let api = blocking_client(&gateway);
    let err = api["v2/vehicle/pay/notification"]
        .post(request())
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Signature {
                problem: SignatureProblem::Mismatch,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn business_fail_is_its_own_error() {
    let gateway = Gateway::start(Mode::BusinessFail);
    let api = client(&gateway);
    let err = api
        .chain("v2/vehicle/pay/notification")
        .post(request())
        .await
        .unwrap_err();
    match &err {
        Error::Business {
            err_code,
            err_code_des,
            raw,
        } => {
            assert_eq!(err_code, "PARAM_ERROR");
            assert_eq!(err_code_des, "车牌号格式错误");
            assert!(raw.text().contains("PARAM_ERROR"));
        }
        other => panic!("expected a business error, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "business FAIL: PARAM_ERROR: 车牌号格式错误"
    );
}

#[tokio::test]
async fn another_merchant_is_refused_before_sending() {
    let gateway = Gateway::start(Mode::Normal);
    let api = client(&gateway);
    let mut req = request();
    req.mch_id = Some("1230000109".into());
    let err = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(req)
        .await
        .unwrap_err();
    match &err {
        Error::MerchantMismatch {
            field,
            configured,
            requested,
        } => {
            assert_eq!(*field, "mch_id");
            assert_eq!(configured, MCH_ID);
            assert_eq!(requested, "1230000109");
        }
        other => panic!("expected a merchant mismatch, got {other:?}"),
    }
    assert!(gateway.received().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn string_styles_name_undeclared_and_malformed_paths() {
    let gateway = Gateway::start(Mode::Normal);
    let api = client(&gateway);

    let err = api
        .chain("v2/vehicle/pay/nope")
        .post(request())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::UndeclaredPath { path } if path == "v2/vehicle/pay/nope"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "`v2/vehicle/pay/nope` is not a declared endpoint; use `post_fields` (the untyped escape hatch) to call it"
    );

    let err = api["vehicle/pay/notification"]
        .post(request())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::MalformedPath { reason, .. } if reason.contains("must start with `v2/`")),
        "{err:?}"
    );

    let err = api["v2/vehicle//notification"]
        .post_fields(BTreeMap::new())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::MalformedPath { reason, .. } if reason.contains("empty segment")),
        "{err:?}"
    );
    assert!(gateway.received().is_empty());
}

#[tokio::test]
async fn untyped_escape_hatch_for_an_undeclared_endpoint() {
    let gateway = Gateway::start(Mode::Normal);
    let api = client(&gateway);
    let fields = BTreeMap::from([
        ("mch_id".to_owned(), MCH_ID.to_owned()),
        ("appid".to_owned(), APPID.to_owned()),
        ("sign_type".to_owned(), "MD5".to_owned()),
        ("out_trade_no".to_owned(), "T20261123001".to_owned()),
    ]);
    let out = api
        .chain("v2/pay/orderquery")
        .post_fields(fields.clone())
        .await
        .unwrap();
    assert_eq!(out["return_code"], "SUCCESS");
    assert_eq!(out["user_state"], "NORMAL");
    assert_eq!(
        out["sign"].len(),
        32,
        "MD5 requested, MD5 answered and verified"
    );

    let received = gateway.received();
    assert_eq!(received[0].path, "/pay/orderquery");
    assert!(received[0].sign_ok);
    assert_eq!(received[0].fields["out_trade_no"], "T20261123001");

    // On a declared path the endpoint's metadata applies: configuration is filled in, and values
    // are checked before anything is sent.
    let declared = |scene: &str| {
        BTreeMap::from([
            ("sign_type".to_owned(), "HMAC-SHA256".to_owned()),
            ("version".to_owned(), "3.0".to_owned()),
            ("trade_scene".to_owned(), "PARKING SPACE".to_owned()),
            ("scene_info".to_owned(), scene.to_owned()),
        ])
    };
    let err = api["v2/vehicle/pay/notification"]
        .post_fields(declared(
            r#"{"scene_info":{"start_time":"20170826104339"}}"#,
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `scene_info.scene_info.plate_number`: required but missing"
    );
    assert_eq!(
        gateway.received().len(),
        1,
        "nothing sent for an invalid request"
    );

    let out = api["v2/vehicle/pay/notification"]
        .post_fields(declared(
            r#"{"scene_info":{"start_time":"20170826104339","free_time":"1200","space_number":"D6666"}}"#,
        ))
        .await
        .unwrap();
    assert_eq!(
        out["mch_id"], MCH_ID,
        "declared metadata fills mch_id from the configuration"
    );
    assert_eq!(gateway.received()[1].fields["appid"], APPID);
}

#[test]
fn blocking_untyped_escape_hatch() {
    let gateway = Gateway::start(Mode::Normal);
    let api = blocking_client(&gateway);
    let out = api["v2/pay/orderquery"]
        .post_fields(BTreeMap::from([
            ("mch_id".to_owned(), MCH_ID.to_owned()),
            (
                "out_trade_no".to_owned(),
                "1217752501201407033233368018".to_owned(),
            ),
        ]))
        .unwrap();
    assert_eq!(out["return_code"], "SUCCESS");
}

#[tokio::test]
async fn blocking_client_refuses_to_run_inside_a_runtime() {
    let gateway = Gateway::start(Mode::Normal);
    let api = blocking_client(&gateway);
    let err = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request())
        .unwrap_err();
    assert!(matches!(err, Error::BlockingInAsync), "{err:?}");
    drop(api); // dropping it here must not panic either
}

#[tokio::test]
async fn clones_share_one_client_and_the_key_never_prints() {
    let gateway = Gateway::start(Mode::Normal);
    let api = client(&gateway);
    let clone = api.clone();
    clone
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request())
        .await
        .unwrap();
    api.v2()
        .vehicle()
        .pay()
        .notification()
        .post(request())
        .await
        .unwrap();
    assert_eq!(gateway.received().len(), 2);
    for text in [
        format!("{api:?}"),
        format!("{:?}", api["v2/x/y"]),
        format!("{:?}", api.v2().vehicle()),
    ] {
        assert!(!text.contains(KEY), "{text}");
    }
    assert!(format!("{api:?}").contains("ApiKey(<redacted>)"));
}
