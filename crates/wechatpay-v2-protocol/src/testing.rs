//! Test helpers: the documents WeChat Pay sends, built and signed (or encrypted) the way it
//! does, for a merchant's own tests of its notification handlers and of code that reads
//! answers. No crypto to write by hand.
//!
//! - [`PaymentNotification`]: the payment-result notification (支付结果通知), signed;
//! - [`RefundNotification`]: the refund-result notification (退款结果通知), its `req_info`
//!   encrypted with the key derived from the APIv2 key;
//! - [`signed_answer`]: a gateway answer (`return_code` / `result_code` `SUCCESS` and the
//!   fields given), signed;
//! - [`signed_document`] and [`encrypt_req_info`]: the two building blocks.
//!
//! Each builder starts from a complete, plausible document (every field the SDK's notification
//! type requires), so a test names only what it checks; [`field`](PaymentNotification::field)
//! sets or replaces any field, [`without`](PaymentNotification::without) removes one.
//!
//! ```
//! use wechatpay_v2_protocol::{ApiKey, SignType, testing::PaymentNotification};
//!
//! let key = ApiKey::new("0123456789abcdef0123456789abcdef");
//! let body = PaymentNotification::new("wxd678efh567hg6787", "1900000109", "T20261207001", 1500)
//!     .field("attach", "bay 12")
//!     .to_xml(&key, SignType::HmacSha256);
//! assert!(body.starts_with("<xml>") && body.contains("<out_trade_no>T20261207001</out_trade_no>"));
//! // Hand it to the handler under test, e.g. `notify::parse::<transaction_success::Notification>`.
//! ```

use std::collections::BTreeMap;

use aes::Aes256;
use base64::Engine as _;
use ecb::cipher::block_padding::Pkcs7;
use ecb::cipher::{BlockModeEncrypt, KeyInit};

use crate::sign::{self, ApiKey, SignType};
use crate::xml;

/// `fields` as an `<xml>` document in ascending order of the names, with the `sign` of
/// `sign_type` over them (any `sign` among them is replaced). The `sign_type` field is left as
/// given: add it when the document names its algorithm.
pub fn signed_document<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    key: &ApiKey,
    sign_type: SignType,
) -> String {
    let mut fields: BTreeMap<&str, &str> =
        fields.into_iter().filter(|(k, _)| *k != "sign").collect();
    let sign = sign::sign_sorted(fields.iter().map(|(k, v)| (*k, *v)), key, sign_type);
    fields.insert("sign", sign.as_str());
    document(&fields)
}

/// The fields as an `<xml>` document, unsigned.
fn document(fields: &BTreeMap<&str, &str>) -> String {
    let mut out = Vec::with_capacity(512);
    xml::write_document(&mut out, fields.iter().map(|(k, v)| (*k, *v)));
    // The writer escapes or wraps every value, so the document is text.
    String::from_utf8_lossy(&out).into_owned()
}

/// A successful gateway answer: `return_code` `SUCCESS`, `return_msg` `OK`, `result_code`
/// `SUCCESS`, a `nonce_str`, then `fields` (which may replace any of those), signed with
/// `sign_type`. What `Client` calls receive from WeChat Pay, for testing code that reads raw
/// answers ([`crate::decode_fields`], a proxy, a queue consumer).
pub fn signed_answer<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    key: &ApiKey,
    sign_type: SignType,
) -> String {
    let mut all: BTreeMap<&str, &str> = BTreeMap::from([
        ("return_code", "SUCCESS"),
        ("return_msg", "OK"),
        ("result_code", "SUCCESS"),
        ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
    ]);
    all.extend(fields);
    signed_document(all, key, sign_type)
}

/// `plain` encrypted as WeChat Pay encrypts a refund notification's `req_info`: AES-256-ECB
/// with PKCS#7 padding, keyed with the lower-case hex MD5 of the APIv2 key, then base64.
pub fn encrypt_req_info(plain: &[u8], key: &ApiKey) -> String {
    let aes_key = crate::notify::req_info_key(key);
    let cipher = ecb::Encryptor::<Aes256>::new(&(*aes_key).into());
    // Room for the padding: one block at most.
    let mut buf = plain.to_vec();
    buf.resize(plain.len() + 16, 0);
    match cipher.encrypt_padded::<Pkcs7>(&mut buf, plain.len()) {
        Ok(sealed) => base64::engine::general_purpose::STANDARD.encode(sealed),
        // The buffer has the block of room PKCS#7 needs.
        Err(_) => String::new(),
    }
}

/// A payment-result notification (支付结果通知), as WeChat Pay POSTs it to an order's
/// `notify_url` once the order is paid.
///
/// [`new`](Self::new) fills a paid JSAPI order: `transaction_id`, `openid`, `is_subscribe`
/// `N`, `trade_type` `JSAPI`, `bank_type` `CMC`, `cash_fee` equal to `total_fee`, `fee_type`
/// `CNY`, `time_end`, `nonce_str`, and `return_code` / `result_code` `SUCCESS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentNotification {
    fields: BTreeMap<String, String>,
}

impl PaymentNotification {
    /// The notification of a paid order of `total_fee` fen.
    pub fn new(
        appid: impl Into<String>,
        mch_id: impl Into<String>,
        out_trade_no: impl Into<String>,
        total_fee: u64,
    ) -> Self {
        let out_trade_no = out_trade_no.into();
        let transaction_id = format!("4200000{:0>21}", digits_of(&out_trade_no));
        let fields = [
            ("return_code", "SUCCESS".to_owned()),
            ("result_code", "SUCCESS".to_owned()),
            ("appid", appid.into()),
            ("mch_id", mch_id.into()),
            ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS".to_owned()),
            ("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".to_owned()),
            ("is_subscribe", "N".to_owned()),
            ("trade_type", "JSAPI".to_owned()),
            ("bank_type", "CMC".to_owned()),
            ("total_fee", total_fee.to_string()),
            ("cash_fee", total_fee.to_string()),
            ("fee_type", "CNY".to_owned()),
            ("transaction_id", transaction_id),
            ("out_trade_no", out_trade_no),
            ("time_end", "20261207120000".to_owned()),
        ];
        Self {
            fields: fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }

    /// Sets or replaces a field (`attach`, `sub_mch_id`, `coupon_fee_0`, ...).
    #[must_use]
    pub fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.fields.insert(name.into(), value.into());
        self
    }

    /// Removes a field.
    #[must_use]
    pub fn without(mut self, name: &str) -> Self {
        self.fields.remove(name);
        self
    }

    /// The fields, unsigned.
    pub fn fields(&self) -> &BTreeMap<String, String> {
        &self.fields
    }

    /// The body, signed with `key` and `sign_type` (WeChat Pay signs with the algorithm of the
    /// order; the SDK's parser tells them apart by the sign's length, or by a `sign_type`
    /// field set with [`field`](Self::field)).
    pub fn to_xml(&self, key: &ApiKey, sign_type: SignType) -> String {
        signed_document(
            self.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            key,
            sign_type,
        )
    }
}

/// A refund-result notification (退款结果通知), as WeChat Pay POSTs it to a refund's
/// `notify_url`: `appid`, `mch_id`, `nonce_str` and `return_code` in the clear, the refund
/// itself in `req_info`, encrypted. It carries no `sign`.
///
/// [`new`](Self::new) fills a successful refund: `transaction_id`, `refund_id`,
/// `refund_status` `SUCCESS`, `settlement_total_fee`, `settlement_refund_fee`,
/// `cash_refund_fee`, `success_time`, `refund_recv_accout`, `refund_account` and
/// `refund_request_source`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundNotification {
    outer: BTreeMap<String, String>,
    info: BTreeMap<String, String>,
}

impl RefundNotification {
    /// The notification of a successful refund of `refund_fee` fen of an order of `total_fee`.
    pub fn new(
        appid: impl Into<String>,
        mch_id: impl Into<String>,
        out_trade_no: impl Into<String>,
        out_refund_no: impl Into<String>,
        total_fee: u64,
        refund_fee: u64,
    ) -> Self {
        let out_trade_no = out_trade_no.into();
        let out_refund_no = out_refund_no.into();
        let outer = [
            ("return_code", "SUCCESS".to_owned()),
            ("appid", appid.into()),
            ("mch_id", mch_id.into()),
            ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS".to_owned()),
        ];
        let info = [
            (
                "transaction_id",
                format!("4200000{:0>21}", digits_of(&out_trade_no)),
            ),
            ("out_trade_no", out_trade_no),
            (
                "refund_id",
                format!("5000000{:0>22}", digits_of(&out_refund_no)),
            ),
            ("out_refund_no", out_refund_no),
            ("total_fee", total_fee.to_string()),
            ("settlement_total_fee", total_fee.to_string()),
            ("refund_fee", refund_fee.to_string()),
            ("settlement_refund_fee", refund_fee.to_string()),
            ("cash_refund_fee", refund_fee.to_string()),
            ("refund_status", "SUCCESS".to_owned()),
            ("success_time", "2026-12-07 12:30:00".to_owned()),
            ("refund_recv_accout", "支付用户零钱".to_owned()),
            ("refund_account", "REFUND_SOURCE_RECHARGE_FUNDS".to_owned()),
            ("refund_request_source", "API".to_owned()),
        ];
        Self {
            outer: outer.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            info: info.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }

    /// Sets or replaces a field of the encrypted refund (`refund_status`, `cash_refund_fee`...).
    #[must_use]
    pub fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.info.insert(name.into(), value.into());
        self
    }

    /// Removes a field of the encrypted refund.
    #[must_use]
    pub fn without(mut self, name: &str) -> Self {
        self.info.remove(name);
        self
    }

    /// Sets or replaces a field in the clear (`sub_mch_id`, `sub_appid`...).
    #[must_use]
    pub fn outer_field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.outer.insert(name.into(), value.into());
        self
    }

    /// The refund's fields (the content of `req_info`), unencrypted.
    pub fn fields(&self) -> &BTreeMap<String, String> {
        &self.info
    }

    /// The refund as the `<root>` document that is encrypted into `req_info`.
    pub fn req_info_document(&self) -> String {
        let fields: BTreeMap<&str, &str> = self
            .info
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let xml = document(&fields);
        let inner = xml
            .strip_prefix("<xml>")
            .and_then(|rest| rest.strip_suffix("</xml>"))
            .unwrap_or(&xml);
        format!("<root>{inner}</root>")
    }

    /// The body: the clear fields and `req_info`, encrypted with the key derived from `key`.
    pub fn to_xml(&self, key: &ApiKey) -> String {
        let req_info = encrypt_req_info(self.req_info_document().as_bytes(), key);
        let mut fields: BTreeMap<&str, &str> = self
            .outer
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        fields.insert("req_info", &req_info);
        document(&fields)
    }
}

/// The ASCII digits of `text`, at most the last 20, for numbers derived from a merchant's.
fn digits_of(text: &str) -> String {
    let digits: Vec<char> = text.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(20)..].iter().collect()
}

#[cfg(test)]
#[path = "testing_tests.rs"]
mod tests;
