//! Entrusted deduction (委托代扣): signing contracts, and the deductions made under them,
//! including those of public transport and parking.

use wechatpay_v2::wechat_v2_api;

/// Trade type of a deduction (交易类型), where `PAP` is the only value documented.
#[wechat_v2_api]
pub enum PapTradeType {
    /// Entrusted deduction (`PAP`).
    Pap,
}

/// One coupon or instant discount used on a deduction order (fields `*_$n`).
#[wechat_v2_api(item)]
pub struct PapCoupon {
    /// Coupon or discount id (代金券或立减优惠ID).
    #[wechat(max_len = 20)]
    pub coupon_id: Option<String>,
    /// Amount paid with it, in fen (单个代金券或立减优惠支付金额).
    pub coupon_fee: Option<u64>,
}

/// Whether WeChat goes back to the app after signing (返回app).
#[wechat_v2_api]
pub enum ReturnApp {
    /// Go back to the app (`Y`).
    #[wechat(rename = "Y")]
    Yes,
    /// Stay in WeChat (`N`).
    #[wechat(rename = "N")]
    No,
}

/// Whether to go back to the merchant's web page after signing (返回web).
#[wechat_v2_api]
pub enum ReturnWeb {
    /// Go back to the page the user came from (`1`).
    #[wechat(rename = "1")]
    Yes,
}

/// How a vehicle's fees are deducted (发起扣费方式).
#[wechat_v2_api]
pub enum DeductMode {
    /// The merchant starts the deduction (`PROACTIVE`).
    Proactive,
    /// Deducted automatically (`AUTOPAY`).
    Autopay,
}

/// Trade scene of a vehicle's fee (交易场景), all five documented scenes.
#[wechat_v2_api]
pub enum VehicleTradeScene {
    /// A car park (`PARKING`).
    Parking,
    /// A single parking space (`PARKING SPACE`).
    #[wechat(rename = "PARKING SPACE")]
    ParkingSpace,
    /// A fuel station (`GAS`).
    Gas,
    /// A motorway (`HIGHWAY`).
    Highway,
    /// A toll bridge (`BRIDGE`).
    Bridge,
}
