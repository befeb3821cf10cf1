//! `v2/secapi/...`: certificate-secured operations: refunds, reversals, profit sharing, sub-merchants (安全接口).

use crate::support;

#[test]
fn mch_add_institutionsub() {
    use wechatpay_v2::v2::secapi::mch::add_institutionsub::*;
    let request = Request::new(
        "wx8888888888888888",
        "Merchantname",
        "Merchantshortname",
        "ABC123456",
        "344",
        MerchantType::Enterprise,
        "343",
        "4214",
        "5555-8888",
        "2020-10-16",
        BusinessType::Both,
        "https://download.qq.com",
        "https://www.qq.com",
        "wx8888888888888888",
        "wx8888888888888888",
        "广东省深圳市南山区科技中一道10000号",
        vec![
            "ySdrxMVb92Rmf9p2n7aJ4nAkJsqjYAt8uWQxBQ_p2Jgs".into(),
            "ySdVr5RR9cPRAq5FS0BKJxc78190x27psCzAwNzi6VdEI".into(),
            "yS2xjJ9lhuVwUyQbq0AYmP80p50vVuhdSjsKM".into(),
        ],
        "BobZhang",
        "5555—8888",
        "BobZhang",
        "5555—8888",
        "075586010000",
        "李先生",
        "075586010000",
        "test@test.com",
        "555588889999",
    )
    .channel_id("101")
    .registration_certificate_copy("aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj")
    .apply_h5_payment(ApplyH5Payment::Yes)
    .h5_website_url("https://qq.com")
    .h5_domains(vec!["www.qq.com".into(), "www.weixin.com".into()])
    .attach("555588889999");
    support::endpoint_case(&request);
}

#[test]
fn mch_addsubdevconfig() {
    use wechatpay_v2::v2::secapi::mch::addsubdevconfig::*;
    let request = Request::default().jsapi_path("http://www.qq.com/wechat/");
    support::endpoint_case(&request);
}

#[test]
fn mch_channelsetting() {
    use wechatpay_v2::v2::secapi::mch::channelsetting::*;
    let request = Request::new("10000102");
    support::endpoint_case(&request);
}

#[test]
fn mch_modify_institutionsub() {
    use wechatpay_v2::v2::secapi::mch::modify_institutionsub::*;
    let request = Request::new(
        "wx8888888888888888",
        "Merchantname",
        "Merchantshortname",
        "344",
        MerchantType::Enterprise,
        "343",
        "4214",
        "5555-8888",
        "2020-10-16",
        BusinessType::Both,
        "https://download.qq.com",
        "https://www.qq.com",
        "wx8888888888888888",
        "wx8888888888888888",
        "广东省深圳市南山区科技中一道10000号",
        "075586010000",
        "李先生",
        "075586010000",
        "test@test.com",
    )
    .channel_id("101")
    .registration_certificate_copy("aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj")
    .store_photos(vec![
        "Media_id1".into(),
        "Media_id2".into(),
        "Media_id3".into(),
    ])
    .director_name("BobZhang")
    .director_id_number("5555—8888")
    .principal_name("BobZhang")
    .principal_id_number("5555—8888")
    .settlement_bank_number("555588889999")
    .apply_h5_payment(ApplyH5Payment::Yes)
    .h5_website_url("https://qq.com")
    .h5_domains(vec!["www.qq.com".into(), "www.weixin.com".into()]);
    support::endpoint_case(&request);
}

#[test]
fn mch_modifymchinfo() {
    use wechatpay_v2::v2::secapi::mch::modifymchinfo::*;
    let request = Request::default()
        .merchant_shortname("商户简称")
        .service_phone("075586010000");
    support::endpoint_case(&request);
}

#[test]
fn mch_query_institutionsub() {
    use wechatpay_v2::v2::secapi::mch::query_institutionsub::*;
    let request = Request::new("wx8888888888888888");
    support::endpoint_case(&request);
}

#[test]
fn mch_submchmanage() {
    use wechatpay_v2::v2::secapi::mch::submchmanage::*;
    let request = Request::new(Action::Query, "1")
        .merchant_name("商户名称")
        .sub_mch_id("1230000109")
        .page_size("10");
    support::endpoint_case(&request);
}

/// `action` travels in the URL, outside the sign; the mock takes it from there, checks it, and
/// answers with one merchant as a `<mchinfo>` element.
#[test]
fn mch_submchmanage_sends_its_action_in_the_url() {
    use std::collections::BTreeMap;
    use wechatpay_v2::v2::secapi::mch::submchmanage::*;
    let base = support::mock().base_url();
    let api = support::client(Some(base.clone()));
    let request = Request::new(Action::Add, "1");
    let response = support::block_on(api.post(request)).unwrap().into_inner();
    assert_eq!(response.mchinfo.len(), 1);
    assert_eq!(response.mchinfo[0].appid, support::APPID);
    assert_eq!(response.mchinfo[0].mch_id, support::MCH_ID);

    let chain = api.chain("v2/secapi/mch/submchmanage");
    let fields = BTreeMap::from([
        ("action".to_owned(), "query".to_owned()),
        ("page_index".to_owned(), "2".to_owned()),
    ]);
    let exchange = support::block_on(chain.exchange_fields(fields.clone())).unwrap();
    assert_eq!(
        exchange.request.url,
        format!("{base}secapi/mch/submchmanage?action=query")
    );
    let body = String::from_utf8(exchange.request.body).unwrap();
    assert!(!body.contains("action"), "{body}");
    assert!(
        exchange.fields["mchinfo"].starts_with("<mchinfo><appid>"),
        "{:?}",
        exchange.fields
    );

    // The client parses an endpoint's URL once; each call's query is its own.
    let mut add = fields.clone();
    add.insert("action".to_owned(), "add".to_owned());
    let exchange = support::block_on(chain.exchange_fields(add)).unwrap();
    assert_eq!(
        exchange.request.url,
        format!("{base}secapi/mch/submchmanage?action=add")
    );

    // Without it, nothing is sent.
    let mut without = fields;
    without.remove("action");
    match support::block_on(chain.exchange_fields(without)) {
        Err(wechatpay_v2::Error::InvalidField { field, rule }) => {
            assert_eq!(
                (field.as_str(), rule.as_str()),
                ("action", "required but missing")
            );
        }
        other => panic!("expected an invalid field, got {other:?}"),
    }
}

#[test]
fn mch_querysubdevconfig() {
    use wechatpay_v2::v2::secapi::mch::querysubdevconfig::*;
    let request = Request::default();
    support::endpoint_case(&request);
}

#[test]
fn mkt_addrecommendconf() {
    use wechatpay_v2::v2::secapi::mkt::addrecommendconf::*;
    let request = Request::new("wx931386123456789e");
    support::endpoint_case(&request);
}

#[test]
fn pay_facepayreverse() {
    use wechatpay_v2::v2::secapi::pay::facepayreverse::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .out_trade_no("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn pay_multiprofitsharing() {
    use wechatpay_v2::v2::secapi::pay::multiprofitsharing::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "4208450740201411110007820472",
        "P20150806125346",
        vec![
            Receiver::new(ReceiverType::MerchantId, "190001001", 100u64, "分到商户"),
            Receiver::new(ReceiverType::PersonalOpenid, "86693952", 888u64, "分到个人"),
        ],
    );
    support::endpoint_case(&request);
}

#[test]
fn pay_profitsharing() {
    use wechatpay_v2::v2::secapi::pay::profitsharing::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "4208450740201411110007820472",
        "P20150806125346",
        vec![
            Receiver::new(ReceiverType::MerchantId, "190001001", 100u64, "分到商户"),
            Receiver::new(ReceiverType::PersonalOpenid, "86693952", 888u64, "分到个人"),
        ],
    )
    .brand_mch_id("1900000108");
    support::endpoint_case(&request);
}

#[test]
fn pay_profitsharingfinish() {
    use wechatpay_v2::v2::secapi::pay::profitsharingfinish::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "4208450740201411110007820472",
        "P20150806125346",
        "分账已完成",
    );
    support::endpoint_case(&request);
}

#[test]
fn pay_profitsharingreturn() {
    use wechatpay_v2::v2::secapi::pay::profitsharingreturn::*;
    let request = Request::new(
        wechatpay_v2::SignType::HmacSha256,
        "R20190516001",
        ReturnAccountType::MerchantId,
        "86693852",
        888u64,
        "用户退款",
    )
    .order_id("3008450740201411110007820472")
    .out_order_no("P20150806125346");
    support::endpoint_case(&request);
}

#[test]
fn pay_refundv2() {
    use wechatpay_v2::v2::secapi::pay::refundv2::*;
    let request = Request::by_transaction_id(
        "1217752501201407033233368018",
        "1217752501201407033233368018",
        100u64,
        100u64,
    )
    .detail(Detail::new(vec![
        RefundGoods::new(528800u64, 1u64, 528800u64)
            .goods_id("商品编码")
            .wxpay_goods_id("1001")
            .goods_name("iPhone6s 16G"),
        RefundGoods::new(528800u64, 1u64, 608800u64)
            .goods_id("商品编码")
            .wxpay_goods_id("1001")
            .goods_name("iPhone6s 16G"),
    ]))
    .sign_type(wechatpay_v2::SignType::HmacSha256)
    .out_trade_no("1217752501201407033233368018")
    .refund_fee_type("CNY")
    .refund_desc("商品已售完")
    .refund_account("REFUND_SOURCE_RECHARGE_FUNDS")
    .notify_url("https://weixin.qq.com/notify/");
    support::endpoint_case(&request);
}

#[test]
fn pay_reverse() {
    use wechatpay_v2::v2::secapi::pay::reverse::*;
    let request = Request::by_transaction_id("1217752501201407033233368018")
        .out_trade_no("1217752501201407033233368018")
        .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn pay_refund() {
    use wechatpay_v2::v2::secapi::pay::refund::*;
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
