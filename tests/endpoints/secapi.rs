//! `v2/secapi/...`: certificate-secured operations: refunds, reversals, profit sharing, sub-merchants (安全接口).
