//! Uploads: the `--media` file sent with the fields as a `multipart/form-data` form; the
//! verified response as JSON, as for a call.

use std::collections::BTreeMap;

use wechatpay_v2::meta::EndpointMeta;
use wechatpay_v2::upload::Media;

use crate::cli::{ConfigArgs, PostArgs};
use crate::error::CliError;
use crate::{config, output, render};

/// Uploads `--media` to `args.path` with the fields and prints the verified response (with
/// `-v`, the signed text parts first, on stderr).
pub(super) fn run(
    config: &ConfigArgs,
    args: &PostArgs,
    meta: Option<&EndpointMeta>,
    fields: BTreeMap<String, String>,
) -> Result<(), CliError> {
    let path = args.path.as_str();
    if args.output.is_some() || args.gunzip {
        return Err(CliError::bad_input(format!(
            "-o and --gunzip are for download endpoints; `{path}` is an upload"
        )));
    }
    let Some(file) = args.media.as_deref() else {
        return Err(CliError::bad_input(format!(
            "`{path}` is an upload endpoint: --media FILE is required (a .jpg, .jpeg, .png or \
             .bmp image of at most 2 MiB)"
        )));
    };
    let media = Media::from_path(file)
        .map_err(|e| CliError::bad_input(format!("--media {}: {e}", file.display())))?;
    let target = config::connect(config)?;

    let chain = target.client.chain(path);
    let exchange = crate::commands::runtime()?
        .block_on(chain.exchange_upload(fields, media.clone()))
        .map_err(|err| super::api_failure(&err))?;

    if args.verbose {
        let sent = &exchange.request;
        output::raw_note(&format!(
            "{} {} (multipart/form-data)",
            sent.method.as_str(),
            sent.url
        ));
        output::raw_note(&String::from_utf8_lossy(&sent.body));
        output::raw_note(&format!(
            "media: {} ({}, {} bytes, not signed)",
            media.file_name(),
            media.content_type(),
            media.len()
        ));
    }
    if args.xml {
        output::print(&exchange.response.text())
    } else {
        output::print_json(&render::json::response(meta, &exchange.fields))
    }
}
