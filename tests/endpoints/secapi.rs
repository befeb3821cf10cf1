//! `v2/secapi/...`: certificate-secured operations: refunds, reversals, profit sharing, sub-merchants (安全接口).

use crate::support;

#[test]
fn mch_add_institutionsub() {
    use wechatpay_v2::v2::secapi::mch::add_institutionsub::*;
    let request = Request {
        app_id: "wx8888888888888888".into(),
        mch_id: None,
        channel_id: Some("101".into()),
        merchant_name: "Merchantname".into(),
        merchant_shortname: "Merchantshortname".into(),
        merchant_remark: "ABC123456".into(),
        merchant_country_code: "344".into(),
        merchant_type: MerchantType::Enterprise,
        business_category: "343".into(),
        mcc: "4214".into(),
        registration_certificate_number: "5555-8888".into(),
        registration_certificate_date: "2020-10-16".into(),
        registration_certificate_copy: Some("aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj".into()),
        business_type: BusinessType::Both,
        app_download: "https://download.qq.com".into(),
        business_website: "https://www.qq.com".into(),
        office_account: "wx8888888888888888".into(),
        mini_program: "wx8888888888888888".into(),
        store_address: "广东省深圳市南山区科技中一道10000号".into(),
        store_photos: vec![
            "ySdrxMVb92Rmf9p2n7aJ4nAkJsqjYAt8uWQxBQ_p2Jgs".into(),
            "ySdVr5RR9cPRAq5FS0BKJxc78190x27psCzAwNzi6VdEI".into(),
            "yS2xjJ9lhuVwUyQbq0AYmP80p50vVuhdSjsKM".into(),
        ],
        director_name: "BobZhang".into(),
        director_id_number: "5555—8888".into(),
        principal_name: "BobZhang".into(),
        principal_id_number: "5555—8888".into(),
        office_phone: "075586010000".into(),
        contact_name: "李先生".into(),
        contact_phone: "075586010000".into(),
        contact_email: "test@test.com".into(),
        settlement_bank_number: "555588889999".into(),
        apply_h5_payment: Some(ApplyH5Payment::Yes),
        h5_website_url: Some("https://qq.com".into()),
        h5_domains: Some(vec!["www.qq.com".into(), "www.weixin.com".into()]),
        attach: Some("555588889999".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_addsubdevconfig() {
    use wechatpay_v2::v2::secapi::mch::addsubdevconfig::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_mch_id: None,
        sub_appid: None,
        jsapi_path: Some("http://www.qq.com/wechat/".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_channelsetting() {
    use wechatpay_v2::v2::secapi::mch::channelsetting::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_mch_id: None,
        channel_id: "10000102".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_modify_institutionsub() {
    use wechatpay_v2::v2::secapi::mch::modify_institutionsub::*;
    let request = Request {
        app_id: "wx8888888888888888".into(),
        mch_id: None,
        sub_mch_id: None,
        merchant_name: "Merchantname".into(),
        channel_id: Some("101".into()),
        merchant_shortname: "Merchantshortname".into(),
        merchant_country_code: "344".into(),
        merchant_type: MerchantType::Enterprise,
        business_category: "343".into(),
        mcc: "4214".into(),
        registration_certificate_number: "5555-8888".into(),
        registration_certificate_date: "2020-10-16".into(),
        registration_certificate_copy: Some("aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj".into()),
        business_type: BusinessType::Both,
        app_download: "https://download.qq.com".into(),
        business_website: "https://www.qq.com".into(),
        office_account: "wx8888888888888888".into(),
        mini_program: "wx8888888888888888".into(),
        store_address: "广东省深圳市南山区科技中一道10000号".into(),
        store_photos: Some(vec![
            "Media_id1".into(),
            "Media_id2".into(),
            "Media_id3".into(),
        ]),
        director_name: Some("BobZhang".into()),
        director_id_number: Some("5555—8888".into()),
        principal_name: Some("BobZhang".into()),
        principal_id_number: Some("5555—8888".into()),
        office_phone: "075586010000".into(),
        contact_name: "李先生".into(),
        contact_phone: "075586010000".into(),
        contact_email: "test@test.com".into(),
        settlement_bank_number: Some("555588889999".into()),
        apply_h5_payment: Some(ApplyH5Payment::Yes),
        h5_website_url: Some("https://qq.com".into()),
        h5_domains: Some(vec!["www.qq.com".into(), "www.weixin.com".into()]),
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_modifymchinfo() {
    use wechatpay_v2::v2::secapi::mch::modifymchinfo::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        merchant_shortname: Some("商户简称".into()),
        service_phone: Some("075586010000".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_query_institutionsub() {
    use wechatpay_v2::v2::secapi::mch::query_institutionsub::*;
    let request = Request {
        app_id: "wx8888888888888888".into(),
        mch_id: None,
        sub_mch_id: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn mch_submchmanage() {
    use wechatpay_v2::v2::secapi::mch::submchmanage::*;
    let request = Request {
        action: Action::Query,
        appid: None,
        mch_id: None,
        merchant_name: Some("商户名称".into()),
        sub_mch_id: Some("1230000109".into()),
        page_index: "1".into(),
        page_size: Some("10".into()),
    };
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
    let request = Request {
        action: Action::Add,
        appid: None,
        mch_id: None,
        merchant_name: None,
        sub_mch_id: None,
        page_index: "1".into(),
        page_size: None,
    };
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
    let request = Request {
        appid: None,
        mch_id: None,
        sub_mch_id: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn mkt_addrecommendconf() {
    use wechatpay_v2::v2::secapi::mkt::addrecommendconf::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        sub_appid: None,
        subscribe_appid: "wx931386123456789e".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_facepayreverse() {
    use wechatpay_v2::v2::secapi::pay::facepayreverse::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_multiprofitsharing() {
    use wechatpay_v2::v2::secapi::pay::multiprofitsharing::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        appid: None,
        sub_appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
        receivers: vec![
            Receiver {
                r#type: ReceiverType::MerchantId,
                account: "190001001".into(),
                amount: 100,
                description: "分到商户".into(),
                name: None,
            },
            Receiver {
                r#type: ReceiverType::PersonalOpenid,
                account: "86693952".into(),
                amount: 888,
                description: "分到个人".into(),
                name: None,
            },
        ],
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_profitsharing() {
    use wechatpay_v2::v2::secapi::pay::profitsharing::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        brand_mch_id: Some("1900000108".into()),
        appid: None,
        sub_appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
        receivers: vec![
            Receiver {
                r#type: ReceiverType::MerchantId,
                account: "190001001".into(),
                amount: 100,
                description: "分到商户".into(),
                name: None,
            },
            Receiver {
                r#type: ReceiverType::PersonalOpenid,
                account: "86693952".into(),
                amount: 888,
                description: "分到个人".into(),
                name: None,
            },
        ],
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_profitsharingfinish() {
    use wechatpay_v2::v2::secapi::pay::profitsharingfinish::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
        description: "分账已完成".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_profitsharingreturn() {
    use wechatpay_v2::v2::secapi::pay::profitsharingreturn::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        appid: None,
        sub_appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        order_id: Some("3008450740201411110007820472".into()),
        out_order_no: Some("P20150806125346".into()),
        out_return_no: "R20190516001".into(),
        return_account_type: ReturnAccountType::MerchantId,
        return_account: "86693852".into(),
        return_amount: 888,
        description: "用户退款".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_refundv2() {
    use wechatpay_v2::v2::secapi::pay::refundv2::*;
    let request = Request {
        detail: Some(Detail {
            cost_price: None,
            receipt_id: None,
            goods_detail: vec![
                RefundGoods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    refund_amount: 528800,
                    refund_quantity: 1,
                    price: 528800,
                },
                RefundGoods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    refund_amount: 528800,
                    refund_quantity: 1,
                    price: 608800,
                },
            ],
        }),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        out_refund_no: "1217752501201407033233368018".into(),
        total_fee: 100,
        refund_fee: 100,
        refund_fee_type: Some("CNY".into()),
        refund_desc: Some("商品已售完".into()),
        refund_account: Some("REFUND_SOURCE_RECHARGE_FUNDS".into()),
        notify_url: Some("https://weixin.qq.com/notify/".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_reverse() {
    use wechatpay_v2::v2::secapi::pay::reverse::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn pay_refund() {
    use wechatpay_v2::v2::secapi::pay::refund::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        out_refund_no: "1217752501201407033233368018".into(),
        total_fee: 100,
        refund_fee: 100,
        refund_fee_type: Some("CNY".into()),
        refund_desc: Some("商品已售完".into()),
        refund_account: Some("REFUND_SOURCE_RECHARGE_FUNDS".into()),
        notify_url: Some("https://weixin.qq.com/notify/".into()),
    };
    support::endpoint_case(&request);
}
