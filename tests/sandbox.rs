//! Sandbox mode: the client fetches the sandbox sign key once, from the mock, and signs and
//! verifies sandbox endpoints with it; other endpoints keep the APIv2 key.

use std::time::Duration;

use wechatpay_v2::v2::sandboxnew::pay::orderquery::Request;
use wechatpay_v2::{Client, Error};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

fn request() -> Request {
    Request::by_out_trade_no("T20261123001")
}

fn client(mock: &MockServer, sandbox: bool) -> Client {
    let builder = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5));
    let builder = if sandbox { builder.sandbox() } else { builder };
    builder.build().unwrap()
}

#[tokio::test]
async fn the_sandbox_key_is_fetched_once_and_used_for_sandbox_endpoints() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, true);
    for _ in 0..3 {
        let response = api
            .v2()
            .sandboxnew()
            .pay()
            .orderquery()
            .post(request())
            .await
            .unwrap();
        assert_eq!(response.mch_id, DEFAULT_MCH_ID);
    }
    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/xdc/apiv2getsignkey/sign/getsignkey",
            "/sandboxnew/pay/orderquery",
            "/sandboxnew/pay/orderquery",
            "/sandboxnew/pay/orderquery",
        ]
    );
    assert!(mock.requests().iter().all(|r| r.rejected.is_none()));
}

#[tokio::test]
async fn concurrent_first_calls_share_one_key_fetch() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, true);
    let calls = (0..8).map(|_| {
        let api = api.clone();
        tokio::spawn(async move {
            api.v2()
                .sandboxnew()
                .pay()
                .orderquery()
                .post(request())
                .await
        })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let fetches = mock
        .requests()
        .iter()
        .filter(|r| r.path == "/xdc/apiv2getsignkey/sign/getsignkey")
        .count();
    assert_eq!(fetches, 1);
}

#[tokio::test]
async fn outside_sandbox_mode_the_apiv2_key_is_used_and_the_sandbox_refuses_it() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, false);
    let err = api
        .v2()
        .sandboxnew()
        .pay()
        .orderquery()
        .post(request())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Protocol { return_msg, .. } if return_msg.starts_with("sign mismatch")),
        "{err:?}"
    );
    assert_eq!(
        mock.requests().len(),
        1,
        "no key fetch outside sandbox mode"
    );
}
