//! Building the answer to an accepted request.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use wechatpay_v2::ApiKey;
use wechatpay_v2::meta::{FieldKind, FieldMeta, JsonShape};
use wechatpay_v2_protocol::validate::{self, Rules};
use wechatpay_v2_protocol::{nonce, sign, xml};

use crate::check::Accepted;

/// A plausible value for a field nobody asked about.
fn plausible_text(meta: &FieldMeta) -> String {
    let mut value = match meta.kind {
        FieldKind::Enum(values) => values.first().copied().unwrap_or("").to_owned(),
        FieldKind::Integer => "1".to_owned(),
        FieldKind::Json(shape) => plausible_json(shape).to_string(),
        FieldKind::Text => format!("mock_{}", meta.name),
        _ => String::new(),
    };
    if let (Some(max), FieldKind::Text) = (meta.max_len, meta.kind) {
        value = value.chars().take(max as usize).collect();
    }
    value
}

fn plausible_json(shape: &JsonShape) -> Value {
    match shape {
        JsonShape::Object(members) => {
            let mut object = Map::new();
            for m in members.iter().filter(|m| m.required) {
                let value = match m.kind {
                    FieldKind::Json(inner) => plausible_json(inner),
                    FieldKind::Integer => Value::from(1),
                    _ => Value::String(plausible_text(m)),
                };
                object.insert(m.name.to_owned(), value);
            }
            Value::Object(object)
        }
        JsonShape::OneOf(shapes) => shapes.first().map(plausible_json).unwrap_or(Value::Null),
        JsonShape::Array(item) => {
            let value = match item {
                FieldKind::Json(inner) => plausible_json(inner),
                FieldKind::Integer => Value::from(1),
                FieldKind::Enum(values) => Value::from(values.first().copied().unwrap_or("")),
                _ => Value::from("mock_item"),
            };
            Value::Array(vec![value])
        }
        _ => Value::Null,
    }
}

/// The fields of a successful answer: the envelope, every required response field (echoed from
/// the request where it has the same name, otherwise a plausible value), a fresh `nonce_str`,
/// and the `sign` when the endpoint signs its responses.
pub fn plausible_response(request: &Accepted<'_>, key: &ApiKey) -> BTreeMap<String, String> {
    plausible_response_with(request, key, &[])
}

/// [`plausible_response`] with some response fields given (`media_id` for an upload), set
/// before the answer is signed.
pub(crate) fn plausible_response_with(
    request: &Accepted<'_>,
    key: &ApiKey,
    given: &[(&str, String)],
) -> BTreeMap<String, String> {
    let mut fields = BTreeMap::new();
    envelope(&mut fields, "SUCCESS");
    plausible_level(request.endpoint.response, "", request, &mut fields);
    for (name, value) in given {
        fields.insert((*name).to_owned(), value.clone());
    }
    signed(fields, request, key)
}

/// The media id the mock gives an uploaded file: as long and as opaque as the gateway's,
/// derived from the merchant and the file, so the same upload gets the same id.
pub(crate) fn media_id(mch_id: &str, media_hash: &str) -> String {
    let salted = crate::check::media_hash(format!("{mch_id}:{media_hash}").as_bytes());
    format!("H1{salted}{media_hash}")
}

/// The answer of an endpoint that replies in JSON: `retcode` 0 and `retmsg`, then the required
/// fields (integers as JSON numbers); with `fail`, `retcode` -1 and a message instead.
pub(crate) fn json_answer(request: &Accepted<'_>, fail: bool) -> Value {
    if fail {
        return json_fail("system busy, try again");
    }
    let mut fields = BTreeMap::new();
    plausible_level(request.endpoint.response, "", request, &mut fields);
    let mut object = Map::new();
    object.insert("retcode".to_owned(), Value::from(0));
    object.insert("retmsg".to_owned(), Value::from("ok"));
    for (name, text) in fields {
        let integer = request
            .endpoint
            .response
            .iter()
            .any(|m| m.name == name && m.kind == FieldKind::Integer);
        let value = match text.parse::<i64>() {
            Ok(n) if integer => Value::from(n),
            _ => Value::String(text),
        };
        object.insert(name, value);
    }
    Value::Object(object)
}

/// The JSON answer to a refused request.
pub(crate) fn json_fail(retmsg: &str) -> Value {
    serde_json::json!({ "retcode": -1, "retmsg": retmsg })
}

/// Fills one level of fields (the response, or one list item with its `suffix`): echoes from
/// the request where names match, plausible values for the other required fields, and one item
/// for each required list.
fn plausible_level(
    metas: &[FieldMeta],
    suffix: &str,
    request: &Accepted<'_>,
    fields: &mut BTreeMap<String, String>,
) {
    for meta in metas {
        let name = format!("{}{suffix}", meta.name);
        if let FieldKind::List(items) = meta.kind {
            if meta.required {
                fields.insert(name, "1".to_owned());
                plausible_level(items, &format!("{suffix}_0"), request, fields);
            }
            continue;
        }
        if let FieldKind::Nested {
            each,
            fields: items,
        } = meta.kind
        {
            // One item, so that an answer always shows the shape; the item's fields are filled
            // like the answer's own.
            let mut item = BTreeMap::new();
            plausible_level(items, "", request, &mut item);
            let markup = xml::write_nested(
                meta.name,
                each,
                [item.iter().map(|(k, v)| (k.as_str(), v.as_str()))],
            );
            fields.insert(name, markup);
            continue;
        }
        let value = match request.get(&name) {
            Some(echo) if !echo.is_empty() && fits(meta, echo) => echo.to_owned(),
            _ if meta.required => plausible_text(meta),
            _ => continue,
        };
        fields.insert(name, value);
    }
}

/// Whether a request value is also a valid value of the response field of the same name: not
/// always (the profit-sharing `receivers` items differ both ways), and then it is not echoed.
fn fits(meta: &FieldMeta, value: &str) -> bool {
    validate::check(
        std::slice::from_ref(meta),
        [(meta.name, value)],
        Rules::STRICT,
    )
    .is_ok()
}

fn signed(
    mut fields: BTreeMap<String, String>,
    request: &Accepted<'_>,
    key: &ApiKey,
) -> BTreeMap<String, String> {
    if request.endpoint.signed_response {
        let sign = sign::sign_sorted(
            fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            key,
            request.sign_type,
        );
        fields.insert("sign".to_owned(), sign.to_string());
    }
    fields
}

/// The envelope of an answer the gateway accepted: `return_code` SUCCESS, `return_msg` OK,
/// `result_code`, and a fresh `nonce_str`.
fn envelope(fields: &mut BTreeMap<String, String>, result_code: &str) {
    for (k, v) in [
        ("return_code", "SUCCESS"),
        ("return_msg", "OK"),
        ("result_code", result_code),
    ] {
        fields.insert(k.to_owned(), v.to_owned());
    }
    fields.insert("nonce_str".to_owned(), nonce::generate());
}

/// A signed business failure: `result_code` FAIL, `err_code` `SYSTEMERROR`.
pub(crate) fn business_fail(request: &Accepted<'_>, key: &ApiKey) -> BTreeMap<String, String> {
    let mut fields = BTreeMap::new();
    envelope(&mut fields, "FAIL");
    fields.insert("err_code".to_owned(), "SYSTEMERROR".to_owned());
    fields.insert("err_code_des".to_owned(), "系统繁忙，请稍后再试".to_owned());
    signed(fields, request, key)
}

/// A successful answer with exactly `given` besides the envelope (`return_code`, `return_msg`,
/// `result_code` SUCCESS) and a fresh `nonce_str`, signed when the endpoint signs its answers:
/// the answer of a flow endpoint, from the ledger.
pub(crate) fn answer(
    request: &Accepted<'_>,
    key: &ApiKey,
    given: BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut fields = given;
    envelope(&mut fields, "SUCCESS");
    signed(fields, request, key)
}

/// A signed business failure with `err_code` and `err_code_des`, echoing the request's ids
/// (`appid`, `mch_id`, `sub_appid`, `sub_mch_id`, `device_info`) as the gateway does.
pub(crate) fn business_fail_with(
    request: &Accepted<'_>,
    key: &ApiKey,
    err_code: &str,
    err_code_des: &str,
) -> BTreeMap<String, String> {
    let mut fields = BTreeMap::new();
    for name in ["appid", "mch_id", "sub_appid", "sub_mch_id", "device_info"] {
        if let Some(value) = request.get(name).filter(|v| !v.is_empty()) {
            fields.insert(name.to_owned(), value.to_owned());
        }
    }
    envelope(&mut fields, "FAIL");
    fields.insert("err_code".to_owned(), err_code.to_owned());
    fields.insert("err_code_des".to_owned(), err_code_des.to_owned());
    signed(fields, request, key)
}

/// The `err_code_des` the gateway gives with a code a test scripts (the code itself for one
/// not listed).
pub(crate) fn err_code_des(err_code: &str) -> &str {
    match err_code {
        "SYSTEMERROR" => "系统繁忙，请稍后再试",
        "BANKERROR" => "银行系统异常",
        "USERPAYING" => "需要用户输入支付密码",
        "BIZERR_NEED_RETRY" => "退款业务流程错误，需要商户触发重试来解决",
        "FREQUENCY_LIMITED" => "频率限制",
        "NOTENOUGH" => "余额不足",
        "ORDERNOTEXIST" => "订单不存在",
        "ORDERPAID" => "该订单已支付",
        "ORDERCLOSED" => "该订单已关闭",
        "AUTHCODEEXPIRE" => "二维码已过期，请用户在微信上刷新后再试",
        other => other,
    }
}

/// Writes the fields of an answer whose declared fields are `response`: the nested ones
/// ([`FieldKind::Nested`]) hold their markup, the others text.
pub(crate) fn write(fields: &BTreeMap<String, String>, response: &[FieldMeta]) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    xml::write_document_with(
        &mut out,
        fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        |name| wechatpay_v2_protocol::field::is_nested_field(response, name),
    );
    out
}

/// The FAIL answer for a refused request.
pub(crate) fn fail(return_msg: &str) -> Vec<u8> {
    let fields = BTreeMap::from([
        ("return_code".to_owned(), "FAIL".to_owned()),
        ("return_msg".to_owned(), return_msg.to_owned()),
    ]);
    write(&fields, &[])
}
