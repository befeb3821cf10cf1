//! `v2/appauth/...`: real-name OAuth authorisation (实名认证授权).

use crate::support;

#[test]
fn authindex() {
    use wechatpay_v2::v2::appauth::authindex::*;
    support::endpoint_case(&Request {
        mch_id: None,
        appid: None,
        redirect_uri: "https://weixin.qq.com/i-am-a-fake-uri".into(),
        response_type: ResponseType::Code,
        scope: Scope::PayIdentity,
        state: "STATE".into(),
    });
}

#[test]
fn getaccesstoken() {
    use wechatpay_v2::v2::appauth::getaccesstoken::*;
    support::endpoint_case(&Request {
        mch_id: None,
        appid: None,
        openid: "baf04e6bbbd06f7b1a197d18ed53b7f1".into(),
        code: "wxcbda96de0b165489".into(),
        grant_type: GrantType::AuthorizationCode,
        scope: Scope::PayIdentity,
        sign_type: wechatpay_v2::SignType::HmacSha256,
    });
}
