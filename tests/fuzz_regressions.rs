//! What the fuzz targets (`fuzz/`, see FUZZING.md) found, as regression tests with the
//! minimised inputs as byte literals; and the seed corpus replayed through the targets' checks,
//! so that plain `cargo test` (stable, no cargo-fuzz) covers it too.
//!
//! # Found: a carriage return does not survive `xml::write_document`
//! The `xml` target, 2026-11-23, minimised by `cargo fuzz tmin` to 57 bytes:
//! `<root><out_refund_no><![CDATA[\r]]></out_refund_no></root>`. The reader keeps CDATA content
//! as written, so the value is `"\r"`; `write_document` writes a value without markup
//! characters as plain text, and XML end-of-line handling (XML 1.0 §2.11), which the reader
//! applies to text, reads a CR there as LF. The same happens to any request value holding a CR
//! (`body`, `attach`, `detail`...): the SDK signs the CR, any conforming XML parser (the
//! gateway's) reads LF, and the sign does not match. The fix belongs in
//! `crates/wechatpay-v2-protocol/src/xml/write.rs` (`write_value`): write a value that holds a CR as
//! escaped text with the CR as `&#13;` (and `&`, `<`, `>` as `&amp;`, `&lt;`, `&gt;`), not as
//! plain text or CDATA, since a conforming reader normalises line ends inside CDATA too.
//! Until then, the two tests below fail.

use std::borrow::Cow;
use std::collections::BTreeMap;

use wechatpay_v2::notifications::{refund_processed, transaction_success, vehicle_state_changed};
use wechatpay_v2::v2::pay::{orderquery, refundquery};
use wechatpay_v2::{ApiKey, Error, RawResponse, SignType, notify};
use wechatpay_v2_protocol::{self as protocol, Signer};
use wechatpay_v2_protocol::{sign, xml};

/// The fixed key of the fuzz targets and their seeds.
const KEY: &str = "0123456789abcdef0123456789abcdef";

/// Owned pairs of a reading.
fn read(doc: &[u8], root: &str) -> Result<Vec<(String, String)>, xml::XmlError> {
    xml::parse_document(doc, root).map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    })
}

/// The `xml` target's check: what the reader accepts is writable, and reads back the same.
fn assert_round_trip(input: &[u8], root: &str) {
    let Ok(pairs) = read(input, root) else {
        return;
    };
    for (name, value) in &pairs {
        assert!(xml::check_name(name).is_ok(), "{name:?}");
        assert!(xml::check_value(value).is_ok(), "{value:?}");
    }
    let mut written = Vec::new();
    xml::write_document(
        &mut written,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    assert_eq!(
        read(&written, "xml").as_ref(),
        Ok(&pairs),
        "written as {:?}",
        String::from_utf8_lossy(&written)
    );
}

/// Found by the `xml` target (see the module docs): a CR read from CDATA is written back as
/// plain text and read as LF.
#[test]
fn xml_a_carriage_return_from_cdata_survives_write_then_parse() {
    let input: &[u8] = b"<root><out_refund_no><![CDATA[\r]]></out_refund_no></root>";
    assert_eq!(
        read(input, "root").unwrap(),
        [("out_refund_no".to_owned(), "\r".to_owned())]
    );
    assert_round_trip(input, "root");
    // The same value from a character reference, and a CR LF pair.
    assert_round_trip(b"<xml><a>x&#13;y</a></xml>", "xml");
    assert_round_trip(b"<xml><a><![CDATA[line 1\r\nline 2]]></a></xml>", "xml");
}

/// The same bug seen from a request: a value holding a CR is signed over the CR, but a
/// conforming reader of the written document sees LF, so the sign does not verify there.
#[test]
fn a_request_value_with_a_carriage_return_verifies_over_the_written_document() {
    let key = ApiKey::new(KEY);
    let signer = Signer {
        mch_id: "1900000109",
        appid: Some("wxd678efh567hg6787"),
        sub_mch_id: None,
        sub_appid: None,
        key: &key,
    };
    for value in ["line 1\r\nline 2", "line 1\rline 2", "<b>\r\n</b>"] {
        let map = BTreeMap::from([("attach".to_owned(), value.to_owned())]);
        let body = protocol::sign_fields(&map, None, signer, Some("n")).unwrap();
        let pairs = xml::parse_document(&body.xml, "xml").unwrap();
        let attach = pairs.iter().find(|(k, _)| k == "attach").map(|(_, v)| v);
        assert_eq!(attach.map(Cow::as_ref), Some(value), "attach read back");
        assert_eq!(
            sign::verify(
                pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())),
                &key,
                body.sign_type
            ),
            Ok(()),
            "{value:?} written as {:?}",
            String::from_utf8_lossy(&body.xml)
        );
    }
}

/// Every committed seed of one target.
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/fuzz/corpus/{target}", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            (path.display().to_string(), data)
        })
        .collect();
    out.sort();
    assert!(out.len() >= 5, "{dir} holds {} seeds", out.len());
    out
}

/// The `xml` target's seeds through its check.
#[test]
fn xml_seeds_round_trip() {
    for (_, data) in seeds("xml") {
        for root in ["xml", "root"] {
            // The known CR issue aside (tested above); no seed holds a CR in a value.
            assert_round_trip(&data, root);
        }
    }
}

/// The `response` target's seeds: the signed ones decode, the others are refused with the
/// error their seed is about, and every error keeps the body as received.
#[test]
fn response_seeds_decode_or_are_refused_as_expected() {
    let key = ApiKey::new(KEY);
    for (name, data) in seeds("response") {
        let raw = RawResponse {
            status: 200,
            body: data.clone().into(),
        };
        let refunds = protocol::decode_response::<refundquery::Request>(&raw, &key, SignType::Md5);
        let orders = protocol::decode_response::<orderquery::Request>(&raw, &key, SignType::Md5);
        for err in [refunds.as_ref().err(), orders.as_ref().err()]
            .into_iter()
            .flatten()
        {
            assert_eq!(err.raw_response().unwrap().body, data, "{name}");
        }
        let file = name.rsplit('/').next().unwrap();
        match file {
            "refundquery_md5.xml" => {
                let response = refunds.unwrap();
                assert_eq!(response.refunds.len(), 2);
                assert_eq!(response.refunds[1].coupons.len(), 2);
            }
            "refundquery_hmac_sha256.xml" => {
                let hmac = protocol::decode_response::<refundquery::Request>(
                    &raw,
                    &key,
                    SignType::HmacSha256,
                );
                assert_eq!(hmac.unwrap().refunds.len(), 2);
                assert!(
                    matches!(refunds, Err(Error::Signature { .. })),
                    "{refunds:?}"
                );
            }
            "orderquery_md5_plain_text.xml" => {
                assert_eq!(orders.unwrap().coupons.len(), 2);
            }
            "fail.xml" => assert!(
                matches!(refunds, Err(Error::Protocol { .. })),
                "{refunds:?}"
            ),
            "business_fail.xml" => {
                assert!(
                    matches!(refunds, Err(Error::Business { .. })),
                    "{refunds:?}"
                )
            }
            "doctype_entities.xml" => {
                assert!(
                    matches!(&refunds, Err(Error::Decode { reason, .. }) if reason.contains("DOCTYPE")),
                    "{refunds:?}"
                )
            }
            _ => {}
        }
    }
}

/// The `notification` target's seeds: the signed ones parse, the refund decrypts, the
/// plaintext `<root>` seed decodes, the hostile ones are refused.
#[test]
fn notification_seeds_parse_or_are_refused_as_expected() {
    let key = ApiKey::new(KEY);
    for (name, data) in seeds("notification") {
        let paid = notify::parse::<transaction_success::Notification>(&data, &key);
        let vehicle = notify::parse::<vehicle_state_changed::Notification>(&data, &key);
        let refund = notify::parse_refund::<
            refund_processed::Notification,
            refund_processed::RefundInfo,
        >(&data, &key);
        let file = name.rsplit('/').next().unwrap();
        match file {
            "payment_md5.xml" | "payment_hmac_sha256.xml" => {
                assert_eq!(paid.unwrap().coupons.len(), 2, "{file}")
            }
            "vehicle_state_changed.xml" => assert_eq!(vehicle.unwrap().plate_number, "粤B888888"),
            "refund_req_info.xml" => {
                let (_, info) = refund.unwrap();
                assert_eq!(info.refund_id, "50000408942018111907145868882");
            }
            "refund_root_plaintext.xml" => {
                let pairs = xml::parse_document(&data, "root").unwrap();
                let mut reader = wechatpay_v2_protocol::field::FieldReader::new(pairs);
                let info = <refund_processed::RefundInfo as wechatpay_v2::meta::Message>::decode(
                    &mut reader,
                )
                .unwrap();
                assert_eq!(info.total_fee, 3960);
            }
            "fail.xml" => assert!(matches!(paid, Err(Error::Protocol { .. })), "{paid:?}"),
            "doctype_entities.xml" => {
                assert!(matches!(paid, Err(Error::Decode { .. })), "{paid:?}")
            }
            _ => {}
        }
    }
}

/// The `bill` target's seeds through its check: the same outcome whole and byte by byte, and
/// the outcome each seed is there for.
#[test]
fn bill_seeds_read_alike_however_split() {
    use wechatpay_v2::bill::{BillError, BillParser, BillRecord, FundFlowRecord, TradeRecord};

    fn read<T: BillRecord + std::fmt::Debug>(
        chunks: &[&[u8]],
    ) -> (usize, Result<String, BillError>) {
        let mut parser = BillParser::<T>::new();
        let mut rows = 0;
        for chunk in chunks {
            for item in parser.feed(chunk) {
                if item.is_ok() {
                    rows += 1;
                }
            }
        }
        (rows, parser.finish().map(|s| format!("{s:?}")))
    }
    for (file, data) in seeds("bill") {
        let bytes: Vec<&[u8]> = data.chunks(1).collect();
        let name = file.rsplit('/').next().unwrap();
        if name.starts_with("fund_flow") {
            let whole = read::<FundFlowRecord>(&[&data]);
            assert_eq!(whole, read::<FundFlowRecord>(&bytes), "{file}");
            assert_eq!(whole.0, 2, "{file}");
            assert!(whole.1.is_ok(), "{file}: {whole:?}");
            continue;
        }
        let whole = read::<TradeRecord>(&[&data]);
        assert_eq!(whole, read::<TradeRecord>(&bytes), "{file}");
        match name {
            "trade_success.csv" | "trade_unknown_column.csv" => {
                assert_eq!(whole.0, 1, "{file}");
                assert!(whole.1.is_ok(), "{file}: {whole:?}");
            }
            "trade_tampered_summary.csv" => assert!(
                matches!(&whole.1, Err(e) if e.to_string().contains("应结订单总金额")),
                "{file}: {whole:?}"
            ),
            "header_only.csv" => {
                assert!(
                    matches!(whole.1, Err(BillError::MissingSummary)),
                    "{file}: {whole:?}"
                )
            }
            other => panic!("a seed without an expected outcome: {other}"),
        }
    }
}
