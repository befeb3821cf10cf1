//! `wxpay post <path>`: one signed request to any path, handled by the endpoint's kind.
//!
//! - a call (and any undeclared path): the verified response as JSON ([`call`]);
//! - a download: the bill streamed into `-o FILE` ([`download`]), or read as records with
//!   `--records` ([`records`]);
//! - a signed-URL endpoint: the signed URL, with no HTTP call ([`url`]);
//! - an upload: the `--media` file with the fields, the verified response as JSON ([`upload`]).

mod download;
mod records;
mod upload;
mod url;

use std::collections::BTreeMap;

use wechatpay_v2::handle::EndpointSet;
use wechatpay_v2::meta::EndpointMeta;
use wechatpay_v2::{Apis, Error};
use wechatpay_v2_protocol::endpoint::EndpointKind;

use crate::cli::{ConfigArgs, PostArgs};
use crate::error::CliError;
use crate::{config, fields, output, render};

/// Sends the fields to `args.path` as its endpoint's kind requires.
///
/// Declared paths get their metadata rules (configuration fill, required fields, limits,
/// values); undeclared ones are sent as given, as calls.
pub(super) fn run(config: &ConfigArgs, args: &PostArgs) -> Result<(), CliError> {
    let fields = fields::collect(&args.fields)?;
    let meta = Apis::find(&args.path);
    let kind = meta.map(|m| m.kind);
    if args.media.is_some() && kind != Some(EndpointKind::Upload) {
        return Err(CliError::bad_input(format!(
            "--media is for upload endpoints; `{}` is not one",
            args.path
        )));
    }
    if args.records && kind != Some(EndpointKind::Download) {
        return Err(CliError::bad_input(format!(
            "--records is for download endpoints; `{}` is not one",
            args.path
        )));
    }
    match kind {
        Some(EndpointKind::Upload) => upload::run(config, args, meta, fields),
        Some(EndpointKind::Download) if args.records => records::run(config, args, fields),
        Some(EndpointKind::Download) => download::run(config, args, fields),
        Some(EndpointKind::SignedUrl { .. } | EndpointKind::Url { .. }) => {
            url::run(config, args, fields)
        }
        // Calls, undeclared paths, and kinds this version does not know (the SDK refuses those
        // by name).
        _ => call(config, args, meta, fields),
    }
}

/// A call: prints the verified response (with `-v`, the signed request first, on stderr).
///
/// Both declared and undeclared paths go through `PathHandle::exchange_fields`, which sends a
/// `GET` endpoint's fields as its signed query string and any other's as an XML body.
fn call(
    config: &ConfigArgs,
    args: &PostArgs,
    meta: Option<&EndpointMeta>,
    fields: BTreeMap<String, String>,
) -> Result<(), CliError> {
    if args.output.is_some() || args.gunzip {
        let what = match meta {
            Some(_) => "a call",
            None => "not a declared endpoint (it is sent as a call)",
        };
        return Err(CliError::bad_input(format!(
            "-o and --gunzip are for download endpoints; `{}` is {what}",
            args.path
        )));
    }
    let target = config::connect(config)?;

    let chain = target.client.chain(args.path.as_str());
    let exchange = match super::runtime()?.block_on(chain.exchange_fields(fields)) {
        Ok(exchange) => exchange,
        Err(err) => {
            let mut failure = api_failure(&err);
            if args.verbose {
                failure = failure.with_hint(
                    "-v: the signed request cannot be shown: the SDK hands it back only with a \
                     verified response",
                );
            }
            return Err(failure);
        }
    };

    if args.verbose {
        let sent = &exchange.request;
        output::raw_note(&format!("{} {}", sent.method.as_str(), sent.url));
        if !sent.body.is_empty() {
            output::raw_note(&String::from_utf8_lossy(&sent.body));
        }
    }
    if args.xml {
        output::print(&exchange.response.text())
    } else {
        output::print_json(&render::json::response(meta, &exchange.fields))
    }
}

/// The error of a failed request; when the endpoint needs a client certificate the client does
/// not have, one that names the options giving it.
fn api_failure(err: &Error) -> CliError {
    match err {
        Error::CertificateRequired { path } => CliError::bad_input(format!(
            "`{path}` needs the merchant's API client certificate, and none is configured"
        ))
        .with_hint(format!("give it with {}", config::CERT_OPTIONS)),
        _ => CliError::api(err),
    }
}
