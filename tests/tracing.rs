//! The trace of a call: one span per attempt, with the path, attempt, status and outcome, and
//! never the key or a field value. With `trace_bodies` on and TRACE enabled, the redacted
//! request and response bodies too, and still never the key, a sign, a nonce or a personal
//! value. In its own test binary: `tracing` caches which callsites are enabled process-wide, so
//! a thread-local subscriber must not race other tests' threads; the body tests also take
//! [`SERIAL`] so that their subscribers (of different levels) never overlap.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wechatpay_v2::download::Gzip;
use wechatpay_v2::upload::Media;
use wechatpay_v2::v2::appauth::getaccesstoken;
use wechatpay_v2::v2::pay::{downloadbill, orderquery};
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

    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
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
    let query =
        orderquery::Request::by_out_trade_no("T20261123001").sign_type(SignType::HmacSha256);
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
    // The clock is read only for a span that is recorded, and this one is: both attempts say
    // how long they took.
    assert_eq!(lines_with(&text, "elapsed_ms=").len(), 2, "{text}");
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

/// Serialises the body tests: one subscriber at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// Runs `calls` on a current-thread runtime with a thread-local subscriber at `level`, and
/// returns what it wrote.
fn traced<F: std::future::Future<Output = ()>>(level: tracing::Level, calls: F) -> String {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(level)
        .with_ansi(false)
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(calls);
    drop(guard);
    String::from_utf8(captured.0.lock().unwrap().clone()).unwrap()
}

fn client(mock: &MockServer, trace_bodies: bool) -> Client {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(5))
        .trace_bodies(trace_bodies)
        .build()
        .unwrap()
}

fn orderquery_fields(out_trade_no: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("out_trade_no".to_owned(), out_trade_no.to_owned()),
        ("sign_type".to_owned(), "HMAC-SHA256".to_owned()),
    ])
}

/// The lines of `text` that hold `needle`.
fn lines_with<'a>(text: &'a str, needle: &str) -> Vec<&'a str> {
    text.lines().filter(|l| l.contains(needle)).collect()
}

#[test]
fn with_trace_bodies_the_bodies_are_traced_redacted() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = client(&mock, true);
    let exchange = Arc::new(Mutex::new(None));
    let seen = Arc::clone(&exchange);
    let text = traced(tracing::Level::TRACE, async {
        let done = api
            .chain("v2/pay/orderquery")
            .exchange_fields(orderquery_fields("T20261123002"))
            .await
            .unwrap();
        *seen.lock().unwrap() = Some(done);
    });
    let exchange = exchange.lock().unwrap().take().unwrap();

    // Exactly one request and one response event, inside the call's span, at TRACE.
    let requests = lines_with(&text, "request body");
    let responses = lines_with(&text, "response body");
    assert_eq!((requests.len(), responses.len()), (1, 1), "{text}");
    for line in requests.iter().chain(&responses) {
        assert!(line.contains("TRACE"), "{line}");
        assert!(
            line.contains("wechatpay_v2.call{path=v2/pay/orderquery"),
            "{line}"
        );
    }
    // The request: names kept, ids and numbers shown, nonce and sign hidden with their lengths.
    assert!(
        requests[0].ends_with(
            "request body body=appid=\"wxd678efh567hg6787\" mch_id=\"1900000109\" \
             nonce_str=***(32 chars) out_trade_no=\"T20261123002\" sign_type=\"HMAC-SHA256\" \
             sign=***(64 chars)"
        ),
        "{}",
        requests[0]
    );
    // The response: the envelope, state and numbers shown; nonce and sign hidden.
    assert!(
        responses[0].ends_with(
            "response body status=200 body=appid=\"wxd678efh567hg6787\" mch_id=\"1900000109\" \
             nonce_str=***(32 chars) out_trade_no=\"T20261123002\" result_code=\"SUCCESS\" \
             return_code=\"SUCCESS\" return_msg=\"OK\" sign=***(64 chars) \
             trade_state=\"SUCCESS\" trade_state_desc=\"mock_trade_state_desc\""
        ),
        "{}",
        responses[0]
    );

    // No secret: not the key, nor the signs and nonces of the exchange, nor the XML itself.
    let request_body = String::from_utf8(exchange.request.body.clone()).unwrap();
    let request_fields =
        wechatpay_v2_protocol::xml::parse_document(request_body.as_bytes(), "xml").unwrap();
    let field = |pairs: &[(std::borrow::Cow<'_, str>, std::borrow::Cow<'_, str>)], name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.to_string())
            .unwrap()
    };
    let secrets = [
        DEFAULT_API_KEY.to_owned(),
        field(&request_fields, "sign"),
        field(&request_fields, "nonce_str"),
        exchange.fields["sign"].clone(),
        exchange.fields["nonce_str"].clone(),
        "<xml>".to_owned(),
        "CDATA".to_owned(),
    ];
    for secret in &secrets {
        assert!(
            !text.contains(secret.as_str()),
            "`{secret}` in the trace:\n{text}"
        );
    }
}

#[test]
fn a_typed_call_a_get_and_answers_that_are_not_xml_show_no_value() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = client(&mock, true);
    let text = traced(tracing::Level::TRACE, async {
        let query =
            orderquery::Request::by_out_trade_no("T20261123003").sign_type(SignType::HmacSha256);
        api.v2().pay().orderquery().post(query).await.unwrap();
        // An HTML error page: its size and content type only.
        mock.set_fault_for(Fault::HtmlErrorPage, 1);
        let _ = api
            .chain("v2/pay/orderquery")
            .post_fields(orderquery_fields("T20261123004"))
            .await
            .unwrap_err();
        // A `GET`: the redacted query; its JSON answer by size and content type only.
        let token = api
            .v2()
            .appauth()
            .getaccesstoken()
            .post(getaccesstoken::Request::new(
                "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                "AUTH-CODE-0123456789",
                getaccesstoken::GrantType::AuthorizationCode,
                getaccesstoken::Scope::PayIdentity,
                SignType::HmacSha256,
            ))
            .await
            .unwrap();
        assert!(!token.access_token.is_empty());
        // A bill: never logged, only its size and content type.
        let mut bill = Vec::new();
        api.v2()
            .pay()
            .downloadbill()
            .download(
                &downloadbill::Request::new("20261122"),
                &mut bill,
                Gzip::Keep,
            )
            .await
            .unwrap();
        assert!(
            String::from_utf8(bill)
                .unwrap()
                .contains("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
        );
    });

    let typed = lines_with(&text, "out_trade_no=\"T20261123003\"");
    assert_eq!(
        typed.len(),
        2,
        "the typed request and its response:\n{text}"
    );
    let html = lines_with(&text, "content type text/html");
    assert_eq!(html.len(), 1, "{text}");
    assert!(
        html[0].contains("response body status=200 body=<not shown: "),
        "{}",
        html[0]
    );
    let query = lines_with(&text, "request query");
    assert_eq!(query.len(), 1, "{text}");
    assert!(
        query[0].contains("path=v2/appauth/getaccesstoken")
            && query[0].contains(
                "code=***(20 chars) grant_type=\"authorization_code\" \
                 mch_id=\"1900000109\" openid=***(28 chars) scope=\"pay_identity\" \
                 sign_type=\"HMAC-SHA256\" sign=***(64 chars)"
            ),
        "{}",
        query[0]
    );
    let json = lines_with(&text, "content type application/json");
    assert_eq!(json.len(), 1, "{text}");
    let bill = lines_with(&text, "<bill> <not shown: ");
    assert_eq!(bill.len(), 1, "{text}");
    for secret in [
        DEFAULT_API_KEY,
        "<html",
        "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        "AUTH-CODE-0123456789",
        "access_token\"",
        "交易时间",
        "42000000002026112200",
    ] {
        assert!(!text.contains(secret), "`{secret}` in the trace:\n{text}");
    }
}

#[test]
fn without_trace_bodies_no_body_is_traced_even_at_trace() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = client(&mock, false);
    let text = traced(tracing::Level::TRACE, async {
        api.chain("v2/pay/orderquery")
            .post_fields(orderquery_fields("T20261123005"))
            .await
            .unwrap();
    });
    assert!(text.contains("wechatpay_v2.call"), "{text}");
    for absent in [
        "request body",
        "response body",
        "body=",
        "T20261123005",
        "nonce_str",
    ] {
        assert!(!text.contains(absent), "`{absent}` in the trace:\n{text}");
    }
}

#[test]
fn with_trace_bodies_below_trace_no_body_is_traced() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = client(&mock, true);
    let text = traced(tracing::Level::DEBUG, async {
        api.chain("v2/pay/orderquery")
            .post_fields(orderquery_fields("T20261123006"))
            .await
            .unwrap();
    });
    assert!(text.contains("call succeeded"), "{text}");
    for absent in ["request body", "response body", "body=", "T20261123006"] {
        assert!(!text.contains(absent), "`{absent}` in the trace:\n{text}");
    }
}

#[test]
fn an_upload_traces_its_text_parts_and_the_size_of_its_file() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    // A certificate endpoint: the plain-HTTP mock cannot check the certificate, but the client
    // refuses to send without one.
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["merchant".to_owned()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .all_hosts(mock.base_url())
        .client_cert_pem(cert.pem(), key.serialize_pem())
        .trace_bodies(true)
        .build()
        .unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(b"\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89");
    let size = png.len();
    let text = traced(tracing::Level::TRACE, async {
        let media = Media::new("id-card-front.png", "image/png", png);
        api.chain("v2/secapi/mch/uploadmedia")
            .upload_fields(BTreeMap::new(), media)
            .await
            .unwrap();
    });
    let requests = lines_with(&text, "request body");
    assert_eq!(requests.len(), 1, "{text}");
    assert!(
        requests[0].contains("wechatpay_v2.call{path=v2/secapi/mch/uploadmedia")
            && requests[0].ends_with(&format!(
                "request body body=mch_id=\"1900000109\" media_hash=***(32 chars) \
                 sign=***(32 chars) media=<not shown: {size} bytes, content type image/png>"
            )),
        "{}",
        requests[0]
    );
    let responses = lines_with(&text, "response body status=200 body=");
    assert_eq!(responses.len(), 1, "{text}");
    assert!(responses[0].contains("media_id=***("), "{}", responses[0]);
    for secret in [DEFAULT_API_KEY, "id-card-front", "IHDR"] {
        assert!(!text.contains(secret), "`{secret}` in the trace:\n{text}");
    }
}

/// The payment-code flow traces each step with the order's number: the sale, each wait and
/// query while the payer confirms, and the outcome.
#[test]
fn the_payment_code_flow_traces_each_step() {
    use wechatpay_v2::payment_code::{self, Outcome, Schedule};
    use wechatpay_v2::v2::pay::micropay;

    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = client(&mock, false);
    mock.script_user_paying(Some(2));
    let trace = traced(tracing::Level::INFO, async {
        let sale =
            micropay::Request::new("Coffee", "PC-T1", 800u32, "127.0.0.1", "134567890123456789");
        let outcome =
            payment_code::pay(&api, &sale, &Schedule::new(Duration::from_millis(1), 5, 3)).await;
        assert!(matches!(outcome, Outcome::Paid(_)), "{outcome:?}");
    });
    let steps: Vec<&str> = lines_with(&trace, "payment code:")
        .iter()
        .map(|line| {
            assert!(line.contains("out_trade_no=\"PC-T1\""), "{line}");
            let at = line.find("step=").expect("a step") + "step=".len();
            line[at..]
                .split([' ', ','])
                .next()
                .unwrap()
                .trim_matches('"')
        })
        .collect();
    assert_eq!(
        steps,
        [
            "pay", "wait", "query", "wait", "query", "wait", "query", "done"
        ],
        "{trace}"
    );
    assert!(
        lines_with(&trace, "payment code: done")[0].contains("outcome=\"paid\""),
        "{trace}"
    );
}
