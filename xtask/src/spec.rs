//! Reading one endpoint spec: the YAML file, its `$ref`s (resolved relative to the file that
//! holds them) and `allOf`s (merged), down to the operation's parts.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_norway::{Mapping, Value};

/// The base URL of endpoints that name no other host.
pub(crate) const DEFAULT_HOST: &str = wechatpay_v2_facts::DEFAULT_BASE_URL;

/// How deep `$ref`s may nest before the spec is taken to be circular.
const MAX_DEPTH: usize = 32;

/// One request parameter that is not the body: a query, header or form field.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    pub(crate) name: String,
    /// `query`, `header` or `formData`.
    pub(crate) location: String,
    pub(crate) required: bool,
    /// The parameter itself, which carries its schema keys (`type`, `enum`, `example`...).
    pub(crate) schema: Value,
}

/// An endpoint operation, with every `$ref` and `allOf` resolved.
#[derive(Debug, Clone)]
pub(crate) struct Operation {
    /// `v2/...`, the SDK path.
    pub(crate) path: String,
    /// `GET` or `POST` (upper case).
    pub(crate) method: String,
    pub(crate) summary: String,
    pub(crate) description: String,
    pub(crate) cert: bool,
    /// `x-base-uri`, with a trailing `/`.
    pub(crate) base_uri: Option<String>,
    pub(crate) consumes: Vec<String>,
    pub(crate) produces: Vec<String>,
    pub(crate) deprecated: bool,
    /// The body schema (`in: body`), if any.
    pub(crate) body: Option<Value>,
    /// The other parameters, in order.
    pub(crate) params: Vec<Param>,
    /// `responses['200'].schema`, if any.
    pub(crate) response: Option<Value>,
    /// The response codes the spec lists.
    pub(crate) response_codes: Vec<String>,
}

/// Loads YAML files once each and resolves references between them.
#[derive(Debug, Default)]
pub(crate) struct Loader {
    files: HashMap<PathBuf, Value>,
}

impl Loader {
    fn file(&mut self, path: &Path) -> Result<&Value, String> {
        let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.files.contains_key(&key) {
            let text =
                fs::read_to_string(path).map_err(|e| format!("read {}: {e}", path.display()))?;
            let value: Value = serde_norway::from_str(&text)
                .map_err(|e| format!("parse {}: {e}", path.display()))?;
            self.files.insert(key.clone(), value);
        }
        Ok(&self.files[&key])
    }

    /// Reads the operation of one endpoint file. `path` is its SDK path (`v2/pay/micropay`).
    pub(crate) fn operation(&mut self, file: &Path, path: &str) -> Result<Operation, String> {
        let root = self.file(file)?.clone();
        let resolved = self.resolve(&root, file, 0)?;
        operation_of(&resolved, path).map_err(|e| format!("{}: {e}", file.display()))
    }

    /// The node with every `$ref` replaced by its target and every `allOf` merged; `file` is the
    /// file the node was read from.
    pub(crate) fn resolve(
        &mut self,
        node: &Value,
        file: &Path,
        depth: usize,
    ) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(format!(
                "{}: `$ref`s nest deeper than {MAX_DEPTH}: circular?",
                file.display()
            ));
        }
        match node {
            Value::Mapping(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                    let (target_file, target) = self.target(reference, file)?;
                    let mut resolved = self.resolve(&target, &target_file, depth + 1)?;
                    // Keys beside a `$ref` refine its target.
                    let siblings: Mapping = map
                        .iter()
                        .filter(|(k, _)| k.as_str() != Some("$ref"))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    if !siblings.is_empty() {
                        let siblings = self.resolve(&Value::Mapping(siblings), file, depth + 1)?;
                        resolved = merge(resolved, siblings);
                    }
                    return Ok(resolved);
                }
                let mut out = Mapping::new();
                let mut parts = None;
                for (k, v) in map {
                    if k.as_str() == Some("allOf") {
                        parts = Some(v);
                    } else {
                        out.insert(k.clone(), self.resolve(v, file, depth + 1)?);
                    }
                }
                let mut out = Value::Mapping(out);
                if let Some(parts) = parts {
                    let Some(parts) = parts.as_sequence() else {
                        return Err(format!("{}: `allOf` is not a list", file.display()));
                    };
                    let mut merged = Value::Mapping(Mapping::new());
                    for part in parts {
                        merged = merge(merged, self.resolve(part, file, depth + 1)?);
                    }
                    out = merge(merged, out);
                }
                Ok(out)
            }
            Value::Sequence(items) => items
                .iter()
                .map(|v| self.resolve(v, file, depth + 1))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Sequence),
            Value::Tagged(t) => self.resolve(&t.value, file, depth),
            other => Ok(other.clone()),
        }
    }

    /// The file and node a `$ref` points at: `other.yaml#/key/sub` relative to `file`, or
    /// `#/key` in `file` itself.
    fn target(&mut self, reference: &str, file: &Path) -> Result<(PathBuf, Value), String> {
        let (rel, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        let target_file = if rel.is_empty() {
            file.to_path_buf()
        } else {
            file.parent().unwrap_or(Path::new(".")).join(rel)
        };
        let mut node = self.file(&target_file)?;
        for raw in pointer.split('/').filter(|s| !s.is_empty()) {
            let key = raw.replace("~1", "/").replace("~0", "~");
            node = match node {
                Value::Mapping(m) => m.get(key.as_str()),
                Value::Sequence(s) => key.parse::<usize>().ok().and_then(|i| s.get(i)),
                _ => None,
            }
            .ok_or_else(|| {
                format!(
                    "{}: `$ref: {reference}`: no `{key}` in {}",
                    file.display(),
                    target_file.display()
                )
            })?;
        }
        Ok((target_file, node.clone()))
    }
}

/// Merges two schemas, `b` over `a`: `properties` are united (a property named again is
/// replaced where it first stood), `required` lists are united, other keys of `a` stay unless
/// `a` lacks them.
pub(crate) fn merge(a: Value, b: Value) -> Value {
    let (Value::Mapping(mut a), Value::Mapping(b)) = (a, b) else {
        return Value::Null;
    };
    for (k, v) in b {
        match (k.as_str(), a.get_mut(&k)) {
            (Some("properties"), Some(Value::Mapping(props))) => {
                if let Value::Mapping(more) = v {
                    for (name, schema) in more {
                        props.insert(name, schema);
                    }
                }
            }
            (Some("required"), Some(Value::Sequence(names))) => {
                if let Value::Sequence(more) = v {
                    for name in more {
                        if !names.contains(&name) {
                            names.push(name);
                        }
                    }
                }
            }
            (_, Some(existing)) => {
                if existing.is_null() {
                    *existing = v;
                }
            }
            (_, None) => {
                a.insert(k, v);
            }
        }
    }
    Value::Mapping(a)
}

/// The text of a scalar, as the wire would carry it.
pub(crate) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Tagged(t) => scalar_text(&t.value),
        _ => None,
    }
}

fn str_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_sequence)
        .map(|s| s.iter().filter_map(scalar_text).collect())
        .unwrap_or_default()
}

fn operation_of(root: &Value, path: &str) -> Result<Operation, String> {
    let map = root.as_mapping().ok_or("the file is not a mapping")?;
    let (method, op) = map
        .iter()
        .find_map(|(k, v)| {
            let m = k.as_str()?.to_ascii_lowercase();
            ["get", "post", "put", "delete", "patch"]
                .contains(&m.as_str())
                .then_some((m, v))
        })
        .ok_or("no operation (`post:` or `get:`) at the top level")?;
    let text = |key: &str| op.get(key).and_then(scalar_text).unwrap_or_default();
    let mut body = None;
    let mut params = Vec::new();
    for p in op
        .get("parameters")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
    {
        let location = p.get("in").and_then(scalar_text).unwrap_or_default();
        if location == "body" {
            body = p.get("schema").cloned();
        } else {
            params.push(Param {
                name: p.get("name").and_then(scalar_text).unwrap_or_default(),
                location,
                required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                schema: p.clone(),
            });
        }
    }
    let responses = op.get("responses").and_then(Value::as_mapping);
    let response_codes = responses
        .map(|r| r.keys().filter_map(scalar_text).collect())
        .unwrap_or_default();
    let response = responses
        .and_then(|r| {
            r.iter()
                .find(|(k, _)| scalar_text(k).as_deref() == Some("200"))
                .map(|(_, v)| v)
        })
        .and_then(|r| r.get("schema"))
        .filter(|s| s.as_mapping().is_some_and(|m| !m.is_empty()))
        .cloned();
    let base_uri = op.get("x-base-uri").and_then(scalar_text).map(|mut u| {
        if !u.ends_with('/') {
            u.push('/');
        }
        u
    });
    Ok(Operation {
        path: path.to_owned(),
        method: method.to_ascii_uppercase(),
        summary: text("summary"),
        description: text("description"),
        cert: op
            .get("x-api-cert-required")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        base_uri,
        consumes: str_list(op.get("consumes")),
        produces: str_list(op.get("produces")),
        deprecated: op
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        body,
        params,
        response,
        response_codes,
    })
}

/// The SDK path of a spec file: `v2/` plus its path under the `v2` folder, without `.yaml`.
pub(crate) fn endpoint_path(file: &Path) -> Result<String, String> {
    let parts: Vec<String> = file
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    // The `v2` folder right under `openapi-v2` if there is one, else the last `v2` folder.
    let under_openapi = parts
        .windows(2)
        .position(|w| w[0] == "openapi-v2" && w[1] == "v2")
        .map(|i| i + 1);
    let start = under_openapi
        .or_else(|| {
            parts[..parts.len().saturating_sub(1)]
                .iter()
                .rposition(|p| p == "v2")
        })
        .ok_or_else(|| {
            format!(
                "{}: not under a `v2` folder, so its endpoint path is unknown",
                file.display()
            )
        })?;
    Ok(parts[start..].join("/"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fresh scratch folder for one test.
    pub(crate) fn scratch(name: &str) -> PathBuf {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "xtask-test-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create a scratch folder");
        dir
    }

    fn yaml(text: &str) -> Value {
        serde_norway::from_str(text).expect("test YAML parses")
    }

    #[test]
    fn all_of_merges_properties_and_required_in_order() {
        let merged = Loader::default()
            .resolve(
                &yaml(
                    "allOf:
  - type: object
    required: [a]
    properties:
      a: {type: string, description: first}
      b: {type: string}
  - type: object
    required: [c, a]
    properties:
      c: {type: integer}
      b: {type: string, description: second b}
",
                ),
                Path::new("inline.yaml"),
                0,
            )
            .unwrap();
        let props: Vec<_> = merged["properties"]
            .as_mapping()
            .unwrap()
            .keys()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(props, ["a", "b", "c"]);
        assert_eq!(
            merged["properties"]["b"]["description"].as_str(),
            Some("second b")
        );
        assert_eq!(str_list(merged.get("required")), ["a", "c"]);
    }

    #[test]
    fn refs_resolve_relative_to_the_file_that_holds_them() {
        let dir = scratch("refs");
        fs::create_dir_all(dir.join("openapi-v2/v2/pay")).unwrap();
        fs::create_dir_all(dir.join("openapi-v2/definitions")).unwrap();
        fs::write(
            dir.join("openapi-v2/definitions/common.yaml"),
            "general.response:
  type: object
  properties:
    return_code: {type: string}
thing.response:
  allOf:
    - $ref: './common.yaml#/general.response'
    - type: object
      properties:
        thing: {type: string}
",
        )
        .unwrap();
        let file = dir.join("openapi-v2/v2/pay/thing.yaml");
        fs::write(
            &file,
            "post:
  summary: s
  x-api-cert-required: true
  x-base-uri: https://fraud.mch.weixin.qq.com
  parameters:
    - name: _
      in: body
      schema: {type: object, properties: {a: {type: string}}}
  responses:
    '200':
      schema:
        $ref: '../../definitions/common.yaml#/thing.response'
",
        )
        .unwrap();
        let path = endpoint_path(&file).unwrap();
        assert_eq!(path, "v2/pay/thing");
        let op = Loader::default().operation(&file, &path).unwrap();
        assert_eq!(op.method, "POST");
        assert!(op.cert);
        assert_eq!(
            op.base_uri.as_deref(),
            Some("https://fraud.mch.weixin.qq.com/")
        );
        let response = op.response.unwrap();
        let names: Vec<_> = response["properties"]
            .as_mapping()
            .unwrap()
            .keys()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["return_code", "thing"]);
        let _ = fs::remove_dir_all(dir);
    }

    #[test]
    fn query_parameters_are_kept_apart_from_the_body() {
        let dir = scratch("params");
        let file = dir.join("v2/papay/entrustweb.yaml");
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(
            &file,
            "get:
  parameters:
    - {name: plan_id, in: query, type: integer, required: true}
    - {name: appid, in: query, type: string}
  responses:
    '302': {schema: {}}
",
        )
        .unwrap();
        let op = Loader::default()
            .operation(&file, &endpoint_path(&file).unwrap())
            .unwrap();
        assert_eq!(op.path, "v2/papay/entrustweb");
        assert_eq!(op.method, "GET");
        assert!(op.body.is_none() && op.response.is_none());
        assert_eq!(op.response_codes, ["302"]);
        assert_eq!(op.params.len(), 2);
        assert!(op.params[0].required && !op.params[1].required);
        let _ = fs::remove_dir_all(dir);
    }
}
