//! The flat `<xml>` documents of APIv2: writing requests and reading responses.
//!
//! # Writing
//! [`write_document`] writes `<xml>`, one element per field in the order given, then `</xml>`,
//! with no XML declaration. A value is written as plain text when it has none of
//! `< > & ' "` and no CR; otherwise it is wrapped in CDATA, and a `]]>` inside it is split across
//! two CDATA sections (`]]]]><![CDATA[>`). A value holding a CR is written as escaped text with
//! the CR as `&#13;` instead, since XML parsers turn a CR in text or CDATA into LF and the gateway
//! would then sign another value. So any value round-trips. Characters that XML 1.0 cannot carry
//! at all (control characters other than tab, CR and LF) are refused.
//!
//! # Reading
//! [`parse_document`] reads one flat document into `(name, value)` pairs in document order. It
//! refuses what a WeChat Pay document never has and an attacker would use: a DOCTYPE (and so any
//! entity declaration or external reference), entity references other than the five predefined
//! ones, nested elements, attributes-only tricks, duplicate fields, text outside the fields,
//! mismatched or missing end tags, and invalid UTF-8. Values borrow from the input where they can.
//!
//! # Nested fields
//! Two answers of the API are not flat: `v2/mmpaymkttransfers/gethbinfo` lists red-packet
//! receipts as `<hblist><hbinfo>..</hbinfo>..</hblist>`, and `v2/secapi/mch/submchmanage` lists
//! merchants as repeated `<mchinfo>..</mchinfo>` elements. A response declares such fields
//! (`#[wechat(list, nested)]`), and only those may hold elements: [`parse_document_with`] keeps
//! the markup of each one as its value (every occurrence, in document order), checked as
//! strictly as the rest of the document and at most [`MAX_NESTED_DEPTH`] levels deep;
//! [`parse_elements`] reads it back into [`Element`]s. Everywhere else a nested element is
//! refused, as before.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::names::NameIndex;

/// A field name and value, borrowed where possible.
pub type Pair<'a> = (Cow<'a, str>, Cow<'a, str>);

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct XmlError(pub(crate) String);

impl XmlError {
    fn new(msg: impl Into<String>) -> Self {
        Self(msg.into())
    }
}

/// True for characters XML 1.0 can carry.
fn is_xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Checks that `name` can be an element name of a WeChat Pay document.
pub fn check_name(name: &str) -> Result<(), &'static str> {
    let mut bytes = name.bytes();
    match bytes.next() {
        None => return Err("a field name cannot be empty"),
        Some(b) if is_name_start(b) => {}
        Some(_) => return Err("a field name must start with a letter or `_`"),
    }
    if bytes.all(is_name_byte) {
        Ok(())
    } else {
        Err("a field name may hold only ASCII letters, digits, `_`, `-` and `.`")
    }
}

/// Checks that `value` holds only characters XML 1.0 can carry.
pub fn check_value(value: &str) -> Result<(), &'static str> {
    if has_non_xml_char(value.as_bytes()) {
        Err("the value holds a control character that XML cannot carry")
    } else {
        Ok(())
    }
}

/// True when `bytes` (UTF-8) hold a character XML 1.0 cannot carry: a C0 control other than tab,
/// LF and CR, or U+FFFE / U+FFFF.
///
/// Performance: this runs on every value of every request and over every response body.
/// Decoding each `char` and testing it with `is_xml_char` took about 300 ns on the seed request
/// (2 GHz EPYC), and an early-exit `any` over a response body about 4,000 instructions
/// (callgrind), a quarter of the SDK's response handling; this takes a fraction of either. The
/// test on bytes is exact: the refused controls are single bytes below 0x20 in UTF-8 (no other
/// character's encoding holds such a byte), and U+FFFE and U+FFFF are written EF BF BE and
/// EF BF BF. One pass without early exit (so that it vectorises) flags both kinds of byte; only
/// input that holds an EF is looked at closely. (Testing eight bytes at a time with bit tricks
/// measured no faster.)
fn has_non_xml_char(bytes: &[u8]) -> bool {
    let (mut control, mut ef) = (0u8, 0u8);
    for &b in bytes {
        control |= u8::from(is_refused_control(b));
        ef |= u8::from(b == 0xEF);
    }
    control != 0 || (ef != 0 && has_nonchar_ffxx(bytes))
}

/// A C0 control other than tab, LF and CR: a byte XML cannot carry.
#[inline(always)]
fn is_refused_control(b: u8) -> bool {
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')
}

/// `< > & ' "` or CR: a byte that makes a value go as CDATA (or escaped text).
#[inline(always)]
fn is_special(b: u8) -> bool {
    (b == b'<') | (b == b'>') | (b == b'&') | (b == b'\'') | (b == b'"') | (b == b'\r')
}

/// True when `bytes` holds U+FFFE or U+FFFF.
fn has_nonchar_ffxx(bytes: &[u8]) -> bool {
    bytes
        .windows(3)
        .any(|w| w[0] == 0xEF && w[1] == 0xBF && (w[2] == 0xBE || w[2] == 0xBF))
}

/// Where `]]>` starts in `text`, if it occurs.
///
/// Performance: `str::find("]]>")` sets up a substring searcher on every call, and a
/// byte-at-a-time loop ran at about one byte per cycle; a `memchr` for `>` is fast, and `>` is
/// rare in values, so each hit is simply checked for the `]]` before it. The `memchr` crate's
/// version inlines and handles short input well; `str::find('>')` (the standard library's word-at-a-time
/// `memchr`) cost about 900 instructions more on the seed response, nine values (callgrind,
/// 2026-12-06).
fn find_cdata_end(text: &str) -> Option<usize> {
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
const CLASS: [u8; 256] = {
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
const RARE: u8 = 1;
/// The class of a markup character, which makes a value go as CDATA.
const MARKUP: u8 = 2;

/// [`classify_value`] for a value that holds a C0 control (tab, LF and CR are allowed; CR makes
/// the value special) or an EF byte (allowed unless it starts U+FFFE or U+FFFF).
fn classify_closely(value: &str) -> Result<bool, &'static str> {
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
fn write_escaped(out: &mut Vec<u8>, value: &str) {
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
fn write_special_value(out: &mut Vec<u8>, value: &str) {
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
fn write_element<'a>(
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
fn write_field(out: &mut Vec<u8>, name: &str, value: &str) {
    write_field_as(out, name, value, needs_cdata(value));
}

/// [`write_field`] with the CDATA decision already made (`special`: see [`needs_cdata`]).
///
/// Performance: inlined into the request writer, as its body was before it was shared; called
/// once per field, it cost about 100 instructions per seed request (callgrind).
#[inline(always)]
fn write_field_as(out: &mut Vec<u8>, name: &str, value: &str, special: bool) {
    open_tag(out, name);
    if special {
        write_special_value(out, value);
    } else {
        out.extend_from_slice(value.as_bytes());
    }
    close_tag(out, name);
}

#[inline(always)]
fn open_tag(out: &mut Vec<u8>, name: &str) {
    out.push(b'<');
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

#[inline(always)]
fn close_tag(out: &mut Vec<u8>, name: &str) {
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
fn append<'a>(value: &mut Option<Cow<'a, str>>, more: Cow<'a, str>) {
    match value {
        None => *value = Some(more),
        Some(v) => v.to_mut().push_str(&more),
    }
}

fn predefined_entity(name: &str) -> Option<char> {
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
fn checked_text(input: &[u8]) -> Result<&str, XmlError> {
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
fn skip_blank(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    i
}

/// `i` moved past `expected`, when the input continues with it there.
fn skip_exact(b: &[u8], i: usize, expected: &[u8]) -> Option<usize> {
    b.get(i..)?
        .starts_with(expected)
        .then(|| i + expected.len())
}

/// Whether a field name may start with `b`: an ASCII letter or `_`.
fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

/// Whether a field name may hold `b` after its first byte: an ASCII letter or digit, `_`, `-`
/// or `.` (also the rule for JSON member names the macro accepts).
#[inline]
pub(crate) fn is_name_byte(b: u8) -> bool {
    NAME_BYTE[usize::from(b)]
}

/// [`is_name_byte`] as a table, for the reader's scan of names.
const NAME_BYTE: [bool; 256] = {
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
fn parse_plain<'a>(text: &'a str, root: &str) -> Option<Vec<Pair<'a>>> {
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
const MIN_FIELD_BYTES: usize = 16;

/// A reader with the settings every reader here uses.
fn strict_reader(text: &str) -> Reader<&[u8]> {
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.expand_empty_elements = false;
    config.trim_text(false);
    reader
}

/// The general reader: any well-formed flat document, and a named reason for anything else.
/// Fields for which `nested` is true may hold elements (see [`parse_document_with`]).
fn parse_general<'a>(
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
fn resolve_reference(name: &str, r: quick_xml::events::BytesRef<'_>) -> Result<char, XmlError> {
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
fn unexpected(event: &Event<'_>, place: &str) -> XmlError {
    XmlError::new(match event {
        Event::DocType(_) => "DOCTYPE is not allowed (no DTD, no entity declarations)".to_owned(),
        Event::PI(_) | Event::Decl(_) => "processing instructions are not allowed".to_owned(),
        Event::Eof => format!("the document ends inside {place}"),
        _ => format!("unexpected content in {place}"),
    })
}

/// Reads the rest of element `name`, whose start tag was just read at `depth` (1 for a field of
/// the document), up to and including its end tag.
fn read_element<'a>(
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
fn read_content<'a>(
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
fn check_nesting(name: &str, depth: usize) -> Result<(), XmlError> {
    if depth > MAX_NESTED_DEPTH {
        return Err(XmlError::new(format!(
            "element `{name}` is nested more than {MAX_NESTED_DEPTH} levels deep"
        )));
    }
    Ok(())
}

/// Adds the markup of nested field `name`, `text` from byte `from` to where `reader` stands; a
/// field seen before gets it appended, so that every occurrence is kept in document order.
fn push_nested<'a>(
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

fn is_blank(t: &quick_xml::events::BytesText<'_>) -> bool {
    t.xml10_content()
        .chars()
        .all(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

/// The element name `name`, borrowed from `input` when it is a slice of it (it always is for a
/// reader over a `&str`), so that field names cost no allocation.
fn element_name<'a>(input: &'a str, name: &str) -> Result<Cow<'a, str>, XmlError> {
    check_name(name).map_err(|why| XmlError::new(format!("bad element name `{name}`: {why}")))?;
    let offset = (name.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
    Ok(match input.get(offset..offset.wrapping_add(name.len())) {
        Some(slice) if slice.as_ptr() == name.as_ptr() => Cow::Borrowed(slice),
        _ => Cow::Owned(name.to_owned()),
    })
}

fn push_field<'a>(
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
fn json_depth_exceeds(value: &[u8], max_depth: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn write(pairs: &[(&str, &str)]) -> String {
        let mut out = Vec::new();
        write_document(&mut out, pairs.iter().copied());
        String::from_utf8(out).unwrap()
    }

    fn read(doc: &str) -> Result<Vec<(String, String)>, XmlError> {
        parse_document(doc.as_bytes(), "xml").map(|pairs| {
            pairs
                .into_iter()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
    }

    #[test]
    fn one_pass_classification_agrees_with_the_check_and_the_writer() {
        // Every ASCII byte, in a short value and in the middle of a long one (values of 32
        // bytes and more are scanned by a vectorised loop, shorter ones through a table).
        let mut values: Vec<String> = (0u8..0x80)
            .flat_map(|b| {
                let c = char::from(b);
                [
                    format!("a{c}b"),
                    format!("{}{c}{}", "x".repeat(37), "y".repeat(40)),
                ]
            })
            .collect();
        values.extend(
            [
                "",
                "é中文",
                "\u{FFFE}",
                "x\u{FFFF}",
                "\u{FFFD}",
                "]]>",
                "\u{EFFF}",
                "停车场，欢迎",
                "停车场，\"欢迎\"",
                "停车场，\r欢迎",
            ]
            .map(str::to_owned),
        );
        // The same values again, longer: just past the table's limit, and well past it.
        let longer: Vec<String> = values
            .iter()
            .flat_map(|v| {
                [
                    format!("{}{v}", "x".repeat(32)),
                    format!("{v}{}", "y".repeat(31)),
                ]
            })
            .collect();
        values.extend(longer);
        for value in &values {
            let classified = classify_value(value);
            assert_eq!(
                classified.is_err(),
                check_value(value).is_err(),
                "{value:?}"
            );
            if let Ok(special) = classified {
                assert_eq!(special, needs_cdata(value), "{value:?}");
                let (mut one, mut two) = (Vec::new(), Vec::new());
                write_classified_document(&mut one, [("a", value.as_str(), special)]);
                write_document(&mut two, [("a", value.as_str())]);
                assert_eq!(one, two, "{value:?}");
            }
        }
    }

    #[test]
    fn plain_values_are_plain_text_and_special_ones_cdata() {
        assert_eq!(
            write(&[("a", "1"), ("b", r#"{"k":"v"}"#), ("c", "x<y&z")]),
            r#"<xml><a>1</a><b><![CDATA[{"k":"v"}]]></b><c><![CDATA[x<y&z]]></c></xml>"#
        );
    }

    #[test]
    fn cdata_terminator_is_split() {
        assert_eq!(
            write(&[("a", "x]]>y]]>")]),
            "<xml><a><![CDATA[x]]]]><![CDATA[>y]]]]><![CDATA[>]]></a></xml>"
        );
    }

    #[test]
    fn any_value_round_trips() {
        let values = [
            "",
            "plain",
            "]]>",
            "a]]>b]]]>c",
            "<tag attr=\"1\">&amp;</tag>",
            "'quoted' \"double\"",
            "停车场 🚗 \t\r\n tail",
            "]]",
            ">",
        ];
        for v in values {
            let doc = write(&[("f", v)]);
            let back = read(&doc).unwrap();
            // Empty values are dropped by the request encoder before writing; an empty element
            // reads back as an empty value. A CR survives too (written as `&#13;`).
            assert_eq!(back, vec![("f".to_owned(), v.to_owned())], "{doc}");
        }
    }

    #[test]
    fn reads_wechat_style_responses() {
        let doc = "<?xml version=\"1.0\"?>\n<xml>\n  <return_code><![CDATA[SUCCESS]]></return_code>\n  <a>1 &lt; 2 &#x4e2d;</a><empty/><e></e>\n</xml>\n";
        assert_eq!(
            read(doc).unwrap(),
            vec![
                ("return_code".into(), "SUCCESS".into()),
                ("a".into(), "1 < 2 中".into()),
                ("empty".into(), "".into()),
                ("e".into(), "".into()),
            ]
        );
    }

    #[test]
    fn hostile_and_broken_documents_are_refused() {
        let cases = [
            (
                "<!DOCTYPE xml [<!ENTITY x \"y\">]><xml><a>&x;</a></xml>",
                "DOCTYPE is not allowed",
            ),
            (
                "<!DOCTYPE xml SYSTEM \"file:///etc/passwd\"><xml/>",
                "DOCTYPE is not allowed",
            ),
            ("<xml><a>&x;</a></xml>", "entity `&x;` is not allowed"),
            ("<xml><a><b>1</b></a></xml>", "nested element"),
            ("<xml><a>1</a><a>2</a></xml>", "appears twice"),
            ("<xml><a>1</a>", "ends before its root element closes"),
            ("<xml><a>1</b></xml>", "malformed XML"),
            ("<root><a>1</a></root>", "root element must be <xml>"),
            ("<xml>loose<a>1</a></xml>", "text outside of any field"),
            (
                "<xml><a>1</a></xml><xml/>",
                "content after the root element",
            ),
            (
                "<html><body>502</body></html>",
                "root element must be <xml>",
            ),
            ("", "ends before its root element closes"),
        ];
        for (doc, expected) in cases {
            let err = read(doc).unwrap_err();
            assert!(err.0.contains(expected), "{doc}: {err}");
        }
        let err = parse_document(b"<xml><a>\xff</a></xml>", "xml").unwrap_err();
        assert!(err.0.contains("not valid UTF-8"), "{err}");
    }

    /// The fast path changes nothing: on many variants of typical documents (every snippet
    /// inserted at every position, every character removed), `parse_document` answers exactly
    /// what the general reader answers, pairs or error.
    #[test]
    fn the_fast_path_agrees_with_the_general_reader() {
        let bases = [
            "<xml><a>1</a><b><![CDATA[x<y]]></b><c/><d></d></xml>",
            "\n <xml>\n  <return_code><![CDATA[SUCCESS]]></return_code>\n  <n>停车</n>\n</xml>\n",
        ];
        let snippets = [
            "<",
            ">",
            "&",
            "&amp;",
            "&#x41;",
            "\r",
            "\r\n",
            " ",
            "\t",
            "]]>",
            "]]",
            "]",
            "<![CDATA[",
            "<![CDATA[z]]>",
            "/",
            "/>",
            "</a>",
            "<a>",
            "<x>",
            "</xml>",
            "<xml>",
            "<!-- c -->",
            "<?pi x?>",
            "<?xml version=\"1.0\"?>",
            "<!DOCTYPE xml>",
            "x",
            "é",
            "\u{FFFF}",
            "\u{1}",
            "<e/>",
            " k=\"1\"",
            "-",
            "1",
        ];
        let mut docs: Vec<String> = Vec::new();
        for base in bases {
            docs.push(base.to_owned());
            let cuts: Vec<usize> = (0..=base.len())
                .filter(|&i| base.is_char_boundary(i))
                .collect();
            for &at in &cuts {
                for snippet in snippets {
                    docs.push(format!("{}{snippet}{}", &base[..at], &base[at..]));
                }
            }
            for pair in cuts.windows(2) {
                docs.push(format!("{}{}", &base[..pair[0]], &base[pair[1]..]));
            }
        }
        let mut fast = 0;
        for doc in &docs {
            if let Some(pairs) = parse_plain(doc, "xml") {
                fast += 1;
                assert_eq!(Ok(pairs), parse_general(doc, "xml", |_| false), "{doc:?}");
            }
            // Whatever the path, `parse_document` never accepts what the general reader refuses.
            if parse_general(doc, "xml", |_| false).is_err() {
                assert!(parse_document(doc.as_bytes(), "xml").is_err(), "{doc:?}");
            }
        }
        assert!(
            fast > 100,
            "the fast path took only {fast} of {} documents",
            docs.len()
        );
    }

    #[test]
    fn values_are_checked_byte_by_byte_as_by_character() {
        for c in [
            '\0', '\u{8}', '\u{B}', '\u{C}', '\u{E}', '\u{1F}', '\u{FFFE}', '\u{FFFF}',
        ] {
            assert!(check_value(&format!("ok{c}ok")).is_err(), "{c:?}");
        }
        for c in [
            '\t',
            '\n',
            '\r',
            ' ',
            '\u{7F}',
            '\u{FFFD}',
            '\u{EFFF}',
            '\u{FEFF}',
            '\u{10000}',
            '中',
        ] {
            assert!(check_value(&format!("ok{c}ok")).is_ok(), "{c:?}");
        }
        // Exhaustively over the characters whose encoding starts with EF, and the ASCII ones.
        for c in ('\u{0}'..='\u{7F}').chain('\u{F000}'..='\u{FFFF}') {
            assert_eq!(check_value(&c.to_string()).is_ok(), is_xml_char(c), "{c:?}");
        }
    }

    #[test]
    fn json_depth_is_bounded_and_strings_do_not_count() {
        let nested = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        for max in [0, 1, 3, DEFAULT_MAX_DEPTH] {
            assert!(!json_depth_exceeds(nested(max).as_bytes(), max), "{max}");
            assert!(json_depth_exceeds(nested(max + 1).as_bytes(), max), "{max}");
        }
        let object = r#" {"a":{"b":[{"c":"[[[[{{{{\"]]]"}]}}"#;
        assert!(!json_depth_exceeds(object.as_bytes(), 4));
        assert!(json_depth_exceeds(object.as_bytes(), 3));
        // Text that does not start as JSON is not JSON, whatever it holds later.
        assert!(!json_depth_exceeds(b"a[[[[[[", 1));
        let pairs = vec![
            (Cow::Borrowed("a"), Cow::Borrowed("1")),
            (Cow::Borrowed("scene_info"), Cow::Owned(nested(3))),
        ];
        assert!(check_depth(&pairs, 3).is_ok());
        assert_eq!(
            check_depth(&pairs, 2).unwrap_err().to_string(),
            "field `scene_info` holds JSON nested more than 2 levels deep"
        );
    }

    #[test]
    fn names_and_values_are_checked() {
        assert!(check_name("coupon_type_0_1").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("1a").is_err());
        assert!(check_name("a b").is_err());
        assert!(check_name("a<b").is_err());
        assert!(check_value("tab\tok").is_ok());
        assert!(check_value("nul\0").is_err());
    }
}
