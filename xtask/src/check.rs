//! `cargo xtask check-specs`: the declared endpoints and notifications against the reference
//! specs, field by field.
//!
//! Both sides are brought to the same small model, a [`Fact`] per field (name, required, maximum
//! length, kind), and compared by name: the spec side through the draft's own reading of a YAML
//! spec (`model::build`, so indexed `name_$n` fields are grouped into lists the way a draft
//! declares them), the declared side from the metadata the macro generates (`FieldMeta`).
//! Every difference is one line; `DEVIATIONS.md` lists the accepted ones with their reasons.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_norway::Value;
use wechatpay_v2::Apis;
use wechatpay_v2::handle::EndpointSet;
use wechatpay_v2::meta::{FieldKind, FieldMeta, JsonShape, Message, ResponseFormat};

use crate::model::{self, Member, NodeKind, Ty};
use crate::spec::{Loader, Operation, scalar_text};
use crate::tables;

/// What a field holds, as far as the comparison goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Integer,
    Enum(Vec<String>),
    /// A string carrying JSON of this shape.
    Json(Shape),
    /// An indexed list (`name_$n`): the field is its count, the facts its items' fields.
    List(Vec<Fact>),
    /// Nested XML elements, one per item.
    Nested(Vec<Fact>),
    /// A kind this tool does not know yet.
    Other,
}

/// The shape of the JSON in a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Not described (the spec's `x-json` gives no structure): not compared.
    Opaque,
    Object(Vec<Fact>),
    Array(Box<Kind>),
    /// One of these objects.
    OneOf(Vec<Vec<Fact>>),
}

impl Shape {
    fn label(&self) -> String {
        match self {
            Shape::Opaque => "unknown".into(),
            Shape::Object(_) => "object".into(),
            Shape::Array(_) => "array".into(),
            Shape::OneOf(shapes) => format!("one of {} objects", shapes.len()),
        }
    }
}

impl Kind {
    fn label(&self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Integer => "integer",
            Kind::Enum(_) => "enum",
            Kind::Json(_) => "json",
            Kind::List(_) => "list",
            Kind::Nested(_) => "nested list",
            Kind::Other => "unknown",
        }
    }

    /// Free text on the wire, where a maximum length means something.
    fn text_like(&self) -> bool {
        matches!(self, Kind::Text | Kind::Json(_))
    }
}

/// One field, from either side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fact {
    pub(crate) name: String,
    pub(crate) required: bool,
    pub(crate) max_len: Option<u64>,
    pub(crate) kind: Kind,
}

/// The kinds of difference, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DiffKind {
    NotDeclared,
    NoSpec,
    OnlySpec,
    OnlyDeclared,
    Type,
    Required,
    EnumValues,
    MaxLen,
}

impl DiffKind {
    const ALL: [DiffKind; 8] = [
        DiffKind::OnlySpec,
        DiffKind::OnlyDeclared,
        DiffKind::Type,
        DiffKind::Required,
        DiffKind::EnumValues,
        DiffKind::MaxLen,
        DiffKind::NotDeclared,
        DiffKind::NoSpec,
    ];

    fn label(self) -> &'static str {
        match self {
            DiffKind::NotDeclared => "not declared",
            DiffKind::NoSpec => "without a spec",
            DiffKind::OnlySpec => "only in the spec",
            DiffKind::OnlyDeclared => "only in the declaration",
            DiffKind::Type => "type",
            DiffKind::Required => "required",
            DiffKind::EnumValues => "enum values",
            DiffKind::MaxLen => "max length",
        }
    }
}

/// One difference: `line` is what is printed under its group and listed in `DEVIATIONS.md`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Difference {
    /// Request before response (the order of the sides).
    rank: u8,
    field: String,
    pub(crate) line: String,
    pub(crate) kind: DiffKind,
}

/// The differences of one endpoint (`v2/...`) or notification (`notifications/<page>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    pub(crate) name: String,
    pub(crate) diffs: Vec<Difference>,
}

/// Where a side's messages come from: request fields are sent, the others received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Request,
    Response,
    Notification,
    /// The decrypted content of an encrypted notification field (`req_info`).
    Encrypted(&'static str),
}

impl Side {
    fn label(self) -> &'static str {
        match self {
            Side::Request => "request",
            Side::Response => "response",
            Side::Notification => "notification",
            Side::Encrypted(field) => field,
        }
    }

    fn rank(self) -> u8 {
        match self {
            Side::Request => 0,
            Side::Response => 1,
            Side::Notification => 2,
            Side::Encrypted(_) => 3,
        }
    }

    /// The framework's own fields on this side: left out of the comparison.
    fn is_framework(self, name: &str) -> bool {
        match self {
            Side::Request => wechatpay_v2_facts::FRAMEWORK_REQUEST_FIELDS.contains(&name),
            // The framework verifies a received message's `sign` with its `sign_type`.
            _ => wechatpay_v2_facts::ENVELOPE_FIELDS.contains(&name) || name == "sign_type",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The declared side.

/// The facts of declared fields.
pub(crate) fn declared_facts(fields: &[FieldMeta]) -> Vec<Fact> {
    fields
        .iter()
        .map(|f| Fact {
            name: f.name.to_owned(),
            required: f.required,
            max_len: f.max_len.map(u64::from),
            kind: declared_kind(&f.kind),
        })
        .collect()
}

fn declared_kind(kind: &FieldKind) -> Kind {
    match kind {
        FieldKind::Text => Kind::Text,
        FieldKind::Integer => Kind::Integer,
        FieldKind::Enum(values) => Kind::Enum(values.iter().map(|v| (*v).to_owned()).collect()),
        FieldKind::Json(shape) => Kind::Json(declared_shape(shape)),
        FieldKind::List(items) => Kind::List(declared_facts(items)),
        FieldKind::Nested { fields, .. } => Kind::Nested(declared_facts(fields)),
        _ => Kind::Other,
    }
}

fn declared_shape(shape: &JsonShape) -> Shape {
    match shape {
        JsonShape::Object(fields) => Shape::Object(declared_facts(fields)),
        JsonShape::Array(kind) => Shape::Array(Box::new(declared_kind(kind))),
        JsonShape::OneOf(shapes) => Shape::OneOf(
            shapes
                .iter()
                .map(|s| match s {
                    JsonShape::Object(fields) => declared_facts(fields),
                    _ => Vec::new(),
                })
                .collect(),
        ),
        _ => Shape::Opaque,
    }
}

/// The declared notifications: per callback page (`webhooks-v2/<page>.md`), the sides and their
/// fields. A notification declared in `api-specs/src/notifications` belongs here.
fn declared_notifications() -> BTreeMap<&'static str, Vec<(Side, &'static [FieldMeta])>> {
    use wechatpay_v2::notifications::{
        combined_transactions_success, pap_contract_state_changed, refund_processed,
        transaction_success, transactions_risk_occurred, vehicle_state_changed,
    };
    BTreeMap::from([
        (
            "combined-transactions-success",
            vec![(
                Side::Notification,
                <combined_transactions_success::Notification as Message>::FIELDS,
            )],
        ),
        (
            "pap-contract-state-changed",
            vec![(
                Side::Notification,
                <pap_contract_state_changed::Notification as Message>::FIELDS,
            )],
        ),
        (
            "transactions-risk-occurred",
            vec![(
                Side::Notification,
                <transactions_risk_occurred::Notification as Message>::FIELDS,
            )],
        ),
        (
            "transaction-success",
            vec![(
                Side::Notification,
                <transaction_success::Notification as Message>::FIELDS,
            )],
        ),
        (
            "refund-processed",
            vec![
                (
                    Side::Notification,
                    <refund_processed::Notification as Message>::FIELDS,
                ),
                (
                    Side::Encrypted("req_info"),
                    <refund_processed::RefundInfo as Message>::FIELDS,
                ),
            ],
        ),
        (
            "vehicle-state-changed-for-parking",
            vec![(
                Side::Notification,
                <vehicle_state_changed::Notification as Message>::FIELDS,
            )],
        ),
    ])
}

// ---------------------------------------------------------------------------------------------
// The spec side.

/// The operation with its query, header and form parameters (files aside) moved into the body
/// schema: a declaration declares them all as fields (a `POST`'s query ones `#[wechat(query)]`).
fn params_in_body(op: &Operation) -> Operation {
    let mut op = op.clone();
    if op.params.is_empty() {
        return op;
    }
    let mut body = op
        .body
        .as_ref()
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    let mut props = body
        .get("properties")
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    let mut required = body
        .get("required")
        .and_then(Value::as_sequence)
        .cloned()
        .unwrap_or_default();
    let mut files = Vec::new();
    for p in std::mem::take(&mut op.params) {
        if p.schema.get("type").and_then(scalar_text).as_deref() == Some("file") {
            files.push(p);
            continue;
        }
        if p.required {
            required.push(Value::from(p.name.as_str()));
        }
        props.insert(Value::from(p.name.as_str()), p.schema);
    }
    body.insert("properties".into(), Value::Mapping(props));
    body.insert("required".into(), Value::Sequence(required));
    op.body = Some(Value::Mapping(body));
    op.params = files;
    op
}

/// The request and response facts of an endpoint spec.
pub(crate) fn spec_facts(op: &Operation) -> (Vec<Fact>, Vec<Fact>) {
    let op = params_in_body(op);
    let ep = model::build(&op, None);
    let request = member_facts(&ep, &ep.request, op.body.as_ref());
    let response = member_facts(&ep, &ep.response, op.response.as_ref());
    (request, response)
}

/// The facts of a received message's schema (a notification's body).
pub(crate) fn received_facts(schema: &Value) -> Vec<Fact> {
    let op = Operation {
        path: "notification".into(),
        method: "POST".into(),
        summary: String::new(),
        description: String::new(),
        cert: false,
        base_uri: None,
        consumes: Vec::new(),
        produces: Vec::new(),
        deprecated: false,
        body: None,
        params: Vec::new(),
        response: Some(schema.clone()),
        response_codes: vec!["200".into()],
    };
    spec_facts(&op).1
}

fn member_facts(ep: &model::Endpoint, members: &[Member], schema: Option<&Value>) -> Vec<Fact> {
    let raw: BTreeMap<String, Value> = schema
        .map(model::props_of)
        .unwrap_or_default()
        .into_iter()
        .collect();
    let mut out = Vec::new();
    for member in members {
        let Member::Field(f) = member else { continue };
        if let Some(list) = &f.list {
            let items = match &f.ty {
                Ty::Node(id) => match &ep.nodes[*id].kind {
                    NodeKind::Item(items) => member_facts(ep, items, None),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            out.push(Fact {
                name: f.wire.clone(),
                required: list.required,
                max_len: None,
                kind: Kind::List(items),
            });
            continue;
        }
        let mut kind = ty_kind(ep, &f.ty);
        if kind == Kind::Text
            && let Some(items) = raw.get(&f.wire).and_then(nested_items)
        {
            kind = Kind::Nested(plain_facts(&items));
        }
        out.push(Fact {
            name: f.wire.clone(),
            // A configuration field is `Option` in a draft; `optional_flag` keeps what the spec said.
            required: if f.config {
                !f.optional_flag
            } else {
                !f.option
            },
            max_len: f.max_len,
            kind,
        });
    }
    out
}

fn ty_kind(ep: &model::Endpoint, ty: &Ty) -> Kind {
    match ty {
        Ty::Text => Kind::Text,
        Ty::Int { .. } => Kind::Integer,
        Ty::SignType => Kind::Enum(vec!["MD5".into(), "HMAC-SHA256".into()]),
        Ty::Vec(inner) => Kind::Json(Shape::Array(Box::new(ty_kind(ep, inner)))),
        Ty::Node(id) => match &ep.nodes[*id].kind {
            NodeKind::Enum(variants) => {
                Kind::Enum(variants.iter().map(|v| v.value.clone()).collect())
            }
            NodeKind::Json(members) => Kind::Json(Shape::Object(member_facts(ep, members, None))),
            NodeKind::OneOf(shapes) => Kind::Json(Shape::OneOf(
                shapes
                    .iter()
                    .map(|shape| match &ep.nodes[shape.node].kind {
                        NodeKind::Json(members) => member_facts(ep, members, None),
                        _ => Vec::new(),
                    })
                    .collect(),
            )),
            NodeKind::Item(items) => Kind::List(member_facts(ep, items, None)),
        },
    }
}

/// The item schema of a field that holds nested XML elements (an object or array without
/// `x-json`): the items of an array, the items of the one array an object wraps
/// (`<hblist><hbinfo>..</hbinfo></hblist>`), or the object itself.
fn nested_items(schema: &Value) -> Option<Value> {
    if schema.get("x-json").is_some() {
        return None;
    }
    let ty = schema.get("type").and_then(scalar_text).unwrap_or_default();
    let items_of = |s: &Value| {
        s.get("items")
            .filter(|i| i.get("properties").is_some())
            .cloned()
    };
    match ty.as_str() {
        "array" => items_of(schema),
        "object" | "" => {
            let props = model::props_of(schema);
            match props.as_slice() {
                [] => None,
                [(_, only)]
                    if only.get("type").and_then(scalar_text).as_deref() == Some("array") =>
                {
                    items_of(only)
                }
                _ => Some(schema.clone()),
            }
        }
        _ => None,
    }
}

/// The facts of a plain object schema (the items of nested XML): text, integers and enums.
fn plain_facts(schema: &Value) -> Vec<Fact> {
    let required = model::required_of(schema);
    model::props_of(schema)
        .into_iter()
        .map(|(name, s)| {
            let values: Vec<String> = s
                .get("enum")
                .and_then(Value::as_sequence)
                .map(|vs| vs.iter().filter_map(scalar_text).collect())
                .unwrap_or_default();
            let kind = if !values.is_empty() {
                Kind::Enum(values)
            } else if s.get("type").and_then(scalar_text).as_deref() == Some("integer") {
                Kind::Integer
            } else {
                Kind::Text
            };
            Fact {
                required: required.contains(&name),
                max_len: s
                    .get("maxLength")
                    .and_then(Value::as_u64)
                    .filter(|_| kind.text_like()),
                name,
                kind,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The comparison.

/// Index tokens of list items, by depth: `coupon_id_$n`, `coupon_refund_id_$n_$m`.
const TOKENS: [&str; 4] = ["_$n", "_$m", "_$k", "_$l"];

fn required_word(required: bool) -> &'static str {
    if required { "required" } else { "optional" }
}

fn len_text(len: Option<u64>) -> String {
    len.map_or_else(|| "none".to_owned(), |n| n.to_string())
}

struct Compare<'a> {
    side: Side,
    /// The documentation page's required flags of this side, by field name.
    docs: Option<&'a BTreeMap<String, bool>>,
    out: Vec<Difference>,
}

impl Compare<'_> {
    fn push(&mut self, field: &str, kind: DiffKind, text: String) {
        self.out.push(Difference {
            rank: self.side.rank(),
            field: field.to_owned(),
            line: format!("{} {field}: {text}", self.side.label()),
            kind,
        });
    }

    /// Compares two field lists; `prefix` and `suffix` make the names of nested and list items.
    fn fields(&mut self, spec: &[Fact], declared: &[Fact], prefix: &str, depth: usize) {
        let top = prefix.is_empty() && depth == 0;
        let suffix: String = TOKENS.iter().take(depth).copied().collect();
        let keep = |f: &&Fact| !(top && self.side.is_framework(&f.name));
        let spec: Vec<&Fact> = spec.iter().filter(keep).collect();
        let declared: Vec<&Fact> = declared.iter().filter(keep).collect();
        let names: BTreeSet<&str> = spec
            .iter()
            .chain(&declared)
            .map(|f| f.name.as_str())
            .collect();
        for name in names {
            let shown = format!("{prefix}{name}{suffix}");
            let s = spec.iter().find(|f| f.name == name);
            let d = declared.iter().find(|f| f.name == name);
            match (s, d) {
                (Some(s), None) => self.push(
                    &shown,
                    DiffKind::OnlySpec,
                    format!(
                        "only in the spec ({}, {})",
                        s.kind.label(),
                        required_word(s.required)
                    ),
                ),
                (None, Some(d)) => self.push(
                    &shown,
                    DiffKind::OnlyDeclared,
                    format!(
                        "only in the declaration ({}, {})",
                        d.kind.label(),
                        required_word(d.required)
                    ),
                ),
                (Some(s), Some(d)) => self.field(s, d, &shown, prefix, depth),
                (None, None) => {}
            }
        }
    }

    fn field(&mut self, s: &Fact, d: &Fact, shown: &str, prefix: &str, depth: usize) {
        let top = prefix.is_empty() && depth == 0;
        if s.required != d.required {
            let docs = self
                .docs
                .and_then(|docs| docs.get(shown))
                .filter(|&&r| r != s.required)
                .map(|&r| format!(" (the docs page: {})", required_word(r)))
                .unwrap_or_default();
            self.push(
                shown,
                DiffKind::Required,
                format!(
                    "required: spec {}, declared {}{docs}",
                    required_word(s.required),
                    required_word(d.required)
                ),
            );
        }
        // A request's `sign_type` is the SDK's `SignType`, whatever values the spec lists.
        if top && self.side == Side::Request && s.name == "sign_type" {
            return;
        }
        self.kinds(&s.kind, &d.kind, shown, prefix, depth);
        if s.kind.text_like() && d.kind.text_like() && s.max_len != d.max_len {
            self.push(
                shown,
                DiffKind::MaxLen,
                format!(
                    "max length: spec {}, declared {}",
                    len_text(s.max_len),
                    len_text(d.max_len)
                ),
            );
        }
    }
    /// Compares what two fields hold: enum values, list items, JSON members.
    fn kinds(&mut self, s: &Kind, d: &Kind, shown: &str, prefix: &str, depth: usize) {
        match (s, d) {
            (Kind::Enum(sv), Kind::Enum(dv)) => {
                let missing: Vec<&str> = sv
                    .iter()
                    .filter(|v| !dv.contains(v))
                    .map(String::as_str)
                    .collect();
                let extra: Vec<&str> = dv
                    .iter()
                    .filter(|v| !sv.contains(v))
                    .map(String::as_str)
                    .collect();
                if !missing.is_empty() {
                    self.push(
                        shown,
                        DiffKind::EnumValues,
                        format!("enum values only in the spec: {}", missing.join(", ")),
                    );
                }
                if !extra.is_empty() {
                    self.push(
                        shown,
                        DiffKind::EnumValues,
                        format!("enum values only in the declaration: {}", extra.join(", ")),
                    );
                }
            }
            // An item's fields are named by their own name and one more index token.
            (Kind::List(si), Kind::List(di)) => self.fields(si, di, prefix, depth + 1),
            (Kind::Nested(si), Kind::Nested(di)) => {
                self.fields(si, di, &format!("{shown}."), 0);
            }
            (Kind::Json(ss), Kind::Json(ds)) => self.shapes(ss, ds, shown),
            (a, b) if a.label() != b.label() => self.push(
                shown,
                DiffKind::Type,
                format!("type: spec {}, declared {}", a.label(), b.label()),
            ),
            _ => {}
        }
    }

    /// Compares the JSON two fields carry: an object's members are named `field.member`, an
    /// array's items `field[]`, the objects of a choice `field#1.member`.
    fn shapes(&mut self, s: &Shape, d: &Shape, shown: &str) {
        match (s, d) {
            (Shape::Opaque, _) | (_, Shape::Opaque) => {}
            (Shape::Object(sf), Shape::Object(df)) => self.fields(sf, df, &format!("{shown}."), 0),
            (Shape::Array(sk), Shape::Array(dk)) => {
                let items = format!("{shown}[]");
                self.kinds(sk, dk, &items, &items, 0);
            }
            (Shape::OneOf(sv), Shape::OneOf(dv)) if sv.len() == dv.len() => {
                for (i, (sf, df)) in sv.iter().zip(dv).enumerate() {
                    self.fields(sf, df, &format!("{shown}#{}.", i + 1), 0);
                }
            }
            _ => self.push(
                shown,
                DiffKind::Type,
                format!("json: spec {}, declared {}", s.label(), d.label()),
            ),
        }
    }
}

/// The differences of one side of a message.
pub(crate) fn compare(
    side: Side,
    spec: &[Fact],
    declared: &[Fact],
    docs: Option<&BTreeMap<String, bool>>,
) -> Vec<Difference> {
    let mut cx = Compare {
        side,
        docs,
        out: Vec::new(),
    };
    cx.fields(spec, declared, "", 0);
    cx.out.sort();
    cx.out
}

fn whole(kind: DiffKind, text: &str) -> Difference {
    Difference {
        rank: 0,
        field: String::new(),
        line: text.to_owned(),
        kind,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the specs folder.

/// The reference specs: the `openapi-v2` folder and the folders beside it.
#[derive(Debug)]
pub(crate) struct Sources {
    pub(crate) openapi: PathBuf,
    pub(crate) docs: Option<PathBuf>,
    pub(crate) webhooks: Option<PathBuf>,
}

impl Sources {
    /// `dir` is the `specs` folder or its `openapi-v2` folder.
    pub(crate) fn locate(dir: &Path) -> Result<Sources, String> {
        let root = if dir.join("openapi-v2").is_dir() {
            dir.to_path_buf()
        } else if dir.join("v2").is_dir() || dir.file_name().is_some_and(|n| n == "openapi-v2") {
            dir.parent().map(Path::to_path_buf).unwrap_or_default()
        } else {
            return Err(format!(
                "{}: neither a `specs` folder (with `openapi-v2`) nor an `openapi-v2` folder",
                dir.display()
            ));
        };
        let openapi = if dir.join("openapi-v2").is_dir() {
            dir.join("openapi-v2")
        } else {
            dir.to_path_buf()
        };
        let beside = |name: &str| {
            let p = root.join(name);
            if p.is_dir() {
                Some(p)
            } else {
                eprintln!("warning: no {} beside {}", name, openapi.display());
                None
            }
        };
        Ok(Sources {
            docs: beside("docs-v2"),
            webhooks: beside("webhooks-v2"),
            openapi,
        })
    }
}

fn files_with(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("read {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            files_with(&path, ext, out)?;
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    Ok(())
}

/// `v2/...` of a file under `base` (`base/v2/pay/micropay.md` → `v2/pay/micropay`).
fn rel_path(base: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(base).ok()?.with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(parts.join("/"))
}

/// Compares everything; errors reading a spec are returned beside the groups.
pub(crate) fn check(sources: &Sources) -> (Vec<Group>, Vec<String>) {
    let mut errors = Vec::new();
    let mut groups = Vec::new();

    // Endpoint specs by path; documentation pages by path.
    let mut yaml = BTreeMap::new();
    let mut files = Vec::new();
    let v2 = sources.openapi.join("v2");
    if let Err(e) = files_with(&v2, "yaml", &mut files) {
        errors.push(e);
    }
    for file in files {
        if let Some(path) = rel_path(&sources.openapi, &file) {
            yaml.insert(path, file);
        }
    }
    let mut docs: BTreeMap<String, String> = BTreeMap::new();
    if let Some(dir) = &sources.docs {
        let mut files = Vec::new();
        if let Err(e) = files_with(&dir.join("v2"), "md", &mut files) {
            errors.push(e);
        }
        for file in files {
            match (rel_path(dir, &file), fs::read_to_string(&file)) {
                (Some(path), Ok(text)) => {
                    docs.insert(path, text);
                }
                (_, Err(e)) => errors.push(format!("read {}: {e}", file.display())),
                (None, _) => {}
            }
        }
    }
    // A page that says the endpoint moved: the spec of where it moved to.
    let moved: BTreeMap<&str, String> = docs
        .iter()
        .filter(|(p, _)| !yaml.contains_key(*p))
        .filter_map(|(p, text)| Some((p.as_str(), tables::moved_to(text)?)))
        .collect();
    let declared: BTreeMap<&str, _> = Apis::endpoints().iter().map(|m| (m.path, *m)).collect();
    let paths: BTreeSet<&str> = yaml
        .keys()
        .map(String::as_str)
        .chain(moved.keys().copied())
        .chain(declared.keys().copied())
        .collect();

    let mut loader = Loader::default();
    for path in paths {
        let spec_path = moved.get(path).map_or(path, String::as_str);
        let meta = declared.get(path);
        let Some(file) = yaml.get(spec_path) else {
            groups.push(Group {
                name: path.to_owned(),
                diffs: vec![whole(DiffKind::NoSpec, "no spec for this endpoint")],
            });
            continue;
        };
        let Some(meta) = meta else {
            groups.push(Group {
                name: path.to_owned(),
                diffs: vec![whole(DiffKind::NotDeclared, "endpoint not declared")],
            });
            continue;
        };
        let op = match loader.operation(file, spec_path) {
            Ok(op) => op,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let page = docs
            .get(spec_path)
            .map(|text| tables::docs_required(text))
            .unwrap_or_default();
        let (request, mut response) = spec_facts(&op);
        if meta.response_format == ResponseFormat::Json {
            // A JSON answer's envelope (`retcode`, `retmsg`) is the framework's too.
            response
                .retain(|f| !wechatpay_v2_facts::JSON_ENVELOPE_FIELDS.contains(&f.name.as_str()));
        }
        let mut diffs = compare(
            Side::Request,
            &request,
            &declared_facts(meta.request),
            Some(&page.request),
        );
        diffs.extend(compare(
            Side::Response,
            &response,
            &declared_facts(meta.response),
            Some(&page.response),
        ));
        groups.push(Group {
            name: path.to_owned(),
            diffs,
        });
    }

    // Notifications, by callback page.
    let mut pages: BTreeMap<String, tables::Webhook> = BTreeMap::new();
    if let Some(dir) = &sources.webhooks {
        let mut files = Vec::new();
        if let Err(e) = files_with(dir, "md", &mut files) {
            errors.push(e);
        }
        for file in files {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if stem.eq_ignore_ascii_case("readme") {
                continue;
            }
            match fs::read_to_string(&file)
                .map_err(|e| e.to_string())
                .and_then(|t| tables::webhook(&t))
            {
                Ok(hook) => {
                    pages.insert(stem, hook);
                }
                Err(e) => errors.push(format!("{}: {e}", file.display())),
            }
        }
    }
    let notifications = declared_notifications();
    let stems: BTreeSet<&str> = pages
        .keys()
        .map(String::as_str)
        .chain(notifications.keys().copied())
        .collect();
    for stem in stems {
        let name = format!("notifications/{stem}");
        let diffs = match (pages.get(stem), notifications.get(stem)) {
            (None, _) => vec![whole(DiffKind::NoSpec, "no spec for this notification")],
            (Some(_), None) => vec![whole(DiffKind::NotDeclared, "notification not declared")],
            (Some(hook), Some(sides)) => notification_diffs(hook, sides),
        };
        groups.push(Group { name, diffs });
    }

    for g in &mut groups {
        g.diffs.sort();
        g.diffs.dedup();
    }
    groups.retain(|g| !g.diffs.is_empty());
    groups.sort_by(|a, b| {
        (a.name.starts_with("notifications/"), &a.name)
            .cmp(&(b.name.starts_with("notifications/"), &b.name))
    });
    (groups, errors)
}

/// The differences of one notification: its body, and each encrypted field's content.
pub(crate) fn notification_diffs(
    hook: &tables::Webhook,
    sides: &[(Side, &'static [FieldMeta])],
) -> Vec<Difference> {
    let declared_of = |side: Side| {
        sides
            .iter()
            .find(|(s, _)| *s == side)
            .map(|(_, f)| declared_facts(f))
            .unwrap_or_default()
    };
    let encrypted: Vec<&str> = hook.encrypted.iter().map(|(n, _)| n.as_str()).collect();
    let body: Vec<Fact> = received_facts(&hook.body)
        .into_iter()
        .filter(|f| !encrypted.contains(&f.name.as_str()))
        .collect();
    let mut diffs = compare(
        Side::Notification,
        &body,
        &declared_of(Side::Notification),
        None,
    );
    for (field, schema) in &hook.encrypted {
        let side = sides
            .iter()
            .map(|(s, _)| *s)
            .find(|s| matches!(s, Side::Encrypted(n) if n == field));
        let spec = received_facts(schema);
        match side {
            Some(side) => diffs.extend(compare(side, &spec, &declared_of(side), None)),
            None => diffs.push(Difference {
                rank: 3,
                field: field.clone(),
                line: format!("{field}: content not declared ({} fields)", spec.len()),
                kind: DiffKind::NotDeclared,
            }),
        }
    }
    diffs
}

// ---------------------------------------------------------------------------------------------
// The accepted differences (`DEVIATIONS.md`).

/// Reasons start with one of these.
const REASONS: [&str; 3] = ["deliberate", "spec error", "gap"];

/// One listed difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) group: String,
    pub(crate) line: String,
    pub(crate) reason: String,
}

/// The entries of a deviations file, and what is wrong with its lines.
///
/// Format: a `## <endpoint>` heading per group (`v2/...` or `notifications/...`; other headings
/// end a group), then one bullet per difference,
/// `` - `<the difference as printed>` — <reason> `` (the separator may also be `:` or `-`),
/// the reason starting with `deliberate`, `spec error` or `gap`.
pub(crate) fn parse_deviations(text: &str) -> (Vec<Entry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let mut group: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.starts_with('#') {
            // A group is headed by its name; other headings (the introduction's) end it.
            let heading = line.trim_start_matches('#').trim().trim_matches('`');
            group = (heading.starts_with("v2/") || heading.starts_with("notifications/"))
                .then(|| heading.to_owned());
            continue;
        }
        let Some(rest) = line.strip_prefix("- `") else {
            continue;
        };
        let Some(group) = &group else {
            // Bullets before the first group heading belong to the introduction.
            continue;
        };
        let Some(close) = rest.find('`') else {
            problems.push(format!("line {n}: no closing backtick"));
            continue;
        };
        let diff = &rest[..close];
        let reason = rest[close + 1..]
            .trim_start_matches([' ', ':', '-', '—'])
            .trim()
            .to_owned();
        if !REASONS
            .iter()
            .any(|r| reason.to_ascii_lowercase().starts_with(r))
        {
            problems.push(format!(
                "line {n}: the reason should start with {}: `{diff}`",
                REASONS.join(", ")
            ));
        }
        entries.push(Entry {
            group: group.clone(),
            line: diff.to_owned(),
            reason,
        });
    }
    (entries, problems)
}

/// What `--strict` finds: differences not listed, entries no difference matches.
#[derive(Debug, Default)]
pub(crate) struct Verdict {
    pub(crate) unlisted: Vec<(String, String)>,
    pub(crate) stale: Vec<(String, String)>,
}

pub(crate) fn judge(groups: &[Group], entries: &[Entry]) -> Verdict {
    let listed: HashSet<(&str, &str)> = entries
        .iter()
        .map(|e| (e.group.as_str(), e.line.as_str()))
        .collect();
    let found: HashSet<(&str, &str)> = groups
        .iter()
        .flat_map(|g| g.diffs.iter().map(|d| (g.name.as_str(), d.line.as_str())))
        .collect();
    let mut verdict = Verdict::default();
    for g in groups {
        for d in &g.diffs {
            if !listed.contains(&(g.name.as_str(), d.line.as_str())) {
                verdict.unlisted.push((g.name.clone(), d.line.clone()));
            }
        }
    }
    for e in entries {
        if !found.contains(&(e.group.as_str(), e.line.as_str())) {
            verdict.stale.push((e.group.clone(), e.line.clone()));
        }
    }
    verdict
}

// ---------------------------------------------------------------------------------------------
// Output.

/// The report: each group's name, then its differences indented, then a summary line.
pub(crate) fn report(groups: &[Group]) -> String {
    let mut out = String::new();
    for g in groups {
        out.push_str(&g.name);
        out.push('\n');
        for d in &g.diffs {
            out.push_str("  ");
            out.push_str(&d.line);
            out.push('\n');
        }
    }
    out.push_str(&summary(groups));
    out.push('\n');
    out
}

/// `N differences in M endpoints and notifications: a only in the spec, ...`.
pub(crate) fn summary(groups: &[Group]) -> String {
    let total: usize = groups.iter().map(|g| g.diffs.len()).sum();
    let counts: Vec<String> = DiffKind::ALL
        .iter()
        .map(|&k| {
            let n = groups
                .iter()
                .flat_map(|g| &g.diffs)
                .filter(|d| d.kind == k)
                .count();
            format!("{n} {}", k.label())
        })
        .collect();
    format!(
        "{total} differences in {} endpoints and notifications: {}",
        groups.len(),
        counts.join(", ")
    )
}

/// The groups as `DEVIATIONS.md` sections, with the reasons `entries` give (`TODO` for the
/// differences they do not list).
pub(crate) fn markdown(groups: &[Group], entries: &[Entry]) -> String {
    let mut out = String::new();
    for g in groups {
        out.push_str(&format!("## {}\n\n", g.name));
        for d in &g.diffs {
            let reason = entries
                .iter()
                .find(|e| e.group == g.name && e.line == d.line)
                .map_or("TODO", |e| e.reason.as_str());
            out.push_str(&format!("- `{}` — {reason}\n", d.line));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wechatpay_v2::meta::ConfigField;

    fn yaml(text: &str) -> Value {
        serde_norway::from_str(text).expect("test YAML parses")
    }

    fn op(body: &str, response: &str) -> Operation {
        Operation {
            path: "v2/pay/thing".into(),
            method: "POST".into(),
            summary: String::new(),
            description: String::new(),
            cert: false,
            base_uri: None,
            consumes: Vec::new(),
            produces: Vec::new(),
            deprecated: false,
            body: Some(yaml(body)),
            params: Vec::new(),
            response: (!response.is_empty()).then(|| yaml(response)),
            response_codes: vec!["200".into()],
        }
    }

    const fn meta(name: &'static str, required: bool, kind: FieldKind) -> FieldMeta {
        FieldMeta {
            name,
            doc: "",
            required,
            max_len: None,
            kind,
            config: None,
        }
    }

    fn lines(diffs: &[Difference]) -> Vec<&str> {
        diffs.iter().map(|d| d.line.as_str()).collect()
    }

    const REQUEST_SPEC: &str = "type: object
required: [appid, mch_id, nonce_str, sign, out_trade_no, total_fee]
properties:
  appid: {type: string, maxLength: 32}
  mch_id: {type: string, maxLength: 32}
  sub_mch_id: {type: string, maxLength: 32}
  nonce_str: {type: string}
  sign: {type: string}
  sign_type: {type: string, enum: [HMAC-SHA256]}
  out_trade_no: {type: string, maxLength: 32}
  total_fee: {type: integer}
  fee_type: {type: string, enum: [CNY, USD]}
  detail:
    type: string
    maxLength: 6000
    x-json:
      type: object
      properties:
        a: {type: string}
        goods:
          type: array
          items: {type: object, properties: {price: {type: integer}}}
  limit_pay: {type: string, maxLength: 32}
";

    static GOODS: JsonShape = JsonShape::Object(&[meta("price", false, FieldKind::Text)]);
    static GOODS_LIST: JsonShape = JsonShape::Array(&FieldKind::Json(&GOODS));
    static DETAIL: JsonShape =
        JsonShape::Object(&[meta("goods", false, FieldKind::Json(&GOODS_LIST))]);

    static REQUEST_DECLARED: &[FieldMeta] = &[
        FieldMeta {
            max_len: Some(32),
            config: Some(ConfigField::AppId),
            ..meta("appid", true, FieldKind::Text)
        },
        FieldMeta {
            max_len: Some(32),
            config: Some(ConfigField::MchId),
            ..meta("mch_id", true, FieldKind::Text)
        },
        // The spec's `sub_mch_id` is not required: declared required here.
        FieldMeta {
            max_len: Some(32),
            config: Some(ConfigField::SubMchId),
            ..meta("sub_mch_id", true, FieldKind::Text)
        },
        // `SignType`'s values are the SDK's: not compared.
        meta("sign_type", false, FieldKind::Enum(&["MD5", "HMAC-SHA256"])),
        FieldMeta {
            max_len: Some(64),
            ..meta("out_trade_no", true, FieldKind::Text)
        },
        meta("total_fee", true, FieldKind::Text),
        meta("fee_type", false, FieldKind::Enum(&["CNY", "HKD"])),
        meta("detail", false, FieldKind::Json(&DETAIL)),
        meta("receipt", false, FieldKind::Text),
    ];

    #[test]
    fn every_kind_of_request_difference() {
        let (spec, _) = spec_facts(&op(REQUEST_SPEC, ""));
        let diffs = compare(
            Side::Request,
            &spec,
            &declared_facts(REQUEST_DECLARED),
            None,
        );
        assert_eq!(
            lines(&diffs),
            [
                "request detail: max length: spec 6000, declared none",
                "request detail.a: only in the spec (text, optional)",
                "request detail.goods[].price: type: spec integer, declared text",
                "request fee_type: enum values only in the declaration: HKD",
                "request fee_type: enum values only in the spec: USD",
                "request limit_pay: only in the spec (text, optional)",
                "request out_trade_no: max length: spec 32, declared 64",
                "request receipt: only in the declaration (text, optional)",
                "request sub_mch_id: required: spec optional, declared required",
                "request total_fee: type: spec integer, declared text",
            ]
        );
        assert_eq!(
            diffs.iter().map(|d| d.kind).collect::<Vec<_>>(),
            [
                DiffKind::MaxLen,
                DiffKind::OnlySpec,
                DiffKind::Type,
                DiffKind::EnumValues,
                DiffKind::EnumValues,
                DiffKind::OnlySpec,
                DiffKind::MaxLen,
                DiffKind::OnlyDeclared,
                DiffKind::Required,
                DiffKind::Type,
            ]
        );
    }

    #[test]
    fn the_envelope_is_left_out_and_the_docs_page_is_quoted() {
        let (_, spec) = spec_facts(&op(
            "type: object\nproperties: {a: {type: string}}",
            "type: object
required: [return_code, result_code, sign, trade_state, transaction_id]
properties:
  return_code: {type: string}
  return_msg: {type: string}
  result_code: {type: string}
  err_code: {type: string}
  err_code_des: {type: string}
  nonce_str: {type: string}
  sign: {type: string}
  sign_type: {type: string}
  trade_state: {type: string, enum: [SUCCESS, NOTPAY]}
  transaction_id: {type: string}
",
        ));
        static DECLARED: &[FieldMeta] = &[
            meta("trade_state", true, FieldKind::Enum(&["SUCCESS", "NOTPAY"])),
            meta("transaction_id", false, FieldKind::Text),
        ];
        let docs = BTreeMap::from([("transaction_id".to_owned(), false)]);
        let diffs = compare(
            Side::Response,
            &spec,
            &declared_facts(DECLARED),
            Some(&docs),
        );
        assert_eq!(
            lines(&diffs),
            [
                "response transaction_id: required: spec required, declared optional (the docs page: optional)"
            ]
        );
    }

    #[test]
    fn indexed_lists_compare_their_items() {
        let (_, spec) = spec_facts(&op(
            "type: object\nproperties: {a: {type: string}}",
            "type: object
properties:
  refund_count: {type: integer}
  refund_id_$n: {type: string, maxLength: 32}
  refund_fee_$n: {type: integer}
  coupon_refund_count_$n: {type: integer}
  coupon_refund_id_$n_$m: {type: string}
  coupon_type_$n_$m: {type: string, enum: [CASH, NO_CASH]}
",
        ));
        static COUPON: &[FieldMeta] = &[
            meta("coupon_refund_id", false, FieldKind::Text),
            meta("coupon_type", false, FieldKind::Text),
        ];
        static REFUND: &[FieldMeta] = &[
            meta("refund_id", false, FieldKind::Text),
            meta("coupon_refund_count", false, FieldKind::List(COUPON)),
        ];
        static DECLARED: &[FieldMeta] = &[meta("refund_count", true, FieldKind::List(REFUND))];
        let diffs = compare(Side::Response, &spec, &declared_facts(DECLARED), None);
        assert_eq!(
            lines(&diffs),
            [
                "response coupon_type_$n_$m: type: spec enum, declared text",
                "response refund_count: required: spec optional, declared required",
                "response refund_fee_$n: only in the spec (integer, optional)",
                "response refund_id_$n: max length: spec 32, declared none",
            ]
        );
    }

    #[test]
    fn query_parameters_and_nested_xml_are_fields() {
        let mut operation = op(
            "type: object\nproperties: {page_index: {type: string}}",
            "type: object
required: [mchinfo]
properties:
  mchinfo:
    type: array
    items:
      type: object
      required: [appid]
      properties:
        appid: {type: string, maxLength: 32}
        channel_id: {type: string}
",
        );
        operation.params.push(crate::spec::Param {
            name: "action".into(),
            location: "query".into(),
            required: true,
            schema: yaml("{name: action, in: query, type: string, enum: [add, query]}"),
        });
        let (request, response) = spec_facts(&operation);
        static ACTION: &[FieldMeta] = &[
            meta("action", true, FieldKind::Enum(&["add", "query"])),
            meta("page_index", false, FieldKind::Text),
        ];
        static ITEM: &[FieldMeta] = &[meta("appid", true, FieldKind::Text)];
        static RESPONSE: &[FieldMeta] = &[meta(
            "mchinfo",
            true,
            FieldKind::Nested {
                each: None,
                fields: ITEM,
            },
        )];
        let mut diffs = compare(Side::Request, &request, &declared_facts(ACTION), None);
        diffs.extend(compare(
            Side::Response,
            &response,
            &declared_facts(RESPONSE),
            None,
        ));
        assert_eq!(
            lines(&diffs),
            [
                "response mchinfo.appid: max length: spec 32, declared none",
                "response mchinfo.channel_id: only in the spec (text, optional)",
            ]
        );
    }

    #[test]
    fn a_notification_page_against_its_declaration() {
        let page = "| 请求参数 | 类型 {.type} | 描述 {.desc}
| -- | -- | --
| body {data-required} | object | 通知
| return_code {data-required data-indent=1} | string | 返回状态码
| appid {data-required data-indent=1} | string | 公众平台APPID
| sign_type {data-required data-indent=1} | string | 签名类型<br/>`HMAC-SHA256` 枚举值
| coupon_count {data-indent=1} | string | 代金券使用数量
| coupon_id_$n {data-indent=1} | string | 代金券ID
| req_info {data-required data-indent=1} | string {data-encrypted=by-aes-ecb} | 加密信息
| {colspan=3 .im-table-line}
| refund_id {data-required data-indent=2} | string | 微信退款单号
| refund_fee {data-required data-indent=2} | string | 退款金额
";
        let hook = tables::webhook(page).unwrap();
        static COUPON: &[FieldMeta] = &[meta("coupon_id", false, FieldKind::Text)];
        static BODY: &[FieldMeta] = &[
            meta("appid", true, FieldKind::Text),
            meta("coupon_count", false, FieldKind::List(COUPON)),
        ];
        static INFO: &[FieldMeta] = &[
            meta("refund_id", true, FieldKind::Text),
            meta("refund_fee", true, FieldKind::Integer),
        ];
        let diffs = notification_diffs(
            &hook,
            &[
                (Side::Notification, BODY),
                (Side::Encrypted("req_info"), INFO),
            ],
        );
        assert_eq!(
            lines(&diffs),
            ["req_info refund_fee: type: spec text, declared integer"]
        );
        let undeclared = notification_diffs(&hook, &[(Side::Notification, BODY)]);
        assert_eq!(
            lines(&undeclared),
            ["req_info: content not declared (2 fields)"]
        );
    }

    #[test]
    fn deviations_are_read_and_judged() {
        let text = "# Deviations

Intro, with a bullet that is not an entry:

- `cargo xtask check-specs DIR --strict`

## v2/pay/thing

- `request limit_pay: only in the spec (text, optional)` — gap: not yet declared.
- `request receipt: only in the declaration (text, optional)`: deliberate: an SDK field.
- `request total_fee: type: spec integer, declared text` — because.

## Notes

- `not an entry`: under a heading that is not a group.

## `v2/pay/other`

- `endpoint not declared` — gap: not yet declared.
";
        let (entries, problems) = parse_deviations(text);
        assert_eq!(entries.len(), 4);
        assert_eq!(entries[0].group, "v2/pay/thing");
        assert_eq!(entries[0].reason, "gap: not yet declared.");
        assert_eq!(entries[1].reason, "deliberate: an SDK field.");
        assert_eq!(entries[3].group, "v2/pay/other");
        assert_eq!(
            problems,
            [
                "line 11: the reason should start with deliberate, spec error, gap: `request total_fee: type: spec integer, declared text`"
            ]
        );

        let groups = vec![Group {
            name: "v2/pay/thing".into(),
            diffs: vec![
                Difference {
                    rank: 0,
                    field: "limit_pay".into(),
                    line: "request limit_pay: only in the spec (text, optional)".into(),
                    kind: DiffKind::OnlySpec,
                },
                Difference {
                    rank: 0,
                    field: "sub_mch_id".into(),
                    line: "request sub_mch_id: required: spec optional, declared required".into(),
                    kind: DiffKind::Required,
                },
            ],
        }];
        let verdict = judge(&groups, &entries);
        assert_eq!(
            verdict.unlisted,
            [(
                "v2/pay/thing".to_owned(),
                "request sub_mch_id: required: spec optional, declared required".to_owned()
            )]
        );
        assert_eq!(verdict.stale.len(), 3);
        assert_eq!(
            markdown(&groups, &entries),
            "## v2/pay/thing

- `request limit_pay: only in the spec (text, optional)` — gap: not yet declared.
- `request sub_mch_id: required: spec optional, declared required` — TODO

"
        );
        assert_eq!(
            summary(&groups),
            "2 differences in 1 endpoints and notifications: 1 only in the spec, 0 only in the declaration, 0 type, 1 required, 0 enum values, 0 max length, 0 not declared, 0 without a spec"
        );
    }
}
