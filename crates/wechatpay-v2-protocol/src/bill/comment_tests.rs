use super::*;

const EXAMPLE: &str = "100\n\
    `2017-07-01 10:00:05,`1001690740201411100005734289,`5,`赞，水果很新鲜\n\
    `2017-07-01 11:00:05,`1001690740201411100005734278,`5,`不错，支付渠道很方便\n";

#[test]
fn the_documented_example_reads() {
    let page = CommentPage::parse(EXAMPLE.as_bytes()).unwrap();
    assert_eq!(page.next_offset, 100);
    assert_eq!(page.comments.len(), 2);
    let first = &page.comments[0];
    assert_eq!(first.time, BillDateTime::new(2017, 7, 1, 10, 0, 5).unwrap());
    assert_eq!(first.transaction_id, "1001690740201411100005734289");
    assert_eq!((first.stars, first.content.as_str()), (5, "赞，水果很新鲜"));
    assert_eq!(page.comments[1].content, "不错，支付渠道很方便");
    // The same with `\r\n`, without the last line break, or with a BOM and trailing blanks.
    let crlf = EXAMPLE.replace('\n', "\r\n");
    assert_eq!(CommentPage::parse(crlf.as_bytes()).unwrap(), page);
    assert_eq!(
        CommentPage::parse(EXAMPLE.trim_end().as_bytes()).unwrap(),
        page
    );
    let padded = format!("\u{feff}{crlf}\r\n\r\n");
    assert_eq!(CommentPage::parse(padded.as_bytes()).unwrap(), page);
}

#[test]
fn the_text_keeps_its_commas_and_may_be_empty() {
    let page = CommentPage::parse(
        "3\n`2017-07-01 10:00:05,`42,`4,`good, fresh,`fruit\n`2017-07-01 10:00:06,`43,`1,`\n"
            .as_bytes(),
    )
    .unwrap();
    assert_eq!(page.comments[0].content, "good, fresh,`fruit");
    assert_eq!(
        (page.comments[1].stars, page.comments[1].content.as_str()),
        (1, "")
    );
}

#[test]
fn a_page_with_an_offset_and_no_comments_is_valid() {
    let page = CommentPage::parse(b"0\r\n").unwrap();
    assert_eq!((page.next_offset, page.comments.len()), (0, 0));
    assert_eq!(CommentPage::parse(b"`7").unwrap().next_offset, 7);
}

#[test]
fn hostile_pages_are_typed_errors_naming_the_line_and_the_cell() {
    let err = |text: &str| CommentPage::parse(text.as_bytes()).unwrap_err();
    assert_eq!(err(""), BillError::Empty);
    assert_eq!(err("\r\n \n"), BillError::Empty);
    assert_eq!(
        err("x1\n"),
        BillError::BadCount {
            line: 1,
            column: "位移",
            text: "x1".into()
        }
    );
    assert_eq!(
        err("-1\n"),
        BillError::BadCount {
            line: 1,
            column: "位移",
            text: "-1".into()
        }
    );
    assert_eq!(
        err("99999999999999999999999\n"),
        BillError::BadCount {
            line: 1,
            column: "位移",
            text: "99999999999999999999999".into()
        }
    );
    assert_eq!(
        err("1\n`2017-07-01 10:00:05,`42,`5,`ok\n`2017-02-30 10:00:05,`43,`5,`ok\n"),
        BillError::BadTime {
            line: 3,
            column: "评论时间",
            text: "2017-02-30 10:00:05".into()
        }
    );
    for stars in ["0", "6", "", "５", "55", "-1", "4.5"] {
        assert_eq!(
            err(&format!("1\n`2017-07-01 10:00:05,`42,`{stars},`ok\n")),
            BillError::BadStars {
                line: 2,
                column: "评论星级",
                text: stars.into()
            }
        );
    }
    assert_eq!(
        err("1\n`2017-07-01 10:00:05,`42,`5\n"),
        BillError::MissingCell {
            line: 2,
            column: "评论内容"
        }
    );
    assert_eq!(
        err("1\n`2017-07-01 10:00:05\n"),
        BillError::MissingCell {
            line: 2,
            column: "支付订单号"
        }
    );
    assert_eq!(
        err("1\n`2017-07-01 10:00:05,`,`5,`ok\n"),
        BillError::MissingCell {
            line: 2,
            column: "支付订单号"
        }
    );
    // An XML error document is not a page (a client reads it as an error before parsing).
    assert!(matches!(
        err("<xml><return_code>FAIL</return_code></xml>"),
        BillError::BadCount { line: 1, .. }
    ));
    assert_eq!(
        CommentPage::parse(b"1\n`2017-07-01 10:00:05,`42,`5,`\xff\xfe\n").unwrap_err(),
        BillError::NotUtf8 { line: 2 }
    );
}

#[test]
fn pages_are_bounded() {
    let long = format!(
        "1\n`2017-07-01 10:00:05,`42,`5,`{}\n",
        "x".repeat(DEFAULT_MAX_LINE)
    );
    assert_eq!(
        CommentPage::parse(long.as_bytes()).unwrap_err(),
        BillError::LineTooLong {
            line: 2,
            limit: DEFAULT_MAX_LINE
        }
    );
    let line = "`2017-07-01 10:00:05,`42,`5,`ok\n";
    let full = format!("1\n{}", line.repeat(MAX_COMMENT_LINES));
    assert_eq!(
        CommentPage::parse(full.as_bytes()).unwrap().comments.len(),
        MAX_COMMENT_LINES
    );
    let over = format!("{full}{line}");
    assert_eq!(
        CommentPage::parse(over.as_bytes()).unwrap_err(),
        BillError::TooManyLines {
            limit: MAX_COMMENT_LINES
        }
    );
    let huge = vec![b'\n'; MAX_PAGE_BYTES + 1];
    assert_eq!(
        CommentPage::parse(&huge).unwrap_err(),
        BillError::TooLarge {
            limit: MAX_PAGE_BYTES
        }
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    let page = EXAMPLE.as_bytes().to_vec();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..5000 {
        let mut bytes = page.clone();
        for _ in 0..(next() % 8) {
            if bytes.is_empty() {
                break;
            }
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = next() as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, b",`\r\n-:5"[(next() % 7) as usize]),
            }
        }
        let cut = (next() as usize) % (bytes.len() + 1);
        let _ = CommentPage::parse(&bytes[..cut]);
        if let Ok(page) = CommentPage::parse(&bytes) {
            assert!(page.comments.iter().all(|c| (1..=5).contains(&c.stars)));
        }
    }
}
