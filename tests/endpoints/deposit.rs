//! `v2/deposit/...`: deposit payments (押金支付).
