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

/// An in-memory store with these documents extracted, loaded and linked.
pub fn store_of(documents: &[readout::document::Document]) -> oxigraph::store::Store {
    let store = readout::store::in_memory().unwrap();
    let ex = extractor();
    let graphs: Vec<_> = documents
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                readout::map::map(&ex.extract(d.clone()), &ex.lexicon),
            )
        })
        .collect();
    readout::store::replace_documents(&store, &graphs).unwrap();
    readout::store::link(&store, &ex.lexicon).unwrap();
    store
}

/// The documents under a path, which must all read cleanly.
pub fn documents_at(path: &std::path::Path) -> Vec<readout::document::Document> {
    let outcome = readout::read::read_inputs(
        &[path.to_path_buf()],
        &readout::read::ReadOptions::default(),
    );
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    outcome.documents
}
