//! Every declared endpoint, one test each, grouped by API group: the request built from the
//! spec's example values, signed with a fixed nonce and snapshot (`snapshots/`), its sign checked
//! by the tests' own signer, then a typed round trip through the mock gateway on 127.0.0.1.
//!
//! Run one group with `cargo test --test endpoints pay::`; review snapshot changes with
//! `cargo insta review`.

mod support;

#[cfg(feature = "appauth")]
mod appauth;
#[cfg(feature = "applyment")]
mod applyment;
#[cfg(feature = "billcommentsp")]
mod billcommentsp;
#[cfg(feature = "cgi_bin")]
mod cgi_bin;
#[cfg(feature = "deposit")]
mod deposit;
#[cfg(feature = "face")]
mod face;
#[cfg(feature = "fund")]
mod fund;
#[cfg(feature = "mchrisk")]
mod mchrisk;
#[cfg(feature = "mmpaymkttransfers")]
mod mmpaymkttransfers;
#[cfg(feature = "mmpaysptrans")]
mod mmpaysptrans;
#[cfg(feature = "papay")]
mod papay;
#[cfg(feature = "pay")]
mod pay;
#[cfg(feature = "payitil")]
mod payitil;
#[cfg(feature = "risk")]
mod risk;
#[cfg(feature = "sandboxnew")]
mod sandboxnew;
#[cfg(feature = "secapi")]
mod secapi;
#[cfg(feature = "secsvc")]
mod secsvc;
#[cfg(feature = "tools")]
mod tools;
#[cfg(feature = "transit")]
mod transit;
// The upload kind (`v2/secapi/mch/uploadmedia`), beside the group's other endpoints.
#[cfg(feature = "secapi")]
mod upload;
#[cfg(feature = "vehicle")]
mod vehicle;
#[cfg(feature = "wxv")]
mod wxv;
#[cfg(feature = "xdc")]
mod xdc;
