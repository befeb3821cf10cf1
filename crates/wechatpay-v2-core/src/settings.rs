//! The checked settings of a client, shared by both clients' transport.

use std::fmt;
use std::time::Duration;

use wechatpay_v2_protocol::error::Error;
use wechatpay_v2_protocol::outgoing::Signer;
use wechatpay_v2_protocol::sign::ApiKey;

/// Opt-in retries of idempotent endpoints (queries) after a transport failure or an HTTP 5xx.
///
/// Calls that move money are never retried: a lost answer does not mean the payment, refund or
/// transfer did not happen. Declarations mark the endpoints that only read as `idempotent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    /// Wait before the first retry; it doubles for each further one.
    pub backoff: Duration,
}

/// Default limit on a response body; a larger body is an error, not an allocation.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
/// Default bound on the nesting depth of the JSON carried in a response's field values; see
/// [`ClientBuilder::max_depth`](crate::ClientBuilder::max_depth).
pub const DEFAULT_MAX_DEPTH: usize = wechatpay_v2_protocol::xml::DEFAULT_MAX_DEPTH;

/// The settings of a client. The key is never printed.
#[derive(Clone)]
pub(crate) struct Config {
    pub(crate) mch_id: String,
    pub(crate) key: ApiKey,
    pub(crate) appid: Option<String>,
    pub(crate) sub_mch_id: Option<String>,
    pub(crate) sub_appid: Option<String>,
    pub(crate) base_url: String,
    pub(crate) all_hosts: Option<String>,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_depth: usize,
    pub(crate) has_cert: bool,
    pub(crate) sandbox: bool,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) trace_bodies: bool,
}

impl Config {
    /// The app id the payer's side pays under: the sub-merchant's app (`sub_appid`) in partner
    /// mode when configured, otherwise `appid`; a configuration error naming `what` needs it
    /// when there is neither.
    pub(crate) fn payer_appid(&self, what: &str) -> Result<&str, Error> {
        self.sub_appid
            .as_deref()
            .or(self.appid.as_deref())
            .ok_or_else(|| Error::Config(format!("{what} need the client's `appid`")))
    }

    pub(crate) fn signer(&self) -> Signer<'_> {
        self.signer_with(&self.key)
    }

    /// The signer for this merchant with another key (the sandbox key).
    pub(crate) fn signer_with<'a>(&'a self, key: &'a ApiKey) -> Signer<'a> {
        Signer {
            mch_id: &self.mch_id,
            appid: self.appid.as_deref(),
            sub_mch_id: self.sub_mch_id.as_deref(),
            sub_appid: self.sub_appid.as_deref(),
            key,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("mch_id", &self.mch_id)
            .field("key", &self.key)
            .field("appid", &self.appid)
            .field("sub_mch_id", &self.sub_mch_id)
            .field("sub_appid", &self.sub_appid)
            .field("base_url", &self.base_url)
            .field("all_hosts", &self.all_hosts)
            .field("client_cert", &self.has_cert)
            .finish_non_exhaustive()
    }
}
