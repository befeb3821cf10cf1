//! `v2/transit/...`: public-transport deduction (乘车码代扣).
