//! A local stand-in for the WeChat Pay v2 gateway.
//!
//! It serves every declared endpoint at its wire path, from the same metadata the
//! `#[wechat_v2_api]` macro generates, so a newly declared endpoint is served with no extra code.
//! It checks each request the way the real gateway does and answers like it: HTTP 200 with
//! `return_code` FAIL and a `return_msg` naming the problem, or a signed response of the
//! endpoint's response type. Fault modes let a test see how a client copes with a broken gateway.
//!
//! # Flows
//!
//! The payment endpoints play real flows ([`MockConfig::flows`], on by default): orders and
//! refunds are kept per merchant (`mch_id`, and `sub_mch_id` when given), and
//! `v2/pay/unifiedorder`, `micropay`, `orderquery`, `closeorder`, `refundquery`,
//! `downloadbill` and `v2/secapi/pay/refund`, `reverse` answer from them as the gateway does:
//! an order placed is `NOTPAY` until [`MockServer::pay`] pays it, a paid one cannot be closed
//! (`ORDERPAID`), refunds add up to the order's amount and no more, a query of an order that
//! was never placed answers `ORDERNOTEXIST`, a refund of an unpaid order `TRADE_STATE_ERROR`,
//! a refund past the amount `INVALID_REQUEST` (`累计退款金额大于支付金额`). The whole table of
//! answers and business failures is in the documentation of the `flows` module (its source).
//! Times are China Standard Time; `pay/downloadbill` serves the ledger's payments and refunds
//! of `bill_date` with their summary when there are some ([`bill`]), `pay/downloadfundflow`
//! their fund flow (income and expense rows, the running balance, the summary), and
//! `v2/billcommentsp/batchquerycomment` a page of comments on the paid orders of its window.
//!
//! Paid orders and refunds notify their loopback `notify_url` (`http://127.0.0.1`, `localhost`
//! or `[::1]`; any other is recorded, not sent), retried on the gateway's schedule
//! ([`RETRY_SCHEDULE`]) scaled by [`MockConfig::delivery_scale`]; [`MockServer::deliveries`] and
//! [`MockServer::wait_for_deliveries`] show how that went. [`MockServer::fail_next`] makes the
//! next requests to a path fail with a business error (`SYSTEMERROR`, `BANKERROR`...), and
//! [`MockServer::script_user_paying`] makes the next payment-code payment wait for the payer.
//! Every other endpoint, and every endpoint with flows off, gets a plausible signed answer.
//!
//! ```no_run
//! use wechatpay_v2_mock::{MockConfig, MockServer};
//!
//! let mock = MockServer::start(MockConfig::default(), 0)?; // port 0: any free port
//! println!("serving on {}", mock.base_url());
//! mock.stop();
//! # Ok::<(), std::io::Error>(())
//! ```

pub mod bill;
mod check;
mod clock;
mod combined;
mod config;
mod control;
mod deliver;
mod flows;
mod ledger;
mod order;
mod reply;
mod respond;
mod server;

pub use check::{
    Form, FormFile, MAX_MEDIA_BYTES, Rejection, check_query, check_request, check_upload,
    parse_form,
};
pub use config::{MockConfig, MockTls};
pub use deliver::{ATTEMPT_TIMEOUT, Delivery, NotificationKind, RETRY_SCHEDULE};
pub use order::{Order, Refund, TradeState};
pub use reply::plausible_response;
pub use respond::Fault;
pub use server::{LOG_LIMIT, MockServer, ReceivedFile, ReceivedRequest, serve};

/// A reqwest client builder for plain HTTP on loopback: for test code that sends raw bodies to
/// the mock (and for the mock's own notification deliveries). reqwest is built without a crypto
/// provider of its own (the SDK gives its clients the one of its features), so this builder is
/// given the SDK's; `None` when no `tls-*` feature is enabled and the app installed no default.
pub fn http_client_builder() -> Option<reqwest::ClientBuilder> {
    use wechatpay_v2::tls::{crypto_provider, rustls};
    let tls = rustls::ClientConfig::builder_with_provider(crypto_provider()?)
        .with_safe_default_protocol_versions()
        .ok()?
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    Some(reqwest::Client::builder().tls_backend_preconfigured(tls))
}

/// Merchant id the mock accepts unless configured otherwise.
pub const DEFAULT_MCH_ID: &str = "1900000109";
/// APIv2 key the mock signs and verifies with unless configured otherwise. For local use only.
pub const DEFAULT_API_KEY: &str = "0123456789abcdef0123456789abcdef";
/// App id the mock answers with unless configured otherwise.
pub const DEFAULT_APPID: &str = "wxd678efh567hg6787";
