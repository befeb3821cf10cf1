//! `v2/secapi/mch/submchmanage`: register or look up the sub-merchants of a bank service
//! provider (银行特约商户录入/银行特约商户资料查询).
//!
//! A bank service provider reports each of its merchants to WeChat Pay, which gives the merchant
//! an identification code (特约商户识别码, the sub-merchant id) that separates its trades,
//! settlement and clearing; the same endpoint then lists what was reported. What to do goes in
//! the URL, `?action=add` or `?action=query`, outside the signed body. It needs the client
//! certificate, and its response carries no sign. The merchants come back as repeated
//! `<mchinfo>` elements, one of the two answers of the API that are not flat.
//!
//! It is sent without a `nonce_str` (`nonceless`). Its documentation page does not say so, as it
//! does for its `v2/secapi/mch/*` siblings, but the spec's field list has `sign` and no
//! `nonce_str`, as theirs do.

use wechatpay_v2::wechat_v2_api;

/// Registers or looks up the sub-merchants of a bank service provider (银行特约商户录入/查询).
#[wechat_v2_api(path = "v2/secapi/mch/submchmanage", cert, unsigned, nonceless)]
pub struct Request {
    /// What to do (操作): register (`add`) or look up (`query`); sent in the URL.
    #[wechat(query)]
    pub action: Action,
    /// App id (公众账号ID); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub appid: Option<String>,
    /// Merchant id of the service provider (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Name of the merchant (商户名称).
    #[wechat(max_len = 50)]
    pub merchant_name: Option<String>,
    /// The merchant's identification code (商户识别码); the client's configured sub-merchant
    /// when left out.
    #[wechat(optional)]
    pub sub_mch_id: Option<String>,
    /// Page to show, from 1 (页码).
    #[wechat(max_len = 10)]
    pub page_index: String,
    /// Merchants per page (展示资料个数).
    #[wechat(max_len = 10)]
    pub page_size: Option<String>,
}

/// One page of the merchants reported.
#[wechat_v2_api(response)]
pub struct Response {
    /// What the result code means (业务结果描述).
    #[wechat(max_len = 16)]
    pub result_msg: Option<String>,
    /// Number of merchants in all (总记录数).
    #[wechat(max_len = 32)]
    pub total: String,
    /// The merchants on this page (商户信息列表): one `<mchinfo>` element each.
    #[wechat(list, nested, required)]
    pub mchinfo: Vec<MchInfo>,
}

/// A merchant as reported (商户信息).
#[wechat_v2_api(item)]
pub struct MchInfo {
    /// App id (公众账号ID).
    #[wechat(max_len = 32)]
    pub appid: String,
    /// The merchant's identification code (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Name of the merchant (商户名称).
    #[wechat(max_len = 50)]
    pub merchant_name: String,
    /// Short name, shown to payers (商户简称).
    #[wechat(max_len = 20)]
    pub merchant_shortname: String,
    /// Customer service phone (客服电话).
    #[wechat(max_len = 20)]
    pub service_phone: String,
    /// Contact person (联系人).
    #[wechat(max_len = 10)]
    pub contact: Option<String>,
    /// Contact phone (联系电话).
    #[wechat(max_len = 11)]
    pub contact_phone: Option<String>,
    /// Contact email (联系邮箱).
    #[wechat(max_len = 30)]
    pub contact_email: Option<String>,
    /// Business category (经营类目).
    #[wechat(max_len = 10)]
    pub business: String,
    /// Merchant id of the channel (渠道商商户号).
    #[wechat(max_len = 32)]
    pub channel_id: String,
    /// Name of the channel (渠道商名称).
    #[wechat(max_len = 50)]
    pub channel_name: String,
}

/// What to do with the sub-merchant data (操作).
#[wechat_v2_api]
pub enum Action {
    /// Register a merchant (`add`, 录入).
    #[wechat(rename = "add")]
    Add,
    /// Look up the merchants reported (`query`, 查询).
    #[wechat(rename = "query")]
    Query,
}
