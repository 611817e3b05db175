//! The pattern language of contact triggers (see ontology/lexicon/triggers.ttl),
//! compiled once and matched over a sentence's items.
//!
//!   A, B, AB   actor slots (initiator, other party, coordinated pair)
//!   V          one of the trigger's forms
//!   ~  ~~      a gap of up to 5 / 10 items: no actor, quotation or clause break
//!   x|y        one of these words ("," is a comma); a trailing ? makes it optional
//!
//! After A or AB the matcher skips the words of the `subject-gap` cue list
//! and dates ("Blinken on Wednesday also spoke with ..."), and reports the
//! words it skipped so the caller can look for negation there.

use crate::lexicon::Lexicon;
use crate::recognise::{ActorRef, Item, ItemKind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    A,
    /// The initiator as a possessive: "Zelenskiy's meeting with Trump".
    APossessive,
    B,
    AB,
    V,
    Gap(usize),
    Words {
        words: Vec<String>,
        optional: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub source: String,
    pub elems: Vec<Elem>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("pattern {pattern:?}: {message}")]
pub struct PatternError {
    pub pattern: String,
    pub message: String,
}

impl Pattern {
    pub fn parse(source: &str) -> Result<Pattern, PatternError> {
        let mut elems = Vec::new();
        for word in source.split_whitespace() {
            let elem = match word {
                "A" => Elem::A,
                "A's" => Elem::APossessive,
                "B" => Elem::B,
                "AB" => Elem::AB,
                "V" => Elem::V,
                "~" => Elem::Gap(5),
                "~~" => Elem::Gap(10),
                w => {
                    let (body, optional) = match w.strip_suffix('?') {
                        Some(b) => (b, true),
                        None => (w, false),
                    };
                    let words: Vec<String> = body
                        .split('|')
                        .filter(|x| !x.is_empty())
                        .map(crate::lexicon::norm_word)
                        .collect();
                    if words.is_empty() {
                        return Err(PatternError {
                            pattern: source.into(),
                            message: format!("empty element {w:?}"),
                        });
                    }
                    Elem::Words { words, optional }
                }
            };
            elems.push(elem);
        }
        let slots = |e: &Elem| matches!(e, Elem::A | Elem::APossessive | Elem::B | Elem::AB);
        let has_v = elems.contains(&Elem::V);
        let has_a = elems.contains(&Elem::A) || elems.contains(&Elem::APossessive);
        let has_pair = elems.contains(&Elem::AB) || (has_a && elems.contains(&Elem::B));
        if !has_v || !has_pair || elems.iter().filter(|e| slots(e)).count() > 2 {
            return Err(PatternError {
                pattern: source.into(),
                message: "a pattern needs V and either A and B, or AB".into(),
            });
        }
        Ok(Pattern {
            source: source.into(),
            elems,
        })
    }
}

/// Where a pattern matched, as item indices.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Match {
    pub a: Option<usize>,
    pub b: Option<usize>,
    pub ab: Option<usize>,
    /// First and last item of the trigger form.
    pub v: (usize, usize),
    pub start: usize,
    /// One past the last item matched.
    pub end: usize,
    /// Items skipped after the subject.
    pub subject_gap: Vec<usize>,
}

pub struct Matcher<'a> {
    pub lex: &'a Lexicon,
    pub items: &'a [Item],
    pub forms: &'a [Vec<String>],
}

/// The item a "who" at `k` stands for: `X, who`, or `[X, an adviser,]
/// who` where the apposition took the comma.
pub fn antecedent_of_who(items: &[Item], k: usize) -> Option<usize> {
    if !items.get(k)?.is_word("who") || k == 0 {
        return None;
    }
    if items[k - 1].is_word(",") {
        if let Some(a) = k.checked_sub(2).filter(|&a| items[a].actor().is_some()) {
            return Some(a);
        }
        // "Steve Witkoff, Trump's pick as special envoy to the Middle
        // East, who travelled ...": the one the apposition describes.
        let open = (k.saturating_sub(14)..k - 1)
            .rev()
            .find(|&j| items[j].is_word(",") || items[j].is_word("who"))?;
        return (open > 0 && items[open].is_word(","))
            .then(|| open - 1)
            .filter(|&a| items[a].actor().is_some_and(|m| !m.possessive));
    }
    items[k - 1]
        .actor()
        .is_some_and(|m| !m.possessive && items[k - 1].norm.contains(','))
        .then_some(k - 1)
}

impl Matcher<'_> {
    /// Every match of `pattern`, at most one per start item, leftmost first.
    pub fn find_all(&self, pattern: &Pattern) -> Vec<Match> {
        let mut out = Vec::new();
        for start in 0..self.items.len() {
            let mut m = Match {
                start,
                ..Match::default()
            };
            if self.match_from(&pattern.elems, 0, start, &mut m) {
                out.push(m);
            }
        }
        out
    }

    fn is_actor(&self, k: usize) -> bool {
        self.items
            .get(k)
            .and_then(Item::actor)
            .is_some_and(|m| !m.possessive)
    }

    fn match_from(&self, elems: &[Elem], e: usize, k: usize, m: &mut Match) -> bool {
        let Some(elem) = elems.get(e) else {
            m.end = k;
            return true;
        };
        match elem {
            // "met visiting Brazilian presidential adviser Celso Amorim": the
            // words that describe a person before the name.
            Elem::B | Elem::AB if e > 0 && self.describes_person_at(k).is_some() => {
                let start = self.describes_person_at(k).unwrap();
                self.match_from(elems, e, start, m)
            }
            Elem::A | Elem::B | Elem::AB if e > 0 && self.before_name_at(k).is_some() => {
                let start = self.before_name_at(k).unwrap();
                self.match_from(elems, e, start, m)
            }
            Elem::A | Elem::B | Elem::AB => {
                // "Zelenskiy, who held talks with Erdogan, ...": the relative
                // pronoun stands for the actor before it.
                let relative = (e == 0 && *elem != Elem::B)
                    .then(|| self.antecedent(k))
                    .flatten();
                if relative.is_none() && !self.is_actor(k) {
                    return false;
                }
                let slot = relative.unwrap_or(k);
                let coordinated = self.items[slot].actor().is_some_and(|x| x.coordinated);
                if *elem == Elem::AB && !coordinated {
                    return false;
                }
                let saved = m.clone();
                match elem {
                    Elem::A => m.a = Some(slot),
                    Elem::B => m.b = Some(slot),
                    _ => m.ab = Some(slot),
                }
                // The pattern's first slot is a subject: auxiliaries, adverbs
                // and dates may follow it.
                let subject = e == 0 && elems.len() > 1;
                if subject {
                    // A parenthetical after the subject ("Scholz, who faces
                    // an election in February, hosted Biden") is skipped
                    // whole; its words say nothing of the verb.
                    let mut after = match relative {
                        Some(_) => k + 1,
                        None => self.parenthetical_end(k + 1).unwrap_or(k + 1),
                    };
                    // An appositive subject closes with a comma: "Qatar's
                    // ruler, Emir Tamim bin Hamad Al Thani, welcomed ...".
                    if relative.is_none()
                        && after == k + 1
                        && k > 0
                        && self.items[k - 1].is_word(",")
                        && self.items.get(k + 1).is_some_and(|x| x.is_word(","))
                    {
                        after = k + 2;
                    }
                    // Skip the subject gap greedily, then back off.
                    let mut gap = Vec::new();
                    let mut j = after;
                    while j < self.items.len() && self.is_subject_gap(j) && gap.len() < 6 {
                        gap.push(j);
                        j += 1;
                    }
                    loop {
                        let before = m.clone();
                        m.subject_gap = gap.clone();
                        if self.match_from(elems, e + 1, after + gap.len(), m) {
                            return true;
                        }
                        *m = before;
                        if gap.pop().is_none() {
                            break;
                        }
                    }
                    *m = saved;
                    return false;
                }
                if self.match_from(elems, e + 1, k + 1, m) {
                    return true;
                }
                *m = saved;
                false
            }
            Elem::APossessive => {
                let possessive = self
                    .items
                    .get(k)
                    .and_then(Item::actor)
                    .is_some_and(|x| x.possessive && !x.coordinated);
                if !possessive {
                    return false;
                }
                let saved = m.clone();
                m.a = Some(k);
                if self.match_from(elems, e + 1, k + 1, m) {
                    return true;
                }
                *m = saved;
                false
            }
            Elem::V => {
                for form in self.forms {
                    let n = form.len();
                    if k + n <= self.items.len()
                        && (0..n).all(|x| {
                            let it = &self.items[k + x];
                            matches!(it.kind, ItemKind::Word) && it.norm == form[x]
                        })
                    {
                        let saved = m.clone();
                        m.v = (k, k + n - 1);
                        if self.match_from(elems, e + 1, k + n, m) {
                            return true;
                        }
                        // A date right after the trigger ("received a
                        // phone call today from ...") stands aside.
                        let dated = self
                            .items
                            .get(k + n)
                            .is_some_and(|i| matches!(i.kind, ItemKind::Date(_)));
                        if dated && self.match_from(elems, e + 1, k + n + 1, m) {
                            return true;
                        }
                        *m = saved;
                    }
                }
                false
            }
            Elem::Gap(max) => {
                for j in k..=k + *max {
                    if self.match_from(elems, e + 1, j, m) {
                        return true;
                    }
                    if j >= self.items.len() || !self.is_gap_item(j) {
                        return false;
                    }
                }
                false
            }
            Elem::Words { words, optional } => {
                if let Some(it) = self.items.get(k) {
                    let is_word = matches!(
                        it.kind,
                        ItemKind::Word | ItemKind::Punct | ItemKind::Number | ItemKind::Possessive
                    );
                    if is_word
                        && words.contains(&it.norm)
                        && self.match_from(elems, e + 1, k + 1, m)
                    {
                        return true;
                    }
                }
                *optional && self.match_from(elems, e + 1, k, m)
            }
        }
    }

    /// Where a mention starts after an article or honorifics it does not
    /// take in: "talks between the United States and Russia", "with H.E.
    /// Mr. CHO Hyun".
    fn before_name_at(&self, k: usize) -> Option<usize> {
        let skippable = |j: usize| {
            self.items.get(j).is_some_and(|x| {
                x.kind == ItemKind::Word
                    // ("spoken with both Kagame and Tshisekedi")
                    && (matches!(x.norm.as_str(), "the" | "a" | "an" | "both")
                        || self.lex.is_cue("honorific", &x.norm))
            })
        };
        // "with several European leaders": a quantifier before a group.
        let quantifier = |j: usize| {
            self.items.get(j).is_some_and(|x| {
                matches!(
                    x.norm.as_str(),
                    "several" | "some" | "other" | "many" | "fellow" | "various" | "numerous"
                )
            })
        };
        let mut j = k;
        while j < k + 3 && skippable(j) {
            j += 1;
        }
        let group = |j: usize| {
            self.items
                .get(j)
                .and_then(Item::actor)
                .is_some_and(|m| matches!(m.refs.first(), Some(ActorRef::Group { .. })))
        };
        if quantifier(j) && group(j + 1) {
            return Some(j + 1);
        }
        (j > k && self.is_actor(j)).then_some(j)
    }

    /// Where a person's mention starts after describing words at `k`
    /// ("visiting Brazilian presidential adviser [Celso Amorim]").
    fn describes_person_at(&self, k: usize) -> Option<usize> {
        const DESCRIBING: &[&str] = &[
            "visiting",
            "presidential",
            "top",
            "senior",
            "former",
            "special",
            "chief",
            "foreign",
            "policy",
            "security",
            "national",
            "adviser",
            "advisor",
            "aide",
            "envoy",
            "diplomat",
            "official",
            "negotiator",
            "veteran",
            "longtime",
            "close",
            "ally",
            "economic",
        ];
        let mut j = k;
        while j < self.items.len() && j < k + 5 {
            let it = &self.items[j];
            let describing = matches!(it.kind, ItemKind::Demonym(_))
                || (it.kind == ItemKind::Word && DESCRIBING.contains(&it.norm.as_str()));
            if !describing {
                break;
            }
            j += 1;
        }
        let person = self.items.get(j)?.actor().is_some_and(|m| {
            !m.possessive
                && m.refs
                    .iter()
                    .all(|r| matches!(r, crate::recognise::ActorRef::Person(_)))
        });
        (j > k && person).then_some(j)
    }

    /// The actor a relative pronoun at `k` stands for: `X, who ...`.
    pub fn antecedent(&self, k: usize) -> Option<usize> {
        antecedent_of_who(self.items, k).filter(|&a| self.is_actor(a))
    }

    /// `, who|which|a|an|the ... ,` starting at `j`: the index after its
    /// closing comma.
    fn parenthetical_end(&self, j: usize) -> Option<usize> {
        let items = self.items;
        // "[Ushakov, the aide] who headed the team, met Rubio": the
        // apposition took the comma before "who".
        if j > 0 && antecedent_of_who(items, j) == Some(j - 1) {
            return self.clause_close(j + 1);
        }
        if !items.get(j)?.is_word(",") {
            return None;
        }
        let opener = items.get(j + 1)?;
        // ", Lula's top foreign policy adviser,".
        let possessive = opener.actor().is_some_and(|m| m.possessive);
        if !possessive
            && !matches!(
                opener.norm.as_str(),
                "who"
                | "which"
                | "whose"
                | "a"
                | "an"
                | "the"
                | "also"
                | "now"
                | "then"
                | "himself"
                | "herself"
                // ", together with the leaders of Britain and Germany,".
                | "together"
                | "along"
                | "alongside"
                | "accompanied"
                | "joined"
                // ", with other European leaders joining online,".
                | "with"
            )
        {
            return None;
        }
        self.clause_close(j + 2)
    }

    /// The index after the comma that closes a parenthetical clause whose
    /// words start at `from`.
    fn clause_close(&self, from: usize) -> Option<usize> {
        for (k, it) in self.items.iter().enumerate().skip(from).take(20) {
            match it.kind {
                ItemKind::OpenQuote | ItemKind::CloseQuote => return None,
                ItemKind::Punct if it.norm == "," => return Some(k + 1),
                ItemKind::Punct if it.norm != "-" => return None,
                _ => {}
            }
        }
        None
    }

    fn is_subject_gap(&self, j: usize) -> bool {
        let it = &self.items[j];
        match &it.kind {
            ItemKind::Date(_) => true,
            ItemKind::Word => self.lex.is_cue("subject-gap", &it.norm) || it.norm.ends_with("n't"),
            _ => false,
        }
    }

    fn is_gap_item(&self, j: usize) -> bool {
        let it = &self.items[j];
        match &it.kind {
            ItemKind::Word => !self.lex.is_cue("clause-break", &it.norm),
            ItemKind::Number | ItemKind::Date(_) | ItemKind::Demonym(_) | ItemKind::Possessive => {
                true
            }
            ItemKind::Punct => it.norm == "," || it.norm == "-",
            // An actor used as a modifier may sit inside a gap: a
            // possessive ("China’s position") or one between an article and
            // a noun ("a White House press conference"). Any other actor
            // ends the gap.
            ItemKind::Actor(m) => {
                m.possessive
                    // A place: "met today in Moscow with ...", "flew to
                    // Cairo on Tuesday, meeting ...".
                    || (j > 0
                        && matches!(self.items[j - 1].norm.as_str(), "in" | "at" | "near" | "outside"))
                    // "visited Islamabad on Monday, holding talks with ...",
                    // "chose Riyadh for his first trip abroad, meeting ...".
                    || (j > 0
                        && matches!(
                            self.items[j - 1].norm.as_str(),
                            "visited" | "toured" | "reached" | "left"
                        ))
                    // (A place only: "picked Steve Witkoff, who ..." is
                    // no trip.)
                    || (j > 0
                        && matches!(self.items[j - 1].norm.as_str(), "chose" | "picked")
                        && matches!(m.refs.as_slice(), [ActorRef::Country(_)]))
                    // ("travelled to both Belgrade and Pristina".)
                    || (j > 2
                        && self.items[j - 1].is_word("both")
                        && self.items[j - 2].is_word("to")
                        && matches!(
                            self.items[j - 3].norm.as_str(),
                            "flew" | "travelled" | "traveled" | "went" | "came" | "headed"
                        ))
                    || (j > 1
                        && self.items[j - 1].is_word("to")
                        && matches!(
                            self.items[j - 2].norm.as_str(),
                            "flew"
                                | "flown"
                                | "travelled"
                                | "traveled"
                                | "went"
                                | "gone"
                                | "came"
                                | "returned"
                                | "headed"
                        ))
                    // "Welcoming Maduro to the Kremlin on Wednesday, ...".
                    || (j > 2
                        && self.items[j - 1].is_word("to")
                        && self.items[j - 2].actor().is_some()
                        && matches!(
                            self.items[j - 3].norm.as_str(),
                            "welcoming" | "welcomed" | "welcomes" | "welcome"
                        ))
                    || (j > 0
                        && matches!(self.items[j - 1].norm.as_str(), "a" | "an" | "the")
                        && self
                            .items
                            .get(j + 1)
                            .is_some_and(|n| n.kind == ItemKind::Word && !m.coordinated))
            }
            // A few quoted words in the middle of a report: "had a “very
            // good conversation” with Trump".
            ItemKind::OpenQuote => (j + 1..(j + 6).min(self.items.len()))
                .any(|k| self.items[k].kind == ItemKind::CloseQuote),
            ItemKind::CloseQuote => {
                (j.saturating_sub(5)..j).any(|k| self.items[k].kind == ItemKind::OpenQuote)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_patterns() {
        let p = Pattern::parse("in|during a|an? ~ V with B , A").unwrap();
        assert_eq!(p.elems.len(), 8);
        assert!(matches!(&p.elems[1], Elem::Words { optional: true, .. }));
    }

    #[test]
    fn rejects_patterns_without_parties() {
        assert!(Pattern::parse("A V with").is_err());
        assert!(Pattern::parse("A met B").is_err());
    }
}
