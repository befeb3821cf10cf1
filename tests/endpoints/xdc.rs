//! `v2/xdc/...`: the sandbox sign key and sandbox endpoints (仿真测试).

use crate::support;

#[test]
fn apiv2getsignkey_sign_getsignkey() {
    use wechatpay_v2::v2::xdc::apiv2getsignkey::sign::getsignkey::*;
    let request = Request { mch_id: None };
    support::endpoint_case(&request);
}

#[test]
fn apiv2sandbox_pay_micropay() {
    use wechatpay_v2::v2::xdc::apiv2sandbox::pay::micropay::*;
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
fn apiv2sandbox_pay_orderquery() {
    use wechatpay_v2::v2::xdc::apiv2sandbox::pay::orderquery::*;
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
