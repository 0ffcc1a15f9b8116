//! Day numbers (days since 1970-01-01, as `Timestamp::local_day` counts them) to and from calendar
//! dates, for receipts' "last activity" and the CSV export.

use crate::pack::Date;
use crate::schedule::{DAY_SECONDS, Timestamp};

/// The calendar date of day number `day`, for years 0 to 65535.
pub fn date_of_day(day: i64) -> Option<Date> {
    let z = day.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::new(
        u16::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
}

/// The day number of `date`.
pub fn day_of_date(date: Date) -> i64 {
    let month = i64::from(date.month);
    let y = i64::from(date.year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * shifted_month + 2) / 5 + i64::from(date.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The UTC day number of `time`.
pub(crate) fn utc_day(time: Timestamp) -> i64 {
    time.0.div_euclid(DAY_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        let cases = [
            (0, (1970, 1, 1)),
            (-1, (1969, 12, 31)),
            (19_723, (2024, 1, 1)),
            (19_782, (2024, 2, 29)),
            (20_513, (2026, 3, 1)),
            (11_016, (2000, 2, 29)),
        ];
        for (day, (y, m, d)) in cases {
            let date = Date::new(y, m, d);
            assert_eq!(date_of_day(day), date, "day {day}");
            assert_eq!(date.map(day_of_date), Some(day));
        }
        assert_eq!(date_of_day(-800_000), None);
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        for day in -200_000..=200_000 {
            let date = date_of_day(day).unwrap_or_else(|| panic!("day {day}"));
            assert_eq!(day_of_date(date), day);
        }
    }
}
