//! Nothing here: the compile-time tests of `#[wechat_v2_api]` are in `tests/` (`ui/` must fail
//! with the message in each `.stderr`, `ui/pass/` must compile). They need the macro and the
//! runtime together, and the runtime depends on the macro, so they live in this unpublished
//! crate, the way serde keeps its derive tests apart: each published crate can then be
//! packaged on its own.
