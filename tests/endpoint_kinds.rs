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
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: Some("wx8888888888888888".into()),
        sub_mch_id: Some("1900000109".into()),
        sign_type: Some(SignType::HmacSha256),
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
    let request = Request {
        version: Some(Version::V1_0),
        appid: None,
        mch_id: None,
        sub_appid: Some("wx8888888888888888".into()),
        sub_mch_id: Some("1900000100".into()),
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: Some(SignType::HmacSha256),
    };
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
    let request = Request {
        mch_id: None,
        sign_type: SignType::Md5,
    };
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
    let request = Request {
        store_id: "IMG001".into(),
        store_name: "爱马哥南山店".into(),
        device_id: "DEV001".into(),
        attach: None,
        rawdata: "H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG".into(),
        appid: None,
        mch_id: None,
        sub_appid: Some("wx31fdaErqR31".into()),
        sub_mch_id: Some("12345689".into()),
        now: 1239878956,
        version: Version::V1,
        sign_type: SignType::Md5,
    };
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
    let request = Request {
        mch_appid: None,
        mchid: None,
        device_info: Some("013467007045764".into()),
        partner_trade_no: "10000098201411111234567890".into(),
        openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        check_name: "FORCE_CHECK".into(),
        re_user_name: Some("王小王".into()),
        amount: 10099,
        desc: "理赔".into(),
        spbill_create_ip: "192.168.0.1".into(),
        scene: Some("BRAND_REDPACKET".into()),
        brand_id: Some(1234),
        finder_template_id: Some("1243100000000000".into()),
    };
    // `mchid` is this endpoint's merchant id field: filled from, and checked against, mch_id.
    let api = client("1900000109", "wx8888888888888888");
    let xml = signed_xml(&api, &request);
    let fields = parse_flat(&xml);
    assert_eq!(fields["mchid"], "1900000109");
    assert_eq!(fields["mch_appid"], "wx8888888888888888");
    assert!(!fields.contains_key("mch_id") && !fields.contains_key("appid"));
    insta::assert_snapshot!(xml);

    let other = Request {
        mchid: Some("1900000110".into()),
        ..request
    };
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
    let request = Request {
        appid: None,
        mch_id: None,
        plan_id: "12535".into(),
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        sign_type: Some(SignType::HmacSha256),
        timestamp: "1414488825".into(),
        clientip: "119.145.83.6".into(),
        return_appid: Some("wxcbda96de0b165486".into()),
    };
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
    let request = Request {
        appid: None,
        mch_id: None,
        bill_date: "20140603".into(),
        bill_type: Some(BillType::All),
        tar_type: Some(TarType::Gzip),
    };
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
    let request = Request {
        appid: None,
        mch_id: None,
        sign_type: SignType::HmacSha256,
        bill_date: "20140603".into(),
        account_type: AccountType::Basic,
        tar_type: Some(TarType::Gzip),
    };
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
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: Some("wxcbda96de0b165489".into()),
        sub_mch_id: Some("1900000109".into()),
        sign_type: SignType::HmacSha256,
        version: Version::V3_0,
        trade_scene: TradeScene::Parking,
        scene_info: SceneInfo {
            scene_info: Scene::Parking(ParkingScene {
                start_time: "20170926114339".into(),
                notify_url: None,
                plate_number: "CB1000sdfasd".into(),
                car_type: Some("大型车".into()),
                parking_name: "欢乐海岸停车场".into(),
                free_time: "1200".into(),
            }),
        },
    };
    let api = client("10000098", "wxcbda96de0b165486");
    insta::assert_snapshot!(signed_xml(&api, &request));
}

#[test]
fn vehicle_partnerpay_notification_parking_space() {
    use wechatpay_v2::v2::vehicle::partnerpay::notification::{
        ParkingSpaceScene, Request, Scene, SceneInfo, TradeScene, Version,
    };
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: Some("wxcbda96de0b165489".into()),
        sub_mch_id: Some("1900000109".into()),
        sign_type: SignType::HmacSha256,
        version: Version::V3_0,
        trade_scene: TradeScene::ParkingSpace,
        scene_info: SceneInfo {
            scene_info: Scene::ParkingSpace(ParkingSpaceScene {
                start_time: "20170826104339".into(),
                car_type: Some("小型车".into()),
                parking_name: Some("欢乐海岸停车场".into()),
                free_time: "1200".into(),
                openid: Some("wxd930ea5d5a258f4f".into()),
                sub_openid: Some("wxd930ea5d5a258f4f".into()),
                space_number: "D6666".into(),
            }),
        },
    };
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
    let request = Request { mch_id: None };
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
    let request = Request {
        version: Some(Version::V1_0),
        appid: None,
        mch_id: None,
        sub_appid: Some("wx8888888888888888".into()),
        sub_mch_id: Some("1900000100".into()),
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sign_type: Some(SignType::HmacSha256),
    };
    let api = client("1230000109", "wxd678efh567hg6787");
    insta::assert_snapshot!(signed_xml(&api, &request));
}
