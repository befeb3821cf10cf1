//! The mock's clock: China Standard Time (UTC+8), the zone of the gateway's `time_end`, refund
//! times and bill dates, whatever the zone of the machine.

use time::{OffsetDateTime, UtcOffset};

/// China Standard Time: UTC+8, without daylight saving.
const CHINA: UtcOffset = match UtcOffset::from_hms(8, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC,
};

/// A moment in China Standard Time, written the ways the gateway writes times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChinaTime(OffsetDateTime);

impl ChinaTime {
    /// Now.
    pub(crate) fn now() -> Self {
        Self::from_utc(OffsetDateTime::now_utc())
    }

    /// The moment `at`, seen from China.
    pub(crate) fn from_utc(at: OffsetDateTime) -> Self {
        Self(at.to_offset(CHINA))
    }

    /// The same time of day, `days` days later.
    pub(crate) fn plus_days(self, days: u32) -> Self {
        Self(self.0 + time::Duration::days(i64::from(days)))
    }

    /// `yyyyMMddHHmmss`, as `time_end`.
    pub(crate) fn compact(&self) -> String {
        let t = self.0;
        format!(
            "{}{:02}{:02}{:02}{:02}{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    /// `yyyy-MM-dd HH:mm:ss`, as a refund's success time and a bill row's time.
    pub(crate) fn dashed(&self) -> String {
        let t = self.0;
        format!(
            "{}-{:02}-{:02} {:02}:{:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    /// `yyyyMMdd`, as a bill date.
    pub(crate) fn date(&self) -> String {
        self.compact()[..8].to_owned()
    }
}

/// The `yyyyMMdd` date of a time written `yyyyMMddHHmmss` or `yyyy-MM-dd HH:mm:ss`.
pub(crate) fn date_of(time: &str) -> String {
    time.chars().filter(char::is_ascii_digit).take(8).collect()
}

/// A `yyyyMMddHHmmss` time written `yyyy-MM-dd HH:mm:ss` (anything else is returned as is).
pub(crate) fn dashed_of(compact: &str) -> String {
    if compact.len() != 14 || !compact.bytes().all(|b| b.is_ascii_digit()) {
        return compact.to_owned();
    }
    let c = compact;
    format!(
        "{}-{}-{} {}:{}:{}",
        &c[..4],
        &c[4..6],
        &c[6..8],
        &c[8..10],
        &c[10..12],
        &c[12..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_china_time() {
        // 2026-12-07 16:30:05 UTC is 2026-12-08 00:30:05 in China: the next day's bill.
        let at = OffsetDateTime::from_unix_timestamp(1_796_661_005).unwrap();
        let china = ChinaTime::from_utc(at);
        assert_eq!(china.compact(), "20261208003005");
        assert_eq!(china.dashed(), "2026-12-08 00:30:05");
        assert_eq!(china.date(), "20261208");
        assert_eq!(date_of(&china.dashed()), "20261208");
        assert_eq!(dashed_of(&china.compact()), china.dashed());
        assert_eq!(dashed_of("soon"), "soon");
    }
}
