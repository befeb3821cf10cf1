//! `v2/wxv/...`: rentals and hotel stays paid after use (先享后付).

use crate::support;

/// The spec gives no example of a service id or a finish ticket; these stand in.
const SERVICE_ID: &str = "500001";
const FINISH_TICKET: &str = "2CE4B9C7A1F0D3E58B6A";

#[test]
fn cancelbill() {
    use wechatpay_v2::v2::wxv::cancelbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "1234323JKHDFE1243252",
        "用户投诉",
        SERVICE_ID,
    );
    support::endpoint_case(&request);
}

#[test]
fn changerentmoney() {
    use wechatpay_v2::v2::wxv::changerentmoney::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "1234323JKHDFE1243252",
        SERVICE_ID,
        40000u64,
        5800u64,
        6000u64,
    )
    .reason("用户投诉")
    .compensation_fee_desc("充电宝有轻微损坏，赔偿30%押金");
    support::endpoint_case(&request);
}

#[test]
fn createhotelbill() {
    use wechatpay_v2::v2::wxv::createhotelbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "1234323JKHDFE1243252",
        SERVICE_ID,
        "几木双床房2间",
        "20091225091010",
        "20091225091010",
        "北京亦庄亚朵酒店",
        80000u64,
        20000u64,
        "FREE_BEFORE_18",
        "入住当日18点前可免费取消",
        "45233302",
    )
    .room_rate_desc("共住3晚，每晚100元")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    support::endpoint_case(&request);
}

#[test]
fn createrentbill() {
    use wechatpay_v2::v2::wxv::createrentbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "1234323JKHDFE1243252",
        SERVICE_ID,
        "充电宝一个",
        50000u64,
        "FEN_1_HOUR",
        8000u64,
        "45233302",
    )
    .start_time("20091225091010")
    .end_time("20091225091010")
    .service_location("嗨客时尚主题展餐厅")
    .rent_fee_desc("租金前1小时免费，每日封顶10元。")
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    support::endpoint_case(&request);
}

#[test]
fn finishhotelbill() {
    use wechatpay_v2::v2::wxv::finishhotelbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "1234323JKHDFE1243252",
        SERVICE_ID,
        "TRUE",
        10000u64,
        "早餐2份，每份50元",
        6000u64,
        "打破房间杯子一个",
        5000u64,
        "延迟退房2小时，增加50元房费",
        40000u64,
        FINISH_TICKET,
        ProfitSharing::Yes,
    )
    .real_end_time("20091225091010")
    .cancel_fee(10000u64)
    .room_rate(5000u64);
    support::endpoint_case(&request);
}

#[test]
fn finishrentbill() {
    use wechatpay_v2::v2::wxv::finishrentbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        "1234323JKHDFE1243252",
        SERVICE_ID,
        "TRUE",
        40000u64,
        FINISH_TICKET,
        ProfitSharing::Yes,
    )
    .real_end_time("20091225091010")
    .service_end_location("嗨客时尚主题展餐厅")
    .rent_fee(5800u64)
    .compensation_fee(6000u64)
    .compensation_fee_desc("充电宝有轻微损坏，赔偿30%押金");
    support::endpoint_case(&request);
}

#[test]
fn queryhotelbill() {
    use wechatpay_v2::v2::wxv::queryhotelbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        SERVICE_ID,
    )
    .out_order_no("1234323JKHDFE1243252");
    support::endpoint_case(&request);
}

#[test]
fn queryrentbill() {
    use wechatpay_v2::v2::wxv::queryrentbill::*;
    let request = Request::new(
        Version::V1_0,
        wechatpay_v2::SignType::HmacSha256,
        SERVICE_ID,
    )
    .out_order_no("1234323JKHDFE1243252");
    support::endpoint_case(&request);
}
