//! The checks the gateway applies to a request, in the order it applies them.

use std::borrow::Cow;

use wechatpay_v2::meta::{EndpointKind, EndpointMeta};
use wechatpay_v2::{ApiKey, SignType, SignatureProblem};
use wechatpay_v2_protocol::MERCHANT_FIELDS;
use wechatpay_v2_protocol::validate::{self, Rules};
use wechatpay_v2_protocol::{sign, xml};

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

/// Checks a request to `wire_path` (without the leading `/`):
/// well-formed XML with no DOCTYPE; a known path; `nonce_str` present (absent, for an endpoint
/// that takes none: [`EndpointMeta::nonce`]); `sign` correct for the
/// `sign_type` (MD5 when absent); the merchant id equal to `mch_id`; then every required field
/// present, lengths within limits, enum values known, JSON fields valid and complete, and no
/// unknown fields. The endpoint's query fields ([`EndpointMeta::query`]) are taken from `query`,
/// the URL's query string, and are not part of the sign.
pub fn check_request<'a>(
    endpoints: &[&'static EndpointMeta],
    wire_path: &str,
    body: &'a [u8],
    query: &str,
    mch_id: &str,
    key: &ApiKey,
) -> Result<Accepted<'a>, Rejection> {
    let fields = match xml::parse_document(body, "xml") {
        Ok(fields) => fields,
        Err(e) => return Err(Rejection(format!("invalid XML: {e}"))),
    };
    check_fields(endpoints, wire_path, fields, mch_id, key, query)
}

/// Checks a `GET` request: its fields are the query string, and it carries no `nonce_str`
/// (`GET` endpoints sign a `timestamp` instead; their metadata says so); every other check is
/// the same.
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
    check_fields(endpoints, wire_path, fields, mch_id, key, "")
}

fn check_fields<'a>(
    endpoints: &[&'static EndpointMeta],
    wire_path: &str,
    mut fields: Vec<xml::Pair<'a>>,
    mch_id: &str,
    key: &ApiKey,
    url_query: &str,
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
    if endpoint.nonce && get("nonce_str").is_none_or(str::is_empty) {
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
    // Fields that travel in the URL of a `POST`: checked with the others, outside the sign.
    for (name, value) in form_urlencoded::parse(url_query.as_bytes()) {
        if endpoint.query.contains(&name.as_ref()) && !fields.iter().any(|(k, _)| *k == name) {
            fields.push((
                Cow::Owned(name.into_owned()),
                Cow::Owned(value.into_owned()),
            ));
        }
    }
    let pairs = || fields.iter().map(|(k, v)| (k.as_ref(), v.as_ref()));
    if let Err(v) = validate::check_endpoint(endpoint, pairs(), Rules::STRICT) {
        return reject(v.to_string());
    }
    Ok(Accepted {
        endpoint,
        fields,
        sign_type,
    })
}

/// Largest file an upload endpoint takes, as the gateway documents it: 2 MB.
pub const MAX_MEDIA_BYTES: usize = 2 * 1024 * 1024;

/// The content types the gateway takes for an uploaded image.
const IMAGE_TYPES: &[&str] = &["image/jpeg", "image/jpg", "image/png", "image/bmp"];

/// A `multipart/form-data` body, read: its text parts, and its file part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The text parts, in the order received.
    pub fields: Vec<(String, String)>,
    /// The file part, if one came.
    pub file: Option<FormFile>,
}

/// The file part of a form.
#[derive(Clone, PartialEq, Eq)]
pub struct FormFile {
    /// The part's name (`media`).
    pub name: String,
    /// The file name the part carries.
    pub file_name: String,
    /// The content type the part carries (empty when none).
    pub content_type: String,
    /// The file's bytes.
    pub bytes: axum::body::Bytes,
}

impl std::fmt::Debug for FormFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormFile")
            .field("name", &self.name)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl Form {
    /// The text parts, form-encoded in the order received (what the mock's log keeps).
    pub fn text(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&self.fields)
            .finish()
    }
}

/// Reads a `multipart/form-data` body whose `Content-Type` header is `content_type`: text parts
/// (UTF-8, each name once) and at most one file part (a part with a file name).
pub async fn parse_form(
    content_type: Option<&str>,
    body: axum::body::Bytes,
) -> Result<Form, Rejection> {
    let reject = |msg: String| Err(Rejection(msg));
    let Some(boundary) = content_type.and_then(|ct| multer::parse_boundary(ct).ok()) else {
        return reject(format!(
            "expected a multipart/form-data body with a boundary, got Content-Type `{}`",
            content_type.unwrap_or_default()
        ));
    };
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut form = Form {
        fields: Vec::new(),
        file: None,
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return reject(format!("invalid multipart/form-data body: {e}")),
        };
        let Some(name) = field.name().map(str::to_owned) else {
            return reject("a form part has no name".into());
        };
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field
            .content_type()
            .map(ToString::to_string)
            .unwrap_or_default();
        let data = match field.bytes().await {
            Ok(data) => data,
            Err(e) => return reject(format!("invalid multipart/form-data body: {e}")),
        };
        match file_name {
            Some(_) if form.file.is_some() => {
                return reject(format!("more than one file part (`{name}`)"));
            }
            Some(file_name) => {
                form.file = Some(FormFile {
                    name,
                    file_name,
                    content_type,
                    bytes: data,
                });
            }
            None => {
                let Ok(value) = String::from_utf8(data.to_vec()) else {
                    return reject(format!("form part `{name}` is not UTF-8 text"));
                };
                if form.fields.iter().any(|(k, _)| *k == name) {
                    return reject(format!("form part `{name}` is given twice"));
                }
                form.fields.push((name, value));
            }
        }
    }
    Ok(form)
}

/// Checks an upload to `wire_path`, read with [`parse_form`]: the text parts as any request
/// (sign for the `sign_type`, merchant, required fields, lengths, values, no unknown fields), but
/// with no `nonce_str`; then the file part `media`: present, with a file name and an image
/// content type (JPEG, PNG or BMP), not empty, at most [`MAX_MEDIA_BYTES`], and, when the
/// endpoint declares `media_hash`, that field present and equal to the file's lower-case hex MD5.
pub fn check_upload<'a>(
    endpoints: &[&'static EndpointMeta],
    wire_path: &str,
    form: &'a Form,
    mch_id: &str,
    key: &ApiKey,
) -> Result<Accepted<'a>, Rejection> {
    let reject = |msg: String| Err(Rejection(msg));
    let fields = form
        .fields
        .iter()
        .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str())))
        .collect();
    let accepted = check_fields(endpoints, wire_path, fields, mch_id, key, "")?;
    let Some(file) = &form.file else {
        return reject("missing media (the file part)".into());
    };
    if file.name != "media" {
        return reject(format!(
            "unexpected file part `{}`: expected `media`",
            file.name
        ));
    }
    if file.file_name.is_empty() {
        return reject("media has no filename".into());
    }
    if !IMAGE_TYPES.contains(&file.content_type.as_str()) {
        return reject(format!(
            "media content-type `{}` is not jpeg, png or bmp",
            file.content_type
        ));
    }
    if file.bytes.is_empty() {
        return reject("media is empty".into());
    }
    if file.bytes.len() > MAX_MEDIA_BYTES {
        return reject(format!(
            "media is {} bytes, over the limit of 2M ({MAX_MEDIA_BYTES})",
            file.bytes.len()
        ));
    }
    if accepted
        .endpoint
        .request
        .iter()
        .any(|m| m.name == "media_hash")
    {
        let hash = media_hash(&file.bytes);
        match accepted.get("media_hash") {
            None | Some("") => return reject("missing media_hash".into()),
            Some(given) if given != hash => {
                return reject(format!(
                    "media_hash `{given}` does not match the file (lower-case hex MD5 `{hash}`)"
                ));
            }
            Some(_) => {}
        }
    }
    Ok(accepted)
}

/// The lower-case hex MD5 of a file.
pub(crate) fn media_hash(bytes: &[u8]) -> String {
    use md5::Digest;
    md5::Md5::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
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
