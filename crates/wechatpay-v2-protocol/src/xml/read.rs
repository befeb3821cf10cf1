//! Reading response documents strictly: the fast path for plain flat documents, the general
//! reader for the rest, nested fields, and the depth of JSON in values.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::*;
use crate::names::NameIndex;

pub(crate) fn predefined_entity(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => return None,
    })
}

/// Reads a flat document whose root element is `root` into pairs, in document order.
pub fn parse_document<'a>(input: &'a [u8], root: &str) -> Result<Vec<Pair<'a>>, XmlError> {
    let text = checked_text(input)?;
    // Performance: the general reader below cost about 19,000 instructions on the seed response
    // (callgrind), over half of the SDK's response handling and more than the whole floor
    // (parse, hash, compare). The documents WeChat sends have one simple shape, which
    // `parse_plain` reads in a single pass; anything else goes to the general reader, which
    // accepts or refuses it exactly as before.
    if let Some(pairs) = parse_plain(text, root) {
        return Ok(pairs);
    }
    parse_general(text, root, |_| false)
}

/// [`parse_document`] where the fields for which `nested` is true may hold elements (see the
/// module docs): the value of such a field is its markup, `<name>` to `</name>`, with every
/// occurrence of it joined in document order; it reads back with [`parse_elements`].
pub fn parse_document_with<'a>(
    input: &'a [u8],
    root: &str,
    nested: impl Fn(&str) -> bool,
) -> Result<Vec<Pair<'a>>, XmlError> {
    parse_general(checked_text(input)?, root, nested)
}

/// The body as text, refusing invalid UTF-8 and characters XML cannot carry.
pub(crate) fn checked_text(input: &[u8]) -> Result<&str, XmlError> {
    let text = std::str::from_utf8(input)
        .map_err(|e| XmlError::new(format!("the body is not valid UTF-8 ({e})")))?;
    // XML 1.0 cannot carry control characters (NUL...) anywhere in a document; one byte scan
    // refuses them for every reader below.
    if has_non_xml_char(input) {
        return Err(XmlError::new(
            "the body holds a control character (such as NUL) that XML cannot carry",
        ));
    }
    Ok(text)
}

/// Whitespace between elements: what `is_blank` accepts.
pub(crate) fn skip_blank(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    i
}

/// `i` moved past `expected`, when the input continues with it there.
pub(crate) fn skip_exact(b: &[u8], i: usize, expected: &[u8]) -> Option<usize> {
    b.get(i..)?
        .starts_with(expected)
        .then(|| i + expected.len())
}

/// Whether a field name may start with `b`: an ASCII letter or `_`.
pub(crate) fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

/// Whether a field name may hold `b` after its first byte: an ASCII letter or digit, `_`, `-`
/// or `.` (also the rule for JSON member names the macro accepts).
#[inline]
pub(crate) fn is_name_byte(b: u8) -> bool {
    NAME_BYTE[usize::from(b)]
}

/// [`is_name_byte`] as a table, for the reader's scan of names.
pub(crate) const NAME_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.');
        b += 1;
    }
    table
};

/// The fast path of [`parse_document`]: reads the common shape in one pass, or returns `None`.
///
/// Accepted: blanks, `<root>`, then fields separated by blanks, each `<name/>`, `<name></name>`,
/// `<name>text</name>` or `<name><![CDATA[text]]></name>`, then `</root>` and blanks. Text holds
/// no `&` (no reference to resolve) and no CR (nothing to normalise); names pass [`check_name`];
/// no name repeats.
///
/// Performance: names are scanned with a table, a CDATA section's end is found with the `memchr`
/// for `>` of [`find_cdata_end`], and text up to the next `<`, `&` or CR with `memchr3`; scanning
/// byte by byte made this the largest item of handling a response after the hash (callgrind,
/// 2026-12-06). Every such document reads to the same pairs in the general reader (a test
/// checks this on many variants). Anything else — a declaration, a comment, an entity or
/// character reference, several sections in one value, attributes, spaces inside tags, an error
/// of any kind — returns `None`, so the general reader accepts it or names the problem.
pub(crate) fn parse_plain<'a>(text: &'a str, root: &str) -> Option<Vec<Pair<'a>>> {
    let b = text.as_bytes();
    let mut i = skip_blank(b, 0);
    i = skip_exact(b, i, b"<")?;
    i = skip_exact(b, i, root.as_bytes())?;
    i = skip_exact(b, i, b">")?;
    let mut pairs: Vec<Pair<'a>> = Vec::with_capacity(16);
    let mut index = NameIndex::expecting(text.len() / MIN_FIELD_BYTES);
    loop {
        i = skip_blank(b, i);
        if let Some(after) = skip_exact(b, i, b"</") {
            i = skip_exact(b, after, root.as_bytes())?;
            i = skip_exact(b, i, b">")?;
            return (skip_blank(b, i) == b.len()).then_some(pairs);
        }
        i = skip_exact(b, i, b"<")?;
        let start = i;
        // A name as `check_name` asks: a name start, then name bytes.
        if !b.get(i).is_some_and(|&c| is_name_start(c)) {
            return None;
        }
        while b.get(i).is_some_and(|&c| is_name_byte(c)) {
            i += 1;
        }
        // All the indices used to slice `text` sit next to ASCII bytes: char boundaries.
        let name = &text[start..i];
        let value;
        if let Some(after) = skip_exact(b, i, b"/>") {
            value = "";
            i = after;
        } else {
            i = skip_exact(b, i, b">")?;
            if let Some(content) = skip_exact(b, i, b"<![CDATA[") {
                let len = find_cdata_end(&text[content..])?;
                value = &text[content..content + len];
                i = content + len + 3;
            } else {
                let content = i;
                i += memchr::memchr3(b'<', b'&', b'\r', &b[i..])?;
                if b[i] != b'<' {
                    return None;
                }
                value = &text[content..i];
            }
            // `</name>`
            let close = i + 2 + name.len();
            if b.get(i) != Some(&b'<')
                || b.get(i + 1) != Some(&b'/')
                || b.get(i + 2..close) != Some(name.as_bytes())
                || b.get(close) != Some(&b'>')
            {
                return None;
            }
            i = close + 1;
        }
        // A duplicate goes to the general reader, which names it.
        if index.contains_or_claim(&pairs, name) {
            return None;
        }
        pairs.push((Cow::Borrowed(name), Cow::Borrowed(value)));
    }
}

/// What a field takes at least in a document written as WeChat Pay writes them (`<ab>c</ab>`
/// is 10 bytes, and names are rarely shorter): a document's size divided by this sizes the
/// index of its names once, if it has many (see `names`).
pub(crate) const MIN_FIELD_BYTES: usize = 16;

/// A reader with the settings every reader here uses.
pub(crate) fn strict_reader(text: &str) -> Reader<&[u8]> {
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.expand_empty_elements = false;
    config.trim_text(false);
    reader
}

/// The general reader: any well-formed flat document, and a named reason for anything else.
/// Fields for which `nested` is true may hold elements (see [`parse_document_with`]).
pub(crate) fn parse_general<'a>(
    text: &'a str,
    root: &str,
    nested: impl Fn(&str) -> bool,
) -> Result<Vec<Pair<'a>>, XmlError> {
    let mut reader = strict_reader(text);

    let mut pairs: Vec<Pair<'a>> = Vec::with_capacity(16);
    let mut index = NameIndex::expecting(text.len() / MIN_FIELD_BYTES);
    // Where we are: before the root, inside it, inside a field, after the root.
    enum At<'a> {
        Prolog,
        Root,
        Field(Cow<'a, str>, Option<Cow<'a, str>>),
        Done,
    }
    let mut at = At::Prolog;

    loop {
        // Where the next event starts: the markup of a nested field is kept from here.
        let from = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| XmlError::new(format!("malformed XML: {e}")))?;
        at = match (at, event) {
            (_, Event::DocType(_)) => {
                return Err(XmlError::new(
                    "DOCTYPE is not allowed (no DTD, no entity declarations)",
                ));
            }
            (at, Event::Comment(_)) => at,
            (At::Prolog, Event::Decl(_)) => At::Prolog,
            (_, Event::PI(_) | Event::Decl(_)) => {
                return Err(XmlError::new("processing instructions are not allowed"));
            }
            (at @ (At::Prolog | At::Done), Event::Text(t)) if is_blank(&t) => at,
            (At::Prolog, Event::Start(s)) => {
                if s.name().0 != root {
                    return Err(XmlError::new(format!(
                        "the root element must be <{root}>, found <{}>",
                        s.name().0
                    )));
                }
                At::Root
            }
            (At::Prolog, Event::Empty(s)) if s.name().0 == root => {
                // `<xml/>`: a document with no fields.
                At::Done
            }
            (At::Root, Event::Text(t)) if is_blank(&t) => At::Root,
            (At::Root, Event::Start(s)) if nested(s.name().0) => {
                let name = element_name(text, s.name().0)?;
                read_element(&mut reader, text, name.clone(), 1)?;
                push_nested(&mut pairs, &mut index, name, text, from, &reader)?;
                At::Root
            }
            (At::Root, Event::Empty(s)) if nested(s.name().0) => {
                let name = element_name(text, s.name().0)?;
                push_nested(&mut pairs, &mut index, name, text, from, &reader)?;
                At::Root
            }
            (At::Root, Event::Start(s)) => {
                let name = element_name(text, s.name().0)?;
                At::Field(name, None)
            }
            (At::Root, Event::Empty(s)) => {
                let name = element_name(text, s.name().0)?;
                push_field(&mut pairs, &mut index, name, Cow::Borrowed(""))?;
                At::Root
            }
            (At::Root, Event::End(_)) => At::Done,
            (At::Field(name, mut value), Event::Text(t)) => {
                append(&mut value, t.xml10_content());
                At::Field(name, value)
            }
            (At::Field(name, mut value), Event::CData(c)) => {
                let content = c.into_inner();
                append(&mut value, content);
                At::Field(name, value)
            }
            (At::Field(name, mut value), Event::GeneralRef(r)) => {
                let ch = resolve_reference(&name, r)?;
                append(&mut value, Cow::Owned(ch.to_string()));
                At::Field(name, value)
            }
            (At::Field(name, value), Event::End(_)) => {
                push_field(
                    &mut pairs,
                    &mut index,
                    name,
                    value.unwrap_or(Cow::Borrowed("")),
                )?;
                At::Root
            }
            (At::Field(name, _), Event::Start(_) | Event::Empty(_)) => {
                return Err(XmlError::new(format!(
                    "field `{name}` holds a nested element; WeChat Pay documents are flat"
                )));
            }
            (At::Done, Event::Eof) => break,
            (_, Event::Eof) => {
                return Err(XmlError::new(
                    "the document ends before its root element closes",
                ));
            }
            (At::Done, _) => {
                return Err(XmlError::new("content after the root element"));
            }
            (_, Event::Text(_)) => {
                return Err(XmlError::new("text outside of any field"));
            }
            (_, Event::CData(_) | Event::GeneralRef(_)) => {
                return Err(XmlError::new("character data outside of any field"));
            }
            (At::Prolog, Event::Empty(s)) => {
                return Err(XmlError::new(format!(
                    "the root element must be <{root}>, found <{}>",
                    s.name().0
                )));
            }
            (_, Event::End(_)) => {
                return Err(XmlError::new("unexpected element"));
            }
        };
    }
    Ok(pairs)
}

/// The character a reference in field `name` stands for: a character reference to a character
/// XML can carry, or one of the five predefined entities.
pub(crate) fn resolve_reference(
    name: &str,
    r: quick_xml::events::BytesRef<'_>,
) -> Result<char, XmlError> {
    if r.is_char_ref() {
        r.resolve_char_ref()
            .ok()
            .flatten()
            .filter(|c| is_xml_char(*c))
            .ok_or_else(|| XmlError::new(format!("field `{name}`: bad character reference")))
    } else {
        let entity = r.into_inner();
        predefined_entity(&entity).ok_or_else(|| {
            XmlError::new(format!(
                "field `{name}`: entity `&{entity};` is not allowed (only the five predefined ones are)"
            ))
        })
    }
}

/// Deepest nesting of a nested field, its own element counted: `<hblist>` holding `<hbinfo>`
/// items that hold their fields is 3 levels.
pub const MAX_NESTED_DEPTH: usize = 3;

/// One element of a nested field's markup: a leaf with text, or elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element<'a> {
    /// The element name.
    pub name: Cow<'a, str>,
    /// The text of a leaf; empty when the element holds elements.
    pub text: Cow<'a, str>,
    /// The elements it holds, in document order.
    pub children: Vec<Element<'a>>,
}

/// Reads the markup of a nested field (as [`parse_document_with`] keeps it: one or more
/// elements, blanks between) into elements, refusing what [`parse_document`] refuses and
/// anything nested deeper than [`MAX_NESTED_DEPTH`].
pub fn parse_elements(markup: &str) -> Result<Vec<Element<'_>>, XmlError> {
    let text = checked_text(markup.as_bytes())?;
    let (_, elements) = read_content(&mut strict_reader(text), text, None, 0)?;
    Ok(elements)
}

/// The error for an event that has no place where it was found.
pub(crate) fn unexpected(event: &Event<'_>, place: &str) -> XmlError {
    XmlError::new(match event {
        Event::DocType(_) => "DOCTYPE is not allowed (no DTD, no entity declarations)".to_owned(),
        Event::PI(_) | Event::Decl(_) => "processing instructions are not allowed".to_owned(),
        Event::Eof => format!("the document ends inside {place}"),
        _ => format!("unexpected content in {place}"),
    })
}

/// Reads the rest of element `name`, whose start tag was just read at `depth` (1 for a field of
/// the document), up to and including its end tag.
pub(crate) fn read_element<'a>(
    reader: &mut Reader<&'a [u8]>,
    text: &'a str,
    name: Cow<'a, str>,
    depth: usize,
) -> Result<Element<'a>, XmlError> {
    check_nesting(&name, depth)?;
    let (value, children) = read_content(reader, text, Some(&name), depth)?;
    let value = value.unwrap_or(Cow::Borrowed(""));
    if children.is_empty() {
        return Ok(Element {
            name,
            text: value,
            children,
        });
    }
    if !value.chars().all(|c| matches!(c, ' ' | '\t' | '\r' | '\n')) {
        return Err(XmlError::new(format!(
            "element `{name}` holds both text and elements"
        )));
    }
    Ok(Element {
        name,
        text: Cow::Borrowed(""),
        children,
    })
}

/// Reads the content of element `owner`, whose start tag is at `depth`, up to and including its
/// end tag; with no owner, the elements of nested markup up to its end (blanks between them).
/// Returns the text (an owner's only) and the elements, in document order.
pub(crate) fn read_content<'a>(
    reader: &mut Reader<&'a [u8]>,
    text: &'a str,
    owner: Option<&str>,
    depth: usize,
) -> Result<(Option<Cow<'a, str>>, Vec<Element<'a>>), XmlError> {
    let mut value: Option<Cow<'a, str>> = None;
    let mut children = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| XmlError::new(format!("malformed XML: {e}")))?;
        match (owner, event) {
            (_, Event::Start(s)) => {
                let child = element_name(text, s.name().0)?;
                children.push(read_element(reader, text, child, depth + 1)?);
            }
            (_, Event::Empty(s)) => {
                let child = element_name(text, s.name().0)?;
                check_nesting(&child, depth + 1)?;
                children.push(Element {
                    name: child,
                    text: Cow::Borrowed(""),
                    children: Vec::new(),
                });
            }
            (_, Event::Comment(_)) => {}
            (Some(_), Event::End(_)) | (None, Event::Eof) => return Ok((value, children)),
            (None, Event::Text(t)) if is_blank(&t) => {}
            (Some(_), Event::Text(t)) => append(&mut value, t.xml10_content()),
            (Some(_), Event::CData(c)) => append(&mut value, c.into_inner()),
            (Some(name), Event::GeneralRef(r)) => {
                let ch = resolve_reference(name, r)?;
                append(&mut value, Cow::Owned(ch.to_string()));
            }
            (Some(name), other) => return Err(unexpected(&other, &format!("element `{name}`"))),
            (None, other) => return Err(unexpected(&other, "the nested markup")),
        }
    }
}

/// Refuses element `name` at `depth` when that is deeper than [`MAX_NESTED_DEPTH`].
pub(crate) fn check_nesting(name: &str, depth: usize) -> Result<(), XmlError> {
    if depth > MAX_NESTED_DEPTH {
        return Err(XmlError::new(format!(
            "element `{name}` is nested more than {MAX_NESTED_DEPTH} levels deep"
        )));
    }
    Ok(())
}

/// Adds the markup of nested field `name`, `text` from byte `from` to where `reader` stands; a
/// field seen before gets it appended, so that every occurrence is kept in document order.
pub(crate) fn push_nested<'a>(
    pairs: &mut Vec<Pair<'a>>,
    index: &mut NameIndex,
    name: Cow<'a, str>,
    text: &'a str,
    from: usize,
    reader: &Reader<&'a [u8]>,
) -> Result<(), XmlError> {
    let markup = text
        .get(from..reader.buffer_position() as usize)
        .ok_or_else(|| XmlError::new(format!("field `{name}`: markup out of bounds")))?;
    match index.find_or_claim(pairs, &name) {
        Some(at) => pairs[at].1.to_mut().push_str(markup),
        None => pairs.push((name, Cow::Borrowed(markup))),
    }
    Ok(())
}

pub(crate) fn is_blank(t: &quick_xml::events::BytesText<'_>) -> bool {
    t.xml10_content()
        .chars()
        .all(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

/// The element name `name`, borrowed from `input` when it is a slice of it (it always is for a
/// reader over a `&str`), so that field names cost no allocation.
pub(crate) fn element_name<'a>(input: &'a str, name: &str) -> Result<Cow<'a, str>, XmlError> {
    check_name(name).map_err(|why| XmlError::new(format!("bad element name `{name}`: {why}")))?;
    let offset = (name.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
    Ok(match input.get(offset..offset.wrapping_add(name.len())) {
        Some(slice) if slice.as_ptr() == name.as_ptr() => Cow::Borrowed(slice),
        _ => Cow::Owned(name.to_owned()),
    })
}

pub(crate) fn push_field<'a>(
    pairs: &mut Vec<Pair<'a>>,
    index: &mut NameIndex,
    name: Cow<'a, str>,
    value: Cow<'a, str>,
) -> Result<(), XmlError> {
    if index.contains_or_claim(pairs, &name) {
        return Err(XmlError::new(format!("field `{name}` appears twice")));
    }
    pairs.push((name, value));
    Ok(())
}

/// Default bound on the nesting depth of JSON carried in a received field value (see
/// [`check_depth`]). The deepest JSON WeChat Pay documents (`promotion_detail` with its
/// `goods_detail`) nests 3 levels.
pub const DEFAULT_MAX_DEPTH: usize = 32;

/// Refuses a received field whose value is JSON (it starts with `{` or `[`) nested more than
/// `max_depth` objects and arrays deep; the error names the field and the limit.
///
/// The documents themselves are flat, whatever the limit: [`parse_document`] refuses an element
/// inside a field. What nests is the JSON that some fields carry (`scene_info`, `detail`,
/// `promotion_detail`...), which is decoded later; this bounds it before any decoder sees it.
/// Brackets inside JSON strings do not count. Values that are not JSON are not looked at past
/// their first character, so the check costs next to nothing on ordinary documents.
pub fn check_depth(pairs: &[Pair<'_>], max_depth: usize) -> Result<(), XmlError> {
    for (name, value) in pairs {
        if json_depth_exceeds(value.as_bytes(), max_depth) {
            return Err(XmlError::new(format!(
                "field `{name}` holds JSON nested more than {max_depth} levels deep"
            )));
        }
    }
    Ok(())
}

/// True when `value` starts (after blanks) with `{` or `[` and its objects and arrays nest more
/// than `max_depth` deep.
pub(crate) fn json_depth_exceeds(value: &[u8], max_depth: usize) -> bool {
    if !matches!(
        value.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    ) {
        return false;
    }
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in value {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > max_depth {
                    return true;
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}
