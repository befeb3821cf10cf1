use super::*;

fn reader(n: usize) -> FieldReader<'static> {
    FieldReader::new(
        (0..n)
            .map(|i| (Cow::Owned(format!("f{i}")), Cow::Owned(format!("v{i}"))))
            .collect(),
    )
}

/// Taking most of many fields one by one switches to the index part way; every take, the
/// envelope discard and the rest read the same before and after the switch.
#[test]
fn takes_read_the_same_before_and_after_the_index() {
    for n in [10, 40, 300] {
        let mut fields = reader(n);
        for i in (0..n).step_by(2) {
            let name = format!("f{i}");
            assert_eq!(fields.required::<String>(&name).unwrap(), format!("v{i}"));
            assert_eq!(
                fields.optional::<String>(&name).unwrap(),
                None,
                "taken once"
            );
        }
        // A few fields are searched one by one; many get the index.
        assert!(n > 10 || !fields.index.is_hashed(), "{n}");
        assert!(n < 300 || fields.index.is_hashed(), "{n}");
        fields.discard(&["f1", "f3", "nothing"]);
        let rest = fields.into_rest();
        let expected: BTreeMap<String, String> = (5..n)
            .step_by(2)
            .map(|i| (format!("f{i}"), format!("v{i}")))
            .collect();
        assert_eq!(rest, expected, "{n}");
    }
}
