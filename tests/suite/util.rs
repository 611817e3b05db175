//! Helpers shared by the test modules.

use readout::document::Document;
use readout::extraction::Extraction;
use readout::pipeline::Extractor;
use std::path::PathBuf;
use std::sync::OnceLock;

/// One extractor for the whole test binary: the lexicon is parsed once.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::builtin)
}

pub fn doc(id: &str, date: &str, text: &str) -> Document {
    Document {
        id: id.to_string(),
        date: Some(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
        url: None,
        title: None,
        text: text.to_string(),
        origin: format!("{id}.txt"),
    }
}

pub fn extract(date: &str, text: &str) -> Extraction {
    extractor().extract(doc("test", date, text))
}

/// Contacts as "A -> B @ date" (date "-" when none), in text order.
pub fn contacts(date: &str, text: &str) -> Vec<String> {
    let e = extract(date, text);
    e.contacts
        .iter()
        .map(|c| {
            format!(
                "{} -> {} @ {}",
                e.actors.get(c.a).label,
                e.actors.get(c.b).label,
                c.date.map(|d| d.lexical()).unwrap_or_else(|| "-".into())
            )
        })
        .collect()
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}
