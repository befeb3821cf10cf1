//! The protocol steps of one call, without I/O: build and sign a request body (or the text parts
//! of an upload), then check, verify and decode the response. The async and blocking clients, the
//! tests and the mock gateway all go through these functions, so there is one implementation of
//! each rule.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::endpoint::{
    ApiRequest, ENVELOPE_FIELDS, EndpointMeta, JSON_ENVELOPE_FIELDS, Message, ResponseFormat,
};
use crate::error::{Error, RawResponse, Result};
use crate::field::{FieldMeta, FieldReader};
use crate::media::Media;
use crate::outgoing::{self, Fields, Outgoing};
pub use crate::outgoing::{MERCHANT_FIELDS, SignedBody, SignedForm, Signer};
use crate::sign::{self, ApiKey, SignType};
use crate::xml;

/// Builds and signs the body of a typed request.
///
/// Fields left out that the endpoint fills from configuration (`appid`, `mch_id`) are filled; a
/// merchant id other than the configured one is refused; `nonce_str` is `nonce` or a fresh one
/// (none at all for an endpoint that takes none, [`EndpointMeta::nonce`], whatever `nonce`
/// says); required fields and length limits are checked. Nothing here does I/O.
pub fn sign_request<R: ApiRequest>(
    request: &R,
    signer: Signer<'_>,
    nonce: Option<&str>,
) -> Result<SignedBody> {
    outgoing::sign_body(&Outgoing::typed(R::ENDPOINT, request), signer, nonce)
}

/// Builds the signed URL of a typed request to a `signed_url` endpoint: the request's fields
/// and its `sign` as the query string of `base` (the endpoint's host and wire path), then the
/// fragment. No `nonce_str` is added: these requests carry their own `timestamp`.
///
/// With `signed` false (a `url` endpoint) the fields are checked and completed the same way but
/// no `sign` is appended.
pub fn sign_url<R: ApiRequest>(
    request: &R,
    signer: Signer<'_>,
    base: &str,
    fragment: Option<&str>,
    signed: bool,
) -> Result<String> {
    outgoing::sign_link(
        &Outgoing::typed(R::ENDPOINT, request),
        signer,
        base,
        fragment,
        signed,
    )
}

/// The URL of a `GET` call: `base` with the request's fields and `sign` as the query string,
/// no `nonce_str`; and the algorithm, to verify the answer with.
pub fn sign_query<R: ApiRequest>(
    request: &R,
    signer: Signer<'_>,
    base: &str,
) -> Result<(String, SignType)> {
    let (url, sign_type) =
        outgoing::sign_query(&Outgoing::typed(R::ENDPOINT, request), signer, base)?;
    Ok((url.into(), sign_type))
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
    let out = Outgoing {
        path: endpoint.map_or("", |e| e.path),
        meta: endpoint,
        fields: Fields::Map(map),
    };
    outgoing::sign_body(&out, signer, nonce)
}

/// Builds and signs the text parts of a typed upload request for `media`.
///
/// The file is checked first ([`Media`]'s rules: not empty, at most
/// [`MAX_MEDIA_BYTES`](crate::media::MAX_MEDIA_BYTES), a file name and a MIME type), an
/// [`Error::InvalidField`] naming `media` otherwise. When the endpoint declares `media_hash`
/// and the request leaves it out, it is the file's lower-case hex MD5; a `media_hash` given that
/// is not that is an [`Error::InvalidField`] naming it. Then the fields are checked, completed
/// and signed as for any request, without a `nonce_str`; the file is not part of the sign.
pub fn sign_upload<R: ApiRequest>(
    request: &R,
    signer: Signer<'_>,
    media: &Media,
) -> Result<SignedForm> {
    outgoing::sign_form(&Outgoing::typed(R::ENDPOINT, request), signer, media)
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
pub fn decode_response<R: ApiRequest>(
    raw: &RawResponse,
    key: &ApiKey,
    sign_type: SignType,
) -> Result<R::Response> {
    decode_response_with::<R>(raw, key, sign_type, xml::DEFAULT_MAX_DEPTH)
}

/// [`decode_response`] with another bound on the nesting depth of the JSON carried in field
/// values ([`xml::check_depth`]): deeper is an [`Error::Decode`] naming the field and the limit,
/// checked after the sign and before anything is decoded.
pub fn decode_response_with<R: ApiRequest>(
    raw: &RawResponse,
    key: &ApiKey,
    sign_type: SignType,
    max_depth: usize,
) -> Result<R::Response> {
    let mut slot: Option<R::Response> = None;
    let pairs = verify_answer(raw, key, sign_type, Some(R::ENDPOINT), max_depth)?;
    read_message(raw, pairs, R::ENDPOINT, &mut slot)?;
    slot.ok_or_else(not_decoded)
}

/// A message that reads its fields into itself: every [`Message`], in an `Option`, as a trait
/// object. Its one method is all a typed response instantiates on the way in.
pub trait Decode: Send {
    /// Reads the declared fields out of `fields` into `self`.
    fn decode(
        &mut self,
        fields: &mut FieldReader<'_>,
    ) -> std::result::Result<(), crate::error::FieldError>;
}

/// A typed response is decoded into an `Option` of it. No `?` here: it would be one more
/// generic function per endpoint.
impl<M: Message + Send> Decode for Option<M> {
    fn decode(
        &mut self,
        fields: &mut FieldReader<'_>,
    ) -> std::result::Result<(), crate::error::FieldError> {
        match M::decode(fields) {
            Ok(message) => {
                *self = Some(message);
                Ok(())
            }
            Err(err) => Err(err),
        }
    }
}

/// The error of a typed call whose exchange succeeded without decoding the answer (it
/// cannot happen: an exchange that succeeds has decoded it).
pub fn not_decoded() -> Error {
    Error::Config("the response was not decoded".into())
}

/// Checks and verifies the answer to a request to `meta`, or to an undeclared endpoint (an XML
/// answer, signed); JSON in field values nests at most `max_depth` levels. Returns every field
/// received, envelope included.
pub fn verify_answer<'r>(
    raw: &'r RawResponse,
    key: &ApiKey,
    sign_type: SignType,
    meta: Option<&EndpointMeta>,
    max_depth: usize,
) -> Result<Vec<xml::Pair<'r>>> {
    let pairs = match meta.map_or(ResponseFormat::Xml, |m| m.response_format) {
        ResponseFormat::Json => check_json_response(raw)?,
        _ => check_response(
            raw,
            key,
            sign_type,
            meta.is_none_or(|m| m.signed_response),
            meta.map_or(&[], |m| m.response),
        )?,
    };
    check_depth(&pairs, max_depth, raw)?;
    Ok(pairs)
}

/// Hands the verified fields of an answer to `decode`, the envelope set apart; a decoding
/// failure is an [`Error::Decode`] that keeps the answer.
pub fn read_message(
    raw: &RawResponse,
    pairs: Vec<xml::Pair<'_>>,
    meta: &EndpointMeta,
    decode: &mut dyn Decode,
) -> Result<()> {
    let envelope = match meta.response_format {
        ResponseFormat::Json => JSON_ENVELOPE_FIELDS,
        _ => ENVELOPE_FIELDS,
    };
    let mut reader = FieldReader::new(pairs);
    reader.discard(envelope);
    decode.decode(&mut reader).map_err(|e| Error::Decode {
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
