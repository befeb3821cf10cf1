use super::*;

fn write(pairs: &[(&str, &str)]) -> String {
    let mut out = Vec::new();
    write_document(&mut out, pairs.iter().copied());
    String::from_utf8(out).unwrap()
}

fn read(doc: &str) -> Result<Vec<(String, String)>, XmlError> {
    parse_document(doc.as_bytes(), "xml").map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    })
}

#[test]
fn one_pass_classification_agrees_with_the_check_and_the_writer() {
    // Every ASCII byte, in a short value and in the middle of a long one (values of 32
    // bytes and more are scanned by a vectorised loop, shorter ones through a table).
    let mut values: Vec<String> = (0u8..0x80)
        .flat_map(|b| {
            let c = char::from(b);
            [
                format!("a{c}b"),
                format!("{}{c}{}", "x".repeat(37), "y".repeat(40)),
            ]
        })
        .collect();
    values.extend(
        [
            "",
            "é中文",
            "\u{FFFE}",
            "x\u{FFFF}",
            "\u{FFFD}",
            "]]>",
            "\u{EFFF}",
            "停车场，欢迎",
            "停车场，\"欢迎\"",
            "停车场，\r欢迎",
        ]
        .map(str::to_owned),
    );
    // The same values again, longer: just past the table's limit, and well past it.
    let longer: Vec<String> = values
        .iter()
        .flat_map(|v| {
            [
                format!("{}{v}", "x".repeat(32)),
                format!("{v}{}", "y".repeat(31)),
            ]
        })
        .collect();
    values.extend(longer);
    for value in &values {
        let classified = classify_value(value);
        assert_eq!(
            classified.is_err(),
            check_value(value).is_err(),
            "{value:?}"
        );
        if let Ok(special) = classified {
            assert_eq!(special, needs_cdata(value), "{value:?}");
            let (mut one, mut two) = (Vec::new(), Vec::new());
            write_classified_document(&mut one, [("a", value.as_str(), special)]);
            write_document(&mut two, [("a", value.as_str())]);
            assert_eq!(one, two, "{value:?}");
        }
    }
}

#[test]
fn plain_values_are_plain_text_and_special_ones_cdata() {
    assert_eq!(
        write(&[("a", "1"), ("b", r#"{"k":"v"}"#), ("c", "x<y&z")]),
        r#"<xml><a>1</a><b><![CDATA[{"k":"v"}]]></b><c><![CDATA[x<y&z]]></c></xml>"#
    );
}

#[test]
fn cdata_terminator_is_split() {
    assert_eq!(
        write(&[("a", "x]]>y]]>")]),
        "<xml><a><![CDATA[x]]]]><![CDATA[>y]]]]><![CDATA[>]]></a></xml>"
    );
}

#[test]
fn any_value_round_trips() {
    let values = [
        "",
        "plain",
        "]]>",
        "a]]>b]]]>c",
        "<tag attr=\"1\">&amp;</tag>",
        "'quoted' \"double\"",
        "停车场 🚗 \t\r\n tail",
        "]]",
        ">",
    ];
    for v in values {
        let doc = write(&[("f", v)]);
        let back = read(&doc).unwrap();
        // Empty values are dropped by the request encoder before writing; an empty element
        // reads back as an empty value. A CR survives too (written as `&#13;`).
        assert_eq!(back, vec![("f".to_owned(), v.to_owned())], "{doc}");
    }
}

#[test]
fn reads_wechat_style_responses() {
    let doc = "<?xml version=\"1.0\"?>\n<xml>\n  <return_code><![CDATA[SUCCESS]]></return_code>\n  <a>1 &lt; 2 &#x4e2d;</a><empty/><e></e>\n</xml>\n";
    assert_eq!(
        read(doc).unwrap(),
        vec![
            ("return_code".into(), "SUCCESS".into()),
            ("a".into(), "1 < 2 中".into()),
            ("empty".into(), "".into()),
            ("e".into(), "".into()),
        ]
    );
}

#[test]
fn hostile_and_broken_documents_are_refused() {
    let cases = [
        (
            "<!DOCTYPE xml [<!ENTITY x \"y\">]><xml><a>&x;</a></xml>",
            "DOCTYPE is not allowed",
        ),
        (
            "<!DOCTYPE xml SYSTEM \"file:///etc/passwd\"><xml/>",
            "DOCTYPE is not allowed",
        ),
        ("<xml><a>&x;</a></xml>", "entity `&x;` is not allowed"),
        ("<xml><a><b>1</b></a></xml>", "nested element"),
        ("<xml><a>1</a><a>2</a></xml>", "appears twice"),
        ("<xml><a>1</a>", "ends before its root element closes"),
        ("<xml><a>1</b></xml>", "malformed XML"),
        ("<root><a>1</a></root>", "root element must be <xml>"),
        ("<xml>loose<a>1</a></xml>", "text outside of any field"),
        (
            "<xml><a>1</a></xml><xml/>",
            "content after the root element",
        ),
        (
            "<html><body>502</body></html>",
            "root element must be <xml>",
        ),
        ("", "ends before its root element closes"),
    ];
    for (doc, expected) in cases {
        let err = read(doc).unwrap_err();
        assert!(err.0.contains(expected), "{doc}: {err}");
    }
    let err = parse_document(b"<xml><a>\xff</a></xml>", "xml").unwrap_err();
    assert!(err.0.contains("not valid UTF-8"), "{err}");
}

/// The fast path changes nothing: on many variants of typical documents (every snippet
/// inserted at every position, every character removed), `parse_document` answers exactly
/// what the general reader answers, pairs or error.
#[test]
fn the_fast_path_agrees_with_the_general_reader() {
    let bases = [
        "<xml><a>1</a><b><![CDATA[x<y]]></b><c/><d></d></xml>",
        "\n <xml>\n  <return_code><![CDATA[SUCCESS]]></return_code>\n  <n>停车</n>\n</xml>\n",
    ];
    let snippets = [
        "<",
        ">",
        "&",
        "&amp;",
        "&#x41;",
        "\r",
        "\r\n",
        " ",
        "\t",
        "]]>",
        "]]",
        "]",
        "<![CDATA[",
        "<![CDATA[z]]>",
        "/",
        "/>",
        "</a>",
        "<a>",
        "<x>",
        "</xml>",
        "<xml>",
        "<!-- c -->",
        "<?pi x?>",
        "<?xml version=\"1.0\"?>",
        "<!DOCTYPE xml>",
        "x",
        "é",
        "\u{FFFF}",
        "\u{1}",
        "<e/>",
        " k=\"1\"",
        "-",
        "1",
    ];
    let mut docs: Vec<String> = Vec::new();
    for base in bases {
        docs.push(base.to_owned());
        let cuts: Vec<usize> = (0..=base.len())
            .filter(|&i| base.is_char_boundary(i))
            .collect();
        for &at in &cuts {
            for snippet in snippets {
                docs.push(format!("{}{snippet}{}", &base[..at], &base[at..]));
            }
        }
        for pair in cuts.windows(2) {
            docs.push(format!("{}{}", &base[..pair[0]], &base[pair[1]..]));
        }
    }
    let mut fast = 0;
    for doc in &docs {
        if let Some(pairs) = parse_plain(doc, "xml") {
            fast += 1;
            assert_eq!(Ok(pairs), parse_general(doc, "xml", |_| false), "{doc:?}");
        }
        // Whatever the path, `parse_document` never accepts what the general reader refuses.
        if parse_general(doc, "xml", |_| false).is_err() {
            assert!(parse_document(doc.as_bytes(), "xml").is_err(), "{doc:?}");
        }
    }
    assert!(
        fast > 100,
        "the fast path took only {fast} of {} documents",
        docs.len()
    );
}

#[test]
fn values_are_checked_byte_by_byte_as_by_character() {
    for c in [
        '\0', '\u{8}', '\u{B}', '\u{C}', '\u{E}', '\u{1F}', '\u{FFFE}', '\u{FFFF}',
    ] {
        assert!(check_value(&format!("ok{c}ok")).is_err(), "{c:?}");
    }
    for c in [
        '\t',
        '\n',
        '\r',
        ' ',
        '\u{7F}',
        '\u{FFFD}',
        '\u{EFFF}',
        '\u{FEFF}',
        '\u{10000}',
        '中',
    ] {
        assert!(check_value(&format!("ok{c}ok")).is_ok(), "{c:?}");
    }
    // Exhaustively over the characters whose encoding starts with EF, and the ASCII ones.
    for c in ('\u{0}'..='\u{7F}').chain('\u{F000}'..='\u{FFFF}') {
        assert_eq!(check_value(&c.to_string()).is_ok(), is_xml_char(c), "{c:?}");
    }
}

#[test]
fn json_depth_is_bounded_and_strings_do_not_count() {
    let nested = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
    for max in [0, 1, 3, DEFAULT_MAX_DEPTH] {
        assert!(!json_depth_exceeds(nested(max).as_bytes(), max), "{max}");
        assert!(json_depth_exceeds(nested(max + 1).as_bytes(), max), "{max}");
    }
    let object = r#" {"a":{"b":[{"c":"[[[[{{{{\"]]]"}]}}"#;
    assert!(!json_depth_exceeds(object.as_bytes(), 4));
    assert!(json_depth_exceeds(object.as_bytes(), 3));
    // Text that does not start as JSON is not JSON, whatever it holds later.
    assert!(!json_depth_exceeds(b"a[[[[[[", 1));
    let pairs = vec![
        (Cow::Borrowed("a"), Cow::Borrowed("1")),
        (Cow::Borrowed("scene_info"), Cow::Owned(nested(3))),
    ];
    assert!(check_depth(&pairs, 3).is_ok());
    assert_eq!(
        check_depth(&pairs, 2).unwrap_err().to_string(),
        "field `scene_info` holds JSON nested more than 2 levels deep"
    );
}

#[test]
fn names_and_values_are_checked() {
    assert!(check_name("coupon_type_0_1").is_ok());
    assert!(check_name("").is_err());
    assert!(check_name("1a").is_err());
    assert!(check_name("a b").is_err());
    assert!(check_name("a<b").is_err());
    assert!(check_value("tab\tok").is_ok());
    assert!(check_value("nul\0").is_err());
}
