//! The HTTP response of an answer: as the gateway sends it, or broken by a fault mode.

use std::collections::BTreeMap;
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use wechatpay_v2::ApiKey;

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

/// A JSON answer.
pub(crate) fn json_response(body: serde_json::Value) -> Response {
    let mut response = Response::new(Body::from(body.to_string()));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

/// An XML answer with `status`.
pub(crate) fn xml_response(status: StatusCode, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/xml; charset=utf-8"),
    );
    response
}

/// The response carrying the answer `fields`, written by `write`, under `fault` (`None`: as the
/// gateway sends it). A signed answer is re-signed with `key` when the fault asks for the other
/// algorithm.
pub(crate) async fn respond(
    fault: Option<Fault>,
    mut fields: BTreeMap<String, String>,
    write: impl Fn(&BTreeMap<String, String>) -> Vec<u8>,
    key: &ApiKey,
) -> Response {
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
