//! Machine-readable output: the `specs --json` document and the response of `post`.
//!
//! The `specs` format is documented in the crate docs (`main.rs`) and the README.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use wechatpay_v2::meta::{EndpointMeta, FieldKind, FieldMeta, JsonShape};

use super::{config_name, endpoint_kind_name, kind_name};

/// Version of the `specs --json` format.
pub(crate) const SPECS_FORMAT: u32 = 1;

/// The `specs --json` document for `endpoints`.
pub(crate) fn specs(endpoints: &[&EndpointMeta]) -> Value {
    json!({
        "format": SPECS_FORMAT,
        "endpoints": endpoints.iter().map(|e| endpoint(e)).collect::<Vec<_>>(),
    })
}

/// One endpoint of the `specs` document.
fn endpoint(meta: &EndpointMeta) -> Value {
    json!({
        "path": meta.path,
        "wire_path": meta.wire_path,
        "method": meta.method.as_str(),
        "title": meta.title,
        "kind": endpoint_kind_name(meta.kind),
        "host": meta.host,
        "cert": meta.cert,
        "signed_response": meta.signed_response,
        "nonce": meta.nonce,
        "sandbox": meta.sandbox,
        "sign_types": sign_types(meta),
        "request": fields(meta.request),
        "query": meta.query,
        "response": fields(meta.response),
    })
}

/// The sign types an endpoint takes: the values of its `sign_type` request field, else MD5.
pub(crate) fn sign_types(meta: &EndpointMeta) -> Vec<&'static str> {
    let declared = meta.request.iter().find(|f| f.name == "sign_type");
    match declared.map(|f| f.kind) {
        Some(FieldKind::Enum(values)) => values.to_vec(),
        _ => vec!["MD5"],
    }
}

fn fields(list: &[FieldMeta]) -> Vec<Value> {
    list.iter().map(field).collect()
}

fn field(meta: &FieldMeta) -> Value {
    let mut object = Map::new();
    object.insert("name".into(), meta.name.into());
    object.insert("doc".into(), meta.doc.into());
    object.insert("required".into(), meta.required.into());
    object.insert("max_len".into(), meta.max_len.into());
    object.insert("kind".into(), kind_name(meta.kind).into());
    match meta.kind {
        FieldKind::Enum(values) => {
            object.insert("values".into(), values.to_vec().into());
        }
        FieldKind::Json(inner) => {
            object.insert("json".into(), shape(inner));
        }
        FieldKind::List(items) => {
            object.insert("items".into(), fields(items).into());
        }
        FieldKind::Nested {
            each,
            fields: items,
        } => {
            object.insert("each".into(), each.into());
            object.insert("items".into(), fields(items).into());
        }
        _ => {}
    }
    object.insert("config".into(), meta.config.map(config_name).into());
    Value::Object(object)
}

fn shape(shape: &JsonShape) -> Value {
    match shape {
        JsonShape::Object(members) => json!({ "object": fields(members) }),
        JsonShape::OneOf(shapes) => {
            json!({ "one_of": shapes.iter().map(self::shape).collect::<Vec<_>>() })
        }
        JsonShape::Array(FieldKind::Json(item)) => json!({ "array": self::shape(item) }),
        JsonShape::Array(item) => json!({ "array": kind_name(**item) }),
        _ => json!({ "unknown": Value::Null }),
    }
}

/// The verified response fields as a JSON object: a field the endpoint declares as JSON is
/// embedded as a JSON value (kept as a string if it does not parse), everything else is a
/// string.
pub(crate) fn response(meta: Option<&EndpointMeta>, received: &BTreeMap<String, String>) -> Value {
    let is_json = |name: &str| {
        meta.and_then(|m| m.response.iter().find(|f| f.name == name))
            .is_some_and(|f| matches!(f.kind, FieldKind::Json(_)))
    };
    let object = received
        .iter()
        .map(|(name, text)| {
            let value = if is_json(name) {
                serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone()))
            } else {
                Value::String(text.clone())
            };
            (name.clone(), value)
        })
        .collect::<Map<_, _>>();
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wechatpay_v2::Apis;
    use wechatpay_v2::handle::EndpointSet;

    #[test]
    fn every_declared_endpoint_is_in_the_specs() {
        let doc = specs(Apis::endpoints());
        assert_eq!(doc["format"], 1);
        let listed = doc["endpoints"].as_array().map_or(0, Vec::len);
        assert_eq!(listed, Apis::endpoints().len());
    }

    #[test]
    fn undeclared_fields_stay_strings() {
        let received = BTreeMap::from([("x".to_owned(), "{\"a\":1}".to_owned())]);
        assert_eq!(response(None, &received)["x"], "{\"a\":1}");
    }
}
