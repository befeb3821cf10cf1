//! API paths: checking `v2/...` literals and turning segments into accessor names.
//!
//! The one rule from a path segment to a Rust identifier:
//! 1. `-` and `.` become `_` (`cgi-bin` → `cgi_bin`);
//! 2. an upper-case letter that follows a lower-case letter or a digit starts a new word, marked
//!    with `_`, and everything is lower-cased (`addInstitutionsub` → `add_institutionsub`);
//! 3. a Rust keyword becomes a raw identifier (`type` → `r#type`); `self`, `super`, `crate` and
//!    `Self`, which cannot be raw, get a trailing `_`.
//!
//! The wire path is always the literal itself, never rebuilt from the identifiers.

use proc_macro2::Span;
use syn::{Ident, LitStr};

use crate::model::{ApiPath, Segment};

/// The accessor name of a segment, as text (without any `r#`): the rule of
/// [`wechatpay_v2_facts::accessor_name`], which the build script and `xtask` share.
pub(crate) fn accessor_name(segment: &str) -> String {
    wechatpay_v2_facts::accessor_name(segment)
}

/// The accessor identifier of a segment.
pub(crate) fn accessor_ident(segment: &str, span: Span) -> Ident {
    let name = accessor_name(segment);
    if wechatpay_v2_facts::is_keyword(&name) {
        Ident::new_raw(&name, span)
    } else {
        Ident::new(&name, span)
    }
}

/// Checks a path literal; the error says the rule and the fix.
pub(crate) fn parse(literal: &LitStr) -> Result<ApiPath, String> {
    let text = literal.value();
    let Some(rest) = text.strip_prefix("v2/") else {
        return Err(format!(
            "the path must start with `v2/`, like \"v2/vehicle/pay/notification\"; found \"{text}\""
        ));
    };
    let mut segments = Vec::new();
    for (i, seg) in rest.split('/').enumerate() {
        if seg.is_empty() {
            return Err(format!(
                "the path \"{text}\" has an empty segment (segment {}): remove the doubled or trailing `/`",
                i + 2
            ));
        }
        if !seg
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        {
            return Err(format!(
                "path segment `{seg}` may hold only ASCII letters, digits, `_`, `-` and `.`"
            ));
        }
        if !seg.as_bytes()[0].is_ascii_alphabetic() && seg.as_bytes()[0] != b'_' {
            return Err(format!(
                "path segment `{seg}` must start with a letter or `_` to have an accessor"
            ));
        }
        segments.push(Segment {
            wire: seg.to_owned(),
            accessor: accessor_ident(seg, literal.span()),
        });
    }
    Ok(ApiPath {
        literal: literal.clone(),
        segments,
    })
}

impl ApiPath {
    /// The SDK path, as written.
    pub(crate) fn sdk(&self) -> String {
        self.literal.value()
    }

    /// The path on the host: the literal without `v2/`.
    pub(crate) fn wire(&self) -> String {
        self.sdk()["v2/".len()..].to_owned()
    }

    /// The module path the declaration must sit in: `v2::vehicle::pay::notification`.
    pub(crate) fn module_suffix(&self) -> String {
        let mut out = String::from("v2");
        for s in &self.segments {
            out.push_str("::");
            out.push_str(&accessor_name(&s.wire));
        }
        out
    }

    /// The file the declaration belongs in, under `api-specs/src/`.
    pub(crate) fn file(&self) -> String {
        let mut out = String::from("v2");
        for s in &self.segments {
            out.push('/');
            out.push_str(&accessor_name(&s.wire));
        }
        out.push_str(".rs");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_become_accessors_by_one_rule() {
        let cases = [
            ("notification", "notification"),
            ("cgi-bin", "cgi_bin"),
            ("addInstitutionsub", "add_institutionsub"),
            ("get_wxpayface_authinfo", "get_wxpayface_authinfo"),
            ("query_coupon_stock", "query_coupon_stock"),
            ("apiv2getsignkey", "apiv2getsignkey"),
            ("getHbInfo", "get_hb_info"),
            ("v2Thing", "v2_thing"),
            ("self", "self_"),
        ];
        for (segment, accessor) in cases {
            assert_eq!(accessor_name(segment), accessor, "{segment}");
        }
        assert_eq!(
            accessor_ident("type", Span::call_site()).to_string(),
            "r#type"
        );
    }

    #[test]
    fn paths_are_checked() {
        let lit = |s: &str| LitStr::new(s, Span::call_site());
        let err = |s: &str| parse(&lit(s)).err().expect("the path is refused");
        let ok = parse(&lit("v2/cgi-bin/mch/customs/customdeclareorder")).unwrap();
        assert_eq!(ok.wire(), "cgi-bin/mch/customs/customdeclareorder");
        assert_eq!(
            ok.module_suffix(),
            "v2::cgi_bin::mch::customs::customdeclareorder"
        );
        assert!(err("vehicle/pay").contains("must start with `v2/`"));
        assert!(err("v2/vehicle//pay").contains("empty segment"));
        assert!(err("v2/").contains("empty segment"));
        assert!(err("v2/a b").contains("may hold only"));
        assert!(err("v2/9lives").contains("must start with a letter"));
    }
}
