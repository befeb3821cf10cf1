//! Compile-time checks of `#[wechat_v2_api]`: each file in `ui/` breaks one rule and must fail
//! with the message in its `.stderr`; each file in `ui/pass/` must compile.
//!
//! The `.stderr` files are the compiler's output on the toolchain this workspace builds with;
//! regenerate them with `TRYBUILD=overwrite cargo test -p wechatpay-v2-macro-tests --test compile`
//! after a toolchain upgrade, and review the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
