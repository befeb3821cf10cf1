//! What an app names is reachable from the root crate: the request trait that `post` takes
//! (`AsRequest`), the signed request of an exchange (`Sent`), and the retry policy.

use std::collections::BTreeMap;
use std::time::Duration;

use wechatpay_v2::meta::Method;
use wechatpay_v2::v2::pay::queryexchagerate::Request;
use wechatpay_v2::{AsRequest, Client, RetryPolicy, Sent};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

/// A helper an app writes over anything `post` takes, by value or by reference.
fn currency<R: AsRequest<Request = Request>>(request: &R) -> &str {
    &request.as_request().fee_type
}

#[test]
fn an_app_names_as_request_sent_and_retry_policy_through_the_root() {
    let request = Request::new("USD", "20150807");
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

/// The names at the root of `wechatpay_v2`, exactly: the client and its builder, the errors, the
/// request traits, `Sent` / `Exchange`, the retry policy, the key and sign type, and the modules
/// an app uses. Protocol internals (`sign`, `xml`, `field`...) live in the
/// `wechatpay-v2-protocol` crate; a name added here is a decision, made in this list.
#[test]
fn the_root_holds_only_what_an_app_names() {
    let lib = include_str!("../src/lib.rs");
    let mut names = Vec::new();
    let mut rest = lib;
    while let Some(at) = rest.find("\npub ") {
        rest = &rest[at + 5..];
        let item = rest.split(';').next().unwrap_or_default();
        if let Some(list) = item.strip_prefix("use ") {
            let list = list.split_once('{').map_or(list, |(_, l)| l);
            for name in list.split(',') {
                let name = name.trim().trim_end_matches('}').trim();
                let name = name.rsplit("::").next().unwrap_or(name);
                if !name.is_empty() {
                    names.push(name.to_owned());
                }
            }
        } else {
            let mut words = item.split_whitespace();
            let _kind = words.next();
            let name = words.next().unwrap_or_default();
            names.push(
                name.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_')
                    .to_owned(),
            );
        }
    }
    names.sort();
    assert_eq!(
        names,
        [
            "ApiKey",
            "ApiRequest",
            "Apis",
            "AsRequest",
            "Client",
            "ClientBuilder",
            "ErrClass",
            "ErrCode",
            "Error",
            "ErrorKind",
            "Exchange",
            "RawResponse",
            "ResponseOf",
            "Result",
            "RetryPolicy",
            "Sent",
            "SignType",
            "SignatureProblem",
            "TransportError",
            "Unsigned",
            "__private",
            // Bills read as typed records (`TradeRecord`, `FundFlowRecord`, their summaries).
            "bill",
            "blocking",
            "download",
            "handle",
            "meta",
            "notifications",
            "notify",
            // The signed parameters the payer's side starts a payment with.
            "payment",
            // The payment-code flow: pay, poll, reverse.
            "payment_code",
            "shared",
            // Notifications and answers built as WeChat Pay sends them, for merchants' tests.
            "testing",
            // The TLS crypto provider in effect (`tls-ring` / `tls-aws-lc`), for an app's own
            // TLS code and test servers.
            "tls",
            "upload",
            "v2",
            "wechat_v2_api",
        ]
    );
}

/// The handles and the metadata are named through their modules.
#[test]
fn handles_and_metadata_are_reachable_through_their_modules() {
    use wechatpay_v2::ApiRequest;
    use wechatpay_v2::handle::{CallHandle, PathHandle};
    use wechatpay_v2::meta::{EndpointKind, EndpointMeta};

    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .base_url("http://127.0.0.1:9/")
        .build()
        .unwrap();
    let by_path: PathHandle<_> = api.chain("v2/pay/queryexchagerate");
    assert_eq!(by_path.path(), "v2/pay/queryexchagerate");
    let chained: CallHandle<_, Request> = api.v2().pay().queryexchagerate();
    let meta: &EndpointMeta = chained.meta();
    assert_eq!(meta.path, "v2/pay/queryexchagerate");
    assert_eq!(meta.kind, EndpointKind::Call);
    assert_eq!(meta.title, <Request as ApiRequest>::ENDPOINT.title);
}
