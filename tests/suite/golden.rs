//! Golden RDF for small articles: the graph extracted from
//! tests/golden/NAME.txt must equal tests/golden/NAME.nq. Graphs are
//! compared as sets of quads (readout mints no blank nodes, so that is
//! graph isomorphism); a mismatch prints what is missing and what is extra.
//! Run with READOUT_BLESS=1 to rewrite the expected files after a change
//! you have checked.

use super::util::{extractor, root};
use readout::map::map;
use readout::read::{read_inputs, ReadOptions};
use std::collections::BTreeSet;

#[test]
fn golden_graphs() {
    let dir = root().join("tests/golden");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    let bless = std::env::var_os("READOUT_BLESS").is_some();
    let mut failures = Vec::new();
    for input in inputs {
        let outcome = read_inputs(std::slice::from_ref(&input), &ReadOptions::default());
        let doc = outcome.documents.into_iter().next().expect("a document");
        let ex = extractor();
        let quads = map(&ex.extract(doc), &ex.lexicon);
        let got: BTreeSet<String> = quads.iter().map(|q| format!("{q} .")).collect();
        let expected_path = input.with_extension("nq");
        if bless {
            let text: String = got.iter().map(|l| format!("{l}\n")).collect();
            std::fs::write(&expected_path, text).unwrap();
            continue;
        }
        let expected_text = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "{} missing (READOUT_BLESS=1 writes it)",
                expected_path.display()
            )
        });
        // Parse the expected file so formatting differences do not matter.
        let expected: BTreeSet<String> =
            oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
                .for_slice(expected_text.as_bytes())
                .map(|q| format!("{} .", q.unwrap()))
                .collect();
        if got != expected {
            let missing: Vec<_> = expected.difference(&got).collect();
            let extra: Vec<_> = got.difference(&expected).collect();
            failures.push(format!(
                "{}:\n  missing:\n    {}\n  extra:\n    {}",
                input.display(),
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n    "),
                extra
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
