//! More gateway faults, each its own error with the raw body kept; and opt-in retries, for
//! queries only.

use std::time::Duration;

use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::v2::vehicle::pay::notification;
use wechatpay_v2::{Client, Error, SignType, SignatureProblem};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, Fault, MockConfig, MockServer,
};

fn client(mock: &MockServer, retry: bool) -> Client {
    let builder = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5));
    let builder = if retry {
        builder.retry_queries(2, Duration::from_millis(1))
    } else {
        builder
    };
    builder.build().unwrap()
}

fn query() -> orderquery::Request {
    orderquery::Request {
        version: None,
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        transaction_id: None,
        out_trade_no: Some("T20261123001".into()),
        sign_type: Some(SignType::HmacSha256),
    }
}

fn entry() -> notification::Request {
    notification::Request {
        appid: None,
        mch_id: None,
        sign_type: SignType::Md5,
        version: "3.0".into(),
        trade_scene: notification::TradeScene::Parking,
        scene_info: notification::SceneInfo {
            scene_info: notification::Scene::Parking(notification::ParkingScene {
                start_time: "20170826104339".into(),
                notify_url: None,
                plate_number: "粤B888888".into(),
                car_type: None,
                parking_name: "欢乐海岸停车场".into(),
                free_time: "1200".into(),
            }),
        },
    }
}

#[tokio::test]
async fn http_4xx_is_an_http_status_error_with_the_body() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault(Some(Fault::Http400));
    let err = client(&mock, false)
        .v2()
        .pay()
        .orderquery()
        .post(query())
        .await
        .unwrap_err();
    match &err {
        Error::HttpStatus { raw } => {
            assert_eq!(raw.status, 400);
            assert_eq!(raw.text(), "Bad Request");
        }
        other => panic!("expected an HTTP status error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_sign_of_the_other_algorithm_and_a_missing_sign_are_named() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, false);
    mock.set_fault(Some(Fault::OtherAlgorithmSign));
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: SignatureProblem::AlgorithmMismatch {
                    expected: SignType::HmacSha256,
                    received: SignType::Md5
                },
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.raw_response().unwrap().text().contains("<sign>"));

    mock.set_fault(Some(Fault::MissingSign));
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: SignatureProblem::Missing,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn queries_are_retried_when_asked_with_a_fresh_nonce_each_time() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault_for(Fault::Http500, 1);
    mock.set_fault_for(Fault::Http500, 2);
    let response = client(&mock, true)
        .v2()
        .pay()
        .orderquery()
        .post(query())
        .await
        .unwrap();
    assert_eq!(response.out_trade_no, "T20261123001");
    let requests = mock.requests();
    assert_eq!(requests.len(), 3, "two failures, then the answer");
    let nonces: std::collections::HashSet<String> = requests
        .iter()
        .map(|r| {
            let start = r.body.find("<nonce_str>").unwrap() + "<nonce_str>".len();
            r.body[start..start + 32].to_owned()
        })
        .collect();
    assert_eq!(nonces.len(), 3, "every attempt is signed anew");
}

#[tokio::test]
async fn retries_are_bounded_and_only_for_transport_failures() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, true);
    mock.set_fault_for(Fault::Http500, 10);
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(matches!(err, Error::HttpStatus { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 3, "one attempt and two retries");

    // A business failure is an answer, not a failure to get one: never retried.
    mock.set_fault_for(Fault::BusinessFail, 10);
    let err = api.v2().pay().orderquery().post(query()).await.unwrap_err();
    assert!(matches!(err, Error::Business { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 4);

    // A connection closed early is retried like any transport failure.
    mock.set_fault_for(Fault::CloseEarly, 1);
    api.v2().pay().orderquery().post(query()).await.unwrap();
    assert_eq!(mock.requests().len(), 6);
}

#[tokio::test]
async fn calls_that_are_not_queries_and_clients_that_did_not_opt_in_never_retry() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault_for(Fault::Http500, 1);
    let err = client(&mock, true)
        .v2()
        .vehicle()
        .pay()
        .notification()
        .post(entry())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::HttpStatus { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 1);

    mock.set_fault_for(Fault::Http500, 1);
    let err = client(&mock, false)
        .v2()
        .pay()
        .orderquery()
        .post(query())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::HttpStatus { .. }), "{err:?}");
    assert_eq!(mock.requests().len(), 2);
}
