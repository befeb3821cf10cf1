use time::OffsetDateTime;

use super::*;

const M: Merchant<'static> = Merchant {
    mch_id: "1900000109",
    sub_mch_id: None,
};
const SUB: Merchant<'static> = Merchant {
    mch_id: "1900000109",
    sub_mch_id: Some("1900000100"),
};

/// 2026-12-07 12:30:05 in China.
fn noon() -> ChinaTime {
    ChinaTime::from_utc(OffsetDateTime::from_unix_timestamp(1_796_617_805).unwrap())
}

fn new_order(out_trade_no: &str, total_fee: u64, trade_type: &str) -> NewOrder {
    NewOrder {
        appid: "wxd678efh567hg6787".into(),
        sub_appid: None,
        out_trade_no: out_trade_no.into(),
        body: "Parking fee".into(),
        attach: Some("bay 12".into()),
        total_fee,
        trade_type: trade_type.into(),
        device_info: None,
        notify_url: Some("http://127.0.0.1:9/notify".into()),
        openid: None,
        sign_type: SignType::HmacSha256,
    }
}

fn ask(out_refund_no: &str, total_fee: u64, refund_fee: u64) -> RefundAsk {
    RefundAsk {
        out_refund_no: out_refund_no.into(),
        total_fee,
        refund_fee,
        refund_account: None,
        notify_url: None,
    }
}

fn paid_order(ledger: &mut Ledger, out_trade_no: &str, total_fee: u64) -> Order {
    ledger
        .place(M, new_order(out_trade_no, total_fee, "JSAPI"), &noon())
        .unwrap();
    ledger.pay(out_trade_no, &noon()).unwrap()
}

#[test]
fn a_placed_order_is_unpaid_and_placing_it_again_is_idempotent_or_refused() {
    let mut ledger = Ledger::default();
    let order = ledger
        .place(M, new_order("T1", 1500, "NATIVE"), &noon())
        .unwrap();
    assert_eq!(order.trade_state, TradeState::NotPay);
    let prepay_id = order.prepay_id.clone().unwrap();
    assert!(prepay_id.starts_with("wx20261207123005"), "{prepay_id}");
    assert!(
        order
            .code_url
            .unwrap()
            .starts_with("weixin://wxpay/bizpayurl?pr=")
    );
    assert_eq!(order.mweb_url, None);
    assert_eq!(order.transaction_id, None);

    let again = ledger
        .place(M, new_order("T1", 1500, "NATIVE"), &noon())
        .unwrap();
    assert_eq!(again.prepay_id.as_deref(), Some(prepay_id.as_str()));
    assert_eq!(
        ledger.place(M, new_order("T1", 1600, "NATIVE"), &noon()),
        Err(OUT_TRADE_NO_USED)
    );
    // Another merchant's book: the same number is free there.
    assert!(
        ledger
            .place(SUB, new_order("T1", 1600, "MWEB"), &noon())
            .unwrap()
            .mweb_url
            .is_some()
    );

    ledger.pay("T1", &noon()).unwrap();
    assert_eq!(
        ledger.place(M, new_order("T1", 1500, "NATIVE"), &noon()),
        Err(ORDER_PAID)
    );
}

#[test]
fn paying_sets_the_transaction_the_time_and_the_payer_once() {
    let mut ledger = Ledger::default();
    let order = paid_order(&mut ledger, "T1", 1500);
    assert_eq!(order.trade_state, TradeState::Success);
    assert_eq!(order.time_end.as_deref(), Some("20261207123005"));
    let id = order.transaction_id.clone().unwrap();
    assert_eq!(id.len(), 28);
    assert!(id.starts_with("420020261207"), "{id}");
    assert_eq!(order.openid.as_deref(), Some(PAYER_OPENID));
    assert_eq!(ledger.pay("T1", &noon()), Err(ORDER_PAID));
    assert_eq!(ledger.pay("T404", &noon()), Err(ORDER_NOT_EXIST));
    let (by_id, paid_now) = ledger.query(M, Lookup::Transaction(&id), &noon()).unwrap();
    assert_eq!(by_id.out_trade_no, "T1");
    assert!(!paid_now);
    assert_eq!(
        ledger.query(M, Lookup::OutTradeNo("T404"), &noon()),
        Err(ORDER_NOT_EXIST)
    );
}

#[test]
fn closing_refuses_paid_orders_and_closed_orders_refuse_payment() {
    let mut ledger = Ledger::default();
    paid_order(&mut ledger, "PAID", 100);
    assert_eq!(ledger.close(M, "PAID"), Err(ORDER_PAID));
    assert_eq!(ledger.close(M, "T404"), Err(ORDER_NOT_EXIST));

    ledger
        .place(M, new_order("OPEN", 100, "APP"), &noon())
        .unwrap();
    assert_eq!(
        ledger.close(M, "OPEN").unwrap().trade_state,
        TradeState::Closed
    );
    assert_eq!(
        ledger.close(M, "OPEN").unwrap().trade_state,
        TradeState::Closed,
        "closing again succeeds"
    );
    assert_eq!(ledger.pay("OPEN", &noon()), Err(ORDER_CLOSED));
    assert_eq!(
        ledger.place(M, new_order("OPEN", 100, "APP"), &noon()),
        Err(ORDER_CLOSED)
    );
}

#[test]
fn a_user_paying_micropay_is_paid_at_the_query_after_its_polls() {
    let mut ledger = Ledger::default();
    let order = ledger
        .micropay(M, new_order("MP", 800, "JSAPI"), Some(Some(2)), &noon())
        .unwrap();
    assert_eq!(order.trade_type, "MICROPAY");
    assert_eq!(order.trade_state, TradeState::UserPaying);
    let states: Vec<_> = (0..4)
        .map(|_| {
            let (order, paid_now) = ledger.query(M, Lookup::OutTradeNo("MP"), &noon()).unwrap();
            (order.trade_state, paid_now)
        })
        .collect();
    assert_eq!(
        states,
        [
            (TradeState::UserPaying, false),
            (TradeState::UserPaying, false),
            (TradeState::Success, true),
            (TradeState::Success, false),
        ]
    );

    // Never paid: until it is reversed.
    ledger
        .micropay(M, new_order("MP2", 800, "JSAPI"), Some(None), &noon())
        .unwrap();
    for _ in 0..5 {
        let (order, _) = ledger.query(M, Lookup::OutTradeNo("MP2"), &noon()).unwrap();
        assert_eq!(order.trade_state, TradeState::UserPaying);
    }
    let again = ledger
        .micropay(M, new_order("MP2", 800, "JSAPI"), None, &noon())
        .unwrap();
    assert_eq!(again.trade_state, TradeState::UserPaying, "submitted again");
    assert_eq!(
        ledger
            .reverse(M, Lookup::OutTradeNo("MP2"))
            .unwrap()
            .trade_state,
        TradeState::Revoked
    );
    assert_eq!(
        ledger.micropay(M, new_order("MP2", 800, "JSAPI"), None, &noon()),
        Err(ORDER_REVERSED)
    );

    // Unscripted: paid at once.
    let paid = ledger
        .micropay(M, new_order("MP3", 800, "JSAPI"), None, &noon())
        .unwrap();
    assert_eq!(paid.trade_state, TradeState::Success);
    assert!(paid.transaction_id.is_some());
}

#[test]
fn refunds_accumulate_up_to_the_amount_and_repeat_idempotently() {
    let mut ledger = Ledger::default();
    ledger
        .place(M, new_order("T1", 1000, "JSAPI"), &noon())
        .unwrap();
    let by_no = Lookup::OutTradeNo("T1");
    assert_eq!(
        ledger.refund(M, by_no, ask("R0", 1000, 100), &noon()),
        Err(TRADE_STATE_ERROR),
        "not paid yet"
    );
    ledger.pay("T1", &noon()).unwrap();
    assert_eq!(
        ledger.refund(M, by_no, ask("R0", 999, 100), &noon()),
        Err(TOTAL_FEE_MISMATCH)
    );
    assert_eq!(
        ledger.refund(M, by_no, ask("R0", 1000, 0), &noon()),
        Err(REFUND_FEE_ZERO)
    );
    let (order, first, new) = ledger
        .refund(M, by_no, ask("R1", 1000, 600), &noon())
        .unwrap();
    assert!(new);
    assert_eq!(order.trade_state, TradeState::Refund);
    assert_eq!(first.success_time, "2026-12-07 12:30:05");
    assert_eq!(first.refund_id.len(), 30);
    let (_, same, new) = ledger
        .refund(M, by_no, ask("R1", 1000, 600), &noon())
        .unwrap();
    assert!(!new);
    assert_eq!(same, first);
    assert_eq!(
        ledger.refund(M, by_no, ask("R1", 1000, 500), &noon()),
        Err(REFUND_CHANGED)
    );
    let (order, _, _) = ledger
        .refund(M, by_no, ask("R2", 1000, 400), &noon())
        .unwrap();
    assert_eq!(order.refunded_fee(), 1000);
    assert_eq!(
        ledger.refund(M, by_no, ask("R3", 1000, 1), &noon()),
        Err(REFUND_OVER)
    );
    assert_eq!(
        ledger.refund(M, Lookup::OutTradeNo("T404"), ask("R4", 1, 1), &noon()),
        Err(ORDER_NOT_EXIST)
    );
    paid_order(&mut ledger, "T2", 1000);
    assert_eq!(
        ledger.refund(M, Lookup::OutTradeNo("T2"), ask("R1", 1000, 1), &noon()),
        Err(REFUND_NO_USED)
    );

    let (_, all) = ledger.refunds(M, RefundLookup::Order(by_no)).unwrap();
    let numbers: Vec<_> = all.iter().map(|r| r.out_refund_no.as_str()).collect();
    assert_eq!(numbers, ["R1", "R2"]);
    let (order, one) = ledger
        .refunds(M, RefundLookup::RefundId(&first.refund_id))
        .unwrap();
    assert_eq!((order.out_trade_no.as_str(), one.len()), ("T1", 1));
    assert_eq!(
        ledger.refunds(M, RefundLookup::OutRefundNo("R9")),
        Err(REFUND_NOT_EXIST)
    );
    assert_eq!(
        ledger.refunds(M, RefundLookup::Order(Lookup::OutTradeNo("T2"))),
        Err(REFUND_NOT_EXIST),
        "a paid order without refunds"
    );
}

#[test]
fn a_day_holds_the_payments_and_refunds_made_on_it() {
    let mut ledger = Ledger::default();
    assert_eq!(ledger.day(M, "20261207"), None);
    paid_order(&mut ledger, "T1", 1000);
    paid_order(&mut ledger, "T2", 500);
    ledger
        .refund(M, Lookup::OutTradeNo("T1"), ask("R1", 1000, 300), &noon())
        .unwrap();
    ledger
        .place(M, new_order("UNPAID", 700, "JSAPI"), &noon())
        .unwrap();
    let day = ledger.day(M, "20261207").unwrap();
    let paid: Vec<_> = day
        .payments
        .iter()
        .map(|o| o.out_trade_no.as_str())
        .collect();
    assert_eq!(paid, ["T1", "T2"]);
    assert_eq!(day.refunds.len(), 1);
    assert_eq!(ledger.day(M, "20261208"), None);
    assert_eq!(ledger.day(SUB, "20261207"), None);
    assert_eq!(ledger.find("T2").map(|o| o.total_fee), Some(500));
}
