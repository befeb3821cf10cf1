//! Combined orders (合单支付) in the mock's ledger, through the SDK's typed client: placed,
//! each sub-order an ordinary order of its merchant, paid one by one, queried together, and
//! closed together.

use std::time::Duration;

use wechatpay_v2::v2::pay::{closecombinedorder, combinedorder, orderquery, querycombinedorder};
use wechatpay_v2::{Client, ErrCode, Error, SignType};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer, TradeState,
};

struct Api {
    client: Client,
    rt: tokio::runtime::Runtime,
}

impl Api {
    fn new(mock: &MockServer) -> Self {
        let client = Client::builder()
            .mch_id(DEFAULT_MCH_ID)
            .api_key(DEFAULT_API_KEY)
            .appid(DEFAULT_APPID)
            .base_url(mock.base_url())
            .timeout(Duration::from_secs(5))
            .build()
            .expect("a client");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        Self { client, rt }
    }

    fn call<R: wechatpay_v2::ApiRequest>(&self, request: &R) -> Result<R::Response, Error> {
        self.rt.block_on(self.client.post(request))
    }
}

fn sub_order(out_trade_no: &str, total_fee: u64) -> combinedorder::SubOrder {
    combinedorder::SubOrder::new(
        DEFAULT_APPID,
        DEFAULT_MCH_ID,
        "Parking fee",
        format!("bay of {out_trade_no}"),
        out_trade_no,
        "CNY",
        total_fee,
    )
}

fn combined(number: &str) -> combinedorder::Request {
    combinedorder::Request::new(
        DEFAULT_APPID,
        DEFAULT_MCH_ID,
        SignType::HmacSha256,
        number,
        "123.12.12.123",
        "https://example.com/notify",
        "NATIVE",
        combinedorder::SceneInfo::new("123.12.12.123"),
        combinedorder::SubOrders::new(2u64, vec![sub_order("S1", 600), sub_order("S2", 400)]),
    )
}

fn query(number: &str) -> querycombinedorder::Request {
    querycombinedorder::Request::new(DEFAULT_APPID, DEFAULT_MCH_ID, SignType::HmacSha256, number)
}

#[test]
fn a_combined_order_is_paid_sub_order_by_sub_order_and_queried_together() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = Api::new(&mock);
    let placed = api.call(&combined("C1")).unwrap();
    assert!(placed.prepay_id.starts_with("wx"), "{}", placed.prepay_id);
    assert!(placed.code_url.is_some(), "NATIVE has a code_url");
    // The same combined number again: the same prepayment.
    assert_eq!(
        api.call(&combined("C1")).unwrap().prepay_id,
        placed.prepay_id
    );

    // Each sub-order is an ordinary order of its merchant.
    let s1 = api
        .call(&orderquery::Request::by_out_trade_no("S1"))
        .unwrap();
    assert_eq!(s1.trade_state, orderquery::TradeState::NotPay);
    assert_eq!(s1.total_fee, Some(600));

    let unpaid = api.call(&query("C1")).unwrap();
    assert_eq!(
        unpaid.trade_state,
        Some(querycombinedorder::TradeState::NotPay)
    );
    assert_eq!(unpaid.sub_order_list.order_num, 2);

    mock.pay("S1").unwrap();
    let half = api.call(&query("C1")).unwrap();
    assert_eq!(
        half.trade_state,
        Some(querycombinedorder::TradeState::NotPay)
    );
    mock.pay("S2").unwrap();
    let paid = api.call(&query("C1")).unwrap();
    assert_eq!(
        paid.trade_state,
        Some(querycombinedorder::TradeState::Success)
    );
    let subs: Vec<(&str, u64, Option<&str>)> = paid
        .sub_order_list
        .order_list
        .iter()
        .map(|s| {
            (
                s.out_trade_no.as_str(),
                s.amount.total_amount,
                s.transaction_id.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        subs,
        [
            (
                "S1",
                600,
                mock.order("S1").unwrap().transaction_id.as_deref()
            ),
            (
                "S2",
                400,
                mock.order("S2").unwrap().transaction_id.as_deref()
            ),
        ]
    );
    assert!(subs.iter().all(|(_, _, id)| id.is_some()));
}

#[test]
fn a_combined_order_closes_with_its_sub_orders_and_unknown_ones_do_not_exist() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = Api::new(&mock);
    api.call(&combined("C2")).unwrap();
    let close = closecombinedorder::Request::new(
        DEFAULT_APPID,
        DEFAULT_MCH_ID,
        SignType::HmacSha256,
        "C2",
        vec![
            closecombinedorder::SubOrder::new(DEFAULT_MCH_ID, "S1"),
            closecombinedorder::SubOrder::new(DEFAULT_MCH_ID, "S2"),
        ],
    );
    api.call(&close).unwrap();
    assert_eq!(mock.order("S1").unwrap().trade_state, TradeState::Closed);
    assert_eq!(mock.order("S2").unwrap().trade_state, TradeState::Closed);
    assert!(mock.pay("S1").is_none(), "a closed order cannot be paid");

    let err = api.call(&query("NEVER")).unwrap_err();
    assert_eq!(err.err_code(), Some(ErrCode::OrderNotExist));
}
