//! `v2/pay/...`: payments, queries, refunds, bills, profit sharing (基础支付).

use crate::support;

#[test]
fn closecombinedorder() {
    use wechatpay_v2::v2::pay::closecombinedorder::*;
    let request = Request {
        combine_appid: "wx8888888888888888".into(),
        combine_mch_id: "1900000109".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        combine_out_trade_no: "1217752501201407033233368018".into(),
        sub_order_list: vec![SubOrder {
            mchid: "1900009001".into(),
            out_trade_no: "OD201708030001".into(),
        }],
    };
    support::endpoint_case(&request);
}

#[test]
fn closeorder() {
    use wechatpay_v2::v2::pay::closeorder::*;
    let request = Request {
        appid: None,
        mch_id: None,
        out_trade_no: "1217752501201407033233368018".into(),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn combinedorder() {
    use wechatpay_v2::v2::pay::combinedorder::*;
    let request = Request {
        combine_appid: "wx8888888888888888".into(),
        combine_mch_id: "1900000109".into(),
        device_info: Some("013467007045764".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        combine_out_trade_no: "1217752501201407033233368018".into(),
        spbill_create_ip: "8.8.8.8".into(),
        time_start: Some("20171225091010".into()),
        time_expire: Some("20171225091510".into()),
        notify_url: "http://www.weixin.qq.com/wxpay/pay.php".into(),
        trade_type: "JSAPI".into(),
        product_id: Some("1234567890".into()),
        combine_openid: Some("120061098828009406".into()),
        scene_info: SceneInfo {
            device_id: None,
            payer_client_ip: "14.17.22.32".into(),
            h5_info: Some(H5Info {
                // The example says `IOS`; the schema's value is `iOS`.
                r#type: H5Type::Ios,
                app_name: Some("王者荣耀".into()),
                app_url: None,
                bundle_id: Some("com.tencent.wzryIOS".into()),
                package_name: None,
            }),
        },
        sub_order_list: SubOrders {
            order_num: 3,
            order_list: vec![SubOrder {
                appid: "wxdace645e0bc2c424".into(),
                mch_id: "1900009001".into(),
                body: "子订单1".into(),
                detail: None,
                attach: "深圳分店".into(),
                out_trade_no: "OD201708030001".into(),
                fee_type: "CNY".into(),
                total_fee: 1234,
                sub_appid: None,
                sub_mch_id: None,
            }],
        },
    };
    support::endpoint_case(&request);
}

#[test]
fn contractorder() {
    use wechatpay_v2::v2::pay::contractorder::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_mch_id: None,
        sub_appid: None,
        contract_mchid: "1200009811".into(),
        contract_appid: "wxcbda96de0b165486".into(),
        out_trade_no: "123456".into(),
        device_info: Some("013467007045764".into()),
        body: "Ipadmini16G白色".into(),
        detail: Some("Ipadmini16G白色".into()),
        attach: Some("深圳分店".into()),
        notify_url: "http://yoursite.com".into(),
        total_fee: 888,
        spbill_create_ip: "123.12.12.123".into(),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        goods_tag: Some("WXG".into()),
        trade_type: TradeType::Jsapi,
        product_id: Some("12235413214070356458058".into()),
        limit_pay: Some("no_credit".into()),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        sub_openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        plan_id: 123,
        contract_code: "100001256".into(),
        request_serial: 1695,
        contract_display_account: "123".into(),
        contract_notify_url: "http://yoursite.com".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn downloadbill() {
    use wechatpay_v2::v2::pay::downloadbill::*;
    let request = Request {
        appid: None,
        mch_id: None,
        bill_date: "20140603".into(),
        bill_type: Some(BillType::All),
        tar_type: Some(TarType::Gzip),
    };
    support::endpoint_case(&request);
}

#[test]
fn downloadfundflow() {
    use wechatpay_v2::v2::pay::downloadfundflow::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        bill_date: "20140603".into(),
        account_type: AccountType::Basic,
        tar_type: Some(TarType::Gzip),
    };
    support::endpoint_case(&request);
}

#[test]
fn facepay() {
    use wechatpay_v2::v2::pay::facepay::*;
    let request = Request {
        deposit: Some(Deposit::Yes),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        device_info: Some("013467007045764".into()),
        body: "image形象店-深圳腾大- QQ公仔".into(),
        detail: Some(Detail {
            goods_detail: vec![
                Goods {
                    goods_id: "商品编码".into(),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: "iPhone6s 16G".into(),
                    goods_num: 1,
                    price: 1,
                    goods_category: None,
                    body: None,
                },
                Goods {
                    goods_id: "商品编码".into(),
                    wxpay_goods_id: Some("1002".into()),
                    goods_name: "iPhone6s 32G".into(),
                    goods_num: 1,
                    price: 1,
                    goods_category: None,
                    body: None,
                },
            ],
        }),
        attach: Some("说明".into()),
        out_trade_no: "1217472501201407033233367018".into(),
        total_fee: 888,
        fee_type: "CNY".into(),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("1234".into()),
        limit_pay: Some("no_credit".into()),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        face_code: "b713b5d2-666c-48".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn facepayquery() {
    use wechatpay_v2::v2::pay::facepayquery::*;
    let request = Request {
        version: Some(Version::V1_0),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn micropay() {
    use wechatpay_v2::v2::pay::micropay::*;
    let request = Request {
        version: Some("1.0".into()),
        profit_sharing: Some(ProfitSharing::No),
        deposit: Some(Deposit::Yes),
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        device_info: Some("013467007045764".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        body: "image形象店-深圳腾大- QQ公仔".into(),
        detail: Some(Detail {
            cost_price: Some(1),
            receipt_id: Some("wx123".into()),
            goods_detail: vec![
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    merchant_category_code: None,
                },
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1002".into()),
                    goods_name: Some("iPhone6s 32G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    merchant_category_code: None,
                },
            ],
        }),
        attach: Some("说明".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("1234".into()),
        limit_pay: Some("no_credit".into()),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        receipt: Some("Y".into()),
        auth_code: "120061098828009406".into(),
        scene_info: Some(SceneInfo {
            store_info: StoreInfo {
                id: "SZTX001".into(),
                name: Some("腾大餐厅".into()),
                area_code: Some("440305".into()),
                address: Some("科技园中一路腾讯大厦".into()),
            },
        }),
    };
    support::endpoint_case(&request);
}

#[test]
fn orderquery() {
    use wechatpay_v2::v2::pay::orderquery::*;
    let request = Request {
        version: Some(Version::V1_0),
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
    };
    support::endpoint_case(&request);
}

#[test]
fn paporderquery() {
    use wechatpay_v2::v2::pay::paporderquery::*;
    let request = Request {
        appid: None,
        mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn pappayapply() {
    use wechatpay_v2::v2::pay::pappayapply::*;
    let request = Request {
        appid: None,
        mch_id: None,
        body: "水电代扣".into(),
        detail: Some("水电代扣：A水电代扣：B水电代扣：C".into()),
        attach: Some("自定义参数".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("WXG".into()),
        notify_url: "http://yoursite.com/wxpay.html".into(),
        trade_type: "PAP".into(),
        contract_id: "Wx15463511252015071056489715".into(),
        receipt: Some("Y".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_paporderquery() {
    use wechatpay_v2::v2::pay::partner::paporderquery::*;
    let request = Request {
        appid: None,
        mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sub_appid: None,
        sub_mch_id: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_pappayapply() {
    use wechatpay_v2::v2::pay::partner::pappayapply::*;
    let request = Request {
        sub_appid: None,
        sub_mch_id: None,
        appid: None,
        mch_id: None,
        body: "水电代扣".into(),
        detail: Some("水电代扣：A水电代扣：B水电代扣：C".into()),
        attach: Some("自定义参数".into()),
        out_trade_no: "1217752501201407033233368018".into(),
        total_fee: 888,
        fee_type: Some("CNY".into()),
        spbill_create_ip: "8.8.8.8".into(),
        goods_tag: Some("WXG".into()),
        notify_url: "http://yoursite.com/wxpay.html".into(),
        trade_type: "PAP".into(),
        contract_id: "Wx15463511252015071056489715".into(),
        receipt: Some("Y".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn profitsharingaddreceiver() {
    use wechatpay_v2::v2::pay::profitsharingaddreceiver::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        appid: None,
        sub_appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        receiver: Receiver {
            r#type: ReceiverType::MerchantId,
            account: "190001001".into(),
            name: Some("示例商户全称".into()),
            relation_type: Some(RelationType::StoreOwner),
            custom_relation: None,
        },
    };
    support::endpoint_case(&request);
}

#[test]
fn profitsharingmerchantratioquery() {
    use wechatpay_v2::v2::pay::profitsharingmerchantratioquery::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        brand_mch_id: Some("1900000108".into()),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn profitsharingorderamountquery() {
    use wechatpay_v2::v2::pay::profitsharingorderamountquery::*;
    let request = Request {
        mch_id: None,
        transaction_id: "4208450740201411110007820472".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn profitsharingquery() {
    use wechatpay_v2::v2::pay::profitsharingquery::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn profitsharingremovereceiver() {
    use wechatpay_v2::v2::pay::profitsharingremovereceiver::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        appid: None,
        sub_appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        receiver: Receiver {
            r#type: ReceiverType::MerchantId,
            account: "190001001".into(),
        },
    };
    support::endpoint_case(&request);
}

#[test]
fn profitsharingreturnquery() {
    use wechatpay_v2::v2::pay::profitsharingreturnquery::*;
    let request = Request {
        mch_id: None,
        sub_mch_id: None,
        appid: None,
        sub_appid: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        order_id: Some("3008450740201411110007820472".into()),
        out_order_no: Some("P20150806125346".into()),
        out_return_no: "R20190516001".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn querycombinedorder() {
    use wechatpay_v2::v2::pay::querycombinedorder::*;
    let request = Request {
        combine_appid: "wx8888888888888888".into(),
        combine_mch_id: "1900000109".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
        combine_out_trade_no: "1217752501201407033233368018".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn queryexchagerate() {
    use wechatpay_v2::v2::pay::queryexchagerate::*;
    let request = Request {
        appid: None,
        mch_id: None,
        fee_type: "USD".into(),
        date: "20150807".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn refundquery() {
    use wechatpay_v2::v2::pay::refundquery::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        out_refund_no: Some("1217752501201407033233368018".into()),
        refund_id: Some("1217752501201407033233368018".into()),
        offset: Some(15),
    };
    support::endpoint_case(&request);
}

#[test]
fn refundqueryv2() {
    use wechatpay_v2::v2::pay::refundqueryv2::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: Some("1217752501201407033233368018".into()),
        out_refund_no: Some("1217752501201407033233368018".into()),
        refund_id: Some("1217752501201407033233368018".into()),
        offset: Some(15),
    };
    support::endpoint_case(&request);
}

#[test]
fn settlementquery() {
    use wechatpay_v2::v2::pay::settlementquery::*;
    let request = Request {
        appid: None,
        mchid: None,
        sub_mch_id: None,
        usetag: UseTag::Settled,
        offset: 0,
        limit: 10,
        date_start: "20150807".into(),
        date_end: "20150807".into(),
        query_split: Some(QuerySplit::Yes),
    };
    support::endpoint_case(&request);
}

#[test]
fn unifiedorder() {
    use wechatpay_v2::v2::pay::unifiedorder::*;
    let request = Request {
        version: Some(Version::V1_0),
        profit_sharing: Some(ProfitSharing::No),
        appid: None,
        mch_id: None,
        device_info: Some("013467007045764".into()),
        sign_type: Some(wechatpay_v2::SignType::Md5),
        body: "腾讯充值中心-QQ会员充值".into(),
        detail: Some(Detail {
            cost_price: Some(1),
            receipt_id: Some("wx123".into()),
            goods_detail: vec![
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1001".into()),
                    goods_name: Some("iPhone6s 16G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    merchant_category_code: None,
                },
                Goods {
                    goods_id: Some("商品编码".into()),
                    wxpay_goods_id: Some("1002".into()),
                    goods_name: Some("iPhone6s 32G".into()),
                    quantity: Some(1),
                    price: Some(1),
                    goods_category: None,
                    body: None,
                    category: None,
                    merchant_category_code: None,
                },
            ],
        }),
        attach: Some("深圳分店".into()),
        out_trade_no: "20150806125346".into(),
        fee_type: Some("CNY".into()),
        total_fee: 88,
        spbill_create_ip: "123.12.12.123".into(),
        time_start: Some("20091225091010".into()),
        time_expire: Some("20091227091010".into()),
        goods_tag: Some("WXG".into()),
        notify_url: "http://www.weixin.qq.com/wxpay/pay.php".into(),
        trade_type: TradeType::Jsapi,
        product_id: Some("12235413214070356458058".into()),
        limit_pay: Some("no_credit".into()),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        receipt: Some(Receipt::Yes),
        scene_info: Some(SceneInfo {
            store_info: StoreInfo {
                id: "SZTX001".into(),
                name: Some("腾大餐厅".into()),
                area_code: Some("440305".into()),
                address: Some("科技园中一路腾讯大厦".into()),
            },
        }),
        user_type: Some(UserType::IdCard),
        user_creid: Some("43102119910910512X".into()),
        user_truename: Some("周星星".into()),
    };
    support::endpoint_case(&request);
}
