//! `wxpay list`: every declared endpoint, grouped by API group.

use wechatpay_v2::Apis;
use wechatpay_v2::handle::EndpointSet;

use crate::error::CliError;
use crate::{output, render};

/// Prints one line per declared endpoint (path, method, title) under its group's header.
pub(super) fn run() -> Result<(), CliError> {
    let endpoints = Apis::endpoints();
    if endpoints.is_empty() {
        output::note("no endpoints are declared in this build");
        return Ok(());
    }
    output::print(&render::text::endpoint_list(endpoints))
}
