//! The declared WeChat Pay APIv2 endpoints, one file each, in folders that mirror the API paths:
//! `src/v2/vehicle/pay/notification.rs` declares `v2/vehicle/pay/notification`.
//!
//! The module tree and the registry are generated from the folders by `build.rs`; each API group
//! (the first folder under `v2/`) is a cargo feature. Types several endpoints declare alike are
//! in [`shared`], compiled with any set of groups, and re-exported by those endpoints. Apps use
//! these types through the `wechatpay-v2` crate.
// docs.rs (`--cfg docsrs`, nightly): each item gated by a feature shows the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

// The declarations are written against the SDK's public name, as an app's would be.
extern crate wechatpay_v2_core as wechatpay_v2;

include!(concat!(env!("OUT_DIR"), "/api_tree.rs"));

pub mod shared;

/// The callbacks WeChat Pay POSTs to a `notify_url`: payment results, refund results, parking
/// state changes. Parse them with `wechatpay_v2::notify`.
pub mod notifications;

/// The declared endpoints: the `EndpointSet` the clients of the `wechatpay-v2` crate are built with.
#[derive(Debug, Clone, Copy)]
pub struct Apis;

impl wechatpay_v2::EndpointSet for Apis {
    type V2<C> = v2::Node<C>;

    fn v2<C>(client: C) -> v2::Node<C> {
        v2::Node::__new(client)
    }

    fn endpoints() -> &'static [&'static wechatpay_v2::EndpointMeta] {
        ENDPOINTS
    }
}
