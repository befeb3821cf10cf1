//! The Markdown pages of the reference specs: the callbacks (`webhooks-v2/*.md`) and the
//! documentation pages (`docs-v2/v2/...md`). Both describe fields as table rows
//! (`| name {data-required data-indent=1} | type | description`), nesting by `data-indent`,
//! a JSON or encrypted field's members after a `{colspan=3 .im-table-line}` row.

use std::collections::BTreeMap;

use serde_norway::{Mapping, Value};

/// One row of a field table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) name: String,
    pub(crate) required: bool,
    pub(crate) indent: usize,
    /// `string`, `integer`, `number`, `object`, `object[]`, `string[]`...
    pub(crate) ty: String,
    /// The value is encrypted (`data-encrypted`): its members are a message of their own.
    pub(crate) encrypted: bool,
    /// The values of `` `A` \| `B` 枚举值之一 ``.
    pub(crate) values: Vec<String>,
    /// The `{colspan=3 .im-table-line}` row that opens the members of a JSON or encrypted field.
    pub(crate) opens_members: bool,
}

/// A field table: its title (the first header cell, `请求参数`, `返回字典`) and rows.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub(crate) title: String,
    pub(crate) rows: Vec<Row>,
}

/// Splits a table line on the `|` that are not escaped as `\|`.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => out.push(std::mem::take(&mut cell).trim().to_owned()),
            _ => cell.push(c),
        }
    }
    if !cell.trim().is_empty() {
        out.push(cell.trim().to_owned());
    }
    out
}

/// `text {attrs}` → (`text`, `attrs`).
fn split_attrs(cell: &str) -> (String, String) {
    match cell.find('{') {
        Some(open) => {
            let close = cell[open..].find('}').map_or(cell.len(), |c| open + c);
            (
                cell[..open].trim().to_owned(),
                cell[open + 1..close].trim().to_owned(),
            )
        }
        None => (cell.trim().to_owned(), String::new()),
    }
}

fn enum_values(description: &str) -> Vec<String> {
    let last = description.rsplit("<br/>").next().unwrap_or("");
    if !last.contains("枚举值") {
        return Vec::new();
    }
    last.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// Every field table of a page, in order.
pub(crate) fn parse(text: &str) -> Vec<Table> {
    let mut tables: Vec<Table> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        if !line.trim_start().starts_with('|') {
            open = false;
            continue;
        }
        let cols = cells(line);
        if cols.len() >= 2 && cols[1].starts_with("类型") {
            tables.push(Table {
                title: cols[0].clone(),
                rows: Vec::new(),
            });
            open = true;
            continue;
        }
        let Some(table) = tables.last_mut().filter(|_| open) else {
            continue;
        };
        if cols.first().is_some_and(|c| c.starts_with("--")) {
            continue;
        }
        let (name, attrs) = split_attrs(cols.first().map_or("", String::as_str));
        if name.is_empty() {
            if attrs.contains("im-table-line") {
                table.rows.push(Row {
                    name,
                    required: false,
                    indent: 0,
                    ty: String::new(),
                    encrypted: false,
                    values: Vec::new(),
                    opens_members: true,
                });
            }
            continue;
        }
        let indent = attrs
            .split_whitespace()
            .find_map(|a| a.strip_prefix("data-indent="))
            .and_then(|n| n.trim_matches('"').parse().ok())
            .unwrap_or(0);
        let (ty, ty_attrs) = split_attrs(cols.get(1).map_or("", String::as_str));
        table.rows.push(Row {
            name,
            required: attrs.split_whitespace().any(|a| a == "data-required"),
            indent,
            ty,
            encrypted: ty_attrs.contains("data-encrypted"),
            values: enum_values(cols.get(2).map_or("", String::as_str)),
            opens_members: false,
        });
    }
    tables
}

/// The target of a page that only says where the endpoint moved
/// (`title: Moved to /openapi/v2/pay/partner/paporderquery`): `v2/pay/partner/paporderquery`.
pub(crate) fn moved_to(text: &str) -> Option<String> {
    text.lines()
        .take_while(|l| !l.starts_with("# "))
        .find_map(|l| l.trim().strip_prefix("title: Moved to /openapi/"))
        .map(|p| p.trim().to_owned())
}

/// The fields among a parent's rows: the rows at `depth` until the next row at a smaller indent,
/// each with the rows nested under it.
fn children(rows: &[Row], depth: usize) -> Vec<(&Row, &[Row])> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let row = &rows[i];
        if row.opens_members {
            i += 1;
            continue;
        }
        if row.indent < depth {
            break;
        }
        let start = i + 1;
        let mut end = start;
        while end < rows.len() && (rows[end].opens_members || rows[end].indent > row.indent) {
            end += 1;
        }
        if row.indent == depth {
            out.push((row, &rows[start..end]));
        }
        i = end;
    }
    out
}

/// The rows of the top-level fields under the indent-0 row named one of `parents`.
fn under<'a>(rows: &'a [Row], parents: &[&str]) -> Vec<(&'a Row, &'a [Row])> {
    let mut out = Vec::new();
    for (row, nested) in children(rows, 0) {
        if parents.contains(&row.name.as_str()) {
            out.extend(children(nested, 1));
        }
    }
    out
}

/// A YAML schema node of one row (and the rows nested under it, for JSON values).
fn schema_of(row: &Row, nested: &[Row]) -> Value {
    let mut m = Mapping::new();
    let json = !nested.is_empty() && !row.encrypted;
    let ty = row.ty.as_str();
    let scalar = |t: &str| match t {
        "integer" => "integer",
        "number" => "number",
        _ => "string",
    };
    if json && ty == "string" {
        m.insert("type".into(), "string".into());
        m.insert("x-json".into(), object_schema(nested, row.indent + 1));
    } else if let Some(item) = ty.strip_suffix("[]") {
        m.insert("type".into(), "array".into());
        let items = if item == "object" {
            object_schema(nested, row.indent + 1)
        } else {
            let mut i = Mapping::new();
            i.insert("type".into(), scalar(item).into());
            Value::Mapping(i)
        };
        m.insert("items".into(), items);
    } else if ty == "object" {
        return object_schema(nested, row.indent + 1);
    } else {
        m.insert("type".into(), scalar(ty).into());
    }
    if !row.values.is_empty() {
        m.insert(
            "enum".into(),
            Value::Sequence(row.values.iter().map(|v| v.as_str().into()).collect()),
        );
    }
    Value::Mapping(m)
}

/// An object schema of the rows at `depth`.
fn object_schema(rows: &[Row], depth: usize) -> Value {
    message_schema(&children(rows, depth))
}

fn message_schema(fields: &[(&Row, &[Row])]) -> Value {
    let mut props = Mapping::new();
    let mut required = Vec::new();
    for (row, nested) in fields {
        props.insert(row.name.as_str().into(), schema_of(row, nested));
        if row.required {
            required.push(Value::from(row.name.as_str()));
        }
    }
    let mut m = Mapping::new();
    m.insert("type".into(), "object".into());
    m.insert("required".into(), Value::Sequence(required));
    m.insert("properties".into(), Value::Mapping(props));
    Value::Mapping(m)
}

/// A notification page as schemas: the body's fields, and for each encrypted field
/// (`req_info`) the schema of what it decrypts to.
#[derive(Debug)]
pub(crate) struct Webhook {
    pub(crate) body: Value,
    pub(crate) encrypted: Vec<(String, Value)>,
}

/// Reads a callback page: the `body` fields of its first table.
pub(crate) fn webhook(text: &str) -> Result<Webhook, String> {
    let tables = parse(text);
    let table = tables.first().ok_or("no field table")?;
    let fields = under(&table.rows, &["body"]);
    if fields.is_empty() {
        return Err("no `body` fields in the first table".into());
    }
    let encrypted = fields
        .iter()
        .filter(|(row, nested)| row.encrypted && !nested.is_empty())
        .map(|(row, nested)| (row.name.clone(), object_schema(nested, row.indent + 1)))
        .collect();
    Ok(Webhook {
        body: message_schema(&fields),
        encrypted,
    })
}

/// What a documentation page says is required: top-level request fields (under `xml` or
/// `query`) and response fields, by name, `coupon_id_$n` rows included.
#[derive(Debug, Default)]
pub(crate) struct DocsRequired {
    pub(crate) request: BTreeMap<String, bool>,
    pub(crate) response: BTreeMap<String, bool>,
}

pub(crate) fn docs_required(text: &str) -> DocsRequired {
    let mut out = DocsRequired::default();
    for table in parse(text) {
        if table.title.starts_with("请求参数") {
            for (row, _) in under(&table.rows, &["xml", "query", "body"]) {
                out.request.insert(row.name.clone(), row.required);
            }
        } else if table.title.starts_with("返回字典") {
            for (row, _) in children(&table.rows, 0) {
                out.response.insert(row.name.clone(), row.required);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "---
title: 支付通知
---

| 请求参数 | 类型 {.type} | 描述 {.desc}
| -- | -- | --
| headers {data-required} | object {data-tooltip=\"对应PHP的Array\"} | 通知的头参数
| Request-ID {data-required data-indent=1} | string | 通知的唯一标识
| body {data-required} | object {data-tooltip=\"对应PHP的Array\"} | 通知的`XML`数据结构
| appid {data-required data-indent=1} | string | 公众平台APPID
| is_subscribe {data-indent=1} | string | 是否关注<br/>`Y` \\| `N` 枚举值之一
| sub_order_list {data-required data-indent=1} | string | `JSON`
| {colspan=3 .im-table-line}
| order_num {data-required data-indent=2} | number | 子订单数
| order_list {data-indent=2} | object[] {data-tooltip=\"x\"} | 子订单列表
| total_fee {data-required data-indent=3} | number | 标价金额
| req_info {data-required data-indent=1} | string {data-encrypted=by-aes-ecb} | 加密信息
| {colspan=3 .im-table-line}
| refund_id {data-required data-indent=2} | string | 微信退款单号
| total_fee {data-required data-indent=1} | integer | 金额

| 应答规范 | 类型 {.type} | 描述 {.desc}
| --- | --- | ---
| return_code {data-indent=1} | string | 状态码
";

    fn names(schema: &Value) -> Vec<String> {
        schema["properties"]
            .as_mapping()
            .unwrap()
            .keys()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn a_webhook_page_becomes_schemas() {
        let hook = webhook(PAGE).unwrap();
        assert_eq!(
            names(&hook.body),
            [
                "appid",
                "is_subscribe",
                "sub_order_list",
                "req_info",
                "total_fee"
            ]
        );
        let required: Vec<_> = hook.body["required"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(
            required,
            ["appid", "sub_order_list", "req_info", "total_fee"]
        );
        assert_eq!(
            hook.body["properties"]["is_subscribe"]["enum"],
            serde_norway::from_str::<Value>("[Y, N]").unwrap()
        );
        assert_eq!(hook.body["properties"]["total_fee"]["type"], "integer");
        let json = &hook.body["properties"]["sub_order_list"]["x-json"];
        assert_eq!(names(json), ["order_num", "order_list"]);
        assert_eq!(
            names(&json["properties"]["order_list"]["items"]),
            ["total_fee"]
        );
        assert_eq!(hook.encrypted.len(), 1);
        assert_eq!(hook.encrypted[0].0, "req_info");
        assert_eq!(names(&hook.encrypted[0].1), ["refund_id"]);
        assert!(
            hook.body["properties"]["req_info"].get("x-json").is_none(),
            "an encrypted field is not JSON"
        );
    }

    #[test]
    fn docs_pages_give_required_flags_and_moves() {
        let page = "| 请求参数 | 类型 {.type} | 描述 {.desc}
| --- | --- | ---
| xml {data-required} | object | 结构
| appid {data-required data-indent=1} | string | 公众账号ID
| sub_appid {data-indent=1} | string | 子商户公众账号ID
| security {data-required} | true | 证书

| 返回字典 | 类型 {.type} | 描述 {.desc}
| --- | --- | ---
| return_code {data-required} | string | 返回状态码
| coupon_id_$n | string | 代金券ID
| promotion_detail | string | JSON
| {colspan=3 .im-table-line}
| promotion_id {data-required data-indent=1} | string | 券ID
";
        let docs = docs_required(page);
        assert_eq!(
            docs.request.into_iter().collect::<Vec<_>>(),
            [("appid".to_owned(), true), ("sub_appid".to_owned(), false)]
        );
        assert_eq!(
            docs.response.into_iter().collect::<Vec<_>>(),
            [
                ("coupon_id_$n".to_owned(), false),
                ("promotion_detail".to_owned(), false),
                ("return_code".to_owned(), true)
            ]
        );
        assert_eq!(
            moved_to("---\ntitle: Moved to /openapi/v2/pay/partner/paporderquery\n---\n"),
            Some("v2/pay/partner/paporderquery".to_owned())
        );
        assert_eq!(moved_to("---\ntitle: 查询订单\n---\n"), None);
    }
}
