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

/// Twelve further sets of nine to twelve wire stories, readouts and analyses
/// each, written by helpers who did not see the rules. Each was scored
/// blind when it was added (A 0.41, B 0.45, C 0.57, D 0.44, E 0.41, F 0.52,
/// G 0.60, H 0.59, I 0.59, J 0.58, K 0.55, L 0.63 strict F1) and then used to
/// develop the rules.
/// Floors just under the scores they have now.
#[test]
fn newswire_corpora_quality() {
    for (set, f1, precision) in [
        ("newswire_a", 0.8, 0.9),
        ("newswire_b", 0.72, 0.86),
        ("newswire_c", 0.7, 0.8),
        ("newswire_d", 0.68, 0.85),
        ("newswire_e", 0.68, 0.86),
        ("newswire_f", 0.8, 0.88),
        ("newswire_g", 0.88, 0.9),
        ("newswire_h", 0.8, 0.92),
        ("newswire_i", 0.8, 0.9),
        ("newswire_j", 0.66, 0.8),
        ("newswire_k", 0.75, 0.92),
        ("newswire_l", 0.66, 0.88),
        ("newswire_m", 0.8, 0.87),
        ("newswire_n", 0.74, 0.9),
    ] {
        let r = score(
            &fixtures().join(format!("{set}.gold.json")),
            &fixtures().join(set),
        );
        assert!(r.negated.is_empty(), "{set}: {r}");
        assert!(r.contacts_strict.f1 >= f1, "{set}: {r}");
        assert!(r.contacts_strict.precision >= precision, "{set}: {r}");
    }
}
