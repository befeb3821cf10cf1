//! What a mock is started with: the merchant, the endpoints, HTTPS, and how it plays flows.

use std::fmt;
use std::sync::Arc;

use wechatpay_v2::Apis;
use wechatpay_v2::handle::EndpointSet;
use wechatpay_v2::meta::EndpointMeta;

/// The merchant the mock acts for, and the endpoints it serves.
#[derive(Clone)]
pub struct MockConfig {
    /// The merchant id requests must name.
    pub mch_id: String,
    /// The APIv2 key requests are verified and answers signed with.
    pub api_key: String,
    /// The endpoints served (default: every declared endpoint).
    pub endpoints: &'static [&'static EndpointMeta],
    /// Serve HTTPS instead of HTTP (default: HTTP).
    pub tls: Option<MockTls>,
    /// Size in bytes of the synthetic bills served by download endpoints (default 4 KiB): a
    /// bill of a day without payments in the ledger, and every bill when `flows` is off.
    pub bill_bytes: u64,
    /// End the synthetic bills with their summary block, consistent with their rows (default
    /// `false`: the header and rows only), so that they read as records.
    pub bill_summary: bool,
    /// Play the payment flows (default `true`): orders, payments, closes, refunds and reversals
    /// are kept per merchant and the flow endpoints answer from them, as the gateway does (see
    /// the crate documentation). With `false`, every accepted request gets a plausible signed
    /// answer and nothing is kept. Under a fault mode other than [`Fault::BusinessFail`] a flow
    /// request still changes the ledger, as the gateway may have done the work whose answer
    /// was lost; a business failure (the fault, or [`MockServer::fail_next`]) changes nothing.
    ///
    /// [`Fault::BusinessFail`]: crate::Fault::BusinessFail
    /// [`MockServer::fail_next`]: crate::MockServer::fail_next
    pub flows: bool,
    /// The factor applied to the gateway's notification retry schedule
    /// ([`RETRY_SCHEDULE`](crate::RETRY_SCHEDULE), 15 s to 6 h) when the mock delivers
    /// notifications (default `0.001`: milliseconds instead of seconds). `0` retries at once;
    /// a negative or non-finite factor counts as `0`.
    pub delivery_scale: f64,
}

/// HTTPS settings: the server's certificate, and the authority client certificates must be
/// signed by (mutual TLS, as WeChat Pay requires for `cert` endpoints).
#[derive(Clone)]
pub struct MockTls {
    /// The server certificate chain, PEM.
    pub cert_pem: Vec<u8>,
    /// The server's private key, PEM.
    pub key_pem: Vec<u8>,
    /// When set, every connection must present a client certificate signed by this CA (PEM).
    pub client_ca_pem: Option<Vec<u8>>,
}

impl fmt::Debug for MockTls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockTls")
            .field("client_auth", &self.client_ca_pem.is_some())
            .finish_non_exhaustive()
    }
}

impl MockTls {
    /// The rustls server configuration.
    pub(crate) fn server_config(&self) -> std::io::Result<tokio_rustls::rustls::ServerConfig> {
        use rustls_pki_types::pem::PemObject;
        use rustls_pki_types::{CertificateDer, PrivateKeyDer};
        use tokio_rustls::rustls;
        let invalid = |what: &str, e: &dyn fmt::Display| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("{what}: {e}"))
        };
        let certs = CertificateDer::pem_slice_iter(&self.cert_pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| invalid("server certificate", &e))?;
        let key =
            PrivateKeyDer::from_pem_slice(&self.key_pem).map_err(|e| invalid("server key", &e))?;
        // The provider the SDK's clients use, given explicitly (no process default).
        let provider = wechatpay_v2::tls::crypto_provider().ok_or_else(|| {
            invalid(
                "TLS",
                &"no crypto provider: enable the `tls-ring` or `tls-aws-lc` feature",
            )
        })?;
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| invalid("TLS versions", &e))?;
        let builder = match &self.client_ca_pem {
            None => builder.with_no_client_auth(),
            Some(ca) => {
                let mut roots = rustls::RootCertStore::empty();
                for cert in CertificateDer::pem_slice_iter(ca) {
                    roots
                        .add(cert.map_err(|e| invalid("client CA", &e))?)
                        .map_err(|e| invalid("client CA", &e))?;
                }
                let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider.clone(),
                )
                .build()
                .map_err(|e| invalid("client verifier", &e))?;
                builder.with_client_cert_verifier(verifier)
            }
        };
        builder
            .with_single_cert(certs, key)
            .map_err(|e| invalid("server certificate", &e))
    }
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            mch_id: crate::DEFAULT_MCH_ID.to_owned(),
            api_key: crate::DEFAULT_API_KEY.to_owned(),
            endpoints: Apis::endpoints(),
            tls: None,
            bill_bytes: 4096,
            bill_summary: false,
            flows: true,
            delivery_scale: 0.001,
        }
    }
}

impl fmt::Debug for MockConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockConfig")
            .field("mch_id", &self.mch_id)
            .field("api_key", &"<redacted>")
            .field("endpoints", &self.endpoints.len())
            .field("tls", &self.tls)
            .field("bill_bytes", &self.bill_bytes)
            .field("bill_summary", &self.bill_summary)
            .field("flows", &self.flows)
            .field("delivery_scale", &self.delivery_scale)
            .finish()
    }
}
