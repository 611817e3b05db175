//! Subcommands: build, query, queries, export.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;
use readout::export::{export, ExportFormat};
use readout::lexicon::Lexicon;
use readout::map::map;
use readout::pipeline::Extractor;
use readout::query::{self, CannedQuery, CANNED};
use readout::read::{self, ReadOptions};
use readout::results::{self, ResultsFormat};
use readout::store;
use std::io::Write;
use std::path::PathBuf;

/// The store used when --store is not given.
const DEFAULT_STORE: &str = "readout.db";

#[derive(Parser)]
#[command(
    name = "readout",
    version,
    about = "Turn English news articles into an RDF knowledge graph of who contacted whom",
    long_about = "Turn English news articles into an RDF knowledge graph of who contacted whom: \
                  actors, roles, statements, contacts and events, each traceable to its sentence, \
                  kept in an embedded Oxigraph store, queried with canned SPARQL and exported \
                  as RDF."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract from articles and load them into the store (a document
    /// already there is replaced).
    Build(BuildArgs),
    /// Run a canned query (see `readout queries`) or a query file.
    Query(QueryArgs),
    /// List the canned queries.
    Queries,
    /// Write the store as RDF.
    Export(ExportArgs),
    /// Show what readout finds in articles, fact by fact with the rule and
    /// the text behind each, without a store.
    Extract(ExtractArgs),
    /// Score readout on annotated articles: contacts (strict and by pair),
    /// roles and statements against a gold file in the guideline's format.
    Eval(EvalArgs),
}

#[derive(Args)]
struct EvalArgs {
    /// The gold annotations (JSON: documents and actors, as in the
    /// annotation guideline).
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// The annotated articles (files or folders).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// text for people, json for scripts.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// Exit with code 1 when the strict contact F1 is below this.
    #[arg(long, value_name = "F1")]
    min_f1: Option<f64>,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct ExtractArgs {
    /// Files or folders; - reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    /// Also show each sentence as the rules see it: words, dates and
    /// actor mentions in [brackets].
    #[arg(long)]
    items: bool,
}

#[derive(Args)]
struct InputArgs {
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// A lexicon file of your own (Turtle, see ontology/lexicon/), added to
    /// the built-in one. May be repeated.
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
}

#[derive(Args)]
struct BuildArgs {
    /// Files or folders (.txt and .jsonl, walked recursively); - reads
    /// standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The store folder (created if missing).
    #[arg(long, default_value = DEFAULT_STORE, value_name = "DIR")]
    store: PathBuf,
    #[command(flatten)]
    input: InputArgs,
    /// No summary on standard error.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args)]
struct StoreChoice {
    /// The store folder.
    #[arg(long, default_value = DEFAULT_STORE, value_name = "DIR")]
    store: PathBuf,
    /// Build an in-memory store from these files or folders instead of
    /// reading --store (a one-shot run).
    #[arg(long, value_name = "PATH", num_args = 1..)]
    from: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct QueryArgs {
    /// A canned query's name.
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    name: Option<String>,
    /// A SPARQL query file to run instead.
    #[arg(long, value_name = "FILE.rq")]
    file: Option<PathBuf>,
    /// A parameter as name=value (an IRI value is bound as an IRI, any
    /// other as a literal). May be repeated.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE", value_parser = parse_param)]
    params: Vec<(String, String)>,
    #[arg(long, value_enum, default_value_t = ResultsFormat::Table)]
    format: ResultsFormat,
    /// With who-contacted-whom: under each contact, every sentence that
    /// reports it, with its document, character span and rule (other
    /// formats get the contact-evidence query's rows).
    #[arg(long)]
    explain: bool,
    #[command(flatten)]
    store: StoreChoice,
}

#[derive(Args)]
struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Turtle)]
    format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    store: StoreChoice,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not YYYY-MM-DD"))
}

fn parse_param(s: &str) -> Result<(String, String), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not NAME=VALUE"))?;
    let name = name.trim().trim_start_matches('?');
    if name.is_empty() {
        return Err(format!("{s:?} has no name"));
    }
    Ok((name.to_string(), value.to_string()))
}

pub fn run() -> Result<i32> {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build(args),
        Command::Query(args) => run_query(args),
        Command::Queries => list_queries(),
        Command::Export(args) => run_export(args),
        Command::Extract(args) => run_extract(args),
        Command::Eval(args) => run_eval(args),
    }
}

fn extractor(input: &InputArgs) -> Result<Extractor> {
    let lexicon = if input.lexicons.is_empty() {
        Lexicon::builtin()
    } else {
        Lexicon::with_user_files(&input.lexicons)?
    };
    Ok(Extractor::new(lexicon)?)
}

/// Counts of what a build loaded.
#[derive(Default)]
struct Loaded {
    documents: usize,
    contacts: usize,
    roles: usize,
    statements: usize,
    events: usize,
    failed: usize,
}

/// Reads, extracts and loads; reports bad inputs on stderr and goes on.
fn load(store: &oxigraph::store::Store, paths: &[PathBuf], input: &InputArgs) -> Result<Loaded> {
    let extractor = extractor(input)?;
    let options = ReadOptions {
        default_date: input.date,
    };
    let (sources, errors) = read::sources(paths);
    for e in &errors {
        eprintln!("readout: {e}");
    }
    let mut loaded = Loaded {
        failed: errors.len(),
        ..Loaded::default()
    };
    let mut ids = read::DocumentIds::default();
    let mut pending: Vec<readout::document::Document> = Vec::new();
    // Inputs are read one at a time; extraction runs in parallel over
    // batches, and each batch is one transaction, so a failure never
    // leaves a document half-written.
    for (index, source) in sources.iter().enumerate() {
        let outcome = read_reported(source, &options, &mut ids);
        loaded.failed += outcome.errors.len();
        pending.extend(outcome.documents);
        let last = index + 1 == sources.len();
        while pending.len() >= BATCH || (last && !pending.is_empty()) {
            let rest = pending.split_off(pending.len().min(BATCH));
            let batch = std::mem::replace(&mut pending, rest);
            if let Err(e) = load_batch(store, &extractor, &batch, &mut loaded) {
                // The batches before stay loaded: link them before stopping.
                let _ = store::link(store, &extractor.lexicon);
                return Err(e);
            }
        }
    }
    store::link(store, &extractor.lexicon).context("cannot link the corpus")?;
    Ok(loaded)
}

/// Reads one input, admits its document ids and reports its warnings and
/// errors on standard error.
fn read_reported(
    source: &read::Source,
    options: &ReadOptions,
    ids: &mut read::DocumentIds,
) -> read::ReadOutcome {
    let mut outcome = read::read_source(source, options);
    ids.admit(&mut outcome);
    for w in &outcome.warnings {
        eprintln!("readout: warning: {w}");
    }
    for e in &outcome.errors {
        eprintln!("readout: {e}");
    }
    outcome
}

/// Documents per transaction.
const BATCH: usize = 256;

fn load_batch(
    store: &oxigraph::store::Store,
    extractor: &Extractor,
    batch: &[readout::document::Document],
    loaded: &mut Loaded,
) -> Result<()> {
    // A bug that panics on one document must not lose the others: it is
    // reported like a bad input.
    type Mapped = (String, Vec<oxigraph::model::Quad>, [usize; 4]);
    let mapped: Vec<Result<Mapped, String>> = batch
        .par_iter()
        .map(|doc| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let extraction = extractor.extract(doc.clone());
                let counts = [
                    extraction.contacts.len(),
                    extraction.roles.len(),
                    extraction.statements.len(),
                    extraction.events.len(),
                ];
                (doc.id.clone(), map(&extraction, &extractor.lexicon), counts)
            }))
            .map_err(|_| doc.origin.clone())
        })
        .collect();
    let mut graphs = Vec::with_capacity(mapped.len());
    for result in mapped {
        let (id, quads, c) = match result {
            Ok(m) => m,
            Err(origin) => {
                eprintln!("readout: {origin}: internal error while extracting (please report it); skipped");
                loaded.failed += 1;
                continue;
            }
        };
        loaded.documents += 1;
        loaded.contacts += c[0];
        loaded.roles += c[1];
        loaded.statements += c[2];
        loaded.events += c[3];
        graphs.push((id, quads));
    }
    store::replace_documents(store, &graphs).context("cannot write to the store")
}

fn build(args: BuildArgs) -> Result<i32> {
    let store = store::open(&args.store)?;
    let loaded = load(&store, &args.paths, &args.input)?;
    store.flush()?;
    if !args.quiet {
        let n = |count: usize, word: &str| {
            format!("{count} {word}{}", if count == 1 { "" } else { "s" })
        };
        eprintln!(
            "readout: {} into {}: {}, {}, {}, {}{}",
            n(loaded.documents, "document"),
            args.store.display(),
            n(loaded.contacts, "contact report"),
            n(loaded.roles, "role"),
            n(loaded.statements, "statement"),
            n(loaded.events, "event"),
            if loaded.failed > 0 {
                format!(
                    "; {} input{} failed",
                    loaded.failed,
                    if loaded.failed == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            }
        );
    }
    Ok(if loaded.failed > 0 { 2 } else { 0 })
}

/// The store a query or export reads: on disk, or built in memory.
fn open_for_reading(choice: &StoreChoice) -> Result<(oxigraph::store::Store, bool)> {
    if choice.from.is_empty() {
        return Ok((store::open_read_only(&choice.store)?, false));
    }
    let memory = store::in_memory()?;
    let loaded = load(&memory, &choice.from, &choice.input)?;
    Ok((memory, loaded.failed > 0))
}

fn run_query(args: QueryArgs) -> Result<i32> {
    let (origin, text) = match (&args.name, &args.file) {
        (_, Some(file)) => (
            file.display().to_string(),
            std::fs::read_to_string(file)
                .with_context(|| format!("cannot read query file {}", file.display()))?,
        ),
        (Some(name), None) => {
            let q = CannedQuery::find(name)
                .ok_or_else(|| anyhow::anyhow!(query::QueryError::Unknown(name.clone())))?;
            let declared = q.parameters();
            for (p, _) in &args.params {
                if !declared.contains(p) {
                    bail!(
                        "query {name} has no parameter {p:?} (it takes: {})",
                        if declared.is_empty() {
                            "none".to_string()
                        } else {
                            declared.join(", ")
                        }
                    );
                }
            }
            for p in &declared {
                if !args.params.iter().any(|(n, _)| n == p) {
                    bail!("query {name} needs --param {p}=VALUE");
                }
            }
            (name.clone(), q.text.to_string())
        }
        (None, None) => bail!("name a query or give --file"),
    };
    if args.explain && args.name.as_deref() != Some("who-contacted-whom") {
        bail!("--explain goes with the who-contacted-whom query");
    }
    let (store, input_failed) = open_for_reading(&args.store)?;
    if args.explain {
        let evidence = CannedQuery::find("contact-evidence").expect("built in");
        let results = query::run(&store, evidence.name, evidence.text, &[])?;
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        if args.format == ResultsFormat::Table {
            let contacts = query::run(&store, &origin, &text, &[])?;
            write_explained(contacts, results, &mut out)?;
        } else {
            results::write(results, args.format, &mut out)?;
        }
        out.flush()?;
        return Ok(if input_failed { 2 } else { 0 });
    }
    let results = query::run(&store, &origin, &text, &args.params)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    results::write(results, args.format, &mut out)?;
    out.flush()?;
    Ok(if input_failed { 2 } else { 0 })
}

fn list_queries() -> Result<i32> {
    let width = CANNED.iter().map(|q| q.name.len()).max().unwrap_or(0);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for q in CANNED {
        let params = q.parameters();
        let params = if params.is_empty() {
            String::new()
        } else {
            format!(
                " [{}]",
                params
                    .iter()
                    .map(|p| format!("--param {p}=..."))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        writeln!(out, "{:width$}  {}{}", q.name, q.summary(), params)?;
    }
    Ok(0)
}

fn run_export(args: ExportArgs) -> Result<i32> {
    let (store, input_failed) = open_for_reading(&args.store)?;
    match &args.output {
        Some(path) => {
            // Write beside the target and rename, so a failed export never
            // leaves a truncated file.
            let tmp = path.with_extension("readout-partial");
            let file = std::fs::File::create(&tmp)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            let mut w = std::io::BufWriter::new(file);
            export(&store, args.format, &mut w)?;
            w.flush()?;
            drop(w);
            std::fs::rename(&tmp, path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            export(&store, args.format, &mut out)?;
            out.flush()?;
        }
    }
    Ok(if input_failed { 2 } else { 0 })
}

fn run_extract(args: ExtractArgs) -> Result<i32> {
    let extractor = extractor(&args.input)?;
    let options = ReadOptions {
        default_date: args.input.date,
    };
    let (sources, errors) = read::sources(&args.paths);
    for e in &errors {
        eprintln!("readout: {e}");
    }
    let mut failed = errors.len();
    let mut ids = read::DocumentIds::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for source in &sources {
        let outcome = read_reported(source, &options, &mut ids);
        failed += outcome.errors.len();
        for doc in &outcome.documents {
            let date = doc.date.map(|d| d.to_string());
            writeln!(
                out,
                "== {} ({})",
                doc.id,
                date.as_deref().unwrap_or("no date")
            )?;
            if args.items {
                for line in extractor.show_items(doc) {
                    writeln!(out, "items      {line}")?;
                }
            }
            let extraction = extractor.extract(doc.clone());
            for line in extraction.describe(&extractor.lexicon) {
                writeln!(out, "{line}")?;
            }
        }
    }
    out.flush()?;
    Ok(if failed == 0 { 0 } else { 2 })
}

fn run_eval(args: EvalArgs) -> Result<i32> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read gold file {}", args.gold.display()))?;
    let gold = readout::eval::parse_gold(&args.gold.display().to_string(), &text)?;
    let memory = store::in_memory()?;
    let loaded = load(&memory, &args.paths, &args.input)?;
    let lexicon = if args.input.lexicons.is_empty() {
        Lexicon::builtin()
    } else {
        Lexicon::with_user_files(&args.input.lexicons)?
    };
    let report = readout::eval::evaluate(&gold, &memory, &lexicon)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.format == "json" {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
    }
    if loaded.failed > 0 {
        return Ok(2);
    }
    Ok(match args.min_f1 {
        Some(min) if report.contacts_strict.f1 < min => 1,
        _ => 0,
    })
}

/// who-contacted-whom for people, each contact followed by its evidence.
fn write_explained(
    contacts: oxigraph::sparql::QueryResults<'_>,
    evidence: oxigraph::sparql::QueryResults<'_>,
    out: &mut impl Write,
) -> Result<()> {
    use readout::results::{collect, display};
    let (Ok(contacts), Ok(evidence)) = (collect(contacts)?, collect(evidence)?) else {
        bail!("expected SELECT results");
    };
    let column =
        |t: &readout::results::Table, row: &[Option<oxigraph::model::Term>], name: &str| {
            t.variables
                .iter()
                .position(|v| v.as_str() == name)
                .and_then(|i| row[i].as_ref())
                .map(display)
                .unwrap_or_default()
        };
    for row in &contacts.rows {
        let key = ["a", "b", "date"].map(|v| column(&contacts, row, v));
        writeln!(
            out,
            "{} -> {}  {}  {}  ({} source{})",
            column(&contacts, row, "aLabel"),
            column(&contacts, row, "bLabel"),
            if key[2].is_empty() {
                "undated"
            } else {
                &key[2]
            },
            column(&contacts, row, "mode"),
            column(&contacts, row, "sources"),
            if column(&contacts, row, "sources") == "1" {
                ""
            } else {
                "s"
            }
        )?;
        for ev in &evidence.rows {
            if ["a", "b", "date"].map(|v| column(&evidence, ev, v)) != key {
                continue;
            }
            let doc = column(&evidence, ev, "doc");
            writeln!(
                out,
                "    {} [{}..{}] {}: \"{}\"",
                doc.strip_prefix("id:doc/").unwrap_or(&doc),
                column(&evidence, ev, "begin"),
                column(&evidence, ev, "end"),
                column(&evidence, ev, "rule"),
                column(&evidence, ev, "anchor")
            )?;
            let sentence = column(&evidence, ev, "sentence");
            if !sentence.is_empty() {
                writeln!(out, "        {}", sentence.replace('\n', " "))?;
            }
        }
    }
    Ok(())
}
