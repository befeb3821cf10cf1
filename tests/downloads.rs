//! Bill downloads through the mock gateway: CSV streamed into a writer, gzip kept or decoded on
//! the way, and an XML error document turned into the usual typed error.

use std::io::Read as _;
use std::time::Duration;

use wechatpay_v2::download::{Downloaded, Gzip};
use wechatpay_v2::v2::pay::downloadbill::{BillType, Request, TarType};
use wechatpay_v2::{Client, Error, blocking};
use wechatpay_v2_mock::bill::Bill;
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

fn mock(bill_bytes: u64) -> MockServer {
    MockServer::start(
        MockConfig {
            bill_bytes,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap()
}

fn client(mock: &MockServer, key: &str) -> Client {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(key)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn request(tar_type: Option<TarType>) -> Request {
    let mut request = Request::new("20261122").bill_type(BillType::All);
    request.tar_type = tar_type;
    request
}

/// The bill the mock serves, whole, for comparison.
fn expected_bill(bytes: u64) -> Vec<u8> {
    Bill::new(DEFAULT_MCH_ID, bytes).flatten().collect()
}

#[tokio::test]
async fn a_csv_bill_is_streamed_into_the_writer() {
    let mock = mock(300_000);
    let api = client(&mock, DEFAULT_API_KEY);
    let mut out = Vec::new();
    let done = api
        .v2()
        .pay()
        .downloadbill()
        .download(&request(None), &mut out, Gzip::Keep)
        .await
        .unwrap();
    let expected = expected_bill(300_000);
    assert_eq!(
        done,
        Downloaded {
            bytes: expected.len() as u64,
            gzip: false
        }
    );
    assert_eq!(out, expected);
    assert!(
        String::from_utf8(out)
            .unwrap()
            .starts_with("交易时间,公众账号ID,商户号")
    );
    assert_eq!(mock.requests()[0].path, "/pay/downloadbill");
}

#[tokio::test]
async fn a_gzip_bill_is_kept_or_decoded() {
    let mock = mock(200_000);
    let api = client(&mock, DEFAULT_API_KEY);
    let expected = expected_bill(200_000);

    let mut gz = Vec::new();
    let kept = api
        .v2()
        .pay()
        .downloadbill()
        .download(&request(Some(TarType::Gzip)), &mut gz, Gzip::Keep)
        .await
        .unwrap();
    assert!(kept.gzip);
    assert_eq!(&gz[..2], b"\x1f\x8b", "written as received");
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut plain)
        .unwrap();
    assert_eq!(plain, expected);

    let mut decoded = Vec::new();
    let done = api
        .v2()
        .pay()
        .downloadbill()
        .download(&request(Some(TarType::Gzip)), &mut decoded, Gzip::Decode)
        .await
        .unwrap();
    assert_eq!(
        done,
        Downloaded {
            bytes: expected.len() as u64,
            gzip: true
        }
    );
    assert_eq!(decoded, expected);
}

#[tokio::test]
async fn an_xml_error_document_is_the_usual_typed_error() {
    let mock = mock(10_000);
    let api = client(&mock, "ffffffffffffffffffffffffffffffff");
    let mut out = Vec::new();
    let err = api
        .v2()
        .pay()
        .downloadbill()
        .download(&request(None), &mut out, Gzip::Keep)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Protocol { return_msg, .. } if return_msg.starts_with("sign mismatch")),
        "{err:?}"
    );
    assert!(
        out.is_empty(),
        "nothing of an error document is written as a bill"
    );
}

#[test]
fn the_blocking_client_downloads_into_any_writer() {
    let mock = mock(100_000);
    let api = blocking::Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let path = std::env::temp_dir().join(format!("wechatpay-v2-bill-{}.csv", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    let done = api
        .v2()
        .pay()
        .downloadbill()
        .download(&request(None), file, Gzip::Keep)
        .unwrap();
    let written = std::fs::read(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    assert_eq!(done.bytes, written.len() as u64);
    assert_eq!(written, expected_bill(100_000));
}
