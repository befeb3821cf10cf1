//! Drafting a test case per endpoint: the request built from the spec's example values.

use serde_json::Value as Json;

use crate::model::{Endpoint, Field, Member, Node, NodeKind, Ty, json_text};
use crate::names;
use crate::render::field_idents;

/// The test file group (accessor of the first segment after `v2/`) and the test's name (the
/// other segments' accessors joined with `_`).
pub(crate) fn group_and_name(path: &str) -> (String, String) {
    let segments: Vec<String> = path.split('/').skip(1).map(names::accessor_name).collect();
    let group = segments.first().cloned().unwrap_or_default();
    let name = if segments.len() > 1 {
        segments[1..].join("_")
    } else {
        group.clone()
    };
    (group, names::ident_source(&name))
}

/// `wechatpay_v2::v2::pay::micropay`.
pub(crate) fn module_path(path: &str) -> String {
    let mut out = String::from("wechatpay_v2");
    for segment in path.split('/') {
        out.push_str("::");
        out.push_str(&names::ident_source(&names::accessor_name(segment)));
    }
    out
}

/// The test function's source, before rustfmt.
pub(crate) fn test_case(ep: &Endpoint) -> String {
    let (_, name) = group_and_name(&ep.path);
    let cx = Cx { nodes: &ep.nodes };
    let request = cx.constructed("Request", &ep.request, None);
    reindent(&format!(
        "#[test]\nfn {name}() {{\nuse {}::*;\nlet request = {request};\nsupport::endpoint_case(&request);\n}}\n",
        module_path(&ep.path)
    ))
}

/// Indents generated code by its bracket depth, so it reads well even where rustfmt gives up
/// (it leaves a statement with a line it cannot fit as it was).
fn reindent(src: &str) -> String {
    // The line of each open bracket: a line opening several counts as one level.
    let mut open: Vec<usize> = Vec::new();
    let levels = |open: &[usize]| {
        let mut lines = open.to_vec();
        lines.dedup();
        lines.len()
    };
    let mut out = String::with_capacity(src.len() * 2);
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        let closing = line
            .chars()
            .take_while(|c| matches!(c, '}' | ']' | ')'))
            .count();
        if !line.is_empty() {
            let kept = open.len().saturating_sub(closing);
            out.push_str(&"    ".repeat(levels(&open[..kept])));
        }
        out.push_str(line);
        out.push('\n');
        let (mut in_string, mut escaped) = (false, false);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '/' if chars.peek() == Some(&'/') => break,
                '{' | '[' | '(' => open.push(n),
                '}' | ']' | ')' => {
                    open.pop();
                }
                _ => {}
            }
        }
    }
    out
}

/// The header of a new test group file.
pub(crate) fn group_header(group: &str) -> String {
    format!(
        "//! Endpoint cases of `v2/{group}/...`, drafted from the specs' examples by `cargo xtask draft --tests-out`.\n\nuse crate::support;\n"
    )
}

/// A text value, typed (`String::from`), so it fits a struct field and an `impl Into<String>`
/// argument alike.
fn literal(text: &str) -> String {
    format!("String::from({text:?})")
}

struct Cx<'a> {
    nodes: &'a [Node],
}

impl Cx<'_> {
    /// `Name { field: value, .. }`, values taken from `value` (a JSON object) and else from each
    /// field's own example.
    fn struct_literal(&self, name: &str, members: &[Member], value: Option<&Json>) -> String {
        let object = value.and_then(Json::as_object);
        let mut out = format!("{name} {{\n");
        for (m, ident) in members.iter().zip(field_idents(members)) {
            let (Member::Field(f), Some((ident, _))) = (m, ident) else {
                continue;
            };
            // Inside a JSON example its own values count; a required member it leaves out
            // takes the member's example.
            let v = match object {
                Some(o) => o.get(&f.wire).or(f.example.as_ref().filter(|_| !f.option)),
                None => f.example.as_ref(),
            };
            let (expr, notes) = self.field_expr(f, v);
            for note in notes {
                out.push_str(&format!("// TODO(review): {note}\n"));
            }
            out.push_str(&format!("{ident}: {expr},\n"));
        }
        out.push('}');
        out
    }

    /// A request or JSON object as an app builds one (they are `#[non_exhaustive]`): `new` with
    /// the required fields in declaration order, then a setter per optional field the example
    /// gives. Fields filled from the configuration are left out.
    fn constructed(&self, name: &str, members: &[Member], value: Option<&Json>) -> String {
        let object = value.and_then(Json::as_object);
        let (mut args, mut setters) = (Vec::new(), Vec::new());
        for (m, ident) in members.iter().zip(field_idents(members)) {
            let (Member::Field(f), Some((ident, _))) = (m, ident) else {
                continue;
            };
            if f.config {
                continue;
            }
            let v = match object {
                Some(o) => o.get(&f.wire).or(f.example.as_ref().filter(|_| !f.option)),
                None => f.example.as_ref(),
            };
            let (expr, notes) = self.field_expr(f, v);
            let notes: String = notes
                .iter()
                .map(|note| format!("// TODO(review): {note}\n"))
                .collect();
            // The macro's rule (`construct.rs`): a constructor argument is a required field.
            let argument = !f.option && f.list.as_ref().is_none_or(|l| l.required);
            if argument {
                args.push(format!("{notes}{expr},\n"));
                continue;
            }
            let setter = ident.strip_prefix("r#").unwrap_or(&ident).to_owned();
            let given = match expr.strip_prefix("Some(") {
                Some(inner) if f.option => {
                    Some(inner.strip_suffix(')').unwrap_or(inner).to_owned())
                }
                _ if f.option || expr == "vec![]" => None,
                _ => Some(expr),
            };
            match given {
                Some(given) => setters.push(format!("{notes}.{setter}({given})\n")),
                None if !notes.is_empty() => setters.push(notes),
                None => {}
            }
        }
        let args = if args.is_empty() {
            String::new()
        } else {
            format!("\n{}", args.concat())
        };
        let setters = setters.concat();
        match setters.trim_end() {
            "" => format!("{name}::new({args})"),
            setters => format!("{name}::new({args})\n{setters}"),
        }
    }

    fn field_expr(&self, f: &Field, v: Option<&Json>) -> (String, Vec<String>) {
        if f.config {
            return ("None".into(), Vec::new());
        }
        if f.list.is_some() {
            return (self.list_expr(&f.ty), Vec::new());
        }
        let mut notes = Vec::new();
        let v = v.filter(|v| !v.is_null());
        // Text longer than the field's limit would be refused before signing.
        let shortened = match (&f.ty, f.max_len, v) {
            (Ty::Text, Some(max), Some(v)) if json_text(v).chars().count() as u64 > max => {
                notes.push(format!(
                    "`{}`: the example is longer than its `max_len = {max}`; cut to fit",
                    f.wire
                ));
                Some(Json::String(
                    json_text(v).chars().take(max as usize).collect(),
                ))
            }
            _ => None,
        };
        let v = shortened.as_ref().or(v);
        let (expr, more) = self.value_expr(f, v);
        notes.extend(more);
        (expr, notes)
    }

    fn value_expr(&self, f: &Field, v: Option<&Json>) -> (String, Vec<String>) {
        match (f.option, v) {
            (true, None) => ("None".into(), Vec::new()),
            (true, Some(v)) => match self.expr(&f.ty, v) {
                Ok(e) => (format!("Some({e})"), Vec::new()),
                Err(why) => ("None".into(), vec![format!("`{}`: {why}", f.wire)]),
            },
            (false, Some(v)) => match self.expr(&f.ty, v) {
                Ok(e) => (e, Vec::new()),
                Err(why) => (
                    self.required_placeholder(f),
                    vec![format!("`{}`: {why}; a placeholder", f.wire)],
                ),
            },
            (false, None) => (
                self.required_placeholder(f),
                vec![format!(
                    "`{}`: no example in the spec; a placeholder",
                    f.wire
                )],
            ),
        }
    }

    /// An indexed list: one item from its fields' examples.
    fn list_expr(&self, ty: &Ty) -> String {
        let Ty::Node(id) = ty else {
            return "vec![]".into();
        };
        let node = &self.nodes[id.to_owned()];
        let NodeKind::Item(members) = &node.kind else {
            return "vec![]".into();
        };
        let has_example = members
            .iter()
            .any(|m| matches!(m, Member::Field(f) if f.example.is_some()));
        if has_example {
            format!("vec![{}]", self.struct_literal(&node.name, members, None))
        } else {
            "vec![]".into()
        }
    }

    /// A value of `ty` from an example value, or why there is none.
    fn expr(&self, ty: &Ty, v: &Json) -> Result<String, String> {
        match ty {
            Ty::Text => Ok(literal(&json_text(v))),
            Ty::Int { signed } => {
                let n = match v {
                    Json::Number(n) => n.as_i64().map(i128::from).or(n.as_u64().map(i128::from)),
                    Json::String(s) => s.trim().parse::<i128>().ok(),
                    _ => None,
                };
                // Suffixed, so it fits an `impl Into<u64>` argument as well as a field.
                match n {
                    Some(n) if *signed => Ok(format!("{n}i64")),
                    Some(n) if n >= 0 => Ok(format!("{n}u64")),
                    _ => Err(format!("example `{}` is not a whole number", json_text(v))),
                }
            }
            Ty::SignType => match json_text(v).as_str() {
                "MD5" => Ok("wechatpay_v2::SignType::Md5".into()),
                "HMAC-SHA256" => Ok("wechatpay_v2::SignType::HmacSha256".into()),
                other => Err(format!("example `{other}` is not MD5 or HMAC-SHA256")),
            },
            Ty::Vec(inner) => {
                let parsed = parse_if_text(v)?;
                let items = parsed
                    .as_array()
                    .ok_or_else(|| format!("example `{parsed}` is not a JSON array"))?;
                let exprs = items
                    .iter()
                    .map(|item| self.expr(inner, item))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(format!("vec![{}]", exprs.join(", ")))
            }
            Ty::Node(id) => {
                let node = &self.nodes[*id];
                match &node.kind {
                    NodeKind::Enum(variants) => {
                        let text = json_text(v);
                        variants
                            .iter()
                            .find(|var| var.value == text)
                            .map(|var| format!("{}::{}", node.name, var.name))
                            .ok_or_else(|| format!("example `{text}` is not one of the values"))
                    }
                    NodeKind::Json(members) => {
                        let parsed = parse_if_text(v)?;
                        if !parsed.is_object() {
                            return Err(format!("example `{parsed}` is not a JSON object"));
                        }
                        Ok(self.constructed(&node.name, members, Some(&parsed)))
                    }
                    NodeKind::OneOf(shapes) => {
                        let parsed = parse_if_text(v)?;
                        let object = parsed
                            .as_object()
                            .ok_or_else(|| format!("example `{parsed}` is not a JSON object"))?;
                        // The shape that knows most of the example's keys.
                        let shape = shapes
                            .iter()
                            .max_by_key(|s| {
                                let known = match &self.nodes[s.node].kind {
                                    NodeKind::Json(ms) => ms
                                        .iter()
                                        .filter(|m| {
                                            matches!(m, Member::Field(f) if object.contains_key(&f.wire))
                                        })
                                        .count(),
                                    _ => 0,
                                };
                                (known, std::cmp::Reverse(s.name.len()))
                            })
                            .ok_or("a one-of without shapes")?;
                        let inner = self.expr(&Ty::Node(shape.node), &parsed)?;
                        Ok(format!("{}::{}({inner})", node.name, shape.name))
                    }
                    NodeKind::Item(_) => Err("a list item outside a list".into()),
                }
            }
        }
    }

    /// A placeholder for a required field: text is not empty, which would read as absent.
    fn required_placeholder(&self, f: &Field) -> String {
        match f.ty {
            Ty::Text => {
                let max = f.max_len.map_or(4, |m| m.clamp(1, 4)) as usize;
                literal(&"TODO"[..max])
            }
            _ => self.placeholder(&f.ty),
        }
    }

    /// A value of `ty` that compiles, for a field whose example could not be used.
    fn placeholder(&self, ty: &Ty) -> String {
        match ty {
            Ty::Text => "String::new()".into(),
            Ty::Int { signed: true } => "0i64".into(),
            Ty::Int { signed: false } => "0u64".into(),
            Ty::SignType => "wechatpay_v2::SignType::Md5".into(),
            Ty::Vec(_) => "vec![]".into(),
            Ty::Node(id) => {
                let node = &self.nodes[*id];
                match &node.kind {
                    NodeKind::Enum(variants) => variants
                        .first()
                        .map(|v| format!("{}::{}", node.name, v.name))
                        .unwrap_or_else(|| "Default::default()".into()),
                    NodeKind::Json(members) => self.constructed(&node.name, members, None),
                    NodeKind::Item(members) => self.struct_literal(&node.name, members, None),
                    NodeKind::OneOf(shapes) => shapes
                        .first()
                        .map(|s| {
                            format!(
                                "{}::{}({})",
                                node.name,
                                s.name,
                                self.placeholder(&Ty::Node(s.node))
                            )
                        })
                        .unwrap_or_else(|| "Default::default()".into()),
                }
            }
        }
    }
}

/// A JSON example given as text is parsed; other values are taken as they are.
fn parse_if_text(v: &Json) -> Result<Json, String> {
    match v {
        Json::String(text) => {
            serde_json::from_str(text).map_err(|e| format!("the example is not valid JSON ({e})"))
        }
        other => Ok(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::build;
    use crate::spec::Operation;
    use serde_norway::Value;

    #[test]
    fn generated_code_is_indented_by_depth() {
        assert_eq!(
            reindent(
                "fn f() {\nlet r = R {\na: \"{[(\\\"\".into(), // {\nb: vec![S {\nc: 1,\n}],\n};\n}\n"
            ),
            "fn f() {\n    let r = R {\n        a: \"{[(\\\"\".into(), // {\n        b: vec![S {\n            c: 1,\n        }],\n    };\n}\n"
        );
    }

    #[test]
    fn names_and_paths() {
        assert_eq!(
            group_and_name("v2/pay/micropay"),
            ("pay".into(), "micropay".into())
        );
        assert_eq!(
            group_and_name("v2/secapi/mch/addInstitutionsub"),
            ("secapi".into(), "mch_add_institutionsub".into())
        );
        assert_eq!(
            group_and_name("v2/cgi-bin/mch/customs/customdeclareorder"),
            ("cgi_bin".into(), "mch_customs_customdeclareorder".into())
        );
        assert_eq!(
            module_path("v2/cgi-bin/mch/customs/customdeclareorder"),
            "wechatpay_v2::v2::cgi_bin::mch::customs::customdeclareorder"
        );
    }

    #[test]
    fn request_values_come_from_the_examples() {
        let body: Value = serde_norway::from_str(
            "type: object
required: [appid, sign_type, total_fee, trade_scene, scene_info, body]
properties:
  appid: {type: string, example: wx8888888888888888}
  sign_type: {type: string, example: HMAC-SHA256}
  total_fee: {type: integer, example: '888'}
  trade_scene: {type: string, enum: [PARKING, PARKING SPACE], example: PARKING SPACE}
  attach: {type: string, maxLength: 4, example: 附加数据很长}
  body: {type: string}
  scene_info:
    type: string
    example: '{\"store_info\":{\"id\":\"SZTX001\"},\"tags\":[\"a\"]}'
    x-json:
      type: object
      properties:
        store_info:
          type: object
          required: [id]
          properties:
            id: {type: string}
            name: {type: string, example: 腾大餐厅}
        tags: {type: array, items: {type: string}}
",
        )
        .unwrap();
        let op = Operation {
            path: "v2/pay/micropay".into(),
            method: "POST".into(),
            summary: String::new(),
            description: String::new(),
            cert: false,
            base_uri: None,
            consumes: Vec::new(),
            produces: Vec::new(),
            deprecated: false,
            body: Some(body),
            params: Vec::new(),
            response: None,
            response_codes: Vec::new(),
        };
        let ep = build(&op, None);
        let case: String = test_case(&ep)
            .lines()
            .map(|l| format!("{}\n", l.trim_start()))
            .collect();
        for expected in [
            "fn micropay() {",
            "use wechatpay_v2::v2::pay::micropay::*;",
            "let request = Request::new(\n",
            "wechatpay_v2::SignType::HmacSha256,\n888u64,\nTradeScene::ParkingSpace,",
            "// TODO(review): `body`: no example in the spec; a placeholder\nString::from(\"TODO\"),",
            "SceneInfo::new()\n.store_info(StoreInfo::new(\nString::from(\"SZTX001\"),\n))\n.tags(vec![String::from(\"a\")]),",
            "// TODO(review): `attach`: the example is longer than its `max_len = 4`; cut to fit\n.attach(String::from(\"附加数据\"));",
            "support::endpoint_case(&request);",
        ] {
            assert!(case.contains(expected), "{expected}\n--- in ---\n{case}");
        }
    }
}
