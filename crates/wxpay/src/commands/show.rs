//! `wxpay show <path>`: one endpoint's metadata, for people.

use wechatpay_v2::Apis;
use wechatpay_v2::handle::EndpointSet;

use crate::error::CliError;
use crate::{output, render};

/// Prints the endpoint at `path`: title, method, wire path, request and response fields.
pub(super) fn run(path: &str) -> Result<(), CliError> {
    let meta = Apis::find(path).ok_or_else(|| {
        CliError::bad_input(format!(
            "`{path}` is not a declared endpoint (`wxpay list` shows them all)"
        ))
    })?;
    output::print(&render::text::endpoint(meta))
}
