//! Names among many fields: finding one in constant time, and sorting them fast.
//!
//! Every reader here looks names up as it goes: to refuse a duplicate field, to append to a
//! nested field seen before, to take a declared field while decoding. Comparing with each field
//! read so far makes a document of n fields cost n² comparisons: a 3.8 MB answer of 200,000
//! fields, under the size limit, took about two minutes. [`NameIndex`] compares one by one while
//! there are few fields (the documents WeChat Pay sends have a few dozen at most, where that is
//! fastest and allocates nothing), and past [`LINEAR_UP_TO`] switches to a hash table of
//! positions, so any document costs time linear in its size. The hash is std's SipHash, keyed
//! at random per table: names chosen to collide cost no more than others.
//!
//! The sign needs the names in byte order; [`sort_by_name`] sorts many of them by their first
//! eight bytes as numbers, and compares whole names only where those are equal.

use std::borrow::Cow;
use std::hash::{BuildHasher, RandomState};

use hashbrown::HashTable;

/// Up to this many fields, a name is found by comparing it with each one.
pub(crate) const LINEAR_UP_TO: usize = 32;

/// Where each name stands in a list of `(name, value)` pairs that only grows at its end.
///
/// Performance: the table holds positions in the list (four bytes each), not names, so that the
/// table of a 200,000-field document stays small enough for the caches; a name is compared with
/// the list's only when its hash matches. The hash is std's SipHash, keyed at random per index.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    /// Positions in the list; built when the list grows past [`LINEAR_UP_TO`].
    table: Option<(HashTable<u32>, RandomState)>,
    /// How many names the table is made for when it is built.
    expected: usize,
}

impl NameIndex {
    /// An index for a list expected to reach about `names` names: the table, if one is built,
    /// is made that large at once. Each growth of the table hashes every name again (a seventh
    /// of reading 200,000 fields went there).
    pub(crate) fn expecting(names: usize) -> Self {
        Self {
            table: None,
            expected: names,
        }
    }

    /// The position of the first pair named `name`.
    #[cfg(test)]
    fn find<V>(&self, pairs: &[(Cow<'_, str>, V)], name: &str) -> Option<usize> {
        match &self.table {
            Some((table, state)) => table
                .find(name_hash(state, name), |&i| pairs[i as usize].0 == name)
                .map(|&i| i as usize),
            None => pairs.iter().position(|(k, _)| k == name),
        }
    }

    /// Where a pair named `name` stands, if one does; otherwise records that the next pair pushed
    /// onto `pairs` is named `name` (push it next).
    ///
    /// Performance: the search of a short list is inlined into the readers, as the comparisons
    /// were before there was an index; the call this saves was about 50 instructions per field
    /// of an ordinary answer (callgrind).
    #[inline]
    pub(crate) fn find_or_claim<V>(
        &mut self,
        pairs: &[(Cow<'_, str>, V)],
        name: &str,
    ) -> Option<usize> {
        if pairs.len() < LINEAR_UP_TO {
            return pairs.iter().position(|(k, _)| k == name);
        }
        self.find_or_claim_among_many(pairs, name)
    }

    /// Whether a pair is named `name`; if none is, records that the next pair pushed onto
    /// `pairs` is (push it next). [`find_or_claim`](Self::find_or_claim) for a duplicate check.
    #[inline]
    pub(crate) fn contains_or_claim<V>(&mut self, pairs: &[(Cow<'_, str>, V)], name: &str) -> bool {
        if pairs.len() < LINEAR_UP_TO {
            return pairs.iter().any(|(k, _)| k == name);
        }
        self.find_or_claim_among_many(pairs, name).is_some()
    }

    /// [`find_or_claim`](Self::find_or_claim) past [`LINEAR_UP_TO`] pairs.
    #[inline(never)]
    fn find_or_claim_among_many<V>(
        &mut self,
        pairs: &[(Cow<'_, str>, V)],
        name: &str,
    ) -> Option<usize> {
        let Some((table, state)) = &mut self.table else {
            // The first look-up past `LINEAR_UP_TO` pairs: the last by comparison.
            let found = pairs.iter().position(|(k, _)| k == name);
            if found.is_none() {
                let mut index = Self::of_all(pairs, self.expected);
                index.claim(pairs, name);
                *self = index;
            }
            return found;
        };
        let hash = name_hash(state, name);
        if let Some(&at) = table.find(hash, |&i| pairs[i as usize].0 == name) {
            return Some(at as usize);
        }
        Self::insert(table, state, pairs, hash, pairs.len());
        None
    }

    /// An index of `pairs` as they are (the first of equal names wins).
    pub(crate) fn of<V>(pairs: &[(Cow<'_, str>, V)]) -> Self {
        if pairs.len() > LINEAR_UP_TO {
            Self::of_all(pairs, pairs.len())
        } else {
            Self::default()
        }
    }

    /// Whether look-ups go through the table (the list is past [`LINEAR_UP_TO`]).
    pub(crate) fn is_hashed(&self) -> bool {
        self.table.is_some()
    }

    /// Forgets the pair named `name`; returns where it stood. Only with the table.
    pub(crate) fn remove<V>(&mut self, pairs: &[(Cow<'_, str>, V)], name: &str) -> Option<usize> {
        let (table, state) = self.table.as_mut()?;
        let entry = table
            .find_entry(name_hash(state, name), |&i| pairs[i as usize].0 == name)
            .ok()?;
        let (at, _) = entry.remove();
        Some(at as usize)
    }

    fn of_all<V>(pairs: &[(Cow<'_, str>, V)], expected: usize) -> Self {
        let state = RandomState::new();
        let mut table = HashTable::with_capacity(expected.max(pairs.len() * 2));
        for (i, (name, _)) in pairs.iter().enumerate() {
            let hash = name_hash(&state, name);
            if table
                .find(hash, |&j: &u32| pairs[j as usize].0 == *name)
                .is_none()
            {
                Self::insert(&mut table, &state, pairs, hash, i);
            }
        }
        Self {
            table: Some((table, state)),
            expected,
        }
    }

    /// Claims position `pairs.len()`, the pair about to be pushed, for `name` (with the table).
    fn claim<V>(&mut self, pairs: &[(Cow<'_, str>, V)], name: &str) {
        if let Some((table, state)) = &mut self.table {
            let hash = name_hash(state, name);
            Self::insert(table, state, pairs, hash, pairs.len());
        }
    }

    /// Adds position `at` under `hash`; `at` is in `pairs` or the pair about to be pushed.
    fn insert<V>(
        table: &mut HashTable<u32>,
        state: &RandomState,
        pairs: &[(Cow<'_, str>, V)],
        hash: u64,
        at: usize,
    ) {
        let rehash = |&i: &u32| {
            pairs
                .get(i as usize)
                .map_or(hash, |(name, _)| name_hash(state, name))
        };
        table.insert_unique(hash, at as u32, rehash);
    }
}

/// The hash of a name (std's SipHash, keyed per index).
fn name_hash(state: &RandomState, name: &str) -> u64 {
    state.hash_one(name)
}

/// Sorts `items` by the names `name` gives, in byte order, as the canonical string wants.
///
/// Performance: for many fields (a hostile document of 200,000), comparing whole names is most of
/// the sort, and the names mostly differ within their first eight bytes. Each name's first eight
/// bytes (zero-padded; no name holds a zero byte) are taken once as a big-endian `u64`, whose
/// order is the names' byte order; the items are sorted by that number and only names that share
/// all eight bytes are then compared whole. Sorting 200,000 names this way took a third of the
/// time of comparing them whole.
pub(crate) fn sort_by_name<T: Default>(items: &mut Vec<T>, name: impl Fn(&T) -> &str) {
    let mut keyed: Vec<(u64, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (prefix(name(item)), i))
        .collect();
    keyed.sort_unstable_by_key(|&(key, _)| key);
    // Runs of one prefix: names of eight bytes or more that may still differ after them.
    let mut start = 0;
    while start < keyed.len() {
        let key = keyed[start].0;
        let end = start
            + keyed[start..]
                .iter()
                .position(|&(k, _)| k != key)
                .unwrap_or(keyed.len() - start);
        if end - start > 1 {
            keyed[start..end].sort_unstable_by(|a, b| name(&items[a.1]).cmp(name(&items[b.1])));
        }
        start = end;
    }
    let mut sorted = Vec::with_capacity(items.len());
    sorted.extend(
        keyed
            .into_iter()
            .map(|(_, i)| std::mem::take(&mut items[i])),
    );
    *items = sorted;
}

/// The first eight bytes of `name`, zero-padded, as a big-endian number.
fn prefix(name: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = name.len().min(8);
    bytes[..n].copy_from_slice(&name.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(n: usize) -> Vec<(Cow<'static, str>, ())> {
        (0..n).map(|i| (Cow::Owned(format!("f{i}")), ())).collect()
    }

    /// Growing one pair at a time, across the switch to the table, every name is found where it
    /// stands, an absent one is not found, and a name given again is found where it first stood.
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
            assert_eq!(index.find_or_claim(&grown, &pair.0), None, "f{i} claimed");
            grown.push(pair);
            assert_eq!(index.is_hashed(), grown.len() > LINEAR_UP_TO);
            for (j, (name, _)) in grown.iter().enumerate() {
                assert_eq!(index.find(&grown, name), Some(j));
            }
            assert_eq!(index.find_or_claim(&grown, "f0"), Some(0));
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
                assert_eq!(index.remove(&list, "f1"), Some(1));
                assert_eq!(index.find(&list, "f1"), None);
                assert_eq!(index.remove(&list, "f1"), None);
            } else {
                assert_eq!(
                    index.remove(&list, "f1"),
                    None,
                    "nothing to forget without the table"
                );
            }
        }
    }

    /// The order is the byte order of the names, whatever their lengths and shared prefixes.
    #[test]
    fn sorts_as_byte_order() {
        let mut names: Vec<String> = Vec::new();
        for stem in [
            "",
            "a",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh_x",
            "z",
            "é",
        ] {
            for tail in ["", "0", "1", "10", "_", "Z"] {
                names.push(format!("{stem}{tail}"));
            }
        }
        names.retain(|n| !n.is_empty());
        names.reverse();
        let mut expected = names.clone();
        expected.sort();
        let mut pairs: Vec<(&str, usize)> = names.iter().map(|n| (n.as_str(), n.len())).collect();
        sort_by_name(&mut pairs, |p| p.0);
        let sorted: Vec<&str> = pairs.iter().map(|p| p.0).collect();
        assert_eq!(sorted, expected);
    }
}
