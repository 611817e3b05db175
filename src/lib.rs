//! readout: English news articles to an RDF knowledge graph of who
//! contacted whom.
//!
//! The pipeline, one module a stage:
//!
//! ```text
//! read -> segment -> recognise -> resolve -> relate -> map -> store -> query / export
//! ```
//!
//! [`read`] turns files into [`document::Document`]s; [`pipeline::Extractor`]
//! runs segment, recognise, resolve and relate and returns an
//! [`extraction::Extraction`]; [`map`] turns it into quads of one named
//! graph; [`store`] keeps them in Oxigraph; [`query`] runs the canned SPARQL
//! queries of `queries/`; [`export`] writes RDF files.

pub mod dates;
pub mod document;
pub mod eval;
pub mod export;
pub mod extraction;
pub mod lexicon;
pub mod map;
pub mod noise;
pub mod pattern;
pub mod pipeline;
pub mod query;
pub mod read;
pub mod recognise;
pub mod relate;
pub mod resolve;
pub mod results;
pub mod segment;
pub mod store;
pub mod vocab;
