//! `v2/deposit/...`: deposit payments (押金支付).

use crate::support;

#[test]
fn consume() {
    use wechatpay_v2::v2::deposit::consume::*;
    let request = Request::by_transaction_id(
        "013467007045764",
        888u64,
        888u64,
        "CNY",
        wechatpay_v2::SignType::HmacSha256,
    )
    .out_trade_no("1217752501201407033233368018");
    support::endpoint_case(&request);
}

#[test]
fn facepay() {
    use wechatpay_v2::v2::deposit::facepay::*;
    let request = Request::new(
        "image形象店-深圳腾大- QQ公仔",
        "1217472501201407033233367018",
        888u64,
        "CNY",
        "8.8.8.8",
        "b713b5d2-666c-48",
        wechatpay_v2::SignType::HmacSha256,
    )
    .deposit(Deposit::Yes)
    .device_info("013467007045764")
    .detail(Detail::new(vec![
        Goods::new("商品编码", "iPhone6s 16G", 1u64, 528800u64)
            .wxpay_goods_id("1001")
            .goods_category("123789")
            .body("苹果手机"),
    ]))
    .attach("说明")
    .goods_tag("1234")
    .limit_pay("no_credit")
    .time_start("20091225091010")
    .time_expire("20091227091010")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    support::endpoint_case(&request);
}

#[test]
fn micropay() {
    use wechatpay_v2::v2::deposit::micropay::*;
    let request = Request::new(
        Deposit::Yes,
        wechatpay_v2::SignType::HmacSha256,
        "image形象店-深圳腾大- QQ公仔",
        "1217752501201407033233368018",
        888u64,
        "CNY",
        "8.8.8.8",
        "120061098828009406",
    )
    .version("1.0")
    .profit_sharing(ProfitSharing::No)
    .device_info("013467007045764")
    .detail(
        Detail::new(vec![
            Goods::new(1u64, 1u64)
                .goods_id("商品编码")
                .wxpay_goods_id("1001")
                .goods_name("iPhone6s 16G"),
            Goods::new(1u64, 1u64)
                .goods_id("商品编码")
                .wxpay_goods_id("1002")
                .goods_name("iPhone6s 32G"),
        ])
        .cost_price(1u64)
        .receipt_id("wx123"),
    )
    .attach("说明")
    .goods_tag("1234")
    .limit_pay("no_credit")
    .time_start("20091225091010")
    .time_expire("20091227091010")
    .receipt("Y")
    .scene_info(SceneInfo::new(
        StoreInfo::new("SZTX001")
            .name("腾大餐厅")
            .area_code("440305")
            .address("科技园中一路腾讯大厦"),
    ));
    support::endpoint_case(&request);
}

#[test]
fn orderquery() {
    use wechatpay_v2::v2::deposit::orderquery::*;
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .out_trade_no("20150806125346")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn refund() {
    use wechatpay_v2::v2::deposit::refund::*;
    let request = Request::by_transaction_id(
        "1217752501201407033233368018",
        "1217752501201407033233368018",
        100u64,
        100u64,
    )
    .sign_type(wechatpay_v2::SignType::HmacSha256)
    .out_trade_no("1217752501201407033233368018")
    .refund_fee_type("CNY")
    .refund_desc("商品已售完")
    .refund_account("REFUND_SOURCE_RECHARGE_FUNDS")
    .notify_url("https://weixin.qq.com/notify/");
    support::endpoint_case(&request);
}

#[test]
fn refundquery() {
    use wechatpay_v2::v2::deposit::refundquery::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256)
        .out_trade_no("1217752501201407033233368018")
        .out_refund_no("1217752501201407033233368018")
        .refund_id("1217752501201407033233368018")
        .offset(15u32);
    support::endpoint_case(&request);
}

#[test]
fn reverse() {
    use wechatpay_v2::v2::deposit::reverse::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .out_trade_no("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn unifiedorder() {
    use wechatpay_v2::v2::deposit::unifiedorder::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "腾讯充值中心-QQ会员充值",
        "1217752501201407033233368018",
        "CNY",
        888u64,
        "123.12.12.123",
        "http://www.weixin.qq.com/wxpay/pay.php",
        TradeType::Jsapi,
    )
    .device_info("013467007045764")
    .detail(Detail::new(vec![]))
    .attach("说明")
    .time_start("20091225091010")
    .time_expire("20091227091010")
    .product_id("12235413214070356458058")
    .limit_pay("no_credit")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .sub_openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .receipt(Receipt::Yes)
    .scene_info(SceneInfo::new(
        StoreInfo::new("SZTX001")
            .name("腾大餐厅")
            .area_code("440305")
            .address("科技园中一路腾讯大厦"),
    ));
    support::endpoint_case(&request);
}
