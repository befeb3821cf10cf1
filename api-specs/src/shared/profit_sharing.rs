//! Profit sharing (分账): receivers, outcomes and returns.

use wechatpay_v2::wechat_v2_api;

/// Kind of a profit-sharing receiver's account (分账接收方类型).
#[wechat_v2_api]
pub enum ReceiverType {
    /// A merchant, by merchant id (`MERCHANT_ID`).
    MerchantId,
    /// A person, by openid under `appid` (`PERSONAL_OPENID`).
    PersonalOpenid,
    /// A person, by openid under the sub-merchant's `sub_appid` (`PERSONAL_SUB_OPENID`).
    PersonalSubOpenid,
}

/// Outcome of one share (分账结果).
#[wechat_v2_api]
pub enum SharingResult {
    /// Waiting to be shared (`PENDING`).
    Pending,
    /// Shared (`SUCCESS`).
    Success,
    /// Failed and closed (`CLOSED`).
    Closed,
}

/// Kind of account that gives shared money back (回退方类型).
#[wechat_v2_api]
pub enum ReturnAccountType {
    /// A merchant, by merchant id (`MERCHANT_ID`).
    MerchantId,
}

/// State of a return of shared money (回退结果).
#[wechat_v2_api]
pub enum ReturnResult {
    /// Returned (`SUCCESS`).
    Success,
    /// Being processed: query it later (`PROCESSING`).
    Processing,
    /// Failed; `fail_reason` says why (`FAILED`).
    Failed,
}

/// Why a return of shared money failed (失败原因).
#[wechat_v2_api]
pub enum FailReason {
    /// The returning account is abnormal (`ACCOUNT_ABNORMAL`).
    AccountAbnormal,
    /// Not completed in time, closed (`TIME_OUT_CLOSED`).
    TimeOutClosed,
    /// The original payer's account is abnormal (`PAYER_ACCOUNT_ABNORMAL`).
    PayerAccountAbnormal,
    /// The request was invalid (`INVALID_REQUEST`).
    InvalidRequest,
}
