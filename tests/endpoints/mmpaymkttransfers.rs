//! `v2/mmpaymkttransfers/...`: payouts to users, red packets and coupons (企业付款/营销).

use crate::support;

#[test]
fn gethbinfo() {
    use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo::*;
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        appid: None,
        bill_type: BillType::Mcht,
    };
    support::endpoint_case(&request);
}

/// The mock answers with one receipt, written as `<hblist><hbinfo>..</hbinfo></hblist>`; the
/// client reads it into the typed list.
#[test]
fn gethbinfo_receipts_arrive_as_a_typed_list() {
    use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo::*;
    let api = support::client(Some(support::mock().base_url()));
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        appid: None,
        bill_type: BillType::Mcht,
    };
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
    let request = Request {
        partner_trade_no: "10000098201411111234567890".into(),
        mch_id: None,
        appid: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn query_bank() {
    use wechatpay_v2::v2::mmpaymkttransfers::query_bank::*;
    let request = Request {
        mch_id: None,
        partner_trade_no: "1212121221227".into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn query_coupon_stock() {
    use wechatpay_v2::v2::mmpaymkttransfers::query_coupon_stock::*;
    let request = Request {
        coupon_stock_id: "1757".into(),
        appid: None,
        mch_id: None,
        op_user_id: Some("10000098".into()),
        device_info: None,
        version: Some(Version::V1_0),
        r#type: Some(ProtocolType::Xml),
    };
    support::endpoint_case(&request);
}

#[test]
fn querycouponsinfo() {
    use wechatpay_v2::v2::mmpaymkttransfers::querycouponsinfo::*;
    let request = Request {
        coupon_id: "1565".into(),
        openid: "onqOjjrXT-776SpHnfexGm1_P7iE".into(),
        appid: None,
        mch_id: None,
        stock_id: "58818".into(),
        op_user_id: Some("10000098".into()),
        device_info: Some("013467007045764".into()),
        version: Some(Version::V1_0),
        r#type: Some(ProtocolType::Xml),
    };
    support::endpoint_case(&request);
}

#[test]
fn queryworkwxredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::queryworkwxredpack::*;
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        appid: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn send_coupon() {
    use wechatpay_v2::v2::mmpaymkttransfers::send_coupon::*;
    let request = Request {
        coupon_stock_id: "1757".into(),
        openid_count: 1,
        partner_trade_no: "1000009820141203515766".into(),
        openid: "onqOjjrXT-776SpHnfexGm1_P7iE".into(),
        appid: None,
        mch_id: None,
        op_user_id: Some("10000098".into()),
        device_info: None,
        version: Some(Version::V1_0),
        r#type: Some(ProtocolType::Xml),
    };
    support::endpoint_case(&request);
}

#[test]
fn sendgroupredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendgroupredpack::*;
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        wxappid: "wx8888888888888888".into(),
        send_name: "天虹百货".into(),
        re_openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        total_amount: 1000,
        total_num: 3,
        amt_type: AmtType::AllRand,
        wishing: "感谢您参加猜灯谜活动，祝您元宵节快乐！".into(),
        act_name: "猜灯谜抢红包活动".into(),
        remark: "猜越多得越多，快来抢！".into(),
        scene_id: Some(SceneId::Product8),
        risk_info: Some(
            "posttime%3d123123412%26clientversion%3d234134%26mobile%3d122344545%26deviceid%3dIOS"
                .into(),
        ),
    };
    support::endpoint_case(&request);
}

#[test]
fn sendminiprogramhb() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendminiprogramhb::*;
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        wxappid: "wx8888888888888888".into(),
        send_name: "天虹百货".into(),
        re_openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        total_amount: 1000,
        total_num: 1,
        wishing: "感谢您参加猜灯谜活动，祝您元宵节快乐！".into(),
        act_name: "猜灯谜抢红包活动".into(),
        remark: "猜越多得越多，快来抢！".into(),
        notify_way: NotifyWay::MiniProgramJsapi,
        scene_id: Some(SceneId::Product8),
    };
    support::endpoint_case(&request);
}

#[test]
fn sendredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendredpack::*;
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        sub_mch_id: None,
        msgappid: Some("wx8888888888888888".into()),
        wxappid: "wx8888888888888888".into(),
        send_name: "天虹百货".into(),
        re_openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        total_amount: 1000,
        total_num: 1,
        wishing: "感谢您参加猜灯谜活动，祝您元宵节快乐！".into(),
        client_ip: "192.168.0.1".into(),
        act_name: "猜灯谜抢红包活动".into(),
        remark: "猜越多得越多，快来抢！".into(),
        scene_id: Some(SceneId::Product8),
        risk_info: Some(
            "posttime%3d123123412%26clientversion%3d234134%26mobile%3d122344545%26deviceid%3dIOS"
                .into(),
        ),
    };
    support::endpoint_case(&request);
}

#[test]
fn sendworkwxredpack() {
    use wechatpay_v2::v2::mmpaymkttransfers::sendworkwxredpack::*;
    let request = Request {
        mch_billno: "10000098201411111234567890".into(),
        mch_id: None,
        wxappid: "wx8888888888888888".into(),
        agentid: Some("1".into()),
        sender_name: "XX活动".into(),
        sender_header_media_id: Some("1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0".into()),
        re_openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        total_amount: 1000,
        wishing: "感谢您参加猜灯谜活动，祝您元宵节快乐！".into(),
        act_name: "猜灯谜抢红包活动".into(),
        remark: "猜越多得越多，快来抢！".into(),
        scene_id: Some(SceneId::Product8),
        workwx_sign: Some("C380BEC2BFD727A4B6845133519F3AD6".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn promotion_paywwsptrans2pocket() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::paywwsptrans2pocket::*;
    let request = Request {
        appid: None,
        mch_id: None,
        device_info: Some("013467007045764".into()),
        partner_trade_no: "10000098201411111234567890".into(),
        openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        check_name: CheckName::ForceCheck,
        re_user_name: Some("王小王".into()),
        amount: 10099,
        desc: "六月出差报销费用".into(),
        spbill_create_ip: "192.168.0.1".into(),
        workwx_sign: Some("C380BEC2BFD727A4B6845133519F3AD6".into()),
        ww_msg_type: Some(WwMsgType::NormalMsg),
        approval_number: Some("201705160008".into()),
        approval_type: Some(ApprovalType::One),
        act_name: Some("产品部门报销".into()),
        agentid: Some("1".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn promotion_querywwsptrans2pocket() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::querywwsptrans2pocket::*;
    let request = Request {
        partner_trade_no: "10000098201411111234567890".into(),
        mch_id: None,
        appid: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn promotion_transfers() {
    use wechatpay_v2::v2::mmpaymkttransfers::promotion::transfers::*;
    let request = Request {
        mch_appid: None,
        mchid: None,
        device_info: Some("013467007045764".into()),
        partner_trade_no: "10000098201411111234567890".into(),
        openid: "oxTWIuGaIt6gTKsQRLau2M0yL16E".into(),
        check_name: "FORCE_CHECK".into(),
        re_user_name: Some("王小王".into()),
        amount: 10099,
        desc: "理赔".into(),
        spbill_create_ip: "192.168.0.1".into(),
        scene: Some("BRAND_REDPACKET".into()),
        brand_id: Some(1234),
        finder_template_id: Some("1243100000000000".into()),
    };
    support::endpoint_case(&request);
}
