//! The facts several crates of the `wechatpay-v2` SDK must agree on, written once: the
//! protocol's envelope and merchant fields, the fields the client fills from its settings, the
//! default host, which paths are sandbox endpoints, and the rule that turns a path segment into
//! a Rust identifier (the chained style's accessors, the endpoint modules).
//!
//! Used by the runtime (`wechatpay-v2-core`), the `#[wechat_v2_api]` macro, the endpoint
//! crate's build script, the mock gateway (through the runtime) and `xtask`. It has no
//! dependencies, so every one of them, a proc macro and a build script included, can use it.

/// The production gateway.
pub const DEFAULT_BASE_URL: &str = "https://api.mch.weixin.qq.com/";

/// Response fields the framework checks and removes before a response is decoded: a
/// declaration may not declare them.
pub const ENVELOPE_FIELDS: &[&str] = &[
    "return_code",
    "return_msg",
    "result_code",
    "err_code",
    "err_code_des",
    "nonce_str",
    "sign",
];

/// The envelope of a JSON response, checked and removed likewise.
pub const JSON_ENVELOPE_FIELDS: &[&str] = &["retcode", "retmsg"];

/// Request fields the framework writes itself: a declaration may not declare them.
pub const FRAMEWORK_REQUEST_FIELDS: &[&str] = &["nonce_str", "sign"];

/// Wire names under which a request may name a merchant; a value other than the configured
/// merchant id is refused under any of them (by the client before sending, and by the mock).
pub const MERCHANT_FIELDS: &[&str] = &["mch_id", "mchid", "combine_mch_id"];

/// A client setting a request field is filled from when the request leaves it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// The merchant id (`mch_id`).
    MchId,
    /// The app id (`appid`).
    AppId,
    /// The sub-merchant's app id, in partner mode (`sub_appid`).
    SubAppId,
    /// The sub-merchant id, in partner mode (`sub_mch_id`).
    SubMchId,
}

/// Request fields the client fills from its settings when left out, and from which.
pub const CONFIG_FIELDS: &[(&str, Setting)] = &[
    ("appid", Setting::AppId),
    ("mch_appid", Setting::AppId),
    ("mch_id", Setting::MchId),
    ("mchid", Setting::MchId),
    ("sub_appid", Setting::SubAppId),
    ("sub_mch_id", Setting::SubMchId),
];

/// The setting a request field of this wire name is filled from, if any.
pub fn config_setting(wire: &str) -> Option<Setting> {
    CONFIG_FIELDS
        .iter()
        .find(|(name, _)| *name == wire)
        .map(|(_, setting)| *setting)
}

/// Where the sandbox endpoints are: calls to them are signed with the sandbox key.
pub const SANDBOX_PREFIXES: &[&str] = &["v2/sandboxnew/", "v2/xdc/apiv2sandbox/"];

/// Whether `path` (`v2/...`) is a sandbox endpoint.
pub fn is_sandbox_path(path: &str) -> bool {
    SANDBOX_PREFIXES
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

/// Whether a wire path (the path on the host, without `v2/`) is a sandbox endpoint's.
pub fn is_sandbox_wire_path(wire_path: &str) -> bool {
    SANDBOX_PREFIXES
        .iter()
        .any(|prefix| wire_path.starts_with(prefix.trim_start_matches("v2/")))
}

/// Rust keywords, strict and reserved: an identifier spelled like one is written raw (`r#type`).
pub const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers: a name spelled like one gets a trailing `_`.
pub const NOT_RAW: &[&str] = &["self", "super", "crate", "Self"];

/// The accessor name of a path segment, as text (without any `r#`): `-` and `.` become `_`, an
/// upper-case letter after a lower-case letter or digit starts a new `_` word, all lower case
/// (`addInstitutionsub` → `add_institutionsub`, `cgi-bin` → `cgi_bin`); `self`, `super`,
/// `crate` get a trailing `_`.
pub fn accessor_name(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len() + 4);
    let mut prev: Option<char> = None;
    for c in segment.chars() {
        match c {
            '-' | '.' => out.push('_'),
            c if c.is_ascii_uppercase() => {
                if prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c),
        }
        prev = Some(c);
    }
    if NOT_RAW.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// Whether a name is a keyword, written raw as an identifier.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// A name as Rust source: a keyword becomes a raw identifier (`type` → `r#type`).
pub fn ident_source(name: &str) -> String {
    if is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// Whether `name` can be written as a Rust identifier as it is (possibly raw): ASCII letters,
/// digits and `_`, not starting with a digit, not `_` alone, and not a keyword that cannot be
/// raw.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !NOT_RAW.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_become_accessors_by_one_rule() {
        assert_eq!(accessor_name("cgi-bin"), "cgi_bin");
        assert_eq!(accessor_name("addInstitutionsub"), "add_institutionsub");
        assert_eq!(accessor_name("getsignkey"), "getsignkey");
        assert_eq!(accessor_name("v1.0"), "v1_0");
        assert_eq!(accessor_name("self"), "self_");
        assert_eq!(ident_source(&accessor_name("type")), "r#type");
        assert_eq!(ident_source("pay"), "pay");
        assert!(is_identifier("cgi_bin") && is_identifier("r") && !is_identifier("1x"));
        assert!(!is_identifier("self") && !is_identifier("_") && !is_identifier("a-b"));
    }

    #[test]
    fn settings_and_paths() {
        assert_eq!(config_setting("mch_appid"), Some(Setting::AppId));
        assert_eq!(config_setting("mchid"), Some(Setting::MchId));
        assert_eq!(config_setting("combine_mch_id"), None);
        assert!(is_sandbox_path("v2/sandboxnew/pay/micropay"));
        assert!(is_sandbox_path("v2/xdc/apiv2sandbox/pay/orderquery"));
        assert!(!is_sandbox_path("v2/xdc/apiv2getsignkey/sign/getsignkey"));
        assert!(is_sandbox_wire_path("sandboxnew/pay/micropay"));
        assert!(!is_sandbox_wire_path("pay/micropay"));
    }
}
