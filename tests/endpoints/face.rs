//! `v2/face/...`: face-recognition (刷脸) SDK credentials.

use crate::support;

#[test]
fn get_wxpayface_authinfo() {
    use wechatpay_v2::SignType;
    use wechatpay_v2::v2::face::get_wxpayface_authinfo::*;
    let request = Request {
        store_id: "IMG001".into(),
        store_name: "爱马哥南山店".into(),
        device_id: "DEV001".into(),
        attach: None,
        rawdata: "H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG".into(),
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        now: 1239878956,
        version: Version::V1,
        sign_type: SignType::Md5,
    };
    support::endpoint_case(&request);
}
