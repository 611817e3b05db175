//! Every canned query runs against a store built from the fixture articles
//! and answers what those articles say.

use super::util::{documents_at, extractor, fixtures, store_of};
use oxigraph::store::Store;
use readout::query::{run, CannedQuery, CANNED};
use readout::results::{collect, display};
use readout::store;
use std::sync::OnceLock;

fn fixture_store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| store_of(&documents_at(&fixtures().join("articles"))))
}

/// Rows of a canned query as `var=value` strings for the named variables.
fn rows(name: &str, params: &[(&str, &str)], vars: &[&str]) -> Vec<String> {
    let q = CannedQuery::find(name).unwrap();
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let results = run(fixture_store(), name, q.text, &params).unwrap();
    let Ok(table) = collect(results).unwrap() else {
        panic!("{name} is not a SELECT")
    };
    table
        .rows
        .iter()
        .map(|row| {
            vars.iter()
                .map(|v| {
                    let i = table
                        .variables
                        .iter()
                        .position(|x| x.as_str() == *v)
                        .unwrap_or_else(|| panic!("{name} has no ?{v}"));
                    row[i].as_ref().map(display).unwrap_or_else(|| "-".into())
                })
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect()
}

#[test]
fn who_contacted_whom_has_one_row_per_event() {
    assert_eq!(
        rows(
            "who-contacted-whom",
            &[],
            &["aLabel", "bLabel", "date", "mode", "sources"]
        ),
        vec![
            "Antonio Guterres | Sergei Lavrov | 2022-04-26 | meeting | 1",
            "Antonio Guterres | Vladimir Putin | 2022-04-26 | meeting | 1",
            "Sergei Lavrov | Hakan Fidan | 2023-08-31 | meeting | 1",
            "William Ruto | Abiy Ahmed | 2024-06-13 | unspecified | 1",
        ]
    );
}

#[test]
fn who_contacted_whom_has_the_contract_variables() {
    let q = CannedQuery::find("who-contacted-whom").unwrap();
    let results = run(fixture_store(), "w", q.text, &[]).unwrap();
    let table = collect(results).unwrap().ok().unwrap();
    let vars: Vec<&str> = table.variables.iter().map(|v| v.as_str()).collect();
    assert_eq!(
        vars,
        ["a", "aLabel", "b", "bLabel", "date", "mode", "sources"]
    );
}

#[test]
fn contacts_of_takes_a_label_or_an_iri() {
    let by_name = rows(
        "contacts-of",
        &[("actor", "Lavrov")],
        &["otherLabel", "date"],
    );
    assert_eq!(
        by_name,
        vec!["Antonio Guterres | 2022-04-26", "Hakan Fidan | 2023-08-31"]
    );
    let by_iri = rows(
        "contacts-of",
        &[("actor", "https://w3id.org/readout/id/actor/sergey-lavrov")],
        &["otherLabel", "date"],
    );
    assert_eq!(by_iri, by_name);
    assert!(rows("contacts-of", &[("actor", "Nobody Known")], &["otherLabel"]).is_empty());
}

#[test]
fn roles_statements_events_actors_timeline() {
    let roles = rows("roles", &[], &["personLabel", "titleLabel", "ofLabel"]);
    assert!(
        roles.contains(&"Vladimir Putin | President | -".to_string()),
        "{roles:?}"
    );
    assert!(
        roles.contains(&"Sergei Lavrov | Foreign Minister | Russia".to_string()),
        "{roles:?}"
    );
    assert!(
        roles.contains(&"William Ruto | President | Kenya".to_string()),
        "{roles:?}"
    );
    assert!(
        roles.contains(&"Antonio Guterres | Secretary-General | -".to_string())
            || roles
                .iter()
                .any(|r| r.starts_with("Antonio Guterres | Secretary-General")),
        "{roles:?}"
    );

    let statements = rows("statements", &[], &["speakerLabel", "quote"]);
    assert_eq!(
        statements,
        vec![
            "Antonio Guterres | My objective is to end the suffering of civilians as quickly as possible",
            "William Ruto | We agreed to keep our borders calm and our trade open",
        ]
    );

    let events = rows("events", &[], &["type", "agentLabel", "date"]);
    assert_eq!(events, vec!["attack | Israel | 2023-08-30"]);

    let actors = rows("actors", &[], &["actorLabel"]);
    for name in [
        "Sergei Lavrov",
        "Hakan Fidan",
        "William Ruto",
        "Vladimir Putin",
    ] {
        assert!(
            actors.contains(&name.to_string()),
            "{name} missing from {actors:?}"
        );
    }

    let timeline = rows("timeline", &[], &["date", "kind"]);
    let dates: Vec<&str> = timeline
        .iter()
        .map(|r| r.split(" | ").next().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "timeline is in date order");
    assert!(timeline.iter().any(|r| r.ends_with("| event")));
}

#[test]
fn every_canned_query_runs() {
    for q in CANNED {
        let params: Vec<(String, String)> = q
            .parameters()
            .into_iter()
            .map(|p| (p, "Lavrov".to_string()))
            .collect();
        let results = run(fixture_store(), q.name, q.text, &params)
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
        let table = collect(results).unwrap().ok().unwrap();
        assert!(!table.rows.is_empty(), "{} answered nothing", q.name);
    }
}

/// Regression: a role without affiliation once took the target of any
/// corpus link (an unbound variable joined every `rdo:resolvesTo`).
#[test]
fn a_role_without_affiliation_stays_without_one() {
    let docs = [
        super::util::doc("d1", "2023-09-01", "Turkish Foreign Minister Hakan Fidan arrived in Moscow."),
        super::util::doc(
            "d2",
            "2023-09-01",
            "Russian Foreign Minister Sergei Lavrov called his Turkish counterpart on Monday. President Vladimir Putin was away.",
        ),
    ];
    let store = store_of(&docs);
    assert!(
        store.len().unwrap() > 0 && store::link(&store, &extractor().lexicon).unwrap() > 0,
        "an office link exists"
    );
    let q = CannedQuery::find("roles").unwrap();
    let Ok(table) = collect(run(&store, "roles", q.text, &[]).unwrap()).unwrap() else {
        panic!("roles is a SELECT")
    };
    let of = table
        .variables
        .iter()
        .position(|v| v.as_str() == "ofLabel")
        .unwrap();
    let person = table
        .variables
        .iter()
        .position(|v| v.as_str() == "personLabel")
        .unwrap();
    let putin: Vec<_> = table
        .rows
        .iter()
        .filter(|r| r[person].as_ref().map(display).as_deref() == Some("Vladimir Putin"))
        .collect();
    assert_eq!(putin.len(), 1);
    assert_eq!(putin[0][of], None);
}

/// A lexicon name written once in full ("Sergei Lavrov", where the
/// lexicon's own label is "Sergey Lavrov") is the label readers see.
#[test]
fn the_label_is_the_full_name_as_written() {
    let docs = [super::util::doc(
        "d1",
        "2025-02-19",
        "Marco Rubio met Russian Foreign Minister Sergei Lavrov and Yuri Ushakov in Riyadh on Tuesday. Lavrov called the talks useful.",
    )];
    let store = store_of(&docs);
    let q = CannedQuery::find("who-contacted-whom").unwrap();
    let Ok(table) = collect(run(&store, "w", q.text, &[]).unwrap()).unwrap() else {
        panic!("who-contacted-whom is a SELECT")
    };
    let labels: Vec<String> = table
        .rows
        .iter()
        .flat_map(|r| r.iter().flatten().map(display))
        .collect();
    assert!(labels.iter().any(|l| l == "Sergei Lavrov"), "{labels:?}");
    assert!(!labels.iter().any(|l| l == "Sergey Lavrov"), "{labels:?}");
}
