//! Finding a field by name among the fields read so far, in constant time past a few dozen.
//!
//! Every reader here looks names up as it goes: to refuse a duplicate field, to append to a
//! nested field seen before, to take a declared field while decoding. Comparing with each field
//! read so far makes a document of n fields cost n² comparisons: a 3.8 MB answer of 200,000
//! fields, under the size limit, took about two minutes. [`NameIndex`] compares one by one while
//! there are few fields (the documents WeChat Pay sends have a few dozen at most, where that is
//! fastest and allocates nothing), and past [`LINEAR_UP_TO`] switches to a hash map from name to
//! position, so any document costs time linear in its size. The map is std's, whose SipHash is
//! keyed at random per map: names chosen to collide cost no more than others.

use std::borrow::Cow;
use std::collections::HashMap;

/// Up to this many fields, a name is found by comparing it with each one.
pub(crate) const LINEAR_UP_TO: usize = 32;

/// Where each name stands in a list of `(name, value)` pairs that only grows at its end.
#[derive(Debug, Default)]
pub(crate) struct NameIndex<'a> {
    /// From name to position; built when the list grows past [`LINEAR_UP_TO`].
    map: Option<HashMap<Cow<'a, str>, usize>>,
}

impl<'a> NameIndex<'a> {
    /// The position of the first pair named `name`.
    pub(crate) fn find<V>(&self, pairs: &[(Cow<'a, str>, V)], name: &str) -> Option<usize> {
        match &self.map {
            Some(map) => map.get(name).copied(),
            None => pairs.iter().position(|(k, _)| k == name),
        }
    }

    /// Records the last pair of `pairs`, just pushed, whose name was not there before.
    pub(crate) fn pushed<V>(&mut self, pairs: &[(Cow<'a, str>, V)]) {
        match &mut self.map {
            Some(map) => {
                if let Some((name, _)) = pairs.last() {
                    map.insert(name.clone(), pairs.len() - 1);
                }
            }
            None if pairs.len() > LINEAR_UP_TO => self.map = Some(Self::map_of(pairs)),
            None => {}
        }
    }

    /// An index of `pairs` as they are (the first of equal names wins).
    pub(crate) fn of<V>(pairs: &[(Cow<'a, str>, V)]) -> Self {
        Self {
            map: (pairs.len() > LINEAR_UP_TO).then(|| Self::map_of(pairs)),
        }
    }

    /// Whether look-ups go through the map (the list is past [`LINEAR_UP_TO`]).
    pub(crate) fn is_hashed(&self) -> bool {
        self.map.is_some()
    }

    /// Forgets `name`; returns where it stood.
    pub(crate) fn remove(&mut self, name: &str) -> Option<usize> {
        self.map.as_mut()?.remove(name)
    }

    fn map_of<V>(pairs: &[(Cow<'a, str>, V)]) -> HashMap<Cow<'a, str>, usize> {
        let mut map = HashMap::with_capacity(pairs.len() * 2);
        for (i, (name, _)) in pairs.iter().enumerate() {
            map.entry(name.clone()).or_insert(i);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(n: usize) -> Vec<(Cow<'static, str>, ())> {
        (0..n).map(|i| (Cow::Owned(format!("f{i}")), ())).collect()
    }

    /// Growing one pair at a time, across the switch to the map, every name is found where it
    /// stands and an absent one is not found.
    #[test]
    fn finds_every_name_before_and_after_the_switch() {
        let mut grown = Vec::new();
        let mut index = NameIndex::default();
        for (i, pair) in pairs(3 * LINEAR_UP_TO).into_iter().enumerate() {
            assert_eq!(
                index.find(&grown, &pair.0),
                None,
                "f{i} before it is pushed"
            );
            grown.push(pair);
            index.pushed(&grown);
            assert_eq!(index.is_hashed(), grown.len() > LINEAR_UP_TO);
            for (j, (name, _)) in grown.iter().enumerate() {
                assert_eq!(index.find(&grown, name), Some(j));
            }
        }
        assert_eq!(index.find(&grown, "f"), None);
    }

    #[test]
    fn an_index_of_a_list_finds_the_first_of_equal_names_and_forgets_removed_ones() {
        for n in [0, 5, LINEAR_UP_TO, LINEAR_UP_TO + 1, 200] {
            let mut list = pairs(n);
            list.push((Cow::Borrowed("f0"), ()));
            let mut index = NameIndex::of(&list);
            assert_eq!(index.is_hashed(), list.len() > LINEAR_UP_TO, "{n}");
            assert_eq!(index.find(&list, "f0"), Some(0), "{n}");
            if index.is_hashed() {
                assert_eq!(index.remove("f1"), Some(1));
                assert_eq!(index.find(&list, "f1"), None);
                assert_eq!(index.remove("f1"), None);
            } else {
                assert_eq!(
                    index.remove("f1"),
                    None,
                    "nothing to forget without the map"
                );
            }
        }
    }
}
