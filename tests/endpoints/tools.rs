//! `v2/tools/...`: short URLs and auth-code lookups (工具).
