//! `wxpay specs --json`: the metadata of every declared endpoint, for programs.

use wechatpay_v2::Apis;
use wechatpay_v2::handle::EndpointSet;

use crate::error::CliError;
use crate::{output, render};

/// Prints the `specs` document as pretty JSON; without `--json` there is nothing to print.
pub(super) fn run(json: bool) -> Result<(), CliError> {
    if !json {
        return Err(CliError::bad_input(
            "`specs` prints JSON only: pass --json (`wxpay show <path>` describes an endpoint \
             for people)",
        ));
    }
    output::print_json(&render::json::specs(Apis::endpoints()))
}
