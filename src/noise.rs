//! Noise: the parts of a scraped article that are not news, found so the
//! rules can skip them or read them for what they are.
//!
//! An embedded social-media post ("... — David Cameron (@David_Cameron)
//! April 11, 2024") repeats a quotation that the article also gives in
//! its own words: it must not count twice, but its date tells when the
//! words were posted, so "today" inside that quotation is the post's day,
//! not the article's. Page furniture ("WATCH TV LIVE", "Tags: ...") is
//! skipped.

use crate::dates::DateValue;
use crate::recognise::Recognised;
use chrono::NaiveDate;
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedPost {
    pub paragraph: usize,
    pub date: NaiveDate,
    words: BTreeSet<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Noise {
    /// Paragraphs that carry no facts of their own.
    pub skipped: BTreeSet<usize>,
    pub posts: Vec<EmbeddedPost>,
}

fn post_signature() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s*$",
        )
        .expect("valid regex")
    })
}

fn furniture() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:Tags?:|Related:|Read more:|RELATED:|Advertisement\b|Share this\b|Follow us\b",
            r"|\(?Reporting by\b|Editing by\b|Writing by\b|Additional reporting\b|Compiled by\b",
            r"|\(?Photo(?:graph)?(?: by)?:?\s|Image:|Source:|Sign up\b|Subscribe\b|Click here\b)",
            r"|^[A-Z0-9 ,.:!|&'-]{3,40}$"
        ))
        .expect("valid regex")
    })
}

fn correction() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?i:corrections?\b|clarifications?\b|editor'?s note\b)|(?i:an earlier version of this (?:article|story|report))")
            .expect("valid regex")
    })
}

fn link_list() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?i:read more|related|see also|also read|read also|more on this|further reading)\s*:")
            .expect("valid regex")
    })
}

/// Lower-case words of a text, for comparing quotations.
pub fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Do two texts say the same words (most of the shorter one's words are in
/// the other)?
pub fn same_words(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !small.is_empty() && small.intersection(large).count() * 10 >= small.len() * 8
}

pub fn find(text: &str, recognised: &Recognised) -> Noise {
    let mut noise = Noise::default();
    let mut paragraphs: Vec<(usize, usize, usize)> = Vec::new();
    for s in &recognised.sentences {
        match paragraphs.last_mut() {
            Some(last) if last.0 == s.paragraph => last.2 = s.span.end,
            _ => paragraphs.push((s.paragraph, s.span.start, s.span.end)),
        }
    }
    // Inside a list of links ("Read more:" then headlines, one per line).
    let mut in_links = false;
    for (paragraph, start, end) in paragraphs {
        let body = text[start..end].trim();
        // "Read more: Inside the talks | What guarantees could mean": links
        // to other stories, however long, and the headlines listed under it.
        if link_list().is_match(body) {
            noise.skipped.insert(paragraph);
            in_links = true;
            continue;
        }
        let headline = !body.ends_with(['.', '"', '”', '?', '!', ')'])
            && body.split_whitespace().count() <= 16;
        if in_links && headline {
            noise.skipped.insert(paragraph);
            continue;
        }
        in_links = false;
        if let Some(caps) = post_signature().captures(body) {
            if let Ok(date) = NaiveDate::parse_from_str(&caps[1], "%B %d, %Y") {
                noise.skipped.insert(paragraph);
                noise.posts.push(EmbeddedPost {
                    paragraph,
                    date,
                    words: words(&body[..caps.get(0).map(|m| m.start()).unwrap_or(0)]),
                });
                continue;
            }
        }
        // "Correction, March 20: An earlier version of this article said Vucic
        // and Kurti met Borrell on Friday": what the story no longer says.
        if correction().is_match(body) {
            noise.skipped.insert(paragraph);
            continue;
        }
        // "By Selin Aydemir and Oleksandr Hrytsenko", "By Layla Haddad |
        // Gulf Desk": a byline.
        let byline = body.starts_with("By ")
            && body.split_whitespace().count() <= 14
            && !body.ends_with('.')
            && body.split_whitespace().skip(1).all(|w| {
                w.starts_with(char::is_uppercase) || matches!(w, "and" | "|" | "in" | "&")
            });
        if byline {
            noise.skipped.insert(paragraph);
            continue;
        }
        let short = body.split_whitespace().count() <= 6;
        let credits = body.starts_with("Reporting by")
            || body.starts_with("(Reporting by")
            || body.starts_with("Editing by")
            || body.starts_with("Photo");
        if furniture().is_match(body) && (short || credits) {
            noise.skipped.insert(paragraph);
        }
    }
    noise
}

impl Noise {
    /// The date of an embedded post that repeats this quotation.
    pub fn posted_on(&self, quote: &str) -> Option<DateValue> {
        let w = words(quote);
        self.posts
            .iter()
            .find(|p| same_words(&w, &p.words))
            .map(|p| DateValue::Day(p.date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::recognise::recognise;
    use crate::segment::segment;

    #[test]
    fn embedded_post_is_skipped_and_dated() {
        let text = "Intro line here.\n\n\"We will never give up on peace,\" she posted.\n\nWe will never give up on peace. — Jane Roe (@janeroe) March 3, 2024\n\nWATCH TV LIVE\n\n(Reporting by Jane Roe in Kyiv; Editing by John Doe)\n";
        let lex = Lexicon::builtin();
        let rec = recognise(text, &segment(text), &lex);
        let noise = find(text, &rec);
        assert_eq!(noise.posts.len(), 1);
        assert!(noise.skipped.contains(&2));
        assert!(noise.skipped.contains(&3));
        assert!(noise.skipped.contains(&4));
        assert!(!noise.skipped.contains(&1));
        let text = "Lead story text here.\n\nRead more:\nLula hosts G20 leaders in Rio\nBrazil will not join the Belt and Road\nXi met Lula on Wednesday.\n\nRead more: Inside the talks | What guarantees could mean for Kyiv and its allies in the years to come\n";
        let rec = recognise(text, &segment(text), &lex);
        let links = find(text, &rec);
        let skipped: Vec<usize> = links.skipped.iter().copied().collect();
        assert_eq!(skipped, vec![1, 2, 3, 5]);
        let text =
            "By Selin Aydemir and Oleksandr Hrytsenko\n\nBy the end of the day they had met.\n";
        let rec = recognise(text, &segment(text), &lex);
        assert_eq!(
            find(text, &rec).skipped.iter().copied().collect::<Vec<_>>(),
            vec![0]
        );
        let text = "Vucic and Kurti met Borrell in Ohrid on Saturday.\n\nCorrection, March 20, 2023: An earlier version of this article said they met on Friday.\n";
        let rec = recognise(text, &segment(text), &lex);
        assert_eq!(
            find(text, &rec).skipped.iter().copied().collect::<Vec<_>>(),
            vec![1]
        );
        assert_eq!(
            noise.posted_on("We will never give up on peace"),
            Some(DateValue::Day(NaiveDate::from_ymd_opt(2024, 3, 3).unwrap()))
        );
    }
}
