//! `v2/face/...`: face-recognition (刷脸) SDK credentials.

use crate::support;

#[test]
fn get_wxpayface_authinfo() {
    use wechatpay_v2::SignType;
    use wechatpay_v2::v2::face::get_wxpayface_authinfo::*;
    let request = Request::new(
        "IMG001",
        "爱马哥南山店",
        "DEV001",
        "H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG",
        1239878956u64,
        Version::V1,
        SignType::Md5,
    );
    support::endpoint_case(&request);
}
