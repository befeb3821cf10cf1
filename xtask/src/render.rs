//! Writing the declaration file: the model as Rust source, in the shape the existing
//! declarations under `api-specs/src/v2/` have, then through rustfmt.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use crate::model::{Endpoint, Field, Member, Node, NodeKind, Ty, doc_text};
use crate::names;

/// The Rust type of a field, without `Option`.
pub(crate) fn type_source(ty: &Ty, nodes: &[Node]) -> String {
    match ty {
        Ty::Text => "String".into(),
        Ty::Int { signed: true } => "i64".into(),
        Ty::Int { signed: false } => "u64".into(),
        Ty::SignType => "SignType".into(),
        Ty::Node(n) => nodes[*n].name.clone(),
        Ty::Vec(inner) => format!("Vec<{}>", type_source(inner, nodes)),
    }
}

/// `/// TODO(doc) (<text>).`, or `/// TODO(doc).` without text.
fn todo_doc(out: &mut String, indent: &str, text: &str) {
    let text = doc_text(text);
    if text.is_empty() {
        let _ = writeln!(out, "{indent}/// TODO(doc).");
    } else {
        let _ = writeln!(out, "{indent}/// TODO(doc) ({text}).");
    }
}

fn review(out: &mut String, indent: &str, note: &str) {
    let _ = writeln!(out, "{indent}// TODO(review): {}", doc_text(note));
}

/// The Rust field names of a struct's members, in order (`None` for notes): each wire name's
/// identifier, a list's plural name, made unique within the struct.
pub(crate) fn field_idents(members: &[Member]) -> Vec<Option<(String, bool)>> {
    let mut used: HashSet<String> = HashSet::new();
    members
        .iter()
        .map(|m| {
            let Member::Field(f) = m else { return None };
            let (mut ident, mut rename) = match &f.list {
                Some(list) => (names::ident_source(&list.field), false),
                None => names::field_ident(&f.wire),
            };
            if ident == "other_fields" {
                // The macro adds `other_fields` to every response.
                ident = "other_fields_value".into();
                rename = f.list.is_none();
            }
            if used.contains(&ident) {
                let stem = ident.trim_start_matches("r#").to_owned();
                ident = (2..)
                    .map(|n| format!("{stem}_{n}"))
                    .find(|c| !used.contains(c))
                    .unwrap_or_default();
                rename = f.list.is_none();
            }
            used.insert(ident.clone());
            Some((ident, rename))
        })
        .collect()
}

fn members(out: &mut String, members: &[Member], nodes: &[Node]) {
    for (m, ident) in members.iter().zip(field_idents(members)) {
        match (m, ident) {
            (Member::Note(note), _) => review(out, "    ", note),
            (Member::Field(f), Some((ident, rename))) => field(out, f, &ident, rename, nodes),
            (Member::Field(_), None) => {}
        }
    }
}

fn field(out: &mut String, f: &Field, ident: &str, rename: bool, nodes: &[Node]) {
    for note in &f.notes {
        review(out, "    ", note);
    }
    todo_doc(out, "    ", &f.doc);
    let mut attrs = Vec::new();
    let ty = match &f.list {
        Some(list) => {
            attrs.push("list".to_owned());
            attrs.push(format!("count = {:?}", list.count));
            if list.required {
                attrs.push("required".to_owned());
            }
            format!("Vec<{}>", type_source(&f.ty, nodes))
        }
        None => {
            if rename {
                attrs.push(format!("rename = {:?}", f.wire));
            }
            if let Some(n) = f.max_len {
                attrs.push(format!("max_len = {n}"));
            }
            if f.optional_flag {
                attrs.push("optional".to_owned());
            }
            let ty = type_source(&f.ty, nodes);
            if f.option {
                format!("Option<{ty}>")
            } else {
                ty
            }
        }
    };
    if !attrs.is_empty() {
        let _ = writeln!(out, "    #[wechat({})]", attrs.join(", "));
    }
    let _ = writeln!(out, "    pub {ident}: {ty},");
}

fn uses_sign_type(members: &[Member]) -> bool {
    members
        .iter()
        .any(|m| matches!(m, Member::Field(f) if f.ty == Ty::SignType))
}

/// The declaration file's text, before rustfmt.
pub(crate) fn declaration(ep: &Endpoint) -> String {
    let mut out = String::new();
    let summary = doc_text(&ep.summary);
    if summary.is_empty() {
        let _ = writeln!(out, "//! `{}`: TODO(doc).", ep.path);
    } else {
        let _ = writeln!(out, "//! `{}`: TODO(doc) ({summary}).", ep.path);
    }
    out.push_str("//!\n");
    let description = doc_text(&ep.description);
    if description.is_empty() {
        out.push_str("//! TODO(doc).\n");
    } else {
        let _ = writeln!(out, "//! TODO(doc): {description}");
    }
    out.push('\n');
    if uses_sign_type(&ep.request) || uses_sign_type(&ep.response) {
        out.push_str("use wechatpay_v2::{SignType, wechat_v2_api};\n\n");
    } else {
        out.push_str("use wechatpay_v2::wechat_v2_api;\n\n");
    }

    let mut flags = vec![format!("path = {:?}", ep.path)];
    if let Some(host) = &ep.host {
        flags.push(format!("host = {host:?}"));
    }
    if ep.get {
        flags.push("method = \"GET\"".to_owned());
    }
    if ep.cert {
        flags.push("cert".to_owned());
    }
    if ep.unsigned {
        flags.push("unsigned".to_owned());
    }
    if ep.nonceless {
        flags.push("nonceless".to_owned());
    }
    todo_doc(&mut out, "", &ep.summary);
    let _ = writeln!(out, "#[wechat_v2_api({})]", flags.join(", "));
    out.push_str("pub struct Request {\n");
    members(&mut out, &ep.request, &ep.nodes);
    out.push_str("}\n\n");

    for note in &ep.response_notes {
        review(&mut out, "", note);
    }
    let what = if summary.is_empty() {
        "the response".to_owned()
    } else {
        format!("the response of {summary}")
    };
    todo_doc(&mut out, "", &what);
    out.push_str("#[wechat_v2_api(response)]\npub struct Response {\n");
    members(&mut out, &ep.response, &ep.nodes);
    out.push_str("}\n");

    for &id in &ep.emit {
        out.push('\n');
        node(&mut out, &ep.nodes[id], &ep.nodes);
    }
    out
}

fn node(out: &mut String, node: &Node, nodes: &[Node]) {
    todo_doc(out, "", &node.doc);
    match &node.kind {
        NodeKind::Item(ms) | NodeKind::Json(ms) => {
            let arg = if matches!(node.kind, NodeKind::Item(_)) {
                "item"
            } else {
                "json"
            };
            let _ = writeln!(out, "#[wechat_v2_api({arg})]\npub struct {} {{", node.name);
            members(out, ms, nodes);
            out.push_str("}\n");
        }
        NodeKind::Enum(variants) => {
            let _ = writeln!(out, "#[wechat_v2_api]\npub enum {} {{", node.name);
            for v in variants {
                let _ = writeln!(out, "    /// TODO(doc) (`{}`).", v.value);
                if names::variant_needs_rename(&v.name, &v.value) {
                    let _ = writeln!(out, "    #[wechat(rename = {:?})]", v.value);
                }
                let _ = writeln!(out, "    {},", v.name);
            }
            out.push_str("}\n");
        }
        NodeKind::OneOf(shapes) => {
            let _ = writeln!(out, "#[wechat_v2_api(json)]\npub enum {} {{", node.name);
            for s in shapes {
                todo_doc(out, "    ", &s.doc);
                let _ = writeln!(out, "    {}({}),", s.name, nodes[s.node].name);
            }
            out.push_str("}\n");
        }
    }
}

/// Formats a written file in place with `rustfmt --edition 2024`.
pub(crate) fn rustfmt(file: &Path) -> Result<(), String> {
    let status = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()))
        .args(["--edition", "2024"])
        .arg(file)
        .status()
        .map_err(|e| format!("run rustfmt: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("rustfmt failed on {} ({status})", file.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, ListAttr, Variant};

    fn text_field(wire: &str) -> Field {
        Field {
            wire: wire.into(),
            doc: "说明".into(),
            ty: Ty::Text,
            option: false,
            optional_flag: false,
            config: false,
            max_len: Some(32),
            list: None,
            notes: Vec::new(),
            example: None,
        }
    }

    #[test]
    fn keyword_and_odd_names_get_raw_idents_or_renames() {
        let mut out = String::new();
        let mut dup = text_field("sub-mch-id");
        dup.option = true;
        members(
            &mut out,
            &[
                Member::Field(text_field("type")),
                Member::Field(text_field("sub_mch_id")),
                Member::Field(dup),
                Member::Note("query parameter `action`".into()),
            ],
            &[],
        );
        assert_eq!(
            out,
            "    /// TODO(doc) (说明).
    #[wechat(max_len = 32)]
    pub r#type: String,
    /// TODO(doc) (说明).
    #[wechat(max_len = 32)]
    pub sub_mch_id: String,
    /// TODO(doc) (说明).
    #[wechat(rename = \"sub-mch-id\", max_len = 32)]
    pub sub_mch_id_2: Option<String>,
    // TODO(review): query parameter `action`
"
        );
    }

    #[test]
    fn the_file_opens_with_docs_imports_and_endpoint_flags() {
        let op = crate::spec::Operation {
            path: "v2/risk/getpublickey".into(),
            method: "GET".into(),
            summary: "获取RSA加密公钥API".into(),
            description: "说明\n第二行。[官方文档](https://example.invalid)".into(),
            cert: true,
            base_uri: Some("https://fraud.mch.weixin.qq.com/".into()),
            consumes: Vec::new(),
            produces: Vec::new(),
            deprecated: false,
            body: Some(
                serde_norway::from_str(
                    "type: object
required: [mch_id, sign_type]
properties:
  mch_id: {type: string, description: 商户号}
  sign_type: {type: string}
",
                )
                .unwrap(),
            ),
            params: Vec::new(),
            response: Some(
                serde_norway::from_str("properties: {pub_key: {type: string}}").unwrap(),
            ),
            response_codes: vec!["200".into()],
        };
        let row = crate::endpoints::Row {
            method: "GET".into(),
            cert: true,
            host: Some("https://fraud.mch.weixin.qq.com/".into()),
            unsigned: true,
        };
        let ep = crate::model::build(&op, Some(&row));
        assert!(ep.warnings.is_empty(), "{:?}", ep.warnings);
        let text = declaration(&ep);
        assert!(
            text.starts_with(
                "//! `v2/risk/getpublickey`: TODO(doc) (获取RSA加密公钥API).
//!
//! TODO(doc): 说明 第二行。

use wechatpay_v2::{SignType, wechat_v2_api};

/// TODO(doc) (获取RSA加密公钥API).
#[wechat_v2_api(path = \"v2/risk/getpublickey\", host = \"https://fraud.mch.weixin.qq.com/\", method = \"GET\", cert, unsigned)]
pub struct Request {
    /// TODO(doc) (商户号).
    pub mch_id: Option<String>,
    /// TODO(doc).
    pub sign_type: SignType,
}
"
            ),
            "{text}"
        );
        assert!(text.contains(
            "pub struct Response {\n    /// TODO(doc).\n    pub pub_key: Option<String>,\n}"
        ));
    }

    #[test]
    fn lists_and_enums_render_like_the_hand_written_ones() {
        let nodes = vec![
            Node {
                base: "Refund".into(),
                suffix: "Response".into(),
                doc: String::new(),
                kind: NodeKind::Item(Vec::new()),
                name: "Refund".into(),
            },
            Node {
                base: "TradeScene".into(),
                suffix: String::new(),
                doc: "交易场景".into(),
                kind: NodeKind::Enum(vec![
                    Variant {
                        name: "Parking".into(),
                        value: "PARKING".into(),
                    },
                    Variant {
                        name: "ParkingSpace".into(),
                        value: "PARKING SPACE".into(),
                    },
                ]),
                name: "TradeScene".into(),
            },
        ];
        let mut list = text_field("refund_count");
        list.ty = Ty::Node(0);
        list.max_len = None;
        list.list = Some(ListAttr {
            count: "refund_count".into(),
            required: true,
            field: "refunds".into(),
        });
        let mut out = String::new();
        members(&mut out, &[Member::Field(list)], &nodes);
        assert!(out.contains(
            "    #[wechat(list, count = \"refund_count\", required)]\n    pub refunds: Vec<Refund>,\n"
        ));
        let mut out = String::new();
        node(&mut out, &nodes[1], &nodes);
        assert_eq!(
            out,
            "/// TODO(doc) (交易场景).
#[wechat_v2_api]
pub enum TradeScene {
    /// TODO(doc) (`PARKING`).
    Parking,
    /// TODO(doc) (`PARKING SPACE`).
    #[wechat(rename = \"PARKING SPACE\")]
    ParkingSpace,
}
"
        );
    }

    /// An XML `POST` whose spec lists `sign` and no `nonce_str` is drafted `nonceless`; one
    /// that lists `nonce_str`, or a `GET`, or an upload, is not.
    #[test]
    fn a_post_signed_without_a_nonce_is_drafted_nonceless() {
        let draft = |method: &str, fields: &str, consumes: &str| {
            let op = crate::spec::Operation {
                path: "v2/pay/queryexchagerate".into(),
                method: method.into(),
                summary: "汇率查询".into(),
                description: String::new(),
                cert: false,
                base_uri: None,
                consumes: vec![consumes.into()],
                produces: Vec::new(),
                deprecated: false,
                body: Some(
                    serde_norway::from_str(&format!("type: object\nproperties: {{{fields}}}\n"))
                        .unwrap(),
                ),
                params: Vec::new(),
                response: Some(
                    serde_norway::from_str("properties: {rate: {type: string}}").unwrap(),
                ),
                response_codes: vec!["200".into()],
            };
            let row = crate::endpoints::Row {
                method: method.into(),
                cert: false,
                host: None,
                unsigned: false,
            };
            declaration(&crate::model::build(&op, Some(&row)))
        };
        let flags = |text: &str| {
            text.lines()
                .find(|l| l.starts_with("#[wechat_v2_api(path"))
                .unwrap_or_default()
                .to_owned()
        };
        let signed = "fee_type: {type: string}, sign: {type: string}";
        let with_nonce =
            "fee_type: {type: string}, nonce_str: {type: string}, sign: {type: string}";
        assert_eq!(
            flags(&draft("POST", signed, "application/xml")),
            "#[wechat_v2_api(path = \"v2/pay/queryexchagerate\", nonceless)]"
        );
        for (method, fields, consumes) in [
            ("POST", with_nonce, "application/xml"),
            ("GET", signed, "application/xml"),
            ("POST", signed, "multipart/form-data"),
        ] {
            let text = draft(method, fields, consumes);
            assert!(
                !flags(&text).contains("nonceless"),
                "{method} {consumes}: {text}"
            );
        }
    }
}
