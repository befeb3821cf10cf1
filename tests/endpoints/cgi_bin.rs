//! `v2/cgi-bin/...`: customs declaration of orders (海关报关); the feature takes the accessor form of `cgi-bin`.

use crate::support;

#[test]
fn mch_customs_customdeclareorder() {
    use wechatpay_v2::v2::cgi_bin::mch::customs::customdeclareorder::*;
    let request = Request {
        appid: None,
        mch_id: None,
        out_trade_no: "20150806125346".into(),
        transaction_id: "1000320306201511078440737890".into(),
        customs: Customs::ShanghaiZs,
        mch_customs_no: "123456".into(),
        duty: Some(888),
        action_type: Some(ActionType::Add),
        sub_order_no: Some("20150806125346".into()),
        fee_type: Some("CNY".into()),
        order_fee: Some(888),
        transport_fee: Some(888),
        product_fee: Some(888),
        cert_type: Some(CertType::Idcard),
        cert_id: Some("330821198809085211".into()),
        name: Some("张三".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_customs_customdeclarequery() {
    use wechatpay_v2::v2::cgi_bin::mch::customs::customdeclarequery::*;
    let request = Request {
        sign_type: Some(wechatpay_v2::SignType::Md5),
        appid: None,
        mch_id: None,
        out_trade_no: Some("20150806125346".into()),
        transaction_id: Some("1000320306201511078440737890".into()),
        sub_order_no: Some("20150806125346".into()),
        sub_order_id: Some("20150806125346".into()),
        customs: Customs::ShanghaiZs,
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_newcustoms_customdeclareredeclare() {
    use wechatpay_v2::v2::cgi_bin::mch::newcustoms::customdeclareredeclare::*;
    let request = Request {
        sign_type: Some(wechatpay_v2::SignType::Md5),
        appid: None,
        mch_id: None,
        out_trade_no: "20150806125346".into(),
        transaction_id: "1000320306201511078440737890".into(),
        sub_order_no: Some("20150806125346".into()),
        sub_order_id: Some("1000320306201511078440737891".into()),
        customs: Customs::ShanghaiZs,
        mch_customs_no: "123456".into(),
    };
    support::endpoint_case(&request);
}
