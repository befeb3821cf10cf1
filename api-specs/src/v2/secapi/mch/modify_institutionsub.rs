//! `v2/secapi/mch/modifyInstitutionsub`: change a cross-border institution's sub-merchant
//! (修改子商户API).
//!
//! Replaces the data of a sub-merchant created with `v2/secapi/mch/addInstitutionsub`. The
//! institution's app id goes in `app_id` (this API's name), which the client configuration does
//! not fill. It needs the client certificate.
//!
//! `store_photos` and `h5_domains` are JSON arrays of text, such as `["id1","id2"]`.

use wechatpay_v2::wechat_v2_api;

pub use crate::shared::{
    ApplyH5Payment, BusinessType, H5AuthorizationState, MerchantType, VerificationStatus,
};

/// Changes a sub-merchant's company data (修改子商户API).
#[wechat_v2_api(path = "v2/secapi/mch/modifyInstitutionsub", cert, nonceless)]
pub struct Request {
    /// The institution's app id (机构appid); this API's own name for it, not filled from the
    /// client configuration.
    pub app_id: String,
    /// The institution's merchant id (机构商户号); the client's configured one when left out.
    pub mch_id: Option<String>,
    /// The sub-merchant's id (子商户号); the client's configured one when left out.
    pub sub_mch_id: Option<String>,
    /// Full name of the sub-merchant (子商户全称).
    pub merchant_name: String,
    /// Channel number (渠道编号).
    pub channel_id: Option<String>,
    /// Short name, shown to payers (子商户简称).
    pub merchant_shortname: String,
    /// Country or region of registration (注册国家或区域), a numeric code such as
    /// `344`.
    pub merchant_country_code: String,
    /// Kind of merchant (商户类型).
    pub merchant_type: MerchantType,
    /// Business category code (业务类目).
    pub business_category: String,
    /// Merchant category code (MCC码).
    pub mcc: String,
    /// Number of the company registration document (公司注册文件编号).
    pub registration_certificate_number: String,
    /// Expiry date of the registration document (公司注册文件过期时间), `yyyy-MM-dd`.
    pub registration_certificate_date: String,
    /// Media id of a photo of the registration document (公司注册文件照片).
    pub registration_certificate_copy: Option<String>,
    /// Where the sub-merchant sells (业务类型).
    pub business_type: BusinessType,
    /// Download link of the sub-merchant's app (APP下载链接).
    pub app_download: String,
    /// The sub-merchant's website (业务网站).
    pub business_website: String,
    /// App id of the sub-merchant's official account (公众号).
    pub office_account: String,
    /// App id of the sub-merchant's mini program (小程序).
    pub mini_program: String,
    /// Address of the shop (门店地址).
    pub store_address: String,
    /// Media ids of shop photos (门店照片), sent as a JSON array.
    pub store_photos: Option<Vec<String>>,
    /// Name of a director (董事姓名).
    pub director_name: Option<String>,
    /// Credential number of that director (董事证件号码).
    pub director_id_number: Option<String>,
    /// Name of the person in charge (负责人姓名).
    pub principal_name: Option<String>,
    /// Credential number of the person in charge (负责人证件号).
    pub principal_id_number: Option<String>,
    /// Company phone (公司电话).
    pub office_phone: String,
    /// Contact person (联系人姓名).
    pub contact_name: String,
    /// Contact phone (联系人电话).
    pub contact_phone: String,
    /// Contact email (联系人邮箱).
    pub contact_email: String,
    /// Bank account the sub-merchant is settled to (子商户结算银行账户).
    pub settlement_bank_number: Option<String>,
    /// Whether to apply for H5 payments (是否申请H5支付权限).
    pub apply_h5_payment: Option<ApplyH5Payment>,
    /// Website where H5 payments are taken (H5经营网址).
    pub h5_website_url: Option<String>,
    /// Domains of the H5 payments (H5支付域名), sent as a JSON array, such as `["www.qq.com"]`.
    pub h5_domains: Option<Vec<String>>,
}

/// The sub-merchant and its review state after the change.
#[wechat_v2_api(response)]
pub struct Response {
    /// The sub-merchant id (子商户号).
    pub sub_mch_id: String,
    /// Review state (验证状态).
    pub verification_status: Option<VerificationStatus>,
    /// State of the H5 payment permission (H5支付权限状态).
    pub h5_authorization_state: Option<H5AuthorizationState>,
}
