//! `v2/secapi/mch/uploadmedia`, the upload endpoint (图片上传): the harness case, and what the
//! upload kind promises: the hash computed when left out, a wrong hash and an oversized file
//! refused before sending, the certificate required, every call style, and the mock gateway
//! checking the form as the real one does.

use std::collections::BTreeMap;

use wechatpay_v2::upload::{MAX_MEDIA_BYTES, Media};
use wechatpay_v2::v2::secapi::mch::uploadmedia::{Request, Response};
use wechatpay_v2::{Client, Error, SignType};
use wechatpay_v2_mock::{MockConfig, MockServer};

use crate::support::{self, reference_md5, sample_media};

const PATH: &str = "v2/secapi/mch/uploadmedia";

fn request() -> Request {
    Request::default()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A mock of its own, so that "nothing was sent" is not disturbed by other tests.
fn own_mock() -> MockServer {
    MockServer::start(MockConfig::default(), 0).expect("the mock starts")
}

#[test]
fn uploadmedia() {
    // `endpoint_case` hands an upload to `upload_case`, with the sample file.
    support::endpoint_case(&request());
}

#[test]
fn hmac_sha256_uploads_are_signed_and_verified_with_hmac() {
    let request = request().sign_type(SignType::HmacSha256);
    let media = sample_media();
    let form = support::client(None)
        .sign_upload(&request, &media)
        .expect("signed");
    assert_eq!(form.sign_type, SignType::HmacSha256);
    assert_eq!(form.sign.as_str().len(), 64);
    let mock = support::mock();
    let api = support::client(Some(mock.base_url()));
    let answer = runtime().block_on(api.upload(request, media));
    assert!(answer.is_ok(), "{answer:?}");
}

#[test]
fn the_hash_is_computed_when_left_out_and_a_correct_one_is_kept() {
    let media = sample_media();
    let api = support::client(None);
    let computed = api.sign_upload(&request(), &media).expect("signed");
    let fields: BTreeMap<_, _> = computed.fields.iter().cloned().collect();
    assert_eq!(fields["media_hash"], reference_md5(media.bytes()));
    assert_eq!(media.md5_hex(), reference_md5(media.bytes()));

    let given = request().media_hash(reference_md5(media.bytes()));
    assert_eq!(api.sign_upload(&given, &media).expect("signed"), computed);
}

#[test]
fn a_wrong_hash_is_refused_before_sending() {
    let mock = own_mock();
    let api = support::client(Some(mock.base_url()));
    let media = sample_media();
    for wrong in [
        "00000000000000000000000000000000".to_owned(),
        // The right digest in upper case: the gateway wants lower case.
        reference_md5(media.bytes()).to_uppercase(),
    ] {
        let request = request().media_hash(wrong.clone());
        let err = runtime()
            .block_on(api.upload(request, media.clone()))
            .expect_err("a wrong hash is refused");
        match &err {
            Error::InvalidField { field, rule } => {
                assert_eq!(field, "media_hash");
                assert!(rule.contains(&wrong), "{rule}");
            }
            other => panic!("expected InvalidField, got {other:?}"),
        }
    }
    assert!(mock.requests().is_empty(), "nothing was sent");
}

#[test]
fn media_over_2_mib_is_refused_before_sending_and_2_mib_goes_through() {
    let mock = own_mock();
    let api = support::client(Some(mock.base_url()));
    let over = Media::new("big.png", "image/png", vec![0x42u8; MAX_MEDIA_BYTES + 1]);
    let err = runtime()
        .block_on(api.upload(request(), over))
        .expect_err("over the limit");
    match &err {
        Error::InvalidField { field, rule } => {
            assert_eq!(field, "media");
            assert!(rule.contains(&(MAX_MEDIA_BYTES + 1).to_string()), "{rule}");
        }
        other => panic!("expected InvalidField, got {other:?}"),
    }
    let empty = Media::new("empty.png", "image/png", Vec::new());
    let err = runtime().block_on(api.upload(request(), empty));
    assert!(
        matches!(&err, Err(Error::InvalidField { field, .. }) if field == "media"),
        "{err:?}"
    );
    assert!(mock.requests().is_empty(), "nothing was sent");

    let at_limit = Media::new("big.png", "image/png", vec![0x42u8; MAX_MEDIA_BYTES]);
    let answer = runtime().block_on(api.upload(request(), at_limit));
    assert!(answer.is_ok(), "{answer:?}");
    let seen = mock.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].media.as_ref().map(|m| m.len), Some(MAX_MEDIA_BYTES));
}

#[test]
fn a_missing_client_certificate_is_refused_before_sending() {
    let mock = own_mock();
    let api = Client::builder()
        .mch_id(wechatpay_v2_mock::DEFAULT_MCH_ID)
        .api_key(wechatpay_v2_mock::DEFAULT_API_KEY)
        .all_hosts(mock.base_url())
        .build()
        .expect("client");
    let err = runtime()
        .block_on(api.upload(request(), sample_media()))
        .expect_err("no certificate");
    assert!(
        matches!(&err, Error::CertificateRequired { path } if path == PATH),
        "{err:?}"
    );
    assert!(mock.requests().is_empty(), "nothing was sent");
}

#[test]
fn a_request_for_another_endpoint_kind_is_not_uploaded() {
    // `post` refuses an upload endpoint, and `upload` a call.
    let api = support::client(Some(support::mock().base_url()));
    let err = runtime()
        .block_on(api.post(request()))
        .expect_err("not a call");
    assert!(err.to_string().contains("upload"), "{err}");
    let err = runtime()
        .block_on(api.chain(PATH).post_fields(BTreeMap::new()))
        .expect_err("not a call");
    assert!(err.to_string().contains("upload_fields"), "{err}");
    let query = wechatpay_v2::v2::pay::orderquery::Request::by_out_trade_no("T1");
    let err = runtime()
        .block_on(api.upload(query, sample_media()))
        .expect_err("not an upload");
    assert!(err.to_string().contains("not an upload endpoint"), "{err}");
}

#[test]
fn every_call_style_uploads() {
    let mock = support::mock();
    let api = support::client(Some(mock.base_url()));
    let media = sample_media();
    let expected_id = |answer: &Response| {
        assert!(answer.media_id.starts_with("H1"), "{answer:?}");
        assert!(answer.media_id.ends_with(&reference_md5(media.bytes())));
    };
    let rt = runtime();
    let chained = rt
        .block_on(
            api.v2()
                .secapi()
                .mch()
                .uploadmedia()
                .upload(request(), media.clone()),
        )
        .expect("chained");
    expected_id(&chained);
    // By reference, as `post` also takes it.
    let declarative = rt
        .block_on(api.chain(PATH).upload(&request(), media.clone()))
        .expect("declarative");
    assert_eq!(declarative.media_id, chained.media_id);
    let index = rt
        .block_on(api[PATH].upload(request(), media.clone()))
        .expect("index");
    assert_eq!(index.media_id, chained.media_id);

    let untyped = rt
        .block_on(
            api.chain(PATH)
                .exchange_upload(BTreeMap::new(), media.clone()),
        )
        .expect("untyped");
    assert_eq!(untyped.fields["media_id"], chained.media_id);
    let sent = support::form_fields_in_order(&String::from_utf8_lossy(&untyped.request.body));
    let names: Vec<&str> = sent.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["mch_id", "media_hash", "sign"]);

    drop(rt);
    let (cert, key) = support_cert();
    let blocking = wechatpay_v2::blocking::Client::builder()
        .mch_id(wechatpay_v2_mock::DEFAULT_MCH_ID)
        .api_key(wechatpay_v2_mock::DEFAULT_API_KEY)
        .client_cert_pem(cert, key)
        .all_hosts(mock.base_url())
        .build()
        .expect("blocking client");
    let answer = blocking
        .v2()
        .secapi()
        .mch()
        .uploadmedia()
        .upload(&request(), media.clone())
        .expect("blocking chained, by reference");
    assert_eq!(answer.media_id, chained.media_id);
    let answer = blocking
        .chain(PATH)
        .upload_fields(BTreeMap::new(), media)
        .expect("blocking untyped");
    assert_eq!(answer["media_id"], chained.media_id);
}

/// A throwaway client certificate for a client built here.
fn support_cert() -> (String, String) {
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = rcgen::CertificateParams::new(vec!["merchant".to_owned()])
        .expect("params")
        .self_signed(&key)
        .expect("certificate");
    (cert.pem(), key.serialize_pem())
}

/// Posts a hand-made form to the mock and returns its `return_msg` (FAIL expected).
fn post_form(mock: &MockServer, form: reqwest::multipart::Form) -> String {
    let url = format!("{}secapi/mch/uploadmedia", mock.base_url());
    let body = runtime().block_on(async {
        crate::support::plain_http()
            .post(url)
            .multipart(form)
            .send()
            .await
            .expect("the mock answers")
            .text()
            .await
            .expect("a body")
    });
    let fields = crate::support::parse_answer(&body);
    assert_eq!(fields["return_code"], "FAIL", "{body}");
    fields["return_msg"].clone()
}

/// The form the SDK would send for the sample file, as (name, value) text parts.
fn signed_parts() -> Vec<(String, String)> {
    support::client(None)
        .sign_upload(&request(), &sample_media())
        .expect("signed")
        .fields
}

fn form_of(parts: &[(String, String)], media: Option<&Media>) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in parts {
        form = form.text(name.clone(), value.clone());
    }
    if let Some(media) = media {
        let part = reqwest::multipart::Part::bytes(media.bytes().to_vec())
            .file_name(media.file_name().to_owned())
            .mime_str(media.content_type())
            .expect("a MIME type");
        form = form.part("media", part);
    }
    form
}

#[test]
fn the_mock_rejects_a_tampered_sign_and_logs_the_text_parts_only() {
    let mock = own_mock();
    let media = sample_media();
    let mut parts = signed_parts();
    let sign = &mut parts.last_mut().expect("sign").1;
    *sign = sign.chars().rev().collect();
    let msg = post_form(&mock, form_of(&parts, Some(&media)));
    assert!(msg.contains("sign"), "{msg}");

    let seen = mock.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].rejected.as_deref(), Some(msg.as_str()));
    assert_eq!(support::form_fields_in_order(&seen[0].body), parts);
    let file = seen[0].media.as_ref().expect("the file is described");
    assert_eq!(file.len, media.len());
    assert!(
        !seen[0].body.contains("PNG") && !seen[0].body.contains("IHDR"),
        "the log keeps no bytes of the file: {:?}",
        seen[0].body
    );
}

#[test]
fn the_mock_checks_the_file_like_the_gateway() {
    let mock = own_mock();
    let media = sample_media();
    let parts = signed_parts();

    let msg = post_form(&mock, form_of(&parts, None));
    assert!(msg.contains("missing media"), "{msg}");

    // The text parts signed for the sample, another file: the hash gives it away.
    let other = Media::new("other.png", "image/png", b"\x89PNG\r\n\x1a\nother".to_vec());
    let msg = post_form(&mock, form_of(&parts, Some(&other)));
    assert!(msg.contains("media_hash"), "{msg}");

    let gif = Media::new("a.gif", "image/gif", media.bytes().clone());
    let msg = post_form(&mock, form_of(&parts, Some(&gif)));
    assert!(msg.contains("content-type"), "{msg}");

    // A required text part left out (the sign recomputed, so only the rule is broken).
    let without_hash: Vec<(String, String)> = {
        let mut fields: BTreeMap<String, String> = parts
            .iter()
            .filter(|(k, _)| k != "media_hash" && k != "sign")
            .cloned()
            .collect();
        let sign = crate::support::reference_sign(&fields);
        fields.insert("sign".into(), sign);
        fields.into_iter().collect()
    };
    let msg = post_form(&mock, form_of(&without_hash, Some(&media)));
    assert!(msg.contains("media_hash"), "{msg}");

    // Not multipart at all.
    let url = format!("{}secapi/mch/uploadmedia", mock.base_url());
    let body = runtime().block_on(async {
        crate::support::plain_http()
            .post(url)
            .body("<xml><mch_id>1900000109</mch_id></xml>")
            .send()
            .await
            .expect("the mock answers")
            .text()
            .await
            .expect("a body")
    });
    assert!(body.contains("multipart/form-data"), "{body}");
    assert!(
        mock.requests().iter().all(|r| r.rejected.is_some()),
        "{:?}",
        mock.requests()
    );
}
