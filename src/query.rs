//! query: the canned SPARQL queries of `queries/*.rq`, embedded in the
//! binary, and any query file a user brings.
//!
//! Each canned query starts with a comment header: its name and what it
//! answers on the first line, then `Variables:` and `Parameters:` lines.
//! Parameters are bound as RDF terms (SEP-0007 substitution), never
//! spliced into the query text.

use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

/// A query shipped with readout.
#[derive(Debug, Clone, Copy)]
pub struct CannedQuery {
    pub name: &'static str,
    pub text: &'static str,
}

pub const CANNED: &[CannedQuery] = &[
    CannedQuery {
        name: "who-contacted-whom",
        text: include_str!("../queries/who-contacted-whom.rq"),
    },
    CannedQuery {
        name: "contacts-of",
        text: include_str!("../queries/contacts-of.rq"),
    },
    CannedQuery {
        name: "contact-evidence",
        text: include_str!("../queries/contact-evidence.rq"),
    },
    CannedQuery {
        name: "actors",
        text: include_str!("../queries/actors.rq"),
    },
    CannedQuery {
        name: "roles",
        text: include_str!("../queries/roles.rq"),
    },
    CannedQuery {
        name: "statements",
        text: include_str!("../queries/statements.rq"),
    },
    CannedQuery {
        name: "events",
        text: include_str!("../queries/events.rq"),
    },
    CannedQuery {
        name: "timeline",
        text: include_str!("../queries/timeline.rq"),
    },
];

impl CannedQuery {
    pub fn find(name: &str) -> Option<&'static CannedQuery> {
        CANNED.iter().find(|q| q.name == name)
    }

    /// What the query answers: the header's first paragraph, without the
    /// query's name.
    pub fn summary(&self) -> String {
        let text: Vec<&str> = header_lines(self.text)
            .take_while(|l| {
                !l.is_empty() && !l.starts_with("Variables:") && !l.starts_with("Parameters:")
            })
            .collect();
        let text = text.join(" ");
        text.strip_prefix(self.name)
            .map(|r| r.trim_start_matches(':').trim().to_string())
            .unwrap_or(text)
    }

    /// The parameter names the header declares.
    pub fn parameters(&self) -> Vec<String> {
        declared_parameters(self.text)
    }
}

fn header_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
}

/// Parameter names from a `Parameters:` header line ("none" for none).
pub fn declared_parameters(text: &str) -> Vec<String> {
    header_lines(text)
        .find_map(|l| l.strip_prefix("Parameters:"))
        .map(|rest| {
            rest.split(',')
                .filter_map(|p| p.split_whitespace().next())
                .filter(|p| *p != "none")
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("unknown query {0:?}; `readout queries` lists them")]
    Unknown(String),
    #[error("{0}: not valid SPARQL: {1}")]
    Syntax(String, String),
    #[error("query failed: {0}")]
    Evaluation(String),
    #[error("parameter {0:?}: {1}")]
    Parameter(String, String),
}

/// A parameter value: an IRI when it is one (`<...>`, `scheme://...`, or
/// a prefixed name readout prints, such as `id:actor/wang-yi`), a plain
/// literal otherwise.
pub fn parameter_term(value: &str) -> Term {
    let inner = value
        .strip_prefix('<')
        .and_then(|v| v.strip_suffix('>'))
        .unwrap_or(value);
    if let Some((prefix, local)) = inner.split_once(':') {
        if let Some((_, ns)) = crate::vocab::PREFIXES.iter().find(|(p, _)| *p == prefix) {
            if !local.is_empty() && !local.contains(char::is_whitespace) {
                if let Ok(n) = NamedNode::new(format!("{ns}{local}")) {
                    return Term::NamedNode(n);
                }
            }
        }
    }
    if inner.contains("://") {
        if let Ok(n) = NamedNode::new(inner) {
            return Term::NamedNode(n);
        }
    }
    Term::Literal(Literal::from(value))
}

/// Binds the user's `name=value` parameters as the variables of the same
/// name: an IRI value as an IRI, any other as a literal.
pub fn bindings(params: &[(String, String)]) -> Result<Vec<(Variable, Term)>, QueryError> {
    params
        .iter()
        .map(|(name, value)| {
            let variable = Variable::new(name)
                .map_err(|e| QueryError::Parameter(name.clone(), e.to_string()))?;
            Ok((variable, parameter_term(value)))
        })
        .collect()
}

/// Runs a query over the union of the store's graphs.
pub fn run<'a>(
    store: &'a Store,
    origin: &str,
    text: &str,
    params: &[(String, String)],
) -> Result<QueryResults<'a>, QueryError> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(text)
        .map_err(|e| QueryError::Syntax(origin.to_string(), e.to_string()))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let mut bound = prepared.on_store(store);
    for (variable, term) in bindings(params)? {
        bound = bound.substitute_variable(variable, term);
    }
    bound
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_canned_query_parses_and_has_a_header() {
        for q in CANNED {
            let _prepared = SparqlEvaluator::new()
                .parse_query(q.text)
                .unwrap_or_else(|e| panic!("{} does not parse: {e}", q.name));
            assert!(!q.summary().is_empty(), "{} has no summary", q.name);
            assert!(
                q.text.contains("# Parameters:"),
                "{} does not declare its parameters",
                q.name
            );
        }
    }

    #[test]
    fn parameters_are_declared() {
        let q = CannedQuery::find("contacts-of").unwrap();
        assert_eq!(q.parameters(), vec!["actor".to_string()]);
        assert!(CannedQuery::find("who-contacted-whom")
            .unwrap()
            .parameters()
            .is_empty());
    }

    #[test]
    fn parameter_values_become_terms() {
        assert!(matches!(parameter_term("Antony Blinken"), Term::Literal(_)));
        assert!(matches!(
            parameter_term("https://w3id.org/readout/id/actor/x"),
            Term::NamedNode(_)
        ));
        assert_eq!(
            parameter_term("id:actor/wang-yi"),
            Term::NamedNode(NamedNode::new_unchecked(
                "https://w3id.org/readout/id/actor/wang-yi"
            ))
        );
        assert!(matches!(parameter_term("Note: a label"), Term::Literal(_)));
        let b = bindings(&[("actor".into(), "Blinken".into())]).unwrap();
        assert_eq!(b[0].0.as_str(), "actor");
        assert!(bindings(&[("not a name".into(), "x".into())]).is_err());
    }
}
