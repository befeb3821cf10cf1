//! The data every benchmark runs on: the seed endpoint's requests (both scene shapes, both sign
//! types), a response as the gateway sends it, and the same data as plain text for the floors.

use bytes::Bytes;
use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingScene, ParkingSpaceScene, Request, Scene, SceneInfo, TradeScene,
};
use wechatpay_v2::{ApiKey, RawResponse, SignType};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID};
use wechatpay_v2_protocol::{self as protocol, Signer};
use wechatpay_v2_protocol::{sign, xml};

/// The merchant id of every fixture (the mock gateway's default).
pub const MCH_ID: &str = DEFAULT_MCH_ID;
/// The app id the client is configured with (the mock gateway's default).
pub const APPID: &str = DEFAULT_APPID;
/// The APIv2 key (the mock gateway's default).
pub const KEY: &str = DEFAULT_API_KEY;
/// The nonce of the floor's input and of deterministic SDK output.
pub const NONCE: &str = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

/// The two documented scene shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `trade_scene` PARKING; `appid` and `mch_id` left to the configuration.
    Parking,
    /// `trade_scene` PARKING SPACE; `appid` and `mch_id` set on the request.
    ParkingSpace,
}

impl Shape {
    /// Both shapes.
    pub const ALL: [Shape; 2] = [Shape::Parking, Shape::ParkingSpace];

    /// Short name used in benchmark ids.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Parking => "parking",
            Shape::ParkingSpace => "parking_space",
        }
    }
}

/// Short name of a sign type used in benchmark ids.
pub fn sign_name(sign_type: SignType) -> &'static str {
    match sign_type {
        SignType::Md5 => "md5",
        SignType::HmacSha256 => "hmac_sha256",
    }
}

/// Both sign types.
pub const SIGN_TYPES: [SignType; 2] = [SignType::Md5, SignType::HmacSha256];

/// A typed request of the seed endpoint.
pub fn request(shape: Shape, sign_type: SignType) -> Request {
    match shape {
        Shape::Parking => Request::new(
            sign_type,
            "3.0",
            TradeScene::Parking,
            SceneInfo::new(Scene::Parking(
                ParkingScene::new("20170826104339", "粤B888888", "欢乐海岸停车场", "1200")
                    .notify_url("https://weixin.qq.com")
                    .car_type("小型车"),
            )),
        ),
        Shape::ParkingSpace => Request::new(
            sign_type,
            "3.0",
            TradeScene::ParkingSpace,
            SceneInfo::new(Scene::ParkingSpace(
                ParkingSpaceScene::new("20170826104339", "1200", "D6666")
                    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            )),
        )
        .appid("wxcbda96de0b165486")
        .mch_id(MCH_ID),
    }
}

/// The identity every request is signed for.
pub fn signer(key: &ApiKey) -> Signer<'_> {
    Signer {
        mch_id: MCH_ID,
        appid: Some(APPID),
        sub_mch_id: None,
        sub_appid: None,
        key,
    }
}

/// The request's wire fields (without `sign`) as the floor receives them: plain text, in
/// declaration order (not sorted), `nonce_str` last. Taken from the SDK's own signed output with
/// the fixed [`NONCE`], so floor and SDK work on exactly the same bytes.
pub fn wire_fields(shape: Shape, sign_type: SignType) -> Vec<(String, String)> {
    const ORDER: [&str; 7] = [
        "appid",
        "mch_id",
        "sign_type",
        "version",
        "trade_scene",
        "scene_info",
        "nonce_str",
    ];
    let key = ApiKey::new(KEY);
    let body = protocol::sign_request(&request(shape, sign_type), signer(&key), Some(NONCE))
        .expect("the fixture request is valid");
    let pairs = xml::parse_document(&body.xml, "xml").expect("the SDK writes valid XML");
    let mut fields: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(k, _)| k != "sign")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    fields.sort_by_key(|(k, _)| ORDER.iter().position(|o| o == k).unwrap_or(usize::MAX));
    fields
}

/// A successful, signed response of the seed endpoint as the WeChat gateway writes it: fields in
/// its usual order (not sorted) and every value in CDATA.
pub fn response_body(sign_type: SignType) -> Bytes {
    let fields = [
        ("return_code", "SUCCESS"),
        ("return_msg", "OK"),
        ("appid", APPID),
        ("mch_id", MCH_ID),
        ("nonce_str", "ibuaiVcKdpRxkhJAUz2wr4nGv8T0DqYs"),
        ("result_code", "SUCCESS"),
        ("user_state", "NORMAL"),
        ("deduct_mode", "PROACTIVE"),
    ];
    let sign = sign::sign_unsorted(fields, &ApiKey::new(KEY), sign_type);
    let mut body = String::from("<xml>");
    for (i, (name, value)) in fields.iter().enumerate() {
        body.push_str(&format!("<{name}><![CDATA[{value}]]></{name}>"));
        if i == 4 {
            body.push_str(&format!("<sign><![CDATA[{sign}]]></sign>"));
        }
    }
    body.push_str("</xml>");
    Bytes::from(body)
}

/// [`response_body`] as the SDK's input.
pub fn raw_response(sign_type: SignType) -> RawResponse {
    RawResponse {
        status: 200,
        body: response_body(sign_type),
    }
}

/// Borrowed view of owned pairs.
pub fn borrow_pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// How many fields [`many_fields_response`] has besides the seed answer's own: 200,000 (a
/// 3.8 MB document, under the 4 MiB response limit).
pub const MANY_FIELDS: usize = 200_000;

/// A seed-endpoint answer signed with MD5 that carries `MANY_FIELDS` more distinct fields
/// (`<f0>v</f0><f1>v</f1>...`): the hostile shape whose duplicate check was once quadratic.
/// With `general`, a comment after `<xml>` sends it to the strict general reader rather than the
/// fast path.
pub fn many_fields_response(general: bool) -> RawResponse {
    let base = [
        ("return_code", "SUCCESS"),
        ("result_code", "SUCCESS"),
        ("appid", APPID),
        ("mch_id", MCH_ID),
        ("user_state", "NORMAL"),
    ];
    let names: Vec<String> = (0..MANY_FIELDS).map(|i| format!("f{i}")).collect();
    let sign = sign::sign_unsorted(
        base.iter()
            .copied()
            .chain(names.iter().map(|n| (n.as_str(), "v"))),
        &ApiKey::new(KEY),
        SignType::Md5,
    );
    let mut body = String::from(if general { "<xml><!-- -->" } else { "<xml>" });
    for (k, v) in base {
        body.push_str(&format!("<{k}>{v}</{k}>"));
    }
    for n in &names {
        body.push_str(&format!("<{n}>v</{n}>"));
    }
    body.push_str(&format!("<sign>{sign}</sign></xml>"));
    RawResponse {
        status: 200,
        body: Bytes::from(body),
    }
}
