use hmac::{KeyInit, Mac};
use md5::{Digest, Md5};

use super::*;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn key() -> ApiKey {
    ApiKey::new(KEY)
}

/// The sign of `canonical` (the sorted `k=v&…` text), computed here from the algorithm, not by
/// `sign`.
fn reference(canonical: &str, sign_type: SignType) -> String {
    let text = format!("{canonical}&key={KEY}");
    let digest: Vec<u8> = match sign_type {
        SignType::Md5 => Md5::digest(text.as_bytes()).to_vec(),
        SignType::HmacSha256 => {
            let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(KEY.as_bytes()).unwrap();
            mac.update(text.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
    };
    digest.iter().map(|b| format!("{b:02X}")).collect()
}

#[test]
fn jsapi_params_are_signed_over_their_five_fields_with_the_order_algorithm() {
    for sign_type in [SignType::Md5, SignType::HmacSha256] {
        let p = JsapiParams::with(
            "wxd678efh567hg6787",
            "wx201410272009395522657a690389285100",
            sign_type,
            "1414561699",
            "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
            &key(),
        );
        let canonical = format!(
            "appId=wxd678efh567hg6787&nonceStr=5K8264ILTKCH16CQ2502SI8ZNMTM67VS\
             &package=prepay_id=wx201410272009395522657a690389285100&signType={}\
             &timeStamp=1414561699",
            sign_type.as_str()
        );
        assert_eq!(p.pay_sign, reference(&canonical, sign_type));
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            format!(
                r#"{{"appId":"wxd678efh567hg6787","timeStamp":"1414561699","nonceStr":"5K8264ILTKCH16CQ2502SI8ZNMTM67VS","package":"prepay_id=wx201410272009395522657a690389285100","signType":"{}","paySign":"{}"}}"#,
                sign_type.as_str(),
                p.pay_sign
            )
        );
    }
}

#[test]
fn app_params_are_signed_over_their_six_fields() {
    let p = AppParams::with(
        "wxd930ea5d5a258f4f",
        "1900000109",
        "1101000000140415649af9fc314aa427",
        SignType::Md5,
        "1398746574",
        "1101000000140429eb40476f8896f4c9",
        &key(),
    );
    let canonical = "appid=wxd930ea5d5a258f4f&noncestr=1101000000140429eb40476f8896f4c9\
                     &package=Sign=WXPay&partnerid=1900000109\
                     &prepayid=1101000000140415649af9fc314aa427&timestamp=1398746574";
    assert_eq!(p.sign, reference(canonical, SignType::Md5));
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        format!(
            r#"{{"appid":"wxd930ea5d5a258f4f","partnerid":"1900000109","prepayid":"1101000000140415649af9fc314aa427","package":"Sign=WXPay","noncestr":"1101000000140429eb40476f8896f4c9","timestamp":"1398746574","sign":"{}"}}"#,
            p.sign
        )
    );
}

#[test]
fn fresh_params_have_a_new_nonce_and_the_current_time() {
    let a = JsapiParams::new("wx1", "p1", SignType::Md5, &key());
    let b = JsapiParams::new("wx1", "p1", SignType::Md5, &key());
    assert_ne!(a.nonce_str, b.nonce_str);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let t: u64 = a.time_stamp.parse().unwrap();
    assert!(t.abs_diff(now) <= 5, "{t} vs {now}");
    assert_eq!(a.time_stamp.len(), 10);
}

#[test]
fn the_native_mode_1_link_is_signed_with_md5() {
    let url = native_url(
        "wx2421b1c4370ec43b",
        "10000100",
        "88888",
        Some("1415949957"),
        Some("1625e3d5a4b6b1e9f4a6"),
        &key(),
    );
    let sign = reference(
        "appid=wx2421b1c4370ec43b&mch_id=10000100&nonce_str=1625e3d5a4b6b1e9f4a6\
         &product_id=88888&time_stamp=1415949957",
        SignType::Md5,
    );
    assert_eq!(
        url,
        format!(
            "weixin://wxpay/bizpayurl?sign={sign}&appid=wx2421b1c4370ec43b&mch_id=10000100\
             &product_id=88888&time_stamp=1415949957&nonce_str=1625e3d5a4b6b1e9f4a6"
        )
    );
}

#[test]
fn the_native_mode_1_reply_carries_the_order_or_the_refusal() {
    let ok = native_reply(
        "wx2421b1c4370ec43b",
        "10000100",
        Ok("wx201410272009395522657a690389285100"),
        Some("5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
        &key(),
    );
    let sign = reference(
        "appid=wx2421b1c4370ec43b&mch_id=10000100&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS\
         &prepay_id=wx201410272009395522657a690389285100&result_code=SUCCESS&return_code=SUCCESS",
        SignType::Md5,
    );
    assert_eq!(
        ok,
        format!(
            "<xml><appid>wx2421b1c4370ec43b</appid><mch_id>10000100</mch_id>\
             <nonce_str>5K8264ILTKCH16CQ2502SI8ZNMTM67VS</nonce_str>\
             <prepay_id>wx201410272009395522657a690389285100</prepay_id>\
             <result_code>SUCCESS</result_code><return_code>SUCCESS</return_code>\
             <sign>{sign}</sign></xml>"
        )
    );
    let refused = native_reply(
        "wx2421b1c4370ec43b",
        "10000100",
        Err("sold out"),
        Some("5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
        &key(),
    );
    let sign = reference(
        "appid=wx2421b1c4370ec43b&err_code_des=sold out&mch_id=10000100\
         &nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&result_code=FAIL&return_code=SUCCESS",
        SignType::Md5,
    );
    assert!(
        refused.contains("<err_code_des>sold out</err_code_des>"),
        "{refused}"
    );
    assert!(
        refused.contains("<result_code>FAIL</result_code>"),
        "{refused}"
    );
    assert!(
        refused.ends_with(&format!("<sign>{sign}</sign></xml>")),
        "{refused}"
    );
}
