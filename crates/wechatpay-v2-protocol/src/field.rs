//! Field values: how a Rust value becomes wire text and back, and what metadata describes it.
//!
//! The macro does not need to know what a field's type is: it calls [`FieldValue`] on it. Text
//! (`String`), integers (amounts in fen and counts), enums declared with `#[wechat_v2_api]`
//! and JSON-in-string types declared with `#[wechat_v2_api(json)]` implement it, and so does
//! `Option` of any of them. A type that does not implement it gets a compile error at the field.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use crate::error::FieldError;
use crate::names::NameIndex;
use crate::xml::Pair;

/// What a field holds, for metadata (the mock gateway, `wxpay show`, validation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldKind {
    /// Free text.
    Text,
    /// A decimal integer (amounts are in fen).
    Integer,
    /// One of a fixed set of values.
    Enum(&'static [&'static str]),
    /// A string that carries JSON of this shape.
    Json(&'static JsonShape),
    /// An indexed list: this field is the count, and each item's fields appear on the wire with
    /// the item's index appended (`refund_id_0`, `coupon_type_0_1`...).
    List(&'static [FieldMeta]),
    /// A nested list (the two answers that are not flat): each item is an element holding the
    /// item's fields as elements. With `each`, the field's element holds one `<each>` element
    /// per item (`<hblist><hbinfo>..</hbinfo></hblist>`); without, the field's element itself
    /// repeats, once per item (`<mchinfo>..</mchinfo><mchinfo>..</mchinfo>`).
    Nested {
        /// The name of each item's element, when the items sit inside the field's element.
        each: Option<&'static str>,
        /// The item's fields.
        fields: &'static [FieldMeta],
    },
}

impl FieldKind {
    /// True for [`FieldKind::Nested`].
    pub const fn is_nested(&self) -> bool {
        matches!(self, Self::Nested { .. })
    }
}

/// True when `name` is a nested field among `fields` (a [`FieldKind::Nested`] one).
pub fn is_nested_field(fields: &[FieldMeta], name: &str) -> bool {
    fields.iter().any(|f| f.kind.is_nested() && f.name == name)
}

/// The shape of a JSON value carried in a string field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonShape {
    /// An object with these members.
    Object(&'static [FieldMeta]),
    /// Exactly one of these objects (the choice of scene shapes, for example).
    OneOf(&'static [JsonShape]),
    /// An array whose items are all of this kind: text, integers, enum values or JSON objects
    /// (`goods_detail`, the profit-sharing `receivers`).
    Array(&'static FieldKind),
}

/// Where a request field may be filled from when the caller leaves it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigField {
    /// The configured app id.
    AppId,
    /// The configured merchant id; a different value in the request is refused.
    MchId,
    /// The configured sub-merchant's app id (partner mode).
    SubAppId,
    /// The configured sub-merchant id (partner mode).
    SubMchId,
}

/// One field of a request, a response or a JSON object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldMeta {
    /// Wire name.
    pub name: &'static str,
    /// One line saying what it is.
    pub doc: &'static str,
    /// Whether the field must be present (on the wire, after configuration is filled in).
    pub required: bool,
    /// Maximum length in characters, where the API sets one.
    pub max_len: Option<u32>,
    /// What the value is.
    pub kind: FieldKind,
    /// Filled from the client configuration when left out.
    pub config: Option<ConfigField>,
}

/// Metadata of a field type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a WeChat Pay v2 field",
    label = "not a supported field type",
    note = "use `String` (text), an integer type (amounts in fen), an enum declared with `#[wechat_v2_api]`, a struct declared with `#[wechat_v2_api(json)]`, a `Vec` of those (a JSON array), or `Option` of one of them; an indexed list (`name_$n` fields) is a `Vec` of `#[wechat_v2_api(item)]` structs marked `#[wechat(list, count = \"..\")]`"
)]
pub trait Describe {
    /// What the value is.
    const KIND: FieldKind;
}

/// A type that can be a field of a WeChat Pay document.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a WeChat Pay v2 field",
    label = "not a supported field type",
    note = "use `String` (text), an integer type (amounts in fen), an enum declared with `#[wechat_v2_api]`, a struct declared with `#[wechat_v2_api(json)]`, a `Vec` of those (a JSON array), or `Option` of one of them; an indexed list (`name_$n` fields) is a `Vec` of `#[wechat_v2_api(item)]` structs marked `#[wechat(list, count = \"..\")]`"
)]
pub trait FieldValue: Describe + Sized {
    /// The wire text; empty means "absent" and the field is left out.
    fn to_wire(&self) -> Result<Cow<'_, str>, String>;
    /// Parses the wire text.
    fn from_wire(text: &str) -> Result<Self, String>;
}

impl Describe for String {
    const KIND: FieldKind = FieldKind::Text;
}

impl FieldValue for String {
    fn to_wire(&self) -> Result<Cow<'_, str>, String> {
        Ok(Cow::Borrowed(self))
    }
    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}

macro_rules! integer_fields {
    ($($t:ty),*) => {$(
        impl Describe for $t {
            const KIND: FieldKind = FieldKind::Integer;
        }
        impl FieldValue for $t {
            fn to_wire(&self) -> Result<Cow<'_, str>, String> {
                Ok(Cow::Owned(self.to_string()))
            }
            fn from_wire(text: &str) -> Result<Self, String> {
                text.parse().map_err(|_| format!("`{text}` is not an integer of type {}", stringify!($t)))
            }
        }
    )*};
}
integer_fields!(u8, u16, u32, u64, i32, i64);

impl<T: Describe> Describe for Option<T> {
    const KIND: FieldKind = T::KIND;
}

/// A JSON array: a member of a `#[wechat_v2_api(json)]` type, or a whole field whose text is a
/// JSON array of such items.
impl<T: Describe> Describe for Vec<T> {
    const KIND: FieldKind = FieldKind::Json(&JsonShape::Array(&T::KIND));
}

impl<T: FieldValue> FieldValue for Option<T> {
    fn to_wire(&self) -> Result<Cow<'_, str>, String> {
        match self {
            Some(v) => v.to_wire(),
            None => Ok(Cow::Borrowed("")),
        }
    }
    fn from_wire(text: &str) -> Result<Self, String> {
        T::from_wire(text).map(Some)
    }
}

/// A value of an enumerated field that this SDK does not know (yet), kept as received.
///
/// WeChat adds enum values over time; a response carrying a new one still decodes, and the value
/// is here. It cannot be built by hand, so a request never sends a value the API does not list.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    #[doc(hidden)]
    pub fn __new(text: &str) -> Self {
        Self(text.into())
    }

    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// An enum declared with `#[wechat_v2_api]`: a closed set of wire values plus `Unknown`.
pub trait WireEnum: Sized + 'static {
    /// Every known wire value, in declaration order.
    const VALUES: &'static [&'static str];
    /// The wire value.
    fn as_str(&self) -> &str;
    /// The variant for a wire value; unknown values are kept in `Unknown`.
    fn from_str_lossy(text: &str) -> Self;
}

/// Helpers the generated code calls, so each enum expands to declarations only.
#[doc(hidden)]
pub mod wire_enum {
    use super::*;

    pub fn serialize<E: WireEnum, S: serde::Serializer>(e: &E, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(e.as_str())
    }

    pub fn deserialize<'de, E: WireEnum, D: serde::Deserializer<'de>>(d: D) -> Result<E, D::Error> {
        let text: Cow<'de, str> = serde::Deserialize::deserialize(d)?;
        Ok(E::from_str_lossy(&text))
    }

    /// `FromStr` for known values only: input typed by a person must be one of the values.
    pub fn parse_known<E: WireEnum>(text: &str) -> Result<E, String> {
        if E::VALUES.contains(&text) {
            Ok(E::from_str_lossy(text))
        } else {
            Err(format!("`{text}` is not one of {}", E::VALUES.join(", ")))
        }
    }
}

/// Collects the fields of a message being encoded, skipping empty ones.
#[derive(Debug, Default)]
pub struct FieldWriter<'a> {
    pub(crate) pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

/// `name` followed by a list index suffix (`_0`, `_0_1`), borrowed when there is no suffix.
fn indexed<'a>(name: &'a str, suffix: &str) -> Cow<'a, str> {
    if suffix.is_empty() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(format!("{name}{suffix}"))
    }
}

impl<'a> FieldWriter<'a> {
    /// An empty writer with room for `n` fields.
    pub fn with_capacity(n: usize) -> Self {
        Self {
            pairs: Vec::with_capacity(n),
        }
    }

    /// Adds a field; an empty value (or `None`) is left out.
    pub fn put<T: FieldValue>(&mut self, name: &'a str, value: &'a T) -> Result<(), FieldError> {
        self.put_at(name, "", value)
    }

    /// Adds a field of a list item: the wire name is `name` followed by `suffix`.
    pub fn put_at<T: FieldValue>(
        &mut self,
        name: &'a str,
        suffix: &str,
        value: &'a T,
    ) -> Result<(), FieldError> {
        let text = value
            .to_wire()
            .map_err(|reason| FieldError::new(indexed(name, suffix), reason))?;
        if !text.is_empty() {
            self.pairs.push((indexed(name, suffix), text));
        }
        Ok(())
    }

    /// Adds an indexed list: its count field (`count` + `suffix`) holds the number of items,
    /// and item `i` writes its fields with `suffix` + `_i` appended.
    pub fn put_list<T: ListItem>(
        &mut self,
        count: &'a str,
        suffix: &str,
        items: &'a [T],
    ) -> Result<(), FieldError> {
        if items.is_empty() {
            return Ok(());
        }
        self.pairs
            .push((indexed(count, suffix), Cow::Owned(items.len().to_string())));
        for (i, item) in items.iter().enumerate() {
            item.encode_at(self, &format!("{suffix}_{i}"))?;
        }
        Ok(())
    }

    /// Adds a nested list (see [`FieldKind::Nested`]): the field's value is the items' markup.
    /// No item leaves the field out.
    pub fn put_nested<T: ListItem>(
        &mut self,
        name: &'a str,
        each: Option<&str>,
        items: &'a [T],
    ) -> Result<(), FieldError> {
        if items.is_empty() {
            return Ok(());
        }
        let mut encoded = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let mut fields = FieldWriter::default();
            item.encode_at(&mut fields, "")?;
            for (field, value) in &fields.pairs {
                let at = || format!("{name}[{i}].{field}");
                crate::xml::check_name(field).map_err(|why| FieldError::new(at(), why))?;
                crate::xml::check_value(value).map_err(|why| FieldError::new(at(), why))?;
            }
            encoded.push(fields.pairs);
        }
        let markup = crate::xml::write_nested(
            name,
            each,
            encoded
                .iter()
                .map(|pairs| pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))),
        );
        self.pairs.push((Cow::Borrowed(name), Cow::Owned(markup)));
        Ok(())
    }

    /// Adds a field from plain text (the untyped path); empty values are left out.
    pub fn put_str(&mut self, name: &'a str, value: &'a str) {
        if !value.is_empty() {
            self.pairs.push((Cow::Borrowed(name), Cow::Borrowed(value)));
        }
    }

    /// The fields collected so far, in the order they were added.
    pub fn pairs(&self) -> &[(Cow<'a, str>, Cow<'a, str>)] {
        &self.pairs
    }

    /// The fields as an owned map.
    pub fn into_map(self) -> BTreeMap<String, String> {
        self.pairs
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }
}

/// One item of an indexed list, declared with `#[wechat_v2_api(item)]`.
pub trait ListItem: Sized {
    /// The item's fields, named without their index.
    const FIELDS: &'static [FieldMeta];
    /// Writes the item's fields with `suffix` (`_0`, `_0_1`) appended to each name.
    fn encode_at<'a>(&'a self, out: &mut FieldWriter<'a>, suffix: &str) -> Result<(), FieldError>;
    /// Reads the item's fields with `suffix` appended to each name.
    fn decode_at(fields: &mut FieldReader<'_>, suffix: &str) -> Result<Self, FieldError>;
}

/// Most items a list may declare; a larger count is refused rather than allocated.
pub const MAX_LIST_ITEMS: usize = 1000;

/// The fields of a message being decoded; each `take` removes one.
///
/// Decoding costs time linear in the number of fields, however many there are: a message takes
/// its declared fields by searching the pairs one by one, until the searching has cost a few
/// passes over all of them; the rest of the look-ups go through an index of the names (see
/// `names`), built then. So a message of a few declared fields among 200,000 received hashes
/// none, and a list of a thousand items among them hashes each name once.
#[derive(Debug, Default)]
pub struct FieldReader<'a> {
    pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Where each name stands, once searching one by one has cost enough; a pair taken through
    /// it is left with an empty name (no field has one) rather than removed, so that positions
    /// stay put.
    index: NameIndex,
    /// Pairs compared so far by searching one by one.
    compared: usize,
}

/// How many passes over all the pairs searching one by one may cost before the index is built.
const PASSES_BEFORE_INDEX: usize = 4;

impl<'a> FieldReader<'a> {
    /// Wraps received pairs.
    pub fn new(pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>) -> Self {
        Self {
            pairs,
            index: NameIndex::default(),
            compared: 0,
        }
    }

    /// Wraps an owned map.
    pub fn from_map(map: &'a BTreeMap<String, String>) -> Self {
        Self::new(
            map.iter()
                .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str())))
                .collect(),
        )
    }

    #[inline]
    fn take_text(&mut self, name: &str) -> Option<Cow<'a, str>> {
        if self.index.is_hashed()
            || (self.pairs.len() > crate::names::LINEAR_UP_TO
                && self.compared > PASSES_BEFORE_INDEX * self.pairs.len())
        {
            return self.take_indexed(name);
        }
        let found = self.pairs.iter().position(|(k, _)| k == name);
        self.compared += found.map_or(self.pairs.len(), |at| at + 1);
        let (_, value) = self.pairs.swap_remove(found?);
        Some(value)
    }

    /// [`take_text`](Self::take_text) once searching one by one has cost enough passes over more
    /// than a few dozen pairs: through the index, built on first use.
    #[inline(never)]
    fn take_indexed(&mut self, name: &str) -> Option<Cow<'a, str>> {
        if !self.index.is_hashed() {
            self.index = NameIndex::of(&self.pairs);
        }
        let at = self.index.remove(&self.pairs, name)?;
        let (_, value) = std::mem::take(&mut self.pairs[at]);
        Some(value)
    }

    /// Removes a required field and decodes it.
    pub fn required<T: FieldValue>(&mut self, name: &str) -> Result<T, FieldError> {
        self.required_at(name, "")
    }

    /// Removes an optional field and decodes it; absent or empty is `None`.
    pub fn optional<T: FieldValue>(&mut self, name: &str) -> Result<Option<T>, FieldError> {
        self.optional_at(name, "")
    }

    /// [`required`](Self::required) for a field of a list item (`name` + `suffix`).
    pub fn required_at<T: FieldValue>(
        &mut self,
        name: &str,
        suffix: &str,
    ) -> Result<T, FieldError> {
        let name = indexed(name, suffix);
        match self.take_text(&name) {
            Some(text) if !text.is_empty() => {
                T::from_wire(&text).map_err(|reason| FieldError::new(name, reason))
            }
            _ => Err(FieldError::new(name, "required but missing")),
        }
    }

    /// [`optional`](Self::optional) for a field of a list item (`name` + `suffix`).
    pub fn optional_at<T: FieldValue>(
        &mut self,
        name: &str,
        suffix: &str,
    ) -> Result<Option<T>, FieldError> {
        let name = indexed(name, suffix);
        match self.take_text(&name) {
            Some(text) if !text.is_empty() => T::from_wire(&text)
                .map(Some)
                .map_err(|reason| FieldError::new(name, reason)),
            _ => Ok(None),
        }
    }

    /// Removes an indexed list: reads its count field (`count` + `suffix`; absent means no
    /// items) and that many items.
    pub fn list<T: ListItem>(&mut self, count: &str, suffix: &str) -> Result<Vec<T>, FieldError> {
        let n: usize = match self.optional_at::<u32>(count, suffix)? {
            None => 0,
            Some(n) => n as usize,
        };
        if n > MAX_LIST_ITEMS {
            return Err(FieldError::new(
                indexed(count, suffix),
                format!("{n} items, at most {MAX_LIST_ITEMS} accepted"),
            ));
        }
        (0..n)
            .map(|i| T::decode_at(self, &format!("{suffix}_{i}")))
            .collect()
    }

    /// Removes a nested list (see [`FieldKind::Nested`]): reads the field's markup (absent means
    /// no items) and decodes each item from the elements it holds. Elements other than the
    /// items (where `each` names them) and item fields this SDK does not declare are ignored,
    /// as WeChat adds fields over time.
    pub fn nested<T: ListItem>(
        &mut self,
        name: &str,
        each: Option<&str>,
    ) -> Result<Vec<T>, FieldError> {
        let Some(markup) = self.take_text(name) else {
            return Ok(Vec::new());
        };
        let elements = crate::xml::parse_elements(&markup)
            .map_err(|e| FieldError::new(name, e.to_string()))?;
        let items = crate::xml::nested_items(&elements, name, each);
        if items.len() > MAX_LIST_ITEMS {
            return Err(FieldError::new(
                name,
                format!("{} items, at most {MAX_LIST_ITEMS} accepted", items.len()),
            ));
        }
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let at = |field: &str| format!("{name}[{i}].{field}");
                let mut pairs: Vec<Pair<'_>> = Vec::with_capacity(item.children.len());
                let mut seen = NameIndex::default();
                for field in &item.children {
                    if !field.children.is_empty() {
                        return Err(FieldError::new(at(&field.name), "holds elements, not text"));
                    }
                    if seen.contains_or_claim(&pairs, &field.name) {
                        return Err(FieldError::new(at(&field.name), "appears twice"));
                    }
                    pairs.push((field.name.clone(), field.text.clone()));
                }
                T::decode_at(&mut FieldReader::new(pairs), "")
                    .map_err(|e| FieldError::new(at(&e.field), e.reason))
            })
            .collect()
    }

    /// Drops fields the framework itself handles (envelope, sign, nonce).
    pub fn discard(&mut self, names: &[&str]) {
        if self.index.is_hashed() {
            for name in names {
                self.take_text(name);
            }
            return;
        }
        // Performance: a name whose first byte starts none of `names` is kept after one look-up
        // in a table of first bytes; among 200,000 fields that was most of this pass.
        let mut first = [false; 256];
        for name in names {
            if let Some(&b) = name.as_bytes().first() {
                first[usize::from(b)] = true;
            }
        }
        self.pairs.retain(|(k, _)| {
            !k.as_bytes()
                .first()
                .is_some_and(|&b| first[usize::from(b)] && names.contains(&k.as_ref()))
        });
    }

    /// Removes and returns whatever was not taken: fields this SDK does not know.
    pub fn take_rest(&mut self) -> BTreeMap<String, String> {
        std::mem::take(self).into_rest()
    }

    /// Whatever was not taken: fields this SDK does not know.
    pub fn into_rest(self) -> BTreeMap<String, String> {
        self.pairs
            .into_iter()
            .filter(|(k, _)| !k.is_empty())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }
}

/// The shape inside a JSON kind; used in constants generated for one-of types.
#[doc(hidden)]
pub const fn json_shape_of(kind: FieldKind) -> JsonShape {
    match kind {
        FieldKind::Json(shape) => *shape,
        _ => panic!("each variant of a JSON one-of must hold a `#[wechat_v2_api(json)]` type"),
    }
}

#[cfg(test)]
#[path = "field_tests.rs"]
mod tests;
