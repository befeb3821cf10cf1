//! One `tracing` span per call attempt, named `wechatpay_v2.call`, with the API path, method,
//! attempt, HTTP status, outcome, `return_code` / `result_code` / `err_code` where known, and
//! the elapsed milliseconds. The span records no body, key, sign or field value. Without the
//! `tracing` feature these are no-ops.
//!
//! Bodies, opt-in: with [`ClientBuilder::trace_bodies`](crate::ClientBuilder::trace_bodies) on
//! and TRACE enabled for the target [`TARGET`] (`wechatpay_v2`), each attempt also emits, in
//! its span, a TRACE event with the request (the XML body, the query of a `GET`, or the text
//! parts of an upload with its file by size only) and one with the response body, as
//! `name="value"` text in which the values [`is_sensitive`] names are hidden (see
//! [`redacted_fields`]). A body that is not a flat `<xml>` document (a bill, a JSON answer, an
//! HTML error page) is reported by its size and content type only; a downloaded bill is never
//! read for the trace.

use std::fmt::Write as _;

#[cfg(feature = "tracing")]
use wechatpay_v2_protocol::error::Error;
use wechatpay_v2_protocol::error::Result;

/// What [`CallTrace::enter`] returns without the `tracing` feature.
#[cfg(not(feature = "tracing"))]
struct Entered;

#[cfg(not(feature = "tracing"))]
impl Drop for Entered {
    fn drop(&mut self) {}
}

/// The span of one call attempt.
pub(crate) struct CallTrace {
    #[cfg(feature = "tracing")]
    span: tracing::Span,
    /// When the attempt started, for the span's `elapsed_ms`: read only when the span is
    /// recorded. (Two reads of the clock per call were about 1% of the client's time end to
    /// end, in a VM.)
    #[cfg(feature = "tracing")]
    started: Option<std::time::Instant>,
}

impl CallTrace {
    pub(crate) fn start(path: &str, method: &str, attempt: u32) -> Self {
        #[cfg(not(feature = "tracing"))]
        let _ = (path, method, attempt);
        #[cfg(feature = "tracing")]
        let span = tracing::info_span!(
            "wechatpay_v2.call",
            path = %path,
            method = method,
            attempt = attempt,
            status = tracing::field::Empty,
            outcome = tracing::field::Empty,
            return_code = tracing::field::Empty,
            result_code = tracing::field::Empty,
            err_code = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        Self {
            #[cfg(feature = "tracing")]
            started: (!span.is_disabled()).then(std::time::Instant::now),
            #[cfg(feature = "tracing")]
            span,
        }
    }

    /// Enters the span, for one poll of the attempt: the span is borrowed by the call's future
    /// rather than cloned into an `Instrumented` wrapper, so the future keeps one span, not two.
    pub(crate) fn enter(&self) -> impl Drop + '_ {
        #[cfg(feature = "tracing")]
        return self.span.enter();
        #[cfg(not(feature = "tracing"))]
        return Entered;
    }

    /// Records how the attempt ended, and emits one event in the span.
    pub(crate) fn finish<T>(&self, result: &Result<T>) {
        #[cfg(not(feature = "tracing"))]
        let _ = result;
        #[cfg(feature = "tracing")]
        {
            let span = &self.span;
            if let Some(started) = self.started {
                span.record("elapsed_ms", started.elapsed().as_millis() as u64);
            }
            match result {
                Ok(_) => {
                    span.record("status", 200u16);
                    span.record("outcome", "ok");
                    span.record("return_code", "SUCCESS");
                }
                Err(err) => {
                    if let Some(raw) = err.raw_response() {
                        span.record("status", raw.status);
                    }
                    span.record("outcome", tracing::field::debug(err.kind()));
                    match err {
                        Error::Protocol { .. } => {
                            span.record("return_code", "FAIL");
                        }
                        Error::Business { err_code, .. } => {
                            span.record("return_code", "SUCCESS");
                            span.record("result_code", "FAIL");
                            span.record("err_code", err_code.as_str());
                        }
                        _ => {}
                    }
                }
            }
            let _enter = span.enter();
            match result {
                Ok(_) => tracing::debug!("call succeeded"),
                Err(err) => tracing::warn!(kind = ?err.kind(), "call failed"),
            }
        }
    }
}

// --- Bodies (opt-in) ------------------------------------------------------------------------

/// The target of the body events: `RUST_LOG=wechatpay_v2=trace` (with `trace_bodies` on)
/// shows them.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) const TARGET: &str = "wechatpay_v2";

/// Parts of field names that mark personal or secret data (matched in the lower-cased name).
const SENSITIVE_PARTS: &[&str] = &[
    "nonce",
    "name",
    "card",
    "bank",
    "phone",
    "mobile",
    "email",
    "contact",
    "openid",
    "unionid",
    "auth",
    "key",
    "cert",
    "token",
    "media",
    "account",
    "accout",
    "address",
    "password",
    "passwd",
    "secret",
    "cred",
    "creid",
    "id_number",
    "person",
    "qq",
    "plate",
];

/// Whether the value of the field `name` is hidden when bodies are traced: the one rule of the
/// body trace, applied to the fields of a document and to the keys of the JSON in their values.
///
/// On the ASCII-lower-cased name, the value is hidden when the name
/// - is `sign` or ends with `sign` (`paySign`), or holds `nonce` (`nonce_str`);
/// - holds one of `name` (`re_user_name`, `true_name`, `store_name`...), `card` (`id_card`,
///   `bank_card_no`...), `bank` (`bank_type`, `enc_bank_no`...), `phone`, `mobile`, `email`,
///   `contact`, `openid` (`sub_openid`), `unionid`, `auth` (`auth_code`, `authinfo`), `key`
///   (`sandbox_signkey`, `pub_key`), `cert`, `token`, `media`, `account` (and the gateway's
///   misspelling `accout`, `refund_recv_accout`), `address`, `password`, `passwd`, `secret`,
///   `cred` (`cred_id`, `encrypted_credential_id`), `creid` (`user_creid`), `id_number`
///   (`director_id_number`), `person` (`legal_person`), `qq`, `plate` (`plate_number`);
/// - starts with `enc_` (encrypted data), ends with `ip` (`spbill_create_ip`, `clientip`), or
///   is `code` (an OAuth code), `face_code` or `risk_info` (which carries the user's mobile).
///
/// A name ending in `_no` is hidden only through the parts above (`bank_no`, `card_no`):
/// order and refund numbers (`out_trade_no`, `out_refund_no`, `partner_trade_no`) are shown, as
/// are `return_code`, `result_code`, `err_code`, states, amounts, ids of the merchant and app,
/// and `sign_type`.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn is_sensitive(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.ends_with("sign")
        || matches!(name.as_str(), "code" | "face_code" | "risk_info")
        || name.starts_with("enc_")
        || name.ends_with("ip")
        || SENSITIVE_PARTS.iter().any(|part| name.contains(part))
}

/// How a hidden value shows: its length only.
fn hidden(value: &str) -> String {
    format!("***({} chars)", value.chars().count())
}

/// A JSON value with the values of sensitive keys hidden, recursively.
fn redact_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                if is_sensitive(key) {
                    let text = match &*member {
                        serde_json::Value::String(s) => hidden(s),
                        other => hidden(&other.to_string()),
                    };
                    *member = serde_json::Value::String(text);
                } else {
                    redact_json(member);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

/// One field as it shows in the trace: `name=***(n chars)` when [`is_sensitive`], otherwise
/// `name="value"` (quoted and escaped as Rust `Debug` does), with the JSON in a value
/// (`scene_info`, `receivers`...) redacted key by key; a value that looks like JSON but does not
/// parse is hidden whole.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
fn redacted_field(out: &mut String, name: &str, value: &str) {
    if is_sensitive(name) {
        let _ = write!(out, "{name}={}", hidden(value));
        return;
    }
    let trimmed = value.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        match serde_json::from_str::<serde_json::Value>(value) {
            Ok(mut json) => {
                redact_json(&mut json);
                let _ = write!(out, "{name}={:?}", json.to_string());
            }
            Err(_) => {
                let _ = write!(out, "{name}={}", hidden(value));
            }
        }
        return;
    }
    let _ = write!(out, "{name}={value:?}");
}

/// Fields as one line of `name=value` separated by spaces, in the order given, sensitive values
/// hidden (see [`is_sensitive`] and [`redacted_field`]).
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn redacted_fields<N, V>(fields: impl IntoIterator<Item = (N, V)>) -> String
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    let mut out = String::new();
    for (name, value) in fields {
        if !out.is_empty() {
            out.push(' ');
        }
        redacted_field(&mut out, name.as_ref(), value.as_ref());
    }
    out
}

/// A body as it shows in the trace: the redacted fields of a flat `<xml>` document, otherwise
/// (a bill, JSON, an HTML page, anything else) only its size and content type.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn describe_body(body: &[u8], content_type: Option<&str>) -> String {
    match wechatpay_v2_protocol::xml::parse_document(body, "xml") {
        Ok(pairs) => redacted_fields(pairs),
        Err(_) => not_shown(body.len() as u64, content_type),
    }
}

/// The size and content type of a body that is not shown.
fn not_shown(bytes: u64, content_type: Option<&str>) -> String {
    let content_type = content_type.unwrap_or("unknown");
    format!("<not shown: {bytes} bytes, content type {content_type}>")
}

/// A `GET` request's query as it shows in the trace: its redacted fields.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
fn describe_query(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(url) => redacted_fields(url.query_pairs()),
        Err(_) => not_shown(url.len() as u64, None),
    }
}

/// The content type of a response, for the body trace; `None` unless `trace_bodies` is on.
pub(crate) fn content_type(trace_bodies: bool, response: &reqwest::Response) -> Option<String> {
    if !bodies_enabled(trace_bodies) {
        return None;
    }
    let value = response.headers().get(reqwest::header::CONTENT_TYPE)?;
    Some(String::from_utf8_lossy(value.as_bytes()).into_owned())
}

/// Whether this client traces bodies now: `trace_bodies` is on and TRACE is enabled for
/// [`TARGET`].
fn bodies_enabled(trace_bodies: bool) -> bool {
    #[cfg(feature = "tracing")]
    {
        trace_bodies && tracing::enabled!(target: TARGET, tracing::Level::TRACE)
    }
    #[cfg(not(feature = "tracing"))]
    {
        let _ = trace_bodies;
        false
    }
}

/// Emits one body event when [`bodies_enabled`]; `describe` is only run then.
fn emit(trace_bodies: bool, what: &str, status: Option<u16>, describe: impl FnOnce() -> String) {
    if !bodies_enabled(trace_bodies) {
        return;
    }
    let body = describe();
    #[cfg(feature = "tracing")]
    match status {
        Some(status) => tracing::trace!(target: TARGET, status, body = %body, "{what}"),
        None => tracing::trace!(target: TARGET, body = %body, "{what}"),
    }
    #[cfg(not(feature = "tracing"))]
    let _ = (what, status, body);
}

/// Traces the XML body of a request (redacted), when [`bodies_enabled`].
pub(crate) fn request_body(trace_bodies: bool, body: &[u8]) {
    emit(trace_bodies, "request body", None, || {
        describe_body(body, Some("text/xml"))
    });
}

/// Traces the text parts of an upload (redacted) and its file by size and content type only,
/// when [`bodies_enabled`].
pub(crate) fn request_form(
    trace_bodies: bool,
    fields: &[(String, String)],
    file_bytes: usize,
    file_type: &str,
) {
    emit(trace_bodies, "request body", None, || {
        let mut text = redacted_fields(fields.iter().map(|(n, v)| (n, v)));
        let file = not_shown(file_bytes as u64, Some(file_type));
        let _ = write!(text, " {}={file}", wechatpay_v2_protocol::media::MEDIA_PART);
        text
    });
}

/// Traces the query of a `GET` request (redacted), when [`bodies_enabled`].
pub(crate) fn request_query(trace_bodies: bool, url: &str) {
    emit(trace_bodies, "request query", None, || describe_query(url));
}

/// Traces a response body (redacted, or by size and content type), when [`bodies_enabled`].
pub(crate) fn response_body(
    trace_bodies: bool,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) {
    emit(trace_bodies, "response body", Some(status), || {
        describe_body(body, content_type)
    });
}

/// Traces a downloaded bill by its size and content type only, when [`bodies_enabled`].
pub(crate) fn response_bill(
    trace_bodies: bool,
    status: u16,
    content_type: Option<&str>,
    bytes: u64,
) {
    emit(trace_bodies, "response body", Some(status), || {
        format!("<bill> {}", not_shown(bytes, content_type))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_names() {
        for name in [
            "sign",
            "paySign",
            "nonce_str",
            "nonceStr",
            "re_user_name",
            "true_name",
            "enc_true_name",
            "store_name",
            "id_card",
            "id_card_number",
            "bank_card_no",
            "enc_bank_no",
            "bank_no",
            "card_no",
            "bank_type",
            "phone",
            "contact_phone",
            "mobile",
            "email",
            "contact",
            "openid",
            "sub_openid",
            "unionid",
            "auth_code",
            "authinfo",
            "sandbox_signkey",
            "pub_key",
            "cert_sn",
            "access_token",
            "refresh_token",
            "media_id",
            "media_hash",
            "account",
            "contract_display_account",
            "refund_recv_accout",
            "address",
            "password",
            "app_secret",
            "credential",
            "plate_number",
            "spbill_create_ip",
            "clientip",
            "payer_client_ip",
            "code",
            "enc_data",
            "cred_id",
            "creid",
            "user_creid",
            "encrypted_credential_id",
            "director_id_number",
            "legal_person",
            "qq",
            "face_code",
            "risk_info",
            "real_name",
            "user_truename",
            "mobile_phone",
            "receiver_account",
        ] {
            assert!(is_sensitive(name), "`{name}` should be hidden");
        }
        for name in [
            "return_code",
            "return_msg",
            "result_code",
            "err_code",
            "err_code_des",
            "trade_state",
            "trade_state_desc",
            "trade_type",
            "total_fee",
            "cash_fee",
            "refund_fee",
            "fee_type",
            "out_trade_no",
            "out_refund_no",
            "partner_trade_no",
            "payment_no",
            "transaction_id",
            "refund_id",
            "appid",
            "sub_appid",
            "mch_id",
            "sub_mch_id",
            "device_info",
            "sign_type",
            "time_end",
            "attach",
            "bill_date",
            "contract_code",
            "version",
            "prepay_id",
            "mch_billno",
            "coupon_fee",
            "promotion_detail",
            "scene_info",
            "device_id",
        ] {
            assert!(!is_sensitive(name), "`{name}` should be shown");
        }
    }

    #[test]
    fn fields_keep_their_names_and_lengths() {
        let text = redacted_fields([
            ("return_code", "SUCCESS"),
            ("total_fee", "100"),
            ("out_trade_no", "T1"),
            ("re_user_name", "张三"),
            ("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
            ("sign", "C380BEC2BFD727A4B6845133519F3AD6"),
            ("body", "a \"quoted\" word"),
        ]);
        assert_eq!(
            text,
            "return_code=\"SUCCESS\" total_fee=\"100\" out_trade_no=\"T1\" \
             re_user_name=***(2 chars) openid=***(28 chars) nonce_str=***(32 chars) \
             sign=***(32 chars) body=\"a \\\"quoted\\\" word\""
        );
    }

    #[test]
    fn json_values_are_redacted_key_by_key() {
        let text = redacted_fields([(
            "receivers",
            r#"[{"type":"PERSONAL_OPENID","account":"oUpF8u","amount":100,"name":"张三"}]"#,
        )]);
        assert!(text.starts_with("receivers=\"[{"), "{text}");
        for kept in [r#"\"type\":\"PERSONAL_OPENID\""#, r#"\"amount\":100"#] {
            assert!(text.contains(kept), "{text}");
        }
        for hidden in [
            r#"\"account\":\"***(6 chars)\""#,
            r#"\"name\":\"***(2 chars)\""#,
        ] {
            assert!(text.contains(hidden), "{text}");
        }
        assert!(!text.contains("oUpF8u") && !text.contains("张三"), "{text}");
        // JSON that does not parse is hidden whole.
        assert_eq!(
            redacted_fields([("detail", "{\"a\": ")]),
            "detail=***(6 chars)"
        );
    }

    #[test]
    fn bodies_that_are_not_xml_show_their_size_only() {
        let xml = b"<xml><return_code><![CDATA[FAIL]]></return_code><sign>AB12</sign></xml>";
        assert_eq!(
            describe_body(xml, Some("text/xml")),
            "return_code=\"FAIL\" sign=***(4 chars)"
        );
        for (body, content_type) in [
            (
                &b"<html><body>502 Bad Gateway</body></html>"[..],
                Some("text/html"),
            ),
            (
                &b"{\"retcode\":0,\"openid\":\"o1\"}"[..],
                Some("application/json"),
            ),
            (&b"\x60 2026-11-22,wx,1900000109,\x60 oUpF8u"[..], None),
            (&b"\x1f\x8b\x08\x00"[..], Some("application/octet-stream")),
        ] {
            let text = describe_body(body, content_type);
            let expected = format!(
                "<not shown: {} bytes, content type {}>",
                body.len(),
                content_type.unwrap_or("unknown")
            );
            assert_eq!(text, expected);
        }
    }

    #[test]
    fn a_query_is_redacted() {
        assert_eq!(
            describe_query("https://api.example/v2/x?appid=wx1&openid=o%201&sign=ABCD"),
            "appid=\"wx1\" openid=***(3 chars) sign=***(4 chars)"
        );
    }
}
