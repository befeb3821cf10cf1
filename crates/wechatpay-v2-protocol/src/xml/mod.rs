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
pub(crate) fn is_xml_char(c: char) -> bool {
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
pub(crate) fn has_non_xml_char(bytes: &[u8]) -> bool {
    let (mut control, mut ef) = (0u8, 0u8);
    for &b in bytes {
        control |= u8::from(is_refused_control(b));
        ef |= u8::from(b == 0xEF);
    }
    control != 0 || (ef != 0 && has_nonchar_ffxx(bytes))
}

/// A C0 control other than tab, LF and CR: a byte XML cannot carry.
#[inline(always)]
pub(crate) fn is_refused_control(b: u8) -> bool {
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')
}

/// `< > & ' "` or CR: a byte that makes a value go as CDATA (or escaped text).
#[inline(always)]
pub(crate) fn is_special(b: u8) -> bool {
    (b == b'<') | (b == b'>') | (b == b'&') | (b == b'\'') | (b == b'"') | (b == b'\r')
}

/// True when `bytes` holds U+FFFE or U+FFFF.
pub(crate) fn has_nonchar_ffxx(bytes: &[u8]) -> bool {
    bytes
        .windows(3)
        .any(|w| w[0] == 0xEF && w[1] == 0xBF && (w[2] == 0xBE || w[2] == 0xBF))
}

mod read;
mod write;

pub use read::*;
pub use write::*;

#[cfg(test)]
mod tests;
