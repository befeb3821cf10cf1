//! `v2/secsvc/...`: real-name verification (实名验证).
