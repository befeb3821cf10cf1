//! `v2/vehicle/pay/payapply`: deduct a parking, motorway, fuel or bridge fee (申请扣款).
//!
//! Charges a driver through their vehicle-owner service (车主服务), without a password, once the
//! stay, the trip or the refuelling is over. The result is sent to `notify_url`;
//! `v2/transit/queryorder` looks it up. What is charged for goes as JSON text in `scene_info`,
//! in the shape of the trade scene.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::{
    DeductMode, PapTradeType as TradeType, ProfitSharing, VehicleTradeScene as TradeScene,
    Version3_0 as Version,
};

/// Deducts a fee from a driver with the vehicle-owner service (申请扣款).
#[wechat_v2_api(path = "v2/vehicle/pay/payapply")]
pub struct Request {
    /// App id (公众账号id); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// What is paid for, such as the car park (商品描述).
    #[wechat(max_len = 128)]
    pub body: String,
    /// Details of the charge (商品详情).
    #[wechat(max_len = 6000)]
    pub detail: Option<String>,
    /// Merchant data, returned as is in the query and the notification (附加数据).
    #[wechat(max_len = 127)]
    pub attach: Option<String>,
    /// Merchant order number, unique per merchant (商户订单号).
    #[wechat(max_len = 32)]
    pub out_trade_no: String,
    /// Amount to deduct, in fen (总金额).
    pub total_fee: u64,
    /// Currency (货币类型), `CNY`.
    #[wechat(max_len = 16)]
    pub fee_type: Option<String>,
    /// IP address of the calling machine (终端IP).
    #[wechat(max_len = 16)]
    pub spbill_create_ip: String,
    /// Promotion tag, for coupons (商品标记).
    #[wechat(max_len = 32)]
    pub goods_tag: Option<String>,
    /// URL that receives the deduction result (回调通知url).
    #[wechat(max_len = 256)]
    pub notify_url: String,
    /// Trade type (交易类型), `PAP`.
    pub trade_type: TradeType,
    /// Interface version (版本号), `3.0`.
    pub version: Version,
    /// Trade scene (交易场景).
    pub trade_scene: TradeScene,
    /// The driver's openid (用户标识).
    #[wechat(max_len = 32)]
    pub openid: Option<String>,
    /// Whether the payment is to be shared with other receivers (分账标识).
    pub profit_sharing: Option<ProfitSharing>,
    /// What is charged for (场景信息), sent as JSON text; its shape follows `trade_scene`.
    #[wechat(max_len = 1024)]
    pub scene_info: SceneInfo,
}

/// The deduction accepted; its result comes later, to `notify_url`.
#[wechat_v2_api(response)]
pub struct Response {
    /// App id (公众账号id).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Terminal device number (设备号).
    #[wechat(max_len = 32)]
    pub device_info: Option<String>,
}

/// Deduction modes the car park supports (支持的扣费方式).
#[wechat_v2_api]
pub enum SupportDeductMode {
    /// Only deductions the merchant starts (`DEDUCT_PROACTIVE_ONLY`).
    DeductProactiveOnly,
    /// Only automatic deductions (`DEDUCT_AUTOPAY_ONLY`).
    DeductAutopayOnly,
    /// Both (`DEDUCT_ALL`).
    DeductAll,
}

/// Motorway lane type (通道类型).
#[wechat_v2_api]
pub enum ChannelType {
    /// Electronic toll collection lane (`ETC`).
    Etc,
    /// Manual toll collection lane (`MTC`).
    Mtc,
}

/// The JSON carried in `scene_info`: `{"scene_info": {...}}`.
#[wechat_v2_api(json)]
pub struct SceneInfo {
    /// What is charged for, in the shape of the trade scene.
    pub scene_info: Scene,
}

/// One of the five documented scene shapes.
#[wechat_v2_api(json)]
pub enum Scene {
    /// Scene `PARKING`: a stay in a car park.
    Parking(ParkingScene),
    /// Scene `PARKING SPACE`: a stay in a single space.
    ParkingSpace(ParkingSpaceScene),
    /// Scene `GAS`: a refuelling.
    Gas(GasScene),
    /// Scene `HIGHWAY`: a motorway trip.
    Highway(HighwayScene),
    /// Scene `BRIDGE`: a bridge crossing.
    Bridge(BridgeScene),
}

/// Scene `PARKING`: a stay in a car park.
#[wechat_v2_api(json)]
pub struct ParkingScene {
    /// Entry time (交易时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// Exit time (结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub end_time: Option<String>,
    /// Time charged for, in seconds (计费时长).
    #[wechat(max_len = 16)]
    pub charging_time: String,
    /// Licence plate (车牌号).
    #[wechat(max_len = 32)]
    pub plate_number: String,
    /// Vehicle type (车辆类型), such as 小型车.
    #[wechat(max_len = 16)]
    pub car_type: Option<String>,
    /// Car park name (停车场名称).
    #[wechat(max_len = 32)]
    pub parking_name: String,
    /// Free parking time in seconds (免费时长).
    pub free_time: Option<String>,
    /// How this fee is deducted (发起扣费方式).
    pub deduct_mode: DeductMode,
    /// Deduction modes the car park supports (支持的扣费方式).
    pub support_deduct_mode: SupportDeductMode,
}

/// Scene `PARKING SPACE`: a stay in a single parking space.
#[wechat_v2_api(json)]
pub struct ParkingSpaceScene {
    /// Entry time (交易时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// Exit time (结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub end_time: Option<String>,
    /// Time charged for, in seconds (计费时长).
    #[wechat(max_len = 16)]
    pub charging_time: String,
    /// Vehicle type (车辆类型).
    #[wechat(max_len = 16)]
    pub car_type: Option<String>,
    /// Car park name (停车场名称).
    #[wechat(max_len = 32)]
    pub parking_name: Option<String>,
    /// Parking space number (车位编号).
    #[wechat(max_len = 16)]
    pub space_number: String,
}

/// Scene `GAS`: a refuelling.
#[wechat_v2_api(json)]
pub struct GasScene {
    /// When the refuelling happened (交易时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// Licence plate (车牌号).
    #[wechat(max_len = 32)]
    pub plate_number: String,
    /// Vehicle type (车辆类型).
    #[wechat(max_len = 16)]
    pub car_type: Option<String>,
    /// Fuel station name (加油站名称).
    #[wechat(max_len = 32)]
    pub gas_station: String,
    /// Fuel grade, such as `98` (油品标号名).
    #[wechat(max_len = 8)]
    pub gas_label_name: String,
    /// Fuel type, such as 汽油 (油品类型名称).
    #[wechat(max_len = 32)]
    pub gas_type: String,
    /// Emission standard of the fuel, such as 国V (油品标准).
    #[wechat(max_len = 32)]
    pub gas_standard: String,
    /// Amount of fuel (油量).
    #[wechat(max_len = 16)]
    pub gas_amount: String,
    /// Pump nozzle number (油枪号).
    #[wechat(max_len = 32)]
    pub gas_gun_no: String,
}

/// Scene `HIGHWAY`: a motorway trip.
#[wechat_v2_api(json)]
pub struct HighwayScene {
    /// Entry time (交易时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// Exit time (结束时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub end_time: String,
    /// Licence plate (车牌号).
    #[wechat(max_len = 32)]
    pub plate_number: String,
    /// Vehicle type (车辆类型).
    #[wechat(max_len = 16)]
    pub car_type: String,
    /// Entry station name (入口站名称).
    #[wechat(max_len = 60)]
    pub entrance_name: String,
    /// Exit name (出口名称).
    #[wechat(max_len = 64)]
    pub exit_name: String,
    /// Licensed passenger capacity (核载人数).
    #[wechat(max_len = 8)]
    pub carrying_capacity: Option<String>,
    /// Passenger capacity band, such as `6-12` (核载区间).
    #[wechat(max_len = 32)]
    pub carrying_range: Option<String>,
    /// Lane type (通道类型).
    pub channel_type: ChannelType,
}

/// Scene `BRIDGE`: a bridge crossing.
#[wechat_v2_api(json)]
pub struct BridgeScene {
    /// When the bridge was crossed (交易时间), `yyyyMMddHHmmss`.
    #[wechat(max_len = 16)]
    pub start_time: String,
    /// Licence plate (车牌号).
    #[wechat(max_len = 32)]
    pub plate_number: String,
    /// Vehicle type (车辆类型).
    #[wechat(max_len = 16)]
    pub car_type: Option<String>,
    /// Exit name (出口名称).
    #[wechat(max_len = 64)]
    pub exit_name: String,
}
