//! What the payer's side needs to start a payment placed with `v2/pay/unifiedorder` (or a
//! combined or contract order): the signed parameter sets of each scene, as typed values that
//! serialize (serde) with the exact wire names the front-end APIs take.
//!
//! - [`JsapiParams`]: an official-account page (`WeixinJSBridge.invoke('getBrandWCPayRequest',
//!   params)`) or a mini program (`wx.requestPayment(params)`): `appId`, `timeStamp`,
//!   `nonceStr`, `package` (`prepay_id=…`), `signType`, `paySign`;
//! - [`AppParams`]: the app SDK (`PayReq`): `appid`, `partnerid`, `prepayid`, `package`
//!   (`Sign=WXPay`), `noncestr`, `timestamp`, `sign`;
//! - [`native_url`]: a Native mode-1 QR code (`weixin://wxpay/bizpayurl?…`, signed), and
//!   [`native_reply`], the answer to the mode-1 callback WeChat Pay then sends.
//!
//! Each is signed with the APIv2 key by the order's algorithm (MD5 or HMAC-SHA256: the
//! `sign_type` of the `unifiedorder` request, MD5 when it had none). In partner mode
//! (服务商) the app id is the one the payer's `openid` belongs to: `sub_appid` for a JSAPI order
//! placed with `sub_openid` or an app of the sub-merchant (and `partnerid` is then the
//! `sub_mch_id`), the platform's `appid` otherwise. The client's `jsapi_params` / `app_params`
//! choose this from its settings; these functions take what they are given.
//!
//! ```
//! use wechatpay_v2_protocol::{ApiKey, SignType, payment::JsapiParams};
//!
//! let key = ApiKey::new("0123456789abcdef0123456789abcdef");
//! let params = JsapiParams::new("wxd678efh567hg6787", "wx201410272009395522657a690389285100", SignType::HmacSha256, &key);
//! let json = serde_json::to_string(&params).unwrap();
//! assert!(json.starts_with(r#"{"appId":"wxd678efh567hg6787","timeStamp":""#));
//! assert!(json.contains(r#""package":"prepay_id=wx201410272009395522657a690389285100","signType":"HMAC-SHA256","paySign":""#));
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::sign::{self, ApiKey, SignType};
use crate::xml;

/// Seconds since the Unix epoch, as the front-end APIs take them (decimal text).
fn now() -> String {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .to_string()
}

/// The parameters of a JSAPI or mini-program payment, signed: what
/// `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` and `wx.requestPayment(…)` take.
/// Serializes with the wire names (`appId`, `timeStamp`, `nonceStr`, `package`, `signType`,
/// `paySign`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct JsapiParams {
    /// The app id the payer's `openid` belongs to (`appId`).
    #[serde(rename = "appId")]
    pub app_id: String,
    /// Seconds since the Unix epoch (`timeStamp`).
    #[serde(rename = "timeStamp")]
    pub time_stamp: String,
    /// A random string (`nonceStr`).
    #[serde(rename = "nonceStr")]
    pub nonce_str: String,
    /// `prepay_id=` and the order's prepayment id.
    pub package: String,
    /// The signing algorithm, `MD5` or `HMAC-SHA256` (`signType`).
    #[serde(rename = "signType", serialize_with = "sign_type_text")]
    pub sign_type: SignType,
    /// The sign over the five fields above (`paySign`).
    #[serde(rename = "paySign")]
    pub pay_sign: String,
}

fn sign_type_text<S: serde::Serializer>(sign_type: &SignType, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(sign_type.as_str())
}

impl JsapiParams {
    /// The parameters for the order `prepay_id`, with the current time and a fresh nonce.
    pub fn new(
        app_id: impl Into<String>,
        prepay_id: &str,
        sign_type: SignType,
        key: &ApiKey,
    ) -> Self {
        Self::with(
            app_id,
            prepay_id,
            sign_type,
            now(),
            crate::nonce::generate(),
            key,
        )
    }

    /// The parameters with a given `time_stamp` and `nonce_str` (deterministic, for tests).
    pub fn with(
        app_id: impl Into<String>,
        prepay_id: &str,
        sign_type: SignType,
        time_stamp: impl Into<String>,
        nonce_str: impl Into<String>,
        key: &ApiKey,
    ) -> Self {
        let (app_id, time_stamp, nonce_str) = (app_id.into(), time_stamp.into(), nonce_str.into());
        let package = format!("prepay_id={prepay_id}");
        let pay_sign = sign::sign_unsorted(
            [
                ("appId", app_id.as_str()),
                ("timeStamp", time_stamp.as_str()),
                ("nonceStr", nonce_str.as_str()),
                ("package", package.as_str()),
                ("signType", sign_type.as_str()),
            ],
            key,
            sign_type,
        )
        .as_str()
        .to_owned();
        Self {
            app_id,
            time_stamp,
            nonce_str,
            package,
            sign_type,
            pay_sign,
        }
    }
}

/// The parameters of an in-app payment, signed: what the app SDK's `PayReq` takes.
/// Serializes with the wire names (`appid`, `partnerid`, `prepayid`, `package`, `noncestr`,
/// `timestamp`, `sign`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AppParams {
    /// The app's id on the open platform.
    pub appid: String,
    /// The merchant id (the sub-merchant's in partner mode).
    pub partnerid: String,
    /// The order's prepayment id.
    pub prepayid: String,
    /// Always `Sign=WXPay`.
    pub package: String,
    /// A random string.
    pub noncestr: String,
    /// Seconds since the Unix epoch.
    pub timestamp: String,
    /// The sign over the six fields above, with the order's algorithm.
    pub sign: String,
}

impl AppParams {
    /// The parameters for the order `prepay_id`, with the current time and a fresh nonce.
    pub fn new(
        appid: impl Into<String>,
        partnerid: impl Into<String>,
        prepayid: impl Into<String>,
        sign_type: SignType,
        key: &ApiKey,
    ) -> Self {
        Self::with(
            appid,
            partnerid,
            prepayid,
            sign_type,
            now(),
            crate::nonce::generate(),
            key,
        )
    }

    /// The parameters with a given `timestamp` and `noncestr` (deterministic, for tests).
    pub fn with(
        appid: impl Into<String>,
        partnerid: impl Into<String>,
        prepayid: impl Into<String>,
        sign_type: SignType,
        timestamp: impl Into<String>,
        noncestr: impl Into<String>,
        key: &ApiKey,
    ) -> Self {
        let mut params = Self {
            appid: appid.into(),
            partnerid: partnerid.into(),
            prepayid: prepayid.into(),
            package: "Sign=WXPay".to_owned(),
            noncestr: noncestr.into(),
            timestamp: timestamp.into(),
            sign: String::new(),
        };
        params.sign = sign::sign_unsorted(
            [
                ("appid", params.appid.as_str()),
                ("partnerid", params.partnerid.as_str()),
                ("prepayid", params.prepayid.as_str()),
                ("package", params.package.as_str()),
                ("noncestr", params.noncestr.as_str()),
                ("timestamp", params.timestamp.as_str()),
            ],
            key,
            sign_type,
        )
        .as_str()
        .to_owned();
        params
    }
}

/// The link of a Native mode-1 QR code (模式一) for `product_id`, signed with MD5 as the docs
/// prescribe: `weixin://wxpay/bizpayurl?sign=…&appid=…&mch_id=…&product_id=…&time_stamp=…&nonce_str=…`.
/// Scanning it makes WeChat Pay call the merchant's product callback; answer that with
/// [`native_reply`]. `time_stamp` and `nonce_str` `None`: the current time and a fresh nonce.
pub fn native_url(
    appid: &str,
    mch_id: &str,
    product_id: &str,
    time_stamp: Option<&str>,
    nonce_str: Option<&str>,
    key: &ApiKey,
) -> String {
    let time_stamp = time_stamp.map_or_else(now, str::to_owned);
    let nonce_str = nonce_str.map_or_else(crate::nonce::generate, str::to_owned);
    let fields = [
        ("appid", appid),
        ("mch_id", mch_id),
        ("product_id", product_id),
        ("time_stamp", time_stamp.as_str()),
        ("nonce_str", nonce_str.as_str()),
    ];
    let sign = sign::sign_unsorted(fields, key, SignType::Md5);
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("sign", sign.as_str());
    for (name, value) in fields {
        query.append_pair(name, value);
    }
    format!("weixin://wxpay/bizpayurl?{}", query.finish())
}

/// The answer to a Native mode-1 product callback: the order placed for the scanned product
/// (`prepay_id` from `unifiedorder` with `trade_type` `NATIVE`), or, with `Err(reason)`, a
/// refusal shown to the payer (`result_code` `FAIL`, `err_code_des`). Signed with MD5.
pub fn native_reply(
    appid: &str,
    mch_id: &str,
    prepay_id: Result<&str, &str>,
    nonce_str: Option<&str>,
    key: &ApiKey,
) -> String {
    let nonce_str = nonce_str.map_or_else(crate::nonce::generate, str::to_owned);
    let mut fields = vec![
        ("return_code", "SUCCESS"),
        ("appid", appid),
        ("mch_id", mch_id),
        ("nonce_str", nonce_str.as_str()),
    ];
    match prepay_id {
        Ok(prepay_id) => fields.extend([("prepay_id", prepay_id), ("result_code", "SUCCESS")]),
        Err(reason) => fields.extend([("result_code", "FAIL"), ("err_code_des", reason)]),
    }
    fields.sort_unstable_by(|a, b| sign::name_order(a.0, b.0));
    let sign = sign::sign_sorted(fields.iter().copied(), key, SignType::Md5);
    let mut out = Vec::with_capacity(256);
    xml::write_document(
        &mut out,
        fields.iter().copied().chain([("sign", sign.as_str())]),
    );
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
#[path = "payment_tests.rs"]
mod tests;
