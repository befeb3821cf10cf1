//! The request side of a call, without I/O: the fields of one request, typed or untyped, and
//! the endpoint they go to ([`Outgoing`]), checked, completed, sorted and signed into what goes
//! on the wire: an XML body, a query string, a signed URL or the text parts of an upload.
//!
//! Typed and untyped requests differ only in where their fields come from ([`Fields`]): from
//! here on they take the same path, so each rule (configuration fill, merchant check, nonce,
//! validation, sign) is written once. Nothing here is generic over the endpoint: a typed request
//! reaches it as a `dyn` [`Encode`], so an app pays for one copy of this code whatever number of
//! endpoints it calls.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::endpoint::{EndpointMeta, Message};
use crate::error::{Error, FieldError, Result};
use crate::field::{ConfigField, FieldMeta, FieldWriter};
use crate::media::{HASH_FIELD, Media};
use crate::sign::{self, ApiKey, SignType};
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
pub const MERCHANT_FIELDS: &[&str] = wechatpay_v2_facts::MERCHANT_FIELDS;

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

/// A message that writes its fields: every [`Message`], as a trait object. Its one method is
/// all a typed request instantiates on the way out.
pub trait Encode: Sync {
    /// Writes the fields (empty ones are left out).
    fn encode_into<'a>(&'a self, out: &mut FieldWriter<'a>) -> Result<(), FieldError>;
}

impl<M: Message + Sync> Encode for M {
    fn encode_into<'a>(&'a self, out: &mut FieldWriter<'a>) -> Result<(), FieldError> {
        self.encode(out)
    }
}

/// Where a request's fields come from.
#[derive(Clone, Copy)]
pub enum Fields<'a> {
    /// A typed request: its type guarantees value formats, so only presence is checked.
    Typed(&'a dyn Encode),
    /// An untyped map (the escape hatch): names and, for a declared endpoint, values are
    /// checked; a `sign` in it is ignored.
    Map(&'a BTreeMap<String, String>),
}

/// One request: its fields and the endpoint they go to.
#[derive(Clone, Copy)]
pub struct Outgoing<'a> {
    /// The SDK path (`v2/pay/orderquery`).
    pub path: &'a str,
    /// The declaration, when the path has one.
    pub meta: Option<&'static EndpointMeta>,
    /// The fields.
    pub fields: Fields<'a>,
}

impl std::fmt::Debug for Outgoing<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outgoing")
            .field("path", &self.path)
            .field("declared", &self.meta.is_some())
            .field("fields", &self.fields)
            .finish()
    }
}

/// Names the kind of fields only: values may be secret.
impl std::fmt::Debug for Fields<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fields::Typed(_) => f.write_str("Typed"),
            Fields::Map(map) => f.debug_tuple("Map").field(&map.keys()).finish(),
        }
    }
}

impl<'a> Outgoing<'a> {
    /// A typed request to its own endpoint (`R::ENDPOINT`). Not generic: the request is
    /// already a `dyn Encode` here.
    pub fn typed(meta: &'static EndpointMeta, request: &'a dyn Encode) -> Self {
        Self {
            path: meta.path,
            meta: Some(meta),
            fields: Fields::Typed(request),
        }
    }

    /// An untyped map of fields to `path`, declared (`meta`) or not; the path is checked.
    pub fn map(
        path: &'a str,
        meta: Option<&'static EndpointMeta>,
        fields: &'a BTreeMap<String, String>,
    ) -> Result<Self> {
        wire_path(path)?;
        Ok(Self {
            path,
            meta,
            fields: Fields::Map(fields),
        })
    }

    /// The path on the host (`pay/orderquery`): a typed request's declared one, or the checked
    /// path without `v2/`.
    pub fn wire_path(&self) -> &'a str {
        match (self.fields, self.meta) {
            (Fields::Typed(_), Some(meta)) => meta.wire_path,
            _ => self.path.strip_prefix("v2/").unwrap_or(self.path),
        }
    }

    /// Whether the call goes to a sandbox endpoint: as declared, or for an undeclared path by
    /// the declarations' rule.
    pub fn is_sandbox(&self) -> bool {
        self.meta.map_or_else(
            || wechatpay_v2_facts::is_sandbox_path(self.path),
            |m| m.sandbox,
        )
    }

    /// The declared request fields, if the endpoint is declared.
    fn declared(&self) -> Option<&'static [FieldMeta]> {
        self.meta.map(|m| m.request)
    }

    /// The declared requirements across fields: the groups of which one must be given, and the
    /// conditional ones.
    fn groups(&self) -> Across {
        self.meta.map_or((&[], &[]), |m| (m.one_of, m.required_if))
    }

    /// The fields, written, and the rules to check them with.
    fn writer(&self, extra: usize) -> Result<(FieldWriter<'a>, Rules)> {
        match self.fields {
            Fields::Typed(request) => {
                let declared = self.meta.map_or(0, |m| m.request.len());
                let mut out = FieldWriter::with_capacity(declared + extra);
                request
                    .encode_into(&mut out)
                    .map_err(|e| Error::invalid(e.field, e.reason))?;
                Ok((out, Rules::PRESENCE))
            }
            Fields::Map(map) => {
                let mut out = FieldWriter::with_capacity(map.len() + extra);
                for (name, value) in map {
                    if name != "sign" {
                        xml::check_name(name).map_err(|why| Error::invalid(name.as_str(), why))?;
                        out.put_str(name, value);
                    }
                }
                Ok((out, UNTYPED))
            }
        }
    }
}

/// Builds and signs a request body: `nonce_str` is `nonce` or a fresh one, unless the endpoint
/// takes none ([`EndpointMeta::nonce`]); see [`crate::sign_request`].
pub fn sign_body(
    out: &Outgoing<'_>,
    signer: Signer<'_>,
    nonce: Option<&str>,
) -> Result<SignedBody> {
    let (fields, rules) = out.writer(3)?;
    // A fresh nonce is drawn into this buffer rather than a `String` of its own: one
    // allocation fewer per request.
    let mut drawn = [0u8; crate::nonce::NONCE_LEN];
    let nonce = match out.meta {
        Some(m) if !m.nonce => Nonce::Omit,
        _ => Nonce::Add(Some(match nonce {
            Some(given) => given,
            None => crate::nonce::generate_into(&mut drawn),
        })),
    };
    let query = out.meta.map_or(&[][..], |m| m.query);
    prepare(
        fields,
        out.declared(),
        out.groups(),
        query,
        rules,
        signer,
        nonce,
    )
    .map(Prepared::into_body)
}

/// The signed URL of a request to a `signed_url` endpoint (or, `signed` false, the unsigned URL
/// of a `url` endpoint): the fields and `sign` as the query string of `base`, then `fragment`.
pub fn sign_link(
    out: &Outgoing<'_>,
    signer: Signer<'_>,
    base: &str,
    fragment: Option<&str>,
    signed: bool,
) -> Result<String> {
    let (fields, rules) = out.writer(2)?;
    let (mut url, _) = query_url(
        fields,
        out.declared(),
        out.groups(),
        rules,
        signer,
        base,
        signed,
    )?;
    url.set_fragment(fragment);
    Ok(url.into())
}

/// The URL of a `GET` call: `base` with the fields and `sign` as the query string, no
/// `nonce_str`; and the algorithm, to verify the answer with.
pub fn sign_query(
    out: &Outgoing<'_>,
    signer: Signer<'_>,
    base: &str,
) -> Result<(url::Url, SignType)> {
    let (fields, rules) = out.writer(2)?;
    query_url(
        fields,
        out.declared(),
        out.groups(),
        rules,
        signer,
        base,
        true,
    )
}

/// The signed text parts of an upload; see [`crate::sign_upload`].
pub fn sign_form(out: &Outgoing<'_>, signer: Signer<'_>, media: &Media) -> Result<SignedForm> {
    let (fields, rules) = out.writer(2)?;
    upload_form(fields, out.declared(), out.groups(), rules, signer, media)
}

/// The rules for untyped fields of a declared endpoint: values are checked too, since no type
/// guarantees them.
const UNTYPED: Rules = Rules {
    values: true,
    no_unknown: false,
};

/// `base` with the fields and, when `signed`, their `sign` as the query string (no nonce).
fn query_url<'a>(
    out: FieldWriter<'a>,
    fields: Option<&'static [FieldMeta]>,
    groups: Across,
    rules: Rules,
    signer: Signer<'a>,
    base: &str,
    signed: bool,
) -> Result<(url::Url, SignType)> {
    let prepared = prepare(out, fields, groups, &[], rules, signer, Nonce::Omit)?;
    let mut url = url::Url::parse(base)
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

fn upload_form<'a>(
    mut out: FieldWriter<'a>,
    fields: Option<&'static [FieldMeta]>,
    groups: Across,
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
    let prepared = prepare(out, fields, groups, &[], rules, signer, Nonce::Omit)?;
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

/// The requirements across a request's fields: its `one_of` groups and its conditions.
type Across = (
    &'static [&'static [&'static str]],
    &'static [crate::endpoint::Condition],
);

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
    groups: Across,
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
    let value = |name: &str| {
        find(&pairs, name)
            .map(|at| pairs[at].1.as_ref())
            .filter(|v| !v.is_empty())
    };
    validate::one_of(groups.0, |name| value(name).is_some())
        .and_then(|()| validate::conditions(groups.1, value))
        .map_err(|v| Error::invalid(v.field, v.rule))?;
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

/// Checks an SDK path and returns its wire path (without `v2/`).
pub fn wire_path(path: &str) -> Result<&str> {
    let malformed = |reason| Error::MalformedPath {
        path: path.to_owned(),
        reason,
    };
    let rest = path
        .strip_prefix("v2/")
        .ok_or_else(|| malformed("it must start with `v2/`"))?;
    if rest.is_empty() || rest.split('/').any(str::is_empty) {
        return Err(malformed("it has an empty segment"));
    }
    if rest.split('/').any(|s| s == "." || s == "..") {
        return Err(malformed("`.` and `..` segments are not allowed"));
    }
    if !rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'.'))
    {
        return Err(malformed(
            "segments may hold only ASCII letters, digits, `_`, `-` and `.`",
        ));
    }
    Ok(rest)
}
