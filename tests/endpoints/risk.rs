//! `v2/risk/...`: risk-control tools, such as the RSA public key for bank payouts (风控).
