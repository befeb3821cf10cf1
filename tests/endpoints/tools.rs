//! `v2/tools/...`: short URLs and auth-code lookups (工具).

use crate::support;

#[test]
fn authcodetoopenid() {
    use wechatpay_v2::v2::tools::authcodetoopenid::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        // No example in the spec: a payment code as the micropay example shows one.
        auth_code: "120061098828009406".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn shorturl() {
    use wechatpay_v2::v2::tools::shorturl::*;
    let request = Request {
appid: None,
mch_id: None,
long_url: "weixin：//wxpay/bizpayurl?sign=XXXXX&appid=XXXXX&mch_id=XXXXX&product_id=XXXXXX&time_stamp=XXXXXX&nonce_str=XXXXX".into(),
sign_type: Some(wechatpay_v2::SignType::HmacSha256),
};
    support::endpoint_case(&request);
}
