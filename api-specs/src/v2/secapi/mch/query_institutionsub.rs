//! `v2/secapi/mch/queryInstitutionsub`: query a cross-border institution's sub-merchant
//! (查询子商户).
//!
//! Tells whether a sub-merchant registered with `v2/secapi/mch/addInstitutionsub` was created,
//! its review and H5 states, and its data; one sub-merchant per call. The institution's app id
//! goes in `app_id` (this API's name), which the client configuration does not fill. It needs
//! the client certificate.
//!
//! `application_reject_detail` is a JSON array of [`Rejection`]s.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{BusinessType, H5AuthorizationState, MerchantType};

/// Queries one sub-merchant of the institution (查询子商户).
#[wechat_v2_api(
    path = "v2/secapi/mch/queryInstitutionsub",
    cert,
    idempotent,
    nonceless
)]
pub struct Request {
    /// The institution's app id (机构appid); this API's own name for it, not filled from the
    /// client configuration.
    pub app_id: String,
    /// The institution's merchant id (机构商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// The sub-merchant's id (子商户号); the client's configured one when left out.
    pub sub_mch_id: Option<String>,
}

/// The sub-merchant's data and states.
#[wechat_v2_api(response)]
pub struct Response {
    /// The sub-merchant's id (子商户号).
    pub sub_mch_id: String,
    /// Full name of the sub-merchant (子商户名称).
    pub merchant_name: String,
    /// Short name, shown to payers (子商户简称).
    pub merchant_shortname: String,
    /// Country or region of registration (注册国家或区域).
    pub merchant_country_code: Option<String>,
    /// Business category code (业务类目).
    pub business_category: String,
    /// Merchant category code (MCC).
    pub mcc: Option<String>,
    /// Company phone (公司联系电话).
    pub office_phone: String,
    /// Contact person (联系人姓名).
    pub contact_name: Option<String>,
    /// Contact phone (联系人手机).
    pub contact_phone: Option<String>,
    /// Contact email (联系人邮箱).
    pub contact_email: Option<String>,
    /// The institution's own unique key for the sub-merchant (子商户唯一标识).
    pub merchant_remark: String,
    /// Where the sub-merchant sells (业务类型).
    pub business_type: Option<BusinessType>,
    /// Kind of merchant (商户类型).
    pub merchant_type: Option<MerchantType>,
    /// Number of the company registration document (公司注册文件编号).
    pub registration_certificate_number: Option<String>,
    /// Expiry date of the registration document (公司注册文件过期时间).
    pub registration_certificate_date: Option<String>,
    /// Download link of the sub-merchant's app (APP下载链接).
    pub app_download: Option<String>,
    /// The sub-merchant's website (业务网站).
    pub business_website: Option<String>,
    /// App id of the sub-merchant's official account (公众号).
    pub office_account: Option<String>,
    /// App id of the sub-merchant's mini program (小程序).
    pub mini_program: Option<String>,
    /// Address of the shop (门店地址).
    pub store_address: Option<String>,
    /// Name of a director (董事姓名).
    pub director_name: Option<String>,
    /// Credential number of that director (董事证件编号).
    pub director_id_number: Option<String>,
    /// Name of the person in charge (负责人姓名).
    pub principal_name: Option<String>,
    /// Credential number of the person in charge (负责人证件编号).
    pub principal_id_number: Option<String>,
    /// Bank account the sub-merchant is settled to (子商户结算银行账户).
    pub settlement_bank_number: Option<String>,
    /// Channel number (渠道编号).
    pub channel_id: Option<String>,
    /// State of the H5 payment permission (H5支付权限状态).
    pub h5_authorization_state: Option<H5AuthorizationState>,
    /// Why the H5 permission was refused (H5驳回详情).
    pub h5_audit_reject_detail: Option<String>,
    /// State of the sub-merchant (子商户状态).
    pub sub_mch_status: Option<SubMchStatus>,
    /// State of the registration (子商户入驻状态).
    pub application_status: Option<ApplicationStatus>,
    /// Why the registration was refused (子商户入驻驳回详情), a JSON array: one item per field
    /// refused.
    pub application_reject_detail: Option<Vec<Rejection>>,
    /// Merchant data given at registration (附加信息).
    pub attach: Option<String>,
}

/// State of a sub-merchant (子商户状态).
#[wechat_v2_api]
pub enum SubMchStatus {
    /// Operating normally (`OPERATING`, 正常).
    Operating,
    /// Waiting to be handled (`PENDING`, 待处理).
    Pending,
    /// Deactivated (`DEACTIVATED`, 已停用).
    Deactivated,
    /// Closed (`CLOSED`, 已关闭).
    Closed,
    /// Registration not completed (`INCOMPLETE_APPLICATION`, 未完成入驻).
    IncompleteApplication,
}

/// State of a sub-merchant's registration (子商户入驻状态).
#[wechat_v2_api]
pub enum ApplicationStatus {
    /// Being reviewed (`UNDER_REVIEW`, 审核中).
    UnderReview,
    /// Refused; see `application_reject_detail` (`REJECTED`, 已驳回).
    Rejected,
}

/// One reason a registration was refused, an item of `application_reject_detail`.
#[wechat_v2_api(json)]
pub struct Rejection {
    /// The field refused (字段).
    pub field: Option<String>,
    /// Why (原因).
    pub reason: Option<String>,
}
