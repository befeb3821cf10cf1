//! The merchant's API client certificate, for endpoints that need mutual TLS.
//!
//! WeChat Pay hands merchants `apiclient_cert.pem` + `apiclient_key.pem`, or `apiclient_cert.p12`
//! whose password is the merchant id. Both become one identity presented on every TLS
//! connection of the client. PKCS#12 is read in pure Rust (`p12-keystore`), so no system
//! OpenSSL is needed. Key material is zeroized once the identity is built.

use zeroize::Zeroizing;

use wechatpay_v2_protocol::error::{Error, Result};

/// A client certificate chain and its private key, ready for the TLS layer.
pub(crate) struct ClientIdentity(pub(crate) reqwest::Identity);

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
        let mut both = Zeroizing::new(Vec::with_capacity(cert.len() + key.len() + 1));
        both.extend_from_slice(key.as_bytes());
        both.push(b'\n');
        both.extend_from_slice(cert.as_bytes());
        reqwest::Identity::from_pem(&both)
            .map(Self)
            .map_err(|e| bad(&format!("cannot be used: {e}")))
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
