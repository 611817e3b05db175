//! map: an [`Extraction`] to the quads of its document's named graph.
//!
//! IRIs are minted from canonical keys, never from counters or random ids:
//! actors and contact events are corpus-wide (`id:actor/antony-blinken`,
//! `id:contact/antony-blinken/yoav-gallant/2024-04-10`), so the same actor
//! or call reported by many documents is one node with one graph per
//! document asserting it; statements, events and spans live under their
//! document (`id:doc/ID/...`). Every fact points with `prov:wasDerivedFrom`
//! to a NIF span: character offsets into the document, the anchor text, the
//! sentence, and the rule that found it.

use crate::dates::DateValue;
use crate::document::{char_offset, Span};
use crate::extraction::{Evidence, Extraction};
use crate::lexicon::Lexicon;
use crate::recognise::Affiliation;
use crate::resolve::{slug, ActorKind};
use crate::vocab::*;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

pub fn document_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}doc/{id}"))
}

pub fn actor_iri(key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}actor/{key}"))
}

/// The corpus-wide IRI of a contact event: the unordered pair and the day.
/// The IRI of a contact event: corpus-wide for a dated one (the unordered
/// pair and the day), so every document reporting that call names the same
/// node; under its document for an undated one, since two undated reports
/// of a pair may be months apart. `store::link` joins an undated report to
/// the dated event it belongs to.
pub fn contact_iri(doc: &str, a: &str, b: &str, date: Option<&DateValue>) -> NamedNode {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    match date {
        Some(d) => NamedNode::new_unchecked(format!("{ID}contact/{x}/{y}/{}", d.lexical())),
        None => NamedNode::new_unchecked(format!("{ID}doc/{doc}/contact/{x}/{y}")),
    }
}

/// The graph that holds corpus-wide links (offices to holders, name
/// variants, undated reports to dated events), recomputed after each build.
pub fn links_graph() -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}graph/links"))
}

fn n(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

fn date_literal(d: &DateValue) -> Literal {
    Literal::new_typed_literal(d.lexical(), n(XSD, d.xsd_type()))
}

struct Graph {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Graph {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.graph.clone()));
    }
}

/// The quads of one document's graph, sorted and without duplicates.
pub fn map(extraction: &Extraction, lex: &Lexicon) -> Vec<Quad> {
    let doc = &extraction.document;
    let doc_iri = document_iri(&doc.id);
    let mut g = Graph {
        graph: GraphName::NamedNode(doc_iri.clone()),
        quads: Vec::new(),
    };
    let text = &doc.text;
    let rdf_type = n(RDF, "type");

    g.add(doc_iri.clone(), rdf_type.clone(), n(SCHEMA, "NewsArticle"));
    g.add(
        doc_iri.clone(),
        n(SCHEMA, "identifier"),
        Literal::from(doc.id.as_str()),
    );
    if let Some(date) = doc.date {
        g.add(
            doc_iri.clone(),
            n(SCHEMA, "datePublished"),
            date_literal(&DateValue::Day(date)),
        );
    }
    if let Some(url) = &doc.url {
        match NamedNode::new(url) {
            Ok(u) => g.add(doc_iri.clone(), n(SCHEMA, "url"), u),
            Err(_) => g.add(
                doc_iri.clone(),
                n(SCHEMA, "url"),
                Literal::from(url.as_str()),
            ),
        }
    }
    if let Some(title) = &doc.title {
        g.add(
            doc_iri.clone(),
            n(SCHEMA, "headline"),
            Literal::from(title.as_str()),
        );
    }

    // Actors that some fact uses (a mention alone is not worth a node).
    let mut used = std::collections::BTreeSet::new();
    for r in &extraction.roles {
        used.insert(r.person);
        used.extend(r.of);
    }
    for c in &extraction.contacts {
        used.insert(c.a);
        used.insert(c.b);
        used.extend(c.via);
    }
    for s in &extraction.statements {
        used.insert(s.speaker);
        used.extend(s.reported_by);
    }
    for e in &extraction.events {
        used.extend(e.agent);
        used.extend(e.target);
        used.extend(e.place);
    }
    for &id in &used {
        let actor = extraction.actors.get(id);
        let iri = actor_iri(&actor.key);
        let class = match actor.kind {
            ActorKind::Person => n(SCHEMA, "Person"),
            ActorKind::Organization => n(SCHEMA, "Organization"),
            ActorKind::Country => n(SCHEMA, "Country"),
            ActorKind::Group => n(RDO, "Group"),
            ActorKind::Office => n(RDO, "Office"),
        };
        g.add(iri.clone(), rdf_type.clone(), class);
        g.add(
            iri.clone(),
            n(RDFS, "label"),
            Literal::from(actor.label.as_str()),
        );
        // The forms the document used, and for a lexicon actor the names
        // the lexicon knows, so that contacts-of finds "Guterres".
        let known = actor
            .lexicon
            .as_deref()
            .map(|e| lex.alt_labels_of(e))
            .unwrap_or(&[]);
        for written in &actor.aliases {
            g.add(
                iri.clone(),
                n(RDO, "writtenAs"),
                Literal::from(written.as_str()),
            );
        }
        let aliases: std::collections::BTreeSet<&String> =
            actor.aliases.iter().chain(known).collect();
        for alias in aliases {
            if alias != &actor.label {
                g.add(
                    iri.clone(),
                    n(SKOS, "altLabel"),
                    Literal::from(alias.as_str()),
                );
            }
        }
        if let Some(entry) = &actor.lexicon {
            g.add(
                iri.clone(),
                n(RDO, "lexiconEntry"),
                NamedNode::new_unchecked(entry),
            );
        }
        if let Some((title, of)) = actor.office {
            let concept = title_concept(&mut g, lex, title);
            g.add(iri.clone(), n(RDO, "officeTitle"), concept);
            let of_key = match of {
                Affiliation::Country(c) => slug(&lex.countries[c].label),
                Affiliation::Org(o) => slug(&lex.orgs[o].label),
            };
            g.add(iri.clone(), n(RDO, "officeOf"), actor_iri(&of_key));
        }
        g.add(doc_iri.clone(), n(SCHEMA, "mentions"), iri);
    }

    let key = |id| extraction.actors.get(id).key.as_str();

    for r in &extraction.roles {
        let person = key(r.person);
        let title = &lex.titles[r.title];
        let mut local = format!("role/{person}/{}", slug(&title.label));
        if let Some(of) = r.of {
            local.push('/');
            local.push_str(key(of));
        }
        let iri = n(ID, &local);
        g.add(iri.clone(), rdf_type.clone(), n(ORG, "Membership"));
        g.add(iri.clone(), n(ORG, "member"), actor_iri(person));
        let concept = title_concept(&mut g, lex, r.title);
        g.add(iri.clone(), n(ORG, "role"), concept);
        if let Some(of) = r.of {
            g.add(iri.clone(), n(ORG, "organization"), actor_iri(key(of)));
        }
        if let Some(date) = doc.date {
            g.add(
                iri.clone(),
                n(RDO, "statedOn"),
                date_literal(&DateValue::Day(date)),
            );
        }
        let span = evidence(&mut g, &doc_iri, text, &r.evidence);
        g.add(iri, n(PROV, "wasDerivedFrom"), span);
    }

    for c in &extraction.contacts {
        let iri = contact_iri(&doc.id, key(c.a), key(c.b), c.date.as_ref());
        g.add(iri.clone(), rdf_type.clone(), n(RDO, "Contact"));
        g.add(iri.clone(), n(SEM, "hasActor"), actor_iri(key(c.a)));
        g.add(iri.clone(), n(SEM, "hasActor"), actor_iri(key(c.b)));
        g.add(iri.clone(), n(RDO, "initiator"), actor_iri(key(c.a)));
        g.add(iri.clone(), n(RDO, "recipient"), actor_iri(key(c.b)));
        g.add(iri.clone(), n(RDO, "mode"), Literal::from(c.mode.as_str()));
        if let Some(code) = &c.cameo {
            g.add(
                iri.clone(),
                n(RDO, "cameoCode"),
                Literal::from(code.as_str()),
            );
        }
        if let Some(date) = &c.date {
            g.add(iri.clone(), n(SEM, "hasTimeStamp"), date_literal(date));
        }
        if let Some(date) = &c.estimated_date {
            g.add(
                iri.clone(),
                n(RDO, "estimatedTimeStamp"),
                date_literal(date),
            );
        }
        if let Some(via) = c.via {
            g.add(iri.clone(), n(RDO, "via"), actor_iri(key(via)));
        }
        let span = evidence(&mut g, &doc_iri, text, &c.evidence);
        g.add(iri.clone(), n(PROV, "wasDerivedFrom"), span);
        g.add(iri, n(RDO, "reportedIn"), doc_iri.clone());
    }

    for s in &extraction.statements {
        let start = char_offset(text, s.quote.start);
        let iri = n(ID, &format!("doc/{}/statement/{start}", doc.id));
        g.add(iri.clone(), rdf_type.clone(), n(RDO, "Statement"));
        g.add(iri.clone(), n(RDO, "speaker"), actor_iri(key(s.speaker)));
        g.add(
            iri.clone(),
            n(RDO, "quote"),
            Literal::from(s.quote_text(text)),
        );
        if let Some(date) = &s.date {
            g.add(iri.clone(), n(SEM, "hasTimeStamp"), date_literal(date));
        }
        if let Some(medium) = &s.medium {
            g.add(
                iri.clone(),
                n(RDO, "medium"),
                Literal::from(medium.as_str()),
            );
        }
        if let Some(by) = s.reported_by {
            g.add(iri.clone(), n(RDO, "reportedBy"), actor_iri(key(by)));
        }
        let span = evidence(&mut g, &doc_iri, text, &s.evidence);
        g.add(iri, n(PROV, "wasDerivedFrom"), span);
    }

    for e in &extraction.events {
        let start = char_offset(text, e.evidence.anchor.start);
        let iri = n(ID, &format!("doc/{}/event/{start}", doc.id));
        g.add(iri.clone(), rdf_type.clone(), n(SEM, "Event"));
        g.add(
            iri.clone(),
            n(RDO, "eventType"),
            Literal::from(e.event_type.as_str()),
        );
        if let Some(code) = &e.plover {
            g.add(
                iri.clone(),
                n(RDO, "ploverCode"),
                Literal::from(code.as_str()),
            );
        }
        if let Some(agent) = e.agent {
            g.add(iri.clone(), n(RDO, "agent"), actor_iri(key(agent)));
            g.add(
                iri.clone(),
                n(RDO, "attributed"),
                Literal::from(e.attributed),
            );
        }
        if let Some(target) = e.target {
            g.add(iri.clone(), n(RDO, "target"), actor_iri(key(target)));
        }
        if let Some(place) = e.place {
            g.add(iri.clone(), n(SEM, "hasPlace"), actor_iri(key(place)));
        }
        if let Some(date) = &e.date {
            g.add(iri.clone(), n(SEM, "hasTimeStamp"), date_literal(date));
        }
        let span = evidence(&mut g, &doc_iri, text, &e.evidence);
        g.add(iri, n(PROV, "wasDerivedFrom"), span);
    }

    let mut quads = g.quads;
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
}

/// The title's lexicon concept, with its label, so queries need no lexicon.
fn title_concept(g: &mut Graph, lex: &Lexicon, title: usize) -> NamedNode {
    let entry = &lex.titles[title];
    let iri = NamedNode::new_unchecked(entry.iri.as_str());
    g.add(iri.clone(), n(RDF, "type"), n(ORG, "Role"));
    g.add(
        iri.clone(),
        n(SKOS, "prefLabel"),
        Literal::from(entry.label.as_str()),
    );
    if let Some(b) = entry.broader {
        g.add(
            iri.clone(),
            n(SKOS, "broader"),
            NamedNode::new_unchecked(lex.titles[b].iri.as_str()),
        );
    }
    iri
}

fn span_iri(doc: &NamedNode, text: &str, span: Span) -> NamedNode {
    NamedNode::new_unchecked(format!(
        "{}#char={},{}",
        doc.as_str(),
        char_offset(text, span.start),
        char_offset(text, span.end)
    ))
}

/// The anchor span (RFC 5147 fragment, NIF offsets) with its sentence and rule.
fn evidence(g: &mut Graph, doc: &NamedNode, text: &str, ev: &Evidence) -> NamedNode {
    let anchor = span_iri(doc, text, ev.anchor);
    let sentence = span_iri(doc, text, ev.sentence);
    for (iri, span, class) in [
        (&anchor, ev.anchor, "Phrase"),
        (&sentence, ev.sentence, "Sentence"),
    ] {
        g.add(iri.clone(), n(RDF, "type"), n(NIF, class));
        g.add(iri.clone(), n(NIF, "referenceContext"), doc.clone());
        g.add(
            iri.clone(),
            n(NIF, "beginIndex"),
            Literal::from(char_offset(text, span.start) as i64),
        );
        g.add(
            iri.clone(),
            n(NIF, "endIndex"),
            Literal::from(char_offset(text, span.end) as i64),
        );
        g.add(
            iri.clone(),
            n(NIF, "anchorOf"),
            Literal::from(span.text(text)),
        );
    }
    if anchor != sentence {
        g.add(anchor.clone(), n(NIF, "sentence"), sentence);
    }
    g.add(
        anchor.clone(),
        n(RDO, "rule"),
        Literal::from(ev.rule.as_str()),
    );
    anchor
}
