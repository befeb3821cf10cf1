use super::*;

const ALL_HEADER: &str = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r\n";
const PAYMENT: &str = "`2026-11-22 10:00:00,`wx1,`1900000109,`0,`,`4200000001,`T1,`o1,`JSAPI,`SUCCESS,`CMC,`CNY,`15.00,`0.00,`0,`0,`0.00,`0.00,`,`,`停车费,`a,`0.09000,`0.60%,`15.00,`0.00,`\r\n";
const REFUND: &str = "`2026-11-22 11:00:00,`wx1,`1900000109,`0,`,`4200000001,`T1,`o1,`JSAPI,`REFUND,`CMC,`CNY,`0.00,`0.00,`5000001,`R1,`5.00,`0.00,`ORIGINAL,`SUCCESS,`停车费,`a,`-0.03000,`0.60%,`0.00,`5.00,`\r\n";
const SUMMARY_HEADER: &str = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n";

fn summary_line(fee: &str) -> String {
    format!("`2,`15.00,`5.00,`0.00,`{fee},`15.00,`5.00\r\n")
}

fn all_bill() -> String {
    format!(
        "{ALL_HEADER}{PAYMENT}{REFUND}{SUMMARY_HEADER}{}",
        summary_line("0.06")
    )
}

fn parse<T: BillRecord>(chunks: &[&[u8]]) -> Result<(Vec<T>, T::Summary), BillError> {
    let mut parser = BillParser::<T>::new();
    let mut records = Vec::new();
    for chunk in chunks {
        for record in parser.feed(chunk) {
            records.push(record?);
        }
    }
    Ok((records, parser.finish()?))
}

fn parse_text<T: BillRecord>(text: &str) -> Result<(Vec<T>, T::Summary), BillError> {
    parse(&[text.as_bytes()])
}

#[test]
fn a_trade_bill_reads_as_typed_records_and_a_checked_summary() {
    let (records, summary) = parse_text::<TradeRecord>(&all_bill()).unwrap();
    assert_eq!(records.len(), 2);
    let payment = &records[0];
    assert_eq!(payment.trade_time.to_string(), "2026-11-22 10:00:00");
    assert_eq!(
        payment.trade_time.unix_timestamp(),
        1_795_341_600 - 8 * 3600
    );
    assert_eq!(payment.out_trade_no, "T1");
    assert_eq!(payment.settlement_amount, 1500);
    assert_eq!(payment.fee, Fee::from_units(9000));
    assert_eq!(payment.fee_rate, "0.60%");
    assert_eq!(payment.body, "停车费");
    assert_eq!(payment.order_amount, Some(1500));
    assert_eq!(payment.refund_requested_at, None);
    let refund = &records[1];
    assert_eq!(refund.refund_amount, Some(500));
    assert_eq!(refund.out_refund_no.as_deref(), Some("R1"));
    assert_eq!(refund.fee.to_string(), "-0.03000");
    assert_eq!(summary.trade_count, 2);
    assert_eq!(summary.settlement_total, 1500);
    assert_eq!(summary.refund_total, Some(500));
    assert_eq!(summary.fee_total, 6);
}

#[test]
fn every_split_of_the_bytes_gives_the_same_records() {
    let bill = all_bill();
    let bytes = bill.as_bytes();
    let whole = parse::<TradeRecord>(&[bytes]).unwrap();
    for at in 0..=bytes.len() {
        let (a, b) = bytes.split_at(at);
        assert_eq!(
            parse::<TradeRecord>(&[a, b]).unwrap(),
            whole,
            "split at {at}"
        );
    }
    let single: Vec<&[u8]> = bytes.chunks(1).collect();
    assert_eq!(parse::<TradeRecord>(&single).unwrap(), whole);
    let mut three = bytes.chunks(3).collect::<Vec<_>>();
    three.insert(1, b"");
    assert_eq!(parse::<TradeRecord>(&three).unwrap(), whole);
}

#[test]
fn columns_are_read_by_name_and_unknown_ones_kept() {
    // Columns in another order, a `SUCCESS` bill's set, a new column, no final line break.
    let bill = "商户订单号,交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,商品名称,商户数据包,手续费,费率,新列\r\n\
        `T9,`2024-02-29 23:59:59,`wx1,`1,`0,`,`42,`o,`NATIVE,`SUCCESS,`CMC,`CNY,`0.5,`0,`x,`,`0.00300,`0.60%,`v\r\n\
        总交易单数,应结订单总金额,手续费总金额,新总额\r\n`1,`0.50,`0.00,`7";
    let (records, summary) = parse_text::<TradeRecord>(bill).unwrap();
    assert_eq!(records[0].out_trade_no, "T9");
    assert_eq!(records[0].settlement_amount, 50);
    assert_eq!(records[0].refund_amount, None);
    assert_eq!(records[0].other.get("新列").map(String::as_str), Some("v"));
    assert_eq!(summary.refund_total, None);
    assert_eq!(summary.other.get("新总额").map(String::as_str), Some("7"));
}

#[test]
fn a_refund_bill_has_the_refund_times() {
    let header = ALL_HEADER.replace("\r\n", ",退款申请时间,退款成功时间\r\n");
    let row = REFUND.replace("\r\n", ",`2026-11-22 10:59:00,`2026-11-22 11:00:00\r\n");
    let summary = "`1,`0.00,`5.00,`0.00,`-0.03,`0.00,`5.00\r\n";
    let bill = format!("{header}{row}{SUMMARY_HEADER}{summary}");
    let (records, summary) = parse_text::<TradeRecord>(&bill).unwrap();
    let requested = records[0].refund_requested_at.unwrap();
    assert_eq!((requested.hour(), requested.minute()), (10, 59));
    assert_eq!(summary.fee_total, -3);
}

#[test]
fn a_fund_flow_bill_reads_and_checks_income_and_expense() {
    let bill = "记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,资金变更提交申请人,备注,业务凭证号\r\n\
        `2026-11-22 10:00:00,`4200,`F1,`交易,`交易,`收入,`15.00,`115.00,`system,`缺省,`\r\n\
        `2026-11-22 11:00:00,`5000,`F2,`退款,`退款,`支出,`5.00,`110.00,`system,`缺省,`R1\r\n\
        资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额\r\n`2,`1,`15.00,`1,`5.00\r\n";
    let (records, summary) = parse_text::<FundFlowRecord>(bill).unwrap();
    assert_eq!(records[0].direction, FlowDirection::Income);
    assert_eq!(records[1].balance, 11000);
    assert_eq!(records[1].voucher_no.as_deref(), Some("R1"));
    assert_eq!((summary.flow_count, summary.income_total), (2, 1500));
    let tampered = bill.replace("`1,`5.00\r\n", "`1,`5.01\r\n");
    assert_eq!(
        parse_text::<FundFlowRecord>(&tampered).unwrap_err(),
        BillError::SummaryMismatch {
            column: "支出金额",
            summary: 501,
            rows: 500
        }
    );
    // A trade bill is not a fund flow.
    assert_eq!(
        parse_text::<FundFlowRecord>(&all_bill()).unwrap_err(),
        BillError::MissingColumn {
            column: "记账时间"
        }
    );
}

#[test]
fn a_tampered_summary_names_the_column_and_both_values() {
    let tampered = all_bill().replace("`2,`15.00,", "`2,`15.01,");
    assert_eq!(
        parse_text::<TradeRecord>(&tampered).unwrap_err(),
        BillError::SummaryMismatch {
            column: "应结订单总金额",
            summary: 1501,
            rows: 1500
        }
    );
    let count = all_bill().replace("`2,`15.00,", "`3,`15.00,");
    let err = parse_text::<TradeRecord>(&count).unwrap_err();
    assert!(err.to_string().contains("总交易单数"), "{err}");
    // 0.09000 - 0.03000 = 0.06: 0.07 is wrong.
    let fee = format!(
        "{ALL_HEADER}{PAYMENT}{REFUND}{SUMMARY_HEADER}{}",
        summary_line("0.07")
    );
    assert_eq!(
        parse_text::<TradeRecord>(&fee).unwrap_err(),
        BillError::SummaryMismatch {
            column: "手续费总金额",
            summary: 7,
            rows: 6
        }
    );
}

#[test]
fn fees_round_half_away_from_zero() {
    assert_eq!(Fee::from_units(7500).rounded_fen(), 8);
    assert_eq!(Fee::from_units(7499).rounded_fen(), 7);
    assert_eq!(Fee::from_units(-7500).rounded_fen(), -8);
    assert_eq!(
        Fee::from_units(i64::MIN).rounded_fen(),
        -(i64::MAX / 1000) - 1
    );
}

#[test]
fn hostile_bills_are_typed_errors() {
    let err = |text: &str| parse_text::<TradeRecord>(text).unwrap_err();
    assert_eq!(err(""), BillError::MissingHeader { line: 1 });
    assert_eq!(err("\r\n\r\n"), BillError::MissingHeader { line: 3 });
    assert_eq!(err(PAYMENT), BillError::MissingHeader { line: 1 });
    assert_eq!(
        err("交易时间,商户号\r\n"),
        BillError::MissingColumn {
            column: "公众账号ID"
        }
    );
    let twice = ALL_HEADER.replace("费率备注", "商户号");
    assert_eq!(
        err(&twice),
        BillError::DuplicateColumn {
            line: 1,
            column: "商户号"
        }
    );
    let short = format!("{ALL_HEADER}`2026-11-22 10:00:00,`wx1\r\n");
    assert_eq!(
        err(&short),
        BillError::CellCount {
            line: 2,
            expected: 27,
            found: 2
        }
    );
    let bad = format!(
        "{ALL_HEADER}{}",
        PAYMENT.replace("`15.00,`0.00,`0,", "`15.x,`0.00,`0,")
    );
    assert_eq!(
        err(&bad),
        BillError::BadAmount {
            line: 2,
            column: "应结订单金额",
            text: "15.x".into()
        }
    );
    let three_decimals = format!(
        "{ALL_HEADER}{}",
        PAYMENT.replace("`15.00,`0.00,`0,", "`15.001,`0.00,`0,")
    );
    assert!(matches!(err(&three_decimals), BillError::BadAmount { .. }));
    let time = format!(
        "{ALL_HEADER}{}",
        PAYMENT.replace("2026-11-22 10", "2026-02-30 10")
    );
    assert!(matches!(err(&time), BillError::BadTime { line: 2, .. }));
    let no_summary = format!("{ALL_HEADER}{PAYMENT}{REFUND}");
    assert_eq!(err(&no_summary), BillError::MissingSummary);
    let no_summary_line = format!("{ALL_HEADER}{PAYMENT}{REFUND}{SUMMARY_HEADER}");
    assert_eq!(err(&no_summary_line), BillError::MissingSummary);
    let after = format!("{}extra\r\n", all_bill());
    assert_eq!(err(&after), BillError::AfterSummary { line: 6 });
    let blank_after = format!("{}\r\n\r\n", all_bill());
    assert!(parse_text::<TradeRecord>(&blank_after).is_ok());
    let not_utf8 = [ALL_HEADER.as_bytes(), b"`\xff\xfe\r\n"];
    assert_eq!(
        parse::<TradeRecord>(&not_utf8).unwrap_err(),
        BillError::NotUtf8 { line: 2 }
    );
}

#[test]
fn lines_are_bounded() {
    let mut parser = BillParser::<TradeRecord>::with_max_line(64);
    let long = [b'x'; 40];
    assert_eq!(parser.feed(&long).count(), 0);
    let errors: Vec<_> = parser.feed(&long).collect();
    assert_eq!(errors, [Err(BillError::LineTooLong { line: 1, limit: 64 })]);
    // Nothing more after an error; `finish` repeats it.
    assert_eq!(parser.feed(b"\n\n").count(), 0);
    assert_eq!(
        parser.finish().unwrap_err(),
        BillError::LineTooLong { line: 1, limit: 64 }
    );
    let mut parser = BillParser::<TradeRecord>::with_max_line(64);
    let line = [b'x'; 100];
    let errors: Vec<_> = parser.feed(&line[..]).chain(std::iter::empty()).collect();
    assert_eq!(errors.len(), 1);
}

#[test]
fn arbitrary_bytes_never_panic() {
    let bill = all_bill().into_bytes();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..2000 {
        let mut bytes = bill.clone();
        for _ in 0..(next() % 8) {
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = next() as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, b",`\r\n-."[(next() % 6) as usize]),
            }
        }
        let cut = (next() as usize) % (bytes.len() + 1);
        let _ = parse::<TradeRecord>(&[&bytes[..cut], &bytes[cut..]]);
        let _ = parse::<FundFlowRecord>(&[&bytes]);
    }
}
