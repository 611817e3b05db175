//! store: the Oxigraph store, on disk (RocksDB) or in memory.
//!
//! One named graph per document: ingesting a document replaces its graph
//! inside one transaction, so a re-ingest never duplicates anything and a
//! failure leaves the graph as it was. After every build, [`link`]
//! recomputes the corpus-wide links graph from what the store holds.

use crate::lexicon::Lexicon;
use crate::map::{document_iri, links_graph};
use crate::vocab::*;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store at {path}: {message}")]
    Open { path: String, message: String },
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("store query failed: {0}")]
    Query(String),
}

pub fn open(path: &Path) -> Result<Store, StoreError> {
    if let Some(parent) = path.parent() {
        if !parent.as_os_str().is_empty() && !parent.exists() {
            return Err(StoreError::Open {
                path: path.display().to_string(),
                message: "its parent folder does not exist".into(),
            });
        }
    }
    Store::open(path).map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
    if !path.exists() {
        return Err(StoreError::Open {
            path: path.display().to_string(),
            message: "no store there (run `readout build` first)".into(),
        });
    }
    Store::open_read_only(path).map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

pub fn in_memory() -> Result<Store, StoreError> {
    Ok(Store::new()?)
}

/// Replaces the graphs of a batch of documents in one transaction: either
/// every document of the batch is in the store afterwards, or none changed.
pub fn replace_documents(
    store: &Store,
    documents: &[(String, Vec<Quad>)],
) -> Result<(), StoreError> {
    let mut tx = store.start_transaction()?;
    for (id, quads) in documents {
        let graph = document_iri(id);
        tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))?;
        tx.insert_named_graph(graph.as_ref());
        for q in quads {
            tx.insert(q);
        }
    }
    tx.commit()?;
    Ok(())
}

fn select(store: &Store, query: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(query)
        .map_err(|e| StoreError::Query(e.to_string()))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| StoreError::Query(e.to_string()))?;
    let QueryResults::Solutions(solutions) = results else {
        return Err(StoreError::Query("expected a SELECT query".into()));
    };
    let variables: Vec<_> = solutions.variables().to_vec();
    let mut rows = Vec::new();
    for s in solutions {
        let s = s.map_err(|e| StoreError::Query(e.to_string()))?;
        rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
    }
    Ok(rows)
}

fn iri_of(term: &Option<Term>) -> Option<String> {
    match term {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        _ => None,
    }
}

fn text_of(term: &Option<Term>) -> Option<String> {
    match term {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// Recomputes the corpus-wide links graph:
///
/// 1. a person known only by a surname or a reordered name ("Blinken",
///    "Kishida Fumio") resolves to the one full name that fits;
/// 2. an unnamed office ("Foreign Minister of Turkey") resolves to the
///    person any document names as its holder (titles compared through
///    their broader office; the holder named in most documents, then most
///    recently, wins);
/// 3. an undated report of a contact is the same event as the latest dated
///    contact of the same pair in the week up to its publication.
pub fn link(store: &Store, lex: &Lexicon) -> Result<usize, StoreError> {
    let prefixes = format!(
        "PREFIX rdo: <{RDO}> PREFIX rdfs: <{RDFS}> PREFIX org: <{ORG}> PREFIX sem: <{SEM}> \
         PREFIX schema: <{SCHEMA}> PREFIX skos: <{SKOS}> "
    );
    let mut links: BTreeMap<String, (String, String)> = BTreeMap::new();

    // 1. Name variants.
    let people = select(
        store,
        &format!(
            "{prefixes} SELECT ?p (MIN(?l) AS ?label) (COUNT(DISTINCT ?g) AS ?docs) \
             WHERE {{ GRAPH ?g {{ ?p a schema:Person ; rdfs:label ?l }} }} GROUP BY ?p ORDER BY ?p"
        ),
    )?;
    let people: Vec<(String, Vec<String>, usize)> = people
        .iter()
        .filter_map(|r| {
            let iri = iri_of(&r[0])?;
            let label = text_of(&r[1])?;
            let docs = text_of(&r[2]).and_then(|d| d.parse().ok()).unwrap_or(0);
            Some((
                iri,
                label.split_whitespace().map(str::to_string).collect(),
                docs,
            ))
        })
        .collect();
    // Indexes, so that linking stays linear in the number of people.
    type Person = (String, Vec<String>, usize);
    let mut by_end: HashMap<&str, Vec<&Person>> = HashMap::new();
    let mut by_words: HashMap<Vec<String>, Vec<&Person>> = HashMap::new();
    for p in &people {
        if p.1.len() > 1 {
            // A one-word name may be the first or the last word of a full one.
            let first = p.1.first().unwrap().as_str();
            let last = p.1.last().unwrap().as_str();
            by_end.entry(last).or_default().push(p);
            if first != last {
                by_end.entry(first).or_default().push(p);
            }
            let mut sorted = p.1.clone();
            sorted.sort();
            by_words.entry(sorted).or_default().push(p);
        }
    }
    let mut person_target: BTreeMap<String, String> = BTreeMap::new();
    for (iri, words, docs) in &people {
        if words.len() == 1 {
            // "Blinken": the one full name it can be.
            if let Some([only]) = by_end.get(words[0].as_str()).map(Vec::as_slice) {
                person_target.insert(iri.clone(), only.0.clone());
            }
            continue;
        }
        // "Kishida Fumio" and "Fumio Kishida": all spellings point at the
        // one reported by most documents (then the first IRI).
        let mut sorted = words.clone();
        sorted.sort();
        let best = by_words.get(&sorted).and_then(|group| {
            group
                .iter()
                .max_by(|x, y| x.2.cmp(&y.2).then_with(|| y.0.cmp(&x.0)))
        });
        if let Some(best) = best {
            if (best.2, std::cmp::Reverse(&best.0)) > (*docs, std::cmp::Reverse(iri)) {
                person_target.insert(iri.clone(), best.0.clone());
            }
        }
    }
    let resolve_person = |iri: &str| -> String {
        person_target
            .get(iri)
            .cloned()
            .unwrap_or_else(|| iri.to_string())
    };
    for (from, to) in &person_target {
        links.insert(from.clone(), (format!("{RDO}resolvesTo"), to.clone()));
    }

    // 2. Offices to holders.
    let offices = select(
        store,
        &format!(
            "{prefixes} SELECT DISTINCT ?o ?title ?of WHERE {{ GRAPH ?g {{ ?o a rdo:Office ; \
             rdo:officeTitle ?title ; rdo:officeOf ?of }} }} ORDER BY ?o"
        ),
    )?;
    let roles = select(
        store,
        &format!(
            "{prefixes} SELECT ?p ?title ?of (COUNT(DISTINCT ?g) AS ?docs) (MAX(?d) AS ?last) \
             WHERE {{ GRAPH ?g {{ ?m a org:Membership ; org:member ?p ; org:role ?title ; \
             org:organization ?of . OPTIONAL {{ ?m rdo:statedOn ?d }} }} }} \
             GROUP BY ?p ?title ?of ORDER BY ?p ?title ?of"
        ),
    )?;
    let title_index: HashMap<&str, usize> = lex
        .titles
        .iter()
        .enumerate()
        .map(|(i, t)| (t.iri.as_str(), i))
        .collect();
    let office_of_iri =
        |iri: &str| -> Option<usize> { title_index.get(iri).map(|&t| lex.office_of(t)) };
    // Holders by (broadest office, affiliation): person -> (documents, latest date).
    let mut holders_of: HashMap<(usize, String), BTreeMap<String, (usize, String)>> =
        HashMap::new();
    for r in &roles {
        let (Some(p), Some(t), Some(rof)) = (iri_of(&r[0]), iri_of(&r[1]), iri_of(&r[2])) else {
            continue;
        };
        let Some(office) = office_of_iri(&t) else {
            continue;
        };
        let docs: usize = text_of(&r[3]).and_then(|d| d.parse().ok()).unwrap_or(0);
        let last = text_of(&r[4]).unwrap_or_default();
        let entry = holders_of
            .entry((office, rof))
            .or_default()
            .entry(resolve_person(&p))
            .or_insert((0, String::new()));
        entry.0 += docs;
        if last > entry.1 {
            entry.1 = last;
        }
    }
    for office in &offices {
        let (Some(o), Some(title), Some(of)) =
            (iri_of(&office[0]), iri_of(&office[1]), iri_of(&office[2]))
        else {
            continue;
        };
        let Some(wanted) = office_of_iri(&title) else {
            continue;
        };
        // The holder named in most documents, then most recently.
        let best = holders_of.get(&(wanted, of)).and_then(|holders| {
            holders
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        });
        if let Some((holder, _)) = best {
            links.insert(o.clone(), (format!("{RDO}resolvesTo"), holder.clone()));
        }
    }
    let resolve_actor = |iri: &str| -> String {
        links
            .get(iri)
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| iri.to_string())
    };

    // 3. Undated reports to dated events.
    let contacts = select(
        store,
        &format!(
            "{prefixes} SELECT ?c ?a ?b ?date ?pub WHERE {{ GRAPH ?g {{ ?c a rdo:Contact ; \
             rdo:initiator ?a ; rdo:recipient ?b . OPTIONAL {{ ?c sem:hasTimeStamp ?date }} }} \
             OPTIONAL {{ GRAPH ?g {{ ?g schema:datePublished ?pub }} }} }} ORDER BY ?c ?a ?b ?pub"
        ),
    )?;
    struct C {
        iri: String,
        pair: (String, String),
        date: Option<String>,
        published: Option<String>,
    }
    let contacts: Vec<C> = contacts
        .iter()
        .filter_map(|r| {
            let a = resolve_actor(&iri_of(&r[1])?);
            let b = resolve_actor(&iri_of(&r[2])?);
            let pair = if a <= b { (a, b) } else { (b, a) };
            Some(C {
                iri: iri_of(&r[0])?,
                pair,
                date: text_of(&r[3]),
                published: text_of(&r[4]),
            })
        })
        .collect();
    let mut dated_by_pair: HashMap<&(String, String), Vec<(chrono::NaiveDate, &str)>> =
        HashMap::new();
    for d in &contacts {
        if let Some(day) = d.date.as_deref().and_then(parse_day) {
            dated_by_pair
                .entry(&d.pair)
                .or_default()
                .push((day, &d.iri));
        }
    }
    let date_of: HashMap<&str, &str> = contacts
        .iter()
        .filter_map(|c| Some((c.iri.as_str(), c.date.as_deref()?)))
        .collect();
    let mut same_event: BTreeMap<String, String> = BTreeMap::new();
    for c in contacts.iter().filter(|c| c.date.is_none()) {
        let Some(published) = c.published.as_deref().and_then(parse_day) else {
            continue;
        };
        let best = dated_by_pair.get(&c.pair).and_then(|dated| {
            dated
                .iter()
                .filter(|(day, _)| (0..=7).contains(&(published - *day).num_days()))
                .max()
        });
        if let Some((_, target)) = best {
            same_event.insert(c.iri.clone(), target.to_string());
        }
    }

    let graph = links_graph();
    let mut tx = store.start_transaction()?;
    tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))?;
    let mut count = 0;
    let mut quads = BTreeSet::new();
    for (from, (p, to)) in &links {
        quads.insert((from.clone(), p.clone(), to.clone()));
    }
    for (from, to) in &same_event {
        quads.insert((from.clone(), format!("{RDO}sameEventAs"), to.clone()));
    }
    for (s, p, o) in &quads {
        tx.insert(&Quad::new(
            NamedNode::new_unchecked(s.as_str()),
            NamedNode::new_unchecked(p.as_str()),
            NamedNode::new_unchecked(o.as_str()),
            graph.clone(),
        ));
        count += 1;
    }
    // The date an undated report takes from the event it joined, so that
    // queries read it here instead of searching every document for it.
    for (from, to) in &same_event {
        if let Some(date) = date_of.get(to.as_str()) {
            let datatype = if date.len() == 7 {
                "gYearMonth"
            } else {
                "date"
            };
            tx.insert(&Quad::new(
                NamedNode::new_unchecked(from.as_str()),
                NamedNode::new_unchecked(format!("{RDO}eventDate")),
                Literal::new_typed_literal(
                    *date,
                    NamedNode::new_unchecked(format!("{XSD}{datatype}")),
                ),
                graph.clone(),
            ));
            count += 1;
        }
    }
    // One label per actor, read by every query.
    let labels = select(
        store,
        &format!(
            "{prefixes} SELECT ?x (MIN(?l) AS ?label) WHERE {{ GRAPH ?g {{ ?x rdfs:label ?l }} }} \
             GROUP BY ?x ORDER BY ?x"
        ),
    )?;
    // A person's full name as the corpus writes it most often ("Sergei
    // Lavrov" where the lexicon says "Sergey Lavrov"), so that the label
    // is the one readers of these documents know.
    let written = select(
        store,
        &format!(
            "{prefixes} SELECT ?x ?form (COUNT(DISTINCT ?g) AS ?docs) WHERE {{ GRAPH ?g {{ \
             ?x a schema:Person ; rdo:writtenAs ?form }} }} GROUP BY ?x ?form ORDER BY ?x ?form"
        ),
    )?;
    let mut full_names: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for row in &written {
        let (Some(x), Some(form)) = (iri_of(&row[0]), text_of(&row[1])) else {
            continue;
        };
        if form.split_whitespace().count() >= 2 {
            let docs: usize = text_of(&row[2]).and_then(|d| d.parse().ok()).unwrap_or(0);
            full_names.entry(x).or_default().push((docs, form));
        }
    }
    for row in &labels {
        if let (Some(x), Some(label)) = (iri_of(&row[0]), text_of(&row[1])) {
            // Most documents, then the lexicon's own label, then the first
            // in order.
            let label = full_names
                .get(&x)
                .and_then(|forms| {
                    forms.iter().max_by(|a, b| {
                        a.0.cmp(&b.0)
                            .then_with(|| (a.1 == label).cmp(&(b.1 == label)))
                            .then_with(|| b.1.cmp(&a.1))
                    })
                })
                .map(|(_, form)| form.clone())
                .unwrap_or(label);
            tx.insert(&Quad::new(
                NamedNode::new_unchecked(x.as_str()),
                NamedNode::new_unchecked(format!("{RDO}canonicalLabel")),
                Literal::from(label),
                graph.clone(),
            ));
            count += 1;
        }
    }
    if count > 0 {
        tx.insert(&Quad::new(
            graph.clone(),
            NamedNodeRef::new_unchecked(&format!("{RDFS}comment")),
            Literal::from("Corpus-wide links computed by readout after each build."),
            graph.clone(),
        ));
    }
    tx.commit()?;
    Ok(count)
}

fn parse_day(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}
