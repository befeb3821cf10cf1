//! The JSON texts that passed their shape's check lately, so that the same text is not parsed
//! again on every call: a merchant sends the same `scene_info` (its store) with every order
//! that carries one, and an untyped call used to pay a full JSON parse for it each time.
//!
//! Only passes are kept, so an entry can never hide a violation: the check is a pure function
//! of the shape and the text, and both are compared whole. The memo is small and bounded
//! ([`SLOTS`] texts of at most [`MAX_TEXT`] bytes), shared by the process, and never waited
//! for: when another thread holds it, the text is simply checked again.

use std::sync::Mutex;

use crate::field::JsonShape;

/// How many texts are remembered; the oldest is forgotten first.
const SLOTS: usize = 8;

/// Longer texts are always checked (the copy would cost more than the memo saves).
const MAX_TEXT: usize = 1024;

struct Memo {
    /// `(shape, text)` pairs, the newest at `next - 1` (wrapping).
    slots: [Option<(usize, Box<str>)>; SLOTS],
    next: usize,
}

static MEMO: Mutex<Memo> = Mutex::new(Memo::new());

/// A shape's identity: its address (shapes are `static` items of the declarations).
fn key(shape: &'static JsonShape) -> usize {
    std::ptr::from_ref(shape) as usize
}

/// Whether `text` passed the check of `shape` lately.
pub(super) fn contains(shape: &'static JsonShape, text: &str) -> bool {
    MEMO.try_lock()
        .is_ok_and(|memo| memo.contains(key(shape), text))
}

/// Remembers that `text` passed the check of `shape`.
pub(super) fn insert(shape: &'static JsonShape, text: &str) {
    if let Ok(mut memo) = MEMO.try_lock() {
        memo.insert(key(shape), text);
    }
}

impl Memo {
    const fn new() -> Self {
        Self {
            slots: [const { None }; SLOTS],
            next: 0,
        }
    }

    fn contains(&self, shape: usize, text: &str) -> bool {
        text.len() <= MAX_TEXT
            && self
                .slots
                .iter()
                .flatten()
                .any(|(s, t)| *s == shape && **t == *text)
    }

    fn insert(&mut self, shape: usize, text: &str) {
        if text.len() > MAX_TEXT {
            return;
        }
        self.slots[self.next] = Some((shape, text.into()));
        self.next = (self.next + 1) % SLOTS;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_remembered_for_its_own_shape_only() {
        let mut memo = Memo::new();
        assert!(!memo.contains(1, "{}"));
        memo.insert(1, "{}");
        assert!(memo.contains(1, "{}"));
        assert!(!memo.contains(2, "{}"), "another shape");
        assert!(!memo.contains(1, "{ }"), "another text");
    }

    #[test]
    fn the_oldest_text_is_forgotten_first() {
        let mut memo = Memo::new();
        let texts: Vec<String> = (0..=SLOTS).map(|i| i.to_string()).collect();
        for text in &texts {
            memo.insert(1, text);
        }
        assert!(!memo.contains(1, &texts[0]));
        assert!(texts[1..].iter().all(|t| memo.contains(1, t)));
    }

    #[test]
    fn long_texts_are_not_remembered() {
        let mut memo = Memo::new();
        let text = "x".repeat(MAX_TEXT + 1);
        memo.insert(1, &text);
        assert!(!memo.contains(1, &text));
        assert!(memo.slots.iter().all(Option::is_none));
    }
}
