//! Quality floors on annotated corpora this project wrote itself: the
//! bundled examples and a set of articles written to probe hard
//! constructions and hard negatives. They guard against regressions; the
//! scores they check are printed by `readout eval`.

use super::util::{documents_at, extractor, fixtures, root, store_of};
use readout::eval::{evaluate, parse_gold, Report};
use std::path::Path;

fn score(gold: &Path, articles: &Path) -> Report {
    let gold = parse_gold("gold", &std::fs::read_to_string(gold).unwrap()).unwrap();
    let memory = store_of(&documents_at(articles));
    evaluate(&gold, &memory, &extractor().lexicon).unwrap()
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
