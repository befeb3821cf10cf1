//! Decoding responses into the typed response: unknown enum values and unknown fields are kept,
//! JSON-in-string fields round-trip, and each decoding problem names its field.

use std::collections::BTreeMap;

use wechatpay_v2::meta::{Message, WireEnum};
use wechatpay_v2::v2::vehicle::pay::notification::{
    DeductMode, ParkingScene, Request, Response, Scene, SceneInfo, TradeScene, UserState,
};
use wechatpay_v2::{ApiKey, Error, RawResponse, SignType};
use wechatpay_v2_protocol as protocol;
use wechatpay_v2_protocol::field::{FieldReader, FieldWriter};
use wechatpay_v2_protocol::{sign, xml};

const KEY: &str = "0123456789abcdef0123456789abcdef";

/// A signed response document with `fields` and the success envelope.
fn signed_response(fields: &[(&str, &str)], sign_type: SignType) -> RawResponse {
    let mut all: BTreeMap<&str, &str> = fields.iter().copied().collect();
    all.insert("return_code", "SUCCESS");
    all.insert("result_code", "SUCCESS");
    all.insert("nonce_str", "ibuaiVcKdpRxkhJA");
    let sign = sign::sign_sorted(
        all.iter().map(|(k, v)| (*k, *v)),
        &ApiKey::new(KEY),
        sign_type,
    );
    let sign = sign.to_string();
    all.insert("sign", &sign);
    let mut body = Vec::new();
    xml::write_document(&mut body, all.iter().map(|(k, v)| (*k, *v)));
    RawResponse {
        status: 200,
        body: body.into(),
    }
}

fn decode(raw: &RawResponse, sign_type: SignType) -> wechatpay_v2::Result<Response> {
    protocol::decode_response::<Request>(raw, &ApiKey::new(KEY), sign_type)
}

#[test]
fn unknown_enum_values_and_fields_are_kept() {
    let raw = signed_response(
        &[
            ("appid", "wxd678efh567hg6787"),
            ("mch_id", "1900000109"),
            ("user_state", "SUSPENDED"),
            ("deduct_mode", "PROACTIVE"),
            ("added_in_2027", "x"),
        ],
        SignType::HmacSha256,
    );
    let response = decode(&raw, SignType::HmacSha256).unwrap();
    let UserState::Unknown(value) = &response.user_state else {
        panic!("expected an unknown value, got {:?}", response.user_state);
    };
    assert_eq!(value.as_str(), "SUSPENDED");
    assert_eq!(response.user_state.as_str(), "SUSPENDED");
    assert_eq!(response.user_state.to_string(), "SUSPENDED");
    assert_eq!(response.deduct_mode, Some(DeductMode::Proactive));
    assert_eq!(
        response.other_fields,
        BTreeMap::from([("added_in_2027".to_owned(), "x".to_owned())])
    );
    // Typed input from a person accepts only listed values.
    assert!("SUSPENDED".parse::<UserState>().is_err());
    assert_eq!("BLOCK".parse::<UserState>(), Ok(UserState::Block));
    assert_eq!(UserState::VALUES, &["NORMAL", "BLOCK"]);
}

#[test]
fn decoding_problems_name_the_field() {
    let raw = signed_response(
        &[("appid", "wxd678efh567hg6787"), ("user_state", "NORMAL")],
        SignType::Md5,
    );
    let err = decode(&raw, SignType::Md5).unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason == "field `mch_id`: required but missing"),
        "{err:?}"
    );
    assert_eq!(err.raw_response(), Some(&raw));
}

#[test]
fn protocol_fail_is_reported_without_a_sign() {
    let raw = RawResponse {
        status: 200,
        body: "<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[签名错误]]></return_msg></xml>".into(),
    };
    let err = decode(&raw, SignType::Md5).unwrap_err();
    assert!(
        matches!(&err, Error::Protocol { return_msg, .. } if return_msg == "签名错误"),
        "{err:?}"
    );
}

#[test]
fn a_success_without_a_sign_is_a_signature_error() {
    let raw = RawResponse {
        status: 200,
        body: "<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code><appid>a</appid><mch_id>m</mch_id><user_state>NORMAL</user_state></xml>".into(),
    };
    let err = decode(&raw, SignType::Md5).unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: wechatpay_v2::SignatureProblem::Missing,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_request_round_trips_through_its_fields() {
    let request = Request::new(
        SignType::HmacSha256,
        "3.0",
        TradeScene::ParkingSpace,
        SceneInfo::new(Scene::Parking(ParkingScene::new(
            "20170826104339",
            "粤B888888\"]]>",
            "欢乐海岸停车场",
            "1200",
        ))),
    )
    .appid("wxd678efh567hg6787");
    let mut out = FieldWriter::default();
    request.encode(&mut out).unwrap();
    let map = out.into_map();
    assert_eq!(map["trade_scene"], "PARKING SPACE");
    assert!(!map.contains_key("mch_id"), "None is left out");
    let mut reader = FieldReader::from_map(&map);
    let back = Request::decode(&mut reader).unwrap();
    assert_eq!(back, request);
    assert!(reader.take_rest().is_empty());
}
