//! `wxpay post <path>`: one signed, verified call, untyped, for any path.

use wechatpay_v2::endpoint::EndpointKind;
use wechatpay_v2::{Api, Apis, Error};

use crate::cli::{ConfigArgs, PostArgs};
use crate::error::CliError;
use crate::{config, fields, output, render};

/// Sends the fields to `args.path` and prints the verified response (with `-v`, the signed
/// request first, on stderr).
///
/// Declared paths get their metadata rules (configuration fill, required fields, limits,
/// values); undeclared ones are sent as given. Both go through `Chain::exchange_fields`.
pub(super) fn run(config: &ConfigArgs, args: &PostArgs) -> Result<(), CliError> {
    let fields = fields::collect(&args.fields)?;
    let meta = Apis::find(&args.path);
    if let Some(m) = meta
        && m.kind != EndpointKind::Call
    {
        return Err(CliError::bad_input(format!(
            "`{}` is a {} endpoint; `wxpay post` makes XML calls only",
            m.path,
            render::endpoint_kind_name(m.kind)
        )));
    }
    let target = config::connect(config)?;

    let chain = target.client.chain(args.path.as_str());
    let exchange = match super::runtime()?.block_on(chain.exchange_fields(fields)) {
        Ok(exchange) => exchange,
        Err(err) => {
            let mut failure = CliError::api(&err);
            if matches!(err, Error::CertificateRequired { .. }) {
                failure =
                    failure.with_hint("note: wxpay has no option for a client certificate yet");
            }
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
