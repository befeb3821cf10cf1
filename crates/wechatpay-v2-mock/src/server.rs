//! The HTTP side: routing every request through the checks, fault modes, and the server handle.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;
use wechatpay_v2::handle::EndpointSet;
use wechatpay_v2::meta::{EndpointKind, EndpointMeta, ResponseFormat};
use wechatpay_v2::{ApiKey, Apis};

use crate::check::{check_query, check_request, check_upload, parse_form};
use crate::reply;

/// How the mock misbehaves, for testing a client against a broken gateway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// A signed answer with a field changed after signing.
    TamperedSign,
    /// The first half of the answer, as a complete HTTP response.
    TruncatedBody,
    /// HTTP 500 with a plain-text body.
    Http500,
    /// The normal answer, after this delay.
    Delay(Duration),
    /// An HTML error page with status 200, as a proxy in front of the gateway might send.
    HtmlErrorPage,
    /// An answer that starts with a DOCTYPE declaring an external entity.
    DoctypeReply,
    /// The connection is closed before the answer is complete.
    CloseEarly,
    /// A signed answer with `result_code` FAIL and `err_code` `SYSTEMERROR`.
    BusinessFail,
    /// HTTP 400 with a plain-text body.
    Http400,
    /// A successful answer signed with the other algorithm than the request's.
    OtherAlgorithmSign,
    /// A successful answer without its `sign`.
    MissingSign,
}

/// The merchant the mock acts for, and the endpoints it serves.
#[derive(Clone)]
pub struct MockConfig {
    /// The merchant id requests must name.
    pub mch_id: String,
    /// The APIv2 key requests are verified and answers signed with.
    pub api_key: String,
    /// The endpoints served (default: every declared endpoint).
    pub endpoints: &'static [&'static EndpointMeta],
    /// Serve HTTPS instead of HTTP (default: HTTP).
    pub tls: Option<MockTls>,
    /// Size in bytes of the bills served by download endpoints (default 4 KiB).
    pub bill_bytes: u64,
}

/// HTTPS settings: the server's certificate, and the authority client certificates must be
/// signed by (mutual TLS, as WeChat Pay requires for `cert` endpoints).
#[derive(Clone)]
pub struct MockTls {
    /// The server certificate chain, PEM.
    pub cert_pem: Vec<u8>,
    /// The server's private key, PEM.
    pub key_pem: Vec<u8>,
    /// When set, every connection must present a client certificate signed by this CA (PEM).
    pub client_ca_pem: Option<Vec<u8>>,
}

impl fmt::Debug for MockTls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockTls")
            .field("client_auth", &self.client_ca_pem.is_some())
            .finish_non_exhaustive()
    }
}

impl MockTls {
    /// The rustls server configuration.
    fn server_config(&self) -> std::io::Result<tokio_rustls::rustls::ServerConfig> {
        use rustls_pki_types::pem::PemObject;
        use rustls_pki_types::{CertificateDer, PrivateKeyDer};
        use tokio_rustls::rustls;
        let invalid = |what: &str, e: &dyn fmt::Display| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("{what}: {e}"))
        };
        let certs = CertificateDer::pem_slice_iter(&self.cert_pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| invalid("server certificate", &e))?;
        let key =
            PrivateKeyDer::from_pem_slice(&self.key_pem).map_err(|e| invalid("server key", &e))?;
        // The provider the SDK's clients use, given explicitly (no process default).
        let provider = wechatpay_v2::tls::crypto_provider().ok_or_else(|| {
            invalid(
                "TLS",
                &"no crypto provider: enable the `tls-ring` or `tls-aws-lc` feature",
            )
        })?;
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| invalid("TLS versions", &e))?;
        let builder = match &self.client_ca_pem {
            None => builder.with_no_client_auth(),
            Some(ca) => {
                let mut roots = rustls::RootCertStore::empty();
                for cert in CertificateDer::pem_slice_iter(ca) {
                    roots
                        .add(cert.map_err(|e| invalid("client CA", &e))?)
                        .map_err(|e| invalid("client CA", &e))?;
                }
                let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider.clone(),
                )
                .build()
                .map_err(|e| invalid("client verifier", &e))?;
                builder.with_client_cert_verifier(verifier)
            }
        };
        builder
            .with_single_cert(certs, key)
            .map_err(|e| invalid("server certificate", &e))
    }
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            mch_id: crate::DEFAULT_MCH_ID.to_owned(),
            api_key: crate::DEFAULT_API_KEY.to_owned(),
            endpoints: Apis::endpoints(),
            tls: None,
            bill_bytes: 4096,
        }
    }
}

impl fmt::Debug for MockConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockConfig")
            .field("mch_id", &self.mch_id)
            .field("api_key", &"<redacted>")
            .field("endpoints", &self.endpoints.len())
            .field("tls", &self.tls)
            .finish()
    }
}

/// One request the mock received, and what it answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedRequest {
    /// Path on the host, with the leading `/`.
    pub path: String,
    /// The request body as text; the query string of a `GET`; for an upload, its text parts,
    /// form-encoded in the order received (the file is in [`media`](Self::media)).
    pub body: String,
    /// `None` when accepted, else the `return_msg` of the FAIL answer.
    pub rejected: Option<String>,
    /// The file part of an upload, described (its bytes are not kept).
    pub media: Option<ReceivedFile>,
}

/// The file part of an upload the mock received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedFile {
    /// The file name the part carried.
    pub file_name: String,
    /// The content type the part carried.
    pub content_type: String,
    /// The file's length in bytes.
    pub len: usize,
    /// The file's lower-case hex MD5.
    pub md5: String,
}

struct Shared {
    mch_id: String,
    key: ApiKey,
    /// The sandbox sign key handed out by `getsignkey`, and used for sandbox paths.
    sandbox_key_text: String,
    sandbox_key: ApiKey,
    endpoints: &'static [&'static EndpointMeta],
    bill_bytes: u64,
    /// The fault, and how many more requests it applies to (`None`: all).
    fault: Mutex<Option<(Fault, Option<u32>)>>,
    /// The most recent requests, at most [`LOG_LIMIT`].
    log: Mutex<std::collections::VecDeque<ReceivedRequest>>,
}

fn json_response(body: serde_json::Value) -> Response {
    let mut response = Response::new(Body::from(body.to_string()));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

fn xml_response(status: StatusCode, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/xml; charset=utf-8"),
    );
    response
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fault = {
        let mut slot = shared.fault.lock().unwrap_or_else(PoisonError::into_inner);
        let fault = slot.map(|(fault, _)| fault);
        if let Some((_, Some(left))) = slot.as_mut() {
            *left -= 1;
            if *left == 0 {
                *slot = None;
            }
        }
        fault
    };
    let wire_path = uri.path().trim_start_matches('/');
    let key = if is_sandbox(wire_path) {
        &shared.sandbox_key
    } else {
        &shared.key
    };
    let upload = method == Method::POST
        && shared
            .endpoints
            .iter()
            .any(|m| m.wire_path == wire_path && m.kind == EndpointKind::Upload);
    let form = if upload {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        Some(parse_form(content_type, body.clone()).await)
    } else {
        None
    };
    let checked = if let Some(form) = &form {
        match form {
            Ok(form) => check_upload(shared.endpoints, wire_path, form, &shared.mch_id, key),
            Err(rejection) => Err(rejection.clone()),
        }
    } else if method == Method::GET {
        check_query(
            shared.endpoints,
            wire_path,
            uri.query().unwrap_or_default(),
            &shared.mch_id,
            key,
        )
    } else {
        check_request(
            shared.endpoints,
            wire_path,
            &body,
            uri.query().unwrap_or_default(),
            &shared.mch_id,
            key,
        )
    };
    {
        let mut log = shared.log.lock().unwrap_or_else(PoisonError::into_inner);
        if log.len() == LOG_LIMIT {
            log.pop_front();
        }
        log.push_back(ReceivedRequest {
            path: uri.path().to_owned(),
            body: match (&form, uri.query()) {
                (Some(Ok(form)), _) => form.text(),
                (Some(Err(_)), _) => String::new(),
                (None, Some(query)) if method == Method::GET => query.to_owned(),
                _ => String::from_utf8_lossy(&body).into_owned(),
            },
            rejected: checked.as_ref().err().map(|r| r.0.clone()),
            media: form
                .as_ref()
                .and_then(|f| f.as_ref().ok())
                .and_then(|f| f.file.as_ref())
                .map(|file| ReceivedFile {
                    file_name: file.file_name.clone(),
                    content_type: file.content_type.clone(),
                    len: file.bytes.len(),
                    md5: crate::check::media_hash(&file.bytes),
                }),
        });
    }
    let answers_json = shared
        .endpoints
        .iter()
        .any(|m| m.wire_path == wire_path && m.response_format == ResponseFormat::Json);
    // The declared response fields: nested ones are written as elements.
    let response_fields = checked.as_ref().map_or(&[][..], |a| a.endpoint.response);
    let write = |fields: &BTreeMap<String, String>| reply::write(fields, response_fields);
    let mut fields = match checked {
        Ok(accepted) if answers_json => {
            return json_response(reply::json_answer(
                &accepted,
                fault == Some(Fault::BusinessFail),
            ));
        }
        Err(rejection) if answers_json => return json_response(reply::json_fail(&rejection.0)),
        Ok(accepted) if fault.is_none() && accepted.endpoint.kind == EndpointKind::Download => {
            let gzip = accepted.get("tar_type") == Some("GZIP");
            let bill = crate::bill::Bill::new(&shared.mch_id, shared.bill_bytes);
            let mut response = Response::new(Body::from_stream(crate::bill::stream(bill, gzip)));
            let content_type = if gzip {
                "application/x-gzip"
            } else {
                "text/plain; charset=utf-8"
            };
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            return response;
        }
        Ok(accepted) if fault == Some(Fault::BusinessFail) => reply::business_fail(&accepted, key),
        Ok(accepted) if SIGN_KEY_PATHS.contains(&wire_path) => {
            let mut fields = reply::plausible_response(&accepted, key);
            fields.insert(
                "sandbox_signkey".to_owned(),
                shared.sandbox_key_text.clone(),
            );
            fields
        }
        Ok(accepted) if accepted.endpoint.kind == EndpointKind::Upload => {
            let hash = form
                .as_ref()
                .and_then(|f| f.as_ref().ok())
                .and_then(|f| f.file.as_ref())
                .map(|file| crate::check::media_hash(&file.bytes))
                .unwrap_or_default();
            let media_id = reply::media_id(&shared.mch_id, &hash);
            reply::plausible_response_with(&accepted, key, &[("media_id", media_id)])
        }
        Ok(accepted) => reply::plausible_response(&accepted, key),
        Err(rejection) => return xml_response(StatusCode::OK, reply::fail(&rejection.0)),
    };

    match fault {
        None | Some(Fault::BusinessFail) => xml_response(StatusCode::OK, write(&fields)),
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            xml_response(StatusCode::OK, write(&fields))
        }
        Some(Fault::TamperedSign) => {
            fields.insert("return_msg".to_owned(), "OK, tampered".to_owned());
            xml_response(StatusCode::OK, write(&fields))
        }
        Some(Fault::TruncatedBody) => {
            let mut body = write(&fields);
            body.truncate(body.len() / 2);
            xml_response(StatusCode::OK, body)
        }
        Some(Fault::Http400) => {
            let mut response = Response::new(Body::from("Bad Request"));
            *response.status_mut() = StatusCode::BAD_REQUEST;
            response
        }
        Some(Fault::MissingSign) => {
            fields.remove("sign");
            xml_response(StatusCode::OK, write(&fields))
        }
        Some(Fault::OtherAlgorithmSign) => {
            let algorithm = match fields.get("sign").map(String::len) {
                Some(64) => wechatpay_v2::SignType::Md5,
                _ => wechatpay_v2::SignType::HmacSha256,
            };
            fields.remove("sign");
            let sign = wechatpay_v2_protocol::sign::sign_sorted(
                fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                key,
                algorithm,
            );
            fields.insert("sign".to_owned(), sign.to_string());
            xml_response(StatusCode::OK, write(&fields))
        }
        Some(Fault::Http500) => {
            let mut response = Response::new(Body::from("System Error"));
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
        }
        Some(Fault::HtmlErrorPage) => {
            let mut response = Response::new(Body::from(
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
            ));
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
            response
        }
        Some(Fault::DoctypeReply) => {
            let body = b"<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><return_code>&xxe;</return_code></xml>";
            xml_response(StatusCode::OK, body.to_vec())
        }
        Some(Fault::CloseEarly) => {
            // Announce a longer body than is sent: the server closes the connection when the
            // short body ends, and the client sees the answer cut off.
            let mut response = xml_response(StatusCode::OK, b"<xml><return_code>".to_vec());
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from_static("4096"));
            response
        }
    }
}

/// Largest request body the mock reads: twice an upload's largest file.
const BODY_LIMIT: usize = 2 * crate::check::MAX_MEDIA_BYTES;

/// How many received requests the mock keeps (the oldest are dropped), so a long-running mock
/// does not grow without bound.
pub const LOG_LIMIT: usize = 10_000;

/// Paths that hand out the sandbox sign key.
const SIGN_KEY_PATHS: &[&str] = &[
    "xdc/apiv2getsignkey/sign/getsignkey",
    "sandboxnew/pay/getsignkey",
];

/// Sandbox endpoints are signed with the sandbox key (the SDK's rule, `wechatpay_v2_facts`).
fn is_sandbox(wire_path: &str) -> bool {
    wechatpay_v2_facts::is_sandbox_wire_path(wire_path)
}

/// The mock's sandbox key: derived from the merchant key (an MD5 sign over the merchant id, so
/// 32 hex characters), stable for a configuration.
fn sandbox_key(config: &MockConfig) -> String {
    wechatpay_v2_protocol::sign::sign_sorted(
        [("sandbox_mch_id", config.mch_id.as_str())],
        &ApiKey::new(config.api_key.clone()),
        wechatpay_v2::SignType::Md5,
    )
    .to_string()
}

fn router(config: &MockConfig) -> (Router, Arc<Shared>) {
    let sandbox_key_text = sandbox_key(config);
    let shared = Arc::new(Shared {
        mch_id: config.mch_id.clone(),
        key: ApiKey::new(config.api_key.clone()),
        sandbox_key: ApiKey::new(sandbox_key_text.clone()),
        sandbox_key_text,
        endpoints: config.endpoints,
        bill_bytes: config.bill_bytes,
        fault: Mutex::new(None),
        log: Mutex::new(std::collections::VecDeque::new()),
    });
    // Room for an upload's largest file and its form around it; the upload checks name a file
    // over the limit rather than cutting the connection.
    let app = Router::new()
        .fallback(handle)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared.clone());
    (app, shared)
}

/// Serves on `listener` until `shutdown` completes (for running inside an existing runtime,
/// as the `wechatpay-v2-mock` binary and `wxpay mock` do).
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: MockConfig,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (app, _) = router(&config);
    match &config.tls {
        None => {
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
        }
        Some(tls) => {
            let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(tls.server_config()?));
            tokio::select! {
                result = serve_tls(listener, acceptor, app) => result,
                () = shutdown => Ok(()),
            }
        }
    }
}

/// Accepts TLS connections and serves each with the router. A failed handshake (no client
/// certificate, say) ends that connection only.
async fn serve_tls(
    listener: tokio::net::TcpListener,
    acceptor: tokio_rustls::TlsAcceptor,
    app: Router,
) -> std::io::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        let acceptor = acceptor.clone();
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(stream).await else {
                return;
            };
            let _ =
                hyper_util::server::conn::auto::Builder::new(hyper_util::rt::TokioExecutor::new())
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
        });
    }
}

/// A running mock on 127.0.0.1, on its own thread and runtime, so async and blocking clients can
/// both use it. Stops when [`MockServer::stop`] is called or the handle is dropped.
pub struct MockServer {
    addr: SocketAddr,
    scheme: &'static str,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts the mock on 127.0.0.1:`port` (0 picks a free port).
    pub fn start(config: MockConfig, port: u16) -> std::io::Result<MockServer> {
        let std_listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let (app, shared) = router(&config);
        let acceptor = match &config.tls {
            Some(tls) => Some(tokio_rustls::TlsAcceptor::from(Arc::new(
                tls.server_config()?,
            ))),
            None => None,
        };
        let scheme = if acceptor.is_some() { "https" } else { "http" };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("wechatpay-v2-mock".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(std_listener) else {
                        return;
                    };
                    // Stop at once when asked: requests still in flight (a `Delay` fault, say)
                    // are dropped, so stopping never waits on them.
                    match acceptor {
                        None => tokio::select! {
                            _ = axum::serve(listener, app) => {}
                            _ = stopped => {}
                        },
                        Some(acceptor) => tokio::select! {
                            _ = serve_tls(listener, acceptor, app) => {}
                            _ = stopped => {}
                        },
                    }
                });
            })?;
        Ok(MockServer {
            addr,
            scheme,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to configure a client with: `http://127.0.0.1:PORT/` (`https` with TLS).
    pub fn base_url(&self) -> String {
        format!("{}://{}/", self.scheme, self.addr)
    }

    /// Switches a fault mode on (`Some`) or off (`None`) for the following requests.
    pub fn set_fault(&self, fault: Option<Fault>) {
        *self
            .shared
            .fault
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = fault.map(|f| (f, None));
    }

    /// Switches a fault mode on for the next `requests` requests only (at least one).
    pub fn set_fault_for(&self, fault: Fault, requests: u32) {
        *self
            .shared
            .fault
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some((fault, Some(requests.max(1))));
    }

    /// The requests received so far, in order (the last [`LOG_LIMIT`] of them).
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.shared
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect()
    }

    /// The fields of the last request received, parsed: from its XML body, or from the query
    /// string of a `GET` or the text parts of an upload.
    pub fn last_request_fields(&self) -> Option<BTreeMap<String, String>> {
        let last = self.requests().pop()?;
        if !last.body.is_empty() && !last.body.starts_with('<') {
            return Some(
                form_urlencoded::parse(last.body.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect(),
            );
        }
        let pairs = wechatpay_v2_protocol::xml::parse_document(last.body.as_bytes(), "xml").ok()?;
        Some(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// Stops the server and waits for its thread.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}
