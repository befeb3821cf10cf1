//! `v2/payitil/...`: transaction quality reports (交易保障).

use crate::support;

#[test]
fn report() {
    use wechatpay_v2::v2::payitil::report::*;
    let request = Request {
        appid: None,
        mch_id: None,
        device_info: Some("013467007045764".into()),
        interface_url: "https://api.mch.weixin.qq.com/pay/batchreport/micropay/total".into(),
        user_ip: "8.8.8.8".into(),
        trades: vec![Trade {
            out_trade_no: "out_trade_no_test_1".into(),
            begin_time: "20160602203256".into(),
            end_time: "20160602203257".into(),
            state: State::Ok,
            err_msg: Some(String::new()),
        }],
    };
    support::endpoint_case(&request);
}
