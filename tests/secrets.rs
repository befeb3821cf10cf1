//! Secrets: the APIv2 key, the client private key (its PEM text, its base64 body, its DER bytes)
//! and the `.p12` password never appear in `Debug` or `Display` output of the builders, the
//! clients (async and blocking, with a certificate from PEM and from a `.p12`), the `PathHandle`s and
//! endpoint handles, any error the SDK produces (and the errors' sources), or the `tracing`
//! output of calls (the redacted bodies of `trace_bodies` included). Also: how the secrets are
//! held (zeroized), and sign comparison.
//!
//! # Zeroizing
//! - The APIv2 key lives in `sign::ApiKey`, a `zeroize::Zeroizing<String>`
//!   (`crates/wechatpay-v2-protocol/src/sign.rs`): every copy the client holds (its configuration,
//!   the sandbox key) is wiped when it is dropped, so dropping the client wipes the key. Beside
//!   it, `ApiKey` keeps an HMAC-SHA256 state keyed with it, which sha2's `zeroize` feature wipes
//!   on drop.
//! - The key of a refund notification's `req_info` (the hex MD5 of the APIv2 key) and the MD5
//!   digest it comes from are `Zeroizing` arrays (`notify.rs`, `req_info_key`).
//! - PEM and `.p12` material passes through `Zeroizing` buffers in
//!   `crates/wechatpay-v2-core/src/tls.rs`: the key PEM text and the PEM re-encoding of a
//!   `.p12` archive's key.
//!
//! [`how_secrets_are_held_is_checked_in_the_source`] checks these in the source, since memory
//! cannot be inspected without `unsafe`. What is *not* zeroized: the parsed DER key
//! (`rustls::pki_types::PrivateKeyDer`, until the client is built) and the `rustls` client
//! configuration built from it (it lives as long as the client's connection pool and is freed,
//! not wiped); the `pem::Pem` and
//! `p12_keystore` values that briefly hold the DER key while a `.p12` is read; the hash states
//! (MD5 block buffer, HMAC pads) that saw the key while signing; and whatever buffers the caller
//! passed in.
//!
//! # Constant time
//! `sign::verify` compares the computed and the received sign with
//! `subtle::ConstantTimeEq::ct_eq`, which looks at every byte whatever the first difference:
//! constant-time by construction. From outside only behaviour can be checked: a wrong sign of
//! the right length is refused the same way whichever position differs.
//!
//! # Tracing
//! A global subscriber (set once, before any call in this binary) captures every span and event
//! at TRACE level into one buffer; the tracing test checks the buffer after its own calls. A
//! global subscriber avoids the race of a thread-local one with other tests' threads (tracing
//! caches which callsites are enabled process-wide).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use md5::{Digest, Md5};
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use wechatpay_v2::download::Gzip;
use wechatpay_v2::notifications::{refund_processed, transaction_success};
use wechatpay_v2::v2::pay::{downloadbill, orderquery};
use wechatpay_v2::{
    ApiKey, Client, ClientBuilder, Error, SignType, SignatureProblem, blocking, notify,
};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, Fault, MockConfig, MockServer, MockTls,
};
use wechatpay_v2_protocol::sign;

/// An APIv2 key that is not the mock's: requests signed with it are refused.
const WRONG_KEY: &str = "fedcba9876543210fedcba9876543210";
/// A key of the wrong length (refused at build time); a prefix of the real key.
const SHORT_KEY: &str = "0123456789abcdef0123456789abcde";
/// The `.p12` password. WeChat Pay's archives use the merchant id, which is not a secret and
/// is printed (it is in `Debug` of the configuration); this one must never be.
const P12_PASSWORD: &str = "p12-Pa55w0rd-0f-the-merchant";

// --- Certificates ---------------------------------------------------------------------------

struct Pki {
    ca_pem: String,
    server_cert_pem: String,
    server_key_pem: String,
    client_cert_pem: String,
    client_key_pem: String,
    client_key_der: Vec<u8>,
    client_p12: Vec<u8>,
    /// A key that does not belong to the client certificate.
    other_key_pem: String,
}

fn pki() -> &'static Pki {
    static PKI: OnceLock<Pki> = OnceLock::new();
    PKI.get_or_init(|| {
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let server_key = KeyPair::generate().unwrap();
        let server_cert = CertificateParams::new(vec!["127.0.0.1".to_owned()])
            .unwrap()
            .signed_by(&server_key, &ca)
            .unwrap();
        let client_key = KeyPair::generate().unwrap();
        let client_cert = CertificateParams::new(vec![DEFAULT_MCH_ID.to_owned()])
            .unwrap()
            .signed_by(&client_key, &ca)
            .unwrap();

        let mut store = p12_keystore::KeyStore::new();
        let chain = p12_keystore::PrivateKeyChain::new(
            b"merchant".to_vec(),
            p12_keystore::PrivateKey::from_der(&client_key.serialize_der()).unwrap(),
            [p12_keystore::Certificate::from_der(client_cert.der()).unwrap()],
        );
        store.add_entry(
            "merchant",
            p12_keystore::KeyStoreEntry::PrivateKeyChain(chain),
        );
        Pki {
            ca_pem: ca.pem(),
            server_cert_pem: server_cert.pem(),
            server_key_pem: server_key.serialize_pem(),
            client_cert_pem: client_cert.pem(),
            client_key_pem: client_key.serialize_pem(),
            client_key_der: client_key.serialize_der(),
            client_p12: store.writer(P12_PASSWORD).write().unwrap(),
            other_key_pem: KeyPair::generate().unwrap().serialize_pem(),
        }
    })
}

/// The mock over HTTPS, requiring a client certificate signed by the test CA.
fn tls_mock() -> MockServer {
    let pki = pki();
    MockServer::start(
        MockConfig {
            tls: Some(MockTls {
                cert_pem: pki.server_cert_pem.clone().into_bytes(),
                key_pem: pki.server_key_pem.clone().into_bytes(),
                client_ca_pem: Some(pki.ca_pem.clone().into_bytes()),
            }),
            // Flows off: the tests query orders they never placed, and check the plausible
            // answer.
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap()
}

// --- The secrets and the check --------------------------------------------------------------

/// Lower-case hex.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every form in which a secret could show: as text, in hex, as `Debug` of its bytes.
fn secrets() -> &'static Vec<(String, String)> {
    static SECRETS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    SECRETS.get_or_init(|| {
        let pki = pki();
        let mut out: Vec<(String, String)> = Vec::new();
        let mut add = |what: &str, value: String| out.push((what.to_owned(), value));
        for (name, key) in [
            ("API key", DEFAULT_API_KEY),
            ("wrong API key", WRONG_KEY),
            ("short API key", SHORT_KEY),
        ] {
            add(name, key.to_owned());
            // `Debug` of the key's bytes, past its first few (`[48, 49, 50, 51, 52, 53, 54, 55`).
            let bytes = format!("{:?}", key.as_bytes());
            add(&format!("{name} as bytes"), bytes[..40].to_owned());
            // The derived `req_info` key: lower-case hex MD5 of the key.
            add(&format!("{name}, req_info key"), hex(&Md5::digest(key)));
        }
        add("private key PEM", pki.client_key_pem.clone());
        add("other private key PEM", pki.other_key_pem.clone());
        let body: Vec<&str> = pki
            .client_key_pem
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect();
        add("private key base64 body", body.concat());
        for (i, line) in body.iter().enumerate() {
            // Any 24 characters of the body, from each line.
            add(
                &format!("private key base64 line {i}"),
                line.chars().take(24).collect(),
            );
        }
        // The secret part of the DER key (past the PKCS#8 header every such key shares).
        let secret = &pki.client_key_der[36..52];
        add("private key DER, hex", hex(secret));
        add("private key DER, upper hex", hex(secret).to_uppercase());
        let debug = format!("{secret:?}");
        add(
            "private key DER, Debug bytes",
            debug[1..debug.len() - 1].to_owned(),
        );
        add("p12 password", P12_PASSWORD.to_owned());
        out
    })
}

/// Asserts that `text` holds none of the secrets.
#[track_caller]
fn assert_clean(what: &str, text: &str) {
    for (name, secret) in secrets() {
        assert!(
            !text.contains(secret.as_str()),
            "{name} appears in {what}:\n{text}"
        );
    }
}

/// `Debug` (plain and pretty) and `Display` of an error and of each of its sources, checked.
#[track_caller]
fn assert_error_clean(what: &str, err: &Error) {
    assert_clean(&format!("Debug of {what}"), &format!("{err:?}"));
    assert_clean(&format!("pretty Debug of {what}"), &format!("{err:#?}"));
    let mut source: Option<&dyn std::error::Error> = Some(err);
    while let Some(e) = source {
        assert_clean(&format!("Display of {what} (or a source)"), &e.to_string());
        assert_clean(&format!("Debug of {what} (or a source)"), &format!("{e:?}"));
        source = e.source();
    }
}

// --- Tracing --------------------------------------------------------------------------------

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The global trace capture; every test calls this first, so the subscriber is in place before
/// any callsite is hit.
fn trace() -> &'static Captured {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    CAPTURED.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        captured
    })
}

// --- Clients --------------------------------------------------------------------------------

fn base(mock: &MockServer, key: &str) -> ClientBuilder<wechatpay_v2::Apis> {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(key)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .add_root_certificate_pem(&pki().ca_pem)
        .timeout(Duration::from_secs(10))
}

fn with_pem(mock: &MockServer, key: &str) -> ClientBuilder<wechatpay_v2::Apis> {
    base(mock, key).client_cert_pem(&pki().client_cert_pem, &pki().client_key_pem)
}

fn with_p12(mock: &MockServer, key: &str) -> ClientBuilder<wechatpay_v2::Apis> {
    base(mock, key).client_cert_p12(&pki().client_p12, P12_PASSWORD)
}

fn query(out_trade_no: &str) -> orderquery::Request {
    orderquery::Request::by_out_trade_no(out_trade_no).sign_type(SignType::HmacSha256)
}

// --- Tests ----------------------------------------------------------------------------------

#[tokio::test]
async fn builders_clients_chains_and_handles_print_no_secret() {
    trace();
    let mock = tls_mock();
    for (how, builder) in [
        ("PEM", with_pem(&mock, DEFAULT_API_KEY)),
        ("p12", with_p12(&mock, DEFAULT_API_KEY)),
    ] {
        assert_clean(&format!("the {how} builder"), &format!("{builder:?}"));
        assert_clean(&format!("the {how} builder"), &format!("{builder:#?}"));
        let api = builder.build().unwrap();
        // The client works: the certificate was used for mutual TLS.
        let response = api
            .v2()
            .pay()
            .orderquery()
            .post(query("T-SECRETS-1"))
            .await
            .unwrap();
        assert_eq!(response.out_trade_no, "T-SECRETS-1");
        assert_clean(
            &format!("Debug of the {how} response"),
            &format!("{response:?}"),
        );

        for (what, text) in [
            ("client", format!("{api:?}")),
            ("client, pretty", format!("{api:#?}")),
            ("chain", format!("{:?}", api.chain("v2/pay/orderquery"))),
            ("indexed chain", format!("{:#?}", &api["v2/pay/orderquery"])),
            (
                "endpoint handle",
                format!("{:?}", api.v2().pay().orderquery()),
            ),
            (
                "download handle",
                format!("{:?}", api.v2().pay().downloadbill()),
            ),
        ] {
            assert!(!text.is_empty());
            assert_clean(&format!("the {how} {what}"), &text);
        }
        let debug = format!("{api:?}");
        assert!(debug.contains("ApiKey(<redacted>)"), "{debug}");
        assert!(debug.contains(DEFAULT_MCH_ID), "{debug}");
    }
    assert_clean(
        "an ApiKey",
        &format!(
            "{:?} {:#?}",
            ApiKey::new(DEFAULT_API_KEY),
            ApiKey::new(WRONG_KEY)
        ),
    );
}

#[test]
fn blocking_clients_print_no_secret() {
    trace();
    let mock = tls_mock();
    for (how, builder) in [
        ("PEM", with_pem(&mock, DEFAULT_API_KEY)),
        ("p12", with_p12(&mock, DEFAULT_API_KEY)),
    ] {
        let api: blocking::Client = builder.build_blocking().unwrap();
        let response = api
            .v2()
            .pay()
            .orderquery()
            .post(query("T-SECRETS-2"))
            .unwrap();
        assert_eq!(response.out_trade_no, "T-SECRETS-2");
        for (what, text) in [
            ("client", format!("{api:?} {api:#?}")),
            ("chain", format!("{:?}", api.chain("v2/pay/orderquery"))),
            ("indexed chain", format!("{:?}", &api["v2/pay/orderquery"])),
            (
                "endpoint handle",
                format!("{:?}", api.v2().pay().orderquery()),
            ),
        ] {
            assert_clean(&format!("the blocking {how} {what}"), &text);
        }

        // Errors of the blocking client.
        mock.set_fault_for(Fault::TamperedSign, 1);
        let err = api
            .v2()
            .pay()
            .orderquery()
            .post(query("T-SECRETS-3"))
            .unwrap_err();
        assert!(matches!(err, Error::Signature { .. }), "{err:?}");
        assert_error_clean("a blocking signature error", &err);

        struct Broken;
        impl std::io::Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk full"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let bill = downloadbill::Request::new("20261122");
        let err = api
            .v2()
            .pay()
            .downloadbill()
            .download(&bill, Broken, Gzip::Keep)
            .unwrap_err();
        assert!(matches!(err, Error::Io(_)), "{err:?}");
        assert_error_clean("an I/O error", &err);
    }
}

#[test]
fn certificate_and_configuration_errors_name_no_secret() {
    trace();
    let pki = pki();
    let builder = || {
        Client::builder()
            .mch_id(DEFAULT_MCH_ID)
            .api_key(DEFAULT_API_KEY)
    };
    let key_lines: Vec<&str> = pki.client_key_pem.lines().collect();
    // The key's own PEM with its body cut short, and with one line of its body altered.
    let truncated = format!(
        "{}\n{}\n{}\n",
        key_lines[0],
        &key_lines[1][..key_lines[1].len() / 2],
        key_lines[key_lines.len() - 1]
    );
    let mut altered = key_lines.clone();
    let flipped = key_lines[1].replacen(|c: char| c.is_ascii_alphanumeric(), "!", 1);
    altered[1] = &flipped;
    let altered = altered.join("\n");
    let mut corrupt_p12 = pki.client_p12.clone();
    let middle = corrupt_p12.len() / 2;
    corrupt_p12[middle] ^= 0xFF;

    let cases: Vec<(&str, Result<Client, Error>)> = vec![
        (
            "a certificate that is not PEM",
            builder()
                .client_cert_pem("not a certificate", &pki.client_key_pem)
                .build(),
        ),
        (
            "the key and the certificate swapped",
            builder()
                .client_cert_pem(&pki.client_key_pem, &pki.client_cert_pem)
                .build(),
        ),
        (
            "the key PEM cut short",
            builder()
                .client_cert_pem(&pki.client_cert_pem, &truncated)
                .build(),
        ),
        (
            "the key PEM altered",
            builder()
                .client_cert_pem(&pki.client_cert_pem, &altered)
                .build(),
        ),
        (
            "the key PEM without its END line",
            builder()
                .client_cert_pem(
                    &pki.client_cert_pem,
                    key_lines[..key_lines.len() - 1].join("\n"),
                )
                .build(),
        ),
        (
            "a p12 with the wrong password",
            builder()
                .client_cert_p12(&pki.client_p12, "not-the-password")
                .build(),
        ),
        (
            "a corrupt p12",
            builder()
                .client_cert_p12(&corrupt_p12, P12_PASSWORD)
                .build(),
        ),
        (
            "a p12 that is the key PEM",
            builder()
                .client_cert_p12(&pki.client_key_pem, P12_PASSWORD)
                .build(),
        ),
        (
            "a key of the wrong length",
            Client::builder()
                .mch_id(DEFAULT_MCH_ID)
                .api_key(SHORT_KEY)
                .build(),
        ),
    ];
    let mut refused = 0;
    for (what, result) in cases {
        match result {
            Err(err) => {
                refused += 1;
                assert_error_clean(what, &err);
            }
            Ok(api) => assert_clean(
                &format!("the client built with {what}"),
                &format!("{api:?}"),
            ),
        }
    }
    assert!(refused >= 7, "only {refused} cases were refused");

    // A key that does not belong to the certificate: refused at build time, or by the TLS
    // handshake; either way the error names neither key.
    let mock = tls_mock();
    let mismatched = base(&mock, DEFAULT_API_KEY)
        .client_cert_pem(&pki.client_cert_pem, &pki.other_key_pem)
        .build();
    match mismatched {
        Err(err) => assert_error_clean("a key that is not the certificate's", &err),
        Ok(api) => {
            assert_clean("a client with a mismatched key", &format!("{api:?}"));
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            if let Err(err) = rt.block_on(api.v2().pay().orderquery().post(query("T-MISMATCH"))) {
                assert_error_clean("a call with a mismatched key", &err);
            }
        }
    }
}

#[tokio::test]
async fn every_error_of_a_call_names_no_secret() {
    trace();
    let mock = tls_mock();
    let api = with_pem(&mock, DEFAULT_API_KEY).build().unwrap();
    let wrong = with_p12(&mock, WRONG_KEY).build().unwrap();
    let no_cert = base(&mock, DEFAULT_API_KEY).build().unwrap();
    let orderquery = || api.v2().pay().orderquery();
    let mut seen = BTreeMap::new();
    let mut check = |what: &str, err: Error| {
        assert_error_clean(what, &err);
        *seen.entry(format!("{:?}", err.kind())).or_insert(0) += 1;
        err
    };

    // The gateway refuses a request signed with another key: protocol FAIL.
    let err = check(
        "a protocol FAIL",
        wrong
            .v2()
            .pay()
            .orderquery()
            .post(query("T1"))
            .await
            .unwrap_err(),
    );
    assert!(matches!(err, Error::Protocol { .. }), "{err:?}");
    // Faults of the gateway.
    for (fault, what) in [
        (Fault::TamperedSign, "a signature error"),
        (Fault::OtherAlgorithmSign, "an algorithm mismatch"),
        (Fault::MissingSign, "a missing sign"),
        (Fault::BusinessFail, "a business FAIL"),
        (Fault::HtmlErrorPage, "a decode error (HTML)"),
        (Fault::DoctypeReply, "a decode error (DOCTYPE)"),
        (Fault::TruncatedBody, "a decode error (truncated)"),
        (Fault::Http500, "an HTTP status error"),
        (Fault::Http400, "an HTTP 400"),
        (Fault::CloseEarly, "a transport error (closed early)"),
    ] {
        mock.set_fault_for(fault, 1);
        let err = orderquery().post(query("T2")).await.unwrap_err();
        check(what, err);
    }
    // A timeout.
    let impatient = with_pem(&mock, DEFAULT_API_KEY)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    mock.set_fault_for(Fault::Delay(Duration::from_secs(2)), 1);
    let err = check(
        "a timeout",
        impatient
            .v2()
            .pay()
            .orderquery()
            .post(query("T3"))
            .await
            .unwrap_err(),
    );
    assert!(err.is_timeout(), "{err:?}");
    // No client certificate: the handshake fails; and a `cert` endpoint is refused up front.
    check(
        "a TLS handshake failure",
        no_cert
            .v2()
            .pay()
            .orderquery()
            .post(query("T4"))
            .await
            .unwrap_err(),
    );
    let err = check(
        "a missing certificate",
        no_cert
            .chain("v2/secapi/pay/refund")
            .post_fields(BTreeMap::new())
            .await
            .unwrap_err(),
    );
    assert!(matches!(err, Error::CertificateRequired { .. }), "{err:?}");
    // Requests that break a rule, and misused paths.
    let mut other_merchant = query("T5");
    other_merchant.mch_id = Some("1900000110".into());
    check(
        "a merchant mismatch",
        orderquery().post(other_merchant).await.unwrap_err(),
    );
    let mut too_long = query("T6");
    too_long.transaction_id = Some("4".repeat(40));
    check(
        "an invalid field",
        orderquery().post(too_long).await.unwrap_err(),
    );
    for path in [
        "v2/pay/../orderquery",
        "v2/pay/undeclared",
        "v2/pay/refundquery",
    ] {
        check(
            &format!("a call on `{path}`"),
            api.chain(path).post(query("T7")).await.unwrap_err(),
        );
    }
    // A blocking call inside the runtime.
    let blocking = with_pem(&mock, DEFAULT_API_KEY).build_blocking().unwrap();
    check(
        "a blocking call in async",
        blocking
            .v2()
            .pay()
            .orderquery()
            .post(query("T8"))
            .unwrap_err(),
    );
    tokio::task::spawn_blocking(move || drop(blocking))
        .await
        .unwrap();

    for kind in [
        "Protocol",
        "Signature",
        "Business",
        "Decode",
        "Transport",
        "Usage",
        "InvalidRequest",
    ] {
        assert!(
            seen.contains_key(kind),
            "no {kind} error was produced: {seen:?}"
        );
    }
}

/// `fields` signed with `key`, written as WeChat writes a notification.
fn notification(fields: &[(&str, &str)], key: &str) -> Vec<u8> {
    wechatpay_v2::testing::signed_document(fields.iter().copied(), &ApiKey::new(key), SignType::Md5)
        .into_bytes()
}

fn encrypt_req_info(plain: &str, key: &str) -> String {
    wechatpay_v2::testing::encrypt_req_info(plain.as_bytes(), &ApiKey::new(key))
}

#[test]
fn notification_errors_name_no_secret() {
    trace();
    let key = ApiKey::new(DEFAULT_API_KEY);
    let fields = [
        ("return_code", "SUCCESS"),
        ("appid", "wx2421b1c4370ec43b"),
        ("mch_id", "10000100"),
        ("nonce_str", "5d2b6c2a8db53831f7eda20af46e531c"),
        ("result_code", "SUCCESS"),
    ];
    // Signed with another key: a sign mismatch.
    let err =
        notify::parse::<transaction_success::Notification>(&notification(&fields, WRONG_KEY), &key)
            .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Signature {
                problem: SignatureProblem::Mismatch,
                ..
            }
        ),
        "{err:?}"
    );
    assert_error_clean("a notification signature error", &err);
    // Signed with the key, but missing fields: a decode error.
    let err = notify::parse::<transaction_success::Notification>(
        &notification(&fields, DEFAULT_API_KEY),
        &key,
    )
    .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_error_clean("a notification decode error", &err);
    // A refund notification encrypted under another key, and one that is not base64.
    for (what, req_info) in [
        (
            "another key",
            encrypt_req_info("<root><refund_id>1</refund_id></root>", WRONG_KEY),
        ),
        ("not base64", "%%%".to_owned()),
        (
            "not a document",
            encrypt_req_info("refund_id=1", DEFAULT_API_KEY),
        ),
    ] {
        let mut body = Vec::new();
        wechatpay_v2_protocol::xml::write_document(
            &mut body,
            [
                ("return_code", "SUCCESS"),
                ("appid", "wx2421b1c4370ec43b"),
                ("mch_id", "10000100"),
                ("req_info", req_info.as_str()),
            ],
        );
        let err = notify::parse_refund::<
            refund_processed::Notification,
            refund_processed::RefundInfo,
        >(&body, &key)
        .unwrap_err();
        assert!(matches!(err, Error::Decrypt { .. }), "{what}: {err:?}");
        assert_error_clean(&format!("a decrypt error ({what})"), &err);
    }
}

#[tokio::test]
async fn the_trace_of_calls_holds_no_secret() {
    let captured = trace();
    let mock = tls_mock();
    // Bodies traced too (redacted): still no secret.
    let api = with_p12(&mock, DEFAULT_API_KEY)
        .retry_queries(1, Duration::from_millis(1))
        .trace_bodies(true)
        .build()
        .unwrap();
    api.v2()
        .pay()
        .orderquery()
        .post(query("T-TRACE-1"))
        .await
        .unwrap();
    for fault in [Fault::Http500, Fault::TamperedSign, Fault::BusinessFail] {
        mock.set_fault_for(fault, 1);
        let _ = api.v2().pay().orderquery().post(query("T-TRACE-2")).await;
    }
    let wrong = with_pem(&mock, WRONG_KEY)
        .trace_bodies(true)
        .build()
        .unwrap();
    let _ = wrong.v2().pay().orderquery().post(query("T-TRACE-3")).await;
    let _ = api
        .chain("v2/pay/orderquery")
        .post_fields(BTreeMap::from([(
            "out_trade_no".to_owned(),
            "T-TRACE-4".to_owned(),
        )]))
        .await
        .unwrap();
    let _ = std::io::stdout().flush();

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("wechatpay_v2.call"), "{text}");
    assert!(text.contains("outcome=Protocol"), "{text}");
    assert!(text.contains("outcome=Signature"), "{text}");
    assert!(
        text.contains("request body body=") && text.contains("response body status=200 body="),
        "{text}"
    );
    assert_clean("the trace", &text);
}

/// A wrong sign of the right length is refused the same way whichever position differs: the
/// comparison does not stop at the first difference in any way the result shows. Timing is not
/// measured (see the module docs).
#[test]
fn a_wrong_sign_is_refused_the_same_way_at_every_position() {
    trace();
    let key = ApiKey::new(DEFAULT_API_KEY);
    let fields = [
        ("appid", "wxd930ea5d5a258f4f"),
        ("mch_id", "10000100"),
        ("nonce_str", "ibuaiVcKdpRxkhJA"),
    ];
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let good = sign::sign_unsorted(fields, &key, sign_type).to_string();
        let with = |s: &str| {
            let mut v = fields.to_vec();
            v.push(("sign", s));
            sign::verify(v, &key, sign_type)
        };
        assert_eq!(with(&good), Ok(()));
        for at in 0..good.len() {
            for replacement in ['0', 'F', 'a'] {
                let mut wrong: Vec<char> = good.chars().collect();
                if wrong[at] == replacement {
                    continue;
                }
                wrong[at] = replacement;
                let wrong: String = wrong.into_iter().collect();
                assert_eq!(
                    with(&wrong),
                    Err(SignatureProblem::Mismatch),
                    "{sign_type}, position {at}"
                );
            }
        }
        // Every byte different: the same refusal.
        let inverted: String = good
            .chars()
            .map(|c| if c == '0' { '1' } else { '0' })
            .collect();
        assert_eq!(with(&inverted), Err(SignatureProblem::Mismatch));
        // A length that is neither algorithm's is a plain mismatch, not a different path.
        assert_eq!(
            with(&good[..good.len() - 1]),
            Err(SignatureProblem::Mismatch)
        );
        assert_eq!(with(&format!("{good}0")), Err(SignatureProblem::Mismatch));
    }
}

/// Removes all whitespace, so that checks on the source do not depend on formatting.
fn squash(source: &str) -> String {
    source.chars().filter(|c| !c.is_whitespace()).collect()
}

/// How secrets are held and compared, checked in the source of the core crate (memory cannot
/// be inspected without `unsafe`; see the module docs for what is not covered).
#[test]
fn how_secrets_are_held_is_checked_in_the_source() {
    let sign_rs = squash(include_str!("../crates/wechatpay-v2-protocol/src/sign.rs"));
    let tls_rs = squash(include_str!("../crates/wechatpay-v2-core/src/tls.rs"));
    let notify_rs = squash(include_str!(
        "../crates/wechatpay-v2-protocol/src/notify.rs"
    ));
    let protocol_rs = squash(include_str!("../crates/wechatpay-v2-protocol/src/call.rs"));
    let settings_rs = squash(include_str!("../crates/wechatpay-v2-core/src/settings.rs"));

    // The APIv2 key is a `Zeroizing<String>`, with a redacting `Debug` and no `Display`.
    assert!(
        sign_rs.contains("pubstructApiKey{key:Zeroizing<String>,"),
        "sign.rs: ApiKey must hold the key in zeroize::Zeroizing"
    );
    // Its keyed HMAC state is wiped on drop by sha2's `zeroize` feature.
    assert!(sign_rs.contains("hmac:hmac::Hmac<Sha256>,}"));
    let core_toml = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/wechatpay-v2-protocol/Cargo.toml"
    ))
    .expect("read the protocol manifest")
    .replace(' ', "");
    assert!(
        core_toml.contains(r#"sha2={workspace=true,features=["zeroize"]}"#),
        "the keyed HMAC state in ApiKey relies on sha2's zeroize feature"
    );
    assert!(sign_rs.contains(r#"f.write_str("ApiKey(<redacted>)")"#));
    assert!(!sign_rs.contains("implfmt::DisplayforApiKey"));
    // The client holds the key only as an `ApiKey`.
    assert!(
        settings_rs.contains("pub(crate)key:ApiKey,"),
        "settings.rs: Config.key"
    );
    // The `req_info` key and its digest are zeroized.
    assert!(
        notify_rs.contains("->Zeroizing<[u8;32]>"),
        "notify.rs: req_info_key"
    );
    assert!(notify_rs.contains("letdigest=Zeroizing::new("));

    // PEM and p12 material passes through `Zeroizing` buffers.
    for buffer in ["letkey=Zeroizing::new(", "letkey_pem=Zeroizing::new("] {
        assert!(
            tls_rs.contains(buffer),
            "tls.rs: `{buffer}` (key material in a Zeroizing buffer)"
        );
    }
    assert!(tls_rs.contains(r#"f.write_str("ClientIdentity(<redacted>)")"#));

    // Sign comparison is constant-time (`subtle`, eight bytes at a time), and both response
    // handling and notification parsing go through `sign::verify`.
    assert!(sign_rs.contains("usesubtle::ConstantTimeEq;"));
    assert!(
        sign_rs.contains("same_in_constant_time(computed.as_str().as_bytes(),received.as_bytes())")
    );
    assert!(sign_rs.contains("letmutsame=a_rest.ct_eq(b_rest);"));
    assert!(sign_rs.contains("same&=u64::from_ne_bytes(*x).ct_eq(&u64::from_ne_bytes(*y));"));
    assert!(protocol_rs.contains("sign::verify("));
    assert!(notify_rs.contains("sign::verify("));
}
