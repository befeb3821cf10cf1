//! `v2/sandboxnew/...`: sandbox copies of the payment endpoints (沙箱环境).

use crate::support;

#[test]
fn pay_downloadbill() {
    use wechatpay_v2::v2::sandboxnew::pay::downloadbill::*;
    let request = Request::new("20140603")
        .bill_type(BillType::All)
        .tar_type(TarType::Gzip);
    support::endpoint_case(&request);
}

#[test]
fn pay_getsignkey() {
    use wechatpay_v2::v2::sandboxnew::pay::getsignkey::*;
    let request = Request::default();
    support::endpoint_case(&request);
}

#[test]
fn pay_micropay() {
    use wechatpay_v2::v2::sandboxnew::pay::micropay::*;
    let request = Request::new(
        "image形象店-深圳腾大- QQ公仔",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "120061098828009406",
    )
    .version("1.0")
    .profit_sharing(ProfitSharing::No)
    .deposit(Deposit::Yes)
    .device_info("013467007045764")
    .sign_type(wechatpay_v2::SignType::HmacSha256)
    .detail(
        Detail::new(vec![
            Goods::default()
                .goods_id("商品编码")
                .wxpay_goods_id("1001")
                .goods_name("iPhone6s 16G")
                .quantity(1u64)
                .price(1u64),
            Goods::default()
                .goods_id("商品编码")
                .wxpay_goods_id("1002")
                .goods_name("iPhone6s 32G")
                .quantity(1u64)
                .price(1u64),
        ])
        .cost_price(1u64)
        .receipt_id("wx123"),
    )
    .attach("说明")
    .fee_type("CNY")
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
fn pay_orderquery() {
    use wechatpay_v2::v2::sandboxnew::pay::orderquery::*;
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .out_trade_no("20150806125346")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn pay_refund() {
    use wechatpay_v2::v2::sandboxnew::pay::refund::*;
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
fn pay_refundquery() {
    use wechatpay_v2::v2::sandboxnew::pay::refundquery::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256)
        .out_trade_no("1217752501201407033233368018")
        .out_refund_no("1217752501201407033233368018")
        .refund_id("1217752501201407033233368018")
        .offset(15u32);
    support::endpoint_case(&request);
}

#[test]
fn pay_unifiedorder() {
    use wechatpay_v2::v2::sandboxnew::pay::unifiedorder::*;
    let request = Request::new(
        "腾讯充值中心-QQ会员充值",
        "20150806125346",
        88u64,
        "123.12.12.123",
        "http://www.weixin.qq.com/wxpay/pay.php",
        TradeType::Jsapi,
    )
    .version(Version::V1_0)
    .profit_sharing(ProfitSharing::No)
    .device_info("013467007045764")
    .sign_type(wechatpay_v2::SignType::Md5)
    .detail(
        Detail::new(vec![
            Goods::default()
                .goods_id("商品编码")
                .wxpay_goods_id("1001")
                .goods_name("iPhone6s 16G")
                .quantity(1u64)
                .price(1u64),
            Goods::default()
                .goods_id("商品编码")
                .wxpay_goods_id("1002")
                .goods_name("iPhone6s 32G")
                .quantity(1u64)
                .price(1u64),
        ])
        .cost_price(1u64)
        .receipt_id("wx123"),
    )
    .attach("深圳分店")
    .fee_type("CNY")
    .time_start("20091225091010")
    .time_expire("20091227091010")
    .goods_tag("WXG")
    .product_id("12235413214070356458058")
    .limit_pay("no_credit")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .receipt(Receipt::Yes)
    .scene_info(SceneInfo::new(
        StoreInfo::new("SZTX001")
            .name("腾大餐厅")
            .area_code("440305")
            .address("科技园中一路腾讯大厦"),
    ))
    .user_type(UserType::IdCard)
    .user_creid("43102119910910512X")
    .user_truename("周星星");
    support::endpoint_case(&request);
}
