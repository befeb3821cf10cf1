//! TLS: which rustls crypto provider the clients use, and the rustls crate they use it with.
//!
//! The provider is chosen by a cargo feature of `wechatpay-v2` (and of this crate):
//! `tls-ring` (the default) or `tls-aws-lc`. Each client is given it in a rustls configuration
//! of its own (the platform's certificate verifier plus the roots added with
//! `add_root_certificate_pem`, the client certificate if any); the SDK never reads or installs
//! rustls's process-wide default provider, unless neither feature is enabled (see
//! [`crypto_provider`]).
//!
//! The merchant's API client certificate (for endpoints that need mutual TLS) is also read here:
//! WeChat Pay hands merchants `apiclient_cert.pem` + `apiclient_key.pem`, or `apiclient_cert.p12`
//! whose password is the merchant id. Both become one identity presented on every TLS
//! connection of the client. PKCS#12 is read in pure Rust (`p12-keystore`), so no system
//! OpenSSL is needed. Key material is zeroized once the identity is built.

use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use zeroize::Zeroizing;

use wechatpay_v2_protocol::error::{Error, Result};

/// The rustls crate this SDK builds its TLS configuration with (rustls 0.23), for building a
/// [`rustls::ClientConfig`] or a server configuration with [`crypto_provider`].
pub use rustls;

/// The rustls crypto provider the clients of this build use, as the crate's features select it:
///
/// - `tls-aws-lc`: [aws-lc-rs](https://crates.io/crates/aws-lc-rs), also when `tls-ring` is
///   enabled too (as it is when `tls-aws-lc` is added without turning the default features
///   off);
/// - `tls-ring` alone (the default): [ring](https://crates.io/crates/ring);
/// - neither: the process-wide default provider, if the app installed one
///   ([`CryptoProvider::install_default`]), for apps that bring their own (a FIPS build,
///   another implementation); `None` when it did not, and building a client then fails with
///   [`Error::Config`].
///
/// Each client is given this provider in a rustls configuration of its own; the SDK never
/// installs a process-wide default. Test servers and other TLS code of an app can use the
/// same provider (the mock gateway does).
pub fn crypto_provider() -> Option<Arc<CryptoProvider>> {
    #[cfg(feature = "tls-aws-lc")]
    {
        Some(Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
    }
    #[cfg(all(feature = "tls-ring", not(feature = "tls-aws-lc")))]
    {
        Some(Arc::new(rustls::crypto::ring::default_provider()))
    }
    #[cfg(not(any(feature = "tls-ring", feature = "tls-aws-lc")))]
    {
        CryptoProvider::get_default().cloned()
    }
}

/// A client certificate chain and its private key, ready for the TLS layer.
pub(crate) struct ClientIdentity {
    certs: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

impl std::fmt::Debug for ClientIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientIdentity(<redacted>)")
    }
}

fn bad(what: &str) -> Error {
    Error::Config(format!("client certificate: {what}"))
}

impl ClientIdentity {
    /// From PEM text: the certificate (chain) and the private key (PKCS#8, PKCS#1 or SEC1).
    pub(crate) fn from_pem(cert_pem: &[u8], key_pem: &[u8]) -> Result<Self> {
        let cert = String::from_utf8_lossy(cert_pem);
        let key = Zeroizing::new(String::from_utf8_lossy(key_pem).into_owned());
        if !cert.contains("-----BEGIN CERTIFICATE-----") {
            return Err(bad(
                "the certificate is not PEM (no `BEGIN CERTIFICATE` block)",
            ));
        }
        if !key.contains("PRIVATE KEY-----") {
            return Err(bad("the key is not a PEM private key"));
        }
        let certs = CertificateDer::pem_slice_iter(cert.as_bytes())
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| bad(&format!("cannot be used: {e}")))?;
        let key = PrivateKeyDer::from_pem_slice(key.as_bytes())
            .map_err(|e| bad(&format!("cannot be used: {e}")))?;
        Ok(Self { certs, key })
    }

    /// From a PKCS#12 (`.p12`) archive and its password (the merchant id, for WeChat Pay's).
    pub(crate) fn from_pkcs12(der: &[u8], password: &str) -> Result<Self> {
        let store = p12_keystore::KeyStore::from_pkcs12(
            der,
            password,
            p12_keystore::Pkcs12ImportPolicy::Relaxed,
        )
        .map_err(|e| {
            bad(&format!(
                "cannot read the .p12 archive (wrong password?): {e}"
            ))
        })?;
        let (_, chain) = store
            .private_key_chain()
            .ok_or_else(|| bad("the .p12 archive holds no private key"))?;
        if chain.certs().is_empty() {
            return Err(bad("the .p12 archive holds no certificate for its key"));
        }
        let key_pem = Zeroizing::new(pem::encode(&pem::Pem::new(
            "PRIVATE KEY",
            chain.key().as_der().to_vec(),
        )));
        let mut cert_pem = String::new();
        for cert in chain.certs() {
            cert_pem.push_str(&pem::encode(&pem::Pem::new(
                "CERTIFICATE",
                cert.as_der().to_vec(),
            )));
        }
        Self::from_pem(cert_pem.as_bytes(), key_pem.as_bytes())
    }
}

/// The rustls client configuration of one client: [`crypto_provider`], the platform's
/// certificate verifier with the extra roots, the client certificate if any, HTTP/1.1 (what
/// reqwest builds itself, given the provider explicitly).
pub(crate) fn client_config(
    roots: &[Vec<u8>],
    identity: Option<ClientIdentity>,
) -> Result<rustls::ClientConfig> {
    let provider = crypto_provider().ok_or_else(|| {
        Error::Config(
            "no TLS crypto provider: enable the `tls-ring` or `tls-aws-lc` feature of \
             wechatpay-v2, or install a rustls process default (`CryptoProvider::install_default`)"
                .into(),
        )
    })?;
    let tls = |e: rustls::Error| Error::Config(format!("TLS settings: {e}"));
    let mut extra = Vec::new();
    for pem in roots {
        let found = CertificateDer::pem_slice_iter(pem)
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::Config(format!("root certificate: {e}")))?;
        if found.is_empty() {
            return Err(Error::Config(
                "root certificate: no `BEGIN CERTIFICATE` block in the PEM".into(),
            ));
        }
        extra.extend(found);
    }
    let verifier = if extra.is_empty() {
        rustls_platform_verifier::Verifier::new(provider.clone())
    } else {
        rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())
    }
    .map_err(tls)?;
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(tls)?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier));
    let mut config = match identity {
        Some(identity) => builder
            .with_client_auth_cert(identity.certs, identity.key)
            .map_err(|e| bad(&format!("cannot be used: {e}")))?,
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
