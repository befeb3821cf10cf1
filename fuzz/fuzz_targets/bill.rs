//! Bills read as records on arbitrary bytes, as a broken or hostile download could deliver
//! them: `BillParser` for trade bills and fund-flow bills, and `CommentPage::parse` for a page
//! of buyers' comments.
//!
//! Invariants: nothing panics, on any bytes and any split into chunks; the records and the
//! outcome do not depend on where the bytes are split (fed whole, or in two chunks at a point
//! the input chooses, or byte by byte); after an error, the parser yields nothing more and
//! `finish` returns that error.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wechatpay_v2::bill::{BillParser, BillRecord, CommentPage, FundFlowRecord, TradeRecord};

/// Everything a parser says about `chunks`, as text: each record or error, then the summary.
fn read<T: BillRecord + std::fmt::Debug>(chunks: &[&[u8]]) -> Vec<String> {
    let mut parser = BillParser::<T>::with_max_line(512);
    let mut said = Vec::new();
    let mut failed = false;
    for chunk in chunks {
        for item in parser.feed(chunk) {
            assert!(!failed, "a record after an error");
            failed |= item.is_err();
            said.push(format!("{item:?}"));
        }
    }
    let end = parser.finish();
    if failed {
        assert!(end.is_err(), "finish after an error must fail");
    }
    said.push(format!("{end:?}"));
    said
}

fn check<T: BillRecord + std::fmt::Debug>(data: &[u8], at: usize) {
    let whole = read::<T>(&[data]);
    let (a, b) = data.split_at(at);
    assert_eq!(whole, read::<T>(&[a, b]), "split at {at}");
    if data.len() <= 256 {
        let bytes: Vec<&[u8]> = data.chunks(1).collect();
        assert_eq!(whole, read::<T>(&bytes), "byte by byte");
    }
}

fuzz_target!(|data: &[u8]| {
    let at = data.first().map_or(0, |&b| usize::from(b) % (data.len() + 1));
    check::<TradeRecord>(data, at);
    check::<FundFlowRecord>(data, at);
    if let Ok(page) = CommentPage::parse(data) {
        assert!(page.comments.iter().all(|c| (1..=5).contains(&c.stars)));
    }
});
