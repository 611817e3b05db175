//! Query results to the terminal (an aligned table) or to the standard
//! formats: CSV, TSV, SPARQL 1.1 Results JSON and XML.

use crate::vocab::PREFIXES;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, Variable};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultsFormat {
    /// An aligned table for people.
    Table,
    Csv,
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
}

#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("query failed while reading results: {0}")]
    Evaluation(String),
    #[error("this query builds a graph; use a SELECT or ASK query")]
    Graph,
}

/// The rows of a SELECT, collected (canned queries are ordered, so rows
/// come out in a stable order).
pub struct Table {
    pub variables: Vec<Variable>,
    pub rows: Vec<Vec<Option<Term>>>,
}

pub fn collect(results: QueryResults<'_>) -> Result<Result<Table, bool>, ResultsError> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for s in solutions {
                let s = s.map_err(|e| ResultsError::Evaluation(e.to_string()))?;
                rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
            }
            Ok(Ok(Table { variables, rows }))
        }
        QueryResults::Boolean(b) => Ok(Err(b)),
        QueryResults::Graph(_) => Err(ResultsError::Graph),
    }
}

pub fn write(
    results: QueryResults<'_>,
    format: ResultsFormat,
    out: &mut impl Write,
) -> Result<usize, ResultsError> {
    let table = match collect(results)? {
        Ok(t) => t,
        Err(b) => {
            match format {
                ResultsFormat::Table => writeln!(out, "{b}")?,
                other => {
                    let s = QueryResultsSerializer::from_format(standard(other));
                    s.serialize_boolean_to_writer(&mut *out, b)?;
                }
            }
            return Ok(1);
        }
    };
    let count = table.rows.len();
    match format {
        ResultsFormat::Table => write_table(&table, out)?,
        other => {
            let s = QueryResultsSerializer::from_format(standard(other));
            let mut w = s.serialize_solutions_to_writer(&mut *out, table.variables.clone())?;
            for row in &table.rows {
                w.serialize(
                    table
                        .variables
                        .iter()
                        .zip(row)
                        .filter_map(|(v, t)| t.as_ref().map(|t| (v.as_ref(), t.as_ref()))),
                )?;
            }
            w.finish()?;
            if other == ResultsFormat::Json {
                writeln!(out)?;
            }
        }
    }
    Ok(count)
}

fn standard(format: ResultsFormat) -> QueryResultsFormat {
    match format {
        ResultsFormat::Csv => QueryResultsFormat::Csv,
        ResultsFormat::Tsv => QueryResultsFormat::Tsv,
        ResultsFormat::Json => QueryResultsFormat::Json,
        ResultsFormat::Xml | ResultsFormat::Table => QueryResultsFormat::Xml,
    }
}

/// A term as a person reads it: literals by value, IRIs with a prefix.
pub fn display(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            for (prefix, ns) in PREFIXES {
                if let Some(local) = n.as_str().strip_prefix(ns) {
                    return format!("{prefix}:{local}");
                }
            }
            format!("<{}>", n.as_str())
        }
        other => other.to_string(),
    }
}

fn write_table(table: &Table, out: &mut impl Write) -> std::io::Result<()> {
    const MAX: usize = 60;
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|t| {
                    let s = t.as_ref().map(display).unwrap_or_default();
                    let s = s.replace(['\n', '\r', '\t'], " ");
                    if s.chars().count() > MAX {
                        let cut: String = s.chars().take(MAX - 1).collect();
                        format!("{cut}…")
                    } else {
                        s
                    }
                })
                .collect()
        })
        .collect();
    let headers: Vec<String> = table
        .variables
        .iter()
        .map(|v| v.as_str().to_string())
        .collect();
    let widths: Vec<usize> = (0..headers.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain(std::iter::once(headers[i].chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |out: &mut dyn Write, row: &[String]| -> std::io::Result<()> {
        let parts: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, &headers)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for row in &cells {
        line(out, row)?;
    }
    writeln!(
        out,
        "({} row{})",
        cells.len(),
        if cells.len() == 1 { "" } else { "s" }
    )
}
