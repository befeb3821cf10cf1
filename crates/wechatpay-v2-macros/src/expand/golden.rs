//! Golden expansions: what `#[wechat_v2_api]` generates for three declarations and the shared
//! order types (`api-specs/src/shared/order.rs`): the seed
//! endpoint, `v2/pay/unifiedorder` and a list endpoint (`v2/pay/orderquery`, its coupons an
//! indexed list), printed as `cargo expand` would and kept as snapshots
//! (`src/expand/snapshots/`). A change in generated code changes a snapshot, so it is seen in
//! review; accept a deliberate one with `cargo insta review` (or `INSTA_UPDATE=always`).

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Expands every `#[wechat_v2_api]` item of a declaration file, the way the compiler would,
/// and prints the result.
fn expand_file(source: &str) -> String {
    let file = syn::parse_file(source).expect("the declaration file parses");
    let mut out = TokenStream::new();
    for mut item in file.items {
        let attrs = match &mut item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            _ => {
                item.to_tokens(&mut out);
                continue;
            }
        };
        let Some(at) = attrs
            .iter()
            .position(|a| a.path().is_ident("wechat_v2_api"))
        else {
            item.to_tokens(&mut out);
            continue;
        };
        let attr = attrs.remove(at);
        let args = match attr.meta {
            syn::Meta::List(list) => list.tokens,
            _ => TokenStream::new(),
        };
        out.extend(super::run(args, item.into_token_stream()));
    }
    let expanded: syn::File = syn::parse2(out).expect("the expansion parses as a file");
    prettyplease::unparse(&expanded)
}

#[test]
fn the_seed_endpoint() {
    insta::assert_snapshot!(expand_file(include_str!(
        "../../../../api-specs/src/v2/vehicle/pay/notification.rs"
    )));
}

#[test]
fn unifiedorder() {
    insta::assert_snapshot!(expand_file(include_str!(
        "../../../../api-specs/src/v2/pay/unifiedorder.rs"
    )));
}

#[test]
fn a_list_endpoint() {
    insta::assert_snapshot!(expand_file(include_str!(
        "../../../../api-specs/src/v2/pay/orderquery.rs"
    )));
}

/// The shared types of orders: wire enums and an indexed-list item (`Coupon`), which the three
/// endpoints above now take from `api-specs/src/shared/`.
#[test]
fn shared_order_types() {
    insta::assert_snapshot!(expand_file(include_str!(
        "../../../../api-specs/src/shared/order.rs"
    )));
}
