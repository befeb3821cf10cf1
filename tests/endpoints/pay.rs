//! `v2/pay/...`: payments, queries, refunds, bills, profit sharing (基础支付).

use crate::support;

#[test]
fn closecombinedorder() {
    use wechatpay_v2::v2::pay::closecombinedorder::*;
    let request = Request::new(
        "wx8888888888888888",
        "1900000109",
        wechatpay_v2::SignType::HmacSha256,
        "1217752501201407033233368018",
        vec![SubOrder::new("1900009001", "OD201708030001")],
    );
    support::endpoint_case(&request);
}

#[test]
fn closeorder() {
    use wechatpay_v2::v2::pay::closeorder::*;
    let request =
        Request::new("1217752501201407033233368018").sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn combinedorder() {
    use wechatpay_v2::v2::pay::combinedorder::*;
    let request = Request::new(
        "wx8888888888888888",
        "1900000109",
        wechatpay_v2::SignType::HmacSha256,
        "1217752501201407033233368018",
        "8.8.8.8",
        "http://www.weixin.qq.com/wxpay/pay.php",
        "JSAPI",
        SceneInfo::new("14.17.22.32").h5_info(
            H5Info::new(
                // The example says `IOS`; the schema's value is `iOS`.
                H5Type::Ios,
            )
            .app_name("王者荣耀")
            .bundle_id("com.tencent.wzryIOS"),
        ),
        SubOrders::new(
            3u64,
            vec![SubOrder::new(
                "wxdace645e0bc2c424",
                "1900009001",
                "子订单1",
                "深圳分店",
                "OD201708030001",
                "CNY",
                1234u64,
            )],
        ),
    )
    .device_info("013467007045764")
    .time_start("20171225091010")
    .time_expire("20171225091510")
    .product_id("1234567890")
    .combine_openid("120061098828009406");
    support::endpoint_case(&request);
}

#[test]
fn contractorder() {
    use wechatpay_v2::v2::pay::contractorder::*;
    let request = Request::new(
        "1200009811",
        "wxcbda96de0b165486",
        "123456",
        "Ipadmini16G白色",
        "http://yoursite.com",
        888u64,
        "123.12.12.123",
        TradeType::Jsapi,
        123u32,
        "100001256",
        1695u64,
        "123",
        "http://yoursite.com",
    )
    .device_info("013467007045764")
    .detail("Ipadmini16G白色")
    .attach("深圳分店")
    .time_start("20091225091010")
    .time_expire("20091227091010")
    .goods_tag("WXG")
    .product_id("12235413214070356458058")
    .limit_pay("no_credit")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .sub_openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    support::endpoint_case(&request);
}

#[test]
fn downloadbill() {
    use wechatpay_v2::v2::pay::downloadbill::*;
    let request = Request::new("20140603")
        .bill_type(BillType::All)
        .tar_type(TarType::Gzip);
    support::endpoint_case(&request);
}

#[test]
fn downloadfundflow() {
    use wechatpay_v2::v2::pay::downloadfundflow::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "20140603",
        AccountType::Basic,
    )
    .tar_type(TarType::Gzip);
    support::endpoint_case(&request);
}

#[test]
fn facepay() {
    use wechatpay_v2::v2::pay::facepay::*;
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
        Goods::new("商品编码", "iPhone6s 16G", 1u64, 1u64).wxpay_goods_id("1001"),
        Goods::new("商品编码", "iPhone6s 32G", 1u64, 1u64).wxpay_goods_id("1002"),
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
fn facepayquery() {
    use wechatpay_v2::v2::pay::facepayquery::*;
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .out_trade_no("20150806125346")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn micropay() {
    use wechatpay_v2::v2::pay::micropay::*;
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
fn orderquery() {
    use wechatpay_v2::v2::pay::orderquery::*;
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .out_trade_no("20150806125346")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn paporderquery() {
    use wechatpay_v2::v2::pay::paporderquery::*;
    let request =
        Request::by_transaction_id("1009660380201506130728806387").out_trade_no("20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn pappayapply() {
    use wechatpay_v2::v2::pay::pappayapply::*;
    let request = Request::new(
        "水电代扣",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "http://yoursite.com/wxpay.html",
        "PAP",
        "Wx15463511252015071056489715",
    )
    .detail("水电代扣：A水电代扣：B水电代扣：C")
    .attach("自定义参数")
    .fee_type("CNY")
    .goods_tag("WXG")
    .receipt("Y");
    support::endpoint_case(&request);
}

#[test]
fn partner_paporderquery() {
    use wechatpay_v2::v2::pay::partner::paporderquery::*;
    let request =
        Request::by_transaction_id("1009660380201506130728806387").out_trade_no("20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn partner_pappayapply() {
    use wechatpay_v2::v2::pay::partner::pappayapply::*;
    let request = Request::new(
        "水电代扣",
        "1217752501201407033233368018",
        888u64,
        "8.8.8.8",
        "http://yoursite.com/wxpay.html",
        "PAP",
        "Wx15463511252015071056489715",
    )
    .detail("水电代扣：A水电代扣：B水电代扣：C")
    .attach("自定义参数")
    .fee_type("CNY")
    .goods_tag("WXG")
    .receipt("Y");
    support::endpoint_case(&request);
}

#[test]
fn profitsharingaddreceiver() {
    use wechatpay_v2::v2::pay::profitsharingaddreceiver::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        Receiver::new(ReceiverType::MerchantId, "190001001")
            .name("示例商户全称")
            .relation_type(RelationType::StoreOwner),
    );
    support::endpoint_case(&request);
}

#[test]
fn profitsharingmerchantratioquery() {
    use wechatpay_v2::v2::pay::profitsharingmerchantratioquery::*;
    let request = Request::new(wechatpay_v2::SignType::HmacSha256).brand_mch_id("1900000108");
    support::endpoint_case(&request);
}

#[test]
fn profitsharingorderamountquery() {
    use wechatpay_v2::v2::pay::profitsharingorderamountquery::*;
    let request = Request::new(
        "4208450740201411110007820472",
        wechatpay_v2::SignType::HmacSha256,
    );
    support::endpoint_case(&request);
}

#[test]
fn profitsharingquery() {
    use wechatpay_v2::v2::pay::profitsharingquery::*;
    let request = Request::new(
        "4208450740201411110007820472",
        "P20150806125346",
        wechatpay_v2::SignType::HmacSha256,
    );
    support::endpoint_case(&request);
}

#[test]
fn profitsharingremovereceiver() {
    use wechatpay_v2::v2::pay::profitsharingremovereceiver::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        Receiver::new(ReceiverType::MerchantId, "190001001"),
    );
    support::endpoint_case(&request);
}

#[test]
fn profitsharingreturnquery() {
    use wechatpay_v2::v2::pay::profitsharingreturnquery::*;
    let request = Request::new(wechatpay_v2::SignType::HmacSha256, "R20190516001")
        .order_id("3008450740201411110007820472")
        .out_order_no("P20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn querycombinedorder() {
    use wechatpay_v2::v2::pay::querycombinedorder::*;
    let request = Request::new(
        "wx8888888888888888",
        "1900000109",
        wechatpay_v2::SignType::HmacSha256,
        "1217752501201407033233368018",
    );
    support::endpoint_case(&request);
}

#[test]
fn queryexchagerate() {
    use wechatpay_v2::v2::pay::queryexchagerate::*;
    let request = Request::new("USD", "20150807");
    support::endpoint_case(&request);
}

#[test]
fn refundquery() {
    use wechatpay_v2::v2::pay::refundquery::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256)
        .out_trade_no("1217752501201407033233368018")
        .out_refund_no("1217752501201407033233368018")
        .refund_id("1217752501201407033233368018")
        .offset(15u32);
    support::endpoint_case(&request);
}

#[test]
fn refundqueryv2() {
    use wechatpay_v2::v2::pay::refundqueryv2::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256)
        .out_trade_no("1217752501201407033233368018")
        .out_refund_no("1217752501201407033233368018")
        .refund_id("1217752501201407033233368018")
        .offset(15u32);
    support::endpoint_case(&request);
}

#[test]
fn settlementquery() {
    use wechatpay_v2::v2::pay::settlementquery::*;
    let request = Request::new(UseTag::Settled, 0u32, 10u32, "20150807", "20150807")
        .query_split(QuerySplit::Yes);
    support::endpoint_case(&request);
}

#[test]
fn unifiedorder() {
    use wechatpay_v2::v2::pay::unifiedorder::*;
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
