//! Property tests (proptest) of the XML writer and reader, the sign, and a typed request's
//! round trip:
//!
//! - any map of field names to strings survives `xml::write_document` then
//!   `xml::parse_document`;
//! - the sign does not depend on the order of the fields (both algorithms), and an untyped
//!   request built by `protocol::sign_fields` verifies over the fields read back from its
//!   document;
//! - values made of `]]>`, `<`, `&`, quotes and any Unicode round-trip, through the XML alone
//!   and through a typed request (encode, sign, write, read, verify, decode).
//!
//! # Carriage returns
//! Values may hold CRs (`\r`). XML's end-of-line handling (XML 1.0 §2.11) turns CR LF and a
//! lone CR into LF in text and CDATA alike, so the writer carries a CR as `&#13;`; these
//! properties check it comes back exactly (`tests/fuzz_regressions.rs` pins the case the xml
//! fuzz target found).
//!
//! Cases are capped (see [`config`]) so the file runs in a few seconds in debug builds. Failures
//! are not persisted to files: proptest prints the minimal failing input and its seed.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::Config;
use wechatpay_v2::meta::Message;
use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingScene, Request, Scene, SceneInfo, TradeScene,
};
use wechatpay_v2::{ApiKey, SignType, SignatureProblem};
use wechatpay_v2_protocol::field::FieldReader;
use wechatpay_v2_protocol::{self as protocol, Signer};
use wechatpay_v2_protocol::{sign, xml};

const KEY: &str = "0123456789abcdef0123456789abcdef";
const MCH_ID: &str = "1900000109";
const APPID: &str = "wxd678efh567hg6787";

fn config() -> Config {
    Config {
        cases: 192,
        failure_persistence: None,
        ..Config::default()
    }
}

fn key() -> ApiKey {
    ApiKey::new(KEY)
}

fn signer(key: &ApiKey) -> Signer<'_> {
    Signer {
        mch_id: MCH_ID,
        appid: Some(APPID),
        sub_mch_id: None,
        sub_appid: None,
        key,
    }
}

/// Field names as WeChat Pay documents use them.
fn name() -> impl Strategy<Value = String> {
    "[a-z_][a-z0-9_]{0,20}"
}

/// A character XML 1.0 can carry (CR included: see the module docs).
fn xml_char() -> impl Strategy<Value = char> {
    any::<char>().prop_filter("XML cannot carry it", |&c| {
        xml::check_value(c.encode_utf8(&mut [0; 4])).is_ok()
    })
}

/// Strings made of the pieces that are hard for XML (`]]>`, markup characters, quotes, the
/// CDATA brackets on their own, whitespace) and of any other character.
fn tricky_string(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => xml_char().prop_map(String::from),
        1 => Just("]]>".to_owned()),
        1 => Just("<".to_owned()),
        1 => Just("&".to_owned()),
        1 => Just("'".to_owned()),
        1 => Just("\"".to_owned()),
        1 => Just(">".to_owned()),
        1 => Just("]".to_owned()),
        1 => Just("<![CDATA[".to_owned()),
        1 => Just("&amp;".to_owned()),
        1 => Just("\t\n ".to_owned()),
        1 => "[a-zA-Z0-9]{1,8}",
    ];
    prop::collection::vec(piece, 0..max_pieces).prop_map(|pieces| pieces.concat())
}

/// Any string of characters XML can carry.
fn any_xml_string() -> impl Strategy<Value = String> {
    prop::collection::vec(xml_char(), 0..40).prop_map(|chars| chars.into_iter().collect())
}

fn short_value() -> impl Strategy<Value = String> {
    prop_oneof![tricky_string(2), Just(String::new())]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![tricky_string(12), any_xml_string()]
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

fn write(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<u8> {
    let pairs: Vec<(String, String)> = pairs.into_iter().collect();
    let mut out = Vec::new();
    xml::write_document(
        &mut out,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    out
}

fn read(doc: &[u8]) -> Vec<(String, String)> {
    match xml::parse_document(doc, "xml") {
        Ok(pairs) => pairs
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
        Err(e) => panic!("{e}: {:?}", String::from_utf8_lossy(doc)),
    }
}

proptest! {
    #![proptest_config(config())]

    /// (a) Any map of valid names to strings XML can carry reads back as written, in order.
    #[test]
    fn any_map_survives_write_then_parse(
        map in prop::collection::btree_map(name(), value(), 0..16)
    ) {
        let doc = write(map.clone());
        let back = read(&doc);
        let expected: Vec<(String, String)> = map.into_iter().collect();
        prop_assert_eq!(back, expected);
    }

    /// (b) An untyped request signed by `protocol::sign_fields` verifies over the fields read
    /// back from its document, with the algorithm it names; changing any signed value breaks it.
    #[test]
    fn an_untyped_signed_request_verifies_over_its_written_fields(
        map in prop::collection::btree_map(
            name().prop_filter("framework fields are drawn apart", |n| {
                !matches!(
                    n.as_str(),
                    "sign" | "sign_type" | "nonce_str" | "mch_id" | "mchid" | "combine_mch_id"
                )
            }),
            value(),
            0..16,
        ),
        sign_type in prop_oneof![Just(None), Just(Some(SignType::Md5)), Just(Some(SignType::HmacSha256))],
        with_merchant in any::<bool>(),
        nonce in prop_oneof![Just(None), Just(Some("fixedNonce0123456789"))],
    ) {
        let key = key();
        let mut map: BTreeMap<String, String> = map;
        if let Some(sign_type) = sign_type {
            map.insert("sign_type".into(), sign_type.as_str().into());
        }
        if with_merchant {
            map.insert("mch_id".into(), MCH_ID.into());
        }
        let body = protocol::sign_fields(&map, None, signer(&key), nonce).unwrap();
        prop_assert_eq!(body.sign_type, sign_type.unwrap_or_default());

        let back = read(&body.xml);
        let fields = || back.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        prop_assert_eq!(sign::verify(fields(), &key, body.sign_type), Ok(()));
        let sign = back.iter().find(|(k, _)| k == "sign").map(|(_, v)| v.as_str());
        prop_assert_eq!(sign, Some(body.sign.as_str()));

        // Every field given is sent as given (empty ones are left out, as the protocol skips
        // them); `nonce_str` and `sign` are added.
        map.retain(|_, v| !v.is_empty());
        let mut sent: BTreeMap<String, String> = back.iter().cloned().collect();
        prop_assert!(sent.remove("sign").is_some());
        let sent_nonce = sent.remove("nonce_str").unwrap_or_default();
        prop_assert!(!sent_nonce.is_empty());
        if let Some(nonce) = nonce {
            prop_assert_eq!(sent_nonce.as_str(), nonce);
        }
        prop_assert_eq!(&sent, &map);

        // Any signed value changed: the sign no longer matches.
        for (name, _) in back.iter().filter(|(k, _)| k != "sign") {
            let changed: Vec<(&str, String)> = back
                .iter()
                .map(|(k, v)| (k.as_str(), if k == name { format!("{v}x") } else { v.clone() }))
                .collect();
            prop_assert_eq!(
                sign::verify(
                    changed.iter().map(|(k, v)| (*k, v.as_str())),
                    &key,
                    body.sign_type
                ),
                Err(SignatureProblem::Mismatch),
                "{} changed", name
            );
        }
    }

    /// (c) Values made only of the hard pieces and any Unicode round-trip, alone and among
    /// other fields.
    #[test]
    fn tricky_values_round_trip(
        value in tricky_string(24),
        other in any_xml_string(),
    ) {
        let single = vec![("v".to_owned(), value.clone())];
        prop_assert_eq!(read(&write(single.clone())), single);
        let several = vec![
            ("a".to_owned(), other.clone()),
            ("v".to_owned(), value.clone()),
            ("z".to_owned(), format!("{value}]]>{other}")),
        ];
        prop_assert_eq!(read(&write(several.clone())), several);
    }

    /// (c) Through a typed request: a `version` made of the hard pieces (written as an XML
    /// value) and a plate number of any Unicode, control characters included (carried inside
    /// the JSON of `scene_info`, which escapes them), are encoded, signed, written, read back,
    /// verified and decoded to the same request.
    #[test]
    fn tricky_values_round_trip_through_a_typed_request(
        version in tricky_string(8).prop_filter_map("version is required", |v| {
            let v: String = v.chars().take(16).collect();
            (!v.is_empty()).then_some(v)
        }),
        plate in prop::collection::vec(
            any::<char>().prop_filter("non-characters are refused in XML", |c| {
                !matches!(c, '\u{FFFE}' | '\u{FFFF}')
            }),
            1..32,
        ).prop_map(|chars| chars.into_iter().collect::<String>()),
        parking_name in tricky_string(6),
        sign_type in prop_oneof![Just(SignType::Md5), Just(SignType::HmacSha256)],
    ) {
        let key = key();
        let scene = ParkingScene::new(
            "20170826104339",
            plate,
            parking_name.chars().take(32).collect::<String>(),
            "1200",
        );
        let request = Request::new(
            sign_type,
            version,
            TradeScene::Parking,
            SceneInfo::new(Scene::Parking(scene)),
        )
        .appid(APPID)
        .mch_id(MCH_ID);
        let body = protocol::sign_request(&request, signer(&key), Some("n0nce")).unwrap();
        prop_assert_eq!(body.sign_type, sign_type);

        let pairs = xml::parse_document(&body.xml, "xml").unwrap();
        prop_assert_eq!(
            sign::verify(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())), &key, sign_type),
            Ok(())
        );
        let mut reader = FieldReader::new(pairs);
        reader.discard(&["nonce_str", "sign"]);
        let decoded = Request::decode(&mut reader).unwrap();
        prop_assert!(reader.take_rest().is_empty());
        prop_assert_eq!(decoded, request);
    }
}

proptest! {
    // Up to 60 fields a case: fewer cases keep the generation time in line with the others.
    #![proptest_config(Config { cases: 64, ..config() })]

    /// (b) The sign is the same for every order of the same fields, with both algorithms, and
    /// the same as over the fields sorted.
    #[test]
    fn the_sign_does_not_depend_on_field_order(
        // Past 48 fields `sign_unsorted` sorts in a `Vec` instead of on the stack: both paths.
        // Short values keep the generation cheap; their content does not matter here.
        (fields, shuffled) in prop::collection::btree_map(name(), short_value(), 0..60)
            .prop_flat_map(|map| {
                let fields: Vec<(String, String)> = map.into_iter().collect();
                (Just(fields.clone()), Just(fields).prop_shuffle())
            })
    ) {
        let key = key();
        for sign_type in [SignType::Md5, SignType::HmacSha256] {
            let sorted = sign::sign_sorted(pairs(&fields), &key, sign_type);
            prop_assert_eq!(sign::sign_unsorted(pairs(&fields), &key, sign_type), sorted);
            prop_assert_eq!(sign::sign_unsorted(pairs(&shuffled), &key, sign_type), sorted);
            let mut reversed = pairs(&shuffled);
            reversed.reverse();
            prop_assert_eq!(sign::sign_unsorted(reversed, &key, sign_type), sorted);
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// Red-packet receipts (nested elements) holding the hard pieces and any Unicode are
    /// encoded to markup, written in a document, read back and decoded to the same receipts.
    #[test]
    fn nested_receipts_round_trip(
        openids in prop::collection::vec(tricky_string(6), 0..4),
        amount in any::<u32>(),
    ) {
        use wechatpay_v2_protocol::field::FieldWriter;
        use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo::{Receipt, Response};
        let receipts: Vec<Receipt> = openids
            .into_iter()
            .map(|openid| Receipt {
                openid: if openid.is_empty() { "o".to_owned() } else { openid },
                amount: u64::from(amount),
                rcv_time: "2016-08-08 21:49:46".to_owned(),
            })
            .collect();
        let mut out = FieldWriter::default();
        let mut writer_input = FieldReader::new(vec![
            ("mch_billno".into(), "1".into()),
            ("mch_id".into(), MCH_ID.into()),
            ("detail_id".into(), "2".into()),
            ("status".into(), "RECEIVED".into()),
            ("send_type".into(), "API".into()),
            ("hb_type".into(), "GROUP".into()),
            ("total_num".into(), "1".into()),
            ("total_amount".into(), "1".into()),
            ("send_time".into(), "t".into()),
        ]);
        let mut response = Response::decode(&mut writer_input).unwrap();
        response.hblist = receipts.clone();
        response.encode(&mut out).unwrap();
        let map = out.into_map();
        let nested = |name: &str| name == "hblist";
        let mut doc = Vec::new();
        xml::write_document_with(&mut doc, map.iter().map(|(k, v)| (k.as_str(), v.as_str())), nested);
        let pairs = xml::parse_document_with(&doc, "xml", nested).unwrap();
        let again = Response::decode(&mut FieldReader::new(pairs)).unwrap();
        prop_assert_eq!(again.hblist, receipts);
    }

    /// Any text spliced into the markup of a nested field is read or refused with a reason:
    /// never a panic, and a refusal is a decode error.
    #[test]
    fn hostile_text_inside_nested_markup_never_panics(
        splice in any_xml_string(),
        at in 0usize..120,
    ) {
        use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo;
        let markup = "<hblist><hbinfo><openid>o</openid><amount>1</amount><rcv_time>t</rcv_time></hbinfo></hblist>";
        let mut at = at.min(markup.len());
        while !markup.is_char_boundary(at) {
            at -= 1;
        }
        let body = format!(
            "<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code><mch_billno>1</mch_billno><mch_id>2</mch_id><detail_id>3</detail_id><status>SENT</status><send_type>API</send_type><hb_type>NORMAL</hb_type><total_num>1</total_num><total_amount>1</total_amount><send_time>t</send_time>{}{splice}{}</xml>",
            &markup[..at],
            &markup[at..]
        );
        let raw = wechatpay_v2::RawResponse { status: 200, body: body.into_bytes().into() };
        match protocol::decode_response::<gethbinfo::Request>(&raw, &key(), SignType::Md5) {
            Ok(_) => {}
            Err(e) => prop_assert!(matches!(e, wechatpay_v2::Error::Decode { .. }), "{e:?}"),
        }
    }
}
