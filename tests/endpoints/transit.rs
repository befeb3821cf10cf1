//! `v2/transit/...`: public-transport deduction (乘车码代扣).

use crate::support;

#[test]
fn queryorder() {
    use wechatpay_v2::v2::transit::queryorder::*;
    let request = Request::by_transaction_id(
        "1009660380201506130728806387",
        wechatpay_v2::SignType::HmacSha256,
    )
    .out_trade_no("20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn pay_querystate() {
    use wechatpay_v2::v2::transit::pay::querystate::*;
    let request = Request::new(
        "wx15463511252015071056489715",
        wechatpay_v2::SignType::HmacSha256,
        "oyobu0dmn6tdodznfwkoekqorbi8",
    );
    support::endpoint_case(&request);
}

#[test]
fn pay_payapply() {
    use wechatpay_v2::v2::transit::pay::payapply::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "公交代扣",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "http://yoursite.com/wxpay.html",
        TradeType::Pap,
        TradeScene::Metro,
        SceneInfo::new(Scene::Metro(
            MetroScene::new("20170826114339")
                .end_time("20170826114339")
                .qrcode_hash("a437d98bbf07bdde2942c99f6a2ab88a72b60aa747fce54b093c6")
                .start_station("西单")
                .end_station("天安门西"),
        )),
        Version::V2_0,
    )
    .detail("公交代扣：A 公交代扣：B 公交代扣：C")
    .attach("自定义参数")
    .fee_type("CNY")
    .goods_tag("WXG")
    .contract_id("Wx15463511252015071056489715")
    .clientip("119.145.83.6")
    .deviceid("baf04e6bbbd06f7b1a197d18ed53b7f1")
    .mobile("18933432355")
    .email("aobama@whitehouse.com")
    .qq("100243")
    .openid("baf04e6bbbd06f7b1a197d18ed53b7f1")
    .creid("110102199701011000")
    .outerid("user123");
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_querystate() {
    use wechatpay_v2::v2::transit::partnerpay::querystate::*;
    let request = Request::new(
        "wx15463511252015071056489715",
        wechatpay_v2::SignType::HmacSha256,
        "oyobu0dmn6tdodznfwkoekqorbi8",
    );
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_queryorder() {
    use wechatpay_v2::v2::transit::partnerpay::queryorder::*;
    let request = Request::by_transaction_id(
        "1009660380201506130728806387",
        wechatpay_v2::SignType::HmacSha256,
    )
    .out_trade_no("20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn partnerpay_payapply() {
    use wechatpay_v2::v2::transit::partnerpay::payapply::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "公交代扣",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "http://yoursite.com/wxpay.html",
        TradeType::Pap,
        TradeScene::Metro,
        SceneInfo::new(Scene::Metro(
            MetroScene::new("20170826114339")
                .end_time("20170826114339")
                .qrcode_hash("a437d98bbf07bdde2942c99f6a2ab88a72b60aa747fce54b093c6")
                .start_station("西单")
                .end_station("天安门西"),
        )),
        Version::V2_0,
    )
    .detail("公交代扣：A 公交代扣：B 公交代扣：C")
    .attach("自定义参数")
    .fee_type("CNY")
    .goods_tag("WXG")
    .contract_id("Wx15463511252015071056489715")
    .clientip("119.145.83.6")
    .deviceid("baf04e6bbbd06f7b1a197d18ed53b7f1")
    .mobile("18933432355")
    .email("aobama@whitehouse.com")
    .qq("100243")
    .openid("baf04e6bbbd06f7b1a197d18ed53b7f1")
    .creid("110102199701011000")
    .outerid("user123");
    support::endpoint_case(&request);
}
