//! One module per notification.
//!
//! Parse a body with `wechatpay_v2::notify::parse` (signed notifications) or
//! `wechatpay_v2::notify::parse_refund` (the refund notification, whose `req_info` is
//! encrypted), then answer `notify::reply_success()`. The same notification can arrive several
//! times: handle it idempotently.
//!
//! The envelope (`return_code`, `return_msg`, `result_code`, `err_code`, `err_code_des`,
//! `nonce_str`, `sign`) is checked by the framework and not declared here; fields a
//! notification carries that are not declared land in its `other_fields`.

pub mod combined_transactions_success;
pub mod pap_contract_state_changed;
pub mod refund_processed;
pub mod transaction_success;
pub mod transactions_risk_occurred;
pub mod vehicle_state_changed;
