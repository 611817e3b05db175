//! Date expressions: recognised on tokens, resolved against the
//! publication date with chrono.
//!
//! The event's date, not the article's: "on Thursday" in an article of
//! Friday 2024-04-12 is 2024-04-11; "over the past day" is the day before;
//! "in January" is the latest January not after publication; "Oct. 7" is
//! the latest October 7 not after publication.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::fmt;

/// A resolved date, as precise as the text allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
}

impl DateValue {
    /// `xsd:date` or `xsd:gYearMonth` lexical form.
    pub fn lexical(&self) -> String {
        match self {
            DateValue::Day(d) => d.format("%Y-%m-%d").to_string(),
            DateValue::Month { year, month } => format!("{year:04}-{month:02}"),
        }
    }

    pub fn xsd_type(&self) -> &'static str {
        match self {
            DateValue::Day(_) => "date",
            DateValue::Month { .. } => "gYearMonth",
        }
    }

    /// The day, for a value that names one (not a month).
    pub fn day(&self) -> Option<NaiveDate> {
        match *self {
            DateValue::Day(d) => Some(d),
            DateValue::Month { .. } => None,
        }
    }

    /// The first day it covers, to compare with other dates.
    pub fn first_day(&self) -> NaiveDate {
        match self {
            DateValue::Day(d) => *d,
            DateValue::Month { year, month } => {
                NaiveDate::from_ymd_opt(*year, *month, 1).expect("valid month")
            }
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lexical())
    }
}

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// "on Thursday", "earlier Wednesday"; `last` for "last Thursday".
    Weekday { day: Weekday, last: bool },
    /// "Apr. 1", "1 April", "April 1, 2024".
    MonthDay {
        month: u32,
        day: u32,
        year: Option<i32>,
    },
    /// "in January", "January 2024".
    Month { month: u32, year: Option<i32> },
    /// "in August that year": the month in the year the story was last at.
    MonthOfStoryYear { month: u32 },
    /// "in November last year": the month of the year `years` before
    /// publication.
    MonthYearsAgo { month: u32, years: i32 },
    /// "2024-04-12".
    Absolute(NaiveDate),
    /// Days relative to publication: today 0, yesterday -1, "over the past
    /// day" -1.
    RelativeDays(i64),
    /// "this month", "earlier this month" (0), "last month" (-1).
    RelativeMonth(i32),
    /// "earlier this week" (0), "last week" (-1): the month, where the
    /// whole week up to publication lies in one.
    RelativeWeek(i32),
    /// "over the weekend", "last weekend": the last Saturday and Sunday up
    /// to publication, as a month where both fall in one.
    LastWeekend,
    /// "tomorrow", "next week", "later this month": after publication.
    Future,
    /// Days from the day the story is at, not from publication: "the
    /// previous day" -1, "the same day" 0, "two days later" 2.
    StoryDays(i64),
}

impl DateExpr {
    /// Resolves against the publication date. `None` where the expression is
    /// relative and there is no publication date, or says too little
    /// ("last week").
    pub fn resolve(&self, published: Option<NaiveDate>) -> Option<DateValue> {
        match *self {
            DateExpr::Absolute(d) => Some(DateValue::Day(d)),
            DateExpr::MonthDay {
                month,
                day,
                year: Some(y),
            } => NaiveDate::from_ymd_opt(y, month, day).map(DateValue::Day),
            DateExpr::Month {
                month,
                year: Some(y),
            } => Some(DateValue::Month { year: y, month }),
            // "Earlier in the day" with no day named before: the day of
            // the story, publication.
            DateExpr::StoryDays(0) => published.map(DateValue::Day),
            DateExpr::Future | DateExpr::StoryDays(_) => None,
            _ => {
                let p = published?;
                match *self {
                    DateExpr::Weekday { day, last } => {
                        let back = (7 + p.weekday().num_days_from_monday() as i64
                            - day.num_days_from_monday() as i64)
                            % 7;
                        let back = if last && back == 0 { 7 } else { back };
                        Some(DateValue::Day(p - Duration::days(back)))
                    }
                    DateExpr::MonthDay { month, day, .. } => {
                        let this_year = NaiveDate::from_ymd_opt(p.year(), month, day)?;
                        // A date more than a week ahead of publication is the
                        // previous year's ("Oct. 7" in an April article).
                        if this_year > p + Duration::days(7) {
                            NaiveDate::from_ymd_opt(p.year() - 1, month, day).map(DateValue::Day)
                        } else {
                            Some(DateValue::Day(this_year))
                        }
                    }
                    DateExpr::Month { month, .. } => {
                        let year = if month > p.month() {
                            p.year() - 1
                        } else {
                            p.year()
                        };
                        Some(DateValue::Month { year, month })
                    }
                    DateExpr::MonthYearsAgo { month, years } => Some(DateValue::Month {
                        year: p.year() - years,
                        month,
                    }),
                    DateExpr::RelativeDays(n) => Some(DateValue::Day(p + Duration::days(n))),
                    DateExpr::RelativeWeek(n) => {
                        let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64)
                            + Duration::weeks(n as i64);
                        let last = if n == 0 {
                            p
                        } else {
                            monday + Duration::days(6)
                        };
                        (monday.month() == last.month()).then_some(DateValue::Month {
                            year: monday.year(),
                            month: monday.month(),
                        })
                    }
                    DateExpr::LastWeekend => {
                        let back = (p.weekday().num_days_from_monday() as i64 + 2) % 7;
                        let saturday = p - Duration::days(back);
                        let sunday = saturday + Duration::days(1);
                        (saturday.month() == sunday.month()).then_some(DateValue::Month {
                            year: saturday.year(),
                            month: saturday.month(),
                        })
                    }
                    DateExpr::RelativeMonth(n) => {
                        let total = p.year() * 12 + p.month0() as i32 + n;
                        Some(DateValue::Month {
                            year: total.div_euclid(12),
                            month: total.rem_euclid(12) as u32 + 1,
                        })
                    }
                    _ => None,
                }
            }
        }
    }

    /// The year the expression names outright, if any.
    pub fn explicit_year(&self) -> Option<i32> {
        match *self {
            DateExpr::Absolute(d) => Some(d.year()),
            DateExpr::MonthDay { year, .. } | DateExpr::Month { year, .. } => year,
            _ => None,
        }
    }

    /// Does the expression point after publication (a plan, not a fact)?
    pub fn is_future(&self) -> bool {
        matches!(self, DateExpr::Future)
    }

    /// Resolves an expression counted from a day the text is at ("the
    /// previous day"); any other as `resolve` does.
    pub fn resolve_from(
        &self,
        published: Option<NaiveDate>,
        story_day: Option<NaiveDate>,
    ) -> Option<DateValue> {
        match *self {
            DateExpr::StoryDays(n) if story_day.is_some() => {
                story_day.map(|d| DateValue::Day(d + Duration::days(n)))
            }
            _ => self.resolve(published),
        }
    }
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" | "mon" | "mon." => Weekday::Mon,
        "tuesday" | "tue" | "tue." | "tues." => Weekday::Tue,
        "wednesday" | "wed." => Weekday::Wed,
        "thursday" | "thu." | "thur." | "thurs." => Weekday::Thu,
        "friday" | "fri." => Weekday::Fri,
        "saturday" | "sat." => Weekday::Sat,
        "sunday" | "sun." => Weekday::Sun,
        _ => return None,
    })
}

/// Month number from a name or its abbreviation ("Apr.", "Sept.").
pub fn month(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('.') {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    // "12-13" (a range): its first day.
    let first = digits.split(['-', '–']).next()?;
    let n: u32 = first.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(w: &str) -> Option<i32> {
    let n: i32 = w.parse().ok()?;
    (w.len() == 4 && (1900..=2100).contains(&n)).then_some(n)
}

/// Finds a date expression starting at `words[i]` (normalised, lower-case
/// words; `raw` keeps case to tell "May" the month from "may" the verb).
/// Returns the expression and the number of words it covers.
pub fn match_at(words: &[String], raw: &[&str], i: usize) -> Option<(DateExpr, usize)> {
    let w = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
    let capital = |k: usize| {
        raw.get(i + k)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    };
    // Multi-word relative expressions first, longest first.
    const PAST_DAY: &[&[&str]] = &[
        &["over", "the", "past", "day"],
        &["over", "the", "last", "day"],
        &["in", "the", "past", "day"],
        &["within", "the", "past", "day"],
        &["over", "the", "past", "24", "hours"],
        &["over", "the", "last", "24", "hours"],
        &["in", "the", "past", "24", "hours"],
        &["in", "the", "last", "24", "hours"],
        &["within", "the", "past", "24", "hours"],
        &["within", "the", "last", "24", "hours"],
    ];
    for phrase in PAST_DAY {
        if phrase.iter().enumerate().all(|(k, p)| w(k) == *p) {
            return Some((DateExpr::RelativeDays(-1), phrase.len()));
        }
    }
    // Counted from the day the story is at.
    const STORY_DAYS: &[(&[&str], i64)] = &[
        (&["the", "previous", "day"], -1),
        (&["the", "day", "before"], -1),
        (&["a", "day", "earlier"], -1),
        (&["one", "day", "earlier"], -1),
        (&["the", "previous", "evening"], -1),
        (&["the", "previous", "night"], -1),
        (&["the", "night", "before"], -1),
        (&["the", "same", "day"], 0),
        (&["later", "that", "day"], 0),
        (&["later", "in", "the", "day"], 0),
        (&["earlier", "in", "the", "day"], 0),
        (&["hours", "earlier"], 0),
        (&["hours", "later"], 0),
        (&["earlier", "that", "day"], 0),
        (&["that", "same", "day"], 0),
        (&["that", "day"], 0),
        (&["that", "evening"], 0),
        (&["that", "night"], 0),
        (&["the", "next", "day"], 1),
        (&["the", "following", "day"], 1),
        (&["a", "day", "later"], 1),
        (&["one", "day", "later"], 1),
        (&["the", "next", "morning"], 1),
        (&["the", "following", "morning"], 1),
        (&["two", "days", "later"], 2),
        (&["two", "days", "earlier"], -2),
    ];
    for (phrase, n) in STORY_DAYS {
        if phrase.iter().enumerate().all(|(k, p)| w(k) == *p) {
            // "the day before the summit" counts from the summit, which
            // this reading does not know.
            if phrase.ends_with(&["before"]) && !matches!(w(phrase.len()), "" | "." | ",") {
                return None;
            }
            return Some((DateExpr::StoryDays(*n), phrase.len()));
        }
    }
    match (w(0), w(1), w(2)) {
        ("earlier", "this", "month") | ("this", "month", _) => {
            let n = if w(0) == "this" { 2 } else { 3 };
            return Some((DateExpr::RelativeMonth(0), n));
        }
        ("last", "month", _) => return Some((DateExpr::RelativeMonth(-1), 2)),
        ("earlier", "this", "week") | ("early", "this", "week") => {
            return Some((DateExpr::RelativeWeek(0), 3))
        }
        ("this", "week", _) => return Some((DateExpr::RelativeWeek(0), 2)),
        ("earlier", "in", "the") if w(3) == "week" => return Some((DateExpr::RelativeWeek(0), 4)),
        ("last", "week", _) => return Some((DateExpr::RelativeWeek(-1), 2)),
        ("over", "the", "weekend") | ("at", "the", "weekend") => {
            return Some((DateExpr::LastWeekend, 3))
        }
        ("last", "weekend", _) => return Some((DateExpr::LastWeekend, 2)),
        ("late", "last", "week") | ("early", "last", "week") => {
            return Some((DateExpr::RelativeWeek(-1), 3))
        }
        ("later", "this", "month")
        | ("later", "this", "week")
        | ("next", "week", _)
        | ("next", "month", _)
        | ("next", "year", _)
        | ("in", "the", "coming") => {
            let n = if w(0) == "next" { 2 } else { 3 };
            return Some((DateExpr::Future, n));
        }
        ("tomorrow", _, _) => return Some((DateExpr::Future, 1)),
        ("today", _, _) | ("tonight", _, _) => return Some((DateExpr::RelativeDays(0), 1)),
        ("yesterday", _, _) => return Some((DateExpr::RelativeDays(-1), 1)),
        ("this", "morning", _) | ("this", "afternoon", _) | ("this", "evening", _) => {
            return Some((DateExpr::RelativeDays(0), 2))
        }
        ("last", "night", _) => return Some((DateExpr::RelativeDays(-1), 2)),
        ("earlier", "today", _) => return Some((DateExpr::RelativeDays(0), 2)),
        ("earlier", "in", "the") if w(3) == "day" => return Some((DateExpr::RelativeDays(0), 4)),
        _ => {}
    }
    // "next Monday" is a plan.
    if w(0) == "next" && weekday(w(1)).is_some() && capital(1) {
        return Some((DateExpr::Future, 2));
    }
    if w(0) == "last" && capital(1) {
        if let Some(day) = weekday(w(1)) {
            return Some((DateExpr::Weekday { day, last: true }, 2));
        }
    }
    // "mid-January", "early-March 2024".
    if let Some((edge, rest)) = w(0).split_once('-') {
        if matches!(edge, "mid" | "early" | "late") {
            if let Some(m) = month(rest) {
                let year = year_number(w(1));
                let used = if year.is_some() { 2 } else { 1 };
                return Some((DateExpr::Month { month: m, year }, used));
            }
        }
    }
    if capital(0) {
        if let Some(day) = weekday(w(0)) {
            // "Thursday 6 March", "Thursday, March 6": the date it names.
            let skip = usize::from(w(1) == ",");
            if let Some((date @ DateExpr::MonthDay { .. }, n)) = match_at(words, raw, i + 1 + skip)
            {
                return Some((date, 1 + skip + n));
            }
            return Some((DateExpr::Weekday { day, last: false }, 1));
        }
        if let Some(m) = month(w(0)) {
            // "May" alone is too often the verb; it needs a day or year.
            let after_punct = if w(1) == "," { 1 } else { 0 };
            if let Some(d) = day_number(w(1)) {
                // "April 1, 2024" / "April 1 2024"
                let (year, extra) = if w(2) == "," {
                    (year_number(w(3)), 2)
                } else {
                    (year_number(w(2)), 1)
                };
                let used = if year.is_some() { 2 + extra } else { 2 };
                return Some((
                    DateExpr::MonthDay {
                        month: m,
                        day: d,
                        year,
                    },
                    used,
                ));
            }
            if let Some(y) = year_number(w(1 + after_punct)) {
                return Some((
                    DateExpr::Month {
                        month: m,
                        year: Some(y),
                    },
                    2 + after_punct,
                ));
            }
            if w(1) == "that" && w(2) == "year" {
                return Some((DateExpr::MonthOfStoryYear { month: m }, 3));
            }
            if w(1) == "of" && w(2) == "that" && w(3) == "year" {
                return Some((DateExpr::MonthOfStoryYear { month: m }, 4));
            }
            if w(1) == "last" && w(2) == "year" {
                return Some((DateExpr::MonthYearsAgo { month: m, years: 1 }, 3));
            }
            // "May" alone is the month after a preposition ("in May").
            let before = i.checked_sub(1).map(|k| words[k].as_str()).unwrap_or("");
            let month_position = matches!(
                before,
                "in" | "since"
                    | "by"
                    | "until"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "from"
                    | "through"
            );
            if (m != 5 || month_position) && !w(0).ends_with('.') {
                return Some((
                    DateExpr::Month {
                        month: m,
                        year: None,
                    },
                    1,
                ));
            }
        }
    }
    // "1 April", "12-13 February 2024"
    if let Some(d) = day_number(w(0)) {
        if capital(1) {
            if let Some(m) = month(w(1)) {
                let year = year_number(w(2));
                let used = if year.is_some() { 3 } else { 2 };
                return Some((
                    DateExpr::MonthDay {
                        month: m,
                        day: d,
                        year,
                    },
                    used,
                ));
            }
        }
    }
    if w(0).len() == 10 {
        if let Ok(d) = NaiveDate::parse_from_str(w(0), "%Y-%m-%d") {
            return Some((DateExpr::Absolute(d), 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn find(text: &str, published: NaiveDate) -> Option<String> {
        let raw: Vec<&str> = crate::segment::tokenize(text, 0)
            .iter()
            .map(|t| t.span.text(text))
            .collect();
        let words: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
        (0..words.len())
            .find_map(|i| match_at(&words, &raw, i))
            .and_then(|(e, _)| e.resolve(Some(published)))
            .map(|v| v.lexical())
    }

    #[test]
    fn the_weekend_is_its_month_where_both_days_share_one() {
        let tuesday = d(2025, 7, 29);
        assert_eq!(
            find("spoke over the weekend", tuesday).as_deref(),
            Some("2025-07")
        );
        assert_eq!(
            find("met last weekend", d(2025, 8, 2)).as_deref(),
            Some("2025-08")
        );
        // Saturday May 31 and Sunday June 1.
        assert_eq!(find("over the weekend", d(2025, 6, 3)), None);
    }

    #[test]
    fn weekdays_resolve_to_the_latest_such_day() {
        let friday = d(2024, 4, 12);
        assert_eq!(find("on Thursday", friday).as_deref(), Some("2024-04-11"));
        assert_eq!(find("on Sunday", friday).as_deref(), Some("2024-04-07"));
        assert_eq!(find("on Friday", friday).as_deref(), Some("2024-04-12"));
        assert_eq!(find("last Friday", friday).as_deref(), Some("2024-04-05"));
    }

    #[test]
    fn month_days_roll_back_a_year_when_ahead() {
        let april = d(2024, 4, 12);
        assert_eq!(find("on Apr. 1", april).as_deref(), Some("2024-04-01"));
        assert_eq!(find("on Oct. 7", april).as_deref(), Some("2023-10-07"));
        assert_eq!(
            find("on 12-13 February", april).as_deref(),
            Some("2024-02-12")
        );
        assert_eq!(find("April 1, 2023", april).as_deref(), Some("2023-04-01"));
    }

    #[test]
    fn days_counted_from_the_story_and_month_parts() {
        let words = |text: &str| -> Vec<String> {
            text.split_whitespace().map(str::to_lowercase).collect()
        };
        let at = |text: &str| {
            let w = words(text);
            let raw: Vec<&str> = text.split_whitespace().collect();
            match_at(&w, &raw, 0).map(|(e, _)| e)
        };
        assert_eq!(at("the previous day"), Some(DateExpr::StoryDays(-1)));
        assert_eq!(at("the day before ."), Some(DateExpr::StoryDays(-1)));
        assert_eq!(at("the day before the summit"), None);
        assert_eq!(at("the following day"), Some(DateExpr::StoryDays(1)));
        let monday = d(2025, 2, 17);
        assert_eq!(
            DateExpr::StoryDays(1).resolve_from(Some(d(2025, 2, 20)), Some(monday)),
            Some(DateValue::Day(d(2025, 2, 18)))
        );
        assert_eq!(DateExpr::StoryDays(1).resolve(Some(monday)), None);
        let april = d(2024, 4, 12);
        assert_eq!(find("in mid-January", april).as_deref(), Some("2024-01"));
        assert_eq!(
            find("by late-March 2023", april).as_deref(),
            Some("2023-03")
        );
    }

    #[test]
    fn weeks_resolve_to_their_month_when_they_lie_in_one() {
        // Saturday 17 May 2025: the week began Monday 12 May.
        let saturday = d(2025, 5, 17);
        assert_eq!(
            find("earlier this week", saturday).as_deref(),
            Some("2025-05")
        );
        assert_eq!(find("last week", saturday).as_deref(), Some("2025-05"));
        assert_eq!(
            find("earlier in the week", saturday).as_deref(),
            Some("2025-05")
        );
        // Tuesday 3 June: last week ran from 26 May to 1 June.
        assert_eq!(find("last week", d(2025, 6, 3)), None);
        assert_eq!(find("this week", d(2025, 6, 3)).as_deref(), Some("2025-06"));
    }

    #[test]
    fn months_and_relative_days() {
        let april = d(2024, 4, 12);
        assert_eq!(find("in January", april).as_deref(), Some("2024-01"));
        assert_eq!(find("in December", april).as_deref(), Some("2023-12"));
        assert_eq!(find("last month", april).as_deref(), Some("2024-03"));
        assert_eq!(
            find("over the past day", april).as_deref(),
            Some("2024-04-11")
        );
        assert_eq!(
            find("within the past 24 hours", april).as_deref(),
            Some("2024-04-11")
        );
        assert_eq!(find("yesterday", april).as_deref(), Some("2024-04-11"));
        assert_eq!(
            find("in November last year", april).as_deref(),
            Some("2023-11")
        );
        assert_eq!(
            find("earlier in the day", april).as_deref(),
            Some("2024-04-12")
        );
    }

    #[test]
    fn plans_are_future_and_may_is_a_verb() {
        let raw = ["will", "meet", "next", "week"];
        let words: Vec<String> = raw.iter().map(|w| w.to_string()).collect();
        assert_eq!(match_at(&words, &raw, 2), Some((DateExpr::Future, 2)));
        let raw = ["talks", "May", "resume"];
        let words: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
        assert_eq!(match_at(&words, &raw, 1), None);
        let raw = ["met", "in", "May"];
        let words: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
        assert!(match_at(&words, &raw, 2).is_some());
    }

    #[test]
    fn relative_dates_need_a_publication_date() {
        assert_eq!(DateExpr::RelativeDays(-1).resolve(None), None);
        assert_eq!(
            DateExpr::Absolute(d(2024, 1, 2)).resolve(None),
            Some(DateValue::Day(d(2024, 1, 2)))
        );
    }
}
