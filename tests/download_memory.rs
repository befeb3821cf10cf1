//! A 50 MB bill streams through with small peak memory. This test binary records the peak of
//! live heap bytes (the client's and the in-process mock's) with `peak_alloc`.

use std::time::Duration;

use peak_alloc::PeakAlloc;
use wechatpay_v2::Client;
use wechatpay_v2::download::Gzip;
use wechatpay_v2::v2::pay::downloadbill::{Request, TarType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

const BILL: u64 = 50 * 1024 * 1024;
const ALLOWED_PEAK_GROWTH: usize = 8 * 1024 * 1024;

#[tokio::test(flavor = "current_thread")]
async fn a_50_mb_bill_streams_with_a_small_peak() {
    let mock = MockServer::start(
        MockConfig {
            bill_bytes: BILL,
            ..MockConfig::default()
        },
        0,
    )
    .unwrap();
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    let request = |tar_type| {
        let mut request = Request::new("20261122");
        request.tar_type = tar_type;
        request
    };

    for (tar_type, gzip) in [(None, Gzip::Keep), (Some(TarType::Gzip), Gzip::Decode)] {
        let before = HEAP.current_usage();
        HEAP.reset_peak_usage();
        let done = api
            .v2()
            .pay()
            .downloadbill()
            .download(&request(tar_type), tokio::io::sink(), gzip)
            .await
            .unwrap();
        let growth = HEAP.peak_usage().saturating_sub(before);
        assert!(done.bytes >= BILL, "{done:?}");
        assert!(
            growth < ALLOWED_PEAK_GROWTH,
            "peak heap grew by {growth} bytes while streaming {} bytes",
            done.bytes
        );
        eprintln!(
            "streamed {} bytes (gzip: {}), peak heap growth {growth} bytes",
            done.bytes, done.gzip
        );
    }
}
