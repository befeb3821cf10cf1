//! `v2/mchrisk/...`: merchant risk checks and callbacks (商户风险).
