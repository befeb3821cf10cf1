//! `v2/vehicle/...`: parking (车主平台) endpoints.

use crate::support;

#[test]
fn pay_querystate() {
    use wechatpay_v2::v2::vehicle::pay::querystate::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        trade_scene: TradeScene::Parking,
        jump_scene: Some(JumpScene::H5),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        plate_number: Some("粤B888888".into()),
        version: Version::V3_0,
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_payapply() {
    use wechatpay_v2::v2::vehicle::pay::payapply::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        body: "公交代扣".into(),
        detail: Some("公交代扣：A公交代扣：B公交代扣：C".into()),
        attach: Some("自定义参数".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("WXG".into()),
        notify_url: "http://yoursite.com/wxpay.html".into(),
        trade_type: TradeType::Pap,
        version: Version::V3_0,
        trade_scene: TradeScene::Parking,
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        profit_sharing: Some(ProfitSharing::Yes),
        scene_info: SceneInfo {
            scene_info: Scene::Parking(ParkingScene {
                start_time: "20170926114339".into(),
                end_time: Some("20170826114339".into()),
                charging_time: "12312312312".into(),
                plate_number: "CB1000sdfasd".into(),
                car_type: Some("大型车".into()),
                parking_name: "欢乐海岸停车场".into(),
                free_time: Some("1200".into()),
                deduct_mode: DeductMode::Proactive,
                support_deduct_mode: SupportDeductMode::DeductProactiveOnly,
            }),
        },
    };
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_querystate() {
    use wechatpay_v2::v2::vehicle::partnerpay::querystate::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        trade_scene: TradeScene::Parking,
        jump_scene: Some(JumpScene::H5),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        sub_openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        plate_number: Some("粤B888888".into()),
        version: Version::V3_0,
    };
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_payapply() {
    use wechatpay_v2::v2::vehicle::partnerpay::payapply::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        body: "公交代扣".into(),
        detail: Some("公交代扣：A公交代扣：B公交代扣：C".into()),
        attach: Some("自定义参数".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("WXG".into()),
        notify_url: "http://yoursite.com/wxpay.html".into(),
        trade_type: TradeType::Pap,
        version: Version::V3_0,
        trade_scene: TradeScene::Parking,
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        profit_sharing: Some(ProfitSharing::Yes),
        scene_info: SceneInfo {
            scene_info: Scene::Parking(ParkingScene {
                start_time: "20170926114339".into(),
                end_time: Some("20170826114339".into()),
                charging_time: "12312312312".into(),
                plate_number: "CB1000sdfasd".into(),
                car_type: Some("大型车".into()),
                parking_name: "欢乐海岸停车场".into(),
                free_time: Some("1200".into()),
                deduct_mode: DeductMode::Proactive,
                support_deduct_mode: SupportDeductMode::DeductProactiveOnly,
            }),
        },
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_notification() {
    use wechatpay_v2::v2::vehicle::pay::notification::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        version: "3.0".into(),
        trade_scene: TradeScene::Parking,
        scene_info: SceneInfo {
            scene_info: Scene::Parking(ParkingScene {
                start_time: "20170926114339".into(),
                notify_url: Some("https://weixin.qq.com".into()),
                plate_number: "CB1000sdfasd".into(),
                car_type: Some("大型车".into()),
                parking_name: "欢乐海岸停车场".into(),
                free_time: "1200".into(),
            }),
        },
    };
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_notification() {
    use wechatpay_v2::v2::vehicle::partnerpay::notification::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        version: Version::V3_0,
        trade_scene: TradeScene::Parking,
        scene_info: SceneInfo {
            scene_info: Scene::Parking(ParkingScene {
                start_time: "20170926114339".into(),
                notify_url: Some("https://weixin.qq.com".into()),
                plate_number: "CB1000sdfasd".into(),
                car_type: Some("大型车".into()),
                parking_name: "欢乐海岸停车场".into(),
                free_time: "1200".into(),
            }),
        },
    };
    support::endpoint_case(&request);
}
