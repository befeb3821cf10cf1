//! JSON carried inside string fields (`scene_info`, `detail`, `receivers`...).
//!
//! Types declared with `#[wechat_v2_api(json)]` convert through [`JsonValue`]: each generated
//! impl is a list of member calls into the shared, non-generic code here, rather than a serde
//! derive per type, so that a hundred such types cost little to compile. Objects are written
//! compactly, members in declaration order, absent `Option`s left out; reading accepts members in
//! any order and ignores unknown ones. String escaping is serde_json's (text that needs none is
//! copied as it is).

use std::fmt::Write as _;

pub use serde_json::Value;

use crate::field::WireEnum;

/// A value that can be a member of JSON-in-string text: text, integers, wire enums, declared
/// JSON types, and `Option` / `Vec` of them.
pub trait JsonValue: Sized {
    /// Appends the value as compact JSON.
    fn write_json(&self, out: &mut String);

    /// Whether the member is left out of its object (an absent `Option`).
    fn is_absent(&self) -> bool {
        false
    }

    /// Reads the value of a member; `None` when the member is missing (or `null`).
    fn read_json(value: Option<Value>) -> Result<Self, String>;
}

/// The value of a member that must be present.
pub fn present(value: Option<Value>) -> Result<Value, String> {
    match value {
        None | Some(Value::Null) => Err("required but missing".to_owned()),
        Some(v) => Ok(v),
    }
}

/// 1 for the bytes a JSON string escapes: `"`, `\\` and the C0 controls.
const ESCAPED: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = 1;
        b += 1;
    }
    table[b'"' as usize] = 1;
    table[b'\\' as usize] = 1;
    table
};

/// Writes `text` as a JSON string.
///
/// Performance: most text needs no escape, and then it is copied between quotes directly;
/// serde_json's escaping loop was the largest single item of a request build after the hash
/// (`perf`, 2026-12-06). Text holding `"`, `\\` or a control character goes through serde_json,
/// so the output is the same either way. The bytes that need an escape are looked up in a table:
/// most strings of a JSON field are short, and three tests per byte were slower (a request
/// build went from 897 to 881 ns, `profile quick`, 2026-12-06).
fn write_str(out: &mut String, text: &str) {
    let mut special = 0u8;
    for &b in text.as_bytes() {
        special |= ESCAPED[usize::from(b)];
    }
    if special == 0 {
        out.reserve(text.len() + 2);
        out.push('"');
        out.push_str(text);
        out.push('"');
    } else {
        // Serialising a `str` cannot fail.
        out.push_str(&serde_json::to_string(text).unwrap_or_default());
    }
}

impl JsonValue for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
    fn read_json(value: Option<Value>) -> Result<Self, String> {
        match present(value)? {
            Value::String(s) => Ok(s),
            other => Err(format!("must be a string, not `{other}`")),
        }
    }
}

macro_rules! json_integers {
    ($($t:ty),*) => {$(
        impl JsonValue for $t {
            fn write_json(&self, out: &mut String) {
                // Writing into a `String` cannot fail.
                let _ = write!(out, "{self}");
            }
            fn read_json(value: Option<Value>) -> Result<Self, String> {
                let value = present(value)?;
                value
                    .as_i64()
                    .and_then(|n| <$t>::try_from(n).ok())
                    .or_else(|| value.as_u64().and_then(|n| <$t>::try_from(n).ok()))
                    .ok_or_else(|| format!("must be an integer of type {}, not `{value}`", stringify!($t)))
            }
        }
    )*};
}
json_integers!(u8, u16, u32, u64, i32, i64);

impl<E: WireEnum> JsonValue for E {
    fn write_json(&self, out: &mut String) {
        write_str(out, self.as_str());
    }
    fn read_json(value: Option<Value>) -> Result<Self, String> {
        match present(value)? {
            Value::String(s) => Ok(E::from_str_lossy(&s)),
            other => Err(format!("must be a string, not `{other}`")),
        }
    }
}

impl<T: JsonValue> JsonValue for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
    fn is_absent(&self) -> bool {
        self.is_none()
    }
    fn read_json(value: Option<Value>) -> Result<Self, String> {
        match value {
            None | Some(Value::Null) => Ok(None),
            some => T::read_json(some).map(Some),
        }
    }
}

impl<T: JsonValue> JsonValue for Vec<T> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
    fn read_json(value: Option<Value>) -> Result<Self, String> {
        match present(value)? {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| T::read_json(Some(item)).map_err(|e| format!("[{i}]: {e}")))
                .collect(),
            other => Err(format!("must be an array, not `{other}`")),
        }
    }
}

/// Writes one JSON object, member by member (generated `write_json` bodies use it).
#[derive(Debug)]
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    /// Opens the object.
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, first: true }
    }

    /// Writes a member, unless it is absent. `key` is the member's name already quoted and
    /// followed by its colon, `"name":` (the macro writes it so), and the name is a declared
    /// member name, which the macro has checked holds only ASCII letters, digits, `_`, `-` and
    /// `.`: it needs no escaping.
    ///
    /// Performance: one copy for the key instead of four pieces; the members of `scene_info`
    /// were a tenth of building the seed request (callgrind, 2026-12-06).
    pub fn member<T: JsonValue>(&mut self, key: &str, value: &T) {
        if value.is_absent() {
            return;
        }
        debug_assert!(
            key.len() > 3
                && key.starts_with('"')
                && key.ends_with("\":")
                && key[1..key.len() - 2].bytes().all(crate::xml::is_name_byte),
            "member key `{key}` is not a quoted plain name and a colon"
        );
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push_str(key);
        value.write_json(self.out);
    }

    /// Closes the object.
    pub fn end(self) {
        self.out.push('}');
    }
}

/// Reads one JSON object, member by member (generated `read_json` bodies use it).
#[derive(Debug)]
pub struct ObjectReader {
    members: serde_json::Map<String, Value>,
}

impl ObjectReader {
    /// The object in `value`.
    pub fn new(value: Option<Value>) -> Result<Self, String> {
        match present(value)? {
            Value::Object(members) => Ok(Self { members }),
            other => Err(format!("must be a JSON object, not `{other}`")),
        }
    }

    /// Takes the member `name`; its error names it.
    pub fn member<T: JsonValue>(&mut self, name: &str) -> Result<T, String> {
        T::read_json(self.members.remove(name)).map_err(|e| format!("`{name}`: {e}"))
    }
}

/// The JSON text of a value.
pub fn to_text<T: JsonValue>(value: &T) -> String {
    // Most JSON fields (a scene, a goods list) fit without growing the buffer.
    let mut out = String::with_capacity(256);
    value.write_json(&mut out);
    out
}

/// Parses JSON text into a value.
pub fn from_text<T: JsonValue>(text: &str) -> Result<T, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    T::read_json(Some(value)).map_err(|e| format!("invalid JSON: {e}"))
}

/// `FieldValue::to_wire` of a JSON value.
pub fn to_wire<T: JsonValue>(value: &T) -> Result<std::borrow::Cow<'static, str>, String> {
    Ok(std::borrow::Cow::Owned(to_text(value)))
}

/// `FieldValue::from_wire` of a JSON value.
pub fn from_wire<T: JsonValue>(text: &str) -> Result<T, String> {
    from_text(text)
}

/// `Serialize` for a declared JSON type: the same members, as a JSON value.
pub fn serialize<T: JsonValue, S: serde::Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    let parsed: Value = serde_json::from_str(&to_text(value)).map_err(serde::ser::Error::custom)?;
    serde::Serialize::serialize(&parsed, s)
}

/// `Deserialize` for a declared JSON type.
pub fn deserialize<'de, T: JsonValue, D: serde::Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let value = <Value as serde::Deserialize>::deserialize(d)?;
    T::read_json(Some(value)).map_err(serde::de::Error::custom)
}

/// A whole field whose text is a JSON array of items.
impl<T: crate::field::Describe + JsonValue> crate::field::FieldValue for Vec<T> {
    fn to_wire(&self) -> Result<std::borrow::Cow<'_, str>, String> {
        to_wire(self)
    }
    fn from_wire(text: &str) -> Result<Self, String> {
        from_wire(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_written_exactly_as_serde_json_writes_them() {
        let mut texts: Vec<String> = (0u8..0x80)
            .map(|b| format!("a{}b", char::from(b)))
            .collect();
        texts.extend(
            [
                "",
                "plain",
                "é中文😀",
                "/slash",
                "\u{7f}del",
                "\u{2028}",
                "q\"\\\n\t\r",
            ]
            .map(str::to_owned),
        );
        for text in &texts {
            let mut out = String::new();
            write_str(&mut out, text);
            assert_eq!(out, serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn text_integers_options_and_arrays_round_trip_compactly() {
        let value: (Vec<Option<String>>, u32) = (vec![Some("a\"<>é".into()), None], 7);
        let mut out = String::new();
        value.0.write_json(&mut out);
        assert_eq!(out, r#"["a\"<>é",null]"#);
        assert_eq!(to_text(&value.1), "7");
        assert_eq!(
            from_text::<Vec<Option<String>>>(r#"["a\"<>é",null]"#).unwrap(),
            value.0
        );
    }

    #[test]
    fn errors_name_the_member_and_the_index() {
        let text = r#"{"a":[1,"x"]}"#;
        let mut reader = ObjectReader::new(Some(serde_json::from_str(text).unwrap())).unwrap();
        assert_eq!(
            reader.member::<Vec<u64>>("a").unwrap_err(),
            "`a`: [1]: must be an integer of type u64, not `\"x\"`"
        );
        assert_eq!(
            reader.member::<String>("b").unwrap_err(),
            "`b`: required but missing"
        );
        assert_eq!(reader.member::<Option<String>>("c").unwrap(), None);
        assert_eq!(
            from_text::<u8>("300").unwrap_err(),
            "invalid JSON: must be an integer of type u8, not `300`"
        );
        assert_eq!(from_text::<i64>("-3").unwrap(), -3);
    }

    #[test]
    fn objects_skip_absent_members_and_keep_declaration_order() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.member("\"z\":", &1u64);
        object.member("\"a\":", &None::<String>);
        object.member("\"m\":", &"x".to_owned());
        object.end();
        assert_eq!(out, r#"{"z":1,"m":"x"}"#);
    }
}
