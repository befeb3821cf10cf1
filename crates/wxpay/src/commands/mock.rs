//! `wxpay mock`: the mock gateway in the foreground, until Ctrl-C.

use wechatpay_v2_mock::serve;

use crate::cli::ConfigArgs;
use crate::error::CliError;
use crate::{config, output};

/// Serves the mock gateway on 127.0.0.1:`port` (0 picks a free port) and prints its URL.
pub(super) fn run(config: &ConfigArgs, port: u16) -> Result<(), CliError> {
    let mock = config::mock_config(config);
    super::runtime()?.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| CliError::io(&format!("cannot listen on 127.0.0.1:{port}"), &e))?;
        let addr = listener
            .local_addr()
            .map_err(|e| CliError::io("cannot read the bound address", &e))?;
        let count = mock.endpoints.len();
        let plural = if count == 1 { "" } else { "s" };
        output::note(&format!(
            "mock gateway on http://{addr}/ for merchant {} ({count} endpoint{plural}); \
             Ctrl-C stops it",
            mock.mch_id
        ));
        serve(listener, mock, async {
            // Without a Ctrl-C handler, run until killed rather than stop at once.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
        .map_err(|e| CliError::io("the mock gateway stopped", &e))
    })
}
