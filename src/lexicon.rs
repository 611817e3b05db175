//! The lexicon: countries, organisations, titles, trigger words and cue
//! lists, kept as SKOS in Turtle under `ontology/lexicon/` and embedded in
//! the binary; users may add files of their own.
//!
//! Each entry has a stable IRI, labels, and where useful `skos:example`
//! sentences (and `rdo:counterExample` sentences for triggers) that the
//! test suite runs through the pipeline.

use crate::segment::{tokenize, TokenKind};
use crate::vocab::{RDF, RDO, SKOS};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Term;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The lexicon files shipped with readout, in load order.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "countries.ttl",
        include_str!("../ontology/lexicon/countries.ttl"),
    ),
    (
        "organisations.ttl",
        include_str!("../ontology/lexicon/organisations.ttl"),
    ),
    ("titles.ttl", include_str!("../ontology/lexicon/titles.ttl")),
    (
        "triggers.ttl",
        include_str!("../ontology/lexicon/triggers.ttl"),
    ),
    ("cues.ttl", include_str!("../ontology/lexicon/cues.ttl")),
    ("names.ttl", include_str!("../ontology/lexicon/names.ttl")),
    ("people.ttl", include_str!("../ontology/lexicon/people.ttl")),
];

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{file}: not valid Turtle: {message}")]
    Syntax { file: String, message: String },
    #[error("{file}: {entry}: {message}")]
    Entry {
        file: String,
        entry: String,
        message: String,
    },
    #[error("{file}: cannot read: {message}")]
    Io { file: String, message: String },
}

#[derive(Debug, Clone)]
pub struct Country {
    pub iri: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    pub demonyms: Vec<String>,
    pub metonyms: Vec<String>,
    pub code: Option<String>,
    /// A region or bloc ("Europe", "the Gulf"): it has a demonym but is no
    /// state, so its office holders form a group.
    pub is_region: bool,
    /// The title of its leader ("the leaders of Germany and Poland" are
    /// its Chancellor and Prime Minister), an index into `titles`.
    pub leader: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Ministry,
    GovernmentOffice,
    Military,
    ArmedGroup,
    Intergovernmental,
    NewsAgency,
    Party,
    Company,
    ThinkTank,
    Ngo,
    Court,
    Other,
}

impl OrgKind {
    fn parse(s: &str) -> OrgKind {
        match s {
            "ministry" => OrgKind::Ministry,
            "government-office" => OrgKind::GovernmentOffice,
            "military" => OrgKind::Military,
            "armed-group" => OrgKind::ArmedGroup,
            "intergovernmental" => OrgKind::Intergovernmental,
            "news-agency" => OrgKind::NewsAgency,
            "party" => OrgKind::Party,
            "company" => OrgKind::Company,
            "think-tank" => OrgKind::ThinkTank,
            "ngo" => OrgKind::Ngo,
            "court" => OrgKind::Court,
            _ => OrgKind::Other,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Organization {
    pub iri: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    pub country: Option<usize>,
    pub kind: OrgKind,
}

/// A well-known person, so that "Putin" or "Zelensky" alone is recognised
/// and every spelling lands on one actor.
#[derive(Debug, Clone)]
pub struct Person {
    pub iri: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    pub country: Option<usize>,
    /// An office only this person holds and news names without its holder
    /// ("the Secretary-General" in a UN briefing is Guterres).
    pub office: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Title {
    pub iri: String,
    /// Canonical title, as in the annotation guideline's titles.txt.
    pub label: String,
    pub alt_labels: Vec<String>,
    /// The broader office it is a kind of ("Secretary of State" is a kind
    /// of "Foreign Minister"): counterparts are found through it.
    pub broader: Option<usize>,
    /// Titles that name people in general ("analyst", "writer") and so
    /// need a name right after them to count.
    pub needs_name: bool,
    /// Identifies a person ("Minister Gallant") but says too little to be
    /// a role of its own.
    pub roleless: bool,
    /// Sentences that state this title for someone (run by the tests).
    pub examples: Vec<String>,
    /// A head of state or government: "the Russian leader" is its holder.
    pub head: bool,
    /// Names a person but states no role: elected or named and not in
    /// office yet ("President-elect", rdo:notYetHeld), or a position outside
    /// the canonical titles ("the Chairperson of the African Union
    /// Commission", rdo:noRole).
    pub no_role: bool,
    /// The one country whose name for its broader office this is
    /// ("External Affairs Minister", "EAM": India's foreign minister).
    pub country: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactMode {
    Call,
    Meeting,
    Message,
    Unspecified,
}

impl ContactMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactMode::Call => "call",
            ContactMode::Meeting => "meeting",
            ContactMode::Message => "message",
            ContactMode::Unspecified => "unspecified",
        }
    }

    pub fn parse(s: &str) -> Option<ContactMode> {
        Some(match s {
            "call" => ContactMode::Call,
            "meeting" => ContactMode::Meeting,
            "message" => ContactMode::Message,
            "unspecified" => ContactMode::Unspecified,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct ContactTrigger {
    pub iri: String,
    /// Rule id, used in explanations (the IRI's local name).
    pub id: String,
    /// Surface forms (one or more words each) that fill `V` in patterns.
    pub forms: Vec<Vec<String>>,
    /// Patterns in the pattern language of `relate::pattern`.
    pub patterns: Vec<String>,
    pub mode: ContactMode,
    pub cameo: Option<String>,
    /// Counts only where the sentence also reports a call, meeting or
    /// message ("urged X" is a contact only in a conversation with X).
    pub needs_context: bool,
    /// The trigger is an infinitive of purpose that its patterns put after
    /// a motion verb ("flew to Riyadh to meet X"): the "to" before it marks
    /// no plan.
    pub purpose: bool,
    /// The other party must be people ("moved to join Macron"), not a
    /// state or an organisation ("moved to join NATO").
    pub personal_object: bool,
    /// A visit: where the other party is a country, the visit is an event
    /// (where the visitor went), not a contact.
    pub visits_place: bool,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct EventTrigger {
    pub iri: String,
    pub id: String,
    pub forms: Vec<Vec<String>>,
    pub event_type: String,
    pub plover: Option<String>,
    /// A verb form ("attacked") takes its agent as subject and its target as
    /// object; a noun form ("strike") takes them from modifiers.
    pub verb: bool,
    /// Counts only with a target or place ("struck a broad note" is no
    /// strike).
    pub needs_target: bool,
    pub examples: Vec<String>,
}

/// What a phrase in the text may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseTarget {
    CountryName(usize),
    Demonym(usize),
    Metonym(usize),
    Org(usize),
    Title(usize),
    Person(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    /// Any case ("foreign minister").
    Insensitive,
    /// Capitalised words must be capitalised in the text ("Washington").
    Capitalised,
    /// Exact ("US" is not "us").
    Exact,
}

#[derive(Debug, Clone)]
struct PhraseEntry {
    target: PhraseTarget,
    form: Vec<String>,
    case: CaseRule,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub orgs: Vec<Organization>,
    pub people: Vec<Person>,
    pub titles: Vec<Title>,
    pub contact_triggers: Vec<ContactTrigger>,
    pub event_triggers: Vec<EventTrigger>,
    /// Cue word lists by kind ("negation", "modal", "speech-verb"...).
    pub cues: HashMap<String, Vec<Vec<String>>>,
    phrases: HashMap<String, Vec<PhraseEntry>>,
    max_phrase_len: usize,
    /// Entry IRI -> its other names (countries: alternative names and
    /// metonyms).
    alt_labels: HashMap<String, Vec<String>>,
    /// One-word cues by kind, for constant-time checks.
    cue_words: HashMap<String, std::collections::HashSet<String>>,
    /// First words of contact trigger forms.
    contact_words: std::collections::HashSet<String>,
}

/// Normalises a word for lookup: lower case, typographic apostrophes
/// folded.
pub fn norm_word(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '‐' | '–' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Splits a lexicon form into words the way the segmenter splits text.
pub fn form_words(form: &str) -> Vec<String> {
    tokenize(form, 0)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct || form.len() == 1)
        .map(|t| t.span.text(form).to_string())
        .collect()
}

fn key_of(words: &[String]) -> String {
    words
        .iter()
        .map(|w| norm_word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Lexicon {
    /// The lexicon shipped with readout.
    pub fn builtin() -> Lexicon {
        let mut sources: Vec<(String, String)> = BUILTIN_FILES
            .iter()
            .map(|(n, t)| (format!("ontology/lexicon/{n}"), t.to_string()))
            .collect();
        sources.sort_by(|a, b| a.0.cmp(&b.0));
        Lexicon::from_sources(&sources).expect("the built-in lexicon is valid")
    }

    /// The built-in lexicon plus the user's files.
    pub fn with_user_files(paths: &[impl AsRef<Path>]) -> Result<Lexicon, LexiconError> {
        let mut sources: Vec<(String, String)> = BUILTIN_FILES
            .iter()
            .map(|(n, t)| (format!("ontology/lexicon/{n}"), t.to_string()))
            .collect();
        for path in paths {
            let path = path.as_ref();
            let text = std::fs::read_to_string(path).map_err(|e| LexiconError::Io {
                file: path.display().to_string(),
                message: e.to_string(),
            })?;
            sources.push((path.display().to_string(), text));
        }
        Lexicon::from_sources(&sources)
    }

    /// Builds a lexicon from Turtle sources `(name, text)`.
    pub fn from_sources(sources: &[(String, String)]) -> Result<Lexicon, LexiconError> {
        // subject -> predicate -> objects, kept sorted so every run builds
        // the same lexicon whatever the file order inside.
        let mut subjects: BTreeMap<String, (String, BTreeMap<String, Vec<Term>>)> = BTreeMap::new();
        for (name, text) in sources {
            for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
                let quad = quad.map_err(|e| LexiconError::Syntax {
                    file: name.clone(),
                    message: e.to_string(),
                })?;
                // Entries need IRIs: they become lexicon links in the graph.
                let subject = match &quad.subject {
                    oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
                    other => {
                        return Err(LexiconError::Entry {
                            file: name.clone(),
                            entry: other.to_string(),
                            message: "a lexicon entry needs an IRI, not a blank node".into(),
                        })
                    }
                };
                let entry = subjects
                    .entry(subject)
                    .or_insert_with(|| (name.clone(), BTreeMap::new()));
                entry
                    .1
                    .entry(quad.predicate.as_str().to_string())
                    .or_default()
                    .push(quad.object);
            }
        }
        let mut lex = Lexicon::default();
        let rdf_type = format!("{RDF}type");
        let class_of = |props: &BTreeMap<String, Vec<Term>>| -> Option<String> {
            props.get(&rdf_type).and_then(|types| {
                types.iter().find_map(|t| match t {
                    Term::NamedNode(n) => n.as_str().strip_prefix(RDO).map(str::to_string),
                    _ => None,
                })
            })
        };
        // Countries first: organisations point at them.
        let mut country_index = HashMap::new();
        for (iri, (_, props)) in &subjects {
            let class = class_of(props);
            if matches!(class.as_deref(), Some("CountryEntry") | Some("RegionEntry")) {
                country_index.insert(iri.clone(), lex.countries.len());
                lex.countries.push(Country {
                    iri: iri.clone(),
                    label: pref_label(props).unwrap_or_else(|| local_name(iri)),
                    alt_labels: strings(props, &format!("{SKOS}altLabel")),
                    demonyms: strings(props, &format!("{RDO}demonym")),
                    metonyms: strings(props, &format!("{RDO}metonym")),
                    code: strings(props, &format!("{RDO}code")).into_iter().next(),
                    is_region: class.as_deref() == Some("RegionEntry"),
                    leader: None,
                });
            }
        }
        let mut title_index = HashMap::new();
        for (iri, (_, props)) in &subjects {
            if class_of(props).as_deref() == Some("TitleEntry") {
                title_index.insert(iri.clone(), lex.titles.len());
                lex.titles.push(Title {
                    iri: iri.clone(),
                    label: pref_label(props).unwrap_or_else(|| local_name(iri)),
                    alt_labels: strings(props, &format!("{SKOS}altLabel")),
                    broader: None,
                    needs_name: flag(props, &format!("{RDO}needsName")),
                    roleless: flag(props, &format!("{RDO}roleless")),
                    examples: strings(props, &format!("{SKOS}example")),
                    head: flag(props, &format!("{RDO}headOfState")),
                    no_role: flag(props, &format!("{RDO}notYetHeld"))
                        || flag(props, &format!("{RDO}noRole")),
                    country: None,
                });
            }
        }
        for (iri, (file, props)) in &subjects {
            let class = class_of(props);
            let entry_error = |message: String| LexiconError::Entry {
                file: file.clone(),
                entry: iri.clone(),
                message,
            };
            // The country an entry points to with rdo:country, if any.
            let country_of =
                |props: &BTreeMap<String, Vec<Term>>| -> Result<Option<usize>, String> {
                    match iris(props, &format!("{RDO}country")).first() {
                        Some(c) => country_index
                            .get(c)
                            .map(|&i| Some(i))
                            .ok_or_else(|| format!("unknown country {c}")),
                        None => Ok(None),
                    }
                };
            // The title an entry points to with `property`, if any.
            let title_of = |property: String| -> Result<Option<usize>, LexiconError> {
                match iris(props, &property).first() {
                    Some(t) => title_index
                        .get(t)
                        .map(|&i| Some(i))
                        .ok_or_else(|| entry_error(format!("unknown title {t}"))),
                    None => Ok(None),
                }
            };
            match class.as_deref() {
                Some("TitleEntry") => {
                    let t = title_index[iri];
                    lex.titles[t].broader = title_of(format!("{SKOS}broader"))?;
                    lex.titles[t].country = country_of(props).map_err(entry_error)?;
                }
                Some("CountryEntry") => {
                    lex.countries[country_index[iri]].leader =
                        title_of(format!("{RDO}leaderTitle"))?;
                }
                Some("PersonEntry") => {
                    let country = country_of(props).map_err(entry_error)?;
                    lex.people.push(Person {
                        iri: iri.clone(),
                        label: pref_label(props).unwrap_or_else(|| local_name(iri)),
                        alt_labels: strings(props, &format!("{SKOS}altLabel")),
                        country,
                        office: title_of(format!("{RDO}holdsOffice"))?,
                    });
                }
                Some("OrganizationEntry") => {
                    let country = country_of(props).map_err(entry_error)?;
                    lex.orgs.push(Organization {
                        iri: iri.clone(),
                        label: pref_label(props).unwrap_or_else(|| local_name(iri)),
                        alt_labels: strings(props, &format!("{SKOS}altLabel")),
                        country,
                        kind: OrgKind::parse(
                            strings(props, &format!("{RDO}orgKind"))
                                .first()
                                .map(String::as_str)
                                .unwrap_or(""),
                        ),
                    });
                }
                Some("ContactTrigger") => {
                    let mode_text = strings(props, &format!("{RDO}mode"))
                        .into_iter()
                        .next()
                        .unwrap_or_else(|| "unspecified".into());
                    let mode = ContactMode::parse(&mode_text)
                        .ok_or_else(|| entry_error(format!("unknown mode {mode_text:?}")))?;
                    let patterns = strings(props, &format!("{RDO}pattern"));
                    if patterns.is_empty() {
                        return Err(entry_error("a contact trigger needs rdo:pattern".into()));
                    }
                    lex.contact_triggers.push(ContactTrigger {
                        iri: iri.clone(),
                        id: local_name(iri),
                        forms: forms(props),
                        patterns,
                        mode,
                        cameo: strings(props, &format!("{RDO}cameo")).into_iter().next(),
                        needs_context: flag(props, &format!("{RDO}needsContext")),
                        purpose: flag(props, &format!("{RDO}purpose")),
                        personal_object: flag(props, &format!("{RDO}personalObject")),
                        visits_place: flag(props, &format!("{RDO}visitsPlace")),
                        examples: strings(props, &format!("{SKOS}example")),
                        counter_examples: strings(props, &format!("{RDO}counterExample")),
                    });
                }
                Some("EventTrigger") => {
                    lex.event_triggers.push(EventTrigger {
                        iri: iri.clone(),
                        id: local_name(iri),
                        forms: forms(props),
                        event_type: strings(props, &format!("{RDO}eventType"))
                            .into_iter()
                            .next()
                            .ok_or_else(|| {
                                entry_error("an event trigger needs rdo:eventType".into())
                            })?,
                        plover: strings(props, &format!("{RDO}plover")).into_iter().next(),
                        verb: flag(props, &format!("{RDO}verb")),
                        needs_target: flag(props, &format!("{RDO}needsTarget")),
                        examples: strings(props, &format!("{SKOS}example")),
                    });
                }
                Some("CueList") => {
                    for kind in strings(props, &format!("{RDO}cueKind")) {
                        lex.cues.entry(kind).or_default().extend(forms(props));
                    }
                }
                _ => {}
            }
        }
        lex.index_phrases();
        Ok(lex)
    }

    fn index_phrases(&mut self) {
        let add = |lex: &mut Lexicon, form: &str, target: PhraseTarget, titles: bool| {
            let words = form_words(form);
            if words.is_empty() {
                return;
            }
            let case = if form.len() <= 5
                && form
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            {
                CaseRule::Exact
            } else if titles {
                CaseRule::Insensitive
            } else {
                CaseRule::Capitalised
            };
            lex.max_phrase_len = lex.max_phrase_len.max(words.len());
            lex.phrases
                .entry(key_of(&words))
                .or_default()
                .push(PhraseEntry {
                    target,
                    form: words,
                    case,
                });
        };
        for (kind, forms) in &self.cues {
            let words = forms
                .iter()
                .filter(|f| f.len() == 1)
                .map(|f| f[0].clone())
                .collect();
            self.cue_words.insert(kind.clone(), words);
        }
        self.contact_words = self
            .contact_triggers
            .iter()
            .flat_map(|t| t.forms.iter().filter_map(|f| f.first().cloned()))
            .collect();
        for c in &self.countries {
            let names = c.alt_labels.iter().chain(&c.metonyms).cloned().collect();
            self.alt_labels.insert(c.iri.clone(), names);
        }
        for o in &self.orgs {
            self.alt_labels.insert(o.iri.clone(), o.alt_labels.clone());
        }
        for p in &self.people {
            self.alt_labels.insert(p.iri.clone(), p.alt_labels.clone());
        }
        let countries = self.countries.clone();
        for (i, c) in countries.iter().enumerate() {
            for label in std::iter::once(&c.label).chain(&c.alt_labels) {
                add(self, label, PhraseTarget::CountryName(i), false);
            }
            for d in &c.demonyms {
                add(self, d, PhraseTarget::Demonym(i), false);
            }
            for m in &c.metonyms {
                add(self, m, PhraseTarget::Metonym(i), false);
            }
        }
        let people = self.people.clone();
        for (i, p) in people.iter().enumerate() {
            for label in std::iter::once(&p.label).chain(&p.alt_labels) {
                add(self, label, PhraseTarget::Person(i), false);
                for variant in hyphen_variants(label) {
                    add(self, &variant, PhraseTarget::Person(i), false);
                }
            }
        }
        let orgs = self.orgs.clone();
        for (i, o) in orgs.iter().enumerate() {
            for label in std::iter::once(&o.label).chain(&o.alt_labels) {
                add(self, label, PhraseTarget::Org(i), false);
            }
        }
        let titles = self.titles.clone();
        for (i, t) in titles.iter().enumerate() {
            for label in std::iter::once(&t.label).chain(&t.alt_labels) {
                add(self, label, PhraseTarget::Title(i), true);
                // "Chinese and Russian Foreign Ministers".
                if let Some(plural) = plural_title(label) {
                    add(self, &plural, PhraseTarget::Title(i), true);
                }
            }
        }
    }

    /// All phrase targets that start at `words[0]`, longest first, as
    /// `(target, number of words)`.
    pub fn lookup(&self, words: &[&str]) -> Vec<(PhraseTarget, usize)> {
        let norms: Vec<String> = words
            .iter()
            .take(self.max_phrase_len)
            .map(|w| norm_word(w))
            .collect();
        self.lookup_normalised(words, &norms)
    }

    /// `lookup` for words already normalised with [`norm_word`] (`norms`,
    /// parallel to `words`): the key grows one word at a time, so each
    /// position costs one pass.
    pub fn lookup_normalised(
        &self,
        words: &[&str],
        norms: &[String],
    ) -> Vec<(PhraseTarget, usize)> {
        let mut found = Vec::new();
        let max = self.max_phrase_len.min(words.len()).min(norms.len());
        let mut key = String::new();
        for len in 1..=max {
            if len > 1 {
                key.push(' ');
            }
            key.push_str(&norms[len - 1]);
            if let Some(entries) = self.phrases.get(&key) {
                for e in entries {
                    if case_ok(e, &words[..len]) && !found.contains(&(e.target, len)) {
                        found.push((e.target, len));
                    }
                }
            }
        }
        // Longest first; entries of one length keep the lexicon's order.
        found.sort_by_key(|&(_, len)| std::cmp::Reverse(len));
        found
    }

    /// Is this word (already normalised) in the cue list `kind`?
    pub fn is_cue(&self, kind: &str, word: &str) -> bool {
        self.cue_words
            .get(kind)
            .is_some_and(|words| words.contains(word))
    }

    /// Is this (normalised) word a one-word form of a contact trigger, or
    /// the first word of one?
    pub fn is_contact_word(&self, word: &str) -> bool {
        self.contact_words.contains(word)
    }

    /// Multi-word cues of `kind` that start at `words[0]`: the longest
    /// match's length.
    pub fn cue_at(&self, kind: &str, words: &[String]) -> Option<usize> {
        self.cues.get(kind).and_then(|forms| {
            forms
                .iter()
                // Forms are normalised when the lexicon is read.
                .filter(|f| f.len() <= words.len() && f.iter().zip(words).all(|(a, b)| a == b))
                .map(Vec::len)
                .max()
        })
    }

    /// The broadest office a title is a kind of (itself if none).
    pub fn office_of(&self, title: usize) -> usize {
        let mut t = title;
        let mut guard = 0;
        while let Some(b) = self.titles[t].broader {
            t = b;
            guard += 1;
            if guard > 16 {
                break;
            }
        }
        t
    }

    /// The most words any lexicon phrase has.
    pub fn max_phrase_len(&self) -> usize {
        self.max_phrase_len
    }

    /// The other names of a country, organisation or person entry.
    pub fn alt_labels_of(&self, iri: &str) -> &[String] {
        self.alt_labels.get(iri).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The known person a name (as written) stands for.
    pub fn person_named(&self, name: &str) -> Option<usize> {
        let words = form_words(name);
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        self.lookup(&refs).into_iter().find_map(|(t, n)| match t {
            PhraseTarget::Person(p) if n == refs.len() => Some(p),
            _ => None,
        })
    }

    pub fn title_by_label(&self, label: &str) -> Option<usize> {
        self.titles.iter().position(|t| t.label == label)
    }

    pub fn country_by_label(&self, label: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.label == label)
    }
}

/// The plural of a title: its head noun (the word before "of", else the
/// last) takes the plural ending. Abbreviations have none.
pub fn plural_title(label: &str) -> Option<String> {
    let mut words: Vec<String> = label.split(' ').map(str::to_string).collect();
    if words
        .iter()
        .any(|w| w.chars().all(|c| c.is_uppercase() || c == '.'))
    {
        return None;
    }
    let head = words
        .iter()
        .position(|w| w == "of")
        .map(|p| p.saturating_sub(1))
        .unwrap_or(words.len() - 1);
    let w = &words[head];
    let plural = if let Some(stem) = w.strip_suffix('y') {
        format!("{stem}ies")
    } else if w.ends_with('s') || w.ends_with("ch") {
        format!("{w}es")
    } else {
        format!("{w}s")
    };
    words[head] = plural;
    Some(words.join(" "))
}

fn case_ok(entry: &PhraseEntry, words: &[&str]) -> bool {
    match entry.case {
        CaseRule::Insensitive => true,
        CaseRule::Exact => entry.form.iter().zip(words).all(|(f, w)| {
            f.chars()
                .map(|c| if c == '’' { '\'' } else { c })
                .eq(w.chars().map(|c| if c == '’' { '\'' } else { c }))
        }),
        CaseRule::Capitalised => entry.form.iter().zip(words).all(|(f, w)| {
            let fu = f.chars().next().is_some_and(char::is_uppercase);
            !fu || w.chars().next().is_some_and(char::is_uppercase)
        }),
    }
}

fn literal_values(props: &BTreeMap<String, Vec<Term>>, predicate: &str) -> Vec<String> {
    props
        .get(predicate)
        .map(|terms| {
            terms
                .iter()
                .filter_map(|t| match t {
                    Term::Literal(l) => Some(l.value().to_string()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn strings(props: &BTreeMap<String, Vec<Term>>, predicate: &str) -> Vec<String> {
    literal_values(props, predicate)
}

fn flag(props: &BTreeMap<String, Vec<Term>>, predicate: &str) -> bool {
    literal_values(props, predicate)
        .iter()
        .any(|v| v == "true" || v == "1")
}

fn iris(props: &BTreeMap<String, Vec<Term>>, predicate: &str) -> Vec<String> {
    props
        .get(predicate)
        .map(|terms| {
            terms
                .iter()
                .filter_map(|t| match t {
                    Term::NamedNode(n) => Some(n.as_str().to_string()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn pref_label(props: &BTreeMap<String, Vec<Term>>) -> Option<String> {
    literal_values(props, &format!("{SKOS}prefLabel"))
        .into_iter()
        .next()
}

fn forms(props: &BTreeMap<String, Vec<Term>>) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = literal_values(props, &format!("{RDO}form"))
        .iter()
        .map(|f| f.split_whitespace().map(norm_word).collect::<Vec<_>>())
        .filter(|f| !f.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

pub fn local_name(iri: &str) -> String {
    iri.rsplit(['/', '#']).next().unwrap_or(iri).to_string()
}

/// "Lee Jae-myung" is also written "Lee Jae Myung" and "Lee Jaemyung"; a
/// particle ("al-Sudani", "Abdel-Aziz") makes no variant.
fn hyphen_variants(label: &str) -> Vec<String> {
    fn given(w: &str) -> Option<(&str, &str)> {
        w.split_once('-').filter(|(a, b)| {
            a.chars().count() > 2
                && !a.eq_ignore_ascii_case("abdel")
                && b.chars().next().is_some_and(char::is_lowercase)
        })
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.len() < 2 || !words.iter().any(|w| given(w).is_some()) {
        return Vec::new();
    }
    [true, false]
        .into_iter()
        .map(|spaced| {
            words
                .iter()
                .map(|w| match given(w) {
                    Some((a, b)) if spaced => {
                        let mut chars = b.chars();
                        let first: String = chars
                            .next()
                            .into_iter()
                            .flat_map(char::to_uppercase)
                            .collect();
                        format!("{a} {first}{}", chars.as_str())
                    }
                    Some((a, b)) => format!("{a}{b}"),
                    None => w.to_string(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[cfg(test)]
mod hyphen_tests {
    use super::hyphen_variants;

    #[test]
    fn hyphenated_given_names_have_spaced_and_joined_forms() {
        assert_eq!(
            hyphen_variants("Lee Jae-myung"),
            vec!["Lee Jae Myung".to_string(), "Lee Jaemyung".to_string()]
        );
        assert!(hyphen_variants("Mohammed al-Sudani").is_empty());
        assert!(hyphen_variants("Jae-myung").is_empty());
        // A first letter of several bytes is no panic.
        assert_eq!(hyphen_variants("Kim Ara-éun")[1], "Kim Araéun");
    }
}
