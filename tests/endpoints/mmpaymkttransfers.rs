//! `v2/mmpaymkttransfers/...`: payouts to users, red packets and coupons (企业付款/营销).

use crate::support;

#[test]
fn gethbinfo() {
    use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo::*;
    let request = Request::new("10000098201411111234567890", BillType::Mcht);
    support::endpoint_case(&request);
}

/// The mock answers with one receipt, written as `<hblist><hbinfo>..</hbinfo></hblist>`; the
/// client reads it into the typed list.
#[test]
fn gethbinfo_receipts_arrive_as_a_typed_list() {
    use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo::*;
    let api = support::client(Some(support::mock().base_url()));
    let request = Request::new("10000098201411111234567890", BillType::Mcht);
    let response = support::block_on(api.post(request)).unwrap().into_inner();
    assert_eq!(
        response.hblist,
        vec![Receipt {
            openid: "mock_openid".into(),
            amount: 1,
            rcv_time: "mock_rcv_time".into(),
        }]
    );
    assert_eq!(response.mch_billno, "10000098201411111234567890");
}

#[test]
fn gettransferinfo() {
    use wechatpay_v2::v2::mmpaymkttransfers::gettransferinfo::*;
    let request = Request::new("10000098201411111234567890");
    support::endpoint_case(&request);
}

#[test]
fn query_bank() {
    use wechatpay_v2::v2::mmpaymkttransfers::query_bank::*;
    let request = Request::new("1212121221227");
    support::endpoint_case(&request);
}

#[test]
fn query_coupon_stock() {
    use wechatpay_v2::v2::mmpaymkttransfers::query_coupon_stock::*;
    let request = Request::new("1757")
        .op_user_id("10000098")
        .version(Version::V1_0)
        .r#type(ProtocolType::Xml);
    support::endpoint_case(&request);
}

#[test]
fn querycouponsinfo() {
    use wechatpay_v2::v2::mmpaymkttransfers::querycouponsinfo::*;
    let request = Request::new("1565", "onqOjjrXT-776SpHnfexGm1_P7iE", "58818")
        .op_user_id("10000098")
        .device_info("013467007045764")
        .version(Version::V1_0)
        .r#type(ProtocolType::Xml);
    support::endpoint_case(&request);
}

#[test]
fn queryworkwxredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::queryworkwxredpack::*;
    let request = Request::new("10000098201411111234567890");
    support::endpoint_case(&request);
}

#[test]
fn send_coupon() {
    use wechatpay_v2::v2::mmpaymkttransfers::send_coupon::*;
    let request = Request::new(
        "1757",
        1u64,
        "1000009820141203515766",
        "onqOjjrXT-776SpHnfexGm1_P7iE",
    )
    .op_user_id("10000098")
    .version(Version::V1_0)
    .r#type(ProtocolType::Xml);
    support::endpoint_case(&request);
}

#[test]
fn sendgroupredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendgroupredpack::*;
    let request = Request::new(
        "10000098201411111234567890",
        "wx8888888888888888",
        "天虹百货",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        1000u64,
        3u64,
        AmtType::AllRand,
        "感谢您参加猜灯谜活动，祝您元宵节快乐！",
        "猜灯谜抢红包活动",
        "猜越多得越多，快来抢！",
    )
    .scene_id(SceneId::Product8)
    .risk_info(
        "posttime%3d123123412%26clientversion%3d234134%26mobile%3d122344545%26deviceid%3dIOS",
    );
    support::endpoint_case(&request);
}

#[test]
fn sendminiprogramhb() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendminiprogramhb::*;
    let request = Request::new(
        "10000098201411111234567890",
        "wx8888888888888888",
        "天虹百货",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        1000u64,
        1u64,
        "感谢您参加猜灯谜活动，祝您元宵节快乐！",
        "猜灯谜抢红包活动",
        "猜越多得越多，快来抢！",
        NotifyWay::MiniProgramJsapi,
    )
    .scene_id(SceneId::Product8);
    support::endpoint_case(&request);
}

#[test]
fn sendredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendredpack::*;
    let request = Request::new(
        "10000098201411111234567890",
        "wx8888888888888888",
        "天虹百货",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        1000u64,
        1u64,
        "感谢您参加猜灯谜活动，祝您元宵节快乐！",
        "192.168.0.1",
        "猜灯谜抢红包活动",
        "猜越多得越多，快来抢！",
    )
    .msgappid("wx8888888888888888")
    .scene_id(SceneId::Product8)
    .risk_info(
        "posttime%3d123123412%26clientversion%3d234134%26mobile%3d122344545%26deviceid%3dIOS",
    );
    support::endpoint_case(&request);
}

#[test]
fn sendworkwxredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendworkwxredpack::*;
    let request = Request::new(
        "10000098201411111234567890",
        "wx8888888888888888",
        "XX活动",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        1000u64,
        "感谢您参加猜灯谜活动，祝您元宵节快乐！",
        "猜灯谜抢红包活动",
        "猜越多得越多，快来抢！",
    )
    .agentid("1")
    .sender_header_media_id("1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0")
    .scene_id(SceneId::Product8)
    .workwx_sign("C380BEC2BFD727A4B6845133519F3AD6");
    support::endpoint_case(&request);
}

#[test]
fn promotion_paywwsptrans2pocket() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::paywwsptrans2pocket::*;
    let request = Request::new(
        "10000098201411111234567890",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        CheckName::ForceCheck,
        10099u64,
        "六月出差报销费用",
        "192.168.0.1",
    )
    .device_info("013467007045764")
    .re_user_name("王小王")
    .workwx_sign("C380BEC2BFD727A4B6845133519F3AD6")
    .ww_msg_type(WwMsgType::NormalMsg)
    .approval_number("201705160008")
    .approval_type(ApprovalType::One)
    .act_name("产品部门报销")
    .agentid("1");
    support::endpoint_case(&request);
}

#[test]
fn promotion_querywwsptrans2pocket() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::querywwsptrans2pocket::*;
    let request = Request::new("10000098201411111234567890");
    support::endpoint_case(&request);
}

#[test]
fn promotion_transfers() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::transfers::*;
    let request = Request::new(
        "10000098201411111234567890",
        "oxTWIuGaIt6gTKsQRLau2M0yL16E",
        "FORCE_CHECK",
        10099u64,
        "理赔",
        "192.168.0.1",
    )
    .device_info("013467007045764")
    .re_user_name("王小王")
    .scene("BRAND_REDPACKET")
    .brand_id(1234u32)
    .finder_template_id("1243100000000000");
    support::endpoint_case(&request);
}
