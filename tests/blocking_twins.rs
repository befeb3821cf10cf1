//! The client's own shortcuts, async and blocking: the same URL for a browser, the same bill
//! downloaded, the same endpoint URL and merchant id, from the two surfaces.

use wechatpay_v2::download::Gzip;
use wechatpay_v2::v2::papay::entrustweb;
use wechatpay_v2::v2::pay::downloadbill::{self, BillType};
use wechatpay_v2::{ApiRequest, Client, ClientBuilder, blocking};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

fn builder(mock: &MockServer) -> ClientBuilder<wechatpay_v2::Apis> {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .all_hosts(mock.base_url())
}

fn contract() -> entrustweb::Request {
    entrustweb::Request::new(
        12535u32,
        "100000",
        1000u64,
        "test",
        "https://example.com/n",
        entrustweb::Version::V1_0,
        "1414488825",
    )
}

fn bill() -> downloadbill::Request {
    downloadbill::Request::new("20261122").bill_type(BillType::All)
}

#[test]
fn url_download_endpoint_url_and_mch_id_have_blocking_twins() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = builder(&mock).build().unwrap();
    let blocking_api: blocking::Client = builder(&mock).build_blocking().unwrap();

    let url = blocking_api.url(&contract()).unwrap();
    assert_eq!(url, api.url(&contract()).unwrap());
    assert!(
        url.starts_with(&format!("{}papay/entrustweb?", mock.base_url())),
        "{url}"
    );
    assert!(url.ends_with("#wechat_redirect"), "{url}");

    let mut blocking_bill = Vec::new();
    let done = blocking_api
        .download(&bill(), &mut blocking_bill, Gzip::Decode)
        .unwrap();
    assert_eq!(done.bytes as usize, blocking_bill.len());
    let mut async_bill = Vec::new();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(api.download(&bill(), &mut async_bill, Gzip::Decode))
        .unwrap();
    assert_eq!(blocking_bill, async_bill);
    assert!(blocking_bill.starts_with("交易时间".as_bytes()));

    let meta = downloadbill::Request::ENDPOINT;
    assert_eq!(blocking_api.endpoint_url(meta), api.endpoint_url(meta));
    assert_eq!(
        blocking_api.endpoint_url(meta),
        format!("{}pay/downloadbill", mock.base_url())
    );
    assert_eq!(blocking_api.mch_id(), DEFAULT_MCH_ID);
    assert_eq!(api.mch_id(), DEFAULT_MCH_ID);
}
