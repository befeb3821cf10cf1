//! Request fields from `-d key=value` arguments and a `--json` file.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::cli::FieldArgs;
use crate::error::CliError;

/// The fields given: those of the `--json` file, then the `-d` ones (which win).
pub(crate) fn collect(args: &FieldArgs) -> Result<BTreeMap<String, String>, CliError> {
    let mut fields = match &args.json {
        Some(path) => from_json_file(path)?,
        None => BTreeMap::new(),
    };
    for arg in &args.data {
        let (key, value) = parse_pair(arg)?;
        fields.insert(key, value);
    }
    Ok(fields)
}

/// Splits `key=value` at the first `=`.
pub(crate) fn parse_pair(arg: &str) -> Result<(String, String), CliError> {
    match arg.split_once('=') {
        Some(("", _)) => Err(CliError::bad_input(format!(
            "-d `{arg}`: the field name before `=` is empty"
        ))),
        Some((key, value)) => Ok((key.to_owned(), value.to_owned())),
        None => Err(CliError::bad_input(format!(
            "-d `{arg}`: expected KEY=VALUE (no `=` found)"
        ))),
    }
}

/// Reads a JSON object of fields from `path`.
fn from_json_file(path: &Path) -> Result<BTreeMap<String, String>, CliError> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::bad_input(format!("--json `{shown}`: cannot read it: {e}")))?;
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| CliError::bad_input(format!("--json `{shown}`: invalid JSON: {e}")))?;
    from_json_value(value).map_err(|why| CliError::bad_input(format!("--json `{shown}`: {why}")))
}

/// The fields of a JSON object: strings as they are, numbers and booleans as their text,
/// objects and arrays as compact JSON text; `null` leaves the field out.
pub(crate) fn from_json_value(value: Value) -> Result<BTreeMap<String, String>, String> {
    let Value::Object(object) = value else {
        return Err("must hold a JSON object of fields".to_owned());
    };
    let mut fields = BTreeMap::new();
    for (key, value) in object {
        let text = match value {
            Value::Null => continue,
            Value::String(s) => s,
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            compound @ (Value::Array(_) | Value::Object(_)) => compound.to_string(),
        };
        fields.insert(key, text);
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_split_at_the_first_equals_sign() {
        let (k, v) = parse_pair("scene_info={\"a\":\"b=c\"}").expect("a pair");
        assert_eq!((k.as_str(), v.as_str()), ("scene_info", "{\"a\":\"b=c\"}"));
        let (k, v) = parse_pair("attach=").expect("an empty value is allowed");
        assert_eq!((k.as_str(), v.as_str()), ("attach", ""));
        assert!(parse_pair("novalue").is_err());
        assert!(parse_pair("=x").is_err());
    }

    #[test]
    fn json_values_become_wire_text() {
        let value = serde_json::json!({
            "s": "text",
            "n": 1200,
            "f": 3.5,
            "b": true,
            "z": null,
            "o": {"k": ["v", 1]},
        });
        let fields = from_json_value(value).expect("an object");
        assert_eq!(fields["s"], "text");
        assert_eq!(fields["n"], "1200");
        assert_eq!(fields["f"], "3.5");
        assert_eq!(fields["b"], "true");
        assert!(!fields.contains_key("z"));
        assert_eq!(fields["o"], r#"{"k":["v",1]}"#);
        assert!(from_json_value(serde_json::json!([1])).is_err());
    }
}
