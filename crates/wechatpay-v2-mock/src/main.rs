//! `wechatpay-v2-mock`: the mock gateway as a standalone process, for clients in any language.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use rustls_pki_types::pem::{self, PemObject};
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use wechatpay_v2::tls::rustls;
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_MCH_ID, MockConfig, MockTls, serve};

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
    /// Serve HTTPS with this server certificate chain (PEM file, the server's certificate
    /// first); needs `--tls-key`.
    #[arg(long, value_name = "PEM file", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// The private key of the `--tls-cert` certificate (PEM file).
    #[arg(long, value_name = "PEM file", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Require every connection to present a client certificate signed by this certificate
    /// authority (PEM file), as WeChat Pay's `cert` endpoints do; needs `--tls-cert` and
    /// `--tls-key`.
    #[arg(long, value_name = "PEM file", requires_all = ["tls_cert", "tls_key"])]
    client_ca: Option<PathBuf>,
    /// Answer every request with a plausible answer instead of playing the payment flows
    /// (orders, refunds, bills kept per merchant). With flows on, they are scripted over HTTP:
    /// `POST /mock/pay?out_trade_no=..`, `/mock/user-paying?polls=N`,
    /// `/mock/fail-next?path=..&err_code=..&requests=N`.
    #[arg(long)]
    no_flows: bool,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("wechatpay-v2-mock: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), String> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(load_tls(cert, key, args.client_ca.as_deref())?),
        // clap makes the two flags go together, and `--client-ca` needs both.
        _ => None,
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", args.port))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("cannot read the listening address: {e}"))?;
    let (scheme, security) = match (&tls, &args.client_ca) {
        (None, _) => ("http", String::new()),
        (Some(_), None) => (
            "https",
            "; HTTPS, client certificates not required".to_owned(),
        ),
        (Some(_), Some(ca)) => (
            "https",
            format!(
                "; HTTPS, client certificates required (signed by the CA in {})",
                ca.display()
            ),
        ),
    };
    let config = MockConfig {
        mch_id: args.mch_id,
        api_key: args.api_key,
        tls,
        flows: !args.no_flows,
        ..MockConfig::default()
    };
    let flows = if config.flows {
        "; payment flows on (controls: POST /mock/pay, /mock/user-paying, /mock/fail-next)"
    } else {
        "; payment flows off"
    };
    eprintln!(
        "mock WeChat Pay v2 gateway on {scheme}://{addr}/ for merchant {} ({} endpoints){security}{flows}; Ctrl-C stops it",
        config.mch_id,
        config.endpoints.len()
    );
    serve(listener, config, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(|e| format!("the server stopped: {e}"))
}

/// Reads and checks the TLS files, so that a bad one is named by its flag and path before the
/// server starts. The messages never quote a file's contents.
fn load_tls(cert: &Path, key: &Path, client_ca: Option<&Path>) -> Result<MockTls, String> {
    let cert_pem = read("--tls-cert", cert)?;
    let certs = certificates("--tls-cert", cert, &cert_pem)?;
    let key_pem = read("--tls-key", key)?;
    let private_key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|e| {
        let what = match e {
            pem::Error::NoItemsFound => {
                "no private key in it (no `BEGIN PRIVATE KEY`, `BEGIN RSA PRIVATE KEY` or `BEGIN EC PRIVATE KEY` block)"
            }
            _ => "not a valid PEM private key",
        };
        format!("--tls-key {}: {what}", key.display())
    })?;
    let provider = wechatpay_v2::tls::crypto_provider().ok_or(
        "no TLS crypto provider: build with the `tls-ring` or `tls-aws-lc` feature".to_owned(),
    )?;
    rustls::sign::CertifiedKey::from_der(certs, private_key, &provider).map_err(|e| match e {
        rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch) => format!(
            "--tls-key {}: not the private key of the --tls-cert {} certificate",
            key.display(),
            cert.display()
        ),
        e => format!(
            "--tls-key {}: unusable with the --tls-cert {} certificate: {e}",
            key.display(),
            cert.display()
        ),
    })?;
    let client_ca_pem = match client_ca {
        None => None,
        Some(path) => {
            let pem = read("--client-ca", path)?;
            let mut roots = rustls::RootCertStore::empty();
            for ca in certificates("--client-ca", path, &pem)? {
                roots.add(ca).map_err(|e| {
                    format!(
                        "--client-ca {}: not a usable CA certificate: {e}",
                        path.display()
                    )
                })?;
            }
            Some(pem)
        }
    };
    Ok(MockTls {
        cert_pem,
        key_pem,
        client_ca_pem,
    })
}

fn read(flag: &str, path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{flag} {}: cannot read the file: {e}", path.display()))
}

/// The certificates of a PEM file: at least one, every one well-formed.
fn certificates(
    flag: &str,
    path: &Path,
    pem: &[u8],
) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| {
            format!(
                "{flag} {}: not a valid PEM certificate: {e}",
                path.display()
            )
        })?;
    if certs.is_empty() {
        return Err(format!(
            "{flag} {}: no certificate in it (no `BEGIN CERTIFICATE` block)",
            path.display()
        ));
    }
    Ok(certs)
}
