//! Buyers' comments (`v2/billcommentsp/batchquerycomment`) as typed pages, against the mock
//! gateway: a comment per paid order of the window, in time order, fetched in one call async
//! and blocking, on the client and on the endpoint's handle; paging with `limit` and
//! `offset`; an XML error answer, an answer that is not a page and one over the buffer's limit
//! are typed errors.

use wechatpay_v2::bill::{BillError, CommentPage, MAX_PAGE_BYTES};
use wechatpay_v2::v2::billcommentsp::batchquerycomment;
use wechatpay_v2::v2::pay::unifiedorder;
use wechatpay_v2::{Error, SignType};
use wechatpay_v2_mock::{MockConfig, MockServer};

mod support;
use support::{mock_clients, runtime};

fn window(begin: &str, end: &str, offset: u64) -> batchquerycomment::Request {
    batchquerycomment::Request::new(SignType::HmacSha256, begin, end, offset)
}

/// The transaction ids of a page's comments.
fn ids(page: &CommentPage) -> Vec<&str> {
    page.comments
        .iter()
        .map(|c| c.transaction_id.as_str())
        .collect()
}

#[test]
fn paid_orders_come_back_as_comments_page_by_page_async_and_blocking() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("mock");
    let (api, sync) = mock_clients(&mock);
    let rt = runtime();
    for (no, fee) in [("C1", 1500u64), ("C2", 990), ("C3", 700)] {
        let order = unifiedorder::Request::new(
            "Parking fee",
            no,
            fee,
            "123.12.12.123",
            "https://example.com/notify",
            unifiedorder::TradeType::Native,
        )
        .product_id("bay-12");
        rt.block_on(api.post(&order)).expect("placed");
    }
    // C3 is never paid: it has no comment.
    let first = mock.pay("C1").expect("paid");
    let second = mock.pay("C2").expect("paid");
    let (t1, t2) = (
        first.transaction_id.expect("an id"),
        second.transaction_id.expect("an id"),
    );
    // The window's bounds are the two payment times: both are within it.
    let begin = first.time_end.expect("a time");
    let end = second.time_end.expect("a time");

    let page = rt
        .block_on(
            api.v2()
                .billcommentsp()
                .batchquerycomment()
                .comment_page(&window(&begin, &end, 0)),
        )
        .expect("a page");
    assert_eq!(ids(&page), [t1.as_str(), t2.as_str()]);
    assert_eq!(page.next_offset, 2);
    for comment in &page.comments {
        assert_eq!(comment.stars, 5);
        assert_eq!(comment.content, "很方便,下次再来");
        assert!(comment.time.year() >= 2026);
    }
    assert_eq!(
        page.comments[0]
            .time
            .to_string()
            .replace(['-', ' ', ':'], ""),
        begin
    );

    // The blocking client, and the client's own method, give the same page.
    let twin = sync
        .v2()
        .billcommentsp()
        .batchquerycomment()
        .comment_page(&window(&begin, &end, 0))
        .expect("a page, blocking");
    assert_eq!(twin, page);
    assert_eq!(
        rt.block_on(api.comment_page(&window(&begin, &end, 0)))
            .expect("Client::comment_page"),
        page
    );
    assert_eq!(
        sync.comment_page(&window(&begin, &end, 0))
            .expect("Client::comment_page, blocking"),
        page
    );

    // One at a time: each page's offset leads to the next, the last page is empty.
    let mut offset = 0;
    let mut seen = Vec::new();
    loop {
        let page = sync
            .v2()
            .billcommentsp()
            .batchquerycomment()
            .comment_page(&window(&begin, &end, offset).limit(1u64))
            .expect("a page of one");
        assert!(page.comments.len() <= 1);
        if page.comments.is_empty() {
            assert_eq!(page.next_offset, offset);
            break;
        }
        assert_eq!(page.next_offset, offset + 1);
        offset = page.next_offset;
        seen.extend(page.comments);
    }
    assert_eq!(seen, page.comments);

    // A window without payments: a page with its offset and no comments.
    let empty = rt
        .block_on(api.comment_page(&window("20000101000000", "20000102000000", 0)))
        .expect("an empty page");
    assert_eq!((empty.next_offset, empty.comments.len()), (0, 0));
}

#[test]
fn errors_are_typed() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("mock");
    let (api, sync) = mock_clients(&mock);
    let rt = runtime();

    // An XML error answer is the usual typed error.
    mock.fail_next("billcommentsp/batchquerycomment", "SYSTEMERROR", 1);
    let err = rt
        .block_on(api.comment_page(&window("20261122000000", "20261123000000", 0)))
        .unwrap_err();
    assert!(
        matches!(err, Error::Business { ref err_code, .. } if err_code == "SYSTEMERROR"),
        "{err:?}"
    );

    // Without flows the mock answers every download with a trade bill: not a page.
    let plain = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .expect("mock");
    let (_, sync_plain) = mock_clients(&plain);
    let err = sync_plain
        .comment_page(&window("20261122000000", "20261123000000", 0))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Bill(BillError::BadCount {
                line: 1,
                column: "位移",
                ..
            })
        ),
        "{err:?}"
    );

    // An answer past the buffer's limit stops the download.
    let huge = MockServer::start(
        MockConfig {
            flows: false,
            bill_bytes: (MAX_PAGE_BYTES + 64 * 1024) as u64,
            ..MockConfig::default()
        },
        0,
    )
    .expect("mock");
    let (_, sync_huge) = mock_clients(&huge);
    let err = sync_huge
        .v2()
        .billcommentsp()
        .batchquerycomment()
        .comment_page(&window("20261122000000", "20261123000000", 0))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Bill(BillError::TooLarge {
                limit: MAX_PAGE_BYTES
            })
        ),
        "{err:?}"
    );
    drop(sync);
    plain.stop();
    huge.stop();
}
