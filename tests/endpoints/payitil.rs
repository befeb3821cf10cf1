//! `v2/payitil/...`: transaction quality reports (交易保障).

use crate::support;

#[test]
fn report() {
    use wechatpay_v2::v2::payitil::report::*;
    let request = Request::new(
        "https://api.mch.weixin.qq.com/pay/batchreport/micropay/total",
        "8.8.8.8",
        vec![
            Trade::new(
                "out_trade_no_test_1",
                "20160602203256",
                "20160602203257",
                State::Ok,
            )
            .err_msg(String::new()),
        ],
    )
    .device_info("013467007045764");
    support::endpoint_case(&request);
}
