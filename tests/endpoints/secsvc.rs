//! `v2/secsvc/...`: real-name verification (实名验证).

use crate::support;

#[test]
fn getrealnameinfo() {
    use wechatpay_v2::v2::secsvc::getrealnameinfo::*;
    let request = Request::new(
        Version::V1_0,
        "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        "59303040AA42CB61E0C059E8E6156C9F0F2A1E5E",
        "81_...",
        1414561699u64,
        "MuRThxRSlqvs2Mi9i2VRCr_MQ==",
        wechatpay_v2::SignType::HmacSha256,
    )
    .charset(Charset::Utf8);
    support::endpoint_case(&request);
}

#[test]
fn realnameauth() {
    use wechatpay_v2::v2::secsvc::realnameauth::*;
    let request = Request::new(
        Version::V1_0,
        "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        "刘某某",
        CredentialType::Code1,
        "440000000000000000",
        "81_...",
        wechatpay_v2::SignType::HmacSha256,
    );
    support::endpoint_case(&request);
}
