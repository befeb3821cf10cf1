//! `v2/pay/...`: payments, queries, refunds, bills, profit sharing (基础支付).
