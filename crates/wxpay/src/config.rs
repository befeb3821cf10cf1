//! From flags and environment to a client: a real gateway, or the embedded mock when nothing is
//! configured; and the merchant's client certificate, read from its files.

use std::path::Path;
use std::time::Duration;

use wechatpay_v2::{ApiKey, Apis, Client, ClientBuilder, Error};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};
use zeroize::Zeroizing;

use crate::cli::ConfigArgs;
use crate::error::CliError;
use crate::output;

/// The options that give the client certificate, for hints.
pub(crate) const CERT_OPTIONS: &str = "--cert FILE --key FILE (PEM: apiclient_cert.pem and \
     apiclient_key.pem), or --p12 FILE (apiclient_cert.p12, with --p12-password if it is not \
     the merchant id); or with WECHATPAY_CERT and WECHATPAY_KEY, or WECHATPAY_P12";

/// A client ready to send.
#[derive(Debug)]
pub(crate) struct Target {
    /// The client.
    pub(crate) client: Client,
    /// The embedded mock, kept running while the target lives.
    _mock: Option<MockServer>,
}

/// Where requests go and with which identity, before the client is built.
struct Gateway<'a> {
    mch_id: String,
    key: &'a str,
    appid: Option<&'a str>,
    base_url: Option<String>,
    all_hosts: Option<String>,
}

/// The merchant's API client certificate, as read from its files (or made up for the mock).
enum ClientCert {
    /// `--cert` and `--key`.
    Pem {
        cert: Vec<u8>,
        key: Zeroizing<Vec<u8>>,
        /// Where it came from, for error messages.
        source: String,
    },
    /// `--p12` and its password.
    P12 {
        archive: Zeroizing<Vec<u8>>,
        password: Zeroizing<String>,
        /// Where it came from, for error messages.
        source: String,
    },
}

impl ClientCert {
    /// The certificate the flags and environment name, read from its files; `None` when none
    /// is configured. `mch_id` is the password of a `.p12` given without one.
    fn configured(args: &ConfigArgs, mch_id: &str) -> Result<Option<Self>, CliError> {
        let (cert, key, p12) = (args.cert(), args.key(), args.p12());
        if p12.is_some() && (cert.is_some() || key.is_some()) {
            return Err(CliError::bad_input(
                "--p12 and --cert/--key are two ways to give the client certificate: \
                 give one of them",
            ));
        }
        match (cert, key, p12) {
            (None, None, None) => Ok(None),
            (None, None, Some(p12)) => Ok(Some(Self::P12 {
                archive: Zeroizing::new(read("--p12", p12)?),
                password: Zeroizing::new(args.p12_password().unwrap_or(mch_id).to_owned()),
                source: format!("--p12 `{}`", p12.display()),
            })),
            (Some(cert), Some(key), _) => Ok(Some(Self::Pem {
                cert: read("--cert", cert)?,
                key: Zeroizing::new(read("--key", key)?),
                source: format!("--cert `{}`, --key `{}`", cert.display(), key.display()),
            })),
            (Some(cert), None, _) => Err(CliError::bad_input(format!(
                "--cert `{}` needs its private key: set --key (or WECHATPAY_KEY) too",
                cert.display()
            ))),
            (None, Some(key), _) => Err(CliError::bad_input(format!(
                "--key `{}` needs its certificate: set --cert (or WECHATPAY_CERT) too",
                key.display()
            ))),
        }
    }

    /// A self-signed certificate made up on the spot, for the embedded mock gateway (which
    /// serves plain HTTP, so it cannot check a certificate; the client only needs one).
    fn throwaway() -> Result<Self, CliError> {
        let failed = |e: rcgen::Error| {
            CliError::other(format!("cannot make a throwaway client certificate: {e}"))
        };
        let key = rcgen::KeyPair::generate().map_err(failed)?;
        let mut params = rcgen::CertificateParams::default();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "wxpay embedded mock client");
        let cert = params.self_signed(&key).map_err(failed)?;
        Ok(Self::Pem {
            cert: cert.pem().into_bytes(),
            key: Zeroizing::new(key.serialize_pem().into_bytes()),
            source: "the throwaway certificate".to_owned(),
        })
    }

    /// The builder with this certificate.
    fn apply(&self, builder: ClientBuilder<Apis>) -> ClientBuilder<Apis> {
        match self {
            Self::Pem { cert, key, .. } => builder.client_cert_pem(cert, key.as_slice()),
            Self::P12 {
                archive, password, ..
            } => builder.client_cert_p12(archive.as_slice(), password),
        }
    }

    fn source(&self) -> &str {
        match self {
            Self::Pem { source, .. } | Self::P12 { source, .. } => source,
        }
    }
}

/// Reads a certificate file, or says which one could not be read.
fn read(option: &str, path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| {
        CliError::bad_input(format!(
            "{option} `{}`: cannot read it: {e}",
            path.display()
        ))
    })
}

/// Builds the client `wxpay post` sends with (calls and downloads).
///
/// With an API key and a gateway (`--base-url` or `--all-hosts`) and a merchant id, that
/// gateway. With neither key nor gateway, the embedded mock gateway on a free port of
/// 127.0.0.1, announced on stderr, which then receives every request whatever the endpoint's
/// host. With only one of the two, a bad-input error: half a configuration is more likely a
/// mistake than a wish for the mock.
///
/// The client certificate is the configured one; with the embedded mock and none configured, a
/// throwaway one, so that endpoints needing a certificate work out of the box.
pub(crate) fn connect(args: &ConfigArgs) -> Result<Target, CliError> {
    match (args.api_key(), args.base_url().or(args.all_hosts())) {
        (Some(key), Some(_)) => {
            let gateway = configured(args, key)?;
            let cert = ClientCert::configured(args, &gateway.mch_id)?;
            let client = build(args, &gateway, cert.as_ref())?;
            Ok(Target {
                client,
                _mock: None,
            })
        }
        (None, None) => embedded(args),
        (Some(_), None) => Err(half_configured("an API key", "--base-url")),
        (None, Some(_)) => Err(half_configured("a base URL", "--api-key")),
    }
}

/// Builds the client that signs URLs for `signed_url` endpoints.
///
/// No HTTP call is made, so no mock gateway is started and no certificate is read. With an API
/// key, the configured merchant (the base URL is optional: such endpoints name their own host);
/// with nothing configured, the mock gateway's merchant, key and app id (said on stderr).
pub(crate) fn url_signer(args: &ConfigArgs) -> Result<Client, CliError> {
    let gateway = match (args.api_key(), args.base_url().or(args.all_hosts())) {
        (Some(key), _) => configured(args, key)?,
        (None, None) => {
            let mch_id = args.mch_id().unwrap_or(DEFAULT_MCH_ID).to_owned();
            output::note(&format!(
                "no API key configured; signing the URL with the mock gateway's default key \
                 (merchant {mch_id}): WeChat Pay will not accept it"
            ));
            Gateway {
                mch_id,
                key: DEFAULT_API_KEY,
                appid: Some(args.appid().unwrap_or(DEFAULT_APPID)),
                base_url: None,
                all_hosts: None,
            }
        }
        (None, Some(_)) => return Err(half_configured("a base URL", "--api-key")),
    };
    build(args, &gateway, None)
}

/// The gateway the flags and environment name.
fn configured<'a>(args: &'a ConfigArgs, key: &'a str) -> Result<Gateway<'a>, CliError> {
    let mch_id = args.mch_id().ok_or_else(|| {
        CliError::bad_input(
            "no merchant id configured: set --mch-id or WECHATPAY_MCH_ID (it goes with --api-key)",
        )
    })?;
    Ok(Gateway {
        mch_id: mch_id.to_owned(),
        key,
        appid: args.appid(),
        base_url: args.base_url().map(str::to_owned),
        all_hosts: args.all_hosts().map(str::to_owned),
    })
}

/// The embedded mock gateway, started on a free port of 127.0.0.1, for every host.
fn embedded(args: &ConfigArgs) -> Result<Target, CliError> {
    let mch_id = args.mch_id().unwrap_or(DEFAULT_MCH_ID).to_owned();
    // Read before the mock starts: a bad file stops here, with nothing announced.
    let (cert, throwaway) = match ClientCert::configured(args, &mch_id)? {
        Some(cert) => (cert, false),
        None => (ClientCert::throwaway()?, true),
    };
    let mut config = MockConfig::default();
    config.mch_id.clone_from(&mch_id);
    // A mock for one command has an empty ledger: with flows, a query or refund of any order
    // would answer ORDERNOTEXIST. Plausible answers show the endpoint instead.
    config.flows = false;
    // Its bills end with their summary, as the gateway's do, so that `--records` reads them.
    config.bill_summary = true;
    let mock = MockServer::start(config, 0)
        .map_err(|e| CliError::io("cannot start the embedded mock gateway", &e))?;
    let base_url = mock.base_url();
    let cert_note = if throwaway {
        ", with a throwaway client certificate"
    } else {
        ""
    };
    output::note(&format!(
        "no API key or base URL configured; using the embedded mock gateway at {base_url} \
         (merchant {mch_id}{cert_note})"
    ));
    let gateway = Gateway {
        mch_id,
        key: DEFAULT_API_KEY,
        appid: Some(args.appid().unwrap_or(DEFAULT_APPID)),
        base_url: Some(base_url.clone()),
        all_hosts: Some(base_url),
    };
    let client = build(args, &gateway, Some(&cert))?;
    Ok(Target {
        client,
        _mock: Some(mock),
    })
}

/// The client for `gateway`, with `cert` if given.
fn build(
    args: &ConfigArgs,
    gateway: &Gateway<'_>,
    cert: Option<&ClientCert>,
) -> Result<Client, CliError> {
    let mut builder = Client::builder()
        .mch_id(gateway.mch_id.as_str())
        .api_key(gateway.key)
        .timeout(Duration::from_secs(args.timeout));
    if let Some(base_url) = &gateway.base_url {
        builder = builder.base_url(base_url.as_str());
    }
    if let Some(all_hosts) = &gateway.all_hosts {
        builder = builder.all_hosts(all_hosts.as_str());
    }
    if let Some(appid) = gateway.appid {
        builder = builder.appid(appid);
    }
    if let Some(cert) = cert {
        builder = cert.apply(builder);
    }
    builder.build().map_err(|e| match (cert, &e) {
        // The SDK reads the certificate when the client is built: name the files.
        (Some(cert), Error::Config(message)) if message.starts_with(CERT_ERROR_PREFIX) => {
            let why = &message[CERT_ERROR_PREFIX.len()..];
            CliError::bad_input(format!("client certificate ({}): {why}", cert.source()))
        }
        _ => CliError::api(&e),
    })
}

/// How the SDK's configuration errors about the client certificate begin.
const CERT_ERROR_PREFIX: &str = "client certificate: ";

/// The error for a key without a gateway or a gateway without a key.
fn half_configured(given: &str, missing: &str) -> CliError {
    CliError::bad_input(format!(
        "only {given} is configured: a real gateway needs both --api-key and --base-url \
         (plus --mch-id); set {missing} too, or neither to use the embedded mock gateway"
    ))
}

/// The key `wxpay sign` signs with: the configured one, else the mock's (said on stderr).
pub(crate) fn signing_key(args: &ConfigArgs) -> ApiKey {
    match args.api_key() {
        Some(key) => ApiKey::new(key),
        None => {
            output::note("no API key configured; signing with the mock gateway's default key");
            ApiKey::new(DEFAULT_API_KEY)
        }
    }
}

/// The configuration of `wxpay mock`: the given merchant id and key, else the defaults.
pub(crate) fn mock_config(args: &ConfigArgs) -> MockConfig {
    // Its bills end with their summary, as the gateway's do, so that `--records` reads them.
    let mut config = MockConfig {
        bill_summary: true,
        ..MockConfig::default()
    };
    if let Some(mch_id) = args.mch_id() {
        config.mch_id = mch_id.to_owned();
    }
    if let Some(key) = args.api_key() {
        config.api_key = key.to_owned();
    }
    config
}
