//! The fund flow bill (`v2/pay/downloadfundflow`) read as typed records against the mock
//! gateway: after payments and a refund, the day's `Basic` account has an income row per
//! payment and an expense row per refund, the balance running on from the earlier days, and a
//! summary that matches; async and blocking, gzip and plain, typed and untyped.

use std::collections::BTreeMap;

use wechatpay_v2::bill::{FlowDirection, FundFlowRecord, FundFlowSummary};
use wechatpay_v2::v2::pay::downloadfundflow::{AccountType, Request, TarType};
use wechatpay_v2::v2::pay::unifiedorder;
use wechatpay_v2::v2::secapi::pay::refund;
use wechatpay_v2::{Client, SignType, blocking};
use wechatpay_v2_mock::{MockConfig, MockServer};

mod support;
use support::mock_clients;

fn place(api: &Client, rt: &tokio::runtime::Runtime, no: &str, fee: u64) {
    let order = unifiedorder::Request::new(
        "Parking fee",
        no,
        fee,
        "123.12.12.123",
        "https://example.com/notify",
        unifiedorder::TradeType::Native,
    )
    .product_id("bay-12");
    rt.block_on(api.post(&order)).expect("placed");
}

fn request(day: &str, account: AccountType, gzip: bool) -> Request {
    let request = Request::new(SignType::HmacSha256, day, account);
    if gzip {
        request.tar_type(TarType::Gzip)
    } else {
        request
    }
}

/// The rows of a fund flow, blocking.
fn flow(sync: &blocking::Client, request: &Request) -> (Vec<FundFlowRecord>, FundFlowSummary) {
    let mut rows = Vec::new();
    let summary = sync
        .v2()
        .pay()
        .downloadfundflow()
        .records(request, |r: FundFlowRecord| {
            rows.push(r);
            Ok(())
        })
        .expect("the fund flow, blocking");
    (rows, summary)
}

#[test]
fn the_day_fund_flow_reads_as_records_with_a_running_balance() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("mock");
    let (api, sync) = mock_clients(&mock);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    for (no, fee) in [("F1", 1500u64), ("F2", 990), ("F3", 700)] {
        place(&api, &rt, no, fee);
    }
    let paid = mock.pay("F1").expect("paid");
    let second = mock.pay("F2").expect("paid");
    let refunded = rt
        .block_on(api.post(&refund::Request::by_out_trade_no(
            "F1", "RF1", 1500u64, 500u64,
        )))
        .expect("refunded");
    let day = paid.time_end.clone().expect("a payment time")[..8].to_owned();

    let mut first = None;
    for gzip in [false, true] {
        let mut rows = Vec::new();
        let summary = rt
            .block_on(api.v2().pay().downloadfundflow().records(
                &request(&day, AccountType::Basic, gzip),
                |r: FundFlowRecord| {
                    rows.push(r);
                    Ok(())
                },
            ))
            .expect("the fund flow");
        assert_eq!(
            flow(&sync, &request(&day, AccountType::Basic, gzip)),
            (rows.clone(), summary.clone())
        );
        match &first {
            None => first = Some((rows, summary)),
            Some(plain) => assert_eq!(plain, &(rows, summary), "gzip and plain agree"),
        }
    }
    let (rows, summary) = first.expect("read");

    let seen: Vec<(&str, &FlowDirection, &str, i64)> = rows
        .iter()
        .map(|r| {
            let voucher = r.voucher_no.as_deref().unwrap_or_default();
            (r.business_type.as_str(), &r.direction, voucher, r.amount)
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("交易", &FlowDirection::Income, "F1", 1500),
            ("交易", &FlowDirection::Income, "F2", 990),
            ("退款", &FlowDirection::Expense, "RF1", 500),
        ]
    );
    assert_eq!(rows[0].transaction_id, paid.transaction_id.expect("an id"));
    assert_eq!(
        rows[1].transaction_id,
        second.transaction_id.expect("an id")
    );
    assert_eq!(rows[2].transaction_id, refunded.refund_id);
    // The balance runs from 0 (the mock's first day): 15.00, 24.90, 19.90.
    let balances: Vec<i64> = rows.iter().map(|r| r.balance).collect();
    assert_eq!(balances, [1500, 2490, 1990]);
    assert_eq!(
        (
            summary.flow_count,
            summary.income_count,
            summary.income_total,
            summary.expense_count,
            summary.expense_total
        ),
        (3, 2, 2490, 1, 500)
    );

    // The untyped form reads the same.
    let fields = BTreeMap::from([
        ("sign_type".to_owned(), "HMAC-SHA256".to_owned()),
        ("bill_date".to_owned(), day.clone()),
        ("account_type".to_owned(), "Basic".to_owned()),
    ]);
    let mut untyped = Vec::new();
    let untyped_summary = sync
        .chain("v2/pay/downloadfundflow")
        .records_fields(fields, |r: FundFlowRecord| {
            untyped.push(r);
            Ok(())
        })
        .expect("PathHandle::records_fields, blocking");
    assert_eq!((untyped, untyped_summary), (rows.clone(), summary));

    // The other accounts had no movement that day.
    let (none, zero) = flow(&sync, &request(&day, AccountType::Fees, false));
    assert!(none.is_empty());
    assert_eq!((zero.flow_count, zero.income_total), (0, 0));

    // The next day's balance goes on from this day's.
    mock.pass_days(1);
    place(&api, &rt, "F4", 100);
    let next = mock.pay("F4").expect("paid");
    let next_day = next.time_end.expect("a payment time")[..8].to_owned();
    assert_ne!(next_day, day);
    let (rows, summary) = flow(&sync, &request(&next_day, AccountType::Basic, false));
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].amount, rows[0].balance), (100, 2090));
    assert_eq!((summary.income_count, summary.income_total), (1, 100));
}
