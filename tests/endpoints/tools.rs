//! `v2/tools/...`: short URLs and auth-code lookups (工具).

use crate::support;

#[test]
fn authcodetoopenid() {
    use wechatpay_v2::v2::tools::authcodetoopenid::*;
    let request = Request::new(
        // No example in the spec: a payment code as the micropay example shows one.
        "120061098828009406",
    );
    support::endpoint_case(&request);
}

#[test]
fn shorturl() {
    use wechatpay_v2::v2::tools::shorturl::*;
    let request = Request::new(
        "weixin：//wxpay/bizpayurl?sign=XXXXX&appid=XXXXX&mch_id=XXXXX&product_id=XXXXXX&time_stamp=XXXXXX&nonce_str=XXXXX",
    )
    .sign_type(wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}
