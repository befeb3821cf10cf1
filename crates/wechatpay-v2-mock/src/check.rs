//! The checks the gateway applies to a request, in the order it applies them.

use std::borrow::Cow;

use wechatpay_v2::validate::{self, Rules};
use wechatpay_v2::{ApiKey, EndpointKind, EndpointMeta, SignType, SignatureProblem, sign, xml};

/// Why a request was refused: the `return_msg` of the FAIL answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection(pub String);

/// A request that passed every check.
#[derive(Debug)]
pub struct Accepted<'a> {
    /// The endpoint it was sent to.
    pub endpoint: &'static EndpointMeta,
    /// Its fields, in document order.
    pub fields: Vec<xml::Pair<'a>>,
    /// The algorithm it was signed with; the answer is signed with the same one.
    pub sign_type: SignType,
}

/// Merchant-id fields: any of them must name the configured merchant.
const MERCHANT_FIELDS: &[&str] = &["mch_id", "mchid", "combine_mch_id"];

/// Checks a request to `wire_path` (without the leading `/`):
/// well-formed XML with no DOCTYPE; a known path; `nonce_str` present; `sign` correct for the
/// `sign_type` (MD5 when absent); the merchant id equal to `mch_id`; then every required field
/// present, lengths within limits, enum values known, JSON fields valid and complete, and no
/// unknown fields.
pub fn check_request<'a>(
    endpoints: &[&'static EndpointMeta],
    wire_path: &str,
    body: &'a [u8],
    mch_id: &str,
    key: &ApiKey,
) -> Result<Accepted<'a>, Rejection> {
    let fields = match xml::parse_document(body, "xml") {
        Ok(fields) => fields,
        Err(e) => return Err(Rejection(format!("invalid XML: {e}"))),
    };
    check_fields(endpoints, wire_path, fields, true, mch_id, key)
}

/// Checks a `GET` request: its fields are the query string, and it carries no `nonce_str`
/// (`GET` endpoints sign a `timestamp` instead); every other check is the same.
pub fn check_query(
    endpoints: &[&'static EndpointMeta],
    wire_path: &str,
    query: &str,
    mch_id: &str,
    key: &ApiKey,
) -> Result<Accepted<'static>, Rejection> {
    let fields = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (Cow::Owned(k.into_owned()), Cow::Owned(v.into_owned())))
        .collect();
    check_fields(endpoints, wire_path, fields, false, mch_id, key)
}

fn check_fields<'a>(
    endpoints: &[&'static EndpointMeta],
    wire_path: &str,
    fields: Vec<xml::Pair<'a>>,
    needs_nonce: bool,
    mch_id: &str,
    key: &ApiKey,
) -> Result<Accepted<'a>, Rejection> {
    let reject = |msg: String| Err(Rejection(msg));
    let Some(endpoint) = endpoints.iter().copied().find(|e| e.wire_path == wire_path) else {
        return reject(format!("unknown API path /{wire_path}"));
    };
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    };
    if needs_nonce && get("nonce_str").is_none_or(str::is_empty) {
        return reject("missing nonce_str".into());
    }
    let sign_type = match get("sign_type") {
        None | Some("") => SignType::Md5,
        Some(other) => match SignType::from_wire(other) {
            Some(t) => t,
            None => return reject(format!("sign_type `{other}` is not supported")),
        },
    };
    let pairs = || fields.iter().map(|(k, v)| (k.as_ref(), v.as_ref()));
    // A `url` endpoint's page takes its fields unsigned.
    let unsigned_url = matches!(endpoint.kind, EndpointKind::Url { .. });
    match sign::verify(pairs(), key, sign_type) {
        _ if unsigned_url => {}
        Ok(()) => {}
        Err(SignatureProblem::Missing) => return reject("missing sign".into()),
        Err(_) => {
            return reject(format!(
                "sign mismatch (签名错误) for sign_type {sign_type}"
            ));
        }
    }
    for name in MERCHANT_FIELDS {
        if let Some(value) = get(name)
            && value != mch_id
        {
            return reject(format!("{name} `{value}` is not this merchant"));
        }
    }
    if let Err(v) = validate::check(endpoint.request, pairs(), Rules::STRICT) {
        return reject(v.to_string());
    }
    Ok(Accepted {
        endpoint,
        fields,
        sign_type,
    })
}

impl Accepted<'_> {
    /// The value of a request field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v): &(Cow<'_, str>, Cow<'_, str>)| v.as_ref())
    }
}
