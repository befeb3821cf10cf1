//! `wxpay sign`: the canonical string and the sign of some fields, to debug a sign mismatch.

use wechatpay_v2::SignType;
use wechatpay_v2_protocol::sign::{canonical_string_masked, sign_unsorted};

use crate::cli::{ConfigArgs, SignArgs};
use crate::error::CliError;
use crate::{config, fields, output};

/// Prints `canonical: <string, key masked>` and `sign: <SIGN>`.
///
/// The algorithm is `--sign-type`, else the `sign_type` field, else MD5. The key is the
/// configured one, else the mock gateway's default key.
pub(super) fn run(config: &ConfigArgs, args: &SignArgs) -> Result<(), CliError> {
    let fields = fields::collect(&args.fields)?;
    let in_fields = fields.get("sign_type").map(String::as_str);
    let chosen = args.sign_type.as_deref().or(in_fields);
    let sign_type = match chosen {
        None => SignType::Md5,
        Some(text) => SignType::from_wire(text).ok_or_else(|| {
            CliError::bad_input(format!("sign_type `{text}` is not one of MD5, HMAC-SHA256"))
        })?,
    };
    if let (Some(flag), Some(field)) = (args.sign_type.as_deref(), in_fields)
        && flag != field
    {
        output::note(&format!(
            "signing with --sign-type {flag}, although the sign_type field says {field}"
        ));
    }
    let key = config::signing_key(config);
    let pairs = || fields.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let canonical = canonical_string_masked(pairs());
    let sign = sign_unsorted(pairs(), &key, sign_type);
    output::print(&format!("canonical: {canonical}\nsign: {sign}\n"))
}
