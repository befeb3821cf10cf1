//! `v2/fund/...`: automatic withdrawals (提现).
