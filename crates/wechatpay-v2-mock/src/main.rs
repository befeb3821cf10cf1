//! `wechatpay-v2-mock`: the mock gateway as a standalone process, for clients in any language.

use clap::Parser;
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_MCH_ID, MockConfig, serve};

/// A local stand-in for the WeChat Pay v2 gateway.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Merchant id requests must name.
    #[arg(long, env = "WECHATPAY_MCH_ID", default_value = DEFAULT_MCH_ID)]
    mch_id: String,
    /// APIv2 key to verify requests and sign answers with.
    #[arg(long, env = "WECHATPAY_API_KEY", default_value = DEFAULT_API_KEY, hide_env_values = true, hide_default_value = true)]
    api_key: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port)).await?;
    let config = MockConfig {
        mch_id: args.mch_id,
        api_key: args.api_key,
        ..MockConfig::default()
    };
    eprintln!(
        "mock WeChat Pay v2 gateway on http://{}/ for merchant {} ({} endpoints); Ctrl-C stops it",
        listener.local_addr()?,
        config.mch_id,
        config.endpoints.len()
    );
    serve(listener, config, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
