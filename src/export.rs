//! export: the store as Turtle, N-Triples, N-Quads, TriG, RDF/XML or
//! JSON-LD, byte-identical across runs on the same input.
//!
//! Quads are sorted before they are written, since the store iterates in
//! the order of its internal ids. Formats without named graphs (Turtle,
//! N-Triples, RDF/XML) get the union of all graphs, each triple once;
//! N-Quads, TriG and JSON-LD keep one graph per document.

use crate::vocab::PREFIXES;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Triple};
use oxigraph::store::Store;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Turtle,
    #[value(alias = "nt")]
    Ntriples,
    #[value(alias = "nq")]
    Nquads,
    Trig,
    #[value(alias = "rdf", alias = "xml")]
    Rdfxml,
    #[value(alias = "json-ld")]
    Jsonld,
}

impl ExportFormat {
    pub fn rdf_format(self) -> RdfFormat {
        match self {
            ExportFormat::Turtle => RdfFormat::Turtle,
            ExportFormat::Ntriples => RdfFormat::NTriples,
            ExportFormat::Nquads => RdfFormat::NQuads,
            ExportFormat::Trig => RdfFormat::TriG,
            ExportFormat::Rdfxml => RdfFormat::RdfXml,
            ExportFormat::Jsonld => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("{0}")]
    Prefix(String),
}

/// Writes the whole store; returns the number of statements written.
pub fn export(store: &Store, format: ExportFormat, out: impl Write) -> Result<usize, ExportError> {
    let rdf = format.rdf_format();
    let mut serializer = RdfSerializer::from_format(rdf);
    if matches!(
        format,
        ExportFormat::Turtle | ExportFormat::Trig | ExportFormat::Rdfxml | ExportFormat::Jsonld
    ) {
        for (prefix, iri) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .map_err(|e| ExportError::Prefix(e.to_string()))?;
        }
    }
    let mut writer = serializer.for_writer(out);
    let mut count = 0;
    if rdf.supports_datasets() {
        let mut quads: Vec<Quad> = store.iter().collect::<Result<_, _>>()?;
        // Graph by graph, so TriG groups each document's statements.
        quads.sort_by_cached_key(|q| (q.graph_name.to_string(), q.to_string()));
        for q in &quads {
            writer.serialize_quad(q)?;
            count += 1;
        }
    } else {
        let mut triples: Vec<Triple> = store
            .iter()
            .map(|q| q.map(Triple::from))
            .collect::<Result<_, _>>()?;
        triples.sort_by_cached_key(|t| t.to_string());
        triples.dedup();
        for t in &triples {
            writer.serialize_triple(t)?;
            count += 1;
        }
    }
    writer.finish()?;
    Ok(count)
}
