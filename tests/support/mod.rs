//! A small stand-in for the WeChat Pay gateway, for the integration tests: it listens on
//! 127.0.0.1, checks each request's sign with its own implementation of the algorithm (not the
//! SDK's, so the tests are not circular), and answers with a signed response.
#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::Uri;
use hmac::{KeyInit, Mac};
use md5::Digest;

pub const MCH_ID: &str = "1900000109";
pub const APPID: &str = "wxd678efh567hg6787";
pub const KEY: &str = "0123456789abcdef0123456789abcdef";

/// How the gateway answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A correctly signed SUCCESS response.
    Normal,
    /// A signed response whose `user_state` was changed after signing.
    TamperedSign,
    /// `result_code` FAIL with an error code.
    BusinessFail,
}

/// One request the gateway received.
#[derive(Clone, Debug)]
pub struct Received {
    pub path: String,
    pub body: String,
    pub fields: BTreeMap<String, String>,
    pub sign_ok: bool,
}

#[derive(Clone)]
struct Shared {
    mode: Mode,
    log: Arc<Mutex<Vec<Received>>>,
}

/// A running gateway; stops when dropped.
pub struct Gateway {
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Received>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Gateway {
    /// Starts a gateway on its own thread and runtime, so async and blocking tests can use it.
    pub fn start(mode: Mode) -> Gateway {
        let log = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared {
            mode,
            log: log.clone(),
        };
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let app = Router::new().fallback(handle).with_state(shared);
                axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = stopped.await;
                    })
                    .await
                    .unwrap();
            });
        });
        let addr = addr_rx.recv().unwrap();
        Gateway {
            addr,
            log,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    pub fn base_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    pub fn received(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A plain reqwest client, for sending raw bodies to the plain-HTTP mock (with the SDK's crypto
/// provider: reqwest has none of its own).
pub fn plain_http() -> reqwest::Client {
    wechatpay_v2_mock::http_client_builder()
        .expect("a tls-* feature is enabled")
        .build()
        .expect("a reqwest client")
}

/// The sign, computed here independently of the SDK.
pub fn reference_sign(fields: &BTreeMap<String, String>, key: &str) -> String {
    let hmac = fields.get("sign_type").map(String::as_str) == Some("HMAC-SHA256");
    reference_sign_with(fields, key, hmac)
}

/// The sign with the algorithm chosen explicitly (a response follows its request's algorithm).
pub fn reference_sign_with(fields: &BTreeMap<String, String>, key: &str, hmac: bool) -> String {
    // The official algorithm: the non-empty fields but `sign`, as `name=value` in ascending
    // order of the names, joined with `&`; then `&key=KEY` (so `&key=KEY` alone when no field
    // is left).
    let joined: Vec<String> = fields
        .iter()
        .filter(|(k, v)| *k != "sign" && !v.is_empty())
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let canonical = format!("{}&key={key}", joined.join("&"));
    let digest: Vec<u8> = match hmac {
        true => {
            let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
            mac.update(canonical.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        _ => md5::Md5::digest(canonical.as_bytes()).to_vec(),
    };
    digest.iter().map(|b| format!("{b:02X}")).collect()
}

/// A minimal reader for flat `<xml>` documents (text and CDATA values only).
pub fn parse_flat(body: &str) -> BTreeMap<String, String> {
    let inner = body
        .trim()
        .strip_prefix("<xml>")
        .and_then(|b| b.strip_suffix("</xml>"))
        .expect("an <xml> document");
    let mut out = BTreeMap::new();
    let mut rest = inner;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').unwrap() + open;
        let name = &rest[open + 1..close];
        let end_tag = format!("</{name}>");
        let end = rest[close..].find(&end_tag).unwrap() + close;
        let raw = &rest[close + 1..end];
        let value = raw.replace("]]]]><![CDATA[>", "]]>");
        let value = value
            .strip_prefix("<![CDATA[")
            .and_then(|v| v.strip_suffix("]]>"))
            .map(str::to_owned)
            .unwrap_or(value);
        out.insert(name.to_owned(), value);
        rest = &rest[end + end_tag.len()..];
    }
    out
}

pub fn write_flat(fields: &BTreeMap<String, String>) -> String {
    let mut out = String::from("<xml>");
    for (k, v) in fields {
        out.push_str(&format!("<{k}><![CDATA[{v}]]></{k}>"));
    }
    out.push_str("</xml>");
    out
}

async fn handle(State(shared): State<Shared>, uri: Uri, body: Bytes) -> String {
    let text = String::from_utf8(body.to_vec()).unwrap();
    let request = parse_flat(&text);
    let sign_ok = request.get("sign") == Some(&reference_sign(&request, KEY));
    shared.log.lock().unwrap().push(Received {
        path: uri.path().to_owned(),
        body: text.clone(),
        fields: request.clone(),
        sign_ok,
    });
    let mut response = BTreeMap::new();
    if !sign_ok {
        response.insert("return_code".to_owned(), "FAIL".to_owned());
        response.insert("return_msg".to_owned(), "签名错误".to_owned());
        return write_flat(&response);
    }
    for (k, v) in [
        ("return_code", "SUCCESS"),
        ("return_msg", "OK"),
        ("result_code", "SUCCESS"),
        ("nonce_str", "3Y8r9vW1fYbB0Zx6TLk2NhQ5cPd7sJ4a"),
        ("user_state", "NORMAL"),
        ("deduct_mode", "AUTOPAY"),
        ("brand_new_field", "kept"),
    ] {
        response.insert(k.to_owned(), v.to_owned());
    }
    for echo in ["appid", "mch_id"] {
        if let Some(v) = request.get(echo) {
            response.insert(echo.to_owned(), v.clone());
        }
    }
    if shared.mode == Mode::BusinessFail {
        response.insert("result_code".to_owned(), "FAIL".to_owned());
        response.insert("err_code".to_owned(), "PARAM_ERROR".to_owned());
        response.insert("err_code_des".to_owned(), "车牌号格式错误".to_owned());
        response.remove("user_state");
    }
    let hmac = request.get("sign_type").map(String::as_str) == Some("HMAC-SHA256");
    let sign = reference_sign_with(&response, KEY, hmac);
    response.insert("sign".to_owned(), sign);
    if shared.mode == Mode::TamperedSign {
        response.insert("user_state".to_owned(), "BLOCK".to_owned());
    }
    write_flat(&response)
}

/// A self-signed client certificate for the mock's merchant, as PEM (certificate, key), made
/// once per test binary: the plain-HTTP mock does not check it, but `cert` endpoints (refunds,
/// the fund flow, comments) are only sent with one.
pub fn client_cert() -> &'static (String, String) {
    static CERT: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    CERT.get_or_init(|| {
        let key = rcgen::KeyPair::generate().expect("a key");
        let cert =
            rcgen::CertificateParams::new(vec![wechatpay_v2_mock::DEFAULT_MCH_ID.to_owned()])
                .expect("params")
                .self_signed(&key)
                .expect("a certificate");
        (cert.pem(), key.serialize_pem())
    })
}

/// An async and a blocking client of the mock's merchant, with [`client_cert`].
#[cfg(feature = "blocking")]
pub fn mock_clients(
    mock: &wechatpay_v2_mock::MockServer,
) -> (wechatpay_v2::Client, wechatpay_v2::blocking::Client) {
    use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID};
    let (cert, key) = client_cert();
    let timeout = std::time::Duration::from_secs(10);
    let api = wechatpay_v2::Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .client_cert_pem(cert, key)
        .timeout(timeout)
        .build()
        .expect("async client");
    let sync = wechatpay_v2::blocking::Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .client_cert_pem(cert, key)
        .timeout(timeout)
        .build()
        .expect("blocking client");
    (api, sync)
}

/// A current-thread runtime for a test that also drives the blocking client.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}
