//! Endpoint metadata and responses, rendered for people ([`text`]) and for programs ([`json`]).

pub(crate) mod json;
pub(crate) mod text;

use wechatpay_v2::meta::{ConfigField, FieldKind};
use wechatpay_v2_protocol::endpoint::EndpointKind;

/// The name of a field kind, as `show` and `specs` print it.
fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::Integer => "integer",
        FieldKind::Enum(_) => "enum",
        FieldKind::Json(_) => "json",
        FieldKind::List(_) => "list",
        FieldKind::Nested { .. } => "nested",
        _ => "unknown",
    }
}

/// The name of a configuration source, as `show` and `specs` print it.
fn config_name(config: ConfigField) -> &'static str {
    match config {
        ConfigField::AppId => "appid",
        ConfigField::MchId => "mch_id",
        ConfigField::SubAppId => "sub_appid",
        ConfigField::SubMchId => "sub_mch_id",
        _ => "unknown",
    }
}

/// The name of an endpoint kind, as `show` and `specs` print it.
pub(crate) fn endpoint_kind_name(kind: EndpointKind) -> &'static str {
    match kind {
        EndpointKind::Call => "call",
        EndpointKind::Download => "download",
        EndpointKind::SignedUrl { .. } => "signed_url",
        EndpointKind::Url { .. } => "url",
        EndpointKind::Upload => "upload",
        _ => "unknown",
    }
}

/// The API group of an SDK path: the segment after `v2/`.
fn group_of(path: &str) -> &str {
    path.strip_prefix("v2/")
        .and_then(|rest| rest.split('/').next())
        .filter(|group| !group.is_empty())
        .unwrap_or("other")
}
