//! `v2/appauth/...`: real-name OAuth authorisation (实名认证授权).

use crate::support;

#[test]
fn authindex() {
    use wechatpay_v2::v2::appauth::authindex::*;
    support::endpoint_case(&Request::new(
        "https://weixin.qq.com/i-am-a-fake-uri",
        ResponseType::Code,
        Scope::PayIdentity,
        "STATE",
    ));
}

#[test]
fn getaccesstoken() {
    use wechatpay_v2::v2::appauth::getaccesstoken::*;
    support::endpoint_case(&Request::new(
        "baf04e6bbbd06f7b1a197d18ed53b7f1",
        "wxcbda96de0b165489",
        GrantType::AuthorizationCode,
        Scope::PayIdentity,
        wechatpay_v2::SignType::HmacSha256,
    ));
}
