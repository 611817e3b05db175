//! What `relate` produces for one document: the facts, each with the span
//! of text that supports it and the rule that found it.

use crate::dates::DateValue;
use crate::document::{Document, Span};
use crate::lexicon::ContactMode;
use crate::resolve::{ActorId, ActorTable};

/// Where a fact comes from: the supporting text and the rule id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The sentence.
    pub sentence: Span,
    /// The words that matched (a sub-span of the sentence).
    pub anchor: Span,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub person: ActorId,
    pub title: usize,
    pub of: Option<ActorId>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub a: ActorId,
    pub b: ActorId,
    pub mode: ContactMode,
    pub date: Option<DateValue>,
    /// For a contact the sentence does not date: the date the story is at
    /// (the last dated contact before it, else the publication date). Used
    /// only where no other document dates the same contact.
    pub estimated_date: Option<DateValue>,
    pub via: Option<ActorId>,
    pub cameo: Option<String>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub speaker: ActorId,
    /// The quoted words, without their quotation marks.
    pub quote: Span,
    /// Further quotations that continue the same statement (“...,” she
    /// said. “...”), in order.
    pub continued: Vec<Span>,
    pub date: Option<DateValue>,
    pub medium: Option<String>,
    pub reported_by: Option<ActorId>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub event_type: String,
    pub plover: Option<String>,
    pub agent: Option<ActorId>,
    /// The agent is attributed by others ("an attack attributed to Israel").
    pub attributed: bool,
    pub target: Option<ActorId>,
    pub place: Option<ActorId>,
    pub date: Option<DateValue>,
    pub evidence: Evidence,
}

/// Everything extracted from one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub document: Document,
    pub actors: ActorTable,
    pub roles: Vec<Role>,
    pub contacts: Vec<Contact>,
    pub statements: Vec<Statement>,
    pub events: Vec<Event>,
}

impl Statement {
    /// The whole quotation: its parts joined by a space.
    pub fn quote_text(&self, text: &str) -> String {
        let mut out = self.quote.text(text).to_string();
        for part in &self.continued {
            out.push(' ');
            out.push_str(part.text(text));
        }
        out
    }

    /// Where the quotation's last part is, so that a further one can be
    /// known to follow it.
    pub fn last_part(&self) -> Span {
        *self.continued.last().unwrap_or(&self.quote)
    }
}

impl Extraction {
    /// One line per fact, for people: what was found and the rule and text
    /// behind it (`readout extract`).
    pub fn describe(&self, lex: &crate::lexicon::Lexicon) -> Vec<String> {
        let text = &self.document.text;
        let label = |id: ActorId| self.actors.get(id).label.clone();
        let date = |d: &Option<DateValue>| d.map(|d| d.lexical()).unwrap_or_else(|| "-".into());
        let quote = |e: &Evidence| {
            let s = e.anchor.text(text).replace('\n', " ");
            if s.chars().count() > 100 {
                format!("{}…", s.chars().take(99).collect::<String>())
            } else {
                s
            }
        };
        let mut lines = Vec::new();
        for c in &self.contacts {
            lines.push(format!(
                "contact    {} -> {}  {}  {}{}  [{}] \"{}\"",
                label(c.a),
                label(c.b),
                c.mode.as_str(),
                date(&c.date),
                c.via
                    .map(|v| format!("  via {}", label(v)))
                    .unwrap_or_default(),
                c.evidence.rule,
                quote(&c.evidence)
            ));
        }
        for r in &self.roles {
            lines.push(format!(
                "role       {}  {}{}  \"{}\"",
                label(r.person),
                lex.titles[r.title].label,
                r.of.map(|o| format!("  of {}", label(o)))
                    .unwrap_or_default(),
                quote(&r.evidence)
            ));
        }
        for s in &self.statements {
            lines.push(format!(
                "statement  {}  {}  {}: \"{}\"  [{}]",
                label(s.speaker),
                date(&s.date),
                s.medium.as_deref().unwrap_or("-"),
                s.quote_text(text).replace('\n', " "),
                s.evidence.rule
            ));
        }
        for e in &self.events {
            lines.push(format!(
                "event      {}  agent {}{}  target {}  place {}  {}  \"{}\"",
                e.event_type,
                e.agent.map(label).unwrap_or_else(|| "-".into()),
                if e.attributed { " (attributed)" } else { "" },
                e.target.map(label).unwrap_or_else(|| "-".into()),
                e.place.map(label).unwrap_or_else(|| "-".into()),
                date(&e.date),
                quote(&e.evidence)
            ));
        }
        lines
    }
}
