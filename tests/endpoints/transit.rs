//! `v2/transit/...`: public-transport deduction (乘车码代扣).

use crate::support;

#[test]
fn queryorder() {
    use wechatpay_v2::v2::transit::queryorder::*;
    let request = Request {
        appid: None,
        mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_querystate() {
    use wechatpay_v2::v2::transit::pay::querystate::*;
    let request = Request {
        appid: None,
        mch_id: None,
        contract_id: "wx15463511252015071056489715".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        openid: "oyobu0dmn6tdodznfwkoekqorbi8".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_payapply() {
    use wechatpay_v2::v2::transit::pay::payapply::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        body: "公交代扣".into(),
        detail: Some("公交代扣：A 公交代扣：B 公交代扣：C".into()),
        attach: Some("自定义参数".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("WXG".into()),
        notify_url: "http://yoursite.com/wxpay.html".into(),
        trade_type: TradeType::Pap,
        contract_id: Some("Wx15463511252015071056489715".into()),
        trade_scene: TradeScene::Metro,
        scene_info: SceneInfo {
            scene_info: Scene::Metro(MetroScene {
                start_time: "20170826114339".into(),
                end_time: Some("20170826114339".into()),
                qrcode_hash: Some("a437d98bbf07bdde2942c99f6a2ab88a72b60aa747fce54b093c6".into()),
                start_station: Some("西单".into()),
                end_station: Some("天安门西".into()),
            }),
        },
        clientip: Some("119.145.83.6".into()),
        deviceid: Some("baf04e6bbbd06f7b1a197d18ed53b7f1".into()),
        mobile: Some("18933432355".into()),
        email: Some("aobama@whitehouse.com".into()),
        qq: Some("100243".into()),
        openid: Some("baf04e6bbbd06f7b1a197d18ed53b7f1".into()),
        creid: Some("110102199701011000".into()),
        outerid: Some("user123".into()),
        version: Version::V2_0,
    };
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_querystate() {
    use wechatpay_v2::v2::transit::partnerpay::querystate::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        contract_id: "wx15463511252015071056489715".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        openid: "oyobu0dmn6tdodznfwkoekqorbi8".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_queryorder() {
    use wechatpay_v2::v2::transit::partnerpay::queryorder::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_payapply() {
    use wechatpay_v2::v2::transit::partnerpay::payapply::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        body: "公交代扣".into(),
        detail: Some("公交代扣：A 公交代扣：B 公交代扣：C".into()),
        attach: Some("自定义参数".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("WXG".into()),
        notify_url: "http://yoursite.com/wxpay.html".into(),
        trade_type: TradeType::Pap,
        contract_id: Some("Wx15463511252015071056489715".into()),
        trade_scene: TradeScene::Metro,
        scene_info: SceneInfo {
            scene_info: Scene::Metro(MetroScene {
                start_time: "20170826114339".into(),
                end_time: Some("20170826114339".into()),
                qrcode_hash: Some("a437d98bbf07bdde2942c99f6a2ab88a72b60aa747fce54b093c6".into()),
                start_station: Some("西单".into()),
                end_station: Some("天安门西".into()),
            }),
        },
        clientip: Some("119.145.83.6".into()),
        deviceid: Some("baf04e6bbbd06f7b1a197d18ed53b7f1".into()),
        mobile: Some("18933432355".into()),
        email: Some("aobama@whitehouse.com".into()),
        qq: Some("100243".into()),
        openid: Some("baf04e6bbbd06f7b1a197d18ed53b7f1".into()),
        creid: Some("110102199701011000".into()),
        outerid: Some("user123".into()),
        version: Version::V2_0,
    };
    support::endpoint_case(&request);
}
