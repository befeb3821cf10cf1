//! `v2/wxv/...`: rentals and hotel stays paid after use (先享后付).

use crate::support;

/// The spec gives no example of a service id or a finish ticket; these stand in.
const SERVICE_ID: &str = "500001";
const FINISH_TICKET: &str = "2CE4B9C7A1F0D3E58B6A";

#[test]
fn cancelbill() {
    use wechatpay_v2::v2::wxv::cancelbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: "1234323JKHDFE1243252".into(),
        reason: "用户投诉".into(),
        service_id: SERVICE_ID.into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn changerentmoney() {
    use wechatpay_v2::v2::wxv::changerentmoney::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: "1234323JKHDFE1243252".into(),
        reason: Some("用户投诉".into()),
        service_id: SERVICE_ID.into(),
        total_amount: 40000,
        rent_fee: 5800,
        compensation_fee: 6000,
        compensation_fee_desc: Some("充电宝有轻微损坏，赔偿30%押金".into()),
    };
    support::endpoint_case(&request);
}

#[test]
fn createhotelbill() {
    use wechatpay_v2::v2::wxv::createhotelbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: "1234323JKHDFE1243252".into(),
        service_id: SERVICE_ID.into(),
        room: "几木双床房2间".into(),
        start_time: "20091225091010".into(),
        end_time: "20091225091010".into(),
        service_location: "北京亦庄亚朵酒店".into(),
        deposit_amount: 80000,
        room_rate: 20000,
        room_rate_desc: Some("共住3晚，每晚100元".into()),
        attach: None,
        cancel_rule: "FREE_BEFORE_18".into(),
        cancel_rule_desc: "入住当日18点前可免费取消".into(),
        cert_serial_no: "45233302".into(),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        name: None,
        phone: None,
        userid: None,
        address: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn createrentbill() {
    use wechatpay_v2::v2::wxv::createrentbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: "1234323JKHDFE1243252".into(),
        service_id: SERVICE_ID.into(),
        goods_name: "充电宝一个".into(),
        start_time: Some("20091225091010".into()),
        end_time: Some("20091225091010".into()),
        service_location: Some("嗨客时尚主题展餐厅".into()),
        deposit_amount: 50000,
        rent_unit: "FEN_1_HOUR".into(),
        rent_unit_fee: 8000,
        rent_fee_desc: Some("租金前1小时免费，每日封顶10元。".into()),
        attach: None,
        cert_serial_no: "45233302".into(),
        openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
        name: None,
        phone: None,
        userid: None,
        address: None,
    };
    support::endpoint_case(&request);
}

#[test]
fn finishhotelbill() {
    use wechatpay_v2::v2::wxv::finishhotelbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: "1234323JKHDFE1243252".into(),
        service_id: SERVICE_ID.into(),
        checked_in: "TRUE".into(),
        real_end_time: Some("20091225091010".into()),
        other_fee: 10000,
        other_fee_desc: "早餐2份，每份50元".into(),
        cancel_fee: Some(10000),
        compensation_fee: 6000,
        compensation_fee_desc: "打破房间杯子一个".into(),
        room_rate: Some(5000),
        overdue_fine: 5000,
        overdue_fine_desc: "延迟退房2小时，增加50元房费".into(),
        total_amount: 40000,
        finish_ticket: FINISH_TICKET.into(),
        profit_sharing: ProfitSharing::Yes,
    };
    support::endpoint_case(&request);
}

#[test]
fn finishrentbill() {
    use wechatpay_v2::v2::wxv::finishrentbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: "1234323JKHDFE1243252".into(),
        service_id: SERVICE_ID.into(),
        returned: "TRUE".into(),
        real_end_time: Some("20091225091010".into()),
        service_end_location: Some("嗨客时尚主题展餐厅".into()),
        total_amount: 40000,
        rent_fee: Some(5800),
        compensation_fee: Some(6000),
        compensation_fee_desc: Some("充电宝有轻微损坏，赔偿30%押金".into()),
        finish_ticket: FINISH_TICKET.into(),
        profit_sharing: ProfitSharing::Yes,
    };
    support::endpoint_case(&request);
}

#[test]
fn queryhotelbill() {
    use wechatpay_v2::v2::wxv::queryhotelbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: Some("1234323JKHDFE1243252".into()),
        return_query_id: None,
        service_id: SERVICE_ID.into(),
    };
    support::endpoint_case(&request);
}

#[test]
fn queryrentbill() {
    use wechatpay_v2::v2::wxv::queryrentbill::*;
    let request = Request {
        version: Version::V1_0,
        appid: None,
        mch_id: None,
        sign_type: wechatpay_v2::SignType::HmacSha256,
        out_order_no: Some("1234323JKHDFE1243252".into()),
        return_query_id: None,
        service_id: SERVICE_ID.into(),
    };
    support::endpoint_case(&request);
}
