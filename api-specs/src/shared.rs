//! Types that several endpoints declare alike: the same values, or the same fields with the
//! same types and limits. Each is declared once here, and every endpoint that uses it re-exports
//! it under the name it has there, so `v2::pay::orderquery::TradeState` and
//! `v2::deposit::orderquery::TradeState` are one type.
//!
//! Where endpoints document different values under one name (a `Version` that is `1.0` in one
//! place and `3.0` in another, goods with another set of fields), the variants here have names
//! of their own (`Version3_0`, `SandboxGoods`), re-exported by the endpoints under the short
//! name; types only one endpoint uses stay in its file.
//!
//! This module is compiled whatever API groups are enabled, so no group needs another's
//! feature for its types.

mod customs;
mod deduction;
mod goods;
mod merchant;
mod order;
mod profit_sharing;
mod refund;
mod transfer;
mod version;

pub use customs::*;
pub use deduction::*;
pub use goods::*;
pub use merchant::*;
pub use order::*;
pub use profit_sharing::*;
pub use refund::*;
pub use transfer::*;
pub use version::*;
