//! The HTTP side: routing every request through the checks, fault modes, and the server handle.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::Response;
use wechatpay_v2::{Api, ApiKey, Apis, EndpointMeta};

use crate::check::check_request;
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
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            mch_id: crate::DEFAULT_MCH_ID.to_owned(),
            api_key: crate::DEFAULT_API_KEY.to_owned(),
            endpoints: Apis::endpoints(),
        }
    }
}

impl fmt::Debug for MockConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockConfig")
            .field("mch_id", &self.mch_id)
            .field("api_key", &"<redacted>")
            .field("endpoints", &self.endpoints.len())
            .finish()
    }
}

/// One request the mock received, and what it answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedRequest {
    /// Path on the host, with the leading `/`.
    pub path: String,
    /// The request body as text.
    pub body: String,
    /// `None` when accepted, else the `return_msg` of the FAIL answer.
    pub rejected: Option<String>,
}

struct Shared {
    mch_id: String,
    key: ApiKey,
    endpoints: &'static [&'static EndpointMeta],
    fault: Mutex<Option<Fault>>,
    log: Mutex<Vec<ReceivedRequest>>,
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

async fn handle(State(shared): State<Arc<Shared>>, uri: Uri, body: Bytes) -> Response {
    let fault = *shared.fault.lock().unwrap_or_else(PoisonError::into_inner);
    let wire_path = uri.path().trim_start_matches('/');
    let checked = check_request(
        shared.endpoints,
        wire_path,
        &body,
        &shared.mch_id,
        &shared.key,
    );
    shared
        .log
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(ReceivedRequest {
            path: uri.path().to_owned(),
            body: String::from_utf8_lossy(&body).into_owned(),
            rejected: checked.as_ref().err().map(|r| r.0.clone()),
        });
    let mut fields = match checked {
        Ok(accepted) if fault == Some(Fault::BusinessFail) => {
            reply::business_fail(&accepted, &shared.key)
        }
        Ok(accepted) => reply::plausible_response(&accepted, &shared.key),
        Err(rejection) => return xml_response(StatusCode::OK, reply::fail(&rejection.0)),
    };

    match fault {
        None | Some(Fault::BusinessFail) => xml_response(StatusCode::OK, reply::write(&fields)),
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            xml_response(StatusCode::OK, reply::write(&fields))
        }
        Some(Fault::TamperedSign) => {
            fields.insert("return_msg".to_owned(), "OK, tampered".to_owned());
            xml_response(StatusCode::OK, reply::write(&fields))
        }
        Some(Fault::TruncatedBody) => {
            let mut body = reply::write(&fields);
            body.truncate(body.len() / 2);
            xml_response(StatusCode::OK, body)
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

fn router(config: &MockConfig) -> (Router, Arc<Shared>) {
    let shared = Arc::new(Shared {
        mch_id: config.mch_id.clone(),
        key: ApiKey::new(config.api_key.clone()),
        endpoints: config.endpoints,
        fault: Mutex::new(None),
        log: Mutex::new(Vec::new()),
    });
    let app = Router::new().fallback(handle).with_state(shared.clone());
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
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// A running mock on 127.0.0.1, on its own thread and runtime, so async and blocking clients can
/// both use it. Stops when [`MockServer::stop`] is called or the handle is dropped.
pub struct MockServer {
    addr: SocketAddr,
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
                    tokio::select! {
                        _ = axum::serve(listener, app) => {}
                        _ = stopped => {}
                    }
                });
            })?;
        Ok(MockServer {
            addr,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to configure a client with: `http://127.0.0.1:PORT/`.
    pub fn base_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Switches a fault mode on (`Some`) or off (`None`) for the following requests.
    pub fn set_fault(&self, fault: Option<Fault>) {
        *self
            .shared
            .fault
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = fault;
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.shared
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The fields of the last request received, parsed.
    pub fn last_request_fields(&self) -> Option<BTreeMap<String, String>> {
        let last = self.requests().pop()?;
        let pairs = wechatpay_v2::xml::parse_document(last.body.as_bytes(), "xml").ok()?;
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
