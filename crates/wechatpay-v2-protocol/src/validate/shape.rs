//! Checking the JSON text of a field against its declared shape ([`JsonShape`]) while it is
//! parsed: no `serde_json::Value` is built, strings without escapes are borrowed, and a
//! member's path is written out only when it breaks a rule.
//!
//! The outcome is the one a check of the parsed document in declaration order gives: invalid
//! JSON first, then, in an object, the first member in declaration order that is missing
//! (required) or breaks a rule; in an array, the first item that does; for a choice of shapes,
//! the first shape that fits, or the first one's violation. A member given twice counts with
//! its last value, as a parsed object keeps it.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{JsonPath, Rules, Violation, check_value, violation};
use crate::field::{FieldKind, FieldMeta, JsonShape};

/// The outcome of checking one value: the parse went on either way.
type Checked = Result<(), Violation>;

/// Checks `text`, the value of the field `field`, against `shape`.
pub(crate) fn check(shape: &'static JsonShape, field: &str, text: &str) -> Checked {
    if super::passed::contains(shape, text) {
        return Ok(());
    }
    let checked = parse_and_check(shape, field, text);
    if checked.is_ok() {
        super::passed::insert(shape, text);
    }
    checked
}

/// Checks `text` by parsing it.
fn parse_and_check(shape: &'static JsonShape, field: &str, text: &str) -> Checked {
    let path = JsonPath::Field(field);
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = ShapeSeed { shape, path: &path }
        .deserialize(&mut de)
        .and_then(|checked| de.end().map(|()| checked));
    parsed.unwrap_or_else(|e| {
        // Skipped and captured values report some syntax errors in other words than a full
        // parse does (`key must be a string` for a trailing comma): the message is the full
        // parse's, as it always was. Only invalid JSON pays for the second parse.
        let e = serde_json::from_str::<serde_json::Value>(text)
            .err()
            .unwrap_or(e);
        Err(violation(field, format!("invalid JSON: {e}")))
    })
}

/// A choice of at most this many object shapes is checked in one pass; a larger one, or one
/// with another kind of shape, shape by shape over the captured text.
const MAX_CANDIDATES: usize = 4;

/// Member states kept on the stack for the candidates of one object; more spill to the heap.
const INLINE_STATES: usize = 64;

/// The shapes checked together in one pass: one shape, or the objects of a choice.
fn candidates(shape: &'static JsonShape) -> Option<&'static [JsonShape]> {
    match shape {
        JsonShape::OneOf(shapes)
            if shapes.len() <= MAX_CANDIDATES
                && shapes.iter().all(|s| matches!(s, JsonShape::Object(_))) =>
        {
            Some(shapes)
        }
        JsonShape::OneOf(_) => None,
        _ => Some(std::slice::from_ref(shape)),
    }
}

/// A value that must have `shape`.
struct ShapeSeed<'p> {
    shape: &'static JsonShape,
    path: &'p JsonPath<'p>,
}

impl<'de> DeserializeSeed<'de> for ShapeSeed<'_> {
    type Value = Checked;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Checked, D::Error> {
        match candidates(self.shape) {
            Some(shapes) => d.deserialize_any(ShapeVisitor {
                shapes,
                path: self.path,
            }),
            // Each candidate reads the text again: it is captured without parsing it twice.
            None => {
                let JsonShape::OneOf(shapes) = self.shape else {
                    unreachable!("only a choice has no candidates")
                };
                let raw = <&RawValue>::deserialize(d)?;
                Ok(one_of(shapes, self.path, raw.get()))
            }
        }
    }
}

fn one_of(shapes: &'static [JsonShape], path: &JsonPath<'_>, text: &str) -> Checked {
    let mut first = None;
    for shape in shapes {
        let mut de = serde_json::Deserializer::from_str(text);
        // The text was read as one JSON value already: it parses again.
        match (ShapeSeed { shape, path }).deserialize(&mut de) {
            Ok(Ok(())) => return Ok(()),
            Ok(Err(v)) => {
                first.get_or_insert(v);
            }
            Err(e) => return Err(violation(path.to_string(), format!("invalid JSON: {e}"))),
        }
    }
    Err(first.unwrap_or_else(|| violation(path.to_string(), "matches none of the shapes")))
}

/// A value that must have one of `shapes` (the first that fits counts): one array shape, or
/// one or more object shapes, checked together while the value is read once.
struct ShapeVisitor<'p> {
    shapes: &'static [JsonShape],
    path: &'p JsonPath<'p>,
}

impl ShapeVisitor<'_> {
    /// The violation of a value that is not of the first shape's type.
    fn mismatch(&self) -> Checked {
        let rule = match self.shapes.first() {
            Some(JsonShape::Array(_)) => "must be a JSON array",
            _ => "must be a JSON object",
        };
        Err(violation(self.path.to_string(), rule))
    }

    fn members(&self, candidate: usize) -> &'static [FieldMeta] {
        match &self.shapes[candidate] {
            JsonShape::Object(members) => members,
            _ => &[],
        }
    }
}

/// What is known of one declared member of one candidate.
const ABSENT: u8 = 0;
const FITS: u8 = 1;
const BREAKS: u8 = 2;

impl<'de> Visitor<'de> for ShapeVisitor<'_> {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        if !matches!(self.shapes.first(), Some(JsonShape::Object(_))) {
            drain_map(map)?;
            return Ok(self.mismatch());
        }
        let n = self.shapes.len();
        // The state of member `i` of candidate `c` is at `offsets[c] + i`.
        let mut offsets = [0usize; MAX_CANDIDATES + 1];
        for c in 0..n {
            offsets[c + 1] = offsets[c] + self.members(c).len();
        }
        let mut inline = [ABSENT; INLINE_STATES];
        let mut spilled = Vec::new();
        let states: &mut [u8] = if offsets[n] <= INLINE_STATES {
            &mut inline[..offsets[n]]
        } else {
            spilled.resize(offsets[n], ABSENT);
            &mut spilled
        };
        // The violations of the members in state `BREAKS`: (candidate, member, violation).
        let mut broken: Vec<(usize, usize, Violation)> = Vec::new();

        while let Some(key) = map.next_key_seed(KeyText)? {
            let mut found = [None; MAX_CANDIDATES];
            let mut meta: Option<&FieldMeta> = None;
            let mut alike = true;
            for (c, at) in found.iter_mut().enumerate().take(n) {
                if let Some(i) = self.members(c).iter().position(|m| m.name == key) {
                    *at = Some(i);
                    let m = &self.members(c)[i];
                    match meta {
                        None => meta = Some(m),
                        Some(first) => alike &= reads_alike(first, m),
                    }
                }
            }
            let Some(meta) = meta else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let path = JsonPath::Member(self.path, meta.name);
            if alike {
                let outcome = map.next_value_seed(MemberSeed {
                    meta,
                    path: &path,
                    null_is_absent: true,
                })?;
                for (c, at) in found.iter().enumerate().take(n) {
                    if let Some(i) = *at {
                        let state = &mut states[offsets[c] + i];
                        record(state, &mut broken, (c, i), outcome.clone());
                    }
                }
            } else {
                // The candidates read this member differently: each reads the captured text.
                let raw = map.next_value::<&RawValue>()?;
                for (c, at) in found.iter().enumerate().take(n) {
                    if let Some(i) = *at {
                        let mut de = serde_json::Deserializer::from_str(raw.get());
                        let seed = MemberSeed {
                            meta: &self.members(c)[i],
                            path: &path,
                            null_is_absent: true,
                        };
                        let outcome = seed.deserialize(&mut de).unwrap_or_else(|e| {
                            Some(Err(violation(
                                path.to_string(),
                                format!("invalid JSON: {e}"),
                            )))
                        });
                        record(&mut states[offsets[c] + i], &mut broken, (c, i), outcome);
                    }
                }
            }
        }

        // The first candidate that fits; else the first candidate's first violation, in
        // declaration order.
        let mut first = None;
        for c in 0..n {
            let members = self.members(c);
            let violation_at =
                members
                    .iter()
                    .enumerate()
                    .find_map(|(i, member)| match states[offsets[c] + i] {
                        ABSENT if member.required => Some((i, None)),
                        BREAKS => Some((i, Some(()))),
                        _ => None,
                    });
            match violation_at {
                None => return Ok(Ok(())),
                Some(_) if first.is_some() => {}
                Some((i, None)) => {
                    let path = JsonPath::Member(self.path, members[i].name);
                    first = Some(violation(path.to_string(), "required but missing"));
                }
                Some((i, Some(()))) => {
                    let at = broken
                        .iter()
                        .position(|(bc, bi, _)| (*bc, *bi) == (c, i))
                        .expect("a member in state BREAKS has its violation");
                    first = Some(broken.swap_remove(at).2);
                }
            }
        }
        Ok(Err(
            first.expect("an object shape without a fit has a violation")
        ))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        let [JsonShape::Array(kind)] = self.shapes else {
            drain_seq(seq)?;
            return Ok(self.mismatch());
        };
        let meta = FieldMeta {
            name: "",
            doc: "",
            required: true,
            max_len: None,
            kind: **kind,
            config: None,
        };
        let mut first = Ok(());
        let mut i = 0;
        loop {
            let path = JsonPath::Item(self.path, i);
            let item = MemberSeed {
                meta: &meta,
                path: &path,
                null_is_absent: false,
            };
            match seq.next_element_seed(item)? {
                None => return Ok(first),
                Some(outcome) => {
                    if first.is_ok() {
                        first = outcome.unwrap_or(Ok(()));
                    }
                }
            }
            i += 1;
        }
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Checked, E> {
        Ok(self.mismatch())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Checked, E> {
        Ok(self.mismatch())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Checked, E> {
        Ok(self.mismatch())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Checked, E> {
        Ok(self.mismatch())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Checked, E> {
        Ok(self.mismatch())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Checked, E> {
        Ok(self.mismatch())
    }
}

/// Records the outcome of a member's value (the last one counts when a member is given again).
fn record(
    state: &mut u8,
    broken: &mut Vec<(usize, usize, Violation)>,
    at: (usize, usize),
    outcome: Option<Checked>,
) {
    if *state == BREAKS {
        broken.retain(|(c, i, _)| (*c, *i) != at);
    }
    *state = match outcome {
        None => ABSENT,
        Some(Ok(())) => FITS,
        Some(Err(v)) => {
            broken.push((at.0, at.1, v));
            BREAKS
        }
    };
}

/// Whether two members' values are checked the same way (their names are equal already).
fn reads_alike(a: &FieldMeta, b: &FieldMeta) -> bool {
    a.max_len == b.max_len
        && match (a.kind, b.kind) {
            (FieldKind::Text, FieldKind::Text) | (FieldKind::Integer, FieldKind::Integer) => true,
            (FieldKind::Enum(x), FieldKind::Enum(y)) => std::ptr::eq(x, y) || x == y,
            (FieldKind::Json(x), FieldKind::Json(y)) => std::ptr::eq(x, y),
            _ => false,
        }
}

/// An object member's key, borrowed from the text unless it has escapes.
struct KeyText;

impl<'de> DeserializeSeed<'de> for KeyText {
    type Value = std::borrow::Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyText {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(key.to_owned()))
    }
}

/// The value of a member (or an array item) described by `meta`. `None`: a null member,
/// which counts as absent (an array item that is null breaks its kind's rule instead).
struct MemberSeed<'m, 'p> {
    meta: &'m FieldMeta,
    path: &'p JsonPath<'p>,
    null_is_absent: bool,
}

impl MemberSeed<'_, '_> {
    fn mismatch(&self) -> Checked {
        let rule = match self.meta.kind {
            FieldKind::Json(JsonShape::Array(_)) => "must be a JSON array",
            FieldKind::Json(_) => "must be a JSON object",
            FieldKind::Integer => "must be an integer",
            FieldKind::Text | FieldKind::Enum(_) => "must be a string",
            FieldKind::List(_) => "lists are not JSON members",
            FieldKind::Nested { .. } => "nested elements are not JSON members",
        };
        Err(violation(self.path.to_string(), rule))
    }
}

impl<'de> DeserializeSeed<'de> for MemberSeed<'_, '_> {
    type Value = Option<Checked>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Checked>, D::Error> {
        match self.meta.kind {
            FieldKind::Json(shape @ JsonShape::OneOf(shapes)) if candidates(shape).is_none() => {
                let raw = <&RawValue>::deserialize(d)?;
                Ok(match raw.get() {
                    "null" if self.null_is_absent => None,
                    text => Some(one_of(shapes, self.path, text)),
                })
            }
            _ => d.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for MemberSeed<'_, '_> {
    type Value = Option<Checked>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Checked>, E> {
        Ok((!self.null_is_absent).then(|| self.mismatch()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<Checked>, A::Error> {
        match self.meta.kind {
            FieldKind::Json(shape) => ShapeVisitor {
                shapes: candidates(shape).unwrap_or_default(),
                path: self.path,
            }
            .visit_map(map)
            .map(Some),
            _ => {
                drain_map(map)?;
                Ok(Some(self.mismatch()))
            }
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<Checked>, A::Error> {
        match self.meta.kind {
            FieldKind::Json(shape) => ShapeVisitor {
                shapes: candidates(shape).unwrap_or_default(),
                path: self.path,
            }
            .visit_seq(seq)
            .map(Some),
            _ => {
                drain_seq(seq)?;
                Ok(Some(self.mismatch()))
            }
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Option<Checked>, E> {
        Ok(Some(match self.meta.kind {
            FieldKind::Text | FieldKind::Enum(_) => check_value(self.meta, "", text, Rules::STRICT)
                .map_err(|v| Violation {
                    field: self.path.to_string(),
                    rule: v.rule,
                }),
            _ => self.mismatch(),
        }))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Option<Checked>, E> {
        Ok(Some(self.integer()))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Option<Checked>, E> {
        Ok(Some(self.integer()))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<Checked>, E> {
        Ok(Some(self.mismatch()))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<Checked>, E> {
        Ok(Some(self.mismatch()))
    }
}

impl MemberSeed<'_, '_> {
    fn integer(&self) -> Checked {
        match self.meta.kind {
            FieldKind::Integer => Ok(()),
            _ => self.mismatch(),
        }
    }
}

fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

#[cfg(test)]
#[path = "shape_tests.rs"]
mod tests;
