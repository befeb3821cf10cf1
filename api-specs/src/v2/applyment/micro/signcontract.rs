//! `v2/applyment/micro/signcontract`: the signing step of a micro-merchant application
//! (签约报备).
//!
//! When `v2/applyment/micro/getstate` reports the application waiting for signature, it also
//! returns a QR code; the merchant scans it with their own WeChat to sign the agreement. The
//! spec documents no request or response fields for this path, so the call carries only the
//! nonce and the sign. Needs the client certificate. WeChat took the micro-merchant endpoints
//! offline on 2023-05-23.

use wechatpay_v2::wechat_v2_api;

/// The signing report; the spec gives it no fields (签约报备).
#[wechat_v2_api(path = "v2/applyment/micro/signcontract", cert)]
pub struct Request {}

/// The answer; no fields beyond the envelope.
#[wechat_v2_api(response)]
pub struct Response {}
