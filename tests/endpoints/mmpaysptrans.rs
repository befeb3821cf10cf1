//! `v2/mmpaysptrans/...`: payouts to bank cards (企业付款到银行卡).

use crate::support;

#[test]
fn pay_bank() {
    use wechatpay_v2::v2::mmpaysptrans::pay_bank::*;
    let request = Request {
        mch_id: None,
        partner_trade_no: "1212121221227".into(),
        enc_bank_no: "8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f".into(),
        enc_true_name: "ca775af5f841bdf424b2e6eb86a6e21e".into(),
        bank_code: "1001".into(),
        amount: 100000,
        desc: Some("理财".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn query_bank() {
    use wechatpay_v2::v2::mmpaysptrans::query_bank::*;
    let request = Request {
        mch_id: None,
        partner_trade_no: "1212121221227".into(),
    };
    support::endpoint_case(&request);
}
