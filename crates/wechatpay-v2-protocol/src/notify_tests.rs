use super::*;
use crate::endpoint::NoFields;
use crate::error::{ErrorKind, SignatureProblem};
use crate::sign;
use crate::testing::encrypt_req_info;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn key() -> ApiKey {
    ApiKey::new(KEY)
}

fn signed(fields: &[(&str, &str)], sign_type: SignType) -> Vec<u8> {
    let s = sign::sign_unsorted(fields.iter().copied(), &key(), sign_type);
    let mut out = Vec::new();
    xml::write_document(
        &mut out,
        fields.iter().copied().chain([("sign", s.as_str())]),
    );
    out
}

/// A message that keeps every field it is given, to see what `parse` hands on.
#[derive(Debug)]
struct Everything(std::collections::BTreeMap<String, String>);

impl Message for Everything {
    const FIELDS: &'static [crate::field::FieldMeta] = &[];
    fn encode<'a>(
        &'a self,
        _: &mut crate::field::FieldWriter<'a>,
    ) -> std::result::Result<(), crate::error::FieldError> {
        Ok(())
    }
    fn decode(fields: &mut FieldReader<'_>) -> std::result::Result<Self, crate::error::FieldError> {
        Ok(Self(fields.take_rest()))
    }
}

#[test]
fn req_info_key_is_the_hex_md5_of_the_api_key() {
    // md5("0123456789abcdef0123456789abcdef")
    let expected = {
        let d = Md5::digest(KEY.as_bytes());
        d.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    assert_eq!(&req_info_key(&key())[..], expected.as_bytes());
}

#[test]
fn sign_type_follows_the_field_then_the_length() {
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let body = signed(
            &[("return_code", "SUCCESS"), ("a", "1"), ("nonce_str", "n")],
            sign_type,
        );
        let got: Everything = parse(&body, &key()).unwrap();
        assert_eq!(
            got.0.into_iter().collect::<Vec<_>>(),
            [("a".into(), "1".into())]
        );
    }
    // `sign_type` names MD5 but the sign is HMAC-SHA256's.
    let mut fields = vec![("return_code", "SUCCESS"), ("sign_type", "MD5")];
    let hmac = sign::sign_unsorted(fields.iter().copied(), &key(), SignType::HmacSha256);
    fields.push(("sign", hmac.as_str()));
    let mut body = Vec::new();
    xml::write_document(&mut body, fields.iter().copied());
    let err = parse::<NoFields>(&body, &key()).unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Signature {
                problem: SignatureProblem::AlgorithmMismatch { .. },
                ..
            }
        ),
        "{err:?}"
    );
    let body = signed(
        &[("return_code", "SUCCESS"), ("sign_type", "SHA1")],
        SignType::Md5,
    );
    let err = parse::<NoFields>(&body, &key()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
}

#[test]
fn failures_in_order() {
    let body = b"<xml><return_code>FAIL</return_code><return_msg>nope</return_msg></xml>";
    let err = parse::<NoFields>(body, &key()).unwrap_err();
    assert!(matches!(&err, Error::Protocol { return_msg, .. } if return_msg == "nope"));
    assert_eq!(err.raw_response().unwrap().body.as_ref(), body);

    let body = signed(
        &[
            ("return_code", "SUCCESS"),
            ("result_code", "FAIL"),
            ("err_code", "X"),
        ],
        SignType::Md5,
    );
    let err = parse::<NoFields>(&body, &key()).unwrap_err();
    assert!(matches!(&err, Error::Business { err_code, .. } if err_code == "X"));

    let big = vec![b' '; MAX_BODY_BYTES + 1];
    let err = parse::<NoFields>(&big, &key()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(err.raw_response().unwrap().body.len(), MAX_BODY_BYTES);
}

#[test]
fn the_body_limit_is_configurable_and_exact() {
    let body = signed(&[("return_code", "SUCCESS"), ("a", "1")], SignType::Md5);
    let n = body.len();
    let at_limit = Limits::DEFAULT.max_body_bytes(n);
    let got: Everything = parse_with(&body, &key(), at_limit).unwrap();
    assert_eq!(got.0.get("a").map(String::as_str), Some("1"));

    let err = parse_with::<NoFields>(&body, &key(), at_limit.max_body_bytes(n - 1)).unwrap_err();
    match &err {
        Error::Decode { reason, raw } => {
            assert_eq!(
                reason,
                &format!(
                    "the notification body has {n} bytes, at most {} are accepted",
                    n - 1
                )
            );
            assert_eq!(raw.body.len(), n - 1);
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    // The same limits for refund notifications.
    let err =
        parse_refund_with::<NoFields, NoFields>(&body, &key(), at_limit.max_body_bytes(n - 1))
            .unwrap_err();
    assert!(
        err.to_string().contains(&format!("at most {}", n - 1)),
        "{err}"
    );

    // The default is unchanged.
    assert_eq!(Limits::default(), Limits::DEFAULT);
    assert_eq!(Limits::DEFAULT.max_body_bytes, 64 * 1024);
    assert_eq!(Limits::DEFAULT.max_depth, xml::DEFAULT_MAX_DEPTH);
    let mut padded = body.clone();
    padded.splice(5..5, std::iter::repeat_n(b' ', MAX_BODY_BYTES - n));
    assert_eq!(padded.len(), MAX_BODY_BYTES);
    parse::<Everything>(&padded, &key()).unwrap();
    padded.insert(5, b' ');
    let err = parse::<NoFields>(&padded, &key()).unwrap_err();
    assert!(err.to_string().contains("at most 65536"), "{err}");
}

#[test]
fn json_depth_is_bounded_and_configurable() {
    let nested = |n: usize| format!("{}{{}}{}", "[".repeat(n - 1), "]".repeat(n - 1));
    let body = |depth: usize| {
        signed(
            &[("return_code", "SUCCESS"), ("scene_info", &nested(depth))],
            SignType::HmacSha256,
        )
    };
    let limits = Limits::DEFAULT.max_depth(3);
    parse_with::<Everything>(&body(3), &key(), limits).unwrap();
    let err = parse_with::<NoFields>(&body(4), &key(), limits).unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. }
            if reason == "field `scene_info` holds JSON nested more than 3 levels deep"),
        "{err:?}"
    );
    // The default: 32 levels.
    parse::<Everything>(&body(xml::DEFAULT_MAX_DEPTH), &key()).unwrap();
    let err = parse::<NoFields>(&body(xml::DEFAULT_MAX_DEPTH + 1), &key()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");

    // In a refund notification, the decrypted `req_info` is bounded too.
    let inner = format!("<root><refund_id>r1</refund_id><x>{}</x></root>", nested(4));
    let req_info = encrypt_req_info(inner.as_bytes(), &key());
    let body =
        format!("<xml><return_code>SUCCESS</return_code><req_info>{req_info}</req_info></xml>");
    parse_refund_with::<NoFields, Everything>(body.as_bytes(), &key(), limits.max_depth(4))
        .unwrap();
    let err = parse_refund_with::<NoFields, NoFields>(body.as_bytes(), &key(), limits).unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. }
            if reason == "in `req_info`: field `x` holds JSON nested more than 3 levels deep"),
        "{err:?}"
    );
}

#[test]
fn refund_round_trip_and_decrypt_failures() {
    let req_info = encrypt_req_info(b"<root><refund_id>r1</refund_id></root>", &key());
    let body = format!(
        "<xml><return_code>SUCCESS</return_code><appid>wx1</appid><nonce_str>n</nonce_str><req_info>{req_info}</req_info></xml>"
    );
    let (outer, inner): (Everything, Everything) = parse_refund(body.as_bytes(), &key()).unwrap();
    assert_eq!(outer.0.keys().collect::<Vec<_>>(), ["appid"]);
    assert_eq!(inner.0.get("refund_id").map(String::as_str), Some("r1"));

    let other = encrypt_req_info(b"<root><a>1</a></root>", &ApiKey::new("x".repeat(32)));
    for bad in [other.as_str(), "%%%", "", "AAAA"] {
        let body =
            format!("<xml><return_code>SUCCESS</return_code><req_info>{bad}</req_info></xml>");
        let err = parse_refund::<NoFields, NoFields>(body.as_bytes(), &key()).unwrap_err();
        if bad.is_empty() {
            assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
        } else {
            assert!(matches!(err, Error::Decrypt { .. }), "{bad}: {err:?}");
            assert_eq!(err.kind(), ErrorKind::Signature);
            assert!(!err.to_string().contains(KEY));
        }
    }
    let not_xml = encrypt_req_info(b"refund_id=r1", &key());
    let body =
        format!("<xml><return_code>SUCCESS</return_code><req_info>{not_xml}</req_info></xml>");
    let err = parse_refund::<NoFields, NoFields>(body.as_bytes(), &key()).unwrap_err();
    assert!(matches!(err, Error::Decrypt { .. }), "{err:?}");
}

#[test]
fn replies() {
    assert_eq!(
        reply_success(),
        "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>"
    );
    assert_eq!(
        reply_fail("签名失败 <&> ]]>\u{1}"),
        "<xml><return_code>FAIL</return_code><return_msg><![CDATA[签名失败 <&> ]]]]><![CDATA[>]]></return_msg></xml>"
    );
}

#[test]
fn a_receiver_checks_the_merchant_and_the_app_after_the_sign() {
    let receiver = Receiver::new(key())
        .mch_id("1900000109")
        .appid("wxaaa")
        .appid("wxbbb");
    let body = |appid: &str, mch_id: &str| {
        signed(
            &[
                ("return_code", "SUCCESS"),
                ("appid", appid),
                ("mch_id", mch_id),
            ],
            SignType::Md5,
        )
    };
    // Either app of the merchant.
    for appid in ["wxaaa", "wxbbb"] {
        let ok: Everything = receiver.parse(&body(appid, "1900000109")).unwrap();
        assert_eq!(ok.0["appid"], appid);
    }
    let err = receiver
        .parse::<NoFields>(&body("wxaaa", "1900000999"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "notification field `mch_id` is `1900000999`, but this receiver accepts only `1900000109`"
    );
    assert_eq!(err.kind(), ErrorKind::Signature);
    assert!(err.raw_response().is_some());
    let err = receiver
        .parse::<NoFields>(&body("wxccc", "1900000109"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "notification field `appid` is `wxccc`, but this receiver accepts only `wxaaa` or `wxbbb`"
    );
    // The sign comes first: a forged body for another merchant is a sign error.
    let mut forged = body("wxaaa", "1900000999");
    let at = forged.len() - 20;
    forged[at] ^= 1;
    assert!(matches!(
        receiver.parse::<NoFields>(&forged),
        Err(Error::Signature { .. } | Error::Decode { .. })
    ));
    // A field the notification does not carry is not checked; nor is `sub_mch_id`.
    let parking = signed(
        &[("sub_mch_id", "1900000999"), ("state", "X")],
        SignType::Md5,
    );
    assert!(receiver.parse::<Everything>(&parking).is_ok());
    // Without mch_id or appid, a receiver checks the sign only, like `parse`.
    assert!(
        Receiver::new(key())
            .parse::<NoFields>(&body("wxccc", "1"))
            .is_ok()
    );
    assert!(!format!("{receiver:?}").contains(KEY));
}

#[test]
fn a_receiver_checks_the_merchant_of_a_refund_notification() {
    let req_info = encrypt_req_info(b"<root><refund_id>r1</refund_id></root>", &key());
    let body = |mch_id: &str| {
        format!(
            "<xml><return_code>SUCCESS</return_code><appid>wx1</appid><mch_id>{mch_id}</mch_id><req_info>{req_info}</req_info></xml>"
        )
    };
    let receiver = Receiver::new(key()).mch_id("1900000109").appid("wx1");
    let (_, inner): (NoFields, Everything) = receiver
        .parse_refund(body("1900000109").as_bytes())
        .unwrap();
    assert_eq!(inner.0["refund_id"], "r1");
    let err = receiver
        .parse_refund::<NoFields, NoFields>(body("1900000999").as_bytes())
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::NotForThisMerchant {
                field: "mch_id",
                ..
            }
        ),
        "{err:?}"
    );
    // A req_info that does not decrypt is refused as such, whatever the merchant says.
    let other = body("1900000999").replace(&req_info, "AAAA");
    assert!(matches!(
        receiver.parse_refund::<NoFields, NoFields>(other.as_bytes()),
        Err(Error::Decrypt { .. })
    ));
}
