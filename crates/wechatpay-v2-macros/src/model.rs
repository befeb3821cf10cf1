//! The declaration model: what a `#[wechat_v2_api]` item says, independent of syntax.

use proc_macro2::Span;
use syn::{Ident, LitStr, Type};

/// One declared item.
pub(crate) enum Item {
    /// A struct: request, response or JSON object.
    Struct(Struct),
    /// An enum of wire values.
    WireEnum(WireEnum),
    /// An enum of JSON shapes (one of them).
    JsonOneOf(JsonOneOf),
}

/// What a struct declares.
pub(crate) enum StructRole {
    /// The request of the endpoint at `path`.
    Request(Endpoint),
    /// A response.
    Response,
    /// A JSON object carried in a string field.
    Json,
    /// One item of an indexed list.
    Item,
}

/// Endpoint-level settings of a request.
pub(crate) struct Endpoint {
    pub(crate) path: ApiPath,
    /// The response type (default `Response`; none for downloads and signed URLs).
    pub(crate) response: Option<Ident>,
    /// Base URL of another host.
    pub(crate) host: Option<String>,
    /// Needs the client certificate.
    pub(crate) cert: bool,
    /// Responses carry no sign.
    pub(crate) unsigned: bool,
    /// Responses are a JSON object (`retcode` / `retmsg`) rather than XML; implies `unsigned`.
    pub(crate) json_response: bool,
    /// Only reads: safe to retry.
    pub(crate) idempotent: bool,
    /// Sent without a `nonce_str` (`nonceless`): the documentation's requests carry none.
    pub(crate) nonceless: bool,
    /// Groups of fields (`one_of(..)`) of which one must be given; typed constructors take one
    /// of them (`by_transaction_id`, `by_out_trade_no`).
    pub(crate) one_of: Vec<Vec<Ident>>,
    /// Fields required only when another field has a value (`openid` for a `JSAPI` order).
    pub(crate) required_if: Vec<RequiredIf>,
    /// `GET` rather than `POST`.
    pub(crate) get: bool,
    pub(crate) kind: EndpointKind,
}

impl Endpoint {
    /// Whether requests carry a `nonce_str`: the XML calls and downloads of `POST`, unless
    /// declared `nonceless`. Signed URLs, uploads and `GET` calls never do.
    pub(crate) fn nonce(&self) -> bool {
        !self.nonceless
            && !self.get
            && matches!(self.kind, EndpointKind::Call | EndpointKind::Download)
    }
}

/// How the endpoint is used.
pub(crate) enum EndpointKind {
    Call,
    Download,
    /// A file upload (`multipart/form-data`), answered like a call.
    Upload,
    /// A URL for a browser; `signed` false for `url` (no sign appended).
    SignedUrl {
        fragment: Option<String>,
        signed: bool,
    },
}

/// A parsed `v2/...` path.
pub(crate) struct ApiPath {
    pub(crate) literal: LitStr,
    /// The segments after `v2`.
    pub(crate) segments: Vec<Segment>,
}

/// One path segment: as on the wire, and as a Rust accessor.
pub(crate) struct Segment {
    pub(crate) wire: String,
    pub(crate) accessor: Ident,
}

pub(crate) struct Struct {
    pub(crate) role: StructRole,
    pub(crate) ident: Ident,
    /// First line of the doc comment.
    pub(crate) title: String,
    pub(crate) fields: Vec<Field>,
}

/// Where a request field may come from when left out. The names mirror the wire fields.
#[derive(Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)]
pub(crate) enum ConfigSource {
    AppId,
    MchId,
    SubAppId,
    SubMchId,
}

pub(crate) struct Field {
    pub(crate) ident: Ident,
    /// Wire name.
    pub(crate) wire: String,
    /// Span of the wire name (the rename literal, or the ident).
    pub(crate) wire_span: Span,
    /// The declared type.
    pub(crate) ty: Type,
    /// Declared as `Option<..>`.
    pub(crate) is_option: bool,
    /// Required on the wire.
    pub(crate) required: bool,
    pub(crate) max_len: Option<u32>,
    pub(crate) doc: String,
    pub(crate) config: Option<ConfigSource>,
    /// A list of `#[wechat_v2_api(item)]` structs: `Vec<item>`.
    pub(crate) list: Option<List>,
    /// Sent in the URL's query string of a `POST`, not in the body, and not signed
    /// (`#[wechat(query)]`); the span of the attribute.
    pub(crate) query: Option<Span>,
}

/// A list field: its item type and how the items appear on the wire.
pub(crate) struct List {
    pub(crate) item: Type,
    pub(crate) form: ListForm,
}

pub(crate) enum ListForm {
    /// Indexed fields (`refund_id_0`, `refund_id_1`...); the field's `wire` name is the count.
    Indexed,
    /// Nested elements (a response only): the field's element once per item, or with `each`,
    /// the field's element holding one `<each>` element per item.
    Nested { each: Option<LitStr> },
}

pub(crate) struct WireEnum {
    pub(crate) ident: Ident,
    pub(crate) variants: Vec<WireVariant>,
}

pub(crate) struct WireVariant {
    pub(crate) ident: Ident,
    pub(crate) wire: String,
    pub(crate) wire_span: Span,
}

pub(crate) struct JsonOneOf {
    pub(crate) ident: Ident,
    /// Variant name and the one type it holds.
    pub(crate) variants: Vec<(Ident, Type)>,
}

/// `required_if(a | b, when = "VALUE")`: one of the fields is required when `when` is `VALUE`;
/// `required_if(a, when)`: when `when` is given at all.
#[derive(Clone)]
pub(crate) struct RequiredIf {
    /// The fields of which one is required (most often one).
    pub(crate) fields: Vec<Ident>,
    pub(crate) when: Ident,
    /// `None`: any value of `when`.
    pub(crate) equals: Option<LitStr>,
}
