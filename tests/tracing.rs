//! The trace of a call: one span per attempt, with the path, attempt, status and outcome, and
//! never the key or a field value. In its own test binary: `tracing` caches which callsites are
//! enabled process-wide, so a thread-local subscriber must not race other tests' threads.

use std::io::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wechatpay_v2::v2::pay::orderquery;
use wechatpay_v2::{Client, SignType};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, Fault, MockConfig, MockServer,
};

/// A writer for the trace, shared with the test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn each_attempt_has_a_span_with_no_secret_and_no_field_value() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    mock.set_fault_for(Fault::Http500, 1);
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5))
        .retry_queries(2, Duration::from_millis(1))
        .build()
        .unwrap();
    let query = orderquery::Request {
        version: None,
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        transaction_id: None,
        out_trade_no: Some("T20261123001".into()),
        sign_type: Some(SignType::HmacSha256),
    };
    api.v2().pay().orderquery().post(query).await.unwrap();
    let _ = std::io::stdout().flush();

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("wechatpay_v2.call"), "{text}");
    assert!(text.contains("path=v2/pay/orderquery"), "{text}");
    assert!(
        text.contains("attempt=1") && text.contains("attempt=2"),
        "{text}"
    );
    assert!(text.contains("status=500"), "{text}");
    assert!(text.contains("return_code=\"SUCCESS\""), "{text}");
    for secret in [
        DEFAULT_API_KEY,
        "T20261123001",
        "<xml>",
        "nonce_str",
        "sign=",
    ] {
        assert!(!text.contains(secret), "`{secret}` in the trace:\n{text}");
    }
}
