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
    pub via: Option<ActorId>,
    pub cameo: Option<String>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub speaker: ActorId,
    /// The quoted words, without their quotation marks.
    pub quote: Span,
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
