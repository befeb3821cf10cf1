//! The one naming rule (`wechatpay_v2_facts::accessor_name`), which the macro's accessors, the
//! endpoint crate's modules and `xtask`'s drafts all use, on every declared path: each segment
//! becomes an identifier, no two segments under one parent become the same one, and each API
//! group's cargo feature is its first segment's accessor.

use std::collections::BTreeMap;

use wechatpay_v2::handle::EndpointSet;
use wechatpay_v2_facts::{accessor_name, ident_source, is_identifier};

#[test]
fn every_declared_path_follows_the_naming_rule() {
    let endpoints = wechatpay_v2::Apis::endpoints();
    assert_eq!(endpoints.len(), 138, "every endpoint is declared");
    // parent path → accessor → the segment it came from
    let mut children: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for meta in endpoints {
        let rest = meta.path.strip_prefix("v2/").expect("paths start with v2/");
        assert_eq!(
            meta.wire_path, rest,
            "{}: the wire path is the path without v2/",
            meta.path
        );
        let mut parent = "v2".to_owned();
        for segment in rest.split('/') {
            let accessor = accessor_name(segment);
            assert!(
                is_identifier(&accessor),
                "{}: segment `{segment}` gives `{accessor}`, not an identifier",
                meta.path
            );
            let source = ident_source(&accessor);
            assert!(source == accessor || source == format!("r#{accessor}"));
            let siblings = children.entry(parent.clone()).or_default();
            let first = siblings
                .entry(accessor.clone())
                .or_insert_with(|| segment.to_owned());
            assert_eq!(
                first, segment,
                "under `{parent}`, `{first}` and `{segment}` both become `{accessor}`"
            );
            parent = format!("{parent}/{segment}");
        }
    }

    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("read Cargo.toml");
    let full = manifest
        .lines()
        .find(|line| line.starts_with("full = ["))
        .expect("the `full` feature");
    for group in children["v2"].keys() {
        assert!(
            full.contains(&format!("\"{group}\"")),
            "API group `{group}` has no feature of its accessor's name in `full`"
        );
    }
}
