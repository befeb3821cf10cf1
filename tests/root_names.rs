//! What an app names is reachable from the root crate: the request trait that `post` takes
//! (`AsRequest`), the signed request of an exchange (`Sent`), and the retry policy.

use std::collections::BTreeMap;
use std::time::Duration;

use wechatpay_v2::v2::pay::queryexchagerate::Request;
use wechatpay_v2::{AsRequest, Client, Method, RetryPolicy, Sent};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

/// A helper an app writes over anything `post` takes, by value or by reference.
fn currency<R: AsRequest<Request = Request>>(request: &R) -> &str {
    &request.as_request().fee_type
}

#[test]
fn an_app_names_as_request_sent_and_retry_policy_through_the_root() {
    let request = Request {
        appid: None,
        mch_id: None,
        fee_type: "USD".into(),
        date: "20150807".into(),
    };
    assert_eq!(currency(&request), "USD");
    assert_eq!(currency(&&request), "USD");

    let policy = RetryPolicy {
        retries: 2,
        backoff: Duration::from_millis(10),
    };
    assert_eq!(policy.retries, 2);

    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .build()
        .unwrap();
    let fields = BTreeMap::from([
        ("fee_type".to_owned(), "USD".to_owned()),
        ("date".to_owned(), "20150807".to_owned()),
    ]);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let exchange = rt
        .block_on(api.chain("v2/pay/queryexchagerate").exchange_fields(fields))
        .unwrap();
    let sent: &Sent = &exchange.request;
    assert_eq!(sent.method, Method::Post);
    assert_eq!(sent.url, format!("{}pay/queryexchagerate", mock.base_url()));
    assert!(sent.body.starts_with(b"<xml><appid>"));
}
