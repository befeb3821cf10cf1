//! `v2/applyment/micro/submitupgrade`: apply to upgrade a micro-merchant to a business
//! (提交升级申请单).
//!
//! A micro-merchant becomes an individual business, an enterprise or another organisation, with
//! its business licence and, where it changes, its settlement account. Follow the application
//! with `v2/applyment/micro/getupgradestate`. Pictures are media ids from the media upload
//! endpoint. `cert_sn` names the WeChat Pay platform certificate used to encrypt sensitive
//! values. Needs the client certificate; signed with HMAC-SHA256. WeChat took the
//! micro-merchant endpoints offline on 2023-05-23.
//!
//! `business_time`, `organization_time`, `qualifications`, `business_scene` and
//! `business_addition_pics` are JSON arrays, as the spec's examples show (it types them as plain
//! strings); their length limits apply to the JSON as sent.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version;

/// Submits the upgrade of a micro-merchant to a business (提交升级申请单).
#[wechat_v2_api(path = "v2/applyment/micro/submitupgrade", cert)]
pub struct Request {
    /// Interface version (接口版本号).
    pub version: Version,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// Serial number of the platform certificate used for encryption (平台证书序列号).
    #[wechat(max_len = 64)]
    pub cert_sn: String,
    /// The micro-merchant (小微商户号), required; the client's configured sub-merchant when left
    /// out.
    #[wechat(max_len = 32)]
    pub sub_mch_id: Option<String>,
    /// What it becomes (主体类型), a code such as `2` (enterprise) or `4` (individual business).
    #[wechat(max_len = 32)]
    pub organization_type: String,
    /// Media id of the business licence scan (营业执照扫描件).
    #[wechat(max_len = 256)]
    pub business_license_copy: String,
    /// Registration number on the business licence (营业执照注册号).
    #[wechat(max_len = 32)]
    pub business_license_number: String,
    /// Registered name of the merchant (商户名称).
    #[wechat(max_len = 110)]
    pub merchant_name: String,
    /// Registered address (注册地址).
    #[wechat(max_len = 256)]
    pub company_address: String,
    /// Operator or legal representative (经营者姓名/法定代表人).
    #[wechat(max_len = 256)]
    pub legal_person: String,
    /// Term of the business licence (营业期限): the start and end dates, `长期` for no end, sent
    /// as a JSON array such as `["1970-01-01","长期"]`.
    #[wechat(max_len = 50)]
    pub business_time: Vec<String>,
    /// Type of business licence (营业执照类型), a code such as `1762`.
    #[wechat(max_len = 32)]
    pub business_licence_type: String,
    /// Media id of the organisation code certificate (组织机构代码证照片).
    #[wechat(max_len = 256)]
    pub organization_copy: Option<String>,
    /// Organisation code (组织机构代码).
    #[wechat(max_len = 32)]
    pub organization_number: Option<String>,
    /// Validity of the organisation code (组织机构代码有效期限): the start and end dates, like
    /// `business_time`.
    #[wechat(max_len = 128)]
    pub organization_time: Option<Vec<String>>,
    /// Name of the new settlement account (开户名称).
    #[wechat(max_len = 50)]
    pub account_name: Option<String>,
    /// Bank of the new settlement account (开户银行), such as 工商银行.
    #[wechat(max_len = 50)]
    pub account_bank: Option<String>,
    /// Province and city code of the bank (开户银行省市编码).
    #[wechat(max_len = 6)]
    pub bank_address_code: Option<String>,
    /// Full name of the bank branch (开户银行全称(含支行)); needed except for the 17 directly
    /// connected banks.
    #[wechat(max_len = 256)]
    pub bank_name: Option<String>,
    /// New settlement account number (银行卡号).
    #[wechat(max_len = 50)]
    pub account_number: Option<String>,
    /// Short name of the merchant, shown to payers (商户简称).
    #[wechat(max_len = 50)]
    pub merchant_shortname: String,
    /// Id of the fee settlement rule (费率结算规则ID).
    #[wechat(max_len = 10)]
    pub business: String,
    /// Media ids of special licences for the business (特殊资质), sent as a JSON array.
    #[wechat(max_len = 1280)]
    pub qualifications: Option<Vec<String>>,
    /// Business scenes (经营场景): scene codes, sent as a JSON array such as `[1721]`.
    #[wechat(max_len = 50)]
    pub business_scene: Vec<u32>,
    /// Additional explanation (补充说明).
    #[wechat(max_len = 512)]
    pub business_addition_desc: Option<String>,
    /// Media ids of additional material (补充材料), sent as a JSON array such as
    /// `["123","456"]`.
    #[wechat(max_len = 1280)]
    pub business_addition_pics: Option<Vec<String>>,
    /// Contact email address (联系邮箱).
    #[wechat(max_len = 50)]
    pub contact_email: Option<String>,
}

/// The application accepted; on a validation failure, the field at fault.
#[wechat_v2_api(response)]
pub struct Response {
    /// Field that failed validation (参数校验不通过的字段名).
    #[wechat(max_len = 128)]
    pub err_param: Option<String>,
}
