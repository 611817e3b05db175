//! A news article as read from disk: its text and the little metadata the
//! pipeline needs (publication date, id, url, title).

use chrono::NaiveDate;

/// One article. Every later stage points into `text` by byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable id: the file stem for text files, the `id` field for JSON Lines.
    /// It names the document's graph, so it must not depend on where the
    /// corpus sits on disk.
    pub id: String,
    /// Publication date; anchors every relative date in the text.
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub text: String,
    /// Where it came from, for messages (`file` or `file:line`).
    pub origin: String,
}

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// Converts byte offsets to character (Unicode scalar) offsets, which is what
/// NIF and most annotation tools count.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}
