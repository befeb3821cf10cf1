//! A document of 200,000 distinct fields (3.8 MB, under the 4 MiB response limit) read through
//! every reader: response handling typed and untyped, the fast path and the strict general
//! reader, nested fields among them, and notifications with raised limits. Each finds every field
//! and refuses a duplicate, however far it is from the first; the time each takes is linear in
//! the document (`cargo bench -p wechatpay-v2-bench -- many_fields`, BENCHMARKS.md).

use std::collections::BTreeMap;

use wechatpay_v2::meta::{Message, ResponseFormat};
use wechatpay_v2::v2::secapi::mch::submchmanage;
use wechatpay_v2::v2::vehicle::pay::notification;
use wechatpay_v2::{ApiKey, Error, RawResponse, SignType, notify};
use wechatpay_v2_protocol as protocol;
use wechatpay_v2_protocol::endpoint::NoFields;
use wechatpay_v2_protocol::{sign, xml};

const KEY: &str = "0123456789abcdef0123456789abcdef";
const MANY: usize = 200_000;
const LIMIT: usize = 4 * 1024 * 1024;

/// The envelope and the seed endpoint's required answer fields.
const BASE: [(&str, &str); 5] = [
    ("return_code", "SUCCESS"),
    ("result_code", "SUCCESS"),
    ("appid", "wxd678efh567hg6787"),
    ("mch_id", "1900000109"),
    ("user_state", "NORMAL"),
];

fn name(i: usize) -> String {
    format!("f{i}")
}

/// `<xml>`, `prefix`, the base fields, `f0`..`f{MANY-1}` = `v`, `extra` (raw markup), then the
/// MD5 `sign` over every field (`signed_extra` lists the fields `extra` adds, for the sign).
fn document(prefix: &str, extra: &str, signed_extra: &[(&str, &str)]) -> Vec<u8> {
    let names: Vec<String> = (0..MANY).map(name).collect();
    let fields = BASE
        .iter()
        .copied()
        .chain(names.iter().map(|n| (n.as_str(), "v")))
        .chain(signed_extra.iter().copied());
    let sign = sign::sign_unsorted(fields, &ApiKey::new(KEY), SignType::Md5);
    let mut body = format!("<xml>{prefix}");
    for (k, v) in BASE {
        body.push_str(&format!("<{k}>{v}</{k}>"));
    }
    for n in &names {
        body.push_str(&format!("<{n}>v</{n}>"));
    }
    body.push_str(extra);
    body.push_str(&format!("<sign>{sign}</sign></xml>"));
    body.into_bytes()
}

fn raw(body: Vec<u8>) -> RawResponse {
    assert!(body.len() < LIMIT, "{} bytes", body.len());
    RawResponse {
        status: 200,
        body: body.into(),
    }
}

fn untyped(
    raw: &RawResponse,
    response: &[wechatpay_v2::meta::FieldMeta],
    signed: bool,
) -> wechatpay_v2::Result<BTreeMap<String, String>> {
    protocol::decode_fields(
        raw,
        &ApiKey::new(KEY),
        SignType::Md5,
        signed,
        ResponseFormat::Xml,
        response,
    )
}

fn assert_every_field(fields: &BTreeMap<String, String>) {
    assert_eq!(fields.len(), MANY + BASE.len() + 1);
    assert!((0..MANY).all(|i| fields[&name(i)] == "v"));
}

fn assert_twice(result: wechatpay_v2::Result<impl std::fmt::Debug>, field: &str) {
    match result {
        Err(Error::Decode { reason, .. }) => {
            assert_eq!(reason, format!("field `{field}` appears twice"));
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn a_response_of_200000_fields_reads_whole_by_both_readers() {
    // The fast path reads this shape; a comment sends it to the general reader.
    for prefix in ["", "<!-- to the general reader -->"] {
        let raw = raw(document(prefix, "", &[]));
        assert_eq!(
            xml::parse_document(&raw.body, "xml").unwrap().len(),
            MANY + BASE.len() + 1
        );
        assert_every_field(&untyped(&raw, &[], true).unwrap());

        let typed = protocol::decode_response::<notification::Request>(
            &raw,
            &ApiKey::new(KEY),
            SignType::Md5,
        )
        .unwrap();
        assert_eq!(typed.user_state, notification::UserState::Normal);
        assert_eq!(typed.other_fields.len(), MANY);
        assert_eq!(typed.other_fields[&name(MANY - 1)], "v");
    }
}

#[test]
fn a_duplicate_is_found_however_far_from_the_first() {
    for prefix in ["", "<!-- to the general reader -->"] {
        for (extra, again) in [
            ("<f0>w</f0>", "f0"),
            ("<return_code>SUCCESS</return_code>", "return_code"),
        ] {
            let raw = raw(document(prefix, extra, &[]));
            assert_twice(untyped(&raw, &[], true), again);
            assert_twice(
                notify::parse_with::<NoFields>(&raw.body, &ApiKey::new(KEY), raised()),
                again,
            );
        }
    }
}

/// A nested field declared by the endpoint, given three times among the many: its occurrences
/// are kept together, in document order.
#[test]
fn nested_fields_among_many_are_gathered() {
    let item = |id: &str| format!("<mchinfo><mch_id>{id}</mch_id></mchinfo>");
    let markup = format!("{}{}{}", item("1"), item("2"), item("3"));
    let raw = raw(document("", &markup, &[]));
    let fields = untyped(&raw, submchmanage::Response::FIELDS, false).unwrap();
    assert_eq!(fields["mchinfo"], markup);
    assert_eq!(fields.len(), MANY + BASE.len() + 2);
}

fn raised() -> notify::Limits {
    notify::Limits::DEFAULT.max_body_bytes(8 * 1024 * 1024)
}

#[test]
fn a_notification_of_200000_fields_reads_with_raised_limits() {
    let body = document("", "", &[]);
    // Refused under the default limit, read whole under a raised one.
    assert!(matches!(
        notify::parse::<notification::Response>(&body, &ApiKey::new(KEY)),
        Err(Error::Decode { .. })
    ));
    let read =
        notify::parse_with::<notification::Response>(&body, &ApiKey::new(KEY), raised()).unwrap();
    assert_eq!(read.mch_id, "1900000109");
    assert_eq!(read.other_fields.len(), MANY);
    assert!((0..MANY).all(|i| read.other_fields[&name(i)] == "v"));
}

/// Other shapes an attacker could inflate to the size limit, each read in one pass: one field
/// with 100,000 attributes (ignored, as the general reader ignores attributes), one name of a
/// million bytes, one value split into 100,000 CDATA sections, and 100,000 character references.
#[test]
fn other_inflated_shapes_read_in_one_pass() {
    let read = |body: String| -> Result<Vec<(String, String)>, xml::XmlError> {
        assert!(body.len() < LIMIT, "{} bytes", body.len());
        Ok(xml::parse_document(body.as_bytes(), "xml")?
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect())
    };
    let attributes: String = (0..100_000).map(|i| format!(" a{i}=\"1\"")).collect();
    let fields = read(format!("<xml><f{attributes}>v</f></xml>")).unwrap();
    assert_eq!(fields, [("f".to_owned(), "v".to_owned())]);

    let long = "n".repeat(1_000_000);
    let fields = read(format!("<xml><{long}>v</{long}></xml>")).unwrap();
    assert_eq!(fields[0].0.len(), 1_000_000);

    let sections = "<![CDATA[ab]]>".repeat(100_000);
    let fields = read(format!("<xml><f>{sections}</f></xml>")).unwrap();
    assert_eq!(fields[0].1.len(), 200_000);

    let references = "&#97;".repeat(100_000);
    let fields = read(format!("<xml><f>{references}</f></xml>")).unwrap();
    assert_eq!(fields[0].1, "a".repeat(100_000));
}
