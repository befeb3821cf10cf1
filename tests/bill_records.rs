//! Bills read as typed records while they download, against the mock gateway: the day's bill
//! after a few payments and a refund, async and blocking, gzip and plain, its summary checked
//! against its rows; an XML error answer is the usual typed error; a bill without its summary,
//! the wrong record type or the caller's own error stop the download with a typed error.

use std::collections::BTreeMap;

use wechatpay_v2::bill::{BillError, FundFlowRecord, TradeRecord, TradeSummary};
use wechatpay_v2::v2::pay::{downloadbill, unifiedorder};
use wechatpay_v2::v2::secapi::pay::refund;
use wechatpay_v2::{Client, Error};
use wechatpay_v2_mock::{MockConfig, MockServer};

mod support;
use support::{mock_clients, runtime};

/// Three orders placed, two paid, 5.00 of the first refunded: the day of the payments.
fn a_day_of_payments(mock: &MockServer, api: &Client, rt: &tokio::runtime::Runtime) -> String {
    for (no, fee) in [("B1", 1500u64), ("B2", 990), ("B3", 700)] {
        let order = unifiedorder::Request::new(
            "Parking fee",
            no,
            fee,
            "123.12.12.123",
            "https://example.com/notify",
            unifiedorder::TradeType::Jsapi,
        )
        .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        rt.block_on(api.post(&order)).expect("placed");
    }
    let paid = mock.pay("B1").expect("paid");
    mock.pay("B2").expect("paid");
    rt.block_on(api.post(&refund::Request::by_out_trade_no(
        "B1", "RB1", 1500u64, 500u64,
    )))
    .expect("refunded");
    paid.time_end.expect("a payment time")[..8].to_owned()
}

fn request(day: &str, gzip: bool) -> downloadbill::Request {
    let request = downloadbill::Request::new(day).bill_type(downloadbill::BillType::All);
    if gzip {
        request.tar_type(downloadbill::TarType::Gzip)
    } else {
        request
    }
}

/// The rows and summary of the day, checked.
fn check_day(records: &[TradeRecord], summary: &TradeSummary) {
    let mut seen: Vec<(&str, &str, i64)> = records
        .iter()
        .map(|r| {
            let amount = r.settlement_amount + r.refund_amount.unwrap_or_default();
            (r.out_trade_no.as_str(), r.trade_state.as_str(), amount)
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("B1", "REFUND", 500),
            ("B1", "SUCCESS", 1500),
            ("B2", "SUCCESS", 990)
        ]
    );
    assert_eq!(summary.trade_count, 3);
    assert_eq!(summary.settlement_total, 2490);
    assert_eq!(summary.refund_total, Some(500));
    assert_eq!(summary.order_total, Some(2490));
    assert_eq!(summary.requested_refund_total, Some(500));
    // 0.09000 + 0.05940 - 0.03000 = 0.11940 yuan: 12 fen.
    let fees: i64 = records.iter().map(|r| r.fee.units()).sum();
    assert_eq!((fees, summary.fee_total), (11_940, 12));
    assert!(records.iter().all(|r| r.trade_time.year() >= 2026));
}

#[test]
fn the_day_bill_reads_as_records_async_and_blocking_gzip_and_plain() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("mock");
    let (api, sync) = mock_clients(&mock);
    let rt = runtime();
    let day = a_day_of_payments(&mock, &api, &rt);

    let mut first = None;
    for gzip in [false, true] {
        let mut records = Vec::new();
        let summary = rt
            .block_on(api.v2().pay().downloadbill().records(
                &request(&day, gzip),
                |r: TradeRecord| {
                    records.push(r);
                    Ok(())
                },
            ))
            .expect("the day's records");
        check_day(&records, &summary);

        let mut twins = Vec::new();
        let twin = sync
            .v2()
            .pay()
            .downloadbill()
            .records(&request(&day, gzip), |r: TradeRecord| {
                twins.push(r);
                Ok(())
            })
            .expect("the day's records, blocking");
        assert_eq!((&twins, &twin), (&records, &summary));

        // The client's method and the untyped path give the same.
        let mut by_client = Vec::new();
        let summary_by_client = rt
            .block_on(api.records(&request(&day, gzip), |r: TradeRecord| {
                by_client.push(r);
                Ok(())
            }))
            .expect("Client::records");
        assert_eq!((&by_client, &summary_by_client), (&records, &summary));
        let mut fields = BTreeMap::from([
            ("bill_date".to_owned(), day.clone()),
            ("bill_type".to_owned(), "ALL".to_owned()),
        ]);
        if gzip {
            fields.insert("tar_type".to_owned(), "GZIP".to_owned());
        }
        let mut untyped = Vec::new();
        let untyped_summary = sync
            .chain("v2/pay/downloadbill")
            .records_fields(fields, |r: TradeRecord| {
                untyped.push(r);
                Ok(())
            })
            .expect("PathHandle::records_fields, blocking");
        assert_eq!((&untyped, &untyped_summary), (&records, &summary));

        match &first {
            None => first = Some((records, summary)),
            Some(plain) => assert_eq!(plain, &(records, summary), "gzip and plain agree"),
        }
    }
}

#[test]
fn errors_stop_the_records_with_their_type() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("mock");
    let (api, sync) = mock_clients(&mock);
    let rt = runtime();

    // An XML error answer is the usual typed error; no row was handed over.
    mock.fail_next("pay/downloadbill", "SYSTEMERROR", 1);
    let mut rows = 0;
    let err = rt
        .block_on(api.v2().pay().downloadbill().records(
            &request("20261122", false),
            |_: TradeRecord| {
                rows += 1;
                Ok(())
            },
        ))
        .unwrap_err();
    assert!(
        matches!(err, Error::Business { ref err_code, .. } if err_code == "SYSTEMERROR"),
        "{err:?}"
    );
    assert_eq!(rows, 0);

    // A day without payments: the synthetic bill, rows without a summary.
    let mut rows = 0;
    let err = sync
        .v2()
        .pay()
        .downloadbill()
        .records(&request("20261122", true), |_: TradeRecord| {
            rows += 1;
            Ok(())
        })
        .unwrap_err();
    assert!(
        matches!(err, Error::Bill(BillError::MissingSummary)),
        "{err:?}"
    );
    assert!(rows > 0);

    // A trade bill read as a fund flow names the first column it lacks.
    let err = sync
        .v2()
        .pay()
        .downloadbill()
        .records(&request("20261122", false), |_: FundFlowRecord| Ok(()))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Bill(BillError::MissingColumn {
                column: "记账时间"
            })
        ),
        "{err:?}"
    );

    // The caller's error stops the download and comes back as it is.
    let mut rows = 0;
    let err = rt
        .block_on(api.v2().pay().downloadbill().records(
            &request("20261122", false),
            |r: TradeRecord| {
                rows += 1;
                Err(Error::Config(format!("stop at {}", r.out_trade_no)))
            },
        ))
        .unwrap_err();
    assert!(
        matches!(err, Error::Config(ref m) if m == "stop at T000000000000"),
        "{err:?}"
    );
    assert_eq!(rows, 1);
}
