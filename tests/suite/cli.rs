//! The command line, as a user runs it: each test gets its own folder.

use super::util::{fixtures, root};
use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn readout() -> Command {
    Command::cargo_bin("readout").unwrap()
}

fn build(store: &Path, input: &Path) -> assert_cmd::assert::Assert {
    readout()
        .args(["build", "--quiet", "--store"])
        .arg(store)
        .arg(input)
        .assert()
}

fn count_quads(store: &Path) -> usize {
    let out = readout()
        .args(["export", "--format", "nquads", "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().lines().count()
}

#[test]
fn build_then_query_json() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg.db");
    build(&store, &fixtures().join("articles")).success();
    let out = readout()
        .args(["query", "who-contacted-whom", "--format", "json", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["head"]["vars"],
        serde_json::json!(["a", "aLabel", "b", "bLabel", "date", "mode", "sources"])
    );
    let rows = json["results"]["bindings"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[0]["date"]["datatype"],
        "http://www.w3.org/2001/XMLSchema#date"
    );
}

#[test]
fn rebuilding_the_same_documents_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg.db");
    build(&store, &fixtures().join("articles")).success();
    let first = count_quads(&store);
    build(&store, &fixtures().join("articles")).success();
    assert_eq!(count_quads(&store), first);
    assert!(first > 50);
}

#[test]
fn exports_are_byte_identical_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut exports = Vec::new();
    for run in 0..2 {
        let store = dir.path().join(format!("kg{run}.db"));
        build(&store, &fixtures().join("articles")).success();
        for format in ["turtle", "trig", "nquads", "ntriples", "rdfxml", "jsonld"] {
            let out = readout()
                .args(["export", "--format", format, "--store"])
                .arg(&store)
                .output()
                .unwrap();
            assert!(out.status.success(), "{format}");
            exports.push((run, format, out.stdout));
        }
    }
    let (first, second) = exports.split_at(exports.len() / 2);
    for (a, b) in first.iter().zip(second) {
        assert_eq!(a.1, b.1);
        assert!(a.2 == b.2, "{} export differs between runs", a.1);
        assert!(!a.2.is_empty());
    }
    let turtle = String::from_utf8(first[0].2.clone()).unwrap();
    assert!(turtle.contains("@prefix rdo: <https://w3id.org/readout#> ."));
}

#[test]
fn export_to_a_file_parses_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg.db");
    let file = dir.path().join("kg.ttl");
    build(&store, &fixtures().join("articles")).success();
    readout()
        .args(["export", "--format", "turtle", "-o"])
        .arg(&file)
        .arg("--store")
        .arg(&store)
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read(&file).unwrap();
    let parsed = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(&text)
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    assert!(parsed.len() > 50);
}

#[test]
fn a_corrupt_file_is_named_and_the_others_are_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for entry in std::fs::read_dir(fixtures().join("articles")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), input.join(entry.file_name())).unwrap();
    }
    std::fs::write(
        input.join("broken.txt"),
        b" date 2024-01-01 caf\xe9 \xff\xfe",
    )
    .unwrap();
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    std::fs::write(input.join("binary.txt"), b"\x00\x01\x02").unwrap();
    let store = dir.path().join("kg.db");
    readout()
        .args(["build", "--store"])
        .arg(&store)
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.txt: not valid UTF-8"))
        .stderr(predicate::str::contains("empty.txt: empty document"))
        .stderr(predicate::str::contains("binary.txt: binary data"))
        .stderr(predicate::str::contains("3 documents into"));
    let out = readout()
        .args(["query", "who-contacted-whom", "--format", "csv", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), 5, "{csv}");
}

#[test]
fn a_document_without_a_date_is_accepted_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg.db");
    let file = dir.path().join("nodate.txt");
    std::fs::write(
        &file,
        "Kenyan President William Ruto spoke with Ethiopian Prime Minister Abiy Ahmed on Thursday.",
    )
    .unwrap();
    readout()
        .args(["build", "--store"])
        .arg(&store)
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("nodate.txt: no publication date"));
    readout()
        .args(["build", "--date", "2024-06-14", "--quiet", "--store"])
        .arg(&store)
        .arg(&file)
        .assert()
        .success()
        .stderr("");
    readout()
        .args(["query", "who-contacted-whom", "--format", "tsv", "--store"])
        .arg(&store)
        .assert()
        .success()
        .stdout(predicate::str::contains("2024-06-13"));
}

#[test]
fn standard_input_and_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg.db");
    let jsonl = concat!(
        r#"{"id":"a1","date":"2023-03-21","url":"https://example.org/a1","title":"Talks","text":"Russian President Vladimir Putin and Chinese President Xi Jinping held talks in Moscow on Tuesday."}"#,
        "\n",
        "this line is not json\n"
    );
    readout()
        .args(["build", "--store"])
        .arg(&store)
        .arg("-")
        .write_stdin(jsonl)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:2: not a JSON article object",
        ));
    readout()
        .args(["query", "who-contacted-whom", "--store"])
        .arg(&store)
        .assert()
        .success()
        .stdout(predicate::str::contains("Xi Jinping").and(predicate::str::contains("2023-03-21")));
}

#[test]
fn one_shot_in_memory_query() {
    readout()
        .args([
            "query",
            "contacts-of",
            "--param",
            "actor=Antonio Guterres",
            "--from",
        ])
        .arg(fixtures().join("articles"))
        .assert()
        .success()
        .stdout(predicate::str::contains("Vladimir Putin"))
        .stdout(predicate::str::contains("(2 rows)"));
}

#[test]
fn query_files_and_parameters_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg.db");
    build(&store, &fixtures().join("articles")).success();
    let rq = dir.path().join("count.rq");
    std::fs::write(
        &rq,
        "PREFIX rdo: <https://w3id.org/readout#>\nSELECT ?name (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a rdo:Contact ; rdo:initiator ?who . ?who <http://www.w3.org/2000/01/rdf-schema#label> ?name } GROUP BY ?name",
    )
    .unwrap();
    readout()
        .args(["query", "--format", "csv", "--file"])
        .arg(&rq)
        .arg("--param")
        .arg("name=Sergey Lavrov")
        .arg("--store")
        .arg(&store)
        .assert()
        .success()
        .stdout("name,n\r\nSergey Lavrov,1\r\n");
    readout()
        .args(["query", "contacts-of", "--store"])
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs --param actor=VALUE"));
    readout()
        .args(["query", "no-such-query", "--store"])
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown query"));
    let bad = dir.path().join("bad.rq");
    std::fs::write(&bad, "SELECT WHERE {").unwrap();
    readout()
        .args(["query", "--file"])
        .arg(&bad)
        .arg("--store")
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.rq: not valid SPARQL"));
}

#[test]
fn queries_lists_every_canned_query() {
    let out = readout().arg("queries").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for q in readout::query::CANNED {
        assert!(text.contains(q.name), "{} missing", q.name);
    }
    assert!(text.contains("--param actor="));
}

#[test]
fn a_missing_store_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    readout()
        .args(["query", "who-contacted-whom", "--store"])
        .arg(dir.path().join("nowhere.db"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no store there"));
}

#[test]
fn the_example_corpus_shows_contacts() {
    readout()
        .args(["query", "who-contacted-whom", "--from"])
        .arg(root().join("examples/articles"))
        .assert()
        .success()
        .stdout(predicate::str::contains("Xi Jinping"));
}

#[test]
fn eval_scores_against_gold() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.json");
    std::fs::write(
        &gold,
        r#"{"documents": {"lavrov_fidan.txt": {"date": "2023-09-01",
            "contacts": [{"a": "Sergei Lavrov", "b": "Hakan Fidan", "mode": "meeting", "date": "2023-08-31"},
                         {"a": "Sergei Lavrov", "b": "Mevlut Cavusoglu", "mode": "call", "date": "2023-08-01"}],
            "roles": [{"person": "Hakan Fidan", "title": "Foreign Minister", "of": "Turkey"}],
            "statements": [], "not_contacts": []}},
          "actors": [{"name": "Sergei Lavrov", "aliases": ["Lavrov"]},
                     {"name": "Hakan Fidan", "aliases": ["Fidan"]},
                     {"name": "Mevlut Cavusoglu", "aliases": []}]}"#,
    )
    .unwrap();
    let out = readout()
        .args(["eval", "--gold"])
        .arg(&gold)
        .arg(fixtures().join("articles/lavrov_fidan.txt"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("contacts (strict)  precision 1.00  recall 0.50  F1 0.67"),
        "{text}"
    );
    assert!(
        text.contains("contact missed:            Mevlut Cavusoglu -- Sergei Lavrov @ 2023-08-01"),
        "{text}"
    );
    readout()
        .args(["eval", "--min-f1", "0.9", "--format", "json", "--gold"])
        .arg(&gold)
        .arg(fixtures().join("articles/lavrov_fidan.txt"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"contacts_strict\""));
}

#[test]
fn explain_shows_the_sentences_behind_each_contact() {
    readout()
        .args(["query", "who-contacted-whom", "--explain", "--from"])
        .arg(fixtures().join("articles"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Sergei Lavrov -> Hakan Fidan  2023-08-31  meeting  (1 source)",
        ))
        .stdout(predicate::str::contains("lavrov_fidan ["))
        .stdout(predicate::str::contains("contact.contact-host: \"Russian Foreign Minister Sergei Lavrov hosted Turkish Foreign Minister Hakan Fidan\""))
        .stdout(predicate::str::contains("contact.contact-tell: \"Fidan told Lavrov\""));
    readout()
        .args(["query", "roles", "--explain", "--from"])
        .arg(fixtures().join("articles"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--explain goes with"));
}
