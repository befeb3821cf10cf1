//! From a resolved operation to what the declaration file says: the request and response
//! fields, the item structs of indexed lists, wire enums and JSON types, each named once.

use std::collections::{HashMap, HashSet};

use serde_json::Value as Json;
use serde_norway::Value;

use crate::endpoints::Row;
use crate::names;
use crate::spec::{DEFAULT_HOST, Operation, scalar_text};

/// Request fields the framework writes itself (the macro's, from `wechatpay_v2_facts`).
const FRAMEWORK_REQUEST: &[&str] = wechatpay_v2_facts::FRAMEWORK_REQUEST_FIELDS;
/// Response fields the framework checks itself (the macro's, from `wechatpay_v2_facts`).
const FRAMEWORK_RESPONSE: &[&str] = wechatpay_v2_facts::ENVELOPE_FIELDS;

/// Whether the client fills a request field of this wire name from its settings.
fn is_config_field(wire: &str) -> bool {
    wechatpay_v2_facts::config_setting(wire).is_some()
}

/// Where a struct sits; decides the framework and configuration rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Request,
    Response,
    Item,
}

/// Everything one declaration file holds.
#[derive(Debug)]
pub(crate) struct Endpoint {
    pub(crate) path: String,
    pub(crate) get: bool,
    pub(crate) cert: bool,
    pub(crate) host: Option<String>,
    pub(crate) unsigned: bool,
    /// An XML `POST` whose fields have a `sign` and no `nonce_str`: the request carries none.
    pub(crate) nonceless: bool,
    pub(crate) summary: String,
    pub(crate) description: String,
    pub(crate) request: Vec<Member>,
    pub(crate) response: Vec<Member>,
    /// Review notes on the response as a whole (such as "the spec has none").
    pub(crate) response_notes: Vec<String>,
    pub(crate) nodes: Vec<Node>,
    /// Declared types in emission order (node ids, each name once).
    pub(crate) emit: Vec<usize>,
    /// Disagreements and oddities worth a maintainer's look, printed by the CLI.
    pub(crate) warnings: Vec<String>,
}

/// One line of a struct: a field, or a review note standing where a field could not be.
#[derive(Debug, Clone)]
pub(crate) enum Member {
    Field(Field),
    Note(String),
}

#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) wire: String,
    /// The spec's description.
    pub(crate) doc: String,
    pub(crate) ty: Ty,
    /// Declared as `Option<..>`.
    pub(crate) option: bool,
    /// A configuration field the spec does not require: `#[wechat(optional)]`.
    pub(crate) optional_flag: bool,
    /// Filled from the client configuration (test cases leave it `None`).
    pub(crate) config: bool,
    pub(crate) max_len: Option<u64>,
    /// An indexed list: `Vec<item>` counted by this field.
    pub(crate) list: Option<ListAttr>,
    /// `TODO(review)` notes on this field.
    pub(crate) notes: Vec<String>,
    /// The spec's example, as JSON.
    pub(crate) example: Option<Json>,
}

/// `#[wechat(list, count = "...")]`.
#[derive(Debug, Clone)]
pub(crate) struct ListAttr {
    pub(crate) count: String,
    pub(crate) required: bool,
    /// The Rust field name (the wire name is the count field).
    pub(crate) field: String,
}

/// A field's Rust type, without the `Option`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ty {
    Text,
    Int { signed: bool },
    SignType,
    Node(usize),
    Vec(Box<Ty>),
}

/// A type the draft declares.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// The preferred name.
    pub(crate) base: String,
    /// What is appended to `base` when that name is taken (`Response`, `Shape`...).
    pub(crate) suffix: String,
    pub(crate) doc: String,
    pub(crate) kind: NodeKind,
    /// The name given, once names are assigned.
    pub(crate) name: String,
}

#[derive(Debug, Clone)]
pub(crate) enum NodeKind {
    /// `#[wechat_v2_api(item)]`: one entry of an indexed list.
    Item(Vec<Member>),
    /// `#[wechat_v2_api]` enum of wire values.
    Enum(Vec<Variant>),
    /// `#[wechat_v2_api(json)]` struct.
    Json(Vec<Member>),
    /// `#[wechat_v2_api(json)]` enum: one of several JSON shapes.
    OneOf(Vec<Shape>),
}

#[derive(Debug, Clone)]
pub(crate) struct Variant {
    pub(crate) name: String,
    pub(crate) value: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Shape {
    pub(crate) name: String,
    pub(crate) doc: String,
    pub(crate) node: usize,
}

impl NodeKind {
    fn category(&self) -> u8 {
        match self {
            NodeKind::Item(_) => 0,
            NodeKind::Enum(_) => 1,
            NodeKind::Json(_) | NodeKind::OneOf(_) => 2,
        }
    }
}

/// The spec example of a YAML node, as JSON.
pub(crate) fn to_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Json::from(i)
            } else if let Some(u) = n.as_u64() {
                Json::from(u)
            } else {
                n.as_f64().map(Json::from).unwrap_or(Json::Null)
            }
        }
        Value::String(s) => Json::String(s.clone()),
        Value::Sequence(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Mapping(m) => Json::Object(
            m.iter()
                .filter_map(|(k, v)| Some((scalar_text(k)?, to_json(v))))
                .collect(),
        ),
        Value::Tagged(t) => to_json(&t.value),
    }
}

/// Description text for a doc line: one line, markdown links dropped.
pub(crate) fn doc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open..];
        let link_end = after.find("](").and_then(|close| {
            let tail = &after[close + 2..];
            tail.find(')').map(|end| close + 2 + end + 1)
        });
        match link_end {
            Some(end) if !after[..end].contains('\n') => {
                out.push_str(&rest[..open]);
                rest = &after[end..];
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([',', '，', ';', '；'])
        .trim()
        .to_owned()
}

pub(crate) fn props_of(schema: &Value) -> Vec<(String, Value)> {
    schema
        .get("properties")
        .and_then(Value::as_mapping)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((scalar_text(k)?, v.clone())))
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn required_of(schema: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in schema
        .get("required")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .filter_map(scalar_text)
    {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

fn text_of(schema: &Value, key: &str) -> String {
    schema.get(key).and_then(scalar_text).unwrap_or_default()
}

/// Splits `coupon_refund_id_$n_$m` into `coupon_refund_id` and its index tokens `[$n, $m]`.
fn split_indexed(wire: &str) -> (String, Vec<String>) {
    let mut base = wire;
    let mut tokens = Vec::new();
    while let Some(pos) = base.rfind("_$") {
        let token = &base[pos + 1..];
        if token.len() < 2 || !token[1..].chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        tokens.insert(0, token.to_owned());
        base = &base[..pos];
    }
    (base.to_owned(), tokens)
}

/// How well a list member's base name fits a count field's prefix (`refund` of
/// `refund_count`): 3 starts with it, 2 holds it as words, 1 for a bare `count`, 0 not at all.
fn count_fit(prefix: &str, base: &str) -> u8 {
    if prefix.is_empty() {
        1
    } else if base == prefix || base.starts_with(&format!("{prefix}_")) {
        3
    } else if base.ends_with(&format!("_{prefix}")) || base.contains(&format!("_{prefix}_")) {
        2
    } else {
        0
    }
}

/// The longest run of leading `_` words shared by all names.
fn common_words(names: &[&str]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    let mut words: Vec<&str> = first.split('_').collect();
    for name in &names[1..] {
        let other: Vec<&str> = name.split('_').collect();
        let same = words.iter().zip(&other).take_while(|(a, b)| a == b).count();
        words.truncate(same);
    }
    // Keep at least one word short of a whole name, so `coupon_id` alone gives `coupon`.
    if names.len() == 1 && words.len() > 1 {
        words.pop();
    }
    words.join("_")
}

fn negative_hint(schema: &Value) -> bool {
    let shows_negative = |t: &str| {
        t.char_indices().any(|(i, c)| {
            c == '-'
                && t[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                && !t[..i].ends_with(|p: char| p.is_ascii_alphanumeric())
        })
    };
    schema
        .get("example")
        .and_then(scalar_text)
        .is_some_and(|e| shows_negative(&e))
        || shows_negative(&text_of(schema, "description"))
        || schema
            .get("enum")
            .and_then(Value::as_sequence)
            .is_some_and(|vs| {
                vs.iter()
                    .filter_map(scalar_text)
                    .any(|v| shows_negative(&v))
            })
}

fn is_whole(v: &Json) -> Option<bool> {
    match v {
        Json::Number(n) => Some(n.is_i64() || n.is_u64()),
        Json::String(s) => Some(s.trim().parse::<i64>().is_ok()),
        _ => None,
    }
}

fn shows_sign(v: &Json) -> bool {
    match v {
        Json::Number(n) => n.as_i64().is_some_and(|i| i < 0),
        Json::String(s) => s.trim().parse::<i64>().is_ok_and(|i| i < 0),
        _ => false,
    }
}

/// Builds the model of one endpoint.
pub(crate) fn build(op: &Operation, row: Option<&Row>) -> Endpoint {
    let mut b = Builder {
        nodes: Vec::new(),
        warnings: Vec::new(),
        suffix: "Request",
    };
    let host = op.base_uri.clone().filter(|h| h != DEFAULT_HOST);
    match row {
        None => b.warn("not in the endpoint table: `unsigned` unknown, drafted as signed"),
        Some(row) => {
            if row.cert != op.cert {
                b.warn(format!(
                    "cert: the YAML says {}, the endpoint table says {}; drafted as the YAML says",
                    op.cert, row.cert
                ));
            }
            if row.host != host {
                b.warn(format!(
                    "host: the YAML says {}, the endpoint table says {}; drafted as the YAML says",
                    host.as_deref().unwrap_or("the default"),
                    row.host.as_deref().unwrap_or("the default")
                ));
            }
            if !row.method.is_empty() && row.method != op.method {
                b.warn(format!(
                    "method: the YAML says {}, the endpoint table says {}; drafted as the YAML says",
                    op.method, row.method
                ));
            }
        }
    }
    if op.produces.iter().any(|p| !p.contains("xml")) {
        b.warn(format!(
            "produces {}: the SDK reads XML responses",
            op.produces.join(", ")
        ));
    }

    // The request: the body's properties, then the other parameters.
    let mut props = Vec::new();
    let mut required = Vec::new();
    let mut notes = Vec::new();
    if let Some(body) = &op.body {
        props.extend(props_of(body));
        required.extend(required_of(body));
    }
    for p in &op.params {
        let ty = text_of(&p.schema, "type");
        let declarable = match p.location.as_str() {
            "query" => op.method == "GET",
            "formData" => ty != "file",
            _ => false,
        };
        if declarable {
            if p.required && !required.contains(&p.name) {
                required.push(p.name.clone());
            }
            props.push((p.name.clone(), p.schema.clone()));
        } else {
            let values = p
                .schema
                .get("enum")
                .and_then(Value::as_sequence)
                .map(|vs| {
                    let vs: Vec<String> = vs.iter().filter_map(scalar_text).collect();
                    format!(" (values: {})", vs.join(", "))
                })
                .unwrap_or_default();
            let note = format!(
                "{} parameter `{}`{}{values} is not an XML body field; the macro cannot declare it",
                p.location,
                p.name,
                if ty.is_empty() {
                    String::new()
                } else {
                    format!(" ({ty})")
                },
            );
            b.warn(&note);
            notes.push(Member::Note(note));
        }
    }
    if op.consumes.iter().any(|c| c.contains("multipart")) {
        b.warn("consumes multipart/form-data: the SDK sends XML bodies");
        notes.insert(
            0,
            Member::Note(
                "the endpoint takes multipart/form-data (a file upload); the SDK sends XML".into(),
            ),
        );
    }
    b.check_required("request", &props, &required);
    let has = |name: &str| props.iter().any(|(k, _)| k == name);
    let multipart = op.consumes.iter().any(|c| c.contains("multipart"));
    let nonceless = op.method != "GET" && !multipart && has("sign") && !has("nonce_str");
    let mut request = notes;
    request.extend(b.message(&props, &required, Role::Request, ""));

    b.suffix = "Response";
    let mut response_notes = Vec::new();
    let response = match &op.response {
        Some(schema) => {
            let props = props_of(schema);
            let required = required_of(schema);
            b.check_required("response", &props, &required);
            b.message(&props, &required, Role::Response, "")
        }
        None => {
            let missing = if op.response_codes.iter().any(|c| c == "200") {
                "the spec's `200` response has no schema".to_owned()
            } else {
                format!(
                    "the spec has no `200` response (responses: {})",
                    op.response_codes.join(", ")
                )
            };
            response_notes.push(format!(
                "{missing}; a page the user's browser opens is a `signed_url` endpoint, which has no `Response`"
            ));
            b.warn(missing);
            Vec::new()
        }
    };
    if op.deprecated {
        b.warn("the spec marks the endpoint deprecated");
    }
    let mut ep = Endpoint {
        path: op.path.clone(),
        get: op.method == "GET",
        cert: op.cert,
        host,
        unsigned: row.is_some_and(|r| r.unsigned),
        nonceless,
        summary: op.summary.clone(),
        description: op.description.clone(),
        request,
        response,
        response_notes,
        nodes: b.nodes,
        emit: Vec::new(),
        warnings: b.warnings,
    };
    assign_names(&mut ep);
    ep
}

struct Builder {
    nodes: Vec<Node>,
    warnings: Vec<String>,
    /// The name suffix for types built now: `Request` or `Response`.
    suffix: &'static str,
}

impl Builder {
    fn warn(&mut self, text: impl AsRef<str>) {
        self.warnings.push(text.as_ref().to_owned());
    }

    fn node(&mut self, base: String, doc: String, kind: NodeKind) -> usize {
        self.nodes.push(Node {
            base,
            suffix: self.suffix.to_owned(),
            doc,
            kind,
            name: String::new(),
        });
        self.nodes.len() - 1
    }

    /// Names in `required` that no property has.
    fn check_required(&mut self, what: &str, props: &[(String, Value)], required: &[String]) {
        let missing: Vec<&str> = required
            .iter()
            .filter(|r| !props.iter().any(|(p, _)| p == *r))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            self.warn(format!(
                "{what} `required` names fields it does not define: {}",
                missing.join(", ")
            ));
        }
    }

    /// The members of a request, response or list item, indexed lists grouped.
    fn message(
        &mut self,
        props: &[(String, Value)],
        required: &[String],
        role: Role,
        context: &str,
    ) -> Vec<Member> {
        let framework: &[&str] = match role {
            Role::Request => FRAMEWORK_REQUEST,
            Role::Response => FRAMEWORK_RESPONSE,
            _ => &[],
        };
        let split: Vec<(String, Vec<String>)> =
            props.iter().map(|(w, _)| split_indexed(w)).collect();

        // Count fields at this level and the indexed fields they count.
        let counts: Vec<usize> = (0..props.len())
            .filter(|&i| {
                let (base, tokens) = &split[i];
                tokens.is_empty() && (base == "count" || base.ends_with("_count"))
            })
            .collect();
        let prefix_of = |i: usize| -> String {
            let base = &split[i].0;
            base.strip_suffix("count")
                .unwrap_or("")
                .trim_end_matches('_')
                .to_owned()
        };
        let indexed: Vec<usize> = (0..props.len())
            .filter(|&i| !split[i].1.is_empty())
            .collect();
        // Group: count field index (or None for "no count found") → member indexes.
        let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
        let mut unplaced = Vec::new();
        for &i in &indexed {
            let best = counts
                .iter()
                .map(|&c| (count_fit(&prefix_of(c), &split[i].0), prefix_of(c).len(), c))
                .filter(|(fit, _, _)| *fit > 0)
                .max();
            match best {
                Some((_, _, c)) => match groups.iter_mut().find(|(g, _)| *g == Some(c)) {
                    Some((_, members)) => members.push(i),
                    None => groups.push((Some(c), vec![i])),
                },
                None => unplaced.push(i),
            }
        }
        if !unplaced.is_empty() {
            if groups.len() == 1 {
                groups[0].1.extend(unplaced);
                groups[0].1.sort_unstable();
            } else if let Some(biggest) = groups.iter_mut().max_by_key(|(_, m)| m.len()) {
                biggest.1.extend(unplaced);
                biggest.1.sort_unstable();
            } else {
                groups.push((None, unplaced));
            }
        }

        let mut out = Vec::new();
        for (i, (wire, schema)) in props.iter().enumerate() {
            let (base, tokens) = &split[i];
            if !tokens.is_empty() {
                // A list member: the list stands at its count field, or at its first member
                // when no count field was found.
                if let Some(g) = groups
                    .iter()
                    .position(|(c, m)| c.is_none() && m.first() == Some(&i))
                {
                    let (_, members) = groups[g].clone();
                    out.push(self.list(props, required, &split, None, &members, context));
                }
                continue;
            }
            if let Some(g) = groups.iter().position(|(c, _)| *c == Some(i)) {
                let (_, members) = groups[g].clone();
                out.push(self.list(props, required, &split, Some(i), &members, context));
                continue;
            }
            if framework.contains(&base.as_str()) {
                continue;
            }
            out.push(Member::Field(self.field(
                wire,
                schema,
                required.contains(wire),
                role,
            )));
        }
        out
    }

    /// An indexed list: its item struct and the `Vec` field that holds it.
    fn list(
        &mut self,
        props: &[(String, Value)],
        required: &[String],
        split: &[(String, Vec<String>)],
        count: Option<usize>,
        members: &[usize],
        context: &str,
    ) -> Member {
        let bases: Vec<&str> = members.iter().map(|&i| split[i].0.as_str()).collect();
        let mut notes = Vec::new();
        let (count_wire, prefix, doc, list_required) = match count {
            Some(c) => {
                let wire = props[c].0.clone();
                let prefix = wire
                    .strip_suffix("count")
                    .unwrap_or("")
                    .trim_end_matches('_')
                    .to_owned();
                let prefix = if prefix.is_empty() {
                    common_words(&bases)
                } else {
                    prefix
                };
                let doc = text_of(&props[c].1, "description");
                (wire.clone(), prefix, doc, required.contains(&wire))
            }
            None => {
                let prefix = common_words(&bases);
                let guess = if prefix.is_empty() {
                    "count".to_owned()
                } else {
                    format!("{prefix}_count")
                };
                let fields: Vec<String> = members.iter().map(|&i| props[i].0.clone()).collect();
                let note = format!(
                    "no count field found for {}; `{guess}` is a guess",
                    fields.join(", ")
                );
                self.warn(&note);
                notes.push(note);
                (guess, prefix, String::new(), false)
            }
        };
        let item_base = if prefix.is_empty() {
            "item".to_owned()
        } else {
            prefix.clone()
        };
        // The members with their first index token dropped.
        let item_props: Vec<(String, Value)> = members
            .iter()
            .map(|&i| {
                let (base, tokens) = &split[i];
                let rest: String = tokens[1..].iter().map(|t| format!("_{t}")).collect();
                (format!("{base}{rest}"), props[i].1.clone())
            })
            .collect();
        let item_required: Vec<String> = members
            .iter()
            .zip(&item_props)
            .filter(|(i, _)| required.contains(&props[**i].0))
            .map(|(_, (w, _))| w.clone())
            .collect();
        let token = split[members[0]].1[0].clone();
        let inner_context = format!("{context}_{token}");
        let item_members = self.message(&item_props, &item_required, Role::Item, &inner_context);
        let item_doc = format!(
            "one entry of `{count_wire}{context}`: fields `*{inner_context}`{}",
            if doc.is_empty() {
                String::new()
            } else {
                format!("; {}", doc_text(&doc))
            }
        );
        let node = self.node(
            names::upper_camel(&item_base),
            item_doc,
            NodeKind::Item(item_members),
        );
        let field_doc = if doc.is_empty() {
            format!("fields `*{inner_context}`")
        } else {
            format!("{}; fields `*{inner_context}`", doc_text(&doc))
        };
        Member::Field(Field {
            wire: count_wire.clone(),
            doc: field_doc,
            ty: Ty::Node(node),
            option: false,
            optional_flag: false,
            config: false,
            max_len: None,
            list: Some(ListAttr {
                count: count_wire,
                required: list_required,
                field: names::plural(&item_base),
            }),
            notes,
            example: None,
        })
    }

    /// One field of a request, response or list item.
    fn field(&mut self, wire: &str, schema: &Value, required: bool, role: Role) -> Field {
        let mut field = Field {
            wire: wire.to_owned(),
            doc: text_of(schema, "description"),
            ty: Ty::Text,
            option: !required,
            optional_flag: false,
            config: false,
            max_len: schema.get("maxLength").and_then(Value::as_u64),
            list: None,
            notes: Vec::new(),
            example: schema.get("example").map(to_json),
        };
        match (role, wire) {
            (Role::Request, "sign_type") => {
                field.ty = Ty::SignType;
                let odd: Vec<String> = schema
                    .get("enum")
                    .and_then(Value::as_sequence)
                    .into_iter()
                    .flatten()
                    .filter_map(scalar_text)
                    .filter(|v| v != "MD5" && v != "HMAC-SHA256")
                    .collect();
                if !odd.is_empty() {
                    field.notes.push(format!(
                        "the spec also lists {} for `sign_type`; `SignType` has MD5 and HMAC-SHA256",
                        odd.join(", ")
                    ));
                }
            }
            (Role::Request, w) if is_config_field(w) => {
                field.config = true;
                field.option = true;
                field.optional_flag = !required;
            }
            (Role::Response, "sign_type") => field.option = true,
            _ => {
                let (ty, notes) = self.value_type(wire, schema, None, false);
                field.ty = ty;
                field.notes.extend(notes);
            }
        }
        if !self.is_text_like(&field.ty) {
            field.max_len = None;
        }
        field
    }

    /// Whether a field's wire text is free text (so `maxLength` applies): strings and JSON.
    fn is_text_like(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Text | Ty::Vec(_) => true,
            Ty::Node(n) => matches!(self.nodes[*n].kind, NodeKind::Json(_) | NodeKind::OneOf(_)),
            _ => false,
        }
    }

    /// The type of a value: `in_json` inside a JSON object, where `example` is this member's
    /// value in the enclosing JSON example.
    fn value_type(
        &mut self,
        wire: &str,
        schema: &Value,
        example: Option<&Json>,
        in_json: bool,
    ) -> (Ty, Vec<String>) {
        let mut notes = Vec::new();
        if let Some(xjson) = schema.get("x-json") {
            let example = schema
                .get("example")
                .and_then(scalar_text)
                .and_then(|t| serde_json::from_str::<Json>(&t).ok());
            if schema.get("example").is_some() && example.is_none() {
                self.warn(format!("`{wire}`: the example is not valid JSON"));
            }
            let ty = self.json_field(wire, xjson, example.as_ref(), &mut notes);
            return (ty, notes);
        }
        if let Some(enc) = schema.get("x-urlencode") {
            let keys: Vec<String> = props_of(enc).into_iter().map(|(k, _)| k).collect();
            notes.push(format!(
                "URL-encoded `key=value&...` text (`x-urlencode`: {}); drafted as `String`",
                keys.join(", ")
            ));
            return (Ty::Text, notes);
        }
        if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_sequence) {
            let ty = self.one_of(wire, alternatives, example);
            return (ty, notes);
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_sequence) {
            let mut vs: Vec<String> = Vec::new();
            for v in values.iter().filter_map(scalar_text) {
                if vs.contains(&v) {
                    self.warn(format!("`{wire}`: enum value `{v}` is listed twice"));
                } else {
                    vs.push(v);
                }
            }
            if !vs.is_empty() {
                if let Some(ex) = schema.get("example").and_then(scalar_text)
                    && !vs.contains(&ex)
                {
                    self.warn(format!(
                        "`{wire}`: the example `{ex}` is not one of its enum values ({})",
                        vs.join(", ")
                    ));
                }
                let variants = names::variant_names(&vs)
                    .into_iter()
                    .zip(vs)
                    .map(|(name, value)| Variant { name, value })
                    .collect();
                let node = self.node(
                    names::upper_camel(wire),
                    text_of(schema, "description"),
                    NodeKind::Enum(variants),
                );
                return (Ty::Node(node), notes);
            }
        }
        let yaml_example = schema.get("example").map(to_json);
        let example_value = yaml_example.as_ref().or(example);
        let ty_name = text_of(schema, "type");
        let ty = match ty_name.as_str() {
            "string" => Ty::Text,
            "" if schema.get("properties").is_none() => Ty::Text,
            "integer" | "int" | "int32" | "int64" | "uint" | "uint32" | "uint64" => Ty::Int {
                signed: negative_hint(schema) || example_value.is_some_and(shows_sign),
            },
            "number"
                if matches!(
                    text_of(schema, "format").as_str(),
                    "int32" | "int64" | "uint32" | "uint64" | "integer" | "uint"
                ) =>
            {
                Ty::Int {
                    signed: negative_hint(schema) || example_value.is_some_and(shows_sign),
                }
            }
            "number" => match example_value.and_then(is_whole) {
                Some(true) => Ty::Int {
                    signed: negative_hint(schema) || example_value.is_some_and(shows_sign),
                },
                Some(false) => Ty::Text,
                None => {
                    notes.push(
                        "`number` with no example: drafted as `String`; an integer type if it holds whole numbers"
                            .into(),
                    );
                    Ty::Text
                }
            },
            "boolean" => {
                notes.push(format!(
                    "the spec says `boolean`{}; WeChat Pay fields have no bool, drafted as `String`",
                    example_value
                        .map(|e| format!(" (example `{}`)", json_text(e)))
                        .unwrap_or_default()
                ));
                Ty::Text
            }
            "object" | "" if in_json => {
                let node = self.json_struct(
                    names::upper_camel(wire),
                    text_of(schema, "description"),
                    schema,
                    example,
                );
                Ty::Node(node)
            }
            "array" if in_json => {
                let items = schema.get("items").cloned().unwrap_or(Value::Null);
                let item_example = example.and_then(Json::as_array).and_then(|a| a.first());
                let (inner, inner_notes) = self.array_item(
                    wire,
                    &items,
                    None,
                    &text_of(schema, "description"),
                    item_example,
                );
                notes.extend(inner_notes);
                Ty::Vec(Box::new(inner))
            }
            "object" | "array" | "" => {
                let inner: Vec<String> = props_of(schema).into_iter().map(|(k, _)| k).collect();
                let nested = if inner.is_empty() {
                    String::new()
                } else {
                    format!(" (nested XML: {})", inner.join(", "))
                };
                let said = if ty_name.is_empty() {
                    "object"
                } else {
                    &ty_name
                };
                notes.push(format!(
                    "the spec says `{said}`{nested} for a field without `x-json`; the SDK reads flat fields, drafted as `String`"
                ));
                Ty::Text
            }
            other => {
                self.warn(format!(
                    "`{wire}`: `type: {other}` is not a type (a misplaced example?); drafted as `String`"
                ));
                notes.push(format!(
                    "the spec says `type: {other}`, not a type; drafted as `String`"
                ));
                Ty::Text
            }
        };
        // Inside JSON the value's own JSON type decides what decodes: follow the example.
        if in_json && let Some(ex) = example {
            match (&ty, ex) {
                (Ty::Text, Json::Number(n)) if n.is_i64() || n.is_u64() => {
                    let note = format!(
                        "the spec says `{ty_name}` but the JSON example has the number {n} here; drafted as an integer"
                    );
                    self.warn(format!("`{wire}`: {note}"));
                    notes.push(note);
                    return (
                        Ty::Int {
                            signed: n.as_i64().is_some_and(|i| i < 0),
                        },
                        notes,
                    );
                }
                (Ty::Int { .. }, Json::String(s)) => {
                    let note = format!(
                        "the spec says `{ty_name}` but the JSON example has the string {s:?} here; drafted as `String`"
                    );
                    self.warn(format!("`{wire}`: {note}"));
                    notes.push(note);
                    return (Ty::Text, notes);
                }
                _ => {}
            }
        }
        (ty, notes)
    }

    /// The type of an array's items inside JSON; `key` (`x-key`) names an item struct.
    fn array_item(
        &mut self,
        wire: &str,
        items: &Value,
        key: Option<&str>,
        array_doc: &str,
        example: Option<&Json>,
    ) -> (Ty, Vec<String>) {
        let is_object = text_of(items, "type") == "object" || items.get("properties").is_some();
        if is_object {
            let base = match key {
                Some(k) => names::upper_camel(k),
                None => format!("{}Item", names::upper_camel(wire)),
            };
            let doc = match text_of(items, "description") {
                d if d.is_empty() && !array_doc.is_empty() => format!("one entry of {array_doc}"),
                d => d,
            };
            let node = self.json_struct(base, doc, items, example);
            (Ty::Node(node), Vec::new())
        } else {
            self.value_type(wire, items, example, true)
        }
    }

    /// The type of an `x-json` field.
    fn json_field(
        &mut self,
        wire: &str,
        xjson: &Value,
        example: Option<&Json>,
        notes: &mut Vec<String>,
    ) -> Ty {
        let key = xjson.get("x-key").and_then(scalar_text);
        let props = props_of(xjson);
        // A schema of one element whose example wraps a list of them: `{"wire": [..]}`.
        if let Some(Json::Object(obj)) = example
            && obj.len() == 1
            && !props.is_empty()
            && let Some((outer, Json::Array(items))) = obj.iter().next()
            && !props.iter().any(|(p, _)| p == outer)
        {
            let note = format!(
                "the spec's `x-json` describes one element, its example wraps a list of them as {{\"{outer}\": [..]}}; drafted as the example shows"
            );
            self.warn(format!("`{wire}`: {note}"));
            notes.push(note);
            let item = self.json_struct(
                format!("{}Item", names::upper_camel(outer)),
                text_of(xjson, "description"),
                xjson,
                items.first(),
            );
            let member = Field {
                wire: outer.clone(),
                doc: text_of(xjson, "description"),
                ty: Ty::Vec(Box::new(Ty::Node(item))),
                option: false,
                optional_flag: false,
                config: false,
                max_len: None,
                list: None,
                notes: Vec::new(),
                example: None,
            };
            let node = self.node(
                names::upper_camel(wire),
                format!("the JSON carried in `{wire}`"),
                NodeKind::Json(vec![Member::Field(member)]),
            );
            return Ty::Node(node);
        }
        match text_of(xjson, "type").as_str() {
            "array" => {
                let items = xjson.get("items").cloned().unwrap_or(Value::Null);
                let item_example = example.and_then(Json::as_array).and_then(|a| a.first());
                let (inner, inner_notes) = self.array_item(
                    wire,
                    &items,
                    key.as_deref(),
                    &text_of(xjson, "description"),
                    item_example,
                );
                notes.extend(inner_notes);
                Ty::Vec(Box::new(inner))
            }
            "object" | "" => {
                let node = self.json_struct(
                    names::upper_camel(wire),
                    format!("the JSON carried in `{wire}`"),
                    xjson,
                    example,
                );
                Ty::Node(node)
            }
            other => {
                notes.push(format!("`x-json` of type `{other}`; drafted as `String`"));
                Ty::Text
            }
        }
    }

    /// A `#[wechat_v2_api(json)]` struct of an object schema.
    fn json_struct(
        &mut self,
        base: String,
        doc: String,
        schema: &Value,
        example: Option<&Json>,
    ) -> usize {
        let props = props_of(schema);
        let required = required_of(schema);
        let missing: Vec<&str> = required
            .iter()
            .filter(|r| !props.iter().any(|(p, _)| p == *r))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            self.warn(format!(
                "JSON `{base}`: `required` names members it does not define: {}",
                missing.join(", ")
            ));
        }
        let mut members = Vec::new();
        for (wire, member) in &props {
            let member_example = example.and_then(|e| e.get(wire));
            let (ty, notes) = self.value_type(wire, member, member_example, true);
            let mut field = Field {
                wire: wire.clone(),
                doc: text_of(member, "description"),
                ty,
                option: !required.contains(wire),
                optional_flag: false,
                config: false,
                max_len: member.get("maxLength").and_then(Value::as_u64),
                list: None,
                notes,
                example: member.get("example").map(to_json),
            };
            if !self.is_text_like(&field.ty) || matches!(field.ty, Ty::Vec(_)) {
                field.max_len = None;
            }
            members.push(Member::Field(field));
        }
        self.node(base, doc_text(&doc), NodeKind::Json(members))
    }

    /// A `#[wechat_v2_api(json)]` enum of the alternative shapes of a `oneOf`.
    fn one_of(&mut self, wire: &str, alternatives: &[Value], example: Option<&Json>) -> Ty {
        let base = names::upper_camel(wire);
        // The example fits one shape: the one that knows most of its keys.
        let fit = |alt: &Value| -> usize {
            let props = props_of(alt);
            example
                .and_then(Json::as_object)
                .map(|o| {
                    o.keys()
                        .filter(|k| props.iter().any(|(p, _)| p == *k))
                        .count()
                })
                .unwrap_or(0)
        };
        let best = alternatives
            .iter()
            .enumerate()
            .max_by_key(|(i, a)| (fit(a), usize::MAX - i))
            .map(|(i, _)| i);
        let mut shapes: Vec<Shape> = Vec::new();
        for (i, alt) in alternatives.iter().enumerate() {
            let doc = text_of(alt, "description");
            // `场景`PARKING`信息` names the shape `Parking`.
            let tagged = doc
                .split('`')
                .nth(1)
                .map(names::upper_camel)
                .unwrap_or_default();
            let mut name = if tagged.is_empty() {
                format!("Shape{}", i + 1)
            } else {
                tagged
            };
            if shapes.iter().any(|s| s.name == name) {
                name = format!("{name}{}", i + 1);
            }
            let node = self.json_struct(
                format!("{name}{base}"),
                doc.clone(),
                alt,
                if best == Some(i) { example } else { None },
            );
            shapes.push(Shape {
                name,
                doc: doc_text(&doc),
                node,
            });
        }
        let id = self.node(
            base,
            format!("one of the shapes of `{wire}`"),
            NodeKind::OneOf(shapes),
        );
        self.nodes[id].suffix = "Shape".to_owned();
        Ty::Node(id)
    }
}

/// The text of a JSON value, strings without quotes.
pub(crate) fn json_text(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Gives every node a name, parents before children, reusing a name for an identical type, and
/// lists the types to declare in emission order.
fn assign_names(ep: &mut Endpoint) {
    let mut order = Vec::new();
    let mut seen = HashSet::new();
    let roots: Vec<Member> = ep.request.iter().chain(&ep.response).cloned().collect();
    visit_members(&ep.nodes, &roots, &mut order, &mut seen);

    let mut memo = HashMap::new();
    let mut taken: HashMap<String, String> = HashMap::new(); // name → signature
    let mut by_signature: HashMap<String, String> = HashMap::new();
    let mut emit = Vec::new();
    for &id in &order {
        let sig = signature(&ep.nodes, id, &mut memo);
        if let Some(name) = by_signature.get(&sig) {
            ep.nodes[id].name = name.clone();
            continue;
        }
        let node = &ep.nodes[id];
        let base = if node.base.is_empty() {
            "Value".to_owned()
        } else {
            node.base.clone()
        };
        let mut candidates = vec![base.clone(), format!("{base}{}", node.suffix)];
        candidates.extend((2..).take(98).map(|n| format!("{base}{}{n}", node.suffix)));
        let name = candidates
            .into_iter()
            .find(|c| !names::is_reserved_type(c) && !taken.contains_key(c))
            .unwrap_or_else(|| format!("{base}{id}"));
        taken.insert(name.clone(), sig.clone());
        by_signature.insert(sig, name.clone());
        ep.nodes[id].name = name;
        emit.push(id);
    }
    emit.sort_by_key(|&id| ep.nodes[id].kind.category());
    ep.emit = emit;
}

fn visit_members(
    nodes: &[Node],
    members: &[Member],
    order: &mut Vec<usize>,
    seen: &mut HashSet<usize>,
) {
    for m in members {
        if let Member::Field(f) = m {
            visit_ty(nodes, &f.ty, order, seen);
        }
    }
}

fn visit_ty(nodes: &[Node], ty: &Ty, order: &mut Vec<usize>, seen: &mut HashSet<usize>) {
    match ty {
        Ty::Node(id) => {
            if !seen.insert(*id) {
                return;
            }
            order.push(*id);
            match &nodes[*id].kind {
                NodeKind::Item(ms) | NodeKind::Json(ms) => visit_members(nodes, ms, order, seen),
                NodeKind::OneOf(shapes) => {
                    for s in shapes {
                        visit_ty(nodes, &Ty::Node(s.node), order, seen);
                    }
                }
                NodeKind::Enum(_) => {}
            }
        }
        Ty::Vec(inner) => visit_ty(nodes, inner, order, seen),
        _ => {}
    }
}

/// A structural fingerprint of a node: two nodes with the same one declare the same type.
fn signature(nodes: &[Node], id: usize, memo: &mut HashMap<usize, String>) -> String {
    if let Some(s) = memo.get(&id) {
        return s.clone();
    }
    let node = &nodes[id];
    let ty_sig = |ty: &Ty, memo: &mut HashMap<usize, String>| -> String {
        fn go(nodes: &[Node], ty: &Ty, memo: &mut HashMap<usize, String>) -> String {
            match ty {
                Ty::Text => "s".into(),
                Ty::Int { signed } => format!("i{signed}"),
                Ty::SignType => "t".into(),
                Ty::Node(n) => format!("({})", signature(nodes, *n, memo)),
                Ty::Vec(inner) => format!("[{}]", go(nodes, inner, memo)),
            }
        }
        go(nodes, ty, memo)
    };
    let members_sig = |ms: &[Member], memo: &mut HashMap<usize, String>| -> String {
        ms.iter()
            .map(|m| match m {
                Member::Field(f) => format!(
                    "{}:{}:{}:{:?}:{:?}",
                    f.wire,
                    f.option,
                    ty_sig(&f.ty, memo),
                    f.max_len,
                    f.list.as_ref().map(|l| (&l.count, l.required)),
                ),
                Member::Note(n) => format!("#{n}"),
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let body = match &node.kind {
        NodeKind::Item(ms) => format!("item{{{}}}", members_sig(ms, memo)),
        NodeKind::Json(ms) => format!("json{{{}}}", members_sig(ms, memo)),
        NodeKind::Enum(vs) => format!(
            "enum{{{}}}",
            vs.iter()
                .map(|v| v.value.as_str())
                .collect::<Vec<_>>()
                .join(",")
        ),
        NodeKind::OneOf(shapes) => format!(
            "oneof{{{}}}",
            shapes
                .iter()
                .map(|s| format!("{}={}", s.name, signature(nodes, s.node, memo)))
                .collect::<Vec<_>>()
                .join(",")
        ),
    };
    let sig = format!("{}/{body}", node.base);
    memo.insert(id, sig.clone());
    sig
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Operation;

    fn op(body: &str, response: &str) -> Operation {
        let yaml = |t: &str| serde_norway::from_str::<Value>(t).expect("test YAML parses");
        Operation {
            path: "v2/pay/thing".into(),
            method: "POST".into(),
            summary: "概要".into(),
            description: "说明。[官方文档](https://example.invalid/doc)".into(),
            cert: false,
            base_uri: None,
            consumes: vec!["application/xml".into()],
            produces: vec!["application/xml".into()],
            deprecated: false,
            body: Some(yaml(body)),
            params: Vec::new(),
            response: (!response.is_empty()).then(|| yaml(response)),
            response_codes: vec![if response.is_empty() { "302" } else { "200" }.into()],
        }
    }

    fn fields(members: &[Member]) -> Vec<&Field> {
        members
            .iter()
            .filter_map(|m| match m {
                Member::Field(f) => Some(f),
                Member::Note(_) => None,
            })
            .collect()
    }

    fn node<'a>(ep: &'a Endpoint, name: &str) -> &'a Node {
        ep.nodes
            .iter()
            .find(|n| n.name == name)
            .unwrap_or_else(|| panic!("no type {name}"))
    }

    #[test]
    fn framework_and_config_fields() {
        let ep = build(
            &op(
                "type: object
required: [appid, mch_id, nonce_str, sign, sign_type, body]
properties:
  appid: {type: string, maxLength: 32}
  mch_id: {type: string, maxLength: 32}
  sub_mch_id: {type: string, maxLength: 32}
  nonce_str: {type: string}
  sign: {type: string}
  sign_type: {type: string, enum: [HMAC-SHA256]}
  body: {type: string, maxLength: 128}
  total_fee: {type: integer, example: '888'}
  refund: {type: integer, description: 金额，-1表示不限}
  expires_in: {type: number, format: int32}
  rate: {type: number, example: '6.5'}
  checked_in: {type: boolean, example: 'TRUE'}
",
                "type: object
required: [return_code, result_code, appid]
properties:
  return_code: {type: string}
  result_code: {type: string}
  err_code_des: {type: string}
  appid: {type: string}
  sign_type: {type: string}
",
            ),
            None,
        );
        let req = fields(&ep.request);
        let wires: Vec<_> = req.iter().map(|f| f.wire.as_str()).collect();
        assert_eq!(
            wires,
            [
                "appid",
                "mch_id",
                "sub_mch_id",
                "sign_type",
                "body",
                "total_fee",
                "refund",
                "expires_in",
                "rate",
                "checked_in"
            ]
        );
        assert!(req[0].config && req[0].option && !req[0].optional_flag);
        assert!(req[2].optional_flag);
        assert_eq!(req[3].ty, Ty::SignType);
        assert!(!req[3].option);
        assert_eq!(req[4].max_len, Some(128));
        assert!(!req[4].option);
        assert_eq!(req[5].ty, Ty::Int { signed: false });
        assert!(req[5].option);
        assert_eq!(req[6].ty, Ty::Int { signed: true });
        assert_eq!(req[7].ty, Ty::Int { signed: false }, "format int32");
        assert_eq!(req[8].ty, Ty::Text, "not a whole number");
        assert_eq!(req[9].ty, Ty::Text);
        assert!(req[9].notes[0].contains("`boolean`"));
        let resp = fields(&ep.response);
        let wires: Vec<_> = resp.iter().map(|f| f.wire.as_str()).collect();
        assert_eq!(wires, ["appid", "sign_type"]);
        assert!(resp[1].option && resp[1].ty == Ty::Text);
        assert!(ep.nodes.is_empty(), "no enum for sign_type");
        assert!(ep.warnings.iter().any(|w| w.contains("endpoint table")));
    }

    #[test]
    fn enums_are_named_once_and_suffixed_on_a_clash() {
        let ep = build(
            &op(
                "type: object
properties:
  trade_state: {type: string, enum: [SUCCESS, NOTPAY]}
  deposit: {type: string, enum: [Y, N]}
",
                "type: object
properties:
  trade_state: {type: string, enum: [SUCCESS, NOTPAY, CLOSED]}
  deposit: {type: string, enum: [Y, N]}
  response: {type: string, enum: [A]}
",
            ),
            None,
        );
        let names: Vec<_> = ep.emit.iter().map(|&i| ep.nodes[i].name.as_str()).collect();
        assert_eq!(
            names,
            [
                "TradeState",
                "Deposit",
                "TradeStateResponse",
                "ResponseResponse"
            ]
        );
        let NodeKind::Enum(vs) = &node(&ep, "Deposit").kind else {
            panic!("an enum")
        };
        assert_eq!(vs[0].name, "Yes");
        assert_eq!(vs[1].value, "N");
        let resp = fields(&ep.response);
        assert_eq!(
            ep.nodes[match resp[1].ty {
                Ty::Node(n) => n,
                _ => panic!(),
            }]
            .name,
            "Deposit"
        );
    }

    #[test]
    fn indexed_lists_nest_and_find_their_counts() {
        let ep = build(
            &op(
                "type: object\nproperties: {a: {type: string}}",
                "type: object
required: [refund_count, refund_id_$n]
properties:
  total_refund_count: {type: integer}
  refund_count: {type: integer, description: 退款笔数}
  out_refund_no_$n: {type: string}
  refund_id_$n: {type: string}
  coupon_refund_fee_$n: {type: integer}
  coupon_refund_count_$n: {type: integer}
  coupon_refund_id_$n_$m: {type: string}
  coupon_refund_fee_$n_$m: {type: integer}
  refund_status_$n: {type: string}
  cash_fee: {type: integer}
",
            ),
            None,
        );
        let resp = fields(&ep.response);
        let wires: Vec<_> = resp.iter().map(|f| f.wire.as_str()).collect();
        assert_eq!(wires, ["total_refund_count", "refund_count", "cash_fee"]);
        let list = resp[1].list.as_ref().expect("a list");
        assert_eq!(list.count, "refund_count");
        assert_eq!(list.field, "refunds");
        assert!(list.required);
        let NodeKind::Item(members) = &node(&ep, "Refund").kind else {
            panic!("an item")
        };
        let members = fields(members);
        let wires: Vec<_> = members.iter().map(|f| f.wire.as_str()).collect();
        assert_eq!(
            wires,
            [
                "out_refund_no",
                "refund_id",
                "coupon_refund_fee",
                "coupon_refund_count",
                "refund_status"
            ]
        );
        assert!(!members[1].option && members[0].option);
        let nested = members[3].list.as_ref().expect("a nested list");
        assert_eq!(nested.count, "coupon_refund_count");
        assert_eq!(nested.field, "coupon_refunds");
        let NodeKind::Item(inner) = &node(&ep, "CouponRefund").kind else {
            panic!("an item")
        };
        let inner: Vec<_> = fields(inner).iter().map(|f| f.wire.clone()).collect();
        assert_eq!(inner, ["coupon_refund_id", "coupon_refund_fee"]);
    }

    #[test]
    fn a_list_without_a_count_field_is_a_guess_for_review() {
        let ep = build(
            &op(
                "type: object\nproperties: {a: {type: string}}",
                "type: object
properties:
  coupon_id_$n: {type: string}
  coupon_fee_$n: {type: integer}
",
            ),
            None,
        );
        let resp = fields(&ep.response);
        assert_eq!(resp.len(), 1);
        assert_eq!(resp[0].list.as_ref().unwrap().count, "coupon_count");
        assert!(resp[0].notes[0].contains("no count field found"));
    }

    #[test]
    fn json_one_of_becomes_an_enum_of_shapes() {
        let ep = build(
            &op(
                "type: object
required: [scene_info]
properties:
  scene_info:
    type: string
    maxLength: 1024
    example: '{\"scene_info\":{\"start_time\":\"1\",\"plate_number\":\"A\"}}'
    x-json:
      type: object
      x-prop-one-of: true
      required: [scene_info]
      properties:
        scene_info:
          oneOf:
            - type: object
              description: 场景`PARKING`信息
              required: [start_time]
              properties:
                start_time: {type: string, maxLength: 16}
                plate_number: {type: string}
            - type: object
              description: 场景`PARKING SPACE`信息
              properties:
                space_number: {type: string}
",
                "",
            ),
            None,
        );
        let names: Vec<_> = ep.emit.iter().map(|&i| ep.nodes[i].name.as_str()).collect();
        assert_eq!(
            names,
            [
                "SceneInfo",
                "SceneInfoShape",
                "ParkingSceneInfo",
                "ParkingSpaceSceneInfo"
            ]
        );
        let NodeKind::OneOf(shapes) = &node(&ep, "SceneInfoShape").kind else {
            panic!("a one-of")
        };
        assert_eq!(shapes[0].name, "Parking");
        assert_eq!(shapes[1].name, "ParkingSpace");
        let req = fields(&ep.request);
        assert_eq!(req[0].max_len, Some(1024));
        assert!(ep.response_notes[0].contains("no `200` response"));
        assert!(ep.response_notes[0].contains("`signed_url`"));
    }

    #[test]
    fn json_arrays_numbers_and_wrapped_examples() {
        let ep = build(
            &op(
                "type: object
properties:
  receivers:
    type: string
    example: '[{\"type\":\"MERCHANT_ID\",\"amount\":100}]'
    x-json:
      type: array
      x-key: receiver
      items:
        type: object
        required: [type]
        properties:
          type: {type: string, enum: [MERCHANT_ID, PERSONAL_OPENID]}
          amount: {type: number}
          tags: {type: array, items: {type: string}}
  store_photos:
    type: string
    x-json: {type: array, items: {type: string}}
",
                "type: object
properties:
  promotion_detail:
    type: string
    example: '{\"promotion_detail\":[{\"promotion_id\":\"1\",\"amount\":5}]}'
    x-json:
      type: object
      properties:
        promotion_id: {type: string}
        amount: {type: string}
",
            ),
            None,
        );
        let req = fields(&ep.request);
        let Ty::Vec(inner) = &req[0].ty else {
            panic!("a Vec")
        };
        let Ty::Node(receiver) = **inner else {
            panic!("of a struct")
        };
        assert_eq!(ep.nodes[receiver].name, "Receiver");
        let NodeKind::Json(members) = &ep.nodes[receiver].kind else {
            panic!("JSON")
        };
        let members = fields(members);
        assert!(matches!(members[0].ty, Ty::Node(_)) && !members[0].option);
        assert_eq!(members[1].ty, Ty::Int { signed: false }, "from the example");
        assert_eq!(members[2].ty, Ty::Vec(Box::new(Ty::Text)));
        assert_eq!(req[1].ty, Ty::Vec(Box::new(Ty::Text)));
        let NodeKind::Json(wrapper) = &node(&ep, "PromotionDetail").kind else {
            panic!("JSON")
        };
        assert_eq!(fields(wrapper)[0].wire, "promotion_detail");
        let NodeKind::Json(item) = &node(&ep, "PromotionDetailItem").kind else {
            panic!("JSON")
        };
        assert_eq!(fields(item)[1].ty, Ty::Int { signed: false });
        assert!(ep.warnings.iter().any(|w| w.contains("wraps a list")));
    }

    #[test]
    fn doc_text_drops_links_and_folds_lines() {
        assert_eq!(
            doc_text("说明\n  第二行。[官方文档](https://a/b?c=1) [官方文档](https://d)"),
            "说明 第二行。"
        );
        assert_eq!(doc_text("见[1]与`x`"), "见[1]与`x`");
    }
}
