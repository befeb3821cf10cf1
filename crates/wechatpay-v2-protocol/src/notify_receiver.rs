//! [`Receiver`]: the key, the merchant and the limits a merchant's `notify_url` reads its
//! notifications with, so that a notification is checked for whom it is addressed to as well as
//! for its sign.

use std::fmt;

use super::{Limits, parse_for, parse_refund_for};
use crate::endpoint::Message;
use crate::error::{Error, RawResponse, Result};
use crate::sign::ApiKey;
use crate::xml;

/// Reads the notifications of one merchant: verifies each one with the APIv2 key, then checks
/// that it names this merchant's `mch_id` and one of its app ids before decoding it.
///
/// A sign proves only that the sender holds the key. A key shared by several merchant numbers
/// (a group with one key, a service provider's platform) or a notification replayed from another
/// of your merchants verifies as well; a `Receiver` refuses it with
/// [`Error::NotForThisMerchant`] (kind [`Signature`](crate::ErrorKind::Signature)). A field the
/// notification does not carry is not checked (the parking state change has no `appid`), and
/// `sub_mch_id` is never checked: a service provider receives the notifications of all its
/// sub-merchants.
///
/// A client builds one from its own settings (`client.notify_receiver()`); the axum extractor
/// (`notify::axum`) takes one from the router's state.
///
/// ```
/// use wechatpay_v2_protocol::{ApiKey, Error, ErrorKind, SignType, notify, testing};
/// use wechatpay_v2_protocol::endpoint::NoFields;
///
/// let key = ApiKey::new("0123456789abcdef0123456789abcdef");
/// let receiver = notify::Receiver::new(key.clone()).mch_id("1900000109").appid("wx2421b1c4370ec43b");
/// let ours = testing::signed_document([("appid", "wx2421b1c4370ec43b"), ("mch_id", "1900000109")], &key, SignType::Md5);
/// assert!(receiver.parse::<NoFields>(ours.as_bytes()).is_ok());
///
/// let theirs = testing::signed_document([("appid", "wx2421b1c4370ec43b"), ("mch_id", "1900000999")], &key, SignType::Md5);
/// let err = receiver.parse::<NoFields>(theirs.as_bytes()).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Signature);
/// assert!(matches!(err, Error::NotForThisMerchant { field: "mch_id", .. }));
/// ```
#[derive(Clone)]
pub struct Receiver {
    key: ApiKey,
    expect: Expect,
    limits: Limits,
}

impl fmt::Debug for Receiver {
    // The key is never shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver")
            .field("mch_id", &self.expect.mch_id)
            .field("appids", &self.expect.appids)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Receiver {
    /// A receiver that checks the sign with `key` and accepts any merchant until
    /// [`mch_id`](Self::mch_id) and [`appid`](Self::appid) say which; [`Limits::DEFAULT`].
    pub fn new(key: ApiKey) -> Self {
        Self {
            key,
            expect: Expect::ANY,
            limits: Limits::DEFAULT,
        }
    }

    /// Accepts only notifications whose `mch_id`, when they carry one, is `mch_id`.
    #[must_use]
    pub fn mch_id(mut self, mch_id: impl Into<String>) -> Self {
        self.expect.mch_id = Some(mch_id.into());
        self
    }

    /// Accepts notifications whose `appid`, when they carry one, is `appid`; call it once per
    /// app (an official account, a mini program and an app paying into one merchant number).
    #[must_use]
    pub fn appid(mut self, appid: impl Into<String>) -> Self {
        self.expect.appids.push(appid.into());
        self
    }

    /// Other [`Limits`] than the default.
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The limits this receiver applies.
    pub fn current_limits(&self) -> Limits {
        self.limits
    }

    /// [`notify::parse`](super::parse) with this receiver's limits, then the merchant check.
    ///
    /// # Errors
    /// Those of [`notify::parse`](super::parse), and [`Error::NotForThisMerchant`].
    pub fn parse<T: Message>(&self, body: &[u8]) -> Result<T> {
        parse_for(body, &self.key, self.limits, &self.expect)
    }

    /// [`notify::parse_refund`](super::parse_refund) with this receiver's limits, then the
    /// merchant check of the outer fields (once `req_info` decrypted).
    ///
    /// # Errors
    /// Those of [`notify::parse_refund`](super::parse_refund), and
    /// [`Error::NotForThisMerchant`].
    pub fn parse_refund<T: Message, I: Message>(&self, body: &[u8]) -> Result<(T, I)> {
        parse_refund_for(body, &self.key, self.limits, &self.expect)
    }
}

/// Whom a notification must be addressed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Expect {
    mch_id: Option<String>,
    /// Empty: any app.
    appids: Vec<String>,
}

impl Expect {
    /// Any merchant, any app: the free functions `parse` and `parse_refund`.
    pub(super) const ANY: Expect = Expect {
        mch_id: None,
        appids: Vec::new(),
    };

    /// Refuses `pairs` when their `mch_id` or `appid` is not an expected one.
    pub(super) fn check(&self, pairs: &[xml::Pair<'_>], raw: &RawResponse) -> Result<()> {
        let get = |name| super::non_empty(pairs, name);
        let refuse = |field, expected: String, received: &str| Error::NotForThisMerchant {
            field,
            expected,
            received: received.to_owned(),
            raw: Box::new(raw.clone()),
        };
        if let (Some(want), Some(got)) = (&self.mch_id, get("mch_id"))
            && want != got
        {
            return Err(refuse("mch_id", format!("`{want}`"), got));
        }
        if let Some(got) = get("appid")
            && !self.appids.is_empty()
            && !self.appids.iter().any(|a| a == got)
        {
            let list: Vec<String> = self.appids.iter().map(|a| format!("`{a}`")).collect();
            return Err(refuse("appid", list.join(" or "), got));
        }
        Ok(())
    }
}
