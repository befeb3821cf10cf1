//! Identifier rules: path segments to accessors, wire names to fields, values to variants.
//!
//! The accessor rule and the keywords are the macro's and the build script's, from
//! `wechatpay_v2_facts`; the default wire value of a variant is the macro's SCREAMING_SNAKE_CASE
//! of its name, restated here so a draft reads as the macro expects.

use wechatpay_v2_facts::NOT_RAW;

/// Type names a draft never declares: the endpoint's own two structs, the SDK's `SignType`, and
/// prelude names whose shadowing would confuse every reader of the file.
const RESERVED_TYPES: &[&str] = &[
    "Request",
    "Response",
    "SignType",
    "String",
    "Vec",
    "Option",
    "Result",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self",
    "Default",
    "Clone",
    "Debug",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "Iterator",
    "From",
    "Into",
    "ToString",
    "PartialEq",
    "Eq",
    "Hash",
    "Unknown",
];

/// Whether `name` must not be used as a type name in a draft.
pub(crate) fn is_reserved_type(name: &str) -> bool {
    RESERVED_TYPES.contains(&name)
}

/// The accessor name of a path segment (the rule of `wechatpay_v2_facts::accessor_name`).
pub(crate) fn accessor_name(segment: &str) -> String {
    wechatpay_v2_facts::accessor_name(segment)
}

/// A name as Rust source: keywords become raw identifiers.
pub(crate) fn ident_source(name: &str) -> String {
    wechatpay_v2_facts::ident_source(name)
}

/// Snake case of any name: camel humps and non-alphanumerics become `_`, lower case, no
/// doubled or edge `_`.
pub(crate) fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase()
                && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
            {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
        prev = Some(c);
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// UpperCamelCase of any name: `coupon_refund` → `CouponRefund`, `PARKING SPACE` →
/// `ParkingSpace`, `HMAC-SHA256` → `HmacSha256`.
pub(crate) fn upper_camel(name: &str) -> String {
    snake(name)
        .split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// The field identifier for a wire name, as Rust source, and whether it needs
/// `rename = "<wire>"` (the macro takes the wire name from the identifier without `r#`).
pub(crate) fn field_ident(wire: &str) -> (String, bool) {
    let mut name = snake(wire);
    if name.is_empty() {
        name = "field".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("n_{name}");
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    }
    let rename = name != wire;
    (ident_source(&name), rename)
}

/// SCREAMING_SNAKE_CASE of a variant name, the macro's default wire value: `ParkingSpace` →
/// `PARKING_SPACE`, `Sha256` → `SHA256`.
pub(crate) fn screaming_snake(name: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase()
            && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
        prev = Some(c);
    }
    out
}

/// Variant names for the values of a wire enum, in order. `Y`/`N` read as `Yes`/`No`; a value
/// starting with a digit becomes `V<value>` (`1.0` → `V1_0`); a value with no usable letters,
/// or whose name is already taken, becomes `V<position>`.
pub(crate) fn variant_names(values: &[String]) -> Vec<String> {
    let yes_no = !values.is_empty() && values.iter().all(|v| v == "Y" || v == "N");
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        let mut name = if yes_no {
            if value == "Y" { "Yes" } else { "No" }.to_owned()
        } else {
            variant_name(value)
        };
        if name.is_empty() || out.contains(&name) {
            name = format!("V{}", i + 1);
        }
        if name == "Unknown" {
            // The macro adds `Unknown(..)` itself.
            name = "UnknownValue".to_owned();
        }
        if name == "Self" {
            name = "SelfValue".to_owned();
        }
        out.push(name);
    }
    out
}

fn variant_name(value: &str) -> String {
    if !value.is_ascii() {
        return String::new();
    }
    let (sign, rest) = match value.strip_prefix('-') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => ("Minus", rest),
        _ => ("", value),
    };
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        let body: String = rest
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let prefix = if sign.is_empty() { "V" } else { sign };
        return format!("{prefix}{body}");
    }
    upper_camel(rest)
}

/// Whether a variant needs `#[wechat(rename = "<value>")]`.
pub(crate) fn variant_needs_rename(variant: &str, value: &str) -> bool {
    screaming_snake(variant) != value
}

/// A simple English plural of a snake-case name: `refund` → `refunds`, `coupon_refund` →
/// `coupon_refunds`, `entry` → `entries`, `box` → `boxes`.
pub(crate) fn plural(name: &str) -> String {
    let vowel_before_y = name
        .strip_suffix('y')
        .and_then(|s| s.chars().last())
        .is_some_and(|c| "aeiou".contains(c));
    if let Some(stem) = name.strip_suffix('y')
        && !vowel_before_y
    {
        format!("{stem}ies")
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| name.ends_with(e))
    {
        format!("{name}es")
    } else {
        format!("{name}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accessors_follow_the_macro_rule() {
        for (segment, accessor) in [
            ("addInstitutionsub", "add_institutionsub"),
            ("cgi-bin", "cgi_bin"),
            ("get_wxpayface_authinfo", "get_wxpayface_authinfo"),
            ("getHbInfo", "get_hb_info"),
            ("v2Thing", "v2_thing"),
            ("self", "self_"),
        ] {
            assert_eq!(accessor_name(segment), accessor, "{segment}");
        }
    }

    #[test]
    fn keyword_and_odd_field_names() {
        assert_eq!(field_ident("type"), ("r#type".to_owned(), false));
        assert_eq!(
            field_ident("out_trade_no"),
            ("out_trade_no".to_owned(), false)
        );
        assert_eq!(field_ident("subMchId"), ("sub_mch_id".to_owned(), true));
        assert_eq!(
            field_ident("Wechatpay-Negative-Test"),
            ("wechatpay_negative_test".to_owned(), true)
        );
        assert_eq!(field_ident("self"), ("self_".to_owned(), true));
        assert_eq!(field_ident("3ds"), ("n_3ds".to_owned(), true));
    }

    #[test]
    fn variant_names_read_well_and_rename_when_needed() {
        let names =
            |vs: &[&str]| variant_names(&vs.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            names(&["PARKING", "PARKING SPACE"]),
            ["Parking", "ParkingSpace"]
        );
        assert_eq!(names(&["Y", "N"]), ["Yes", "No"]);
        assert_eq!(names(&["N"]), ["No"]);
        assert_eq!(names(&["1.0"]), ["V1_0"]);
        assert_eq!(names(&["0", "-1"]), ["V0", "Minus1"]);
        assert_eq!(names(&["HMAC-SHA256", "MD5"]), ["HmacSha256", "Md5"]);
        assert_eq!(
            names(&["PARKING_SPACE", "PARKING SPACE"]),
            ["ParkingSpace", "V2"]
        );
        assert_eq!(names(&["UNKNOWN", "已知"]), ["UnknownValue", "V2"]);
        assert!(!variant_needs_rename("ParkingSpace", "PARKING_SPACE"));
        assert!(variant_needs_rename("ParkingSpace", "PARKING SPACE"));
        assert!(!variant_needs_rename("Notpay", "NOTPAY"));
        assert!(variant_needs_rename("Yes", "Y"));
        assert!(variant_needs_rename("PayIdentity", "pay_identity"));
        assert!(!variant_needs_rename("Md5", "MD5"));
    }

    #[test]
    fn camel_and_plural() {
        assert_eq!(upper_camel("coupon_refund"), "CouponRefund");
        assert_eq!(upper_camel("scene_info"), "SceneInfo");
        assert_eq!(upper_camel("subMchId"), "SubMchId");
        assert_eq!(plural("refund"), "refunds");
        assert_eq!(plural("entry"), "entries");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("box"), "boxes");
    }
}
