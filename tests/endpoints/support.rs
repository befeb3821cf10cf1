//! The one check every endpoint goes through: its request from the spec's example values,
//! signed with a fixed nonce and snapshot; then the same request through the mock gateway,
//! typed on both sides.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use wechatpay_v2::download::Gzip;
use wechatpay_v2::meta::Method;
use wechatpay_v2::upload::Media;
use wechatpay_v2::{ApiRequest, Client};
use wechatpay_v2_mock::{MockConfig, MockServer};
use wechatpay_v2_protocol::endpoint::EndpointKind;

#[path = "../support/mod.rs"]
mod shared;

const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
/// The merchant the examples are filled in for; the mock gateway knows this one.
pub(crate) const MCH_ID: &str = wechatpay_v2_mock::DEFAULT_MCH_ID;
pub(crate) const APPID: &str = "wx8888888888888888";
const SUB_MCH_ID: &str = "1900000100";
const SUB_APPID: &str = "wx9999999999999999";

/// One mock gateway for the whole test binary, on 127.0.0.1, on its own runtime thread; it
/// stops when the binary exits.
pub(crate) fn mock() -> &'static MockServer {
    static MOCK: OnceLock<MockServer> = OnceLock::new();
    MOCK.get_or_init(|| {
        let config = MockConfig {
            // Each endpoint is checked on its own, with the spec's example numbers: queries,
            // closes and refunds of orders this mock never saw. With flows on it would answer
            // them `ORDERNOTEXIST` as the gateway does; the plausible answer is what is checked.
            flows: false,
            ..MockConfig::default()
        };
        MockServer::start(config, 0).expect("start the mock")
    })
}

/// A client certificate for the certificate endpoints (the plain-HTTP mock cannot check it,
/// but the client refuses to send without one).
fn client_cert() -> &'static (String, String) {
    static CERT: OnceLock<(String, String)> = OnceLock::new();
    CERT.get_or_init(|| {
        let key = rcgen::KeyPair::generate().expect("key");
        let cert = rcgen::CertificateParams::new(vec!["merchant".to_owned()])
            .expect("params")
            .self_signed(&key)
            .expect("certificate");
        (cert.pem(), key.serialize_pem())
    })
}

/// A client for the example merchant; with `base_url`, every host is the mock gateway, and the
/// sandbox endpoints are signed with the sandbox key the mock hands out.
pub(crate) fn client(base_url: Option<String>) -> Client {
    let (cert, key) = client_cert();
    let mut builder = Client::builder()
        .mch_id(MCH_ID)
        .api_key(wechatpay_v2_mock::DEFAULT_API_KEY)
        .appid(APPID)
        .sub_mch_id(SUB_MCH_ID)
        .sub_appid(SUB_APPID)
        .client_cert_pem(cert, key);
    if let Some(url) = base_url {
        builder = builder.all_hosts(url).sandbox();
    }
    builder.build().expect("client")
}

/// Runs a future to completion on a runtime of its own.
pub(crate) fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

/// The snapshot name of an endpoint: its path with `/` as `__`.
fn snapshot_name(path: &str) -> String {
    path.replace('/', "__")
}

/// Checks the `sign` of a set of fields with the tests' own signer.
fn assert_signed(fields: &BTreeMap<String, String>, shown: &str) {
    let hmac = fields.get("sign_type").is_some_and(|t| t == "HMAC-SHA256");
    let expected = shared::reference_sign_with(fields, wechatpay_v2_mock::DEFAULT_API_KEY, hmac);
    assert_eq!(fields.get("sign"), Some(&expected), "{shown}");
}

/// Snapshots the signed request and checks its sign with the tests' own signer, then sends it
/// to the mock gateway, which checks it as the real gateway would, and decodes the typed answer.
///
/// What is snapshot: the XML body of a `POST` (with a fixed nonce); the signed URL of a
/// `signed_url` endpoint; the query string of a `GET` call as the gateway received it (these
/// carry no nonce, so they are deterministic); for an upload, [`upload_case`] with
/// [`sample_media`].
pub(crate) fn endpoint_case<R: ApiRequest + Clone + Send + 'static>(request: &R)
where
    R::Response: Send,
{
    let meta = R::ENDPOINT;
    let name = snapshot_name(meta.path);
    match (meta.kind, meta.method) {
        (EndpointKind::Upload, _) => upload_case(request, sample_media()),
        (EndpointKind::SignedUrl { .. } | EndpointKind::Url { .. }, _) => {
            let url = client(None).url(request).expect("signed URL");
            let query = url.split_once('?').map_or("", |(_, q)| q);
            let query = query.split_once('#').map_or(query, |(q, _)| q);
            if let EndpointKind::Url { .. } = meta.kind {
                assert!(!form_fields(query).contains_key("sign"), "{url}");
            } else {
                assert_signed(&form_fields(query), &url);
            }
            insta::assert_snapshot!(name, url);
            round_trip(request.clone());
        }
        (_, Method::Get) => {
            let query = round_trip(request.clone());
            assert_signed(&form_fields(&query), &query);
            insta::assert_snapshot!(name, query);
        }
        _ => {
            let body = client(None).sign_with_nonce(request, NONCE).expect("sign");
            let xml = String::from_utf8(body.xml).expect("UTF-8");
            assert_signed(&shared::parse_flat(&xml), &xml);
            // Fields that go in the URL of a `POST` are shown above the body.
            let xml = if body.query.is_empty() {
                xml
            } else {
                format!("?{}\n{xml}", body.query)
            };
            insta::assert_snapshot!(name, xml);
            round_trip(request.clone());
        }
    }
}

fn form_fields(query: &str) -> BTreeMap<String, String> {
    reqwest::Url::parse(&format!("http://127.0.0.1/?{query}"))
        .expect("a query string")
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Sends the request to the mock gateway and checks that it was accepted and its typed answer
/// decoded; returns the request as the gateway received it (body, or query string of a `GET`).
fn round_trip<R: ApiRequest + Send + 'static>(request: R) -> String
where
    R::Response: Send,
{
    let meta = R::ENDPOINT;
    let mock = mock();
    let api = client(Some(mock.base_url()));
    let before = mock.requests().len();
    block_on(async {
        match meta.kind {
            EndpointKind::Call => {
                let response = api.post(request).await;
                assert!(response.is_ok(), "{}: {:?}", meta.path, response.err());
            }
            EndpointKind::Download => {
                let mut bill = Vec::new();
                let done = api.download(&request, &mut bill, Gzip::Decode).await;
                assert!(done.is_ok(), "{}: {:?}", meta.path, done.err());
                assert!(!bill.is_empty(), "{}: empty bill", meta.path);
            }
            EndpointKind::SignedUrl { .. } | EndpointKind::Url { .. } => {
                // A browser would open it: the mock checks its query like the real gateway.
                let url = api.url(&request).expect("signed URL");
                assert_eq!(meta.method, Method::Get);
                let answer = plain_http()
                    .get(url)
                    .send()
                    .await
                    .expect("the mock answers");
                assert_eq!(answer.status(), 200, "{}", meta.path);
            }
            _ => unreachable!("a kind this harness does not know: {:?}", meta.kind),
        }
    });
    let requests = mock.requests();
    let seen = requests
        .iter()
        .skip(before)
        .find(|r| r.path == format!("/{}", meta.wire_path))
        .unwrap_or_else(|| panic!("{}: the mock saw no request", meta.path));
    assert_eq!(seen.rejected, None, "{}", meta.path);
    seen.body.clone()
}

/// A small PNG-like file: the PNG signature, then the start of an `IHDR` chunk for a 1×1 image.
pub(crate) fn sample_media() -> Media {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(b"\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89");
    Media::new("id-card-front.png", "image/png", bytes)
}

/// The lower-case hex MD5 of a file, computed here independently of the SDK.
pub(crate) fn reference_md5(bytes: &[u8]) -> String {
    use md5::Digest;
    md5::Md5::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The upload form of the harness: the signed text parts (uploads carry no nonce, so they are
/// deterministic) snapshot in the order they are sent, their sign checked by the tests' own
/// signer and `media_hash` by their own MD5; then the upload through the mock gateway, which
/// checks the form as the real gateway would (sign over the text parts, the file present, its
/// hash), and the typed answer decoded. The mock must have received exactly the text parts
/// snapshot, and the file.
pub(crate) fn upload_case<R: ApiRequest + Clone + Send + 'static>(request: &R, media: Media)
where
    R::Response: Send,
{
    let meta = R::ENDPOINT;
    assert_eq!(meta.kind, EndpointKind::Upload, "{}", meta.path);
    let form = client(None)
        .sign_upload(request, &media)
        .expect("the text parts are signed");
    let fields: BTreeMap<String, String> = form.fields.iter().cloned().collect();
    let mut shown = String::from("POST multipart/form-data\n");
    for (name, value) in &form.fields {
        shown.push_str(&format!("{name}={value}\n"));
    }
    shown.push_str(&format!(
        "media: {} ({}, {} bytes), not signed",
        media.file_name(),
        media.content_type(),
        media.len()
    ));
    assert_eq!(form.fields.last().map(|(k, _)| k.as_str()), Some("sign"));
    assert!(!fields.contains_key("nonce_str"), "{shown}");
    assert_signed(&fields, &shown);
    if meta.request.iter().any(|m| m.name == "media_hash") {
        assert_eq!(
            fields.get("media_hash"),
            Some(&reference_md5(media.bytes())),
            "{shown}"
        );
    }
    insta::assert_snapshot!(snapshot_name(meta.path), shown);

    let mock = mock();
    let api = client(Some(mock.base_url()));
    let before = mock.requests().len();
    let answer = block_on(api.upload(request, media.clone()));
    assert!(answer.is_ok(), "{}: {:?}", meta.path, answer.err());
    let requests = mock.requests();
    let seen = requests
        .iter()
        .skip(before)
        .find(|r| r.path == format!("/{}", meta.wire_path))
        .unwrap_or_else(|| panic!("{}: the mock saw no request", meta.path));
    assert_eq!(seen.rejected, None, "{}", meta.path);
    let sent: Vec<(String, String)> = form_fields_in_order(&seen.body);
    assert_eq!(
        sent, form.fields,
        "{}: the text parts as received",
        meta.path
    );
    let file = seen.media.as_ref().expect("the mock saw the file");
    assert_eq!(file.file_name, media.file_name());
    assert_eq!(file.content_type, media.content_type());
    assert_eq!(file.len, media.len());
    assert_eq!(file.md5, reference_md5(media.bytes()));
}

/// The pairs of a form-encoded string, in order.
pub(crate) fn form_fields_in_order(text: &str) -> Vec<(String, String)> {
    reqwest::Url::parse(&format!("http://127.0.0.1/?{text}"))
        .expect("a query string")
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The fields of an XML answer, read by the tests' own reader.
pub(crate) fn parse_answer(body: &str) -> BTreeMap<String, String> {
    shared::parse_flat(body)
}

/// The sign of a set of fields with the mock's key, by the tests' own signer (HMAC-SHA256 when
/// `sign_type` says so).
pub(crate) fn reference_sign(fields: &BTreeMap<String, String>) -> String {
    shared::reference_sign(fields, wechatpay_v2_mock::DEFAULT_API_KEY)
}

/// A plain reqwest client for the plain-HTTP mock.
pub(crate) fn plain_http() -> reqwest::Client {
    shared::plain_http()
}
