//! The protocol steps of one call, without I/O: build and sign a request body (or the text parts
//! of an upload), then check, verify and decode the response. The async and blocking clients, the
//! tests and the mock gateway all go through these functions, so there is one implementation of
//! each rule.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::endpoint::{
    ENVELOPE_FIELDS, EndpointMeta, JSON_ENVELOPE_FIELDS, Message, Request, ResponseFormat,
};
use crate::error::{Error, RawResponse, Result};
use crate::field::{ConfigField, FieldMeta, FieldReader, FieldWriter};
use crate::sign::{self, ApiKey, SignType};
use crate::upload::{HASH_FIELD, Media};
use crate::validate::{self, Rules};
use crate::xml;

/// The merchant identity a request is signed for.
#[derive(Debug, Clone, Copy)]
pub struct Signer<'a> {
    /// The configured merchant id.
    pub mch_id: &'a str,
    /// The configured app id, if any.
    pub appid: Option<&'a str>,
    /// The configured sub-merchant id (partner mode), if any.
    pub sub_mch_id: Option<&'a str>,
    /// The configured sub-merchant app id (partner mode), if any.
    pub sub_appid: Option<&'a str>,
    /// The APIv2 key.
    pub key: &'a ApiKey,
}

/// Wire names under which a request may name a merchant; a value other than the configured
/// merchant id is refused under any of them (by the client before sending, and by the mock
/// gateway).
pub const MERCHANT_FIELDS: &[&str] = &["mch_id", "mchid", "combine_mch_id"];

/// A signed request body, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedBody {
    /// The `<xml>` document.
    pub xml: Vec<u8>,
    /// The fields that go in the URL's query string ([`EndpointMeta::query`]), form-encoded,
    /// not signed; empty for almost every endpoint.
    ///
    /// [`EndpointMeta::query`]: crate::EndpointMeta::query
    pub query: String,
    /// The algorithm it was signed with; the response is verified with the same one.
    pub sign_type: SignType,
    /// The `sign` written.
    pub sign: sign::Sign,
}

/// Builds and signs the body of a typed request.
///
/// Fields left out that the endpoint fills from configuration (`appid`, `mch_id`) are filled; a
/// merchant id other than the configured one is refused; `nonce_str` is `nonce` or a fresh one
/// (none at all for an endpoint that takes none, [`EndpointMeta::nonce`], whatever `nonce`
/// says); required fields and length limits are checked. Nothing here does I/O.
pub fn sign_request<R: Request>(
    request: &R,
    signer: Signer<'_>,
    nonce: Option<&str>,
) -> Result<SignedBody> {
    let mut out = FieldWriter::with_capacity(R::FIELDS.len() + 3);
    request
        .encode(&mut out)
        .map_err(|e| Error::invalid(e.field, e.reason))?;
    // A fresh nonce is drawn into this buffer rather than a `String` of its own: one
    // allocation fewer per request.
    let mut drawn = [0u8; crate::nonce::NONCE_LEN];
    let nonce = if R::ENDPOINT.nonce {
        Nonce::Add(Some(match nonce {
            Some(given) => given,
            None => crate::nonce::generate_into(&mut drawn),
        }))
    } else {
        Nonce::Omit
    };
    prepare(
        out,
        Some(R::ENDPOINT.request),
        R::ENDPOINT.query,
        Rules::PRESENCE,
        signer,
        nonce,
    )
    .map(Prepared::into_body)
}

/// Builds the signed URL of a typed request to a `signed_url` endpoint: the request's fields
/// and its `sign` as the query string of `base` (the endpoint's host and wire path), then the
/// fragment. No `nonce_str` is added: these requests carry their own `timestamp`.
///
/// With `signed` false (a `url` endpoint) the fields are checked and completed the same way but
/// no `sign` is appended.
pub fn sign_url<R: Request>(
    request: &R,
    signer: Signer<'_>,
    base: &str,
    fragment: Option<&str>,
    signed: bool,
) -> Result<String> {
    let mut out = FieldWriter::with_capacity(R::FIELDS.len() + 2);
    request
        .encode(&mut out)
        .map_err(|e| Error::invalid(e.field, e.reason))?;
    let (mut url, _) = query_url(
        out,
        Some(R::ENDPOINT.request),
        Rules::PRESENCE,
        signer,
        base,
        signed,
    )?;
    url.set_fragment(fragment);
    Ok(url.into())
}

/// The URL of a `GET` call: `base` with the request's fields and `sign` as the query string,
/// no `nonce_str`; and the algorithm, to verify the answer with.
pub fn sign_query<R: Request>(
    request: &R,
    signer: Signer<'_>,
    base: &str,
) -> Result<(String, SignType)> {
    let (url, sign_type) = signed_query_url(request, signer, base)?;
    Ok((url.into(), sign_type))
}

fn signed_query_url<R: Request>(
    request: &R,
    signer: Signer<'_>,
    base: &str,
) -> Result<(reqwest::Url, SignType)> {
    let mut out = FieldWriter::with_capacity(R::FIELDS.len() + 2);
    request
        .encode(&mut out)
        .map_err(|e| Error::invalid(e.field, e.reason))?;
    query_url(
        out,
        Some(R::ENDPOINT.request),
        Rules::PRESENCE,
        signer,
        base,
        true,
    )
}

/// [`sign_url`] for an untyped map of fields (checked against `fields` when the path is
/// declared).
pub fn sign_url_fields(
    map: &BTreeMap<String, String>,
    fields: Option<&'static [FieldMeta]>,
    signer: Signer<'_>,
    base: &str,
    fragment: Option<&str>,
    signed: bool,
) -> Result<String> {
    let (mut url, _) = query_url(untyped(map)?, fields, UNTYPED, signer, base, signed)?;
    url.set_fragment(fragment);
    Ok(url.into())
}

/// [`sign_query`] for an untyped map of fields.
pub fn sign_query_fields(
    map: &BTreeMap<String, String>,
    fields: Option<&'static [FieldMeta]>,
    signer: Signer<'_>,
    base: &str,
) -> Result<(String, SignType)> {
    let (url, sign_type) = query_url(untyped(map)?, fields, UNTYPED, signer, base, true)?;
    Ok((url.into(), sign_type))
}

/// The rules for untyped fields of a declared endpoint: values are checked too, since no type
/// guarantees them.
const UNTYPED: Rules = Rules {
    values: true,
    no_unknown: false,
};

/// The writer of an untyped map: names checked, `sign` dropped.
fn untyped(map: &BTreeMap<String, String>) -> Result<FieldWriter<'_>> {
    let mut out = FieldWriter::with_capacity(map.len() + 3);
    for (name, value) in map {
        if name != "sign" {
            xml::check_name(name).map_err(|why| Error::invalid(name.as_str(), why))?;
            out.put_str(name, value);
        }
    }
    Ok(out)
}

/// `base` with the fields and, when `signed`, their `sign` as the query string (no nonce).
fn query_url<'a>(
    out: FieldWriter<'a>,
    fields: Option<&'static [FieldMeta]>,
    rules: Rules,
    signer: Signer<'a>,
    base: &str,
    signed: bool,
) -> Result<(reqwest::Url, SignType)> {
    let prepared = prepare(out, fields, &[], rules, signer, Nonce::Omit)?;
    let mut url = reqwest::Url::parse(base)
        .map_err(|e| Error::Config(format!("signed URL base `{base}`: {e}")))?;
    {
        let mut query = url.query_pairs_mut();
        for (k, v) in &prepared.pairs {
            query.append_pair(k, v);
        }
        if signed {
            query.append_pair("sign", prepared.sign.as_str());
        }
    }
    Ok((url, prepared.sign_type))
}

/// Builds and signs the body of an untyped request (the escape hatch).
///
/// With the metadata of a declared endpoint called untyped, its rules apply: configuration
/// fill, required fields, lengths, enum values and JSON shapes, and its query fields go in the
/// URL ([`SignedBody::query`]). Without it, only the merchant-id check and `nonce_str` are
/// applied. A `sign` in the map is ignored; a `nonce_str` in it is kept, except on an endpoint
/// that takes none ([`EndpointMeta::nonce`]), where it is an [`Error::InvalidField`] and none is
/// added.
pub fn sign_fields(
    map: &BTreeMap<String, String>,
    endpoint: Option<&'static EndpointMeta>,
    signer: Signer<'_>,
    nonce: Option<&str>,
) -> Result<SignedBody> {
    prepare(
        untyped(map)?,
        endpoint.map(|e| e.request),
        endpoint.map_or(&[], |e| e.query),
        UNTYPED,
        signer,
        match endpoint {
            Some(e) if !e.nonce => Nonce::Omit,
            _ => Nonce::Add(nonce),
        },
    )
    .map(Prepared::into_body)
}

/// The signed text parts of an upload ([`EndpointKind::Upload`](crate::EndpointKind::Upload)),
/// ready to go with the file as a `multipart/form-data` body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedForm {
    /// The text parts, in their signing order (ascending byte order of the names), `sign` last.
    pub fields: Vec<(String, String)>,
    /// The algorithm they were signed with; the response is verified with the same one.
    pub sign_type: SignType,
    /// The `sign` written.
    pub sign: sign::Sign,
}

/// Builds and signs the text parts of a typed upload request for `media`.
///
/// The file is checked first ([`Media`]'s rules: not empty, at most
/// [`MAX_MEDIA_BYTES`](crate::upload::MAX_MEDIA_BYTES), a file name and a MIME type), an
/// [`Error::InvalidField`] naming `media` otherwise. When the endpoint declares `media_hash`
/// and the request leaves it out, it is the file's lower-case hex MD5; a `media_hash` given that
/// is not that is an [`Error::InvalidField`] naming it. Then the fields are checked, completed
/// and signed as for any request, without a `nonce_str`; the file is not part of the sign.
pub fn sign_upload<R: Request>(
    request: &R,
    signer: Signer<'_>,
    media: &Media,
) -> Result<SignedForm> {
    let mut out = FieldWriter::with_capacity(R::FIELDS.len() + 2);
    request
        .encode(&mut out)
        .map_err(|e| Error::invalid(e.field, e.reason))?;
    upload_form(
        out,
        Some(R::ENDPOINT.request),
        Rules::PRESENCE,
        signer,
        media,
    )
}

/// [`sign_upload`] for an untyped map of fields (checked against `fields` when the path is
/// declared; without `fields`, `media_hash` is always filled in).
pub fn sign_upload_fields(
    map: &BTreeMap<String, String>,
    fields: Option<&'static [FieldMeta]>,
    signer: Signer<'_>,
    media: &Media,
) -> Result<SignedForm> {
    upload_form(untyped(map)?, fields, UNTYPED, signer, media)
}

fn upload_form<'a>(
    mut out: FieldWriter<'a>,
    fields: Option<&'static [FieldMeta]>,
    rules: Rules,
    signer: Signer<'a>,
    media: &Media,
) -> Result<SignedForm> {
    media.check()?;
    let hash = media.md5_hex();
    match out.pairs.iter().find(|(k, _)| k == HASH_FIELD) {
        Some((_, given)) if *given != hash => {
            return Err(Error::invalid(
                HASH_FIELD,
                format!(
                    "`{given}` is not the lower-case hex MD5 of the file (`{hash}`); leave it out to have it computed"
                ),
            ));
        }
        Some(_) => {}
        None if fields.is_none_or(|f| f.iter().any(|m| m.name == HASH_FIELD)) => {
            out.pairs
                .push((Cow::Borrowed(HASH_FIELD), Cow::Owned(hash)));
        }
        None => {}
    }
    let prepared = prepare(out, fields, &[], rules, signer, Nonce::Omit)?;
    let mut form: Vec<(String, String)> = prepared
        .pairs
        .into_iter()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    form.push(("sign".to_owned(), prepared.sign.as_str().to_owned()));
    Ok(SignedForm {
        fields: form,
        sign_type: prepared.sign_type,
        sign: prepared.sign,
    })
}

/// Whether a request gets a `nonce_str`.
enum Nonce<'a> {
    /// Add one when the fields have none: this one, or a fresh one.
    Add(Option<&'a str>),
    /// None: the endpoint takes none ([`EndpointMeta::nonce`]; signed URLs carry a `timestamp`
    /// instead). A declared endpoint refuses one given in the fields.
    Omit,
}

/// Fields checked, completed, sorted and signed.
struct Prepared<'a> {
    pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Bit `i` set: pair `i` is written as CDATA (or escaped text); for the first 64 pairs.
    special: u64,
    /// The fields that go in the query string, unsigned.
    query: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    sign_type: SignType,
    sign: sign::Sign,
}

impl Prepared<'_> {
    /// The `<xml>` document: the fields in their (signing) order, then `sign`.
    fn into_body(self) -> SignedBody {
        let size: usize = self
            .pairs
            .iter()
            .map(|(k, v)| 2 * k.len() + v.len() + 16)
            .sum();
        let mut xml_out = Vec::with_capacity(size + 96);
        let special = self.special;
        xml::write_classified_document(
            &mut xml_out,
            self.pairs
                .iter()
                .enumerate()
                .map(|(i, (k, v))| {
                    let cdata = if i < 64 {
                        special >> i & 1 == 1
                    } else {
                        xml::needs_cdata(v)
                    };
                    (k.as_ref(), v.as_ref(), cdata)
                })
                .chain([("sign", self.sign.as_str(), false)]),
        );
        let query = if self.query.is_empty() {
            String::new()
        } else {
            form_urlencoded::Serializer::new(String::new())
                .extend_pairs(self.query.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))
                .finish()
        };
        SignedBody {
            xml: xml_out,
            query,
            sign_type: self.sign_type,
            sign: self.sign,
        }
    }
}

/// Checks, completes, sorts and signs the fields; the `query` ones are checked with the others
/// and then set apart, unsigned.
fn prepare<'a>(
    out: FieldWriter<'a>,
    fields: Option<&'static [FieldMeta]>,
    query: &[&str],
    rules: Rules,
    signer: Signer<'a>,
    nonce: Nonce<'a>,
) -> Result<Prepared<'a>> {
    let mut pairs = out.pairs;
    let find = |pairs: &[(Cow<'_, str>, Cow<'_, str>)], name: &str| {
        pairs.iter().position(|(k, _)| k == name)
    };

    for name in MERCHANT_FIELDS {
        if let Some(at) = find(&pairs, name)
            && pairs[at].1 != signer.mch_id
        {
            return Err(Error::MerchantMismatch {
                field: name,
                configured: signer.mch_id.to_owned(),
                requested: pairs[at].1.clone().into_owned(),
            });
        }
    }
    for meta in fields.unwrap_or_default() {
        let Some(source) = meta.config else { continue };
        if find(&pairs, meta.name).is_some() {
            continue;
        }
        let (configured, setting) = match source {
            ConfigField::MchId => (Some(signer.mch_id), "mch_id"),
            ConfigField::AppId => (signer.appid, "appid"),
            ConfigField::SubAppId => (signer.sub_appid, "sub_appid"),
            ConfigField::SubMchId => (signer.sub_mch_id, "sub_mch_id"),
        };
        match configured {
            Some(value) => pairs.push((Cow::Borrowed(meta.name), Cow::Borrowed(value))),
            None if meta.required => {
                return Err(Error::invalid(
                    meta.name,
                    format!("required: set it on the request or configure the client's {setting}"),
                ));
            }
            None => {}
        }
    }
    match nonce {
        Nonce::Add(nonce) if find(&pairs, "nonce_str").is_none() => {
            let nonce = match nonce {
                Some(n) => Cow::Borrowed(n),
                None => Cow::Owned(crate::nonce::generate()),
            };
            pairs.push((Cow::Borrowed("nonce_str"), nonce));
        }
        Nonce::Add(_) => {}
        Nonce::Omit if fields.is_some() => {
            validate::no_nonce(pairs.iter().map(|(k, _)| k.as_ref()))
                .map_err(|v| Error::invalid(v.field, v.rule))?;
        }
        Nonce::Omit => {}
    }

    if let Some(fields) = fields {
        validate::check_slice(fields, &pairs, rules)
            .map_err(|v| Error::invalid(v.field, v.rule))?;
    }
    let query: Vec<_> = if query.is_empty() {
        Vec::new()
    } else {
        pairs
            .extract_if(.., |(k, _)| query.contains(&k.as_ref()))
            .collect()
    };
    for (name, value) in &query {
        xml::check_value(value).map_err(|why| Error::invalid(name.as_ref(), why))?;
    }

    let sign_type = match find(&pairs, "sign_type") {
        None => SignType::Md5,
        Some(at) => SignType::from_wire(&pairs[at].1)
            .ok_or_else(|| Error::invalid("sign_type", "must be `MD5` or `HMAC-SHA256`"))?,
    };
    pairs.sort_unstable_by(|a, b| sign::name_order(&a.0, &b.0));
    // Every value is checked for characters XML cannot carry, and in the same pass marked when
    // it will be written as CDATA (bit `i` for pair `i`; pairs past 64 are looked at again when
    // written).
    let mut special = 0u64;
    for (i, (name, value)) in pairs.iter().enumerate() {
        let cdata = xml::classify_value(value).map_err(|why| Error::invalid(name.as_ref(), why))?;
        if cdata && i < 64 {
            special |= 1 << i;
        }
    }
    let sign = sign::sign_sorted(
        pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())),
        signer.key,
        sign_type,
    );

    Ok(Prepared {
        pairs,
        special,
        query,
        sign_type,
        sign,
    })
}

/// Checks a response and verifies its sign; returns every field received, envelope included.
///
/// In order: HTTP status 200; a well-formed flat `<xml>` document, where only the nested fields
/// among `response` (the declared response fields; [`FieldKind::Nested`]) may hold elements,
/// kept as their markup; `return_code` (FAIL is [`Error::Protocol`]); the `sign` over every
/// received field when `signed` (a nested field's markup counts as its value); `result_code`
/// (FAIL is [`Error::Business`]).
///
/// [`FieldKind::Nested`]: crate::FieldKind::Nested
pub fn check_response<'a>(
    raw: &'a RawResponse,
    key: &ApiKey,
    sign_type: SignType,
    signed: bool,
    response: &[FieldMeta],
) -> Result<Vec<xml::Pair<'a>>> {
    let boxed = || Box::new(raw.clone());
    if raw.status != 200 {
        return Err(Error::HttpStatus { raw: boxed() });
    }
    let parsed = if response.iter().any(|f| f.kind.is_nested()) {
        xml::parse_document_with(&raw.body, "xml", |name| {
            crate::field::is_nested_field(response, name)
        })
    } else {
        xml::parse_document(&raw.body, "xml")
    };
    let pairs = parsed.map_err(|e| Error::Decode {
        reason: e.to_string(),
        raw: boxed(),
    })?;
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    };

    match get("return_code") {
        Some("SUCCESS") => {}
        Some("FAIL") => {
            return Err(Error::Protocol {
                return_msg: get("return_msg").unwrap_or_default().to_owned(),
                raw: boxed(),
            });
        }
        Some(other) => {
            return Err(Error::Decode {
                reason: format!("field `return_code`: unexpected value `{other}`"),
                raw: boxed(),
            });
        }
        None => {
            return Err(Error::Decode {
                reason: "field `return_code`: required but missing".to_owned(),
                raw: boxed(),
            });
        }
    }
    if signed {
        sign::verify(
            pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())),
            key,
            sign_type,
        )
        .map_err(|problem| Error::Signature {
            problem,
            raw: boxed(),
        })?;
    }
    if get("result_code") == Some("FAIL") {
        return Err(Error::Business {
            err_code: get("err_code").unwrap_or_default().to_owned(),
            err_code_des: get("err_code_des").unwrap_or_default().to_owned(),
            raw: boxed(),
        });
    }
    Ok(pairs)
}

/// Checks a JSON response ([`ResponseFormat::Json`]): HTTP status 200, a JSON object of scalar
/// members, `retcode` 0 (anything else is [`Error::Business`], with `retcode` as the code and
/// `retmsg` as the description). Returns the members as text, envelope included; numbers keep
/// their JSON spelling, and a nested value (none is documented) is kept as its JSON text.
pub fn check_json_response(raw: &RawResponse) -> Result<Vec<xml::Pair<'_>>> {
    use serde_json::Value;
    let boxed = || Box::new(raw.clone());
    if raw.status != 200 {
        return Err(Error::HttpStatus { raw: boxed() });
    }
    let decode = |reason: String| Error::Decode {
        reason,
        raw: boxed(),
    };
    let object: serde_json::Map<String, Value> =
        serde_json::from_slice(&raw.body).map_err(|e| decode(format!("not a JSON object: {e}")))?;
    let mut pairs: Vec<xml::Pair<'_>> = Vec::with_capacity(object.len());
    for (name, value) in object {
        let text = match value {
            Value::Null => continue,
            Value::String(s) => s,
            other => other.to_string(),
        };
        pairs.push((Cow::Owned(name), Cow::Owned(text)));
    }
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    };
    match get("retcode") {
        Some("0") => Ok(pairs),
        Some(code) => Err(Error::Business {
            err_code: code.to_owned(),
            err_code_des: get("retmsg").unwrap_or_default().to_owned(),
            raw: boxed(),
        }),
        None => Err(decode("field `retcode`: required but missing".to_owned())),
    }
}

/// Checks, verifies and decodes the response of a typed request.
///
/// JSON carried in field values may nest at most [`xml::DEFAULT_MAX_DEPTH`] levels deep; see
/// [`decode_response_with`].
pub fn decode_response<R: Request>(
    raw: &RawResponse,
    key: &ApiKey,
    sign_type: SignType,
) -> Result<R::Response> {
    decode_response_with::<R>(raw, key, sign_type, xml::DEFAULT_MAX_DEPTH)
}

/// [`decode_response`] with another bound on the nesting depth of the JSON carried in field
/// values ([`xml::check_depth`]): deeper is an [`Error::Decode`] naming the field and the limit,
/// checked after the sign and before anything is decoded.
pub fn decode_response_with<R: Request>(
    raw: &RawResponse,
    key: &ApiKey,
    sign_type: SignType,
    max_depth: usize,
) -> Result<R::Response> {
    let meta = R::ENDPOINT;
    let (pairs, envelope) = match meta.response_format {
        ResponseFormat::Json => (check_json_response(raw)?, JSON_ENVELOPE_FIELDS),
        _ => (
            check_response(raw, key, sign_type, meta.signed_response, meta.response)?,
            ENVELOPE_FIELDS,
        ),
    };
    check_depth(&pairs, max_depth, raw)?;
    let mut reader = FieldReader::new(pairs);
    reader.discard(envelope);
    R::Response::decode(&mut reader).map_err(|e| Error::Decode {
        reason: e.to_string(),
        raw: Box::new(raw.clone()),
    })
}

/// Checks and verifies an untyped response; returns every field received, envelope included.
/// `response` is the endpoint's declared response fields when it is known (its nested fields
/// come back as their markup; see [`check_response`]), or empty.
///
/// JSON carried in field values may nest at most [`xml::DEFAULT_MAX_DEPTH`] levels deep; see
/// [`decode_fields_with`].
pub fn decode_fields(
    raw: &RawResponse,
    key: &ApiKey,
    sign_type: SignType,
    signed: bool,
    format: ResponseFormat,
    response: &[FieldMeta],
) -> Result<BTreeMap<String, String>> {
    decode_fields_with(
        raw,
        key,
        sign_type,
        signed,
        format,
        response,
        xml::DEFAULT_MAX_DEPTH,
    )
}

/// [`decode_fields`] with another bound on the nesting depth of the JSON carried in field
/// values ([`xml::check_depth`]).
pub fn decode_fields_with(
    raw: &RawResponse,
    key: &ApiKey,
    sign_type: SignType,
    signed: bool,
    format: ResponseFormat,
    response: &[FieldMeta],
    max_depth: usize,
) -> Result<BTreeMap<String, String>> {
    let pairs = match format {
        ResponseFormat::Json => check_json_response(raw)?,
        _ => check_response(raw, key, sign_type, signed, response)?,
    };
    check_depth(&pairs, max_depth, raw)?;
    Ok(pairs
        .into_iter()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect())
}

/// [`xml::check_depth`], as an [`Error::Decode`] that keeps the response.
fn check_depth(pairs: &[xml::Pair<'_>], max_depth: usize, raw: &RawResponse) -> Result<()> {
    xml::check_depth(pairs, max_depth).map_err(|e| Error::Decode {
        reason: e.to_string(),
        raw: Box::new(raw.clone()),
    })
}
