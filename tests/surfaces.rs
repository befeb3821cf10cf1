//! The async and the blocking surface are generated from one table per kind of call
//! (`crates/wechatpay-v2-core/src/surface.rs`), so they cannot drift. This walks both: every
//! I/O method is called in both forms against the mock and must give the same answer; the
//! methods without I/O must give the same output; and the list walked here must be the list
//! the tables declare, so a method added to a table without being walked here fails.

use std::collections::BTreeMap;

use wechatpay_v2::bill::{BillError, TradeRecord};
use wechatpay_v2::download::Gzip;
use wechatpay_v2::upload::Media;
use wechatpay_v2::v2::billcommentsp::batchquerycomment;
use wechatpay_v2::v2::papay::entrustweb;
use wechatpay_v2::v2::pay::{downloadbill, orderquery};
use wechatpay_v2::v2::secapi::mch::uploadmedia;
use wechatpay_v2::{ApiRequest, Client, Exchange, blocking};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

/// Every I/O method of the tables, as `Type::method`; each is walked below.
const WALKED: &[&str] = &[
    "Client::post",
    "PathHandle::post",
    "PathHandle::post_fields",
    "PathHandle::exchange_fields",
    "CallHandle::post",
    "Client::download",
    "PathHandle::download_fields",
    "DownloadHandle::download",
    "Client::records",
    "PathHandle::records_fields",
    "DownloadHandle::records",
    "Client::comment_page",
    "PathHandle::comment_page_fields",
    "DownloadHandle::comment_page",
    "Client::upload",
    "PathHandle::upload",
    "PathHandle::upload_fields",
    "PathHandle::exchange_upload",
    "UploadHandle::upload",
];

const QUERY: &str = "v2/pay/orderquery";
const BILL: &str = "v2/pay/downloadbill";
const UPLOAD: &str = "v2/secapi/mch/uploadmedia";
const COMMENTS: &str = "v2/billcommentsp/batchquerycomment";

#[test]
fn the_walk_covers_every_io_method_of_the_tables() {
    let mut declared = wechatpay_v2_core::io_methods();
    declared.sort_unstable();
    let mut walked = WALKED.to_vec();
    walked.sort_unstable();
    assert_eq!(declared, walked);
}

/// Both clients, on one mock, with a client certificate (uploads need one).
fn clients(mock: &MockServer) -> (Client, blocking::Client) {
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = rcgen::CertificateParams::new(vec!["merchant".to_owned()])
        .expect("params")
        .self_signed(&key)
        .expect("certificate");
    let (cert, key) = (cert.pem(), key.serialize_pem());
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .client_cert_pem(&cert, &key)
        .all_hosts(mock.base_url())
        .build()
        .expect("async client");
    let blocking = blocking::Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .client_cert_pem(&cert, &key)
        .all_hosts(mock.base_url())
        .build()
        .expect("blocking client");
    (api, blocking)
}

/// A `records` function that keeps the rows in `records`.
fn rows(
    records: &mut Vec<TradeRecord>,
) -> impl FnMut(TradeRecord) -> wechatpay_v2::Result<()> + Send + '_ {
    move |r| {
        records.push(r);
        Ok(())
    }
}

fn query() -> orderquery::Request {
    orderquery::Request::by_out_trade_no("T1")
}

fn query_fields() -> BTreeMap<String, String> {
    BTreeMap::from([("out_trade_no".to_owned(), "T1".to_owned())])
}

fn bill() -> downloadbill::Request {
    downloadbill::Request::new("20261122").bill_type(downloadbill::BillType::All)
}

fn comments() -> batchquerycomment::Request {
    batchquerycomment::Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "20261122000000",
        "20261123000000",
        0u64,
    )
}

fn comment_fields() -> BTreeMap<String, String> {
    BTreeMap::from([
        ("sign_type".to_owned(), "HMAC-SHA256".to_owned()),
        ("begin_time".to_owned(), "20261122000000".to_owned()),
        ("end_time".to_owned(), "20261123000000".to_owned()),
        ("offset".to_owned(), "0".to_owned()),
    ])
}

fn bill_fields() -> BTreeMap<String, String> {
    BTreeMap::from([
        ("bill_date".to_owned(), "20261122".to_owned()),
        ("bill_type".to_owned(), "ALL".to_owned()),
    ])
}

fn upload() -> uploadmedia::Request {
    uploadmedia::Request::default()
}

fn media() -> Media {
    Media::new(
        "receipt.jpg",
        "image/jpeg",
        b"\xff\xd8\xff\xe0 a tiny jpeg".to_vec(),
    )
}

/// An answer without what changes from call to call (`nonce_str`, `sign`).
fn stable(mut fields: BTreeMap<String, String>) -> BTreeMap<String, String> {
    fields.remove("nonce_str");
    fields.remove("sign");
    fields
}

/// What an exchange shows that does not change from call to call.
fn stable_exchange(exchange: Exchange) -> (String, String, BTreeMap<String, String>) {
    (
        exchange.request.method.as_str().to_owned(),
        exchange.request.url,
        stable(exchange.fields),
    )
}

#[test]
fn every_io_method_gives_the_same_answer_on_both_surfaces() {
    // Flows off: it queries orders it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .expect("mock");
    let (api, sync) = clients(&mock);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");

    // Calls.
    let answer = rt.block_on(api.post(&query())).expect("Client::post");
    assert_eq!(answer, sync.post(&query()).expect("Client::post, blocking"));
    assert_eq!(answer.out_trade_no, "T1");
    assert_eq!(
        rt.block_on(api.chain(QUERY).post(query()))
            .expect("PathHandle::post"),
        sync.chain(QUERY)
            .post(query())
            .expect("PathHandle::post, blocking")
    );
    assert_eq!(
        rt.block_on(api.v2().pay().orderquery().post(query()))
            .expect("CallHandle::post"),
        sync.v2()
            .pay()
            .orderquery()
            .post(query())
            .expect("CallHandle::post, blocking")
    );
    let fields = rt
        .block_on(api.chain(QUERY).post_fields(query_fields()))
        .expect("PathHandle::post_fields");
    assert_eq!(fields["return_code"], "SUCCESS");
    assert_eq!(
        stable(fields),
        stable(
            sync.chain(QUERY)
                .post_fields(query_fields())
                .expect("PathHandle::post_fields, blocking")
        )
    );
    let exchange = rt
        .block_on(api[QUERY].exchange_fields(query_fields()))
        .expect("PathHandle::exchange_fields");
    assert!(String::from_utf8_lossy(&exchange.request.body).contains("<out_trade_no>T1<"));
    assert_eq!(
        stable_exchange(exchange),
        stable_exchange(
            sync[QUERY]
                .exchange_fields(query_fields())
                .expect("PathHandle::exchange_fields, blocking")
        )
    );

    // Downloads.
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let done = rt
        .block_on(api.download(&bill(), &mut a, Gzip::Decode))
        .expect("Client::download");
    assert_eq!(
        done,
        sync.download(&bill(), &mut b, Gzip::Decode)
            .expect("Client::download, blocking")
    );
    assert!(!a.is_empty());
    assert_eq!(a, b);
    let (mut c, mut d) = (Vec::new(), Vec::new());
    rt.block_on(
        api.chain(BILL)
            .download_fields(bill_fields(), &mut c, Gzip::Decode),
    )
    .expect("PathHandle::download_fields");
    sync.chain(BILL)
        .download_fields(bill_fields(), &mut d, Gzip::Decode)
        .expect("PathHandle::download_fields, blocking");
    assert_eq!((&c, &d), (&a, &a));
    let (mut e, mut f) = (Vec::new(), Vec::new());
    rt.block_on(
        api.v2()
            .pay()
            .downloadbill()
            .download(&bill(), &mut e, Gzip::Decode),
    )
    .expect("DownloadHandle::download");
    sync.v2()
        .pay()
        .downloadbill()
        .download(&bill(), &mut f, Gzip::Decode)
        .expect("DownloadHandle::download, blocking");
    assert_eq!((&e, &f), (&a, &a));

    // Downloads as records: this mock's bill has no summary, so every surface hands over the
    // same rows and then names the same error.
    let (mut g, mut h) = (Vec::new(), Vec::new());
    let err = rt
        .block_on(api.records(&bill(), rows(&mut g)))
        .expect_err("Client::records");
    let twin = sync
        .records(&bill(), rows(&mut h))
        .expect_err("Client::records, blocking");
    assert_eq!(err.to_string(), twin.to_string());
    assert!(matches!(
        err,
        wechatpay_v2::Error::Bill(BillError::MissingSummary)
    ));
    assert!(!g.is_empty());
    assert_eq!(g, h);
    let (mut i, mut j) = (Vec::new(), Vec::new());
    let err = rt
        .block_on(api.chain(BILL).records_fields(bill_fields(), rows(&mut i)))
        .expect_err("PathHandle::records_fields");
    let twin = sync
        .chain(BILL)
        .records_fields(bill_fields(), rows(&mut j))
        .expect_err("PathHandle::records_fields, blocking");
    assert_eq!(err.to_string(), twin.to_string());
    assert_eq!((&i, &j), (&g, &g));
    let (mut k, mut l) = (Vec::new(), Vec::new());
    let err = rt
        .block_on(api.v2().pay().downloadbill().records(&bill(), rows(&mut k)))
        .expect_err("DownloadHandle::records");
    let twin = sync
        .v2()
        .pay()
        .downloadbill()
        .records(&bill(), rows(&mut l))
        .expect_err("DownloadHandle::records, blocking");
    assert_eq!(err.to_string(), twin.to_string());
    assert_eq!((&k, &l), (&g, &g));

    // A page of comments: this mock answers with its trade bill, so both surfaces name the same
    // first line as not an offset.
    let err = rt
        .block_on(api.comment_page(&comments()))
        .expect_err("Client::comment_page");
    let twin = sync
        .comment_page(&comments())
        .expect_err("Client::comment_page, blocking");
    assert_eq!(err.to_string(), twin.to_string());
    assert!(matches!(
        err,
        wechatpay_v2::Error::Bill(BillError::BadCount { line: 1, .. })
    ));
    let err = rt
        .block_on(
            api.v2()
                .billcommentsp()
                .batchquerycomment()
                .comment_page(&comments()),
        )
        .expect_err("DownloadHandle::comment_page");
    let twin = sync
        .v2()
        .billcommentsp()
        .batchquerycomment()
        .comment_page(&comments())
        .expect_err("DownloadHandle::comment_page, blocking");
    assert_eq!(err.to_string(), twin.to_string());
    let err = rt
        .block_on(api.chain(COMMENTS).comment_page_fields(comment_fields()))
        .expect_err("PathHandle::comment_page_fields");
    let twin = sync
        .chain(COMMENTS)
        .comment_page_fields(comment_fields())
        .expect_err("PathHandle::comment_page_fields, blocking");
    assert_eq!(err.to_string(), twin.to_string());
    assert!(matches!(
        err,
        wechatpay_v2::Error::Bill(BillError::BadCount { line: 1, .. })
    ));

    // Uploads.
    let uploaded = rt
        .block_on(api.upload(upload(), media()))
        .expect("Client::upload");
    assert_eq!(
        uploaded,
        sync.upload(upload(), media())
            .expect("Client::upload, blocking")
    );
    assert_eq!(
        rt.block_on(api.chain(UPLOAD).upload(&upload(), media()))
            .expect("PathHandle::upload"),
        sync.chain(UPLOAD)
            .upload(&upload(), media())
            .expect("PathHandle::upload, blocking")
    );
    assert_eq!(
        rt.block_on(
            api.v2()
                .secapi()
                .mch()
                .uploadmedia()
                .upload(upload(), media())
        )
        .expect("UploadHandle::upload"),
        sync.v2()
            .secapi()
            .mch()
            .uploadmedia()
            .upload(upload(), media())
            .expect("UploadHandle::upload, blocking")
    );
    let fields = rt
        .block_on(api.chain(UPLOAD).upload_fields(BTreeMap::new(), media()))
        .expect("PathHandle::upload_fields");
    assert_eq!(fields["media_id"], uploaded.media_id);
    assert_eq!(
        stable(fields),
        stable(
            sync.chain(UPLOAD)
                .upload_fields(BTreeMap::new(), media())
                .expect("PathHandle::upload_fields, blocking")
        )
    );
    let exchange = rt
        .block_on(api[UPLOAD].exchange_upload(BTreeMap::new(), media()))
        .expect("PathHandle::exchange_upload");
    assert_eq!(
        stable_exchange(exchange),
        stable_exchange(
            sync[UPLOAD]
                .exchange_upload(BTreeMap::new(), media())
                .expect("PathHandle::exchange_upload, blocking")
        )
    );
}

#[test]
fn methods_without_io_give_the_same_output_on_both_surfaces() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("mock");
    let (api, sync) = clients(&mock);
    let contract = entrustweb::Request::new(
        12535u32,
        "100000",
        1000u64,
        "test",
        "https://example.com/n",
        entrustweb::Version::V1_0,
        "1414488825",
    );
    assert_eq!(api.url(&contract).unwrap(), sync.url(&contract).unwrap());
    assert_eq!(
        api.v2().papay().entrustweb().url(&contract).unwrap(),
        sync.v2().papay().entrustweb().url(&contract).unwrap()
    );
    let contract_fields = BTreeMap::from([
        ("plan_id".to_owned(), "12535".to_owned()),
        ("contract_code".to_owned(), "100000".to_owned()),
        ("request_serial".to_owned(), "1000".to_owned()),
        ("contract_display_account".to_owned(), "test".to_owned()),
        ("notify_url".to_owned(), "https://example.com/n".to_owned()),
        ("version".to_owned(), "1.0".to_owned()),
        ("timestamp".to_owned(), "1414488825".to_owned()),
    ]);
    let path = entrustweb::Request::ENDPOINT.path;
    assert_eq!(
        api.chain(path).url_fields(contract_fields.clone()).unwrap(),
        sync.chain(path).url_fields(contract_fields).unwrap()
    );
    assert_eq!(
        api.sign_with_nonce(&query(), "n0").unwrap(),
        sync.sign_with_nonce(&query(), "n0").unwrap()
    );
    assert_eq!(
        api.sign_upload(&upload(), &media()).unwrap(),
        sync.sign_upload(&upload(), &media()).unwrap()
    );
    let meta = orderquery::Request::ENDPOINT;
    assert_eq!(api.endpoint_url(meta), sync.endpoint_url(meta));
    assert_eq!(api.mch_id(), sync.mch_id());

    // A fresh nonce each time, from either surface; the same fields otherwise.
    let (a, b) = (api.sign(&query()).unwrap(), sync.sign(&query()).unwrap());
    assert_ne!(a.xml, b.xml, "each signing draws a fresh nonce");
    let strip = |xml: &[u8]| {
        let text = String::from_utf8_lossy(xml).into_owned();
        let cut = |t: &str, tag: &str| {
            let open = format!("<{tag}>");
            let close = format!("</{tag}>");
            match (t.find(&open), t.find(&close)) {
                (Some(s), Some(e)) => format!("{}{}", &t[..s], &t[e + close.len()..]),
                _ => t.to_owned(),
            }
        };
        cut(&cut(&text, "nonce_str"), "sign")
    };
    assert_eq!(strip(&a.xml), strip(&b.xml));
    let (c, d) = (
        api.chain(QUERY).sign_fields(&query_fields()).unwrap(),
        sync.chain(QUERY).sign_fields(&query_fields()).unwrap(),
    );
    assert_eq!(strip(&c.xml), strip(&d.xml));
    assert_eq!(
        strip(&a.xml),
        strip(&c.xml),
        "typed and untyped sign the same fields"
    );
}
