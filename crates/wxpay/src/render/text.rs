//! Output for people: the endpoint list of `list` and the description of `show`.

use std::collections::BTreeMap;
use std::fmt::Write;

use wechatpay_v2::meta::{EndpointMeta, FieldKind, FieldMeta, JsonShape};
use wechatpay_v2_protocol::endpoint::ENVELOPE_FIELDS;

use super::{endpoint_kind_name, group_of, kind_name};

/// Every endpoint, one line each (path, method, title), under a header line per API group.
pub(crate) fn endpoint_list(endpoints: &[&EndpointMeta]) -> String {
    let mut groups: BTreeMap<&str, Vec<&EndpointMeta>> = BTreeMap::new();
    for meta in endpoints {
        groups.entry(group_of(meta.path)).or_default().push(meta);
    }
    let width = endpoints.iter().map(|m| m.path.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (group, members) in groups {
        let plural = if members.len() == 1 { "" } else { "s" };
        let _ = writeln!(out, "{group} ({} endpoint{plural})", members.len());
        for meta in members {
            let _ = writeln!(
                out,
                "  {:<width$}  {:<4}  {}",
                meta.path,
                meta.method.as_str(),
                meta.title
            );
        }
    }
    out
}

/// One endpoint: title, method, wire path, then its request and response fields.
pub(crate) fn endpoint(meta: &EndpointMeta) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", meta.path);
    let _ = writeln!(out, "  {}", meta.title);
    let _ = writeln!(out);
    let _ = writeln!(out, "method       {}", meta.method.as_str());
    let _ = writeln!(out, "wire path    {}", meta.wire_path);
    let _ = writeln!(
        out,
        "host         {}",
        meta.host.unwrap_or("the configured gateway")
    );
    let _ = writeln!(out, "kind         {}", endpoint_kind_name(meta.kind));
    let cert = if meta.cert { "required" } else { "not needed" };
    let _ = writeln!(out, "client cert  {cert}");
    let signed = if meta.signed_response {
        "signed"
    } else {
        "not signed"
    };
    let _ = writeln!(out, "response     {signed}");
    let _ = writeln!(out);
    let added = if meta.nonce {
        "nonce_str and sign are added when sending"
    } else {
        "sign is added when sending; this endpoint takes no nonce_str"
    };
    let _ = writeln!(out, "request fields ({added}):");
    field_lines(&mut out, meta.request, 1);
    if !meta.query.is_empty() {
        let _ = writeln!(
            out,
            "  in the URL's query string, not signed: {}",
            meta.query.join(", ")
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "response fields (besides the envelope: {}):",
        ENVELOPE_FIELDS.join(", ")
    );
    field_lines(&mut out, meta.response, 1);
    out
}

/// One line per field at `depth`, with JSON members below their field.
fn field_lines(out: &mut String, fields: &[FieldMeta], depth: usize) {
    if fields.is_empty() {
        let _ = writeln!(out, "{}(none)", indent(depth));
        return;
    }
    let width = fields
        .iter()
        .map(|f| f.name.chars().count())
        .max()
        .unwrap_or(0);
    for field in fields {
        let mut parts = vec![
            format!("{:<width$}", field.name),
            (if field.required {
                "required"
            } else {
                "optional"
            })
            .to_owned(),
            kind_text(field.kind),
        ];
        if let Some(max) = field.max_len {
            parts.push(format!("max {max}"));
        }
        if field.config.is_some() {
            parts.push("(from config)".to_owned());
        }
        if !field.doc.is_empty() {
            parts.push(field.doc.to_owned());
        }
        let _ = writeln!(out, "{}{}", indent(depth), parts.join("  ").trim_end());
        match field.kind {
            FieldKind::Json(shape) => shape_lines(out, shape, depth + 1),
            FieldKind::List(items) => {
                let _ = writeln!(
                    out,
                    "{}each item (on the wire, names end in the item's index: `_0`, `_1`...):",
                    indent(depth + 1)
                );
                field_lines(out, items, depth + 2);
            }
            FieldKind::Nested { each, fields } => {
                let _ = match each {
                    Some(each) => writeln!(
                        out,
                        "{}each item (on the wire, an `<{each}>` element inside `<{}>`):",
                        indent(depth + 1),
                        field.name
                    ),
                    None => writeln!(
                        out,
                        "{}each item (on the wire, one `<{}>` element per item):",
                        indent(depth + 1),
                        field.name
                    ),
                };
                field_lines(out, fields, depth + 2);
            }
            _ => {}
        }
    }
}

/// The members of a JSON shape; each choice of a one-of is listed as an option.
fn shape_lines(out: &mut String, shape: &JsonShape, depth: usize) {
    match shape {
        JsonShape::Object(members) => field_lines(out, members, depth),
        JsonShape::OneOf(shapes) => {
            let _ = writeln!(out, "{}one of:", indent(depth));
            for (n, choice) in shapes.iter().enumerate() {
                let _ = writeln!(out, "{}option {}:", indent(depth + 1), n + 1);
                shape_lines(out, choice, depth + 2);
            }
        }
        JsonShape::Array(FieldKind::Json(item)) => {
            let _ = writeln!(out, "{}an array, each item:", indent(depth));
            shape_lines(out, item, depth + 1);
        }
        JsonShape::Array(item) => {
            let _ = writeln!(out, "{}an array of {}", indent(depth), kind_text(**item));
        }
        _ => {
            let _ = writeln!(out, "{}(a shape this version cannot show)", indent(depth));
        }
    }
}

/// `text`, `integer`, `enum: A, B` or `json`.
fn kind_text(kind: FieldKind) -> String {
    match kind {
        FieldKind::Enum(values) => format!("enum: {}", values.join(", ")),
        other => kind_name(other).to_owned(),
    }
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wechatpay_v2::Apis;
    use wechatpay_v2::handle::EndpointSet;

    #[test]
    fn every_endpoint_is_listed_and_shown() {
        let list = endpoint_list(Apis::endpoints());
        for meta in Apis::endpoints() {
            assert!(list.contains(meta.path), "{list}");
            let shown = endpoint(meta);
            for field in meta.request.iter().chain(meta.response) {
                assert!(shown.contains(field.name), "{shown}");
            }
        }
    }
}
