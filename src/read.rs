//! read: files, folders and standard input to [`Document`]s.
//!
//! Two formats: the plain-text article format of the seed corpus
//! (` date YYYY-MM-DD ` then the text) and JSON Lines with the fields
//! `id`, `date`, `url`, `title`, `text`. A bad document never stops the
//! others: each input yields either a document or an [`InputError`] naming
//! the file (and line) and the reason.

use crate::document::Document;
use chrono::NaiveDate;
use serde::Deserialize;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why one input could not be read. Printed as `origin: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub origin: String,
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for InputError {}

/// What reading produced: documents in a stable order, the errors, and
/// warnings (such as a document without a date).
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub documents: Vec<Document>,
    pub errors: Vec<InputError>,
    pub warnings: Vec<String>,
}

/// Options that apply to every document read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Publication date for documents that carry none.
    pub default_date: Option<NaiveDate>,
}

/// One input: standard input or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

/// The inputs the paths name (`-` is standard input), without reading
/// them: folders are walked recursively for `.txt` and `.jsonl` files, in
/// sorted order so runs are repeatable. A path that cannot be listed is an
/// error; the others are still returned.
pub fn sources(paths: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let mut files = Vec::new();
        if let Err(e) = collect_files(path, &mut files, true) {
            errors.push(InputError {
                origin: path.display().to_string(),
                reason: e,
            });
        }
        out.extend(files.into_iter().map(Source::File));
    }
    (out, errors)
}

/// Reads one input: its documents, errors and warnings. Inputs are read one
/// at a time so a large corpus never has to fit in memory.
pub fn read_source(source: &Source, options: &ReadOptions) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => read_bytes("<stdin>", "stdin", &bytes, None, options, &mut outcome),
                Err(e) => outcome.errors.push(InputError {
                    origin: "<stdin>".into(),
                    reason: format!("cannot read: {e}"),
                }),
            }
        }
        Source::File(path) => read_file(path, options, &mut outcome),
    }
    outcome
}

/// Reads every path at once (small inputs, tests); `build` streams with
/// [`sources`] and [`read_source`].
pub fn read_inputs(paths: &[PathBuf], options: &ReadOptions) -> ReadOutcome {
    let (sources, errors) = sources(paths);
    let mut all = ReadOutcome {
        errors,
        ..ReadOutcome::default()
    };
    let mut ids = DocumentIds::default();
    for source in &sources {
        let mut outcome = read_source(source, options);
        ids.admit(&mut outcome);
        all.documents.extend(outcome.documents);
        all.errors.extend(outcome.errors);
        all.warnings.extend(outcome.warnings);
    }
    all
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>, explicit: bool) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("cannot list folder: {}", io_reason(&e)))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            let hidden = entry
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                collect_files(&entry, out, false)?;
            }
        }
    } else if explicit || is_article_file(path) {
        // A file named on the command line is read whatever its extension;
        // inside folders only article files are, so a README does not count.
        out.push(path.to_path_buf());
    }
    Ok(())
}

fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt") | Some("jsonl")
    )
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn read_file(path: &Path, options: &ReadOptions, outcome: &mut ReadOutcome) {
    let origin = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            outcome.errors.push(InputError {
                origin,
                reason: format!("cannot read: {}", io_reason(&e)),
            });
            return;
        }
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("document")
        .to_string();
    let jsonl = path.extension().and_then(|e| e.to_str()) == Some("jsonl");
    read_bytes(&origin, &stem, &bytes, Some(jsonl), options, outcome);
}

/// `jsonl`: `Some` when the extension decides the format, `None` to sniff
/// it (standard input).
fn read_bytes(
    origin: &str,
    stem: &str,
    bytes: &[u8],
    jsonl: Option<bool>,
    options: &ReadOptions,
    outcome: &mut ReadOutcome,
) {
    let error = |reason: String| InputError {
        origin: origin.to_string(),
        reason,
    };
    if bytes.contains(&0) {
        outcome
            .errors
            .push(error("binary data (NUL byte), not a text article".into()));
        return;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            outcome.errors.push(error(format!(
                "not valid UTF-8 (bad byte at offset {})",
                e.valid_up_to()
            )));
            return;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        outcome.errors.push(error("empty document".into()));
        return;
    }
    let jsonl = jsonl.unwrap_or_else(|| text.trim_start().starts_with('{'));
    if jsonl {
        read_jsonl(origin, stem, text, options, outcome);
    } else {
        let (date, body) = split_date_header(text);
        if body.trim().is_empty() {
            outcome
                .errors
                .push(error("empty document (a date header and no text)".into()));
            return;
        }
        let date = date.or(options.default_date);
        if date.is_none() {
            outcome.warnings.push(format!(
                "{origin}: no publication date; relative dates stay unresolved (use --date)"
            ));
        }
        outcome.documents.push(Document {
            id: sanitize_id(stem),
            date,
            url: None,
            title: None,
            text: body.to_string(),
            origin: origin.to_string(),
        });
    }
}

/// Splits ` date YYYY-MM-DD ` off the front of an article. The body keeps
/// its own bytes so offsets point into exactly what the user gave us after
/// the header.
pub fn split_date_header(text: &str) -> (Option<NaiveDate>, &str) {
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix("date ") {
        let rest = rest.trim_start();
        if let (Some(head), Some(tail)) = (rest.get(..10), rest.get(10..)) {
            if let Ok(date) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
                return (Some(date), tail.trim_start_matches([' ', '\t']));
            }
        }
    }
    (None, text)
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    date: Option<String>,
    url: Option<String>,
    title: Option<String>,
    text: Option<String>,
}

fn read_jsonl(
    origin: &str,
    stem: &str,
    text: &str,
    options: &ReadOptions,
    outcome: &mut ReadOutcome,
) {
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line_origin = format!("{origin}:{number}");
        if line.trim().is_empty() {
            continue;
        }
        let error = |reason: String| InputError {
            origin: line_origin.clone(),
            reason,
        };
        let article: JsonArticle = match serde_json::from_str(line) {
            Ok(a) => a,
            Err(e) => {
                outcome
                    .errors
                    .push(error(format!("not a JSON article object: {e}")));
                continue;
            }
        };
        let Some(body) = article.text.filter(|t| !t.trim().is_empty()) else {
            outcome.errors.push(error("no \"text\" field".into()));
            continue;
        };
        let date = match article.date.as_deref().map(parse_loose_date) {
            Some(Some(d)) => Some(d),
            Some(None) => {
                outcome.errors.push(error(format!(
                    "\"date\" is not YYYY-MM-DD: {:?}",
                    article.date.unwrap_or_default()
                )));
                continue;
            }
            None => options.default_date,
        };
        if date.is_none() {
            outcome.warnings.push(format!(
                "{line_origin}: no publication date; relative dates stay unresolved (use --date)"
            ));
        }
        // Without an id, one derived from the text: stable when lines are
        // added or removed around it, so a rebuild replaces, not duplicates.
        let id = match article.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{stem}-{:016x}", fnv1a(body.as_bytes())),
        };
        outcome.documents.push(Document {
            id: sanitize_id(&id),
            date,
            url: article.url,
            title: article.title,
            text: body,
            origin: line_origin,
        });
    }
}

/// Accepts `YYYY-MM-DD` and an ISO timestamp that starts with one.
fn parse_loose_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// Document ids go into IRIs: letters, digits, `-`, `_`, `.` stay, any
/// other byte is percent-encoded, so two different ids never collide.
fn sanitize_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() {
        "document".into()
    } else {
        out
    }
}

/// 64-bit FNV-1a: a stable, dependency-free hash for derived ids.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The document ids of one run. Two inputs with one id would overwrite each
/// other's graph: the second is refused.
#[derive(Debug, Default)]
pub struct DocumentIds {
    seen: std::collections::HashMap<String, String>,
}

impl DocumentIds {
    /// Moves documents whose id was already used to the errors.
    pub fn admit(&mut self, outcome: &mut ReadOutcome) {
        let mut keep = Vec::with_capacity(outcome.documents.len());
        for doc in std::mem::take(&mut outcome.documents) {
            if let Some(first) = self.seen.get(&doc.id) {
                outcome.errors.push(InputError {
                    origin: doc.origin.clone(),
                    reason: format!("document id {:?} already used by {first}", doc.id),
                });
            } else {
                self.seen.insert(doc.id.clone(), doc.origin.clone());
                keep.push(doc);
            }
        }
        outcome.documents = keep;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_gives_date_and_body() {
        let (date, body) = split_date_header(" date 2024-04-12 Blinken spoke.");
        assert_eq!(date, NaiveDate::from_ymd_opt(2024, 4, 12));
        assert_eq!(body, "Blinken spoke.");
    }

    #[test]
    fn odd_headers_do_not_panic() {
        let (date, body) = split_date_header(" date 2024‐04‐12 text");
        assert_eq!(date, None);
        assert!(body.contains("text"));
        let mut outcome = ReadOutcome::default();
        read_bytes(
            "h.txt",
            "h",
            b" date 2024-04-12 \n\n",
            Some(false),
            &ReadOptions::default(),
            &mut outcome,
        );
        assert!(outcome.errors[0]
            .to_string()
            .starts_with("h.txt: empty document"));
    }

    #[test]
    fn ids_are_distinct_and_stable() {
        assert_eq!(sanitize_id("a b"), "a%20b");
        assert_ne!(sanitize_id("a b"), sanitize_id("a_b"));
        assert_eq!(sanitize_id("Киев"), "%D0%9A%D0%B8%D0%B5%D0%B2");
        let mut one = ReadOutcome::default();
        read_jsonl(
            "f.jsonl",
            "f",
            "{\"text\":\"Same text.\"}\n",
            &ReadOptions::default(),
            &mut one,
        );
        let mut two = ReadOutcome::default();
        read_jsonl(
            "f.jsonl",
            "f",
            "{\"text\":\"Other.\"}\n{\"text\":\"Same text.\"}\n",
            &ReadOptions::default(),
            &mut two,
        );
        assert_eq!(one.documents[0].id, two.documents[1].id);
    }

    #[test]
    fn no_header_keeps_text() {
        let (date, body) = split_date_header("Blinken spoke.");
        assert_eq!(date, None);
        assert_eq!(body, "Blinken spoke.");
    }

    #[test]
    fn bad_inputs_are_named_and_others_kept() {
        let mut outcome = ReadOutcome::default();
        let options = ReadOptions::default();
        read_bytes("a.txt", "a", b"", Some(false), &options, &mut outcome);
        read_bytes(
            "b.txt",
            "b",
            b"\xff\xfe",
            Some(false),
            &options,
            &mut outcome,
        );
        read_bytes("c.txt", "c", b"ab\0cd", Some(false), &options, &mut outcome);
        read_bytes(
            "d.txt",
            "d",
            b" date 2024-01-02 Fine.",
            Some(false),
            &options,
            &mut outcome,
        );
        assert_eq!(outcome.documents.len(), 1);
        let reasons: Vec<String> = outcome.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(reasons.len(), 3);
        assert!(reasons[0].starts_with("a.txt: empty"));
        assert!(reasons[1].starts_with("b.txt: not valid UTF-8"));
        assert!(reasons[2].starts_with("c.txt: binary"));
    }

    #[test]
    fn jsonl_bad_line_is_skipped() {
        let mut outcome = ReadOutcome::default();
        let text = "{\"id\":\"x1\",\"date\":\"2024-04-12\",\"text\":\"Hello.\"}\nnot json\n{\"id\":\"x2\",\"text\":\"No date.\"}\n";
        read_jsonl("f.jsonl", "f", text, &ReadOptions::default(), &mut outcome);
        assert_eq!(outcome.documents.len(), 2);
        assert_eq!(outcome.errors.len(), 1);
        assert!(outcome.errors[0].to_string().starts_with("f.jsonl:2: "));
        assert_eq!(outcome.warnings.len(), 1);
    }

    #[test]
    fn default_date_fills_missing_date() {
        let mut outcome = ReadOutcome::default();
        let options = ReadOptions {
            default_date: NaiveDate::from_ymd_opt(2024, 1, 1),
        };
        read_bytes("a.txt", "a", b"Text.", Some(false), &options, &mut outcome);
        assert_eq!(outcome.documents[0].date, options.default_date);
        assert!(outcome.warnings.is_empty());
    }
}
