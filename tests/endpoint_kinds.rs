//! One endpoint of each kind and flag: what the macro generated for it (path, host, certificate,
//! signed response, kind, method), and the exact signed request built from the spec's example
//! values, with a fixed nonce. Each sign is also checked against the tests' own reference signer.

mod support;

use std::collections::BTreeMap;

use support::{KEY, parse_flat, reference_sign};
use wechatpay_v2::meta::{Message, Method};
use wechatpay_v2::{ApiRequest, Client, SignType};
use wechatpay_v2_protocol::endpoint::EndpointKind;
use wechatpay_v2_protocol::field::FieldReader;

const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

/// A client for the merchant and app id of an example.
fn client(mch_id: &str, appid: &str) -> Client {
    Client::builder()
        .mch_id(mch_id)
        .api_key(KEY)
        .appid(appid)
        .build()
        .unwrap()
}

/// Signs with the fixed nonce, checks the sign independently, and returns the document.
fn signed_xml<R: ApiRequest>(api: &Client, request: &R) -> String {
    let body = api.sign_with_nonce(request, NONCE).unwrap();
    let xml = String::from_utf8(body.xml).unwrap();
    let fields = parse_flat(&xml);
    assert_eq!(fields["sign"], reference_sign(&fields, KEY), "{xml}");
    assert_eq!(fields["sign"], body.sign.as_str());
    xml
}

/// Decodes a response message from flat fields, as the framework does after its checks.
fn decode<M: Message>(fields: &[(&str, &str)]) -> M {
    let map: BTreeMap<String, String> = fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    M::decode(&mut FieldReader::from_map(&map)).unwrap()
}

/// The metadata an endpoint's declaration must generate.
struct Expected {
    path: &'static str,
    wire_path: &'static str,
    host: Option<&'static str>,
    cert: bool,
    signed_response: bool,
    kind: EndpointKind,
    method: Method,
}

fn assert_meta<R: ApiRequest>(expected: Expected) {
    let meta = R::ENDPOINT;
    assert_eq!(meta.path, expected.path);
    assert_eq!(meta.wire_path, expected.wire_path, "{}", meta.path);
    assert_eq!(meta.host, expected.host, "{}", meta.path);
    assert_eq!(meta.cert, expected.cert, "{}", meta.path);
    assert_eq!(
        meta.signed_response, expected.signed_response,
        "{}",
        meta.path
    );
    assert_eq!(meta.kind, expected.kind, "{}", meta.path);
    assert_eq!(meta.method, expected.method, "{}", meta.path);
    assert!(!meta.title.is_empty(), "{}", meta.path);
}

#[test]
fn secapi_pay_refund() {
    use wechatpay_v2::v2::secapi::pay::refund::{RefundCoupon, Request, Response};
    assert_meta::<Request>(Expected {
        path: "v2/secapi/pay/refund",
        wire_path: "secapi/pay/refund",
        host: None,
        cert: true,
        signed_response: true,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::by_transaction_id(
        "1217752501201407033233368018",
        "1217752501201407033233368018",
        100u64,
        100u64,
    )
    .sub_appid("wx8888888888888888")
    .sub_mch_id("1900000109")
    .sign_type(SignType::HmacSha256)
    .out_trade_no("1217752501201407033233368018")
    .refund_fee_type("CNY")
    .refund_desc("商品已售完")
    .refund_account("REFUND_SOURCE_RECHARGE_FUNDS")
    .notify_url("https://weixin.qq.com/notify/");
    let api = client("1900000109", "wx8888888888888888");
    insta::assert_snapshot!(signed_xml(&api, &request));

    // The total `coupon_refund_fee` and the per-coupon `coupon_refund_fee_$n` stay apart.
    let response: Response = decode(&[
        ("appid", "wx8888888888888888"),
        ("mch_id", "1900000109"),
        ("transaction_id", "4007752501201407033233368018"),
        ("out_trade_no", "33368018"),
        ("out_refund_no", "121775250"),
        ("refund_id", "2007752501201407033233368018"),
        ("refund_fee", "100"),
        ("total_fee", "100"),
        ("cash_fee", "70"),
        ("coupon_refund_fee", "30"),
        ("coupon_refund_count", "2"),
        ("coupon_type_0", "CASH"),
        ("coupon_refund_id_0", "10000"),
        ("coupon_refund_fee_0", "10"),
        ("coupon_refund_id_1", "10001"),
        ("coupon_refund_fee_1", "20"),
    ]);
    assert_eq!(response.coupon_refund_fee, Some(30));
    assert_eq!(
        response.coupons,
        [
            RefundCoupon {
                coupon_type: Some("CASH".into()),
                coupon_refund_fee: Some(10),
                coupon_refund_id: Some("10000".into()),
            },
            RefundCoupon {
                coupon_type: None,
                coupon_refund_fee: Some(20),
                coupon_refund_id: Some("10001".into()),
            },
        ]
    );
    assert!(
        response.other_fields.is_empty(),
        "{:?}",
        response.other_fields
    );
}

#[test]
fn pay_orderquery() {
    use wechatpay_v2::v2::pay::orderquery::{Coupon, Request, Response, TradeState, Version};
    assert_meta::<Request>(Expected {
        path: "v2/pay/orderquery",
        wire_path: "pay/orderquery",
        host: None,
        cert: false,
        signed_response: true,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .sub_appid("wx8888888888888888")
        .sub_mch_id("1900000100")
        .out_trade_no("20150806125346")
        .sign_type(SignType::HmacSha256);
    let api = client("1230000109", "wxd678efh567hg6787");
    insta::assert_snapshot!(signed_xml(&api, &request));

    let response: Response = decode(&[
        ("appid", "wxd678efh567hg6787"),
        ("mch_id", "1230000109"),
        ("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
        ("is_subscribe", "N"),
        ("trade_type", "JSAPI"),
        ("trade_state", "SUCCESS"),
        ("bank_type", "CMC"),
        ("total_fee", "100"),
        ("cash_fee", "90"),
        ("coupon_fee", "10"),
        ("coupon_count", "1"),
        ("coupon_type_0", "NO_CASH"),
        ("coupon_id_0", "10000"),
        ("coupon_fee_0", "10"),
        ("transaction_id", "1009660380201506130728806387"),
        ("out_trade_no", "20150806125346"),
        ("time_end", "20141030133525"),
        ("trade_state_desc", "支付成功"),
    ]);
    assert_eq!(response.trade_state, TradeState::Success);
    assert_eq!(response.coupon_fee, Some(10));
    assert_eq!(
        response.coupons,
        [Coupon {
            coupon_type: Some("NO_CASH".into()),
            coupon_id: Some("10000".into()),
            coupon_fee: Some(10),
        }]
    );
}

#[test]
fn risk_getpublickey() {
    use wechatpay_v2::v2::risk::getpublickey::Request;
    assert_meta::<Request>(Expected {
        path: "v2/risk/getpublickey",
        wire_path: "risk/getpublickey",
        host: Some("https://fraud.mch.weixin.qq.com/"),
        cert: true,
        signed_response: false,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::new(SignType::Md5);
    let api = client("1900000109", "wx8888888888888888");
    let xml = signed_xml(&api, &request);
    assert!(
        !xml.contains("<appid>"),
        "no app id on this endpoint: {xml}"
    );
    insta::assert_snapshot!(xml);
}

#[test]
fn face_get_wxpayface_authinfo() {
    use wechatpay_v2::v2::face::get_wxpayface_authinfo::{Request, Version};
    assert_meta::<Request>(Expected {
        path: "v2/face/get_wxpayface_authinfo",
        wire_path: "face/get_wxpayface_authinfo",
        host: Some("https://payapp.weixin.qq.com/"),
        cert: false,
        signed_response: true,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::new(
        "IMG001",
        "爱马哥南山店",
        "DEV001",
        "H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG",
        1239878956u64,
        Version::V1,
        SignType::Md5,
    )
    .sub_appid("wx31fdaErqR31")
    .sub_mch_id("12345689");
    let api = client("12345689", "wx31fdaErqR31");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn mmpaymkttransfers_promotion_transfers() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::transfers::Request;
    assert_meta::<Request>(Expected {
        path: "v2/mmpaymkttransfers/promotion/transfers",
        wire_path: "mmpaymkttransfers/promotion/transfers",
        host: None,
        cert: true,
        signed_response: false,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::new(
        "10000098201411111234567890",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        "FORCE_CHECK",
        10099u64,
        "理赔",
        "192.168.0.1",
    )
    .device_info("013467007045764")
    .re_user_name("王小王")
    .scene("BRAND_REDPACKET")
    .brand_id(1234u32)
    .finder_template_id("1243100000000000");
    // `mchid` is this endpoint's merchant id field: filled from, and checked against, mch_id.
    let api = client("1900000109", "wx8888888888888888");
    let xml = signed_xml(&api, &request);
    let fields = parse_flat(&xml);
    assert_eq!(fields["mchid"], "1900000109");
    assert_eq!(fields["mch_appid"], "wx8888888888888888");
    assert!(!fields.contains_key("mch_id") && !fields.contains_key("appid"));
    insta::assert_snapshot!(xml);

    let other = request.mchid("1900000110");
    assert!(api.sign_with_nonce(&other, NONCE).is_err());
}

#[test]
fn papay_entrustweb() {
    use wechatpay_v2::v2::papay::entrustweb::Request;
    assert_meta::<Request>(Expected {
        path: "v2/papay/entrustweb",
        wire_path: "papay/entrustweb",
        host: Some("https://api.weixin.qq.com/"),
        cert: false,
        signed_response: false,
        kind: EndpointKind::SignedUrl {
            fragment: Some("wechat_redirect"),
        },
        method: Method::Get,
    });
    assert!(Request::ENDPOINT.response.is_empty());
}

#[test]
fn papay_h5entrustweb() {
    use wechatpay_v2::v2::papay::h5entrustweb::{Request, Version};
    // The server calls it with GET and reads an XML answer holding `redirect_url`.
    assert_meta::<Request>(Expected {
        path: "v2/papay/h5entrustweb",
        wire_path: "papay/h5entrustweb",
        host: None,
        cert: false,
        signed_response: false,
        kind: EndpointKind::Call,
        method: Method::Get,
    });
    let request = Request::new(
        "12535",
        "100000",
        1000u64,
        "微信代扣",
        "https://weixin.qq.com",
        Version::V1_0,
        "1414488825",
        "119.145.83.6",
    )
    .sign_type(SignType::HmacSha256)
    .return_appid("wxcbda96de0b165486");
    // A GET call: the fields and the sign travel as the query string, with no nonce.
    let url = wechatpay_v2_protocol::sign_query(
        &request,
        wechatpay_v2_protocol::Signer {
            mch_id: "1200009811",
            appid: Some("wxcbda96de0b165486"),
            sub_mch_id: None,
            sub_appid: None,
            key: &wechatpay_v2::ApiKey::new(KEY),
        },
        "https://api.mch.weixin.qq.com/papay/h5entrustweb",
    )
    .unwrap()
    .0;
    let fields: BTreeMap<String, String> = reqwest::Url::parse(&url)
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect();
    assert!(!fields.contains_key("nonce_str"));
    assert_eq!(fields["sign"], reference_sign(&fields, KEY), "{url}");
    insta::assert_snapshot!(url);
}

#[test]
fn pay_downloadbill() {
    use wechatpay_v2::v2::pay::downloadbill::{BillType, Request, TarType};
    assert_meta::<Request>(Expected {
        path: "v2/pay/downloadbill",
        wire_path: "pay/downloadbill",
        host: None,
        cert: false,
        signed_response: false,
        kind: EndpointKind::Download,
        method: Method::Post,
    });
    assert!(Request::ENDPOINT.response.is_empty());
    let request = Request::new("20140603")
        .bill_type(BillType::All)
        .tar_type(TarType::Gzip);
    let api = client("1900000109", "wx8888888888888888");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn pay_downloadfundflow() {
    use wechatpay_v2::v2::pay::downloadfundflow::{AccountType, Request, TarType};
    assert_meta::<Request>(Expected {
        path: "v2/pay/downloadfundflow",
        wire_path: "pay/downloadfundflow",
        host: None,
        cert: true,
        signed_response: false,
        kind: EndpointKind::Download,
        method: Method::Post,
    });
    assert!(Request::ENDPOINT.response.is_empty());
    let request =
        Request::new(SignType::HmacSha256, "20140603", AccountType::Basic).tar_type(TarType::Gzip);
    let api = client("1900000109", "wx8888888888888888");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn vehicle_partnerpay_notification() {
    use wechatpay_v2::v2::vehicle::partnerpay::notification::{
        ParkingScene, Request, Scene, SceneInfo, TradeScene, Version,
    };
    assert_meta::<Request>(Expected {
        path: "v2/vehicle/partnerpay/notification",
        wire_path: "vehicle/partnerpay/notification",
        host: None,
        cert: false,
        signed_response: true,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::new(
        SignType::HmacSha256,
        Version::V3_0,
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(
            ParkingScene::new("20170926114339", "CB1000sdfasd", "欢乐海岸停车场", "1200")
                .car_type("大型车"),
        )),
    )
    .sub_appid("wxcbda96de0b165489")
    .sub_mch_id("1900000109");
    let api = client("10000098", "wxcbda96de0b165486");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn vehicle_partnerpay_notification_parking_space() {
    use wechatpay_v2::v2::vehicle::partnerpay::notification::{
        ParkingSpaceScene, Request, Scene, SceneInfo, TradeScene, Version,
    };
    let request = Request::new(
        SignType::HmacSha256,
        Version::V3_0,
        TradeScene::ParkingSpace,
        SceneInfo::new(Scene::ParkingSpace(
            ParkingSpaceScene::new("20170826104339", "1200", "D6666")
                .car_type("小型车")
                .parking_name("欢乐海岸停车场")
                .openid("wxd930ea5d5a258f4f")
                .sub_openid("wxd930ea5d5a258f4f"),
        )),
    )
    .sub_appid("wxcbda96de0b165489")
    .sub_mch_id("1900000109");
    let api = client("10000098", "wxcbda96de0b165486");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn xdc_apiv2getsignkey_sign_getsignkey() {
    use wechatpay_v2::v2::xdc::apiv2getsignkey::sign::getsignkey::Request;
    assert_meta::<Request>(Expected {
        path: "v2/xdc/apiv2getsignkey/sign/getsignkey",
        wire_path: "xdc/apiv2getsignkey/sign/getsignkey",
        host: None,
        cert: false,
        signed_response: false,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::default();
    let api = client("1900000109", "wx8888888888888888");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn sandboxnew_pay_orderquery() {
    use wechatpay_v2::v2::sandboxnew::pay::orderquery::{Request, Version};
    assert_meta::<Request>(Expected {
        path: "v2/sandboxnew/pay/orderquery",
        wire_path: "sandboxnew/pay/orderquery",
        host: None,
        cert: false,
        signed_response: true,
        kind: EndpointKind::Call,
        method: Method::Post,
    });
    let request = Request::by_transaction_id("1009660380201506130728806387")
        .version(Version::V1_0)
        .sub_appid("wx8888888888888888")
        .sub_mch_id("1900000100")
        .out_trade_no("20150806125346")
        .sign_type(SignType::HmacSha256);
    let api = client("1230000109", "wxd678efh567hg6787");
    insta::assert_snapshot!(signed_xml(&api, &request));
}
