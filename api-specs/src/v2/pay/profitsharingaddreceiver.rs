//! `v2/pay/profitsharingaddreceiver`: add a profit-sharing receiver (添加分账接收方).
//!
//! A service provider adds, for a sub-merchant, an account that later profit-sharing requests
//! can pay part of the settled money to. The receiver goes as JSON text. The spec's JSON schema
//! lists a `description` member as required without defining it (it belongs to the
//! profit-sharing orders); it is left out here.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::ReceiverType;

/// Adds an account that profit sharing can pay to (添加分账接收方).
#[wechat_v2_api(path = "v2/pay/profitsharingaddreceiver")]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Sub-merchant id in partner mode (子商户号).
    #[wechat(max_len = 32, optional)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Sub-merchant app id in partner mode (子商户公众账号ID).
    #[wechat(max_len = 32, optional)]
    pub sub_appid: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The receiver to add, sent as JSON text (分账接收方).
    #[wechat(max_len = 2048)]
    pub receiver: Receiver,
}

/// The receiver added.
#[wechat_v2_api(response)]
pub struct Response {
    /// Sub-merchant app id (子商户公众账号ID).
    #[wechat(max_len = 32)]
    pub sub_appid: Option<String>,
    /// Sub-merchant id (子商户号).
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// The receiver added, as JSON text (分账接收方).
    #[wechat(max_len = 128)]
    pub receiver: ReceiverAccount,
}

/// What the receiver is to the merchant sharing the profit (与分账方的关系类型).
#[wechat_v2_api]
pub enum RelationType {
    /// The service provider (`SERVICE_PROVIDER`, 服务商).
    ServiceProvider,
    /// A store (`STORE`, 门店).
    Store,
    /// A staff member (`STAFF`, 员工).
    Staff,
    /// A store owner (`STORE_OWNER`, 店主).
    StoreOwner,
    /// A partner (`PARTNER`, 合作伙伴).
    Partner,
    /// The headquarters (`HEADQUARTER`, 总部).
    Headquarter,
    /// The brand (`BRAND`, 品牌方).
    Brand,
    /// A distributor (`DISTRIBUTOR`, 分销商).
    Distributor,
    /// A user (`USER`, 用户).
    User,
    /// A supplier (`SUPPLIER`, 供应商).
    Supplier,
    /// A relation named in `custom_relation` (`CUSTOM`, 自定义).
    Custom,
    /// A platform (`PLATFORM`, 平台).
    Platform,
    /// Something else (`OTHERS`, 其他).
    Others,
}

/// The receiver to add, carried as JSON in `receiver`.
#[wechat_v2_api(json)]
pub struct Receiver {
    /// Kind of account (分账接收方类型).
    pub r#type: ReceiverType,
    /// The account: a merchant id or an openid, as `type` says (分账接收方账号).
    pub account: String,
    /// Full name of a merchant, or real name of a person (分账个人接收方姓名).
    pub name: Option<String>,
    /// What the receiver is to the merchant (与分账方的关系类型).
    pub relation_type: Option<RelationType>,
    /// The relation in words, with `relation_type` `CUSTOM` (自定义的分账关系).
    pub custom_relation: Option<String>,
}

/// The receiver as the answer names it, carried as JSON in `receiver`.
#[wechat_v2_api(json)]
pub struct ReceiverAccount {
    /// Kind of account (分账接收方类型).
    pub r#type: ReceiverType,
    /// The account (分账接收方账号).
    pub account: String,
}
