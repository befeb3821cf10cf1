//! Settings from the environment: the `WECHATPAY_*` variables the `wxpay` tool reads, so a
//! service and the tool are configured alike.
//!
//! The variables and their settings: [`ClientBuilder::from_env`].

use std::time::Duration;

use wechatpay_v2_protocol::error::{Error, Result};

use crate::config::ClientBuilder;
use crate::tree::EndpointSet;

impl<A: EndpointSet, S> ClientBuilder<A, S> {
    /// A builder with the settings of the `WECHATPAY_*` environment variables, the ones the
    /// `wxpay` tool reads; more settings can follow before `build()`.
    ///
    /// | variable | setting |
    /// |---|---|
    /// | `WECHATPAY_MCH_ID` | [`mch_id`](ClientBuilder::mch_id) (required) |
    /// | `WECHATPAY_API_KEY` | [`api_key`](ClientBuilder::api_key) (required; never printed) |
    /// | `WECHATPAY_APPID` | [`appid`](ClientBuilder::appid) |
    /// | `WECHATPAY_SUB_MCH_ID`, `WECHATPAY_SUB_APPID` | partner mode: [`sub_mch_id`](ClientBuilder::sub_mch_id), [`sub_appid`](ClientBuilder::sub_appid) |
    /// | `WECHATPAY_BASE_URL` | [`base_url`](ClientBuilder::base_url) |
    /// | `WECHATPAY_ALL_HOSTS` | [`all_hosts`](ClientBuilder::all_hosts) |
    /// | `WECHATPAY_TIMEOUT` | [`timeout`](ClientBuilder::timeout), in seconds |
    /// | `WECHATPAY_CERT` and `WECHATPAY_KEY` | files: [`client_cert_pem`](ClientBuilder::client_cert_pem) |
    /// | `WECHATPAY_P12`, `WECHATPAY_P12_PASSWORD` | a file and its password (default: the merchant id): [`client_cert_p12`](ClientBuilder::client_cert_p12) |
    ///
    /// An empty variable counts as unset. A value that cannot be used is [`Error::Config`]
    /// naming the variable (never the key's value).
    ///
    /// ```no_run
    /// # fn run() -> wechatpay_v2_protocol::error::Result<()> {
    /// let api = wechatpay_v2_core::ClientBuilder::<wechatpay_v2_core::NoEndpoints>::from_env()?
    ///     .retry_queries(2, std::time::Duration::from_millis(200))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn from_env() -> Result<Self> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// [`from_env`](Self::from_env) with the variables looked up by `var` (a test's map, a
    /// secrets store), files read from disk.
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> Result<Self> {
        let var = |name: &str| var(name).filter(|v| !v.is_empty());
        let required =
            |name: &str| var(name).ok_or_else(|| Error::Config(format!("{name} is not set")));
        let read = |name: &str, path: &str| {
            std::fs::read(path).map_err(|e| Error::Config(format!("{name} `{path}`: {e}")))
        };
        let mch_id = required("WECHATPAY_MCH_ID")?;
        let mut builder = Self::default()
            .mch_id(mch_id.clone())
            .api_key(required("WECHATPAY_API_KEY")?);
        if let Some(appid) = var("WECHATPAY_APPID") {
            builder = builder.appid(appid);
        }
        if let Some(sub_mch_id) = var("WECHATPAY_SUB_MCH_ID") {
            builder = builder.sub_mch_id(sub_mch_id);
        }
        if let Some(sub_appid) = var("WECHATPAY_SUB_APPID") {
            builder = builder.sub_appid(sub_appid);
        }
        if let Some(url) = var("WECHATPAY_BASE_URL") {
            builder = builder.base_url(url);
        }
        if let Some(url) = var("WECHATPAY_ALL_HOSTS") {
            builder = builder.all_hosts(url);
        }
        if let Some(seconds) = var("WECHATPAY_TIMEOUT") {
            let seconds: f64 = seconds
                .trim()
                .parse()
                .ok()
                .filter(|s: &f64| s.is_finite() && *s > 0.0)
                .ok_or_else(|| {
                    Error::Config(format!(
                        "WECHATPAY_TIMEOUT `{seconds}`: not a positive number of seconds"
                    ))
                })?;
            builder = builder.timeout(Duration::from_secs_f64(seconds));
        }
        match (
            var("WECHATPAY_CERT"),
            var("WECHATPAY_KEY"),
            var("WECHATPAY_P12"),
        ) {
            (Some(_), Some(_), Some(_)) => {
                return Err(Error::Config(
                    "WECHATPAY_P12 and WECHATPAY_CERT / WECHATPAY_KEY are alternatives: set one"
                        .into(),
                ));
            }
            (Some(cert), Some(key), None) => {
                let cert = read("WECHATPAY_CERT", &cert)?;
                let key = zeroize::Zeroizing::new(read("WECHATPAY_KEY", &key)?);
                builder = builder.client_cert_pem(cert, &*key);
            }
            (Some(_), None, _) => {
                return Err(Error::Config(
                    "WECHATPAY_CERT needs its private key: set WECHATPAY_KEY too".into(),
                ));
            }
            (None, Some(_), _) => {
                return Err(Error::Config(
                    "WECHATPAY_KEY needs its certificate: set WECHATPAY_CERT too".into(),
                ));
            }
            (None, None, Some(p12)) => {
                let archive = zeroize::Zeroizing::new(read("WECHATPAY_P12", &p12)?);
                let password =
                    zeroize::Zeroizing::new(var("WECHATPAY_P12_PASSWORD").unwrap_or(mch_id));
                builder = builder.client_cert_p12(&*archive, &password);
            }
            (None, None, None) => {}
        }
        Ok(builder)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::tree::NoEndpoints;

    fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| map.get(name).cloned()
    }

    type Builder = ClientBuilder<NoEndpoints, crate::config::Async>;

    #[test]
    fn the_variables_become_the_settings() {
        let builder = Builder::from_lookup(lookup(&[
            ("WECHATPAY_MCH_ID", "1900000109"),
            ("WECHATPAY_API_KEY", "0123456789abcdef0123456789abcdef"),
            ("WECHATPAY_APPID", "wxd678efh567hg6787"),
            ("WECHATPAY_SUB_MCH_ID", "1900000110"),
            ("WECHATPAY_BASE_URL", "http://127.0.0.1:9/"),
            ("WECHATPAY_TIMEOUT", "2.5"),
            ("WECHATPAY_SUB_APPID", ""),
        ]))
        .unwrap();
        let shown = format!("{builder:?}");
        assert!(shown.contains("1900000109"), "{shown}");
        assert!(shown.contains("wxd678efh567hg6787"), "{shown}");
        assert!(shown.contains("http://127.0.0.1:9/"), "{shown}");
        assert!(shown.contains("2.5s"), "{shown}");
        assert!(
            !shown.contains("0123456789abcdef"),
            "the key is never shown: {shown}"
        );
        let mut builder = builder;
        let config = builder.config().unwrap();
        assert_eq!(config.sub_mch_id.as_deref(), Some("1900000110"));
        assert_eq!(config.sub_appid, None, "an empty variable is unset");
    }

    #[test]
    fn a_variable_that_cannot_be_used_is_named() {
        let base = [
            ("WECHATPAY_MCH_ID", "1900000109"),
            ("WECHATPAY_API_KEY", "0123456789abcdef0123456789abcdef"),
        ];
        let err = |extra: &[(&str, &str)]| {
            let vars: Vec<_> = base.iter().chain(extra).copied().collect();
            Builder::from_lookup(lookup(&vars)).unwrap_err().to_string()
        };
        assert_eq!(
            err(&[("WECHATPAY_TIMEOUT", "soon")]),
            "configuration: WECHATPAY_TIMEOUT `soon`: not a positive number of seconds"
        );
        assert_eq!(
            err(&[("WECHATPAY_CERT", "/nonexistent/apiclient_cert.pem")]),
            "configuration: WECHATPAY_CERT needs its private key: set WECHATPAY_KEY too"
        );
        let missing = err(&[
            ("WECHATPAY_CERT", "/nonexistent/apiclient_cert.pem"),
            ("WECHATPAY_KEY", "/nonexistent/apiclient_key.pem"),
        ]);
        assert!(
            missing
                .starts_with("configuration: WECHATPAY_CERT `/nonexistent/apiclient_cert.pem`: "),
            "{missing}"
        );
        let none = Builder::from_lookup(lookup(&[("WECHATPAY_MCH_ID", "1900000109")]));
        assert_eq!(
            none.unwrap_err().to_string(),
            "configuration: WECHATPAY_API_KEY is not set"
        );
    }
}
