//! The untyped XML reader on arbitrary bytes.
//!
//! `xml::parse_document` must never panic. When it accepts a document, every pair it returns
//! must be writable (names pass `check_name`, values `check_value`: the reader never hands out
//! what the writer refuses), and writing the pairs with `xml::write_document` then reading them
//! back must give the same pairs, in the same order.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wechatpay_v2_protocol::xml;

/// Owned pairs, to compare two readings.
fn owned(pairs: Vec<xml::Pair<'_>>) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fuzz_target!(|data: &[u8]| {
    for root in ["xml", "root"] {
        let Ok(pairs) = xml::parse_document(data, root) else {
            continue;
        };
        let pairs = owned(pairs);
        for (name, value) in &pairs {
            assert!(
                xml::check_name(name).is_ok(),
                "name {name:?} read but not writable"
            );
            assert!(
                xml::check_value(value).is_ok(),
                "value {value:?} read but not writable"
            );
        }
        let mut written = Vec::new();
        xml::write_document(
            &mut written,
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        );
        // `write_document` always writes `<xml>`; the `root` reading is compared on its pairs.
        let back = match xml::parse_document(&written, "xml") {
            Ok(back) => owned(back),
            Err(e) => panic!("the written document does not read back: {e}\n{written:?}"),
        };
        assert_eq!(
            back,
            pairs,
            "written as {:?}",
            String::from_utf8_lossy(&written)
        );
    }
});
