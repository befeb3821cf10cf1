//! `v2/vehicle/...`: parking (车主平台) endpoints.

use crate::support;

#[test]
fn pay_querystate() {
    use wechatpay_v2::v2::vehicle::pay::querystate::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        TradeScene::Parking,
        Version::V3_0,
    )
    .jump_scene(JumpScene::H5)
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .plate_number("粤B888888");
    support::endpoint_case(&request);
}

#[test]
fn pay_payapply() {
    use wechatpay_v2::v2::vehicle::pay::payapply::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "公交代扣",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "http://yoursite.com/wxpay.html",
        TradeType::Pap,
        Version::V3_0,
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new(
                "20170926114339",
                "12312312312",
                "CB1000sdfasd",
                "欢乐海岸停车场",
                DeductMode::Proactive,
                SupportDeductMode::DeductProactiveOnly,
            )
            .end_time("20170826114339")
            .car_type("大型车")
            .free_time("1200"),
        )),
    )
    .detail("公交代扣：A公交代扣：B公交代扣：C")
    .attach("自定义参数")
    .fee_type("CNY")
    .goods_tag("WXG")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .profit_sharing(ProfitSharing::Yes);
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_querystate() {
    use wechatpay_v2::v2::vehicle::partnerpay::querystate::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        TradeScene::Parking,
        Version::V3_0,
    )
    .jump_scene(JumpScene::H5)
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .sub_openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .plate_number("粤B888888");
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_payapply() {
    use wechatpay_v2::v2::vehicle::partnerpay::payapply::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "公交代扣",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "http://yoursite.com/wxpay.html",
        TradeType::Pap,
        Version::V3_0,
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new(
                "20170926114339",
                "12312312312",
                "CB1000sdfasd",
                "欢乐海岸停车场",
                DeductMode::Proactive,
                SupportDeductMode::DeductProactiveOnly,
            )
            .end_time("20170826114339")
            .car_type("大型车")
            .free_time("1200"),
        )),
    )
    .detail("公交代扣：A公交代扣：B公交代扣：C")
    .attach("自定义参数")
    .fee_type("CNY")
    .goods_tag("WXG")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .profit_sharing(ProfitSharing::Yes);
    support::endpoint_case(&request);
}

#[test]
fn pay_notification() {
    use wechatpay_v2::v2::vehicle::pay::notification::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "3.0",
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new("20170926114339", "CB1000sdfasd", "欢乐海岸停车场", "1200")
                .notify_url("https://weixin.qq.com")
                .car_type("大型车"),
        )),
    );
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_notification() {
    use wechatpay_v2::v2::vehicle::partnerpay::notification::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        Version::V3_0,
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new("20170926114339", "CB1000sdfasd", "欢乐海岸停车场", "1200")
                .notify_url("https://weixin.qq.com")
                .car_type("大型车"),
        )),
    );
    support::endpoint_case(&request);
}
