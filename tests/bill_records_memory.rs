//! A 50 MB bill read as records, row by row, with a small peak of heap: the parser keeps one
//! line, each row is dropped once handed over. This test binary records the peak of live heap
//! bytes (the client's and the in-process mock's) with `peak_alloc`, as `download_memory.rs`
//! does.

use std::time::Duration;

use peak_alloc::PeakAlloc;
use wechatpay_v2::Client;
use wechatpay_v2::bill::TradeRecord;
use wechatpay_v2::v2::pay::downloadbill::{Request, TarType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

const BILL: u64 = 50 * 1024 * 1024;
const ALLOWED_PEAK_GROWTH: usize = 4 * 1024 * 1024;

#[tokio::test(flavor = "current_thread")]
async fn a_50_mb_bill_reads_row_by_row_with_a_small_peak() {
    let mock = MockServer::start(
        MockConfig {
            bill_bytes: BILL,
            bill_summary: true,
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
        .timeout(Duration::from_secs(300))
        .build()
        .unwrap();

    for tar_type in [None, Some(TarType::Gzip)] {
        let mut request = Request::new("20261122");
        let gzip = tar_type.is_some();
        request.tar_type = tar_type;
        let before = HEAP.current_usage();
        HEAP.reset_peak_usage();
        let (mut rows, mut settled) = (0u64, 0i64);
        let summary = api
            .v2()
            .pay()
            .downloadbill()
            .records(&request, |r: TradeRecord| {
                rows += 1;
                settled += r.settlement_amount;
                Ok(())
            })
            .await
            .unwrap();
        let growth = HEAP.peak_usage().saturating_sub(before);
        assert_eq!(summary.trade_count, rows);
        assert_eq!(summary.settlement_total, settled);
        assert!(rows > 100_000, "{rows} rows");
        assert!(
            growth < ALLOWED_PEAK_GROWTH,
            "peak heap grew by {growth} bytes while reading {rows} rows"
        );
        eprintln!(
            "read {rows} rows (gzip: {}), peak heap growth {growth} bytes",
            gzip
        );
    }
}
