//! `v2/secsvc/...`: real-name verification (实名验证).

use crate::support;

#[test]
fn getrealnameinfo() {
    use wechatpay_v2::v2::secsvc::getrealnameinfo::*;
    let request = Request {
        version: Version::V1_0,
        mch_id: None,
        appid: None,
        openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
        cert_serialno: "59303040AA42CB61E0C059E8E6156C9F0F2A1E5E".into(),
        access_token: "81_...".into(),
        timestamp: 1414561699,
        cert_sign: "MuRThxRSlqvs2Mi9i2VRCr_MQ==".into(),
        charset: Some(Charset::Utf8),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}

#[test]
fn realnameauth() {
    use wechatpay_v2::v2::secsvc::realnameauth::*;
    let request = Request {
        version: Version::V1_0,
        mch_id: None,
        appid: None,
        openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
        real_name: "刘某某".into(),
        cred_type: CredentialType::Code1,
        cred_id: "440000000000000000".into(),
        access_token: "81_...".into(),
        sign_type: wechatpay_v2::SignType::HmacSha256,
    };
    support::endpoint_case(&request);
}
