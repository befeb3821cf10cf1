//! `v2/payitil/...`: transaction quality reports (交易保障).
