//! `v2/xdc/...`: the sandbox sign key and sandbox endpoints (仿真测试).

use crate::support;

#[test]
fn apiv2getsignkey_sign_getsignkey() {
    use wechatpay_v2::v2::xdc::apiv2getsignkey::sign::getsignkey::*;
    let request = Request::default();
    support::endpoint_case(&request);
}

#[test]
fn apiv2sandbox_pay_micropay() {
    use wechatpay_v2::v2::xdc::apiv2sandbox::pay::micropay::*;
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
fn apiv2sandbox_pay_orderquery() {
    use wechatpay_v2::v2::xdc::apiv2sandbox::pay::orderquery::*;
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .out_trade_no("20150806125346")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}
