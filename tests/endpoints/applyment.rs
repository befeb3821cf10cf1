//! `v2/applyment/...`: micro-merchant onboarding (小微商户进件).

use crate::support;

#[test]
fn micro_getstate() {
    use wechatpay_v2::v2::applyment::micro::getstate::*;
    let request = Request::new("1.0", wechatpay_v2::SignType::HmacSha256)
        .applyment_id("1230000109")
        .business_code("123456");
    support::endpoint_case(&request);
}

#[test]
fn micro_getupgradestate() {
    use wechatpay_v2::v2::applyment::micro::getupgradestate::*;
    let request = Request::new("1.0", wechatpay_v2::SignType::HmacSha256);
    support::endpoint_case(&request);
}

#[test]
fn micro_modifyarchives() {
    use wechatpay_v2::v2::applyment::micro::modifyarchives::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "110000",
        "5430056GFRJK54YTFF653GDFH09HFGHF",
    )
    .bank_name("深圳农村商业银行xxx支行")
    .account_bank("中国银行");
    support::endpoint_case(&request);
}

#[test]
fn micro_modifycontactinfo() {
    use wechatpay_v2::v2::applyment::micro::modifycontactinfo::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "50062CE505775F070CAB06E697F1BBD1AD4F4D87",
    )
    .mobile_phone("13734543456")
    .email("zhangsan@227.com")
    .merchant_name("张三的小店");
    support::endpoint_case(&request);
}

#[test]
fn micro_signcontract() {
    use wechatpay_v2::v2::applyment::micro::signcontract::*;
    let request = Request::default();
    support::endpoint_case(&request);
}

#[test]
fn micro_submit() {
    use wechatpay_v2::v2::applyment::micro::submit::*;
    let request = Request::new(
        Version::V3_0,
        "5663476TEREGD45FH63GDFHFG657FCHBFG",
        wechatpay_v2::SignType::HmacSha256,
        "123456",
        "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8",
        "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8",
        "佑佑",
        "330821198809085211",
        vec!["1970-01-01".into(), "长期".into()],
        "佑佑",
        "工商银行",
        "110000",
        "7222223333322332",
        "张三的小店",
        "110000",
        "深圳市腾讯大厦",
        "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8",
        "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8",
        "张三的小店",
        "13734543456",
        "餐饮",
        "0.6%",
        "佑佑",
        "13734543456",
    )
    .bank_name("深圳农村商业银行xxx支行")
    .store_longitude("113.941355")
    .store_latitude("22.546245")
    .business_addition_pics(vec!["123".into(), "456".into()]);
    support::endpoint_case(&request);
}

#[test]
fn micro_submitupgrade() {
    use wechatpay_v2::v2::applyment::micro::submitupgrade::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "5663476TEREGD45FH63GDFHFG657FCHBFG",
        "2",
        "9UYfXi-WMUhgWXvJtEw4_gBle_EfrD_pIL0bS8GAsK8",
        "123456789012345",
        "深圳腾讯科技有限公司",
        "深圳市腾讯大厦",
        "佑佑",
        vec!["1970-01-01".into(), "长期".into()],
        "1762",
        "张三的小店",
        "123",
        vec![1721],
    )
    .organization_number("1234567-1")
    .organization_time(vec!["1970-01-01".into(), "长期".into()])
    .account_bank("工商银行")
    .bank_address_code("11000")
    .bank_name("深圳农村商业银行xxx支行")
    .qualifications(vec!["xxx".into(), "xxx".into()])
    .business_addition_pics(vec!["123".into(), "456".into()])
    .contact_email("123@qq.com");
    support::endpoint_case(&request);
}
