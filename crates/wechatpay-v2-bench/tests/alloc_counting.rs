//! The counting allocator counts only inside `measure`, so timings taken in the same binary pay
//! nothing for it. A binary of its own: no other test may be measuring at the same time.

use wechatpay_v2_bench::alloc::{self, CountingAlloc};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

#[test]
fn allocations_are_counted_inside_measure_only() {
    let before = alloc::current();
    let outside = std::hint::black_box(vec![1u8; 100]);
    assert_eq!(alloc::current(), before, "counted outside `measure`");

    let (inside, stats) = alloc::measure(|| std::hint::black_box(vec![1u8; 100]));
    assert_eq!((stats.allocs, stats.reallocs, stats.bytes), (1, 0, 100));
    drop((outside, inside));

    // A panic inside `measure` ends the measurement too.
    let caught = std::panic::catch_unwind(|| alloc::measure(|| panic!("inside")));
    assert!(caught.is_err());
    let before = alloc::current();
    drop(std::hint::black_box(vec![1u8; 100]));
    assert_eq!(alloc::current(), before, "still counting after a panic");
}
