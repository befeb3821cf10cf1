//! The values of bill cells: amounts, fees, counts, times.

use std::fmt;
use std::str::FromStr;

/// A decimal with at most `decimals` decimals as an integer of its smallest unit: `fixed("12.3",
/// 2)` is `1230`. An optional `-`, at least one digit, an optional `.` with 1 to `decimals`
/// digits; `None` for anything else or an overflow.
pub(crate) fn fixed(text: &str, decimals: u32) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
        Some(_) => return None,
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let places = u32::try_from(fraction.len()).ok()?;
    if places > decimals {
        return None;
    }
    let mut value: i64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        value = value.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    value = value.checked_mul(10i64.checked_pow(decimals - places)?)?;
    Some(if negative { -value } else { value })
}

/// A count: digits only.
pub(crate) fn count(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A fee (`手续费`) as the bill writes it, to five decimals of a yuan: `0.07404` is 7404 units
/// of 0.00001 yuan (7.404 fen). Refund rows carry negative fees (the fee given back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Fee(i64);

impl Fee {
    /// A fee of `units` 0.00001 yuan.
    pub const fn from_units(units: i64) -> Self {
        Self(units)
    }

    /// The fee in units of 0.00001 yuan (a thousandth of a fen).
    pub const fn units(self) -> i64 {
        self.0
    }

    /// The fee in fen, rounded half away from zero (`0.07500` is 8 fen, `-0.07500` is -8):
    /// the rule of the summary's `手续费总金额`, applied to the sum of the rows' fees.
    pub const fn rounded_fen(self) -> i64 {
        let magnitude = (self.0.unsigned_abs() + 500) / 1000;
        let magnitude = if magnitude > i64::MAX as u64 {
            i64::MAX
        } else {
            magnitude as i64
        };
        if self.0 < 0 { -magnitude } else { magnitude }
    }
}

impl fmt::Display for Fee {
    /// In yuan with five decimals, as the bill writes it (`-0.06000`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let units = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:05}", units / 100_000, units % 100_000)
    }
}

/// A time of a bill, `yyyy-MM-dd HH:mm:ss`, in China time (UTC+8) as the bill writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BillDateTime {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
}

/// A text that is not a `yyyy-MM-dd HH:mm:ss` time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a time `yyyy-MM-dd HH:mm:ss`")]
pub struct NotATime;

impl BillDateTime {
    /// A valid date and time (`None` for the 30th of February, 24:00:00...).
    pub fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8, second: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then_some(Self {
            year,
            month,
            day,
            hour,
            minute,
            second,
        })
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }
    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }
    /// The day of the month, from 1.
    pub fn day(&self) -> u8 {
        self.day
    }
    /// The hour, 0 to 23.
    pub fn hour(&self) -> u8 {
        self.hour
    }
    /// The minute.
    pub fn minute(&self) -> u8 {
        self.minute
    }
    /// The second.
    pub fn second(&self) -> u8 {
        self.second
    }

    /// Seconds since 1970-01-01 00:00:00 UTC, the time being China time (UTC+8).
    pub fn unix_timestamp(&self) -> i64 {
        // Days from the civil date (Howard Hinnant's algorithm).
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        let seconds =
            i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second);
        days * 86_400 + seconds - 8 * 3600
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl FromStr for BillDateTime {
    type Err = NotATime;

    fn from_str(text: &str) -> Result<Self, NotATime> {
        let b = text.as_bytes();
        let shape = b.len() == 19
            && b.iter().enumerate().all(|(at, c)| match at {
                4 | 7 => *c == b'-',
                10 => *c == b' ',
                13 | 16 => *c == b':',
                _ => c.is_ascii_digit(),
            });
        if !shape {
            return Err(NotATime);
        }
        let number = |range: std::ops::Range<usize>| {
            b[range]
                .iter()
                .fold(0u16, |n, c| n * 10 + u16::from(c - b'0'))
        };
        let small = |range| u8::try_from(number(range)).map_err(|_| NotATime);
        Self::new(
            number(0..4),
            small(5..7)?,
            small(8..10)?,
            small(11..13)?,
            small(14..16)?,
            small(17..19)?,
        )
        .ok_or(NotATime)
    }
}

impl fmt::Display for BillDateTime {
    /// `yyyy-MM-dd HH:mm:ss`, as the bill writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}
