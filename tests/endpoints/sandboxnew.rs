//! `v2/sandboxnew/...`: sandbox copies of the payment endpoints (沙箱环境).
