//! `v2/deposit/...`: deposit payments (押金支付).

use crate::support;

#[test]
fn consume() {
    use wechatpay_v2::v2::deposit::consume::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("013467007045764".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        total_fee: 888,
        consume_fee: 888,
        fee_type: "CNY".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn facepay() {
    use wechatpay_v2::v2::deposit::facepay::*;
    let request = Request {
        deposit: Some(Deposit::Yes),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        device_info: Some("013467007045764".into()),
        body: "image形象店-深圳腾大- QQ公仔".into(),
        detail: Some(Detail {
            goods_detail: vec![Goods {
                goods_id: "商品编码".into(),
                wxpay_goods_id: Some("1001".into()),
                goods_name: "iPhone6s 16G".into(),
                goods_num: 1,
                price: 528800,
                goods_category: Some("123789".into()),
                body: Some("苹果手机".into()),
            }],
        }),
        attach: Some("说明".into()),
        out_trade_no: "1217472501201407033233367018".into(),
        total_fee: 888,
        fee_type: "CNY".into(),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("1234".into()),
        limit_pay: Some("no_credit".into()),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        face_code: "b713b5d2-666c-48".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn micropay() {
    use wechatpay_v2::v2::deposit::micropay::*;
    let request = Request {
        version: Some("1.0".into()),
        profit_sharing: Some(ProfitSharing::No),
        deposit: Deposit::Yes,
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        device_info: Some("013467007045764".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        body: "image形象店-深圳腾大- QQ公仔".into(),
        detail: Some(Detail {
            cost_price: Some(1),
            receipt_id: Some("wx123".into()),
            goods_detail: vec![
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    quantity: 1,
                    price: 1,
                },
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1002".into()),
                    goods_name: Some("iPhone6s 32G".into()),
                    quantity: 1,
                    price: 1,
                },
            ],
        }),
        attach: Some("说明".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: "CNY".into(),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("1234".into()),
        limit_pay: Some("no_credit".into()),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        receipt: Some("Y".into()),
        auth_code: "120061098828009406".into(),
        scene_info: Some(SceneInfo {
            store_info: StoreInfo {
                id: "SZTX001".into(),
                name: Some("腾大餐厅".into()),
                area_code: Some("440305".into()),
                address: Some("科技园中一路腾讯大厦".into()),
            },
        }),
    };
    support::endpoint_case(&request);
}

#[test]
fn orderquery() {
    use wechatpay_v2::v2::deposit::orderquery::*;
    let request = Request {
        version: Some(Version::V1_0),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn refund() {
    use wechatpay_v2::v2::deposit::refund::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        out_refund_no: "1217752501201407033233368018".into(),
        total_fee: 100,
        refund_fee: 100,
        refund_fee_type: Some("CNY".into()),
        refund_desc: Some("商品已售完".into()),
        refund_account: Some("REFUND_SOURCE_RECHARGE_FUNDS".into()),
        notify_url: Some("https://weixin.qq.com/notify/".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn refundquery() {
    use wechatpay_v2::v2::deposit::refundquery::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        out_refund_no: Some("1217752501201407033233368018".into()),
        refund_id: Some("1217752501201407033233368018".into()),
        offset: Some(15),
    };
    support::endpoint_case(&request);
}

#[test]
fn reverse() {
    use wechatpay_v2::v2::deposit::reverse::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn unifiedorder() {
    use wechatpay_v2::v2::deposit::unifiedorder::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        device_info: Some("013467007045764".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        body: "腾讯充值中心-QQ会员充值".into(),
        detail: Some(Detail {
            cost_price: None,
            receipt_id: None,
            goods_detail: vec![],
        }),
        attach: Some("说明".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        fee_type: "CNY".into(),
        total_fee: 888,
        spbill_create_ip: "123.12.12.123".into(),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        notify_url: "http://www.weixin.qq.com/wxpay/pay.php".into(),
        trade_type: TradeType::Jsapi,
        product_id: Some("12235413214070356458058".into()),
        limit_pay: Some("no_credit".into()),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        sub_openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        receipt: Some(Receipt::Yes),
        scene_info: Some(SceneInfo {
            store_info: StoreInfo {
                id: "SZTX001".into(),
                name: Some("腾大餐厅".into()),
                area_code: Some("440305".into()),
                address: Some("科技园中一路腾讯大厦".into()),
            },
        }),
    };
    support::endpoint_case(&request);
}
