//! Writing request documents: values as text, CDATA or escaped text, and nested lists.

use std::borrow::Cow;

use super::*;

/// Where `]]>` starts in `text`, if it occurs.
///
/// Performance: `str::find("]]>")` sets up a substring searcher on every call, and a
/// byte-at-a-time loop ran at about one byte per cycle; a `memchr` for `>` is fast, and `>` is
/// rare in values, so each hit is simply checked for the `]]` before it. The `memchr` crate's
/// version inlines and handles short input well; `str::find('>')` (the standard library's word-at-a-time
/// `memchr`) cost about 900 instructions more on the seed response, nine values (callgrind,
/// 2026-12-06).
pub(crate) fn find_cdata_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'>', &bytes[from..]) {
        let at = from + i;
        if at >= 2 && bytes[at - 2] == b']' && bytes[at - 1] == b']' {
            return Some(at - 2);
        }
        from = at + 1;
    }
    None
}

/// True when `value` holds one of `< > & ' "`, and so is written as CDATA.
///
/// Performance: `bytes().any(..)` stops early but runs at about one byte per cycle; on the seed
/// request it was the largest single item of the SDK's own work in `perf` (a fifth of the
/// request build). One pass without early exit vectorises and is several times faster on the
/// short values of a request.
pub(crate) fn needs_cdata(value: &str) -> bool {
    let mut found = 0u8;
    for &b in value.as_bytes() {
        found |= u8::from(is_special(b));
    }
    found != 0
}

/// [`check_value`] and, when the value passes, whether it is written as CDATA (or escaped
/// text): both answers from one pass over the bytes.
///
/// Performance: a request's values were scanned once to check them and once more to write
/// them; one pass over both saves the second (the JSON of `scene_info` is most of the bytes of
/// the seed request). That pass tests five things per byte: any C0 control or EF byte (rare;
/// when one is seen, [`classify_closely`] decides), and the markup characters, `<` and `>` as
/// one test (`b | 2 == b'>'`) and `&` and `'` as another (`b | 1 == b'\''`). Testing eleven
/// made this scan the largest item of a request build after the hash (callgrind, 2026-12-06).
/// That loop runs vectorised 32 bytes at a time; a value shorter than that (most of a
/// request's) is looked up byte by byte in a table of both answers instead, which took a
/// request build from 881 to 860 ns (`profile quick`, 2026-12-06).
#[inline]
pub(crate) fn classify_value(value: &str) -> Result<bool, &'static str> {
    let (rare, markup) = if value.len() < 32 {
        let class = value
            .as_bytes()
            .iter()
            .fold(0u8, |class, &b| class | CLASS[usize::from(b)]);
        (class & RARE, class & MARKUP)
    } else {
        let (mut rare, mut markup) = (0u8, 0u8);
        for &b in value.as_bytes() {
            rare |= u8::from((b < 0x20) | (b == 0xEF));
            markup |= u8::from((b == b'"') | ((b | 1) == b'\'') | ((b | 2) == b'>'));
        }
        (rare, markup)
    };
    if rare == 0 {
        Ok(markup != 0)
    } else {
        classify_closely(value)
    }
}

/// [`classify_value`]'s classes of a byte, for short values: [`RARE`] for a C0 control or an
/// EF byte, [`MARKUP`] for `" & ' < >`.
pub(crate) const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = RARE;
        b += 1;
    }
    table[0xEF] = RARE;
    table[b'"' as usize] = MARKUP;
    table[b'&' as usize] = MARKUP;
    table[b'\'' as usize] = MARKUP;
    table[b'<' as usize] = MARKUP;
    table[b'>' as usize] = MARKUP;
    table
};
/// The class of a C0 control or an EF byte, which [`classify_closely`] looks at again.
pub(crate) const RARE: u8 = 1;
/// The class of a markup character, which makes a value go as CDATA.
pub(crate) const MARKUP: u8 = 2;

/// [`classify_value`] for a value that holds a C0 control (tab, LF and CR are allowed; CR makes
/// the value special) or an EF byte (allowed unless it starts U+FFFE or U+FFFF).
pub(crate) fn classify_closely(value: &str) -> Result<bool, &'static str> {
    let (mut control, mut ef, mut markup) = (0u8, 0u8, 0u8);
    for &b in value.as_bytes() {
        control |= u8::from(is_refused_control(b));
        ef |= u8::from(b == 0xEF);
        markup |= u8::from(is_special(b));
    }
    if control != 0 || (ef != 0 && has_nonchar_ffxx(value.as_bytes())) {
        Err("the value holds a control character that XML cannot carry")
    } else {
        Ok(markup != 0)
    }
}

/// [`write_document`] for fields already classified by [`classify_value`]: each pair says
/// whether its value is written as CDATA (or escaped text).
#[inline]
pub(crate) fn write_classified_document<'a>(
    out: &mut Vec<u8>,
    fields: impl IntoIterator<Item = (&'a str, &'a str, bool)>,
) {
    out.extend_from_slice(b"<xml>");
    for (name, value, special) in fields {
        write_field_as(out, name, value, special);
    }
    out.extend_from_slice(b"</xml>");
}

/// Writes a value as escaped text: markup characters as entities and CR as `&#13;`.
pub(crate) fn write_escaped(out: &mut Vec<u8>, value: &str) {
    for &b in value.as_bytes() {
        match b {
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'&' => out.extend_from_slice(b"&amp;"),
            b'\r' => out.extend_from_slice(b"&#13;"),
            _ => out.push(b),
        }
    }
}

/// Writes a value that [`needs_cdata`]: as CDATA, or as escaped text when it holds a CR.
pub(crate) fn write_special_value(out: &mut Vec<u8>, value: &str) {
    if memchr::memchr(b'\r', value.as_bytes()).is_some() {
        // Every XML parser turns a CR in text or CDATA into LF, so the gateway would sign a
        // different value: a CR must travel as a character reference, which only escaped text
        // can hold.
        write_escaped(out, value);
        return;
    }
    out.extend_from_slice(b"<![CDATA[");
    let mut rest = value;
    while let Some(at) = find_cdata_end(rest) {
        // Close the section between `]]` and `>`, so neither section holds `]]>`.
        out.extend_from_slice(&rest.as_bytes()[..at + 2]);
        out.extend_from_slice(b"]]><![CDATA[");
        rest = &rest[at + 2..];
    }
    out.extend_from_slice(rest.as_bytes());
    out.extend_from_slice(b"]]>");
}

/// Writes `<xml>` with one element per pair, in the order given. Names must pass
/// [`check_name`] and values [`check_value`]; callers check them first.
pub fn write_document<'a>(out: &mut Vec<u8>, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) {
    write_element(out, "xml", pairs);
}

/// [`write_document`] where the fields for which `nested` is true hold markup (written by
/// [`write_nested`]) that is copied as it is, rather than text.
pub fn write_document_with<'a>(
    out: &mut Vec<u8>,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    nested: impl Fn(&str) -> bool,
) {
    out.extend_from_slice(b"<xml>");
    for (name, value) in pairs {
        if nested(name) {
            out.extend_from_slice(value.as_bytes());
        } else {
            write_field(out, name, value);
        }
    }
    out.extend_from_slice(b"</xml>");
}

/// Writes `<name>` holding one element per pair, then `</name>`; names and values as in
/// [`write_document`].
pub(crate) fn write_element<'a>(
    out: &mut Vec<u8>,
    name: &str,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) {
    open_tag(out, name);
    for (field, value) in pairs {
        write_field(out, field, value);
    }
    close_tag(out, name);
}

/// Writes `<name>value</name>`, the value as text or CDATA (see the module docs). The value
/// must pass [`check_value`].
pub(crate) fn write_field(out: &mut Vec<u8>, name: &str, value: &str) {
    write_field_as(out, name, value, needs_cdata(value));
}

/// [`write_field`] with the CDATA decision already made (`special`: see [`needs_cdata`]).
///
/// Performance: inlined into the request writer, as its body was before it was shared; called
/// once per field, it cost about 100 instructions per seed request (callgrind).
#[inline(always)]
pub(crate) fn write_field_as(out: &mut Vec<u8>, name: &str, value: &str, special: bool) {
    open_tag(out, name);
    if special {
        write_special_value(out, value);
    } else {
        out.extend_from_slice(value.as_bytes());
    }
    close_tag(out, name);
}

#[inline(always)]
pub(crate) fn open_tag(out: &mut Vec<u8>, name: &str) {
    out.push(b'<');
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

#[inline(always)]
pub(crate) fn close_tag(out: &mut Vec<u8>, name: &str) {
    out.extend_from_slice(b"</");
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

/// The markup of a nested field `name` whose items hold the given fields: one `<name>` element
/// per item, or, with `each`, one `<name>` element holding one `<each>` element per item. Names
/// and values as in [`write_document`]. No item is no markup.
pub fn write_nested<'a, I>(
    name: &str,
    each: Option<&str>,
    items: impl IntoIterator<Item = I>,
) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut items = items.into_iter().peekable();
    let mut out = Vec::new();
    if items.peek().is_some() {
        match each {
            None => items.for_each(|item| write_element(&mut out, name, item)),
            Some(each) => {
                open_tag(&mut out, name);
                items.for_each(|item| write_element(&mut out, each, item));
                close_tag(&mut out, name);
            }
        }
    }
    // Only `str`s and ASCII markup were written.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The items of nested field `name` in `elements` (its markup as [`parse_elements`] reads it):
/// the `<name>` elements themselves, or, with `each`, the `<each>` elements inside them. Other
/// elements are passed over.
pub fn nested_items<'e, 'a>(
    elements: &'e [Element<'a>],
    name: &str,
    each: Option<&str>,
) -> Vec<&'e Element<'a>> {
    let outer = elements.iter().filter(|e| e.name == name);
    match each {
        None => outer.collect(),
        Some(each) => outer
            .flat_map(|e| e.children.iter().filter(|c| c.name == each))
            .collect(),
    }
}

/// Appends `more` to a value being assembled from several events.
pub(crate) fn append<'a>(value: &mut Option<Cow<'a, str>>, more: Cow<'a, str>) {
    match value {
        None => *value = Some(more),
        Some(v) => v.to_mut().push_str(&more),
    }
}
