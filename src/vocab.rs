//! IRIs of the vocabularies readout writes, in one place.
//!
//! Standard vocabularies first (schema.org, PROV-O, W3C ORG, SEM, SKOS, NIF);
//! `rdo:` (ontology/readout.ttl) only for what they lack.

/// readout's own ontology terms.
pub const RDO: &str = "https://w3id.org/readout#";
/// Instance data minted by readout (documents, actors, contacts...).
pub const ID: &str = "https://w3id.org/readout/id/";
/// Lexicon entries (ontology/lexicon/*.ttl).
pub const LEX: &str = "https://w3id.org/readout/lexicon/";

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const SCHEMA: &str = "https://schema.org/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";

/// Prefixes used for Turtle/TriG export and query headers, in output order.
pub const PREFIXES: &[(&str, &str)] = &[
    ("rdo", RDO),
    ("id", ID),
    ("lex", LEX),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("skos", SKOS),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("org", ORG),
    ("sem", SEM),
    ("nif", NIF),
    ("dcterms", DCTERMS),
    ("foaf", FOAF),
];

/// Builds a full IRI from a namespace and a local name.
pub fn iri(ns: &str, local: &str) -> String {
    format!("{ns}{local}")
}
