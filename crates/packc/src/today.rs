//! Today's date, read from the system clock at the tool's edge (the domain never reads a clock).

use std::time::{SystemTime, UNIX_EPOCH};

use passage_core::pack::Date;

/// Today's date (UTC).
pub fn today() -> Option<Date> {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    date_from_days(i64::try_from(seconds / 86_400).ok()?)
}

/// The civil date `days` after 1970-01-01 (Howard Hinnant's algorithm).
pub fn date_from_days(days: i64) -> Option<Date> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_days_to_dates() {
        assert_eq!(date_from_days(0), Date::new(1970, 1, 1));
        assert_eq!(date_from_days(19_782), Date::new(2024, 2, 29));
        assert_eq!(date_from_days(20_781), Date::new(2026, 11, 24));
    }
}
