//! `v2/risk/getviolation`: query the violation records of a bank's sub-merchants
//! (银行特约商户违规信息查询).
//!
//! For bank service providers: lists the penalties WeChat Pay recorded against their
//! sub-merchants in a time window, a page at a time. It needs the client certificate, and its
//! response carries no sign.
//!
//! The spec lets the records be asked for as `csv` or `json` but describes only the JSON form;
//! so `violation_records` is kept as the text received, and [`ViolationRecords`] is the JSON
//! form's shape (a serde type) to parse it with when asking for `json`.

use wechatpay_v2::{SignType, wechat_v2_api};

/// Lists the violation records of the bank's sub-merchants (银行特约商户违规信息查询).
#[wechat_v2_api(path = "v2/risk/getviolation", cert, unsigned, idempotent)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32, optional)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API lists `HMAC-SHA256` only.
    pub sign_type: Option<SignType>,
    /// Start of the window (开始时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub begin_time: Option<String>,
    /// End of the window (结束时间), `yyyy-MM-dd HH:mm:ss`.
    #[wechat(max_len = 32)]
    pub end_time: Option<String>,
    /// Page number, from 1 (页码).
    #[wechat(max_len = 10)]
    pub page_index: Option<String>,
    /// Records per page (每页返回的数量).
    #[wechat(max_len = 10)]
    pub page_size: Option<String>,
    /// Format of the records in the answer (违规记录数据格式).
    pub violation_records_format: Option<ViolationRecordsFormat>,
}

/// The violation records found, as text in the format asked for.
#[wechat_v2_api(response)]
pub struct Response {
    /// Error code of a failed call (错误码); this API's own name for it.
    #[wechat(max_len = 32)]
    pub error_code: Option<String>,
    /// Description of that error (错误代码描述).
    #[wechat(max_len = 128)]
    pub error_code_des: Option<String>,
    /// Message about the result (错误码描述).
    #[wechat(max_len = 128)]
    pub result_msg: String,
    /// The records (违规记录数据), CSV or JSON text after `violation_records_format`; the JSON
    /// form parses into [`ViolationRecords`].
    #[wechat(max_len = 1024)]
    pub violation_records: Option<String>,
}

/// Format of the violation records (违规记录数据格式).
#[wechat_v2_api]
pub enum ViolationRecordsFormat {
    /// Comma-separated text (`csv`).
    #[wechat(rename = "csv")]
    Csv,
    /// JSON text, in the shape of [`ViolationRecords`] (`json`).
    #[wechat(rename = "json")]
    Json,
}

/// The JSON form of `violation_records`: `{"total_size": .., "violation_records": [...]}`.
#[wechat_v2_api(json)]
pub struct ViolationRecords {
    /// Number of records in all (记录总数).
    pub total_size: u64,
    /// The records of this page (违规记录列表).
    pub violation_records: Vec<ViolationRecord>,
}

/// One violation of a sub-merchant.
#[wechat_v2_api(json)]
pub struct ViolationRecord {
    /// Company name of the sub-merchant (公司名称).
    pub company_name: String,
    /// The penalty imposed (处理方式), such as a deadline to correct.
    pub handle_method: String,
    /// State of the handling (处理状态), such as 超时未处理 (not handled in time).
    pub handle_state: String,
    /// Kind of violation (违规类型); in the spec's example, not in its schema.
    pub illegal_type: Option<String>,
    /// When the penalty was imposed (处罚时间), `yyyy-MM-dd HH:mm:ss`.
    pub punish_time: String,
    /// The sub-merchant's id (违规子商户号).
    pub sub_mch_id: String,
    /// Deadline of the handling (最后处理时间).
    pub deadline: Option<String>,
}
