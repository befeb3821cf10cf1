//! `v2/applyment/micro/submit`: apply to onboard a micro-merchant (申请入驻).
//!
//! A service provider submits an individual without a business licence as a micro-merchant:
//! identity, settlement account, store and contact. Pictures are media ids from the media
//! upload endpoint. The result can be queried about five minutes later with
//! `v2/applyment/micro/getstate`. `cert_sn` names the WeChat Pay platform certificate used to
//! encrypt sensitive values; the spec's length limits are kept as given, though some look like
//! limits of the plain text. Needs the client certificate; signed with HMAC-SHA256. WeChat took
//! the micro-merchant endpoints offline on 2023-05-23.
//!
//! `id_card_valid_time` and `business_addition_pics` are JSON arrays of text; their length
//! limits apply to the JSON as sent.

use wechatpay_v2::{SignType, wechat_v2_api};

pub use crate::shared::Version3_0 as Version;

/// Submits a micro-merchant application (申请入驻).
#[wechat_v2_api(path = "v2/applyment/micro/submit", cert)]
pub struct Request {
    /// Interface version (接口版本号).
    pub version: Version,
    /// Serial number of the platform certificate used for encryption (平台证书序列号).
    #[wechat(max_len = 64)]
    pub cert_sn: String,
    /// Service provider's merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Signature algorithm (签名类型); the API takes `HMAC-SHA256` only.
    pub sign_type: SignType,
    /// The service provider's own application number, unique (业务申请编号).
    #[wechat(max_len = 32)]
    pub business_code: String,
    /// Media id of the ID card's portrait side (身份证人像面照片).
    #[wechat(max_len = 256)]
    pub id_card_copy: String,
    /// Media id of the ID card's national emblem side (身份证国徽面照片).
    #[wechat(max_len = 256)]
    pub id_card_national: String,
    /// Name on the ID card (身份证姓名).
    #[wechat(max_len = 64)]
    pub id_card_name: String,
    /// ID card number (身份证号码).
    #[wechat(max_len = 18)]
    pub id_card_number: String,
    /// Validity of the ID card (身份证有效期限): the start and end dates, `长期` for no end, sent
    /// as a JSON array such as `["1970-01-01","长期"]`.
    #[wechat(max_len = 50)]
    pub id_card_valid_time: Vec<String>,
    /// Name of the settlement account (开户名称).
    #[wechat(max_len = 50)]
    pub account_name: String,
    /// Bank of the settlement account (开户银行), such as 工商银行.
    #[wechat(max_len = 50)]
    pub account_bank: String,
    /// Province and city code of the bank (开户银行省市编码).
    #[wechat(max_len = 6)]
    pub bank_address_code: String,
    /// Full name of the bank branch (开户银行全称（含支行）).
    #[wechat(max_len = 256)]
    pub bank_name: Option<String>,
    /// Settlement account number (银行账号).
    #[wechat(max_len = 50)]
    pub account_number: String,
    /// Store name (门店名称).
    #[wechat(max_len = 128)]
    pub store_name: String,
    /// Province and city code of the store (门店省市编码).
    #[wechat(max_len = 6)]
    pub store_address_code: String,
    /// Street address of the store (门店街道名称).
    #[wechat(max_len = 500)]
    pub store_street: String,
    /// Store longitude (门店经度).
    #[wechat(max_len = 20)]
    pub store_longitude: Option<String>,
    /// Store latitude (门店纬度).
    #[wechat(max_len = 20)]
    pub store_latitude: Option<String>,
    /// Media id of a photo of the store entrance (门店门口照片).
    #[wechat(max_len = 256)]
    pub store_entrance_pic: String,
    /// Media id of a photo inside the store (店内环境照片).
    #[wechat(max_len = 256)]
    pub indoor_pic: String,
    /// Media id of a proof of the business premises (经营场地证明).
    #[wechat(max_len = 256)]
    pub address_certification: Option<String>,
    /// Short name of the merchant, shown to payers (商户简称).
    #[wechat(max_len = 50)]
    pub merchant_shortname: String,
    /// Customer service phone number (客服电话).
    #[wechat(max_len = 50)]
    pub service_phone: String,
    /// What the merchant sells or provides (售卖商品/提供服务描述).
    #[wechat(max_len = 50)]
    pub product_desc: String,
    /// Fee rate (费率), such as `0.6%`.
    #[wechat(max_len = 50)]
    pub rate: String,
    /// Additional explanation (补充说明).
    #[wechat(max_len = 50)]
    pub business_addition_desc: Option<String>,
    /// Media ids of additional material (补充材料), sent as a JSON array such as
    /// `["123","456"]`.
    #[wechat(max_len = 50)]
    pub business_addition_pics: Option<Vec<String>>,
    /// Name of the super administrator (超级管理员姓名).
    #[wechat(max_len = 50)]
    pub contact: String,
    /// The administrator's mobile phone number (手机号码).
    #[wechat(max_len = 11)]
    pub contact_phone: String,
    /// The administrator's email address (联系邮箱).
    #[wechat(max_len = 50)]
    pub contact_email: Option<String>,
}

/// The application number, to query the application with.
#[wechat_v2_api(response)]
pub struct Response {
    /// Field that failed validation (参数校验不通过的字段名).
    #[wechat(max_len = 128)]
    pub err_param: Option<String>,
    /// WeChat application number (商户申请单号).
    #[wechat(max_len = 32)]
    pub applyment_id: String,
}
