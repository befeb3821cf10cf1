//! `v2/papay/...`: entrusted deduction (委托代扣) contracts.

use crate::support;

#[test]
fn deletecontract() {
    use wechatpay_v2::v2::papay::deletecontract::*;
    let request = Request {
        appid: None,
        mch_id: None,
        plan_id: Some("12251".into()),
        contract_code: Some("1234".into()),
        contract_id: Some("Wx15463511252015071056489715".into()),
        contract_termination_remark: "解约原因".into(),
        version: Version::V1_0,
        sub_appid: None,
        sub_mch_id: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn entrustweb() {
    use wechatpay_v2::v2::papay::entrustweb::*;
    let request = Request {
        appid: None,
        mch_id: None,
        plan_id: 12535,
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        timestamp: "1414488825".into(),
        return_web: Some(ReturnWeb::Yes),
    };
    support::endpoint_case(&request);
}

#[test]
fn h5entrustweb() {
    use wechatpay_v2::v2::papay::h5entrustweb::*;
    let request = Request {
        appid: None,
        mch_id: None,
        plan_id: "12535".into(),
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        timestamp: "1414488825".into(),
        clientip: "119.145.83.6".into(),
        return_appid: Some("wxcbda96de0b165486".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn preentrustweb() {
    use wechatpay_v2::v2::papay::preentrustweb::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        plan_id: "12535".into(),
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        // No example in the spec: the one of the other signing endpoints.
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        sign_type: Some(wechatpay_v2::SignType::Md5),
        timestamp: "1414488825".into(),
        return_app: Some(ReturnApp::Yes),
    };
    support::endpoint_case(&request);
}

#[test]
fn querycontract() {
    use wechatpay_v2::v2::papay::querycontract::*;
    let request = Request {
        appid: None,
        mch_id: None,
        contract_id: Some("100005698".into()),
        plan_id: Some(123),
        contract_code: Some("1023658866".into()),
        version: Version::V1_0,
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_deletecontract() {
    use wechatpay_v2::v2::papay::partner::deletecontract::*;
    let request = Request {
        appid: None,
        sub_appid: None,
        mch_id: None,
        sub_mch_id: None,
        plan_id: Some("12251".into()),
        contract_code: Some("1234".into()),
        contract_id: Some("Wx15463511252015071056489715".into()),
        contract_termination_remark: "解约原因".into(),
        version: Version::V1_0,
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_entrustweb() {
    use wechatpay_v2::v2::papay::partner::entrustweb::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        plan_id: 12535,
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        timestamp: "1414488825".into(),
        return_web: Some(ReturnWeb::Yes),
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_h5entrustweb() {
    use wechatpay_v2::v2::papay::partner::h5entrustweb::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        plan_id: "12535".into(),
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        sign_type: Some(wechatpay_v2::SignType::HmacSha256),
        timestamp: "1414488825".into(),
        clientip: "119.145.83.6".into(),
        deviceid: Some("baf04e6bbbd06f7b1a197d18ed53b7f1".into()),
        mobile: Some("18933432355".into()),
        email: Some("aobama@whitehouse.com".into()),
        qq: Some("100243".into()),
        openid: Some("baf04e6bbbd06f7b1a197d18ed53b7f1".into()),
        creid: Some("110102199701011000".into()),
        outerid: Some("user123".into()),
        return_appid: Some("wxcbda96de0b165486".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_paporderquery() {
    use wechatpay_v2::v2::papay::partner::paporderquery::*;
    let request = Request {
        appid: None,
        mch_id: None,
        transaction_id: Some("1009660380201506130728806387".into()),
        out_trade_no: Some("20150806125346".into()),
        sub_appid: None,
        sub_mch_id: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_preentrustweb() {
    use wechatpay_v2::v2::papay::partner::preentrustweb::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        plan_id: "12535".into(),
        contract_code: "100000".into(),
        request_serial: 1000,
        contract_display_account: "微信代扣".into(),
        // No example in the spec: the one of the other signing endpoints.
        notify_url: "https://weixin.qq.com".into(),
        version: Version::V1_0,
        sign_type: Some(wechatpay_v2::SignType::Md5),
        timestamp: "1414488825".into(),
        return_app: Some(ReturnApp::Yes),
    };
    support::endpoint_case(&request);
}

#[test]
fn partner_querycontract() {
    use wechatpay_v2::v2::papay::partner::querycontract::*;
    let request = Request {
        appid: None,
        mch_id: None,
        sub_appid: None,
        sub_mch_id: None,
        contract_id: Some("100005698".into()),
        plan_id: Some("123".into()),
        contract_code: Some("1023658866".into()),
        version: Version::V1_0,
    };
    support::endpoint_case(&request);
}
