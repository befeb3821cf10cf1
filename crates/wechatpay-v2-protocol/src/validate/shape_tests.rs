//! The check while parsing against a check of the parsed document (the way it was done before,
//! kept here as the oracle): the same outcome, to the byte of the message, on every case.

use super::check;
use crate::field::{FieldKind, FieldMeta, JsonShape};
use crate::validate::{JsonPath, Rules, Violation, check_value, violation};

const fn member(
    name: &'static str,
    required: bool,
    max_len: Option<u32>,
    kind: FieldKind,
) -> FieldMeta {
    FieldMeta {
        name,
        doc: "",
        required,
        max_len,
        kind,
        config: None,
    }
}

static STORE: JsonShape = JsonShape::Object(&[
    member("id", true, Some(8), FieldKind::Text),
    member("name", false, Some(4), FieldKind::Text),
    member("area_code", false, None, FieldKind::Integer),
    member("kind", false, None, FieldKind::Enum(&["A", "B"])),
]);
static CAR: JsonShape = JsonShape::Object(&[
    member("plate", true, None, FieldKind::Text),
    member("start", true, None, FieldKind::Integer),
]);
static CODES: FieldKind = FieldKind::Integer;
static GOODS_ITEM: FieldKind = FieldKind::Json(&STORE);
static SCENE: JsonShape = JsonShape::Object(&[
    member("store", false, None, FieldKind::Json(&STORE)),
    member(
        "codes",
        false,
        None,
        FieldKind::Json(&JsonShape::Array(&CODES)),
    ),
    member(
        "goods",
        false,
        None,
        FieldKind::Json(&JsonShape::Array(&GOODS_ITEM)),
    ),
    member(
        "either",
        false,
        None,
        FieldKind::Json(&JsonShape::OneOf(&[STORE, CAR])),
    ),
    member("needed", true, None, FieldKind::Text),
]);
static CHOICE: JsonShape = JsonShape::OneOf(&[CAR, STORE]);
static CAR_BY_TEXT: JsonShape = JsonShape::Object(&[
    member("plate", true, Some(3), FieldKind::Text),
    member("start", true, None, FieldKind::Text),
]);
// Candidates that read `start` and `plate` differently: each reads the member's captured text.
static MIXED: JsonShape = JsonShape::OneOf(&[CAR, CAR_BY_TEXT]);
// More candidates than one pass takes: checked shape by shape.
static MANY: JsonShape = JsonShape::OneOf(&[CAR, CAR_BY_TEXT, CAR, STORE, CAR_BY_TEXT]);
static LIST: JsonShape = JsonShape::Array(&GOODS_ITEM);

fn oracle_json(
    shape: &JsonShape,
    path: &JsonPath<'_>,
    value: &serde_json::Value,
) -> Result<(), Violation> {
    match shape {
        JsonShape::Object(members) => {
            let object = value
                .as_object()
                .ok_or_else(|| violation(path.to_string(), "must be a JSON object"))?;
            for member in *members {
                let member_path = JsonPath::Member(path, member.name);
                match object.get(member.name) {
                    None | Some(serde_json::Value::Null) if member.required => {
                        return Err(violation(member_path.to_string(), "required but missing"));
                    }
                    None | Some(serde_json::Value::Null) => {}
                    Some(v) => oracle_member(member, &member_path, v)?,
                }
            }
            Ok(())
        }
        JsonShape::OneOf(shapes) => {
            let mut first_error = None;
            for candidate in *shapes {
                match oracle_json(candidate, path, value) {
                    Ok(()) => return Ok(()),
                    Err(e) => {
                        first_error.get_or_insert(e);
                    }
                }
            }
            Err(first_error
                .unwrap_or_else(|| violation(path.to_string(), "matches none of the shapes")))
        }
        JsonShape::Array(item) => {
            let items = value
                .as_array()
                .ok_or_else(|| violation(path.to_string(), "must be a JSON array"))?;
            let meta = FieldMeta {
                name: "",
                doc: "",
                required: true,
                max_len: None,
                kind: **item,
                config: None,
            };
            for (i, v) in items.iter().enumerate() {
                oracle_member(&meta, &JsonPath::Item(path, i), v)?;
            }
            Ok(())
        }
    }
}

fn oracle_member(
    meta: &FieldMeta,
    path: &JsonPath<'_>,
    value: &serde_json::Value,
) -> Result<(), Violation> {
    let at = |rule: &str| violation(path.to_string(), rule);
    match (meta.kind, value) {
        (FieldKind::Json(shape), v) => oracle_json(shape, path, v),
        (FieldKind::Integer, serde_json::Value::Number(n)) if n.is_i64() || n.is_u64() => Ok(()),
        (FieldKind::Integer, _) => Err(at("must be an integer")),
        (FieldKind::Text | FieldKind::Enum(_), serde_json::Value::String(s)) => {
            check_value(meta, "", s, Rules::STRICT).map_err(|v| Violation {
                field: path.to_string(),
                rule: v.rule,
            })
        }
        (FieldKind::Text | FieldKind::Enum(_), _) => Err(at("must be a string")),
        (FieldKind::List(_), _) => Err(at("lists are not JSON members")),
        (FieldKind::Nested { .. }, _) => Err(at("nested elements are not JSON members")),
    }
}

fn oracle(shape: &JsonShape, field: &str, text: &str) -> Result<(), Violation> {
    let json: serde_json::Value =
        serde_json::from_str(text).map_err(|e| violation(field, format!("invalid JSON: {e}")))?;
    oracle_json(shape, &JsonPath::Field(field), &json)
}

const CASES: &[&str] = &[
    r#"{"needed":"x"}"#,
    r#"{}"#,
    r#"{"needed":null}"#,
    r#"{"needed":1}"#,
    r#"{"needed":"x","store":{"id":"s1"}}"#,
    r#"{"needed":"x","store":{"id":"s1","name":"too long"}}"#,
    r#"{"needed":"x","store":{"id":"s1","name":"四个字符"}}"#,
    r#"{"needed":"x","store":{"id":"s1","name":"五个字符呀"}}"#,
    r#"{"needed":"x","store":{"id":"s\u0031","kind":"C"}}"#,
    r#"{"needed":"x","store":{"id":"s1","kind":"B","area_code":440305}}"#,
    r#"{"needed":"x","store":{"id":"s1","area_code":1.5}}"#,
    r#"{"needed":"x","store":{"id":"s1","area_code":-3}}"#,
    r#"{"needed":"x","store":{"id":"s1","area_code":"440305"}}"#,
    r#"{"needed":"x","store":{"area_code":true}}"#,
    r#"{"needed":"x","store":[]}"#,
    r#"{"needed":"x","store":null}"#,
    r#"{"store":{"id":1},"needed":"x"}"#,
    r#"{"store":{"id":1}}"#,
    r#"{"needed":"x","codes":[1,2,3]}"#,
    r#"{"needed":"x","codes":[1,"2",3.5]}"#,
    r#"{"needed":"x","codes":[1,null]}"#,
    r#"{"needed":"x","codes":{"a":1}}"#,
    r#"{"needed":"x","goods":[{"id":"a"},{"name":"b"},{"id":2}]}"#,
    r#"{"needed":"x","goods":[{"id":"a"},[],{"id":"c"}]}"#,
    r#"{"needed":"x","either":{"plate":"粤B","start":1}}"#,
    r#"{"needed":"x","either":{"id":"s"}}"#,
    r#"{"needed":"x","either":{"plate":"粤B"}}"#,
    r#"{"needed":"x","either":null}"#,
    r#"{"needed":"x","either":"text"}"#,
    r#"{"needed":"x","needed":2}"#,
    r#"{"needed":2,"needed":"x"}"#,
    r#"{"needed":"x","unknown":{"deep":[1,{"a":null}]}}"#,
    r#"{"needed":"x","unknown":{"deep":[1,{"a":null},]}}"#,
    r#"{"needed":"x","either":{"plate":"x",}}"#,
    r#"{"needed":"x"} trailing"#,
    r#"{"needed":"x""#,
    r#"{"needed":"x","store":{"id":"s1"},}"#,
    r#"[]"#,
    r#""text""#,
    r#"null"#,
    r#"12"#,
    r#""#,
    r#"{"plate":"粤B","start":1}"#,
    r#"{"plate":"粤B","start":"1"}"#,
    r#"{"plate":"粤B1234","start":"1"}"#,
    r#"{"plate":"粤B","start":true}"#,
    r#"{"plate":"粤B","start":{"a":1}}"#,
    r#"{"plate":"粤B","start":1,"start":"1"}"#,
    r#"{"plate":"粤B","start":"1","start":1}"#,
    r#"{"start":1,"id":"s"}"#,
    r#"{"plate":null,"start":null,"id":"s"}"#,
    r#"{"plate":"a","start":1,"plate":2}"#,
    r#"  {"needed" : "x" , "store" : { "id" : "a\"b" } }  "#,
];

#[test]
fn the_check_while_parsing_gives_the_outcome_of_the_check_of_the_document() {
    let shapes: [(&str, &'static JsonShape); 6] = [
        ("scene_info", &SCENE),
        ("choice", &CHOICE),
        ("mixed", &MIXED),
        ("many", &MANY),
        ("list", &LIST),
        ("store", &STORE),
    ];
    let mut violations = 0;
    for (field, shape) in shapes {
        for text in CASES {
            let expected = oracle(shape, field, text);
            violations += usize::from(expected.is_err());
            assert_eq!(check(shape, field, text), expected, "{field}: {text}");
        }
    }
    // Both outcomes are exercised.
    assert!(
        violations > 150 && violations < 6 * CASES.len(),
        "{violations}"
    );
}

#[test]
fn a_violation_names_the_member_and_the_rule() {
    let err = check(
        &SCENE,
        "scene_info",
        r#"{"needed":"x","goods":[{"id":"a"},{"id":2}]}"#,
    )
    .unwrap_err();
    assert_eq!(err.field, "scene_info.goods[1].id");
    assert_eq!(err.rule, "must be a string");
    let err = check(&SCENE, "scene_info", r#"{"store":{"id":"s"}}"#).unwrap_err();
    assert_eq!(err.field, "scene_info.needed");
    assert_eq!(err.rule, "required but missing");
}

#[test]
fn a_text_that_passed_once_passes_again_and_a_violation_is_found_every_time() {
    let good = r#"{"id":"memo-1","name":"A"}"#;
    let bad = r#"{"id":"memo-1","name":"too long"}"#;
    for _ in 0..3 {
        assert_eq!(check(&STORE, "store_info", good), Ok(()));
        let err = check(&STORE, "store_info", bad).unwrap_err();
        assert!(err.to_string().contains("store_info.name"), "{err}");
    }
}
