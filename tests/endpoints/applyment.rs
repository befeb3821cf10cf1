//! `v2/applyment/...`: micro-merchant onboarding (小微商户进件).

use crate::support;

#[test]
fn micro_getstate() {
    use wechatpay_v2::v2::applyment::micro::getstate::*;
    let request = Request {
        version: "1.0".into(),
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        applyment_id: Some("1230000109".into()),
        business_code: Some("123456".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn micro_getupgradestate() {
    use wechatpay_v2::v2::applyment::micro::getupgradestate::*;
    let request = Request {
        version: "1.0".into(),
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        sub_mch_id: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn micro_modifyarchives() {
    use wechatpay_v2::v2::applyment::micro::modifyarchives::*;
    let request = Request {
        version: Version::V1_0,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        sub_mch_id: None,
        account_number: None,
        bank_name: Some("深圳农村商业银行xxx支行".into()),
        account_bank: Some("中国银行".into()),
        bank_address_code: "110000".into(),
        cert_sn: "5430056GFRJK54YTFF653GDFH09HFGHF".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn micro_modifycontactinfo() {
    use wechatpay_v2::v2::applyment::micro::modifycontactinfo::*;
    let request = Request {
        version: Version::V1_0,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        sub_mch_id: None,
        mobile_phone: Some("13734543456".into()),
        email: Some("zhangsan@227.com".into()),
        merchant_name: Some("张三的小店".into()),
        cert_sn: "50062CE505775F070CAB06E697F1BBD1AD4F4D87".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn micro_signcontract() {
    use wechatpay_v2::v2::applyment::micro::signcontract::*;
    let request = Request {};
    support::endpoint_case(&request);
}

#[test]
fn micro_submit() {
    use wechatpay_v2::v2::applyment::micro::submit::*;
    let request = Request {
        version: Version::V3_0,
        cert_sn: "5663476TEREGD45FH63GDFHFG657FCHBFG".into(),
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        business_code: "123456".into(),
        id_card_copy: "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8".into(),
        id_card_national: "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8".into(),
        id_card_name: "佑佑".into(),
        id_card_number: "330821198809085211".into(),
        id_card_valid_time: vec!["1970-01-01".into(), "长期".into()],
        account_name: "佑佑".into(),
        account_bank: "工商银行".into(),
        bank_address_code: "110000".into(),
        bank_name: Some("深圳农村商业银行xxx支行".into()),
        account_number: "7222223333322332".into(),
        store_name: "张三的小店".into(),
        store_address_code: "110000".into(),
        store_street: "深圳市腾讯大厦".into(),
        store_longitude: Some("113.941355".into()),
        store_latitude: Some("22.546245".into()),
        store_entrance_pic: "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8".into(),
        indoor_pic: "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8".into(),
        address_certification: None,
        merchant_shortname: "张三的小店".into(),
        service_phone: "13734543456".into(),
        product_desc: "餐饮".into(),
        rate: "0.6%".into(),
        business_addition_desc: None,
        business_addition_pics: Some(vec!["123".into(), "456".into()]),
        contact: "佑佑".into(),
        contact_phone: "13734543456".into(),
        contact_email: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn micro_submitupgrade() {
    use wechatpay_v2::v2::applyment::micro::submitupgrade::*;
    let request = Request {
        version: Version::V1_0,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        cert_sn: "5663476TEREGD45FH63GDFHFG657FCHBFG".into(),
        sub_mch_id: None,
        organization_type: "2".into(),
        business_license_copy: "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8".into(),
        business_license_number: "123456789012345".into(),
        merchant_name: "深圳腾讯科技有限公司".into(),
        company_address: "深圳市腾讯大厦".into(),
        legal_person: "佑佑".into(),
        business_time: vec!["1970-01-01".into(), "长期".into()],
        business_licence_type: "1762".into(),
        organization_copy: None,
        organization_number: Some("1234567-1".into()),
        organization_time: Some(vec!["1970-01-01".into(), "长期".into()]),
        account_name: None,
        account_bank: Some("工商银行".into()),
        bank_address_code: Some("11000".into()),
        bank_name: Some("深圳农村商业银行xxx支行".into()),
        account_number: None,
        merchant_shortname: "张三的小店".into(),
        business: "123".into(),
        qualifications: Some(vec!["xxx".into(), "xxx".into()]),
        business_scene: vec![1721],
        business_addition_desc: None,
        business_addition_pics: Some(vec!["123".into(), "456".into()]),
        contact_email: Some("123@qq.com".into()),
    };
    support::endpoint_case(&request);
}
