//! recognise: mentions of actors, titles, dates and quotations, found with
//! the lexicon and with patterns.
//!
//! Each sentence becomes a sequence of [`Item`]s: plain words, punctuation,
//! date expressions, and actor mentions that swallow their titles,
//! appositions and coordinations ("US Secretary of State Antony Blinken",
//! "Jean-Loup Samaan, a senior research fellow of the Middle East
//! Institute,", "his Chinese, Turkish and Saudi counterparts"). Later
//! stages match patterns over items, so "A spoke with B" needs no
//! knowledge of how long A's name and title were.
//!
//! People the lexicon does not know are found from their titles, honorifics
//! and appositions, then recognised again by full name, surname or
//! reordered name anywhere in the document.

use crate::dates::{self, DateExpr};
use crate::document::Span;
use crate::lexicon::{norm_word, Lexicon, PhraseTarget};
use crate::segment::{Segmented, Sentence, TokenKind};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Affiliation {
    Country(usize),
    Org(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    /// The name as the document gives it in full, honorifics removed.
    pub name: String,
    pub title: Option<usize>,
    pub of: Option<Affiliation>,
}

/// What one mention refers to, before resolution to actors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorRef {
    Person(PersonRef),
    Country(usize),
    Org(usize),
    /// An unnamed office holder: "the Turkish foreign minister".
    Office {
        title: usize,
        of: Option<Affiliation>,
    },
    /// "his Chinese counterpart": the office depends on who "his" is.
    Counterpart {
        of: usize,
    },
    /// A named group of people: "American Jewish leaders".
    Group {
        label: String,
        of: Option<usize>,
    },
    /// "he", "him", "I"; "guest" for "his guest", "the visitor".
    Pronoun(String),
    /// "the two leaders", "their" (before a meeting word): the last pair
    /// of actors the document brought together.
    PairAnaphor,
    /// "the delegation", "the visiting leaders": the members of the
    /// delegation the story names ("the mission, which included ...").
    Delegation,
}

/// Nouns for a delegation's people.
pub const DELEGATION_NOUNS: &[&str] = &[
    "delegation",
    "delegations",
    "mission",
    "delegates",
    "leaders",
    "envoys",
    "visitors",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub refs: Vec<ActorRef>,
    /// "China’s" in "China’s foreign ministry": a modifier, not a subject.
    pub possessive: bool,
    /// Several actors joined by "and": each one takes part.
    pub coordinated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    Word,
    Number,
    Punct,
    OpenQuote,
    CloseQuote,
    Possessive,
    Date(DateExpr),
    Actor(Mention),
    /// A demonym used as an adjective ("an Israeli airstrike").
    Demonym(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub span: Span,
    /// Lower-case form of the words covered (for words and punctuation).
    pub norm: String,
    pub kind: ItemKind,
}

impl Item {
    pub fn actor(&self) -> Option<&Mention> {
        match &self.kind {
            ItemKind::Actor(m) => Some(m),
            _ => None,
        }
    }

    pub fn is_word(&self, w: &str) -> bool {
        matches!(
            self.kind,
            ItemKind::Word | ItemKind::Punct | ItemKind::Number
        ) && self.norm == w
    }
}

#[derive(Debug, Clone)]
pub struct SentenceItems {
    pub span: Span,
    pub paragraph: usize,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Default)]
pub struct Recognised {
    pub sentences: Vec<SentenceItems>,
    /// Full names of the people the document introduces.
    pub people: Vec<Vec<String>>,
}

/// Modifiers that put a title in the past.
pub const PAST_TITLE: &[&str] = &["former", "then"];

/// Words that may stand between an affiliation and a title.
const TITLE_MODIFIERS: &[&str] = &[
    "interim",
    "acting",
    "former",
    "new",
    "newly",
    "elected",
    "outgoing",
    "incoming",
    "visiting",
    "then",
    "top",
    "senior",
    "current",
    "veteran",
    "caretaker",
    "transitional",
    "de",
    "facto",
];

/// Words that start capitalised sequences but are never part of a name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "as",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "during",
    "according",
    "meanwhile",
    "however",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "we",
    "they",
    "it",
    "he",
    "she",
    "i",
    "you",
    "there",
    "earlier",
    "later",
    "speaking",
    "asked",
    "tags",
    "watch",
    "live",
    "read",
    "more",
    "also",
    "from",
    "for",
    "with",
    "by",
    "to",
    "of",
    "said",
    "says",
    "today",
    "yesterday",
    "tonight",
    "minister",
    "president",
    "secretary",
    // Institutions after an affiliation ("the Chairperson of the African
    // Union Commission"): no name.
    "commission",
    "council",
    "committee",
    "assembly",
    "parliament",
    "ministry",
    "office",
    "agency",
    "authority",
    "secretariat",
    "department",
    "court",
    "both",
    "some",
    "many",
    "several",
    "all",
    "one",
    "two",
    "three",
    "first",
    "last",
    "next",
    "new",
    "under",
    "over",
    "since",
    "until",
    "amid",
    "despite",
    "following",
    "after",
    "photo",
    "file",
    "reporting",
    "editing",
    "writing",
    "additional",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "comment",
    "video",
];

/// Words that end a name they follow: small words and the verbs of
/// headlines, which title case capitalises ("Vice President Han Zheng Meets
/// With U.S. Vice President-elect JD Vance").
const NAME_STOPS: &[&str] = &[
    "with",
    "and",
    "to",
    "in",
    "for",
    "on",
    "at",
    "as",
    "by",
    "from",
    "amid",
    "over",
    "after",
    "ahead",
    "during",
    "says",
    "said",
    "meets",
    "met",
    "holds",
    "hosts",
    "receives",
    "calls",
    "visits",
    "talks",
    "speaks",
    "urges",
    "welcomes",
    "discusses",
    "warns",
    "tells",
    "signs",
    "agrees",
    "phones",
    "congratulates",
    "thanks",
    "sends",
    "arrives",
    "pledges",
    "vows",
    "condemns",
    "rejects",
    "seeks",
    "praises",
    "backs",
    "invites",
    "dials",
    "greets",
    "joins",
    "wants",
    "will",
    "is",
    "was",
    "are",
    "has",
    "have",
    "had",
];

pub fn recognise(text: &str, segmented: &Segmented, lex: &Lexicon) -> Recognised {
    // Pass 1 finds the people the document introduces with a title, an
    // honorific or an apposition; pass 2 recognises them wherever they
    // recur, by full name, surname or reordered name.
    let mut people: Vec<Vec<String>> = Vec::new();
    // The sentence that first names each of `people`.
    let mut first: HashMap<Vec<String>, usize> = HashMap::new();
    for (s, sentence) in segmented.sentences.iter().enumerate() {
        let items = Scanner::new(text, sentence, lex, &[], Vec::new()).scan();
        for item in &items {
            if let Some(m) = item.actor() {
                for r in &m.refs {
                    if let ActorRef::Person(p) = r {
                        let words: Vec<String> =
                            p.name.split_whitespace().map(str::to_string).collect();
                        if !people.contains(&words) {
                            first.insert(words.clone(), s);
                            people.push(words);
                        }
                    }
                }
            }
        }
    }
    // A name whose words all belong to a longer known name ("Gallant" from
    // "Minister Gallant" beside "Yoav Gallant") is that person: drop it so
    // the surname rule finds the full name.
    let full = people.clone();
    people.retain(|p| {
        !full
            .iter()
            .any(|q| q.len() > p.len() && p.iter().all(|w| q.contains(w)))
    });
    people.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let sentences = segmented
        .sentences
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let named_before = people.iter().map(|p| first[p] <= k).collect();
            SentenceItems {
                span: s.span,
                paragraph: s.paragraph,
                items: Scanner::new(text, s, lex, &people, named_before).scan(),
            }
        })
        .collect();
    Recognised { sentences, people }
}

struct Scanner<'a> {
    lex: &'a Lexicon,
    raw: Vec<&'a str>,
    norms: Vec<String>,
    kinds: Vec<TokenKind>,
    spans: Vec<Span>,
    people: &'a [Vec<String>],
    /// Whether each of `people` was named by this sentence or an earlier one.
    named_before: Vec<bool>,
    /// Lexicon matches by token, computed once each.
    lookups: Vec<std::cell::OnceCell<Vec<(PhraseTarget, usize)>>>,
}

impl<'a> Scanner<'a> {
    fn new(
        text: &'a str,
        sentence: &Sentence,
        lex: &'a Lexicon,
        people: &'a [Vec<String>],
        named_before: Vec<bool>,
    ) -> Self {
        let raw: Vec<&str> = sentence.tokens.iter().map(|t| t.span.text(text)).collect();
        let norms = raw.iter().map(|w| norm_word(w)).collect();
        Scanner {
            lex,
            raw,
            norms,
            kinds: sentence.tokens.iter().map(|t| t.kind).collect(),
            spans: sentence.tokens.iter().map(|t| t.span).collect(),
            people,
            named_before,
            lookups: vec![std::cell::OnceCell::new(); sentence.tokens.len()],
        }
    }

    fn len(&self) -> usize {
        self.raw.len()
    }

    fn norm(&self, i: usize) -> &str {
        self.norms.get(i).map(String::as_str).unwrap_or("")
    }

    fn capitalised(&self, i: usize) -> bool {
        self.raw
            .get(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
            && self.kinds[i] == TokenKind::Word
    }

    /// A word that can be part of a name: capitalised, or a lower-case
    /// particle joined to a capitalised word ("al-Sisi", "bin-Zayed").
    fn name_word(&self, i: usize) -> bool {
        if self.capitalised(i) {
            return true;
        }
        let Some(w) = self.raw.get(i) else {
            return false;
        };
        w.split_once('-').is_some_and(|(particle, rest)| {
            self.lex.is_cue("name-particle", particle)
                && rest.chars().next().is_some_and(char::is_uppercase)
        })
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.spans[from].start, self.spans[to - 1].end)
    }

    fn lookup(&self, i: usize) -> Vec<(PhraseTarget, usize)> {
        if i >= self.len() || self.kinds[i] != TokenKind::Word {
            return Vec::new();
        }
        // Lexicon phrases never cross punctuation other than a period
        // inside a word or a possessive ("People's Republic of China"),
        // nor run longer than the longest phrase (so a
        // sentence without punctuation costs no more than any other).
        self.lookups[i]
            .get_or_init(|| {
                let end = self.len().min(i + self.lex.max_phrase_len());
                let stop = (i..end)
                    .find(|&k| {
                        !matches!(
                            self.kinds[k],
                            TokenKind::Word | TokenKind::Number | TokenKind::Possessive
                        )
                    })
                    .unwrap_or(end);
                self.lex
                    .lookup_normalised(&self.raw[i..stop], &self.norms[i..stop])
            })
            .clone()
    }

    fn title_at(&self, i: usize) -> Option<(usize, usize)> {
        let (t, n) = self.lookup(i).into_iter().find_map(|(t, n)| match t {
            PhraseTarget::Title(t) => Some((t, n)),
            _ => None,
        })?;
        // "Lula's chief foreign policy adviser", "Chief Cabinet
        // Secretary": a one-word position before another title only
        // ranks it.
        if n == 1 && self.lex.titles[t].no_role {
            if let Some((second, m)) = self.title_at(i + 1) {
                return Some((second, n + m));
            }
        }
        Some((t, n))
    }

    fn affiliation_at(&self, i: usize) -> Option<(Affiliation, usize)> {
        self.lookup(i).into_iter().find_map(|(t, n)| match t {
            PhraseTarget::CountryName(c) | PhraseTarget::Demonym(c) | PhraseTarget::Metonym(c) => {
                Some((Affiliation::Country(c), n))
            }
            PhraseTarget::Org(o) => Some((Affiliation::Org(o), n)),
            PhraseTarget::Title(_) | PhraseTarget::Person(_) => None,
        })
    }

    fn scan(&self) -> Vec<Item> {
        let mut items = Vec::new();
        let mut i = 0;
        while i < self.len() {
            if let Some((item, next)) = self.mention_at(i) {
                items.push(item);
                i = next;
                continue;
            }
            if let Some((expr, n)) = dates::match_at(&self.norms, &self.raw, i) {
                items.push(Item {
                    span: self.span(i, i + n),
                    norm: self.norms[i..i + n].join(" "),
                    kind: ItemKind::Date(expr),
                });
                i += n;
                continue;
            }
            let kind = match self.kinds[i] {
                TokenKind::Word => ItemKind::Word,
                TokenKind::Number => ItemKind::Number,
                TokenKind::Possessive => ItemKind::Possessive,
                TokenKind::OpenQuote => ItemKind::OpenQuote,
                TokenKind::CloseQuote => ItemKind::CloseQuote,
                TokenKind::Punct => ItemKind::Punct,
            };
            items.push(Item {
                span: self.spans[i],
                norm: self.norms[i].clone(),
                kind,
            });
            i += 1;
        }
        merge_coordinations(
            attach_possessive_affiliations(join_double_titles(items)),
            self.lex,
        )
    }

    /// An actor mention starting at token `i`: the item and the index after it.
    fn mention_at(&self, i: usize) -> Option<(Item, usize)> {
        if !matches!(self.kinds[i], TokenKind::Word) {
            return None;
        }
        // Plural anaphors: "the two leaders met", "the delegation met"
        // (which may stand for the story's pair).
        let anaphor = |r: ActorRef, end: usize| {
            let item = Item {
                span: self.span(i, end),
                norm: self.norms[i..end].join(" "),
                kind: ItemKind::Actor(Mention {
                    refs: vec![r],
                    possessive: false,
                    coordinated: true,
                }),
            };
            (item, end)
        };
        if let Some(end) = self.pair_anaphor_at(i) {
            return Some(anaphor(ActorRef::PairAnaphor, end));
        }
        if let Some(end) = self.delegation_at(i) {
            return Some(anaphor(ActorRef::Delegation, end));
        }
        // "His talks with Tokayev on Monday ran over time": the owner of a
        // contact named by a noun is its party, whom "he" stands for.
        if matches!(self.norm(i), "his" | "her") && self.contact_noun_after(i + 1) {
            let item = Item {
                span: self.span(i, i + 1),
                norm: self.norm(i).to_string(),
                kind: ItemKind::Actor(Mention {
                    refs: vec![ActorRef::Pronoun(
                        if self.norm(i) == "his" { "he" } else { "she" }.to_string(),
                    )],
                    possessive: true,
                    coordinated: false,
                }),
            };
            return Some((item, i + 1));
        }
        let (refs, end, demonym) = self
            .plural_offices_at(i)
            .or_else(|| self.counterpart_at(i))
            .map(|(r, e)| (r, e, None))
            .or_else(|| self.titled_at(i).map(|(r, e)| (vec![r], e, None)))
            .or_else(|| self.honorific_at(i).map(|(r, e)| (vec![r], e, None)))
            .or_else(|| self.known_person_at(i).map(|(r, e)| (vec![r], e, None)))
            .or_else(|| {
                self.given_name_person_at(i)
                    .map(|(r, e)| (vec![r], e, None))
            })
            .or_else(|| self.lexicon_actor_at(i))
            .or_else(|| self.free_person_at(i).map(|(r, e)| (vec![r], e, None)))
            .or_else(|| self.pronoun_at(i).map(|(r, e)| (vec![r], e, None)))?;
        if let Some(country) = demonym {
            return Some((
                Item {
                    span: self.span(i, end),
                    norm: self.norms[i..end].join(" "),
                    kind: ItemKind::Demonym(country),
                },
                end,
            ));
        }
        // "The Personal Envoy of the Secretary-General for Sudan, Ramtane
        // Lamamra": the name after an office inside another's title is
        // the outer title's holder.
        let inner_office = i > 1
            && self.norm(i - 1) == "of"
            && (i.saturating_sub(4)..i - 1)
                .any(|k| self.title_at(k).is_some_and(|(_, n)| k + n == i - 1))
            && matches!(refs.as_slice(), [ActorRef::Office { .. }]);
        let (refs, mut end) = if inner_office {
            (refs, end)
        } else {
            self.with_apposition(refs, end)
        };
        let coordinated = refs.len() > 1
            && !refs
                .iter()
                .any(|r| matches!(r, ActorRef::Counterpart { .. }));
        let possessive = self.kinds.get(end) == Some(&TokenKind::Possessive);
        let start_span = self.spans[i];
        let mut span = self.span(i, end);
        if possessive {
            span = Span::new(start_span.start, self.spans[end].end);
            end += 1;
        }
        Some((
            Item {
                span,
                norm: self.norms[i..end].join(" "),
                kind: ItemKind::Actor(Mention {
                    refs,
                    possessive,
                    coordinated,
                }),
            },
            end,
        ))
    }

    /// "the two leaders", "both men", "the leaders", and "their" before a
    /// contact word ("their meeting", "their first conversation").
    /// "the delegation", "the African leaders", "the visiting envoys":
    /// not "the leaders of Egypt and Qatar", who are named.
    fn delegation_at(&self, i: usize) -> Option<usize> {
        if self.norm(i) != "the" {
            return None;
        }
        let mut k = i + 1;
        if matches!(
            self.norm(k),
            "visiting"
                | "african"
                | "arab"
                | "european"
                | "whole"
                | "entire"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
        ) {
            k += 1;
        }
        (DELEGATION_NOUNS.contains(&self.norm(k)) && self.norm(k + 1) != "of").then_some(k + 1)
    }

    fn pair_anaphor_at(&self, i: usize) -> Option<usize> {
        const PEOPLE: &[&str] = &[
            "leaders",
            "men",
            "women",
            "presidents",
            "ministers",
            "sides",
            "heads",
            "diplomats",
            "envoys",
            "officials",
            "officers",
            "counterparts",
            "delegations",
            "chiefs",
            "premiers",
        ];
        let w = |k: usize| self.norm(i + k);
        // "the two foreign ministers", "the two Asian leaders".
        if w(0) == "the" && w(1) == "two" {
            for n in 3..=4 {
                let words_only = (2..n).all(|k| self.kinds.get(i + k) == Some(&TokenKind::Word));
                if words_only && PEOPLE.contains(&w(n)) {
                    return Some(i + n + 1);
                }
            }
        }
        match (w(0), w(1), w(2)) {
            ("the", "two", x) if PEOPLE.contains(&x) => Some(i + 3),
            ("both", x, _) if PEOPLE.contains(&x) => Some(i + 2),
            // "both prime ministers", "both foreign ministers".
            ("both", x, y)
                if PEOPLE.contains(&y)
                    && self.kinds.get(i + 1) == Some(&TokenKind::Word)
                    && x.chars().all(char::is_alphabetic) =>
            {
                Some(i + 3)
            }
            ("the", "pair", _) => Some(i + 2),
            // "when the two met at Mar-a-Lago", "the two moved to the East
            // Room": a verb in the past after them.
            ("the", "two", next)
                if self.lex.is_cue("subject-gap", next)
                    || self.lex.is_contact_word(next)
                    || next == ","
                    || (next.len() > 3 && next.ends_with("ed"))
                    || matches!(
                        next,
                        "went"
                            | "flew"
                            | "came"
                            | "sat"
                            | "left"
                            | "stood"
                            | "drove"
                            | "spoke"
                            | "held"
                            | "had"
                            | "met"
                    ) =>
            {
                Some(i + 2)
            }
            // "they met in Kazakhstan": the pair the story is about.
            ("they", _, _) => Some(i + 1),
            // "where Trump received them": the object of a contact verb.
            ("them", _, _)
                if i > 0
                    && self.kinds[i - 1] == TokenKind::Word
                    && self.lex.is_contact_word(self.norm(i - 1)) =>
            {
                Some(i + 1)
            }
            ("their", _, _) => {
                // "their [first|last|...] meeting"
                let trigger_word = |word: &str| self.lex.is_contact_word(word);
                (trigger_word(w(1))
                    || (self.kinds.get(i + 1) == Some(&TokenKind::Word) && trigger_word(w(2))))
                .then_some(i + 1)
            }
            _ => None,
        }
    }

    /// Affiliations joined by commas and "and", from `j`: the list and where
    /// it ends.
    fn affiliation_list(&self, mut j: usize) -> (Vec<Affiliation>, usize) {
        let mut list = Vec::new();
        while let Some((aff, n)) = self.affiliation_at(j) {
            list.push(aff);
            j += n;
            let mut k = j;
            if self.norm(k) == "," {
                k += 1;
            }
            if self.norm(k) == "and" {
                k += 1;
            }
            // "Iran, the Russian Federation and Türkiye".
            if k > j && self.norm(k) == "the" && self.affiliation_at(k + 1).is_some() {
                k += 1;
            }
            if k == j || self.affiliation_at(k).is_none() {
                break;
            }
            j = k;
        }
        (list, j)
    }

    /// Does the title matched at `start` (n words) read as a plural
    /// ("Foreign Ministers" for "Foreign Minister")?
    fn plural_title_at(&self, start: usize, n: usize, title: usize) -> bool {
        let entry = &self.lex.titles[title];
        let matched: Vec<&str> = self.norms[start..start + n]
            .iter()
            .map(String::as_str)
            .collect();
        std::iter::once(&entry.label)
            .chain(&entry.alt_labels)
            .filter_map(|l| crate::lexicon::plural_title(l))
            .any(|p| {
                p.split(' ')
                    .map(crate::lexicon::norm_word)
                    .collect::<Vec<_>>()
                    == matched
            })
    }

    /// Several offices at once: "Chinese and Russian Foreign Ministers
    /// [Wang Yi and Sergei Lavrov]", "the foreign ministers of China and
    /// Russia". With names, the holders; without, the offices.
    fn plural_offices_at(&self, i: usize) -> Option<(Vec<ActorRef>, usize)> {
        let mut j = i;
        if matches!(self.norm(j), "the" | "their") {
            j += 1;
        }
        let (affiliations, title, end) = {
            let (list, after) = self.affiliation_list(j);
            if list.len() >= 2 {
                let (title, n) = self.title_at(after)?;
                if !self.plural_title_at(after, n, title) {
                    return None;
                }
                (list, title, after + n)
            } else {
                let (title, n) = self.title_at(j)?;
                if !self.plural_title_at(j, n, title) || self.norm(j + n) != "of" {
                    return None;
                }
                let mut k = j + n + 1;
                if self.norm(k) == "the" {
                    k += 1;
                }
                let (list, after) = self.affiliation_list(k);
                if list.len() < 2 {
                    return None;
                }
                (list, title, after)
            }
        };
        // Names in the same order: "... Ministers Wang Yi and Sergei Lavrov"
        // (or after a comma: "the Foreign Ministers of Iran and Türkiye,
        // Abbas Araghchi and Hakan Fidan").
        let mut names = Vec::new();
        let mut k = end;
        if self.norm(k) == "," && self.name_after(k + 1).is_some() {
            k += 1;
        }
        let mut last_name_end = end;
        while names.len() < affiliations.len() {
            let Some((name, e)) = self.name_after(k) else {
                break;
            };
            names.push(name);
            last_name_end = e;
            k = e;
            if self.norm(k) == "," {
                k += 1;
            }
            if self.norm(k) == "and" {
                k += 1;
            }
        }
        if names.len() == affiliations.len() {
            let refs = names
                .into_iter()
                .zip(&affiliations)
                .map(|(name, of)| {
                    ActorRef::Person(PersonRef {
                        name,
                        title: Some(title),
                        of: Some(*of),
                    })
                })
                .collect();
            return Some((refs, last_name_end));
        }
        // "Russian and Ukrainian negotiators": no office holders of
        // their own, the teams of two states.
        if self.lex.titles[title].needs_name || self.lex.titles[title].no_role {
            return None;
        }
        let refs = affiliations
            .into_iter()
            .map(|of| ActorRef::Office {
                title,
                of: Some(of),
            })
            .collect();
        Some((refs, end))
    }

    /// "his Chinese, Turkish, Saudi and European counterparts".
    fn counterpart_at(&self, i: usize) -> Option<(Vec<ActorRef>, usize)> {
        let mut j = i;
        if matches!(self.norm(j), "his" | "her" | "their" | "its" | "the") {
            j += 1;
        }
        let mut places = Vec::new();
        // "his counterparts from France, Germany and Poland".
        if matches!(self.norm(j), "counterpart" | "counterparts")
            && matches!(self.norm(j + 1), "from" | "of" | "in")
        {
            let mut k = j + 2;
            while let Some((Affiliation::Country(c), n)) = self.affiliation_at(k) {
                places.push(c);
                k += n;
                let more = match (self.norm(k), self.norm(k + 1)) {
                    (",", "and") => 2,
                    ("," | "and", _) => 1,
                    _ => 0,
                };
                if more == 0 || self.affiliation_at(k + more).is_none() {
                    break;
                }
                k += more;
            }
            if places.is_empty() {
                return None;
            }
            let refs = places
                .into_iter()
                .map(|of| ActorRef::Counterpart { of })
                .collect();
            return Some((refs, k));
        }
        loop {
            let (aff, n) = self.affiliation_at(j)?;
            let Affiliation::Country(c) = aff else {
                return None;
            };
            places.push(c);
            j += n;
            match self.norm(j) {
                "," => {
                    j += 1;
                    if self.norm(j) == "and" {
                        j += 1;
                    }
                }
                "and" => j += 1,
                "counterpart" | "counterparts" => {
                    // "his Rwandan counterpart Paul Kagame": the person.
                    if places.len() == 1 {
                        if let Some((name, end)) = self.name_after(j + 1) {
                            let name = self.full_name(name);
                            return Some((
                                vec![ActorRef::Person(PersonRef {
                                    name,
                                    title: None,
                                    of: Some(Affiliation::Country(places[0])),
                                })],
                                end,
                            ));
                        }
                    }
                    let refs = places
                        .into_iter()
                        .map(|of| ActorRef::Counterpart { of })
                        .collect();
                    return Some((refs, j + 1));
                }
                _ => return None,
            }
        }
    }

    /// "[the] [US|China’s|State Department] Title [of Country] [Name]".
    fn titled_at(&self, i: usize) -> Option<(ActorRef, usize)> {
        let mut j = i;
        // "His Royal Highness Crown Prince ... Mohammed bin Salman".
        if self.honorific_here(j) {
            let n = self.lex.cue_at("honorific", &self.norms[j..]).unwrap_or(0);
            if self.title_at(j + n).is_some() {
                j += n;
            }
        }
        let determiner = j == i && matches!(self.norm(j), "the" | "his" | "her" | "their" | "its");
        if determiner {
            j += 1;
        }
        // "visiting Kenyan President William Ruto", "the former Foreign
        // Minister": modifiers belong to the mention. A title held before
        // ("former president Jair Bolsonaro", "Iran's then foreign
        // minister") is no role.
        let mut past = false;
        while TITLE_MODIFIERS.contains(&self.norm(j)) && !self.capitalised(j) {
            past |= PAST_TITLE.contains(&self.norm(j));
            j += 1;
        }
        // An affiliation before the title ("British", "China’s", "State
        // Department"), preferred to a title that spells its country in
        // ("British Foreign Secretary") so the country is kept.
        let mut of = None;
        if let Some((aff, n)) = self.affiliation_at(j) {
            let mut k = j + n;
            if self.kinds.get(k) == Some(&TokenKind::Possessive) {
                k += 1;
            }
            // "Syria's interim President", "Iran's then foreign minister".
            let mut past_here = false;
            while TITLE_MODIFIERS.contains(&self.norm(k)) {
                past_here |= PAST_TITLE.contains(&self.norm(k));
                k += 1;
            }
            // "Sudan's paramilitary leader", "Russia's veteran top
            // diplomat": a lower-case adjective or two before the title.
            let adjective = |x: usize| {
                self.kinds.get(x) == Some(&TokenKind::Word)
                    && !self.capitalised(x)
                    && self.norm(x).chars().all(char::is_alphabetic)
            };
            // (Only after "Sudan's" or "Sudanese": "the Kremlin with
            // President ..." has no adjective.)
            let modifies = self.kinds.get(j + n) == Some(&TokenKind::Possessive)
                || matches!(self.lookup(j).first(), Some((PhraseTarget::Demonym(_), _)));
            if modifies && self.title_at(k).is_none() && adjective(k) {
                if self.title_at(k + 1).is_some() {
                    k += 1;
                } else if adjective(k + 1) && self.title_at(k + 2).is_some() {
                    k += 2;
                }
            }
            if self.title_at(k).is_some() {
                of = Some(aff);
                j = k;
                past |= past_here;
            }
        }
        let (mut title, n) = self.title_at(j)?;
        let plural = self.plural_title_at(j, n, title);
        j += n;
        // A country's own name for an office ("EAM", "External Affairs
        // Minister"): that country's holder of the broader office.
        if let (Some(c), Some(broader)) = (
            self.lex.titles[title].country,
            self.lex.titles[title].broader,
        ) {
            of = of.or(Some(Affiliation::Country(c)));
            title = broader;
        }
        j = self.after_portfolio(title, j);
        // "Deputy Prime Minister and Minister of Industry and Trade of the
        // Russian Federation Denis Manturov", "Crown Prince and Prime
        // Minister Mohammed bin Salman": the first office, the one news
        // leads with, is kept, unless it is no role the second is
        // ("Deputy Prime Minister and Foreign Minister Ishaq Dar" is a
        // foreign minister, whose counterparts are foreign ministers).
        // ("the Secretary-General and President Embalo" are two people.)
        let states_role = |t: usize| !self.lex.titles[t].no_role && !self.lex.titles[t].roleless;
        if self.norm(j) == "and" && self.capitalised(j + 1) && (!determiner || of.is_some()) {
            if let Some((second, n)) = self.title_at(j + 1) {
                if !states_role(title) && states_role(second) {
                    title = second;
                }
                j = self.after_portfolio(second, j + 1 + n);
            }
        }
        // "Chief of Army Staff General Asim Munir": a rank after a post.
        if self.capitalised(j) && !states_role(title) {
            if let Some((second, n)) = self.title_at(j) {
                if states_role(second) {
                    title = second;
                    j += n;
                }
            }
        }
        if self.norm(j) == "of" || self.norm(j) == "for" {
            let mut k = j + 1;
            if self.norm(k) == "the" {
                k += 1;
            }
            // "Special Envoy of the President of the United States Steven
            // Witkoff": the country of the office that sent him.
            if let Some((_, n)) = self.title_at(k) {
                if self.norm(k + n) == "of" {
                    k += n + 1;
                    if self.norm(k) == "the" {
                        k += 1;
                    }
                } else if self.norm(k + n) == "for" {
                    // "Personal Envoy of the Secretary-General for Sudan":
                    // the country is the mandate, not who sent him.
                    if let Some((_, m)) = self.affiliation_at(k + n + 1) {
                        j = k + n + 1 + m;
                        k = j;
                    }
                }
            }
            if let Some((aff, n)) = self.affiliation_at(k) {
                if of.is_none() {
                    of = Some(aff);
                }
                j = k + n;
                // "of the African Union Commission": a body of it.
                while self.capitalised(j)
                    && matches!(
                        self.norm(j),
                        "commission" | "council" | "committee" | "secretariat" | "assembly"
                    )
                {
                    j += 1;
                }
            }
        }
        let title_entry = &self.lex.titles[title];
        if let Some((name, mut end)) = self.name_after(j) {
            let name = self.full_name(name);
            // "President Paul Kagame of Rwanda".
            if of.is_none() && self.norm(end) == "of" {
                let k = end + 1 + usize::from(self.norm(end + 1) == "the");
                if let Some((aff, n)) = self.affiliation_at(k) {
                    of = Some(aff);
                    end = k + n;
                }
            }
            if past || title_entry.no_role || (title_entry.roleless && of.is_none()) {
                // "Minister Gallant": the person, no role.
                return Some((
                    ActorRef::Person(PersonRef {
                        name,
                        title: None,
                        of: None,
                    }),
                    end,
                ));
            }
            return Some((
                ActorRef::Person(PersonRef {
                    name,
                    title: Some(title),
                    of,
                }),
                end,
            ));
        }
        // A title held before: "Somaliland's then leader, Muse Bihi Abdi,"
        // is the person named after it, with no role; without a name it
        // is no one the document's holders can stand for.
        if past {
            let named = (self.norm(j) == ",")
                .then(|| self.name_after(j + 1))
                .flatten();
            return named
                .filter(|&(_, end)| end >= self.len() || matches!(self.norm(end), "," | "."))
                .map(|(name, end)| {
                    let name = self.full_name(name);
                    (
                        ActorRef::Person(PersonRef {
                            name,
                            title: None,
                            of: None,
                        }),
                        end,
                    )
                });
        }
        // "the presidents of all five Central Asian republics": several
        // people, none of whom the document's one holder is. (Unless named
        // after it: "Their foreign ministers, Ararat Mirzoyan and Jeyhun
        // Bayramov,".)
        // ("the national security advisers of both countries, Ajit Doval
        // and Asim Malik".)
        let named_next = (j..(j + 5).min(self.len()))
            .find(|&k| self.norm(k) == ",")
            .is_some_and(|k| self.name_after(k + 1).is_some());
        if plural && !named_next {
            return None;
        }
        // "the secretary", "the minister": left to the resolver, which
        // finds the one holder of such a title in the document.
        if title_entry.needs_name || (title_entry.roleless && !determiner) {
            return None;
        }
        if !determiner && of.is_none() {
            return None;
        }
        // An aide or army chief stands for no office holder of his own;
        // only a name in apposition says who ("Pakistan's army chief,
        // General Asim Munir,").
        let named_after_comma = self.norm(j) == ","
            && (self.name_after(j + 1).is_some() || self.title_at(j + 1).is_some());
        if title_entry.no_role && !named_after_comma {
            return None;
        }
        // An unnamed office holder. A lower-case title after "the" with no
        // country ("the minister") is left to the resolver.
        // (Not before an apposition that names the holder: "The Personal
        // Envoy ..., Ramtane Lamamra," holds the title itself.)
        if self.lex.titles[title].broader.is_some() && of.is_none() && self.norm(j) != "," {
            title = self.lex.office_of(title);
        }
        Some((ActorRef::Office { title, of }, j))
    }

    /// Past the portfolio of a bare "Minister" or "Secretary" ("of
    /// Industry and Trade", "for Home Affairs"), up to the country or name
    /// that follows; `j` itself where the title has none.
    fn after_portfolio(&self, title: usize, j: usize) -> usize {
        if !self.lex.titles[title].roleless || !matches!(self.norm(j), "of" | "for") {
            return j;
        }
        let mut k = j + 1;
        let mut words = 0;
        loop {
            if self.affiliation_at(k).is_some() || self.honorific_here(k) {
                break;
            }
            if self.capitalised(k) && self.kinds.get(k) == Some(&TokenKind::Word) {
                words += 1;
                k += 1;
            } else if words > 0 && matches!(self.norm(k), "and" | ",") && self.capitalised(k + 1) {
                k += 1;
            } else {
                break;
            }
        }
        // The words run on into a name ("Minister of Defence Rajnath
        // Singh"): too uncertain to split, so no portfolio.
        if words == 0 || !(self.norm(k) == "of" || self.honorific_here(k)) {
            return j;
        }
        k
    }

    fn honorific_here(&self, k: usize) -> bool {
        self.capitalised(k)
            && self
                .lex
                .cue_at("honorific", &self.norms[k.min(self.len())..])
                .is_some()
    }

    /// A name right after a title or honorific: capitalised words and
    /// particles, as many as four.
    fn name_after(&self, j: usize) -> Option<(String, usize)> {
        // Honorifics may stack: "H.E. Mr. Sergei Lavrov", "His Excellency Dr.".
        let mut k = j;
        while let Some(n) = self
            .lex
            .cue_at("honorific", &self.norms[k.min(self.len())..])
        {
            if !self.capitalised(k) || self.known_name_over(k, n) {
                break;
            }
            k += n;
        }
        let start = k;
        let (words, end) = self.name_run(k, |x| self.name_word(x) && !self.is_date_word(x));
        k = end;
        // A lone initial or suffix is no name; "Jr." and "III" may follow one.
        if words.is_empty() || start == k {
            return None;
        }
        // An acronym of three letters or more is no first name ("04:32 PM
        // EDT"); initials such as "JD" are.
        let first = words[0];
        if first.chars().count() > 2 && first.chars().all(char::is_uppercase) {
            return None;
        }
        if words.len() == 1 && NOT_NAMES.contains(&self.norm(start)) {
            return None;
        }
        // A name is not a title ("President Prime Minister") nor a word such
        // as "The".
        if (self.title_at(start).is_some() && !self.known_name_over(start, 1))
            || NOT_NAMES.contains(&self.norm(start))
        {
            return None;
        }
        // A following capitalised lexicon phrase ("President Biden Administration") is
        // not part of the name: stop before organisation words.
        Some((clean_name(&words), k))
    }

    /// A name the lexicon knows that starts at `k` like an honorific of
    /// `n` words and runs past it: "Amir Khan Muttaqi" is no emir.
    fn known_name_over(&self, k: usize, n: usize) -> bool {
        // (Its own name starts so: "Prince Faisal" names Faisal bin Farhan,
        // whose name has no "Prince".)
        self.lookup(k).iter().any(|(t, len)| {
            matches!(t, PhraseTarget::Person(p)
                if *len > n && self.lex.people[*p].label.split(' ').next() == Some(self.raw[k]))
        })
    }

    fn is_date_word(&self, k: usize) -> bool {
        dates::match_at(&self.norms, &self.raw, k).is_some()
    }

    /// The words of a name from `start`: words `accept` takes, and
    /// lower-case particles between them ("Luiz Inacio Lula da Silva",
    /// "Tamim bin Hamad Al Thani"); at most five words besides particles.
    fn name_run(&self, start: usize, accept: impl Fn(usize) -> bool) -> (Vec<&'a str>, usize) {
        let mut words = Vec::new();
        let mut main = 0;
        let mut k = start;
        while k < self.len() && main < 5 {
            // "bin Salman", "von der Leyen".
            let is_particle = |j: usize| self.lex.is_cue("name-particle", self.norm(j));
            let particle = !words.is_empty()
                && is_particle(k)
                && (self.capitalised(k + 1) || (is_particle(k + 1) && self.capitalised(k + 2)));
            if particle {
                words.push(self.raw[k]);
            } else if !words.is_empty() && NAME_STOPS.contains(&self.norm(k)) {
                // Title case in headlines capitalises verbs and small words:
                // "Han Zheng Meets With Vance" names Han Zheng.
                break;
            } else if accept(k) {
                words.push(self.raw[k]);
                main += 1;
            } else {
                break;
            }
            k += 1;
        }
        (words, k)
    }

    /// A short form of a name the document gives in full ("Prime Minister
    /// Modi" after "Narendra Modi") is that full name.
    fn full_name(&self, name: String) -> String {
        let words: Vec<&str> = name.split_whitespace().collect();
        // A name only stands for a fuller one it is not the father's name
        // in: "Salman" is not "Mohammed bin Salman".
        let patronymic = |p: &[String], w: &str| {
            p.windows(2).any(|pair| {
                pair[1] == w
                    && matches!(
                        pair[0].to_lowercase().as_str(),
                        "bin" | "ibn" | "bint" | "ben"
                    )
            })
        };
        let fuller: Vec<usize> = (0..self.people.len())
            .filter(|&k| {
                let p = &self.people[k];
                p.len() > words.len()
                    && words
                        .iter()
                        .all(|w| p.iter().any(|x| x == w) && !patronymic(p, w))
            })
            .collect();
        match self.the_one(&fuller) {
            Some(k) => self.people[k].join(" "),
            None => name,
        }
    }

    /// The one person among these candidates (indexes into `people`), or
    /// the one of them named so far ("Prince Mohammed" after "Mohammed bin
    /// Salman", not "Mohammed bin Abdulrahman" who comes later).
    fn the_one(&self, candidates: &[usize]) -> Option<usize> {
        match candidates {
            [one] => Some(*one),
            _ => {
                let before: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&k| self.named_before.get(k) == Some(&true))
                    .collect();
                match before.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            }
        }
    }

    /// "Ayatollah Ali Khamenei", "Sheikh Tamim bin Hamad Al Thani".
    fn honorific_at(&self, i: usize) -> Option<(ActorRef, usize)> {
        if !self.capitalised(i) {
            return None;
        }
        let n = self.lex.cue_at("honorific", &self.norms[i..])?;
        if self.known_name_over(i, n) {
            return None;
        }
        let (name, end) = self.name_after(i + n)?;
        let name = self.full_name(name);
        Some((
            ActorRef::Person(PersonRef {
                name,
                title: None,
                of: None,
            }),
            end,
        ))
    }

    /// A person the document introduced: full name, reordered name
    /// ("Kishida Fumio"), surname or (for two-word names) the first word,
    /// where only one known person fits.
    fn known_person_at(&self, i: usize) -> Option<(ActorRef, usize)> {
        if !self.capitalised(i) || self.people.is_empty() {
            return None;
        }
        let person = |name: &[String]| {
            ActorRef::Person(PersonRef {
                name: name.join(" "),
                title: None,
                of: None,
            })
        };
        for name in self.people {
            let n = name.len();
            if i + n <= self.len() && (0..n).all(|k| self.raw[i + k] == name[k]) {
                return Some((person(name), i + n));
            }
            if n == 2 && i + 2 <= self.len() && self.raw[i] == name[1] && self.raw[i + 1] == name[0]
            {
                return Some((person(name), i + 2));
            }
        }
        // The first two words of a longer name ("Hassan Sheikh" for
        // "Hassan Sheikh Mohamud"), where only one known name starts so.
        if i + 2 <= self.len() && !self.capitalised(i + 2) {
            let mut by_two = self.people.iter().filter(|p| {
                p.len() >= 3
                    && p[0] == self.raw[i]
                    && p[1] == self.raw[i + 1]
                    && p[1].chars().next().is_some_and(char::is_uppercase)
            });
            if let (Some(p), None) = (by_two.next(), by_two.next()) {
                return Some((person(p), i + 2));
            }
        }
        // One word standing for a known person.
        let word = self.raw[i];
        // "bin Salman": a father's name is no surname.
        let by_last: Vec<usize> = (0..self.people.len())
            .filter(|&k| {
                let p = &self.people[k];
                p.len() > 1
                    && p.last().unwrap() == word
                    && !matches!(
                        p[p.len() - 2].to_lowercase().as_str(),
                        "bin" | "ibn" | "bint" | "ben"
                    )
            })
            .collect();
        if !by_last.is_empty() {
            return self
                .the_one(&by_last)
                .map(|k| (person(&self.people[k]), i + 1));
        }
        // The given name of a two-word name, or of an Arabic name with its
        // father's ("Faisal" for "Faisal bin Farhan Al Saud"); the family
        // name that leads a Korean name ("Kim" for "Kim Jong Un",
        // "Yoon" for "Yoon Suk Yeol").
        // (A three-word name only where no shorter one starts so: not
        // "Lee Jae Myung" beside "Lee Jae-myung".)
        let given = |p: &&Vec<String>| {
            p[0] == word
                && (p.len() == 2
                    || (p.len() > 2
                        && matches!(p[1].to_lowercase().as_str(), "bin" | "ibn" | "bint")))
        };
        let korean = |p: &&Vec<String>| p[0] == word && p.len() == 3;
        let mut by_first = if self.people.iter().any(|p| given(&p)) {
            self.people
                .iter()
                .filter(given)
                .collect::<Vec<_>>()
                .into_iter()
        } else {
            self.people
                .iter()
                .filter(korean)
                .collect::<Vec<_>>()
                .into_iter()
        };
        if let Some(first) = by_first.next() {
            let also_last = self.people.iter().any(|p| p.last().unwrap() == word);
            if by_first.next().is_none() && !also_last && !self.capitalised(i + 1) {
                return Some((person(first), i + 1));
            }
        }
        None
    }

    /// Organisations, countries, metonyms; demonyms as groups ("American
    /// Jewish leaders") or as adjectives. The third value is a demonym
    /// used as an adjective.
    fn lexicon_actor_at(&self, i: usize) -> Option<(Vec<ActorRef>, usize, Option<usize>)> {
        let found = self.lookup(i);
        let (target, n) = *found.first()?;
        // A state's own institution speaks and acts for it: "China’s
        // foreign ministry", "the U.S. Embassy", "Iranian state media".
        if let PhraseTarget::CountryName(c) | PhraseTarget::Metonym(c) | PhraseTarget::Demonym(c) =
            target
        {
            let mut k = i + n;
            if self.kinds.get(k) == Some(&TokenKind::Possessive) {
                k += 1;
            }
            if let Some(m) = self
                .lex
                .cue_at("institution", &self.norms[k.min(self.len())..])
            {
                return Some((vec![ActorRef::Country(c)], k + m, None));
            }
        }
        match target {
            PhraseTarget::Org(o) => Some((vec![ActorRef::Org(o)], i + n, None)),
            PhraseTarget::Person(p) => Some((
                // The name as written ("Sergei Lavrov"), which the
                // lexicon knows as one of this person's names.
                // Not a protocol style's capitals ("Mr. IWAYA Takeshi").
                vec![ActorRef::Person(PersonRef {
                    name: if self.lex.person_named(&self.raw[i..i + n].join(" ")) == Some(p)
                        && !self.raw[i..i + n]
                            .iter()
                            .any(|w| w.chars().count() > 1 && w.chars().all(char::is_uppercase))
                    {
                        self.raw[i..i + n].join(" ")
                    } else {
                        self.lex.people[p].label.clone()
                    },
                    title: None,
                    of: None,
                })],
                i + n,
                None,
            )),
            PhraseTarget::CountryName(c) | PhraseTarget::Metonym(c) => {
                if let Some((refs, end)) = self.state_pair_teams(c, i + n) {
                    return Some((refs, end, None));
                }
                Some((vec![ActorRef::Country(c)], i + n, None))
            }
            PhraseTarget::Demonym(c) => {
                if let Some((refs, end)) = self.state_pair_teams(c, i + n) {
                    return Some((refs, end, None));
                }
                // Demonym, up to two modifiers, then a group noun.
                let mut k = i + n;
                for _ in 0..3 {
                    if let Some(g) = self
                        .lex
                        .cue_at("group-noun", &self.norms[k.min(self.len())..])
                    {
                        let label = self.raw[i..k + g].join(" ");
                        return Some((vec![ActorRef::Group { label, of: Some(c) }], k + g, None));
                    }
                    if k < self.len() && self.kinds[k] == TokenKind::Word {
                        k += 1;
                    } else {
                        break;
                    }
                }
                Some((Vec::new(), i + n, Some(c)))
            }
            PhraseTarget::Title(_) => None,
        }
    }

    /// "Russian and Ukrainian negotiators", "U.S. and Iranian delegations"
    /// after the first state at `k`: the two states, and where the mention
    /// ends.
    fn state_pair_teams(&self, c: usize, k: usize) -> Option<(Vec<ActorRef>, usize)> {
        if self.norm(k) != "and" {
            return None;
        }
        let &(target, n2) = self.lookup(k + 1).first()?;
        let c2 = match target {
            PhraseTarget::Demonym(c2) | PhraseTarget::CountryName(c2) => c2,
            _ => return None,
        };
        let noun = k + 1 + n2;
        let team = matches!(
            self.norm(noun),
            "delegations"
                | "negotiators"
                | "teams"
                | "negotiating"
                | "officials"
                | "diplomats"
                | "envoys"
                | "officers"
                | "sides"
        );
        if c2 == c || !team {
            return None;
        }
        let mut end = noun + 1;
        if self.norm(noun) == "negotiating" && matches!(self.norm(end), "teams" | "team") {
            end += 1;
        }
        Some((vec![ActorRef::Country(c), ActorRef::Country(c2)], end))
    }

    /// A name the lexicon does not know, accepted when the sentence shows it
    /// is a person: two to four capitalised words followed by an apposition
    /// with a title, or by a speech or contact verb.
    fn free_person_at(&self, i: usize) -> Option<(ActorRef, usize)> {
        if !self.capitalised(i) || NOT_NAMES.contains(&self.norm(i)) {
            return None;
        }
        // A given name may also be a word of the lexicon ("Israel Katz").
        let given = self.lex.is_cue("given-name", self.norm(i));
        let (words, k) = self.name_run(i, |k| {
            (self.capitalised(k) || (k > i && self.name_word(k)))
                && (self.lookup(k).is_empty() || (k == i && given))
                && !self.is_date_word(k)
                && !NOT_NAMES.contains(&self.norm(k))
        });
        if words.len() < 2 {
            return None;
        }
        // An event's name is no person's ("the next Trilateral Summit
        // Meeting", "the Foreign Ministers' Meeting").
        if words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "meeting"
                    | "summit"
                    | "talks"
                    | "conference"
                    | "dialogue"
                    | "forum"
                    | "session"
                    | "council"
                    | "committee"
                    | "commission"
                    | "assembly"
                    | "cooperation"
            )
        }) {
            return None;
        }
        let next = self.norm(k);
        // A noun of contact after capitalised words makes them a modifier
        // ("an Oval Office meeting"), not a name.
        let noun_follows = matches!(
            next,
            "meeting"
                | "meetings"
                | "talks"
                | "call"
                | "calls"
                | "summit"
                | "visit"
                | "visits"
                | "conversation"
                | "dinner"
                | "lunch"
                | "breakfast"
                | "discussions"
                | "negotiations"
                | "dialogue"
                | "phone"
                | "telephone"
                | "video"
                | "bilateral"
                | "consultations"
                | "session"
                | "conference"
        );
        let verb_follows =
            !noun_follows && (self.lex.is_cue("speech", next) || self.lex.is_contact_word(next));
        let apposition_follows = next == "," && self.apposition_title(k).is_some();
        // "met Albin Kurti", "talks with Aleksandar Vucic and Albin Kurti":
        // the one met.
        let prev = if i > 0 { self.norm(i - 1) } else { "" };
        // (Not titles: "Resident and Humanitarian Coordinator".)
        let met_here = (matches!(prev, "met" | "meeting" | "received" | "hosted" | "phoned")
            || (prev == "and" && i >= 2 && self.capitalised(i - 2) && words.len() <= 3))
            && (i..k).all(|x| {
                self.title_at(x).is_none()
                    && !matches!(
                        self.norm(x),
                        "coordinator"
                            | "representative"
                            | "envoy"
                            | "commissioner"
                            | "director"
                            | "adviser"
                            | "advisor"
                            | "spokesperson"
                            | "spokesman"
                            | "ambassador"
                            | "officer"
                            | "chief"
                            | "head"
                            | "affairs"
                            | "relations"
                    )
            })
            && !self.capitalised(k)
            // ("met Goldman Sachs executives": a modifier, not a name.)
            && (k >= self.len()
                || self.kinds[k] != TokenKind::Word
                || matches!(
                    next,
                    "and" | "in" | "on" | "at" | "who" | "for" | "to" | "during" | "after" | "before"
                        | "last" | "this" | "earlier" | "later" | "yesterday" | "today" | "separately"
                ));
        // "Giorgos Gerapetritis and Hakan Fidan": paired with a known
        // person.
        let with_person = next == "and"
            && words.len() <= 3
            && (self
                .lookup(k + 1)
                .iter()
                .any(|(t, _)| matches!(t, PhraseTarget::Person(_)))
                || self.people.iter().any(|p| {
                    p.len() >= 2
                        && (0..p.len()).all(|x| self.raw.get(k + 1 + x) == Some(&p[x].as_str()))
                }));
        if !(given || verb_follows || apposition_follows || met_here || with_person) {
            return None;
        }
        Some((
            ActorRef::Person(PersonRef {
                name: clean_name(&words),
                title: None,
                of: None,
            }),
            k,
        ))
    }

    /// "Israel Katz": a given name that is also a lexicon word, followed by
    /// a capitalised word the lexicon does not know.
    fn given_name_person_at(&self, i: usize) -> Option<(ActorRef, usize)> {
        if !self.lex.is_cue("given-name", self.norm(i))
            || !self.capitalised(i + 1)
            || !self.lookup(i + 1).is_empty()
            || self.lookup(i).iter().any(|(_, n)| *n > 1)
        {
            return None;
        }
        self.free_person_at(i)
    }

    /// A noun naming a contact at `k`, after up to two words that describe
    /// it ("talks", "first phone call", "lengthy conversation").
    fn contact_noun_after(&self, k: usize) -> bool {
        let describes = |w: &str| {
            matches!(
                w,
                "first"
                    | "second"
                    | "third"
                    | "latest"
                    | "recent"
                    | "last"
                    | "phone"
                    | "telephone"
                    | "video"
                    | "bilateral"
                    | "brief"
                    | "lengthy"
                    | "private"
                    | "closed-door"
                    | "one-on-one"
                    | "hour-long"
                    | "separate"
                    | "earlier"
                    | "previous"
            )
        };
        let mut j = k;
        while j < k + 2 && describes(self.norm(j)) {
            j += 1;
        }
        matches!(
            self.norm(j),
            "talks"
                | "meeting"
                | "meetings"
                | "call"
                | "calls"
                | "conversation"
                | "conversations"
                | "discussions"
                | "encounter"
                | "exchange"
                | "phone"
                | "telephone"
        ) && !(matches!(self.norm(j), "phone" | "telephone") && j == k)
            // ("his calls for a ceasefire": demands.)
            && !(matches!(self.norm(j), "call" | "calls") && self.norm(j + 1) == "for")
    }

    fn pronoun_at(&self, i: usize) -> Option<(ActorRef, usize)> {
        // "Kobakhidze welcomed his guest", "received the visitor": the
        // last person a host received (the resolver's "guest").
        if matches!(self.norm(i), "his" | "her" | "the" | "their")
            && matches!(self.norm(i + 1), "guest" | "visitor")
            && !matches!(
                self.norm(i + 2),
                "house" | "list" | "book" | "of" | "speaker" | "star" | "worker" | "workers"
            )
        {
            return Some((ActorRef::Pronoun("guest".to_string()), i + 2));
        }
        match self.raw[i] {
            "He" | "he" | "She" | "she" | "I" | "him" => {
                Some((ActorRef::Pronoun(self.norm(i).to_string()), i + 1))
            }
            _ => None,
        }
    }

    /// After a comma at `k`: "[a|an|the] [adjectives] Title [of|at Org]" and
    /// where it ends (before the closing comma).
    fn apposition_title(&self, k: usize) -> Option<(usize, Option<Affiliation>, usize)> {
        if self.norm(k) != "," {
            return None;
        }
        let mut j = k + 1;
        if matches!(self.norm(j), "a" | "an" | "the") {
            j += 1;
        }
        let mut of = None;
        for _ in 0..4 {
            if let Some((title, n)) = self.title_at(j) {
                let mut end = j + n;
                if matches!(self.norm(end), "of" | "at" | "for" | "to") {
                    let mut m = end + 1;
                    if self.norm(m) == "the" {
                        m += 1;
                    }
                    if let Some((aff, an)) = self.affiliation_at(m) {
                        of = Some(aff);
                        end = m + an;
                        // "the secretary of Russia's Security Council".
                        if self.kinds.get(end) == Some(&TokenKind::Possessive) {
                            if let Some((_, on)) = self.affiliation_at(end + 1) {
                                end += 1 + on;
                            }
                        }
                        // "diplomatic adviser to the UAE president".
                        if let Some((_, tn)) = self.title_at(end) {
                            end += tn;
                        }
                    }
                }
                return Some((title, of, end));
            }
            if let Some((aff, n)) = self.affiliation_at(j) {
                of = Some(aff);
                j += n;
                if self.kinds.get(j) == Some(&TokenKind::Possessive) {
                    j += 1;
                }
                continue;
            }
            // "Massad Boulos, Trump's senior adviser for Africa,".
            if self.capitalised(j) && self.kinds.get(j + 1) == Some(&TokenKind::Possessive) {
                j += 2;
                continue;
            }
            if j < self.len() && self.kinds[j] == TokenKind::Word && !self.capitalised(j) {
                j += 1;
                continue;
            }
            break;
        }
        None
    }

    /// Extends a person with an apposition ("X, a senior fellow at Y,")
    /// and an office or counterpart with the person that names it ("his U.S.
    /// counterpart, Defense Secretary Lloyd Austin,").
    fn with_apposition(&self, refs: Vec<ActorRef>, end: usize) -> (Vec<ActorRef>, usize) {
        // "The EU's special envoy for the Belgrade-Pristina dialogue,
        // Miroslav Lajcak,": past the office's remit to the name.
        if let [ActorRef::Office { title, of }] = refs.as_slice() {
            if matches!(self.norm(end), "for" | "on") {
                let comma = (end + 1..(end + 8).min(self.len()))
                    .find(|&k| self.norm(k) == "," || self.kinds[k] != TokenKind::Word);
                if let Some(c) = comma.filter(|&c| self.norm(c) == ",") {
                    if let Some((r, e)) = self.named_holder(c, Some(*title), *of) {
                        return (vec![r], e);
                    }
                }
            }
        }
        if refs.len() != 1 || self.norm(end) != "," {
            return (refs, end);
        }
        match &refs[0] {
            ActorRef::Person(p) if p.title.is_none() => {
                if let Some((title, of, mut stop)) = self.apposition_title(end) {
                    // "director general of the International Atomic Energy
                    // Agency (IAEA),": past the bracketed short form.
                    if self.norm(stop) == "(" {
                        if let Some(close) =
                            (stop + 1..(stop + 5).min(self.len())).find(|&k| self.norm(k) == ")")
                        {
                            stop = close + 1;
                        }
                    }
                    let closed = if self.norm(stop) == "," {
                        stop + 1
                    } else {
                        stop
                    };
                    // Only a closed apposition, one that ends the sentence,
                    // or one a participle or relative clause goes on from
                    // ("Steve Witkoff, the special envoy named by Trump").
                    let goes_on = matches!(
                        self.norm(stop),
                        "named"
                            | "appointed"
                            | "nominated"
                            | "tapped"
                            | "picked"
                            | "chosen"
                            | "who"
                    );
                    if self.norm(stop) == ","
                        || stop >= self.len()
                        || self.norm(stop) == "."
                        || goes_on
                    {
                        return (
                            vec![ActorRef::Person(PersonRef {
                                name: p.name.clone(),
                                title: Some(title),
                                of,
                            })],
                            closed.min(self.len()),
                        );
                    }
                }
                (refs, end)
            }
            ActorRef::Office { title, of } => {
                let (title, of) = (*title, *of);
                self.named_holder(end, Some(title), of)
                    .map(|(r, e)| (vec![r], e))
                    .unwrap_or((refs, end))
            }
            ActorRef::Counterpart { of } => {
                let of = *of;
                self.named_holder(end, None, Some(Affiliation::Country(of)))
                    .map(|(r, e)| (vec![r], e))
                    .unwrap_or((refs, end))
            }
            _ => (refs, end),
        }
    }

    /// ", [Title] Name[,]" after an office: the office's holder. A name
    /// followed by a verb is the next clause's subject ("In his meeting
    /// with his Chinese counterpart, Putin said ..."), not the holder.
    fn named_holder(
        &self,
        comma: usize,
        title: Option<usize>,
        of: Option<Affiliation>,
    ) -> Option<(ActorRef, usize)> {
        let start = comma + 1;
        let (person, stop) = self
            .titled_at(start)
            .or_else(|| self.honorific_at(start))
            .or_else(|| self.known_person_at(start))
            .or_else(|| {
                self.name_after(start).and_then(|(name, e)| {
                    (name.contains(' ')).then_some((
                        ActorRef::Person(PersonRef {
                            name,
                            title: None,
                            of: None,
                        }),
                        e,
                    ))
                })
            })?;
        let ActorRef::Person(p) = person else {
            return None;
        };
        let next = self.norm(stop);
        let verb_follows = self.lex.is_cue("speech", next)
            || matches!(
                next,
                "has" | "had" | "was" | "is" | "will" | "would" | "also"
            )
            || self.lex.is_contact_word(next);
        if verb_follows {
            return None;
        }
        let merged = PersonRef {
            name: p.name,
            title: p.title.or(title),
            of: p.of.or(of),
        };
        let stop = if self.norm(stop) == "," {
            stop + 1
        } else {
            stop
        };
        Some((ActorRef::Person(merged), stop))
    }
}

/// Names lose trailing punctuation and keep single spaces.
fn clean_name(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| w.trim_end_matches(','))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Marks the items inside quotation marks (the marks themselves included).
pub fn quoted_items(items: &[Item]) -> Vec<bool> {
    let mut depth = 0usize;
    items
        .iter()
        .map(|i| match i.kind {
            ItemKind::OpenQuote => {
                depth += 1;
                true
            }
            ItemKind::CloseQuote => {
                let inside = depth > 0;
                depth = depth.saturating_sub(1);
                inside
            }
            _ => depth > 0,
        })
        .collect()
}

/// "X, Y and Z" and "X and Y" become one coordinated mention.
/// "Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar": one
/// person with two titles, not an office and a person. The office must be
/// the same country's as the person, or the person have none.
fn join_double_titles(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut k = 0;
    while k < items.len() {
        let office_of = items[k].actor().and_then(|m| match m.refs.as_slice() {
            [ActorRef::Office { of: Some(of), .. }] if !m.possessive => Some(*of),
            _ => None,
        });
        let bare = k == 0 || !matches!(items[k - 1].norm.as_str(), "the" | "his" | "her" | "their");
        let person =
            items
                .get(k + 2)
                .and_then(|i| i.actor())
                .and_then(|m| match m.refs.as_slice() {
                    [ActorRef::Person(p)] if p.title.is_some() => Some((p.clone(), m.possessive)),
                    _ => None,
                });
        let and = items.get(k + 1).is_some_and(|i| i.is_word("and"));
        if let (Some(of), true, true, Some((mut p, possessive))) = (office_of, bare, and, person) {
            if p.of.is_none() || p.of == Some(of) {
                p.of = Some(of);
                out.push(Item {
                    span: items[k].span.cover(items[k + 2].span),
                    norm: format!("{} and {}", items[k].norm, items[k + 2].norm),
                    kind: ItemKind::Actor(Mention {
                        refs: vec![ActorRef::Person(p)],
                        possessive,
                        coordinated: false,
                    }),
                });
                k += 3;
                continue;
            }
        }
        // "Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed
        // ...,": the second title is plain words, the name an apposition.
        if let (Some(of), true, true) = (office_of, bare, and) {
            let title_end = (k + 2..(k + 6).min(items.len()))
                .take_while(|&j| items[j].kind == ItemKind::Word)
                .last()
                .filter(|&j| {
                    TITLE_HEADS.contains(&items[j].norm.as_str())
                        && items.get(j + 1).is_some_and(|i| i.is_word(","))
                });
            let named = title_end.and_then(|j| {
                let m = items.get(j + 2)?.actor()?;
                let closed = items
                    .get(j + 3)
                    .is_none_or(|i| i.is_word(",") || i.kind == ItemKind::Punct);
                match (m.refs.as_slice(), closed) {
                    ([ActorRef::Person(p)], true) if p.title.is_none() && p.of.is_none() => {
                        Some((j + 2, p.clone(), m.possessive))
                    }
                    _ => None,
                }
            });
            let title = items[k].actor().and_then(|m| match m.refs.as_slice() {
                [ActorRef::Office { title, .. }] => Some(*title),
                _ => None,
            });
            if let (Some((j, mut p, possessive)), Some(title)) = (named, title) {
                p.title = Some(title);
                p.of = Some(of);
                out.push(Item {
                    span: items[k].span.cover(items[j].span),
                    norm: items[k..=j]
                        .iter()
                        .map(|i| i.norm.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    kind: ItemKind::Actor(Mention {
                        refs: vec![ActorRef::Person(p)],
                        possessive,
                        coordinated: false,
                    }),
                });
                k = j + 1;
                continue;
            }
        }
        out.push(items[k].clone());
        k += 1;
    }
    out
}

/// The last words of a title: "... Foreign Minister", "... Security
/// Adviser".
const TITLE_HEADS: &[&str] = &[
    "minister",
    "secretary",
    "adviser",
    "advisor",
    "chief",
    "president",
    "envoy",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "premier",
    "chancellor",
    "ambassador",
];

/// "South Korea's Cho Tae-yul", "Russia's Putin": one mention of the
/// person, affiliated with the country or body that owns the name.
fn attach_possessive_affiliations(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut iter = items.into_iter().peekable();
    while let Some(item) = iter.next() {
        let owner = match item.actor() {
            Some(m) if m.possessive => match m.refs.as_slice() {
                [ActorRef::Country(c)] => Some(Affiliation::Country(*c)),
                [ActorRef::Org(o)] => Some(Affiliation::Org(*o)),
                _ => None,
            },
            _ => None,
        };
        let person = iter
            .peek()
            .and_then(Item::actor)
            .and_then(|m| match m.refs.as_slice() {
                [ActorRef::Person(p)] if p.of.is_none() => Some((p.clone(), m.possessive)),
                _ => None,
            });
        if let (Some(of), Some((mut p, possessive))) = (owner, person) {
            let next = iter.next().unwrap();
            p.of = Some(of);
            out.push(Item {
                span: item.span.cover(next.span),
                norm: format!("{} {}", item.norm, next.norm),
                kind: ItemKind::Actor(Mention {
                    refs: vec![ActorRef::Person(p)],
                    possessive,
                    coordinated: false,
                }),
            });
            continue;
        }
        out.push(item);
    }
    out
}

fn merge_coordinations(items: Vec<Item>, lex: &Lexicon) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut i = 0;
    while i < items.len() {
        let is_plain_actor = |k: usize| {
            items.get(k).and_then(Item::actor).is_some_and(|m| {
                !m.possessive && m.refs.iter().all(|r| !matches!(r, ActorRef::Pronoun(_)))
            })
        };
        // "From Tirana, Zelenskiy and Macron spoke ...": a place after its
        // preposition starts no list of people.
        // "According to the Brazilian presidency, Lula and Xi spoke": nor
        // does a source.
        let before = |n: usize| i.checked_sub(n).map(|k| items[k].norm.as_str());
        let after_preposition = matches!(
            before(1),
            Some("from" | "in" | "at" | "to" | "into" | "near")
        ) || (before(1) == Some("the")
            && matches!(
                before(2),
                Some("from" | "in" | "at" | "to" | "into" | "near")
            ));
        let place_after_preposition = (after_preposition
            && items[i]
                .actor()
                .is_some_and(|m| m.refs.iter().all(|r| matches!(r, ActorRef::Country(_)))))
            || matches!((before(2), before(1)), (Some("according"), Some("to")))
            || matches!((before(3), before(2)), (Some("according"), Some("to")));
        // "Umerov and other Ukrainian officials held talks": the named
        // person stands for the unnamed others with him.
        let others_with = is_plain_actor(i)
            && items.get(i + 1).is_some_and(|x| x.is_word("and"))
            && items
                .get(i + 2)
                .is_some_and(|x| matches!(x.norm.as_str(), "other" | "fellow" | "several"))
            && items.get(i + 3).and_then(Item::actor).is_some_and(|m| {
                matches!(
                    m.refs.as_slice(),
                    [ActorRef::Group { .. }] | [ActorRef::Country(_)]
                )
            });
        // "and other U.S. officials": the state's people.
        let people_noun = |k: usize| {
            items.get(k).is_some_and(|x| {
                matches!(
                    x.norm.as_str(),
                    "officials" | "diplomats" | "ministers" | "leaders" | "negotiators" | "envoys"
                )
            })
        };
        let others_end = match items.get(i + 3).and_then(Item::actor) {
            Some(m) if matches!(m.refs.as_slice(), [ActorRef::Country(_)]) => {
                people_noun(i + 4).then_some(i + 4)
            }
            _ => Some(i + 3),
        };
        if let Some(end) = others_end.filter(|_| others_with) {
            let mut item = items[i].clone();
            item.span = items[i].span.cover(items[end].span);
            if let ItemKind::Actor(m) = &mut item.kind {
                m.possessive = items[end].kind == ItemKind::Possessive
                    || items[end].actor().is_some_and(|g| g.possessive);
            }
            out.push(item);
            i = end + 1;
            continue;
        }
        // "he and Mirziyoyev watched their ministers sign": a subject
        // pronoun may open a pair.
        let pronoun_pair = items[i].actor().is_some_and(
            |m| matches!(m.refs.as_slice(), [ActorRef::Pronoun(p)] if p == "he" || p == "she"),
        ) && items.get(i + 1).is_some_and(|x| x.is_word("and"))
            && is_plain_actor(i + 2);
        if (is_plain_actor(i) || pronoun_pair) && !place_after_preposition {
            let mut members = vec![i];
            let mut k = i + 1;
            loop {
                if items.get(k).is_some_and(|x| x.is_word(",")) && is_plain_actor(k + 1) {
                    members.push(k + 1);
                    k += 2;
                    continue;
                }
                let and_at = if items.get(k).is_some_and(|x| x.is_word(","))
                    && items.get(k + 1).is_some_and(|x| x.is_word("and"))
                {
                    Some(k + 1)
                } else if items.get(k).is_some_and(|x| x.is_word("and")) {
                    Some(k)
                } else {
                    None
                };
                // "X, and Y" with no list before it joins two clauses ("...
                // of President Lee, and Minister Iwaya thanked him").
                let clause_and = and_at.is_some_and(|a| a == k + 1) && members.len() == 1;
                // ("my counterpart, Thérèse Kayikwamba Wagner, and I".)
                let first_person = |k: usize| {
                    items.get(k).and_then(Item::actor).is_some_and(
                        |m| matches!(m.refs.as_slice(), [ActorRef::Pronoun(p)] if p == "i"),
                    )
                };
                if let Some(a) = and_at.filter(|_| !clause_and || first_person(k + 2)) {
                    if is_plain_actor(a + 1) || first_person(a + 1) {
                        members.push(a + 1);
                    } else if items.get(a + 1).is_some_and(|x| x.is_word("the"))
                        && is_plain_actor(a + 2)
                    {
                        // "Iran and the United States".
                        members.push(a + 2);
                    }
                }
                break;
            }
            // A list needs its "and"; "X, Y" alone is an apposition or a
            // list cut short, not a coordination.
            let has_and = members.last().is_some_and(|&last| {
                (last > 0 && items[last - 1].is_word("and"))
                    || (last > 1
                        && items[last - 1].is_word("the")
                        && items[last - 2].is_word("and"))
            });
            if members.len() > 1 && has_and {
                let mut refs = Vec::new();
                for &m in &members {
                    refs.extend(items[m].actor().unwrap().refs.iter().cloned());
                }
                // "Congolese Foreign Minister X and her Rwandan counterpart
                // Y": Y holds the same office for his country.
                let first_office = match refs.first() {
                    Some(ActorRef::Person(PersonRef { title: Some(t), .. })) => {
                        Some(lex.office_of(*t))
                    }
                    _ => None,
                };
                if let Some(office) = first_office {
                    let mut at = 0;
                    for &m in &members {
                        let n = items[m].actor().unwrap().refs.len();
                        if let [ActorRef::Person(p)] = &mut refs[at..at + n] {
                            if items[m].norm.contains("counterpart")
                                && p.title.is_none()
                                && p.of.is_some()
                            {
                                p.title = Some(office);
                            }
                        }
                        at += n;
                    }
                }
                let last = *members.last().unwrap();
                let span = items[i].span.cover(items[last].span);
                out.push(Item {
                    span,
                    norm: String::new(),
                    kind: ItemKind::Actor(Mention {
                        refs,
                        possessive: items[last].actor().unwrap().possessive,
                        coordinated: true,
                    }),
                });
                i = last + 1;
                continue;
            }
        }
        out.push(items[i].clone());
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn mentions(text: &str) -> Vec<(String, Vec<ActorRef>)> {
        let lex = Lexicon::builtin();
        let seg = segment(text);
        let rec = recognise(text, &seg, &lex);
        rec.sentences
            .iter()
            .flat_map(|s| s.items.iter())
            .filter_map(|i| {
                i.actor()
                    .map(|m| (i.span.text(text).to_string(), m.refs.clone()))
            })
            .collect()
    }

    fn person(name: &str) -> ActorRef {
        ActorRef::Person(PersonRef {
            name: name.into(),
            title: None,
            of: None,
        })
    }

    #[test]
    fn titled_person_with_country() {
        let lex = Lexicon::builtin();
        let m = mentions("US Secretary of State Antony Blinken spoke.");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, "US Secretary of State Antony Blinken");
        let ActorRef::Person(p) = &m[0].1[0] else {
            panic!("not a person")
        };
        assert_eq!(p.name, "Antony Blinken");
        assert_eq!(lex.titles[p.title.unwrap()].label, "Secretary of State");
        assert_eq!(
            p.of,
            Some(Affiliation::Country(
                lex.country_by_label("United States").unwrap()
            ))
        );
    }

    #[test]
    fn surname_and_reordered_name_recur() {
        let m = mentions("Japanese Prime Minister Fumio Kishida arrived. Kishida Fumio spoke. Later Kishida left.");
        let names: Vec<_> = m.iter().map(|x| x.1[0].clone()).collect();
        assert_eq!(names[1], person("Fumio Kishida"));
        assert_eq!(names[2], person("Fumio Kishida"));
    }

    #[test]
    fn counterparts_list() {
        let m = mentions("Blinken called his Chinese, Turkish and European counterparts.");
        let c = m.iter().find(|x| x.0.contains("counterparts")).unwrap();
        assert_eq!(c.1.len(), 3);
        assert!(matches!(c.1[0], ActorRef::Counterpart { .. }));
    }

    #[test]
    fn apposition_gives_title() {
        let lex = Lexicon::builtin();
        let m = mentions("Maria Lopez, a senior research fellow at Chatham House, told the BBC.");
        let ActorRef::Person(p) = &m[0].1[0] else {
            panic!("not a person: {m:?}")
        };
        assert_eq!(p.name, "Maria Lopez");
        assert_eq!(lex.titles[p.title.unwrap()].label, "Senior Research Fellow");
        assert!(m[0].0.ends_with("Chatham House,"));
    }

    #[test]
    fn counterpart_named_by_apposition() {
        let m = mentions(
            "Gallant told his U.S. counterpart, Defense Secretary Lloyd Austin, that it was over.",
        );
        let austin = m.iter().find(|x| x.0.contains("Austin")).unwrap();
        let ActorRef::Person(p) = &austin.1[0] else {
            panic!()
        };
        assert_eq!(p.name, "Lloyd Austin");
        assert!(p.of.is_some());
    }

    #[test]
    fn coordination_and_groups() {
        let m =
            mentions("Antony Blinken and Yoav Gallant spoke. Blinken met American Jewish leaders.");
        assert_eq!(m[0].1.len(), 2);
        assert!(
            matches!(&m[2].1[0], ActorRef::Group { label, .. } if label == "American Jewish leaders")
        );
    }

    #[test]
    fn office_without_name() {
        let lex = Lexicon::builtin();
        let m = mentions("He called the Turkish foreign minister on Monday.");
        let office = m.iter().find(|x| x.0.contains("foreign")).unwrap();
        assert_eq!(
            office.1[0],
            ActorRef::Office {
                title: lex.title_by_label("Foreign Minister").unwrap(),
                of: Some(Affiliation::Country(
                    lex.country_by_label("Turkey").unwrap()
                ))
            }
        );
    }
}
