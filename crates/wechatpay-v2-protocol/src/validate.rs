//! Checking a flat field list against an endpoint's field metadata.
//!
//! One set of rules, used wherever fields arrive as text: the untyped escape hatch before
//! sending, the mock gateway on every request it receives, and the command-line tool. A typed
//! request needs fewer checks (its types already guarantee enum values and JSON shapes), so
//! [`Rules`] says which to apply.

mod passed;
mod shape;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashSet;

use crate::field::{FieldKind, FieldMeta, MAX_LIST_ITEMS};

/// Which checks to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Enum fields hold a listed value; JSON fields parse and hold their required members.
    pub values: bool,
    /// Fields that are not declared are refused (besides `nonce_str` and `sign`).
    pub no_unknown: bool,
}

impl Rules {
    /// Every check: what the gateway applies to a request.
    pub const STRICT: Rules = Rules {
        values: true,
        no_unknown: true,
    };
    /// Required fields and lengths only.
    pub const PRESENCE: Rules = Rules {
        values: false,
        no_unknown: false,
    };
}

/// A field that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("field `{field}`: {rule}")]
pub struct Violation {
    /// Wire name (for a JSON member, `field.member`).
    pub field: String,
    /// The rule broken, in words.
    pub rule: String,
}

pub(crate) fn violation(field: impl Into<String>, rule: impl Into<String>) -> Violation {
    Violation {
        field: field.into(),
        rule: rule.into(),
    }
}

/// Fields every request carries besides the declared ones (`nonce_str` only where the endpoint
/// takes one: see [`check_endpoint`]).
const FRAMEWORK_FIELDS: &[&str] = &["nonce_str", "sign"];

/// What a field that the endpoint does not have breaks.
const NOT_A_FIELD: &str = "is not a field of this endpoint";

/// Checks the fields of a request to `endpoint` as the gateway does: [`check`] against its
/// declared fields, and a `nonce_str` refused, like any field it does not have, where the
/// endpoint takes none ([`EndpointMeta::nonce`](crate::EndpointMeta::nonce)).
pub fn check_endpoint<'a>(
    endpoint: &crate::EndpointMeta,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    rules: Rules,
) -> Result<(), Violation> {
    if !endpoint.nonce {
        no_nonce(pairs.clone().into_iter().map(|(k, _)| k))?;
    }
    check(endpoint.request, pairs.clone(), rules)?;
    let value = |name: &str| {
        pairs
            .clone()
            .into_iter()
            .find(|(k, v)| *k == name && !v.is_empty())
            .map(|(_, v)| v)
    };
    one_of(endpoint.one_of, |name| value(name).is_some())?;
    conditions(endpoint.required_if, value)
}

/// Checks each condition of `rules` ([`EndpointMeta::required_if`](crate::EndpointMeta::required_if))
/// against the non-empty field `value`s. The violation names the field, or the fields of
/// which one is required, and the condition: `field \`openid | sub_openid\`: one of them is
/// required when \`trade_type\` is \`JSAPI\``, `field \`sub_appid\`: required when
/// \`sub_openid\` is given`.
pub fn conditions<'v>(
    rules: &[crate::endpoint::Condition],
    value: impl Fn(&str) -> Option<&'v str>,
) -> Result<(), Violation> {
    for rule in rules {
        let applies = match (value(rule.when), rule.equals) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(given), Some(equals)) => given == equals,
        };
        if !applies || rule.fields.iter().any(|name| value(name).is_some()) {
            continue;
        }
        let which = match rule.fields {
            [_] => "required",
            _ => "one of them is required",
        };
        let reason = match rule.equals {
            Some(equals) => format!("{which} when `{}` is `{equals}`", rule.when),
            None => format!("{which} when `{}` is given", rule.when),
        };
        return Err(violation(rule.fields.join(" | "), reason));
    }
    Ok(())
}

/// Checks that each group of `groups` ([`EndpointMeta::one_of`](crate::EndpointMeta::one_of))
/// has a field that is `present`. The violation names the group:
/// `field \`transaction_id | out_trade_no\`: one of them is required, and none is given`.
pub fn one_of(groups: &[&[&str]], present: impl Fn(&str) -> bool) -> Result<(), Violation> {
    for group in groups {
        if !group.iter().any(|name| present(name)) {
            return Err(violation(
                group.join(" | "),
                "one of them is required, and none is given",
            ));
        }
    }
    Ok(())
}

/// Refuses a `nonce_str` among `names`: the rule of an endpoint that takes none.
pub fn no_nonce<'a>(mut names: impl Iterator<Item = &'a str>) -> Result<(), Violation> {
    match names.any(|name| name == "nonce_str") {
        true => Err(violation("nonce_str", NOT_A_FIELD)),
        false => Ok(()),
    }
}

/// Checks `pairs` (name, value) against `fields`. Empty values count as absent.
///
/// Indexed lists are checked item by item, as many items as their count field says; with
/// [`Rules::no_unknown`], an item beyond the count is an unknown field.
pub fn check<'a>(
    fields: &[FieldMeta],
    pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    rules: Rules,
) -> Result<(), Violation> {
    let get = |name: &str| {
        pairs
            .clone()
            .into_iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
            .filter(|v| !v.is_empty())
    };
    check_with(
        fields,
        pairs.clone().into_iter().map(|(k, _)| k),
        &get,
        rules,
    )
}

/// [`check`] for fields held in a slice, as a request being signed holds them.
///
/// Performance: the fields of a typed request arrive in the order they are declared, so each
/// look-up starts where the previous one matched and most take one comparison; searching from
/// the start for every declared field was about a twentieth of a request build (callgrind,
/// 2026-12-06).
pub fn check_slice(
    fields: &[FieldMeta],
    pairs: &[(Cow<'_, str>, Cow<'_, str>)],
    rules: Rules,
) -> Result<(), Violation> {
    let hint = Cell::new(0usize);
    let get = |name: &str| {
        let start = hint.get().min(pairs.len());
        let at = pairs[start..]
            .iter()
            .position(|(k, _)| k == name)
            .map(|i| start + i)
            .or_else(|| pairs[..start].iter().position(|(k, _)| k == name))?;
        hint.set(at + 1);
        Some(pairs[at].1.as_ref()).filter(|v| !v.is_empty())
    };
    check_with(fields, pairs.iter().map(|(k, _)| k.as_ref()), &get, rules)
}

fn check_with<'n, 'v>(
    fields: &[FieldMeta],
    names: impl Iterator<Item = &'n str>,
    get: &impl Fn(&str) -> Option<&'v str>,
    rules: Rules,
) -> Result<(), Violation> {
    let mut known: Option<HashSet<String>> = rules.no_unknown.then(HashSet::new);
    check_level(fields, "", get, rules, &mut known)?;
    if let Some(known) = known {
        for name in names {
            if !FRAMEWORK_FIELDS.contains(&name) && !known.contains(name) {
                return Err(violation(name, NOT_A_FIELD));
            }
        }
    }
    Ok(())
}

/// Checks the fields of one level (the message, or one list item with its `suffix`).
fn check_level<'v>(
    fields: &[FieldMeta],
    suffix: &str,
    get: &impl Fn(&str) -> Option<&'v str>,
    rules: Rules,
    known: &mut Option<HashSet<String>>,
) -> Result<(), Violation> {
    for meta in fields {
        // Performance: a message's own fields (no suffix) are borrowed, and the set of known
        // names is built only when unknown fields are refused (the mock gateway); a typed
        // request allocates nothing here.
        let name: std::borrow::Cow<'_, str> = if suffix.is_empty() {
            std::borrow::Cow::Borrowed(meta.name)
        } else {
            std::borrow::Cow::Owned(format!("{}{suffix}", meta.name))
        };
        let value = get(&name);
        if let Some(known) = known.as_mut() {
            known.insert(name.clone().into_owned());
        }
        match (value, meta.kind) {
            (None, _) if meta.required => {
                return Err(violation(name.into_owned(), "required but missing"));
            }
            (None, _) => {}
            (Some(count), FieldKind::List(items)) => {
                let n: usize = count
                    .parse()
                    .map_err(|_| violation(name.as_ref(), format!("`{count}` is not a count")))?;
                if n > MAX_LIST_ITEMS {
                    return Err(violation(
                        name.as_ref(),
                        format!("{n} items, at most {MAX_LIST_ITEMS} accepted"),
                    ));
                }
                for i in 0..n {
                    check_level(items, &format!("{suffix}_{i}"), get, rules, known)?;
                }
            }
            // Performance: a value within its length, when values are not checked (typed
            // requests), needs nothing more; the call it saves was a fifth of validating the
            // seed request (callgrind, 2026-12-06).
            (Some(value), _)
                if !rules.values && meta.max_len.is_none_or(|max| value.len() <= max as usize) => {}
            (Some(value), _) => check_value(meta, &name, value, rules)?,
        }
    }
    Ok(())
}

fn check_len(meta: &FieldMeta, path: &str, chars: usize) -> Result<(), Violation> {
    match meta.max_len {
        Some(max) if chars > max as usize => Err(violation(
            path,
            format!("{chars} characters, at most {max} allowed"),
        )),
        _ => Ok(()),
    }
}

pub(crate) fn check_value(
    meta: &FieldMeta,
    path: &str,
    value: &str,
    rules: Rules,
) -> Result<(), Violation> {
    // Characters are counted only when the bytes could exceed the limit.
    if meta.max_len.is_some_and(|max| value.len() > max as usize) {
        check_len(meta, path, value.chars().count())?;
    }
    if !rules.values {
        return Ok(());
    }
    match meta.kind {
        FieldKind::Text => Ok(()),
        FieldKind::Integer => value
            .parse::<i64>()
            .map(drop)
            .map_err(|_| violation(path, format!("`{value}` is not an integer"))),
        FieldKind::Enum(values) => {
            if values.contains(&value) {
                Ok(())
            } else {
                Err(violation(
                    path,
                    format!("`{value}` is not one of {}", values.join(", ")),
                ))
            }
        }
        FieldKind::Json(shape) => shape::check(shape, path, value),
        // Lists are walked by `check_level`; JSON members are never lists.
        FieldKind::List(_) => Ok(()),
        FieldKind::Nested { each, fields } => check_nested(meta.name, each, fields, value, rules),
    }
}

/// Checks each item of a nested list against the item's fields.
fn check_nested(
    name: &str,
    each: Option<&str>,
    fields: &[FieldMeta],
    markup: &str,
    rules: Rules,
) -> Result<(), Violation> {
    let elements =
        crate::xml::parse_elements(markup).map_err(|e| violation(name, e.to_string()))?;
    for (i, item) in crate::xml::nested_items(&elements, name, each)
        .into_iter()
        .enumerate()
    {
        let pairs = item
            .children
            .iter()
            .map(|c| (c.name.as_ref(), c.text.as_ref()));
        check(fields, pairs, rules)
            .map_err(|v| violation(format!("{name}[{i}].{}", v.field), v.rule))?;
    }
    Ok(())
}

/// Where a JSON member is, written out only when it breaks a rule: a value that passes costs
/// no formatting (building each member's path eagerly was most of the cost of checking the
/// JSON of an untyped request).
#[derive(Clone, Copy)]
pub(crate) enum JsonPath<'a> {
    Field(&'a str),
    Member(&'a JsonPath<'a>, &'a str),
    Item(&'a JsonPath<'a>, usize),
}

impl std::fmt::Display for JsonPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Field(name) => f.write_str(name),
            Self::Member(parent, name) => write!(f, "{parent}.{name}"),
            Self::Item(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}
