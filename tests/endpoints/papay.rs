//! `v2/papay/...`: entrusted deduction (委托代扣) contracts.
