//! Every example sentence in the lexicon is a test: a trigger's
//! skos:example must yield a contact, its rdo:counterExample none.

use super::util::{contacts, extractor};

const DATE: &str = "2024-06-14";

#[test]
fn contact_trigger_examples_yield_contacts() {
    let mut failures = Vec::new();
    for trigger in &extractor().lexicon.contact_triggers {
        for example in &trigger.examples {
            if contacts(DATE, example).is_empty() {
                failures.push(format!("{}: no contact in {example:?}", trigger.id));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn contact_trigger_counter_examples_yield_nothing() {
    let mut failures = Vec::new();
    for trigger in &extractor().lexicon.contact_triggers {
        for example in &trigger.counter_examples {
            let found = contacts(DATE, example);
            if !found.is_empty() {
                failures.push(format!("{}: {example:?} gave {found:?}", trigger.id));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn event_trigger_examples_yield_events() {
    let mut failures = Vec::new();
    for trigger in &extractor().lexicon.event_triggers {
        for example in &trigger.examples {
            let e = super::util::extract(DATE, example);
            if !e
                .events
                .iter()
                .any(|ev| ev.evidence.rule == format!("event.{}", trigger.id))
            {
                failures.push(format!("{}: no event in {example:?}", trigger.id));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn title_examples_yield_roles() {
    let lex = &extractor().lexicon;
    let mut failures = Vec::new();
    for title in &lex.titles {
        for example in &title.examples {
            let e = super::util::extract(DATE, example);
            // A country's own name for an office ("EAM") states the
            // broader office.
            let own = lex.titles.iter().position(|t| t.iri == title.iri).unwrap();
            let stated = match (title.country, title.broader) {
                (Some(_), Some(broader)) => broader,
                _ => own,
            };
            if !e.roles.iter().any(|r| r.title == stated) {
                failures.push(format!("{}: no role in {example:?}", title.label));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every `rdo:` term the code, the queries and the lexicon use is declared
/// in ontology/readout.ttl.
#[test]
fn every_rdo_term_is_declared_in_the_ontology() {
    use std::collections::BTreeSet;
    let root = super::util::root();
    let ontology = std::fs::read_to_string(root.join("ontology/readout.ttl")).unwrap();
    let declared: BTreeSet<String> =
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_slice(ontology.as_bytes())
            .filter_map(|q| {
                let q = q.unwrap();
                let s = q.subject.to_string();
                s.strip_prefix("<https://w3id.org/readout#")
                    .and_then(|x| x.strip_suffix('>'))
                    .map(str::to_string)
            })
            .collect();
    let mut used = BTreeSet::new();
    let term = regex::Regex::new(r#"(?:rdo:|RDO, ")([A-Za-z]+)"#).unwrap();
    let mut files = Vec::new();
    for dir in ["src", "queries", "ontology/lexicon"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for cap in term.captures_iter(&text) {
            used.insert(cap[1].to_string());
        }
    }
    let missing: Vec<_> = used.difference(&declared).collect();
    assert!(
        missing.is_empty(),
        "not declared in ontology/readout.ttl: {missing:?}"
    );
}
