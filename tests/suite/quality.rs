//! Quality floors on annotated corpora this project wrote itself: the
//! bundled examples and a set of articles written to probe hard
//! constructions and hard negatives. They guard against regressions; the
//! scores they check are printed by `readout eval`.

use super::util::{extractor, fixtures, root};
use readout::eval::{evaluate, parse_gold, Report};
use readout::map::map;
use readout::read::{read_inputs, ReadOptions};
use readout::store;
use std::path::Path;

fn score(gold: &Path, articles: &Path) -> Report {
    let gold = parse_gold("gold", &std::fs::read_to_string(gold).unwrap()).unwrap();
    let memory = store::in_memory().unwrap();
    let outcome = read_inputs(&[articles.to_path_buf()], &ReadOptions::default());
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let ex = extractor();
    let graphs: Vec<_> = outcome
        .documents
        .iter()
        .map(|d| (d.id.clone(), map(&ex.extract(d.clone()), &ex.lexicon)))
        .collect();
    store::replace_documents(&memory, &graphs).unwrap();
    store::link(&memory, &ex.lexicon).unwrap();
    evaluate(&gold, &memory, &ex.lexicon).unwrap()
}

#[test]
fn example_corpus_quality() {
    let r = score(
        &root().join("examples/gold.json"),
        &root().join("examples/articles"),
    );
    assert!(r.negated.is_empty(), "{r}");
    assert!(r.contacts_strict.f1 >= 0.65, "{r}");
    assert!(r.contacts_strict.precision >= 0.85, "{r}");
    assert!(r.roles.f1 >= 0.85, "{r}");
    assert!(r.statements.f1 >= 0.8, "{r}");
}

#[test]
fn adversarial_corpus_quality() {
    let r = score(
        &fixtures().join("adversarial.gold.json"),
        &fixtures().join("adversarial"),
    );
    assert!(r.negated.is_empty(), "{r}");
    assert!(r.contacts_strict.f1 >= 0.8, "{r}");
    assert!(r.contacts_strict.precision >= 0.85, "{r}");
}
