//! A counting global allocator: every allocation made on the current thread is counted, so a
//! measurement is not disturbed by other threads (the mock gateway, the test harness).
//!
//! It counts only while a [`measure`] runs. The criterion timings run in the same binary, and
//! counting every allocation cost about 9 ns each, which the SDK's three allocations per request
//! build paid and the floor's one did not: 924 against 897 ns for the seed request
//! (`cargo bench -- build/sdk/parking_hmac`, 2026-12-06). Switched off, an allocation costs one
//! more load of a shared flag.
//!
//! A binary installs it with
//! `#[global_allocator] static ALLOC: CountingAlloc = CountingAlloc;`
//! and measures a closure with [`measure`].
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ops::Sub;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a piece of code allocated on its thread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AllocStats {
    /// Calls to `alloc` and `alloc_zeroed`: new blocks.
    pub allocs: u64,
    /// Calls to `realloc`: a block grown or shrunk (often a new block and a copy).
    pub reallocs: u64,
    /// Bytes requested by those calls (for `realloc`, the new size).
    pub bytes: u64,
}

impl AllocStats {
    /// Allocations in the sense of the targets: new blocks plus reallocations.
    pub fn total(&self) -> u64 {
        self.allocs + self.reallocs
    }
}

impl Sub for AllocStats {
    type Output = AllocStats;
    fn sub(self, earlier: AllocStats) -> AllocStats {
        AllocStats {
            allocs: self.allocs - earlier.allocs,
            reallocs: self.reallocs - earlier.reallocs,
            bytes: self.bytes - earlier.bytes,
        }
    }
}

thread_local! {
    // `const` initialisation and a `Copy` type: reading it never allocates and registers no
    // destructor, so the allocator may use it.
    static COUNTS: Cell<AllocStats> = const {
        Cell::new(AllocStats { allocs: 0, reallocs: 0, bytes: 0 })
    };
}

/// How many [`measure`] calls are running, on any thread; allocations are counted while it is
/// not zero.
static MEASURING: AtomicUsize = AtomicUsize::new(0);

fn record(allocs: u64, reallocs: u64, bytes: usize) {
    if MEASURING.load(Ordering::Relaxed) == 0 {
        return;
    }
    // `try_with`: during thread teardown the slot may be gone; those allocations are not ours.
    let _ = COUNTS.try_with(|c| {
        let mut s = c.get();
        s.allocs += allocs;
        s.reallocs += reallocs;
        s.bytes += bytes as u64;
        c.set(s);
    });
}

/// The system allocator, counting per thread.
#[derive(Debug, Default, Clone, Copy)]
pub struct CountingAlloc;

// SAFETY: every method forwards to `System` with the same arguments; the counting touches only a
// thread-local `Cell` and never allocates.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(1, 0, layout.size());
        // SAFETY: forwarded unchanged; the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(1, 0, layout.size());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record(0, 1, new_size);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// The counts of the current thread so far.
pub fn current() -> AllocStats {
    COUNTS.try_with(Cell::get).unwrap_or_default()
}

/// Runs `f` and returns its result with what it allocated on this thread. The result is dropped
/// by the caller, outside the measurement.
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, AllocStats) {
    /// Ends this measurement's share of [`MEASURING`], even if `f` panics.
    struct Measuring;
    impl Drop for Measuring {
        fn drop(&mut self) {
            MEASURING.fetch_sub(1, Ordering::SeqCst);
        }
    }
    MEASURING.fetch_add(1, Ordering::SeqCst);
    let _measuring = Measuring;
    let before = current();
    let value = f();
    let after = current();
    (value, after - before)
}

/// True when [`CountingAlloc`] is the global allocator of this binary.
pub fn is_installed() -> bool {
    let (boxed, stats) = measure(|| std::hint::black_box(Box::new(1u64)));
    drop(boxed);
    stats.allocs == 1
}
