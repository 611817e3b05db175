//! eval: scores what the store answers against gold annotations in the
//! format of the annotation guideline (`documents` with `contacts`,
//! `roles`, `statements`, `not_contacts`; `actors` with aliases), the way
//! the project's `score.py` does, so a user can measure readout on their
//! own annotated articles.
//!
//! Contacts are compared as unordered actor pairs over the whole corpus:
//! "pairs" ignores dates, "strict" needs the date to agree (a gold
//! `YYYY-MM` agrees with any day of that month, a gold `null` with any
//! date). Optional gold contacts neither add to nor take from the score.
//! Roles are (person, canonical title); statements agree when most of the
//! shorter quotation's words are in the other.

use crate::lexicon::Lexicon;
use crate::query::{run, CannedQuery};
use crate::results::collect;
use oxigraph::model::Term;
use oxigraph::store::Store;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};

#[derive(Debug, Deserialize)]
pub struct Gold {
    pub documents: BTreeMap<String, GoldDocument>,
    #[serde(default)]
    pub actors: Vec<GoldActor>,
}

#[derive(Debug, Deserialize, Default)]
pub struct GoldDocument {
    #[serde(default)]
    pub contacts: Vec<GoldContact>,
    #[serde(default)]
    pub not_contacts: Vec<GoldContact>,
    #[serde(default)]
    pub roles: Vec<GoldRole>,
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
}

#[derive(Debug, Deserialize)]
pub struct GoldContact {
    pub a: String,
    pub b: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Deserialize)]
pub struct GoldRole {
    pub person: String,
    pub title: String,
}

#[derive(Debug, Deserialize)]
pub struct GoldStatement {
    pub speaker: String,
    pub quote: String,
}

#[derive(Debug, Deserialize)]
pub struct GoldActor {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{0}: not a gold file: {1}")]
    Gold(String, String),
    #[error("{0}")]
    Query(#[from] crate::query::QueryError),
    #[error("{0}")]
    Results(#[from] crate::results::ResultsError),
}

pub fn parse_gold(origin: &str, text: &str) -> Result<Gold, EvalError> {
    serde_json::from_str(text).map_err(|e| EvalError::Gold(origin.to_string(), e.to_string()))
}

/// Precision, recall, F1 and the items behind them.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

impl Score {
    fn new(tp_system: usize, system: usize, tp_gold: usize, gold: usize) -> Score {
        let precision = if system > 0 {
            tp_system as f64 / system as f64
        } else {
            0.0
        };
        let recall = if gold > 0 {
            tp_gold as f64 / gold as f64
        } else {
            0.0
        };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Score {
            precision,
            recall,
            f1,
            ..Score::default()
        }
    }
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    pub contacts_strict: Score,
    pub contacts_pairs: Score,
    pub negated: Vec<String>,
    pub roles: Score,
    pub statements: Score,
    pub unknown_labels: BTreeSet<String>,
}

/// Lower case, accents and punctuation folded, "the/his/her/their" dropped:
/// the label normalisation of the scorer.
pub fn norm(label: &str) -> String {
    let folded: String = label
        .chars()
        .map(crate::resolve::fold_accent)
        .filter(|c| c.is_ascii())
        .collect::<String>()
        .to_lowercase()
        .replace('’', "'");
    let cleaned: String = folded
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '\'' || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "his" | "her" | "their"))
        .collect::<Vec<_>>()
        .join(" ")
}

struct Aliases(HashMap<String, String>);

impl Aliases {
    fn new(gold: &Gold) -> Aliases {
        let mut map = HashMap::new();
        for actor in &gold.actors {
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                map.entry(norm(name)).or_insert_with(|| actor.name.clone());
            }
        }
        Aliases(map)
    }

    fn canonical(&self, label: &str, unknown: &mut BTreeSet<String>) -> String {
        match self.0.get(&norm(label)) {
            Some(c) => c.clone(),
            None => {
                unknown.insert(label.to_string());
                format!("?{}", norm(label))
            }
        }
    }
}

type Pair = (String, String);

fn pair(a: &str, b: &str) -> Pair {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

fn show(p: &Pair, date: Option<&str>) -> String {
    match date {
        Some(d) => format!("{} -- {} @ {d}", p.0, p.1),
        None => format!("{} -- {}", p.0, p.1),
    }
}

fn date_agrees(gold: Option<&str>, system: Option<&str>) -> bool {
    match gold {
        None => true,
        Some(g) => system.is_some_and(|s| s.starts_with(g)),
    }
}

fn value(term: &Option<Term>) -> Option<String> {
    match term {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// Rows of a canned query as maps from variable to value.
fn rows(store: &Store, name: &str) -> Result<Vec<HashMap<String, String>>, EvalError> {
    let q = CannedQuery::find(name).expect("a canned query");
    let table = match collect(run(store, name, q.text, &[])?)? {
        Ok(t) => t,
        Err(_) => return Ok(Vec::new()),
    };
    Ok(table
        .rows
        .iter()
        .map(|row| {
            table
                .variables
                .iter()
                .zip(row)
                .filter_map(|(v, t)| value(t).map(|x| (v.as_str().to_string(), x)))
                .collect()
        })
        .collect())
}

pub fn evaluate(gold: &Gold, store: &Store, lex: &Lexicon) -> Result<Report, EvalError> {
    let aliases = Aliases::new(gold);
    let mut report = Report::default();
    let mut unknown = BTreeSet::new();

    // Contacts.
    let mut system: BTreeSet<(Pair, Option<String>)> = BTreeSet::new();
    for row in rows(store, "who-contacted-whom")? {
        let (Some(a), Some(b)) = (row.get("aLabel"), row.get("bLabel")) else {
            continue;
        };
        let a = aliases.canonical(a, &mut unknown);
        let b = aliases.canonical(b, &mut unknown);
        if a == b {
            continue;
        }
        let date = row.get("date").map(|d| d.chars().take(10).collect());
        system.insert((pair(&a, &b), date));
    }
    let mut gold_contacts = Vec::new();
    let mut negatives = Vec::new();
    for doc in gold.documents.values() {
        for c in &doc.contacts {
            gold_contacts.push((pair(&c.a, &c.b), c.date.clone(), c.optional));
        }
        for c in &doc.not_contacts {
            negatives.push(pair(&c.a, &c.b));
        }
    }
    for strict in [true, false] {
        let mut required: Vec<(Pair, Option<String>)> = Vec::new();
        let mut optional: Vec<(Pair, Option<String>)> = Vec::new();
        for (p, d, opt) in &gold_contacts {
            let key = (p.clone(), if strict { d.clone() } else { None });
            if *opt {
                optional.push(key);
            } else if !required.contains(&key) {
                required.push(key);
            }
        }
        let items: BTreeSet<(Pair, Option<String>)> = system
            .iter()
            .map(|(p, d)| (p.clone(), if strict { d.clone() } else { None }))
            .collect();
        let mut matched = BTreeSet::new();
        let mut spurious = Vec::new();
        let mut tp = 0;
        for (p, d) in &items {
            let agrees = |g: &(Pair, Option<String>)| {
                g.0 == *p && (!strict || date_agrees(g.1.as_deref(), d.as_deref()))
            };
            if let Some(i) = required.iter().position(agrees) {
                if matched.insert(i) {
                    tp += 1;
                }
                continue;
            }
            if optional.iter().any(agrees) {
                continue;
            }
            spurious.push(show(p, d.as_deref()));
        }
        let mut score = Score::new(tp, tp + spurious.len(), tp, required.len());
        score.spurious = spurious;
        score.missed = required
            .iter()
            .enumerate()
            .filter(|(i, _)| !matched.contains(i))
            .map(|(_, (p, d))| show(p, d.as_deref()))
            .collect();
        if strict {
            report.contacts_strict = score;
        } else {
            report.contacts_pairs = score;
        }
    }
    let mut negated: BTreeSet<String> = BTreeSet::new();
    for n in &negatives {
        if system.iter().any(|(p, _)| p == n) {
            negated.insert(show(n, None));
        }
    }
    report.negated = negated.into_iter().collect();

    // Roles, titles through the lexicon's canonical titles.
    let title_canon = |t: &str| -> String {
        let n = norm(t);
        lex.titles
            .iter()
            .find(|title| {
                std::iter::once(&title.label)
                    .chain(&title.alt_labels)
                    .any(|l| norm(l) == n)
            })
            .map(|title| title.label.clone())
            .unwrap_or_else(|| format!("?{n}"))
    };
    let want: BTreeSet<(String, String)> = gold
        .documents
        .values()
        .flat_map(|d| d.roles.iter())
        .map(|r| (r.person.clone(), title_canon(&r.title)))
        .collect();
    let mut got: BTreeSet<(String, String)> = BTreeSet::new();
    for row in rows(store, "roles")? {
        if let (Some(p), Some(t)) = (row.get("personLabel"), row.get("titleLabel")) {
            got.insert((aliases.canonical(p, &mut unknown), title_canon(t)));
        }
    }
    let tp = got.intersection(&want).count();
    let mut roles = Score::new(tp, got.len(), tp, want.len());
    roles.missed = want
        .difference(&got)
        .map(|(p, t)| format!("{p} / {t}"))
        .collect();
    roles.spurious = got
        .difference(&want)
        .map(|(p, t)| format!("{p} / {t}"))
        .collect();
    report.roles = roles;

    // Statements.
    let want: Vec<(String, String)> = gold
        .documents
        .values()
        .flat_map(|d| d.statements.iter())
        .map(|s| (s.speaker.clone(), s.quote.clone()))
        .collect();
    let mut got = Vec::new();
    for row in rows(store, "statements")? {
        if let (Some(s), Some(q)) = (row.get("speakerLabel"), row.get("quote")) {
            got.push((aliases.canonical(s, &mut unknown), q.clone()));
        }
    }
    let mut matched = BTreeSet::new();
    let mut tp_system = 0;
    let mut spurious = Vec::new();
    for (speaker, quote) in &got {
        match want
            .iter()
            .position(|(gs, gq)| gs == speaker && quotes_agree(gq, quote))
        {
            Some(i) => {
                tp_system += 1;
                matched.insert(i);
            }
            None => spurious.push(format!("{speaker} | {}", short(quote))),
        }
    }
    let mut statements = Score::new(tp_system, got.len(), matched.len(), want.len());
    statements.missed = want
        .iter()
        .enumerate()
        .filter(|(i, _)| !matched.contains(i))
        .map(|(_, (s, q))| format!("{s} | {}", short(q)))
        .collect();
    statements.spurious = spurious;
    report.statements = statements;
    report.unknown_labels = unknown;
    Ok(report)
}

fn short(q: &str) -> String {
    if q.chars().count() > 70 {
        format!("{}…", q.chars().take(69).collect::<String>())
    } else {
        q.to_string()
    }
}

fn words(text: &str) -> BTreeSet<String> {
    norm(text)
        .replace('\'', " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Two quotations agree when at least 80% of the shorter one's words are
/// in the other.
pub fn quotes_agree(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (small, large) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    small.intersection(large).count() * 10 >= small.len() * 8
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = |name: &str, s: &Score| {
            format!(
                "{name:<18} precision {:.2}  recall {:.2}  F1 {:.2}\n",
                s.precision, s.recall, s.f1
            )
        };
        let mut out = String::new();
        out.push_str(&line("contacts (strict)", &self.contacts_strict));
        out.push_str(&line("contacts (pairs)", &self.contacts_pairs));
        out.push_str(&line("roles", &self.roles));
        out.push_str(&line("statements", &self.statements));
        let _ = writeln!(out, "negated contacts reported: {}", self.negated.len());
        let mut list = |title: &str, items: &[String]| {
            for i in items {
                let _ = writeln!(out, "  {title:<26} {i}");
            }
        };
        list("contact missed:", &self.contacts_strict.missed);
        list("contact spurious:", &self.contacts_strict.spurious);
        list("negated contact reported:", &self.negated);
        list("role missed:", &self.roles.missed);
        list("role spurious:", &self.roles.spurious);
        list("statement missed:", &self.statements.missed);
        list("statement spurious:", &self.statements.spurious);
        let unknown: Vec<String> = self.unknown_labels.iter().cloned().collect();
        list("label not in gold:", &unknown);
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_normalise_like_the_scorer() {
        assert_eq!(norm("The U.S."), "u s");
        assert_eq!(norm("his Turkish counterpart"), "turkish counterpart");
        assert_eq!(norm("Türkiye"), "turkiye");
    }

    #[test]
    fn quotations_agree_on_most_words() {
        assert!(quotes_agree(
            "Iran must not draw the Middle East into a wider conflict.",
            "Today I made clear that Iran must not draw the Middle East into a wider conflict"
        ));
        assert!(!quotes_agree(
            "We will respond",
            "Nothing of the kind happened"
        ));
    }

    #[test]
    fn dates_agree_by_prefix() {
        assert!(date_agrees(Some("2024-01"), Some("2024-01-15")));
        assert!(date_agrees(None, None));
        assert!(!date_agrees(Some("2024-01-15"), None));
    }
}
