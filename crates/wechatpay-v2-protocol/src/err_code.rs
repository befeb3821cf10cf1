//! The business error codes (`err_code`) of a `result_code` `FAIL`, typed, and what each means
//! for the caller: query before anything else, wait for the payer, try again later, stop, or
//! fix the request.
//!
//! One enum serves every endpoint: the codes are shared across the API (`SYSTEMERROR` is the
//! answer of almost every call). A code this SDK does not know is [`ErrCode::Unknown`] with its
//! text, so a code WeChat adds later breaks nothing.
//!
//! | code | endpoints (main ones) | [`ErrClass`] |
//! |---|---|---|
//! | `SYSTEMERROR` | every payment, refund, query, reversal, payout | [`OutcomeUnknown`](ErrClass::OutcomeUnknown): query before retrying |
//! | `BANKERROR` | `micropay`, `refund` | [`OutcomeUnknown`](ErrClass::OutcomeUnknown) |
//! | `USERPAYING` | `micropay` | [`UserPaying`](ErrClass::UserPaying): poll `orderquery` |
//! | `BIZERR_NEED_RETRY`, `FREQUENCY_LIMITED`, `FREQ_LIMIT`, `INVALID_REQ_TOO_MUCH` | `refund`, payouts | [`RetryLater`](ErrClass::RetryLater), with the same numbers |
//! | `ORDERPAID`, `ORDERCLOSED`, `ORDERREVERSED`, `ORDERNOTEXIST`, `REFUNDNOTEXIST`, `NOTENOUGH`, `TRADE_OVERDUE`, `REVERSE_EXPIRE`, `AUTHCODEEXPIRE`, `AUTH_CODE_ERROR`, `AUTH_CODE_INVALID`, `NOTSUPORTCARD`, `BUYER_MISMATCH`, `USER_ACCOUNT_ABNORMAL`, `OUT_TRADE_NO_USED`, `NOAUTH`, `TRADE_ERROR`, `TRADE_STATE_ERROR`, `AMOUNT_LIMIT`, `SENDNUM_LIMIT`, `NAME_MISMATCH`, `OPENID_ERROR` | payments, closes, refunds, reversals, payouts | [`Final`](ErrClass::Final): the state of the order or account answers |
//! | `PARAM_ERROR`, `LACK_PARAMS`, `SIGNERROR`, `XML_FORMAT_ERROR`, `NOT_UTF8`, `REQUIRE_POST_METHOD`, `POST_DATA_EMPTY`, `APPID_NOT_EXIST`, `MCHID_NOT_EXIST`, `APPID_MCHID_NOT_MATCH`, `INVALID_TRANSACTIONID`, `INVALID_REQUEST` | every endpoint | [`BadRequest`](ErrClass::BadRequest): fix the request or the configuration |

use std::fmt;

/// What an `err_code` tells the caller to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrClass {
    /// The operation may or may not have happened (`SYSTEMERROR`, `BANKERROR`): query its state
    /// (`orderquery`, `refundquery`, the payout query) before any retry, which could pay or
    /// refund twice.
    OutcomeUnknown,
    /// The payer is entering a password (`USERPAYING`): poll `orderquery`, and reverse the order
    /// if it is still not paid at your deadline.
    UserPaying,
    /// Refused for now: try again later with the same numbers (`BIZERR_NEED_RETRY`, rate limits).
    RetryLater,
    /// The state of the order, refund or account is the answer (`ORDERPAID`, `ORDERCLOSED`,
    /// `NOTENOUGH`...): retrying the same request gets the same one.
    Final,
    /// The request or the configuration is wrong (`PARAM_ERROR`, `SIGNERROR`...).
    BadRequest,
    /// A code this SDK does not know ([`ErrCode::Unknown`]).
    Unclassified,
}

macro_rules! err_codes {
    ($($(#[$doc:meta])* $variant:ident = $wire:literal => $class:ident,)*) => {
        /// A business error code (`err_code`). See the [module](self) for the table.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrCode {
            $($(#[$doc])* $variant,)*
            /// A code this SDK does not know, as received.
            Unknown(String),
        }

        impl ErrCode {
            /// The code of the wire text `code`.
            pub fn from_wire(code: &str) -> Self {
                match code {
                    $($wire => Self::$variant,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }

            /// The wire text.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(code) => code,
                }
            }

            /// What the code tells the caller to do.
            pub fn class(&self) -> ErrClass {
                match self {
                    $(Self::$variant => ErrClass::$class,)*
                    Self::Unknown(_) => ErrClass::Unclassified,
                }
            }
        }
    };
}

err_codes! {
    /// A system error: the outcome is unknown (系统错误).
    SystemError = "SYSTEMERROR" => OutcomeUnknown,
    /// A bank error: the outcome is unknown (银行系统异常).
    BankError = "BANKERROR" => OutcomeUnknown,
    /// The payer is entering a password (用户支付中).
    UserPaying = "USERPAYING" => UserPaying,
    /// Try again with the same numbers (业务错误，需重试).
    BizErrNeedRetry = "BIZERR_NEED_RETRY" => RetryLater,
    /// Called too often (频率限制).
    FrequencyLimited = "FREQUENCY_LIMITED" => RetryLater,
    /// Called too often, payouts (频率限制).
    FreqLimit = "FREQ_LIMIT" => RetryLater,
    /// Too many requests for the order (请求过多).
    InvalidReqTooMuch = "INVALID_REQ_TOO_MUCH" => RetryLater,
    /// The order is paid already (订单已支付).
    OrderPaid = "ORDERPAID" => Final,
    /// The order is closed (订单已关闭).
    OrderClosed = "ORDERCLOSED" => Final,
    /// The order is reversed (订单已撤销).
    OrderReversed = "ORDERREVERSED" => Final,
    /// No such order (此交易订单号不存在).
    OrderNotExist = "ORDERNOTEXIST" => Final,
    /// No such refund (退款订单查询失败).
    RefundNotExist = "REFUNDNOTEXIST" => Final,
    /// The balance is not enough: the payer's, or the merchant's for a refund or payout (余额不足).
    NotEnough = "NOTENOUGH" => Final,
    /// The order is too old to refund (订单已经超过退款期限).
    TradeOverdue = "TRADE_OVERDUE" => Final,
    /// The order is too old to reverse (订单无法撤销).
    ReverseExpire = "REVERSE_EXPIRE" => Final,
    /// The payment code has expired (二维码已过期，请用户在微信上刷新后再试).
    AuthCodeExpire = "AUTHCODEEXPIRE" => Final,
    /// The payment code is wrong (授权码参数错误).
    AuthCodeError = "AUTH_CODE_ERROR" => Final,
    /// The payment code is not valid (授权码检验错误).
    AuthCodeInvalid = "AUTH_CODE_INVALID" => Final,
    /// The payer's card cannot pay this (不支持卡类型).
    NotSupportCard = "NOTSUPORTCARD" => Final,
    /// The payer is not the order's (支付帐号错误).
    BuyerMismatch = "BUYER_MISMATCH" => Final,
    /// The payer's account is restricted (退款请求失败: 用户帐号注销 / 异常).
    UserAccountAbnormal = "USER_ACCOUNT_ABNORMAL" => Final,
    /// The merchant order number is used (商户订单号重复).
    OutTradeNoUsed = "OUT_TRADE_NO_USED" => Final,
    /// The merchant may not do this (商户无此接口权限).
    NoAuth = "NOAUTH" => Final,
    /// The trade was refused (交易错误).
    TradeError = "TRADE_ERROR" => Final,
    /// The order is not in a state that allows this, such as refunding an unpaid order
    /// (订单状态错误).
    TradeStateError = "TRADE_STATE_ERROR" => Final,
    /// Over a payout amount limit (金额超限).
    AmountLimit = "AMOUNT_LIMIT" => Final,
    /// Over the number of payouts (次数超限).
    SendNumLimit = "SENDNUM_LIMIT" => Final,
    /// The payee's name does not match (收款用户姓名校验不一致).
    NameMismatch = "NAME_MISMATCH" => Final,
    /// The openid is wrong (Openid错误).
    OpenidError = "OPENID_ERROR" => Final,
    /// A parameter is wrong (参数错误).
    ParamError = "PARAM_ERROR" => BadRequest,
    /// A parameter is missing (缺少参数).
    LackParams = "LACK_PARAMS" => BadRequest,
    /// The sign is wrong (签名错误).
    SignError = "SIGNERROR" => BadRequest,
    /// The XML is malformed (XML格式错误).
    XmlFormatError = "XML_FORMAT_ERROR" => BadRequest,
    /// Not UTF-8 (编码格式错误).
    NotUtf8 = "NOT_UTF8" => BadRequest,
    /// Not a `POST` (请使用post方法).
    RequirePostMethod = "REQUIRE_POST_METHOD" => BadRequest,
    /// An empty body (post数据为空).
    PostDataEmpty = "POST_DATA_EMPTY" => BadRequest,
    /// No such app id (APPID不存在).
    AppidNotExist = "APPID_NOT_EXIST" => BadRequest,
    /// No such merchant id (MCHID不存在).
    MchidNotExist = "MCHID_NOT_EXIST" => BadRequest,
    /// The app id and the merchant id do not belong together (appid和mch_id不匹配).
    AppidMchidNotMatch = "APPID_MCHID_NOT_MATCH" => BadRequest,
    /// The WeChat Pay order number is wrong (无效transaction_id).
    InvalidTransactionId = "INVALID_TRANSACTIONID" => BadRequest,
    /// The request is not valid (无效请求).
    InvalidRequest = "INVALID_REQUEST" => BadRequest,
}

impl fmt::Display for ErrCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_ones_are_kept() {
        for code in [
            "SYSTEMERROR",
            "USERPAYING",
            "ORDERPAID",
            "NOTENOUGH",
            "PARAM_ERROR",
        ] {
            assert_eq!(ErrCode::from_wire(code).as_str(), code);
        }
        assert_eq!(ErrCode::from_wire("USERPAYING"), ErrCode::UserPaying);
        let new = ErrCode::from_wire("SOMETHING_NEW");
        assert_eq!(new, ErrCode::Unknown("SOMETHING_NEW".into()));
        assert_eq!(new.to_string(), "SOMETHING_NEW");
        assert_eq!(new.class(), ErrClass::Unclassified);
    }

    #[test]
    fn each_code_says_what_to_do() {
        assert_eq!(ErrCode::SystemError.class(), ErrClass::OutcomeUnknown);
        assert_eq!(ErrCode::BankError.class(), ErrClass::OutcomeUnknown);
        assert_eq!(ErrCode::UserPaying.class(), ErrClass::UserPaying);
        assert_eq!(ErrCode::BizErrNeedRetry.class(), ErrClass::RetryLater);
        assert_eq!(ErrCode::OrderPaid.class(), ErrClass::Final);
        assert_eq!(ErrCode::OrderClosed.class(), ErrClass::Final);
        assert_eq!(ErrCode::NotEnough.class(), ErrClass::Final);
        assert_eq!(ErrCode::SignError.class(), ErrClass::BadRequest);
    }
}
