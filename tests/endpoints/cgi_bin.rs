//! `v2/cgi-bin/...`: customs declaration of orders (海关报关); the feature takes the accessor form of `cgi-bin`.

use crate::support;

#[test]
fn mch_customs_customdeclareorder() {
    use wechatpay_v2::v2::cgi_bin::mch::customs::customdeclareorder::*;
    let request = Request::new(
        "20150806125346",
        "1000320306201511078440737890",
        Customs::ShanghaiZs,
        "123456",
    )
    .duty(888u64)
    .action_type(ActionType::Add)
    .sub_order_no("20150806125346")
    .fee_type("CNY")
    .order_fee(888u64)
    .transport_fee(888u64)
    .product_fee(888u64)
    .cert_type(CertType::Idcard)
    .cert_id("330821198809085211")
    .name("张三");
    support::endpoint_case(&request);
}

#[test]
fn mch_customs_customdeclarequery() {
    use wechatpay_v2::v2::cgi_bin::mch::customs::customdeclarequery::*;
    let request = Request::by_out_trade_no("20150806125346", Customs::ShanghaiZs)
        .sign_type(wechatpay_v2::SignType::Md5)
        .transaction_id("1000320306201511078440737890")
        .sub_order_no("20150806125346")
        .sub_order_id("20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn mch_newcustoms_customdeclareredeclare() {
    use wechatpay_v2::v2::cgi_bin::mch::newcustoms::customdeclareredeclare::*;
    let request = Request::new(
        "20150806125346",
        "1000320306201511078440737890",
        Customs::ShanghaiZs,
        "123456",
    )
    .sign_type(wechatpay_v2::SignType::Md5)
    .sub_order_no("20150806125346")
    .sub_order_id("1000320306201511078440737891");
    support::endpoint_case(&request);
}
