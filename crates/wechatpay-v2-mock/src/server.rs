//! The HTTP side: routing every request through the checks, the flows and the fault modes, and
//! the server handle.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;
use wechatpay_v2::ApiKey;
use wechatpay_v2::meta::{EndpointKind, EndpointMeta, ResponseFormat};

use crate::check::{check_query, check_request, check_upload, parse_form};
use crate::config::MockConfig;
use crate::deliver::Deliveries;
use crate::flows::{Answer, Flows};
use crate::reply;
use crate::respond::{Fault, json_response, xml_response};

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

pub(crate) struct Shared {
    pub(crate) mch_id: String,
    pub(crate) key: ApiKey,
    /// The sandbox sign key handed out by `getsignkey`, and used for sandbox paths.
    sandbox_key_text: String,
    sandbox_key: ApiKey,
    endpoints: &'static [&'static EndpointMeta],
    bill_bytes: u64,
    bill_summary: bool,
    /// The fault, and how many more requests it applies to (`None`: all).
    fault: Mutex<Option<(Fault, Option<u32>)>>,
    /// The most recent requests, at most [`LOG_LIMIT`].
    log: Mutex<std::collections::VecDeque<ReceivedRequest>>,
    /// Business failures scripted by path (without the leading `/`): `err_code`, and how many
    /// more requests get it.
    pub(crate) failures: Mutex<BTreeMap<String, (String, u32)>>,
    /// The payment flows, unless configured off.
    pub(crate) flows: Option<Flows>,
    /// The notifications sent.
    pub(crate) deliveries: Arc<Deliveries>,
    /// How many days the mock's clock runs ahead of the real one ([`MockServer::pass_days`]).
    pub(crate) days_ahead: std::sync::atomic::AtomicU32,
}

impl Shared {
    /// The scripted failure of the next accepted request to `wire_path`, if any, counted.
    fn take_failure(&self, wire_path: &str) -> Option<String> {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let (code, left) = failures.get_mut(wire_path)?;
        let code = code.clone();
        *left -= 1;
        if *left == 0 {
            failures.remove(wire_path);
        }
        Some(code)
    }
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
    // A business failure scripted for this path answers the request, which has no effect.
    let scripted = match &checked {
        Ok(_) if fault != Some(Fault::BusinessFail) => shared.take_failure(wire_path),
        _ => None,
    };
    // A flow endpoint is answered from the ledger (under any fault but a business failure,
    // which has no effect), and its notifications are sent.
    let mut flow = match (&checked, &shared.flows) {
        (Ok(accepted), Some(flows)) if fault != Some(Fault::BusinessFail) && scripted.is_none() => {
            flows.handle(accepted, &shared.mch_id, key, &shared.now())
        }
        _ => None,
    }
    .map(|handled| {
        for notice in handled.notices {
            shared.deliveries.send(notice);
        }
        handled.answer
    });
    let fields = match checked {
        Ok(accepted) if answers_json => {
            return json_response(reply::json_answer(
                &accepted,
                fault == Some(Fault::BusinessFail) || scripted.is_some(),
            ));
        }
        Err(rejection) if answers_json => return json_response(reply::json_fail(&rejection.0)),
        Ok(accepted)
            if fault.is_none()
                && scripted.is_none()
                && accepted.endpoint.kind == EndpointKind::Download =>
        {
            let gzip = accepted.get("tar_type") == Some("GZIP");
            // The day's payments when the ledger has some, else the synthetic bill.
            let day = shared
                .flows
                .as_ref()
                .and_then(|flows| flows.bill(&accepted, &shared.mch_id));
            let body = match day {
                Some(bill) => Body::from_stream(crate::bill::stream(std::iter::once(bill), gzip)),
                None => {
                    let bill = if shared.bill_summary {
                        crate::bill::Bill::with_summary(&shared.mch_id, shared.bill_bytes)
                    } else {
                        crate::bill::Bill::new(&shared.mch_id, shared.bill_bytes)
                    };
                    Body::from_stream(crate::bill::stream(bill, gzip))
                }
            };
            let mut response = Response::new(body);
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
        Ok(accepted) if let Some(code) = &scripted => {
            reply::business_fail_with(&accepted, key, code, reply::err_code_des(code))
        }
        Ok(accepted) if let Some(answer) = flow.take() => match answer {
            Answer::Success(fields) => reply::answer(&accepted, key, fields),
            Answer::Fail(refusal) => {
                reply::business_fail_with(&accepted, key, refusal.code, refusal.des)
            }
        },
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

    crate::respond::respond(fault, fields, write, key).await
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

fn router(config: &MockConfig, runtime: tokio::runtime::Handle) -> (Router, Arc<Shared>) {
    let sandbox_key_text = sandbox_key(config);
    let shared = Arc::new(Shared {
        mch_id: config.mch_id.clone(),
        key: ApiKey::new(config.api_key.clone()),
        sandbox_key: ApiKey::new(sandbox_key_text.clone()),
        sandbox_key_text,
        endpoints: config.endpoints,
        bill_bytes: config.bill_bytes,
        bill_summary: config.bill_summary,
        fault: Mutex::new(None),
        log: Mutex::new(std::collections::VecDeque::new()),
        failures: Mutex::new(BTreeMap::new()),
        flows: config.flows.then(Flows::default),
        deliveries: Arc::new(Deliveries::new(config.delivery_scale, runtime)),
        days_ahead: std::sync::atomic::AtomicU32::new(0),
    });
    // Room for an upload's largest file and its form around it; the upload checks name a file
    // over the limit rather than cutting the connection.
    let app = Router::new()
        .fallback(handle)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared.clone())
        .merge(crate::control::routes(shared.clone()));
    (app, shared)
}

/// Serves on `listener` until `shutdown` completes (for running inside an existing runtime,
/// as the `wechatpay-v2-mock` binary and `wxpay mock` do).
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: MockConfig,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (app, _) = router(&config, tokio::runtime::Handle::current());
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
    pub(crate) shared: Arc<Shared>,
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
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (app, shared) = router(&config, runtime.handle().clone());
        let acceptor = match &config.tls {
            Some(tls) => Some(tokio_rustls::TlsAcceptor::from(Arc::new(
                tls.server_config()?,
            ))),
            None => None,
        };
        let scheme = if acceptor.is_some() { "https" } else { "http" };
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
