//! From flags and environment to a client: a real gateway, or the embedded mock when nothing is
//! configured.

use std::time::Duration;

use wechatpay_v2::{ApiKey, Client, EndpointMeta};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

use crate::cli::ConfigArgs;
use crate::error::CliError;
use crate::output;

/// A client ready to send, and where it sends.
#[derive(Debug)]
pub(crate) struct Target {
    /// The client.
    pub(crate) client: Client,
    base_url: String,
    all_hosts: Option<String>,
    /// The embedded mock, kept running while the target lives.
    _mock: Option<MockServer>,
}

impl Target {
    /// The URL a request to an endpoint goes to, as the client picks it: every host redirected
    /// to `--all-hosts` if given, else the endpoint's own host, else the base URL.
    pub(crate) fn url(&self, meta: Option<&EndpointMeta>, wire_path: &str) -> String {
        let base = match (&self.all_hosts, meta.and_then(|m| m.host)) {
            (Some(all), _) => all.as_str(),
            (None, Some(host)) => host,
            (None, None) => self.base_url.as_str(),
        };
        let slash = if base.ends_with('/') { "" } else { "/" };
        format!("{base}{slash}{wire_path}")
    }
}

/// Where requests go and with which identity, before the client is built.
struct Gateway<'a> {
    mch_id: String,
    key: &'a str,
    appid: Option<&'a str>,
    base_url: Option<String>,
    all_hosts: Option<String>,
    mock: Option<MockServer>,
}

/// Builds the client `wxpay post` sends with.
///
/// With an API key and a gateway (`--base-url` or `--all-hosts`) and a merchant id, that
/// gateway. With neither key nor gateway, the embedded mock gateway on a free port of
/// 127.0.0.1, announced on stderr, which then receives every request whatever the endpoint's
/// host. With only one of the two, a bad-input error: half a configuration is more likely a
/// mistake than a wish for the mock.
pub(crate) fn connect(args: &ConfigArgs) -> Result<Target, CliError> {
    let gateway = match (args.api_key(), args.base_url().or(args.all_hosts())) {
        (Some(key), Some(_)) => configured(args, key)?,
        (None, None) => embedded(args)?,
        (Some(_), None) => return Err(half_configured("an API key", "--base-url")),
        (None, Some(_)) => return Err(half_configured("a base URL", "--api-key")),
    };
    let mut builder = Client::builder()
        .mch_id(gateway.mch_id)
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
    let client = builder.build().map_err(|e| CliError::api(&e))?;
    let all_hosts = gateway.all_hosts;
    Ok(Target {
        client,
        // Without a base URL every host is redirected, so the URL shown is `all_hosts`'.
        base_url: gateway
            .base_url
            .or_else(|| all_hosts.clone())
            .unwrap_or_default(),
        all_hosts,
        _mock: gateway.mock,
    })
}

/// The gateway the flags and environment name.
fn configured<'a>(args: &'a ConfigArgs, key: &'a str) -> Result<Gateway<'a>, CliError> {
    let mch_id = args.mch_id().ok_or_else(|| {
        CliError::bad_input(
            "no merchant id configured: set --mch-id or WECHATPAY_MCH_ID \
             (with --api-key and --base-url)",
        )
    })?;
    Ok(Gateway {
        mch_id: mch_id.to_owned(),
        key,
        appid: args.appid(),
        base_url: args.base_url().map(str::to_owned),
        all_hosts: args.all_hosts().map(str::to_owned),
        mock: None,
    })
}

/// The embedded mock gateway, started on a free port of 127.0.0.1, for every host.
fn embedded(args: &ConfigArgs) -> Result<Gateway<'_>, CliError> {
    let mch_id = args.mch_id().unwrap_or(DEFAULT_MCH_ID).to_owned();
    let mut config = MockConfig::default();
    config.mch_id.clone_from(&mch_id);
    let mock = MockServer::start(config, 0)
        .map_err(|e| CliError::io("cannot start the embedded mock gateway", &e))?;
    let base_url = mock.base_url();
    output::note(&format!(
        "no API key or base URL configured; using the embedded mock gateway at {base_url} \
         (merchant {mch_id})"
    ));
    Ok(Gateway {
        mch_id,
        key: DEFAULT_API_KEY,
        appid: Some(args.appid().unwrap_or(DEFAULT_APPID)),
        base_url: Some(base_url.clone()),
        all_hosts: Some(base_url),
        mock: Some(mock),
    })
}

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
    let mut config = MockConfig::default();
    if let Some(mch_id) = args.mch_id() {
        config.mch_id = mch_id.to_owned();
    }
    if let Some(key) = args.api_key() {
        config.api_key = key.to_owned();
    }
    config
}
