//! A local stand-in for the WeChat Pay v2 gateway.
//!
//! It serves every declared endpoint at its wire path, from the same metadata the
//! `#[wechat_v2_api]` macro generates, so a newly declared endpoint is served with no extra code.
//! It checks each request the way the real gateway does and answers like it: HTTP 200 with
//! `return_code` FAIL and a `return_msg` naming the problem, or a signed response of the
//! endpoint's response type. Fault modes let a test see how a client copes with a broken gateway.
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
mod reply;
mod server;

pub use check::{
    Form, FormFile, MAX_MEDIA_BYTES, Rejection, check_query, check_request, check_upload,
    parse_form,
};
pub use reply::plausible_response;
pub use server::{
    Fault, LOG_LIMIT, MockConfig, MockServer, MockTls, ReceivedFile, ReceivedRequest, serve,
};

/// Merchant id the mock accepts unless configured otherwise.
pub const DEFAULT_MCH_ID: &str = "1900000109";
/// APIv2 key the mock signs and verifies with unless configured otherwise. For local use only.
pub const DEFAULT_API_KEY: &str = "0123456789abcdef0123456789abcdef";
/// App id the mock answers with unless configured otherwise.
pub const DEFAULT_APPID: &str = "wxd678efh567hg6787";
