//! Signed-URL endpoints: the signed URL on stdout, for a browser to open; no HTTP call is made.

use std::collections::BTreeMap;

use crate::cli::{ConfigArgs, PostArgs};
use crate::error::CliError;
use crate::{config, output};

/// Prints the signed URL of `args.path` for the fields.
pub(super) fn run(
    config: &ConfigArgs,
    args: &PostArgs,
    fields: BTreeMap<String, String>,
) -> Result<(), CliError> {
    let path = args.path.as_str();
    if args.xml || args.output.is_some() || args.gunzip {
        return Err(CliError::bad_input(format!(
            "`{path}` is a signed-URL endpoint: its URL is printed, nothing is sent, so --xml, \
             -o and --gunzip do not apply"
        )));
    }
    let client = config::url_signer(config)?;
    let url = client
        .chain(path)
        .url_fields(fields)
        .map_err(|err| super::api_failure(&err))?;
    output::print(&url)
}
