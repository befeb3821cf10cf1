//! `v2/sandboxnew/...`: sandbox copies of the payment endpoints (沙箱环境).

use crate::support;

#[test]
fn pay_downloadbill() {
    use wechatpay_v2::v2::sandboxnew::pay::downloadbill::*;
    let request = Request {
        appid: None,
        mch_id: None,
        bill_date: "20140603".into(),
        bill_type: Some(BillType::All),
        tar_type: Some(TarType::Gzip),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_getsignkey() {
    use wechatpay_v2::v2::sandboxnew::pay::getsignkey::*;
    let request = Request { mch_id: None };
    support::endpoint_case(&request);
}

#[test]
fn pay_micropay() {
    use wechatpay_v2::v2::sandboxnew::pay::micropay::*;
    let request = Request {
        version: Some("1.0".into()),
        profit_sharing: Some(ProfitSharing::No),
        deposit: Some(Deposit::Yes),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        device_info: Some("013467007045764".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        body: "image形象店-深圳腾大- QQ公仔".into(),
        detail: Some(Detail {
            cost_price: Some(1),
            receipt_id: Some("wx123".into()),
            goods_detail: vec![
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    mcc: None,
                },
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1002".into()),
                    goods_name: Some("iPhone6s 32G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    mcc: None,
                },
            ],
        }),
        attach: Some("说明".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
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
fn pay_orderquery() {
    use wechatpay_v2::v2::sandboxnew::pay::orderquery::*;
    let request = Request {
        version: Some(Version::V1_0),
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_refund() {
    use wechatpay_v2::v2::sandboxnew::pay::refund::*;
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
fn pay_refundquery() {
    use wechatpay_v2::v2::sandboxnew::pay::refundquery::*;
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
fn pay_unifiedorder() {
    use wechatpay_v2::v2::sandboxnew::pay::unifiedorder::*;
    let request = Request {
        version: Some(Version::V1_0),
        profit_sharing: Some(ProfitSharing::No),
        appid: None,
        mch_id: None,
        device_info: Some("013467007045764".into()),
        sign_type: Some(wechatpay_v2::SignType::Md5),
        body: "腾讯充值中心-QQ会员充值".into(),
        detail: Some(Detail {
            cost_price: Some(1),
            receipt_id: Some("wx123".into()),
            goods_detail: vec![
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    mcc: None,
                },
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1002".into()),
                    goods_name: Some("iPhone6s 32G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    mcc: None,
                },
            ],
        }),
        attach: Some("深圳分店".into()),
        out_trade_no: "20150806125346".into(),
        fee_type: Some("CNY".into()),
        total_fee: 88,
        spbill_create_ip: "123.12.12.123".into(),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        goods_tag: Some("WXG".into()),
        notify_url: "http://www.weixin.qq.com/wxpay/pay.php".into(),
        trade_type: TradeType::Jsapi,
        product_id: Some("12235413214070356458058".into()),
        limit_pay: Some("no_credit".into()),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        receipt: Some(Receipt::Yes),
        scene_info: Some(SceneInfo {
            store_info: StoreInfo {
                id: "SZTX001".into(),
                name: Some("腾大餐厅".into()),
                area_code: Some("440305".into()),
                address: Some("科技园中一路腾讯大厦".into()),
            },
        }),
        user_type: Some(UserType::IdCard),
        user_creid: Some("43102119910910512X".into()),
        user_truename: Some("周星星".into()),
    };
    support::endpoint_case(&request);
}
