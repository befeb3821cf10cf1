//! Every call style, async and blocking, against the embedded mock gateway; and every fault mode
//! of the mock, each giving its own client error, with no panic and no hang (the client's
//! timeout bounds every call).

use std::time::Duration;

use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingSpaceScene, Request, Scene, SceneInfo, TradeScene, UserState,
};
use wechatpay_v2::{Client, Error, ErrorKind, SignType, SignatureProblem, blocking};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, Fault, MockConfig, MockServer,
};

fn request(sign_type: SignType) -> Request {
    Request::new(
        sign_type,
        "3.0",
        TradeScene::ParkingSpace,
        SceneInfo::new(Scene::ParkingSpace(
            ParkingSpaceScene::new("20170826104339", "1200", "D6666").car_type("小型车"),
        )),
    )
}

fn client(mock: &MockServer, timeout: Duration) -> Client {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(timeout)
        .build()
        .unwrap()
}

#[tokio::test]
async fn async_styles_against_the_mock() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, Duration::from_secs(5));
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let responses = [
            api.v2()
                .vehicle()
                .pay()
                .notification()
                .post(request(sign_type))
                .await,
            api.chain("v2/vehicle/pay/notification")
                .post(request(sign_type))
                .await,
            api["v2/vehicle/pay/notification"]
                .post(request(sign_type))
                .await,
        ];
        for response in responses {
            let response = response.unwrap();
            assert_eq!(response.mch_id, DEFAULT_MCH_ID);
            assert_eq!(response.appid, DEFAULT_APPID);
            assert_eq!(response.user_state, UserState::Normal);
        }
    }
    let log = mock.requests();
    assert_eq!(log.len(), 6);
    assert!(log.iter().all(|r| r.rejected.is_none()), "{log:?}");
}

#[test]
fn blocking_styles_against_the_mock() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = blocking::Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let responses = [
            api.v2()
                .vehicle()
                .pay()
                .notification()
                .post(request(sign_type)),
            api.chain("v2/vehicle/pay/notification")
                .post(request(sign_type)),
            api["v2/vehicle/pay/notification"].post(request(sign_type)),
        ];
        for response in responses {
            assert_eq!(response.unwrap().user_state, UserState::Normal);
        }
    }
    assert_eq!(mock.requests().len(), 6);
    assert!(mock.requests().iter().all(|r| r.rejected.is_none()));
}

#[tokio::test]
async fn a_wrong_key_is_a_protocol_fail_naming_the_sign() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key("ffffffffffffffffffffffffffffffff")
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let err = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request(SignType::Md5))
        .await
        .unwrap_err();
    match &err {
        Error::Protocol { return_msg, raw } => {
            assert_eq!(return_msg, "sign mismatch (签名错误) for sign_type MD5");
            assert!(raw.text().contains("<return_code>FAIL</return_code>"));
        }
        other => panic!("expected a protocol FAIL, got {other:?}"),
    }
}

/// Calls the seed endpoint once with `fault` switched on.
async fn call_with(fault: Fault, timeout: Duration) -> Error {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault(Some(fault));
    let api = client(&mock, timeout);
    let err = api
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(request(SignType::HmacSha256))
        .await
        .expect_err("a faulty gateway must give an error");
    assert_eq!(mock.requests().len(), 1, "exactly one request, no retry");
    err
}

#[tokio::test]
async fn tampered_sign_is_a_signature_error() {
    let err = call_with(Fault::TamperedSign, Duration::from_secs(5)).await;
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
    assert!(err.raw_response().unwrap().text().contains("OK, tampered"));
}

#[tokio::test]
async fn truncated_body_is_a_decode_error() {
    let err = call_with(Fault::TruncatedBody, Duration::from_secs(5)).await;
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("malformed XML") || reason.contains("ends before")),
        "{err:?}"
    );
    assert_eq!(err.kind(), ErrorKind::Decode);
}

#[tokio::test]
async fn http_500_is_an_http_status_error() {
    let err = call_with(Fault::Http500, Duration::from_secs(5)).await;
    match &err {
        Error::HttpStatus { raw } => {
            assert_eq!(raw.status, 500);
            assert_eq!(raw.text(), "System Error");
        }
        other => panic!("expected an HTTP status error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_slow_gateway_is_a_timeout() {
    let err = call_with(
        Fault::Delay(Duration::from_secs(30)),
        Duration::from_millis(300),
    )
    .await;
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.kind(), ErrorKind::Transport);
}

#[tokio::test]
async fn an_html_error_page_is_a_decode_error() {
    let err = call_with(Fault::HtmlErrorPage, Duration::from_secs(5)).await;
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason == "the root element must be <xml>, found <html>"),
        "{err:?}"
    );
    assert!(
        err.raw_response()
            .unwrap()
            .text()
            .contains("502 Bad Gateway")
    );
}

#[tokio::test]
async fn a_doctype_in_the_reply_is_refused() {
    let err = call_with(Fault::DoctypeReply, Duration::from_secs(5)).await;
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.starts_with("DOCTYPE is not allowed")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_connection_closed_early_is_a_transport_error() {
    let err = call_with(Fault::CloseEarly, Duration::from_secs(5)).await;
    assert!(matches!(&err, Error::Transport(_)), "{err:?}");
    assert!(!err.is_timeout(), "closed, not timed out: {err:?}");
}

#[tokio::test]
async fn a_business_fail_is_a_business_error() {
    let err = call_with(Fault::BusinessFail, Duration::from_secs(5)).await;
    assert!(
        matches!(&err, Error::Business { err_code, .. } if err_code == "SYSTEMERROR"),
        "{err:?}"
    );
}
