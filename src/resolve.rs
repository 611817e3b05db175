//! resolve: mentions to actors.
//!
//! Every mention becomes one or more actors of the document's
//! [`ActorTable`], whose keys are canonical and corpus-wide ("antony-blinken",
//! "united-states", "foreign-minister-of-turkey"), so the same actor met in
//! many documents is one node. Titles stated in the document give roles.
//! An unnamed office ("the Turkish foreign minister") is the person the same
//! document names as its holder, where it names one; across documents the
//! store links offices to holders (see `store::link`). Counterparts depend
//! on who speaks, so they are left to `relate` as [`Target::Counterpart`].

use crate::document::Span;
use crate::lexicon::{Lexicon, OrgKind};
use crate::recognise::{ActorRef, Affiliation, Item, ItemKind, Recognised, DELEGATION_NOUNS};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub type ActorId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Group,
    Office,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "Person",
            ActorKind::Organization => "Organization",
            ActorKind::Country => "Country",
            ActorKind::Group => "Group",
            ActorKind::Office => "Office",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Canonical key; the actor's IRI is minted from it.
    pub key: String,
    pub label: String,
    pub kind: ActorKind,
    /// The lexicon entry it comes from, if any.
    pub lexicon: Option<String>,
    /// For offices: (title, country or organisation).
    pub office: Option<(usize, Affiliation)>,
    /// News agencies report; they are not parties to contacts.
    pub news_agency: bool,
    /// Surface forms seen in the document.
    pub aliases: BTreeSet<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ActorTable {
    actors: Vec<Actor>,
    by_key: HashMap<String, ActorId>,
}

impl ActorTable {
    pub fn intern(&mut self, actor: Actor) -> ActorId {
        if let Some(&id) = self.by_key.get(&actor.key) {
            let aliases = actor.aliases;
            self.actors[id].aliases.extend(aliases);
            return id;
        }
        let id = self.actors.len();
        self.by_key.insert(actor.key.clone(), id);
        self.actors.push(actor);
        id
    }

    pub fn get(&self, id: ActorId) -> &Actor {
        &self.actors[id]
    }

    pub fn all(&self) -> &[Actor] {
        &self.actors
    }

    pub fn add_alias(&mut self, id: ActorId, alias: &str) {
        let alias = alias
            .trim()
            .trim_end_matches(['’', '\'', ','])
            .trim_end_matches("’s");
        if !alias.is_empty() {
            self.actors[id].aliases.insert(alias.to_string());
        }
    }
}

/// Lower-case ASCII-ish slug for keys and IRIs: letters and digits kept
/// (accents folded where common), everything else one hyphen.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        let folded = fold_accent(c);
        if folded.is_alphanumeric() {
            for l in folded.to_lowercase() {
                out.push(l);
            }
            dash = false;
        } else if !dash && !out.is_empty() && !matches!(c, '\'' | '’' | '.') {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

pub fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' | 'Ē' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ş' | 'ś' | 'š' => 's',
        'Ş' | 'Ś' | 'Š' => 'S',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ı' => 'i',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ć' | 'č' => 'c',
        'Ć' | 'Č' => 'C',
        c => c,
    }
}

/// A mention resolved: actors, or a counterpart still to be resolved
/// against the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Actor(ActorId),
    Counterpart(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFact {
    pub person: ActorId,
    pub title: usize,
    pub of: Option<ActorId>,
    /// The mention that states the role.
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub actors: ActorTable,
    pub roles: Vec<RoleFact>,
    /// People the document introduces by a title they held before
    /// ("former president Cristina Kirchner"): no office's holder now.
    pub former: BTreeSet<ActorId>,
    /// For each sentence, for each item: the targets of an actor mention
    /// (empty for other items).
    pub targets: Vec<Vec<Vec<Target>>>,
}

impl Resolved {
    /// Titles the document gives a person.
    pub fn titles_of(&self, person: ActorId) -> Vec<(usize, Option<ActorId>)> {
        self.roles
            .iter()
            .filter(|r| r.person == person)
            .map(|r| (r.title, r.of))
            .collect()
    }
}

pub fn resolve(recognised: &Recognised, noise: &crate::noise::Noise, lex: &Lexicon) -> Resolved {
    let mut out = Resolved::default();
    // Pass 1: people and their roles, so that offices can find holders
    // named anywhere in the document.
    for sentence in &recognised.sentences {
        // The first titled person of the sentence, whose office a named
        // counterpart holds ("held talks with his North Korean
        // counterpart, Choe Son Hui": Choe is North Korea's foreign
        // minister).
        let mut speaker_office: Option<usize> = None;
        for item in &sentence.items {
            let ItemKind::Actor(m) = &item.kind else {
                continue;
            };
            for r in &m.refs {
                if let ActorRef::Person(p) = r {
                    let id = out.actors.intern(titled_person_actor(lex, p));
                    if speaker_office.is_none() {
                        speaker_office = out
                            .roles
                            .iter()
                            .find(|f| f.person == id)
                            .map(|f| lex.office_of(f.title));
                    }
                    if let (Some(office), Some(of), None, true) = (
                        speaker_office,
                        p.of,
                        p.title,
                        item.norm.contains("counterpart"),
                    ) {
                        let of = Some(affiliation_actor(&mut out.actors, lex, of));
                        if !out
                            .roles
                            .iter()
                            .any(|f| f.person == id && f.title == office && f.of == of)
                        {
                            out.roles.push(RoleFact {
                                person: id,
                                title: office,
                                of,
                                span: item.span,
                            });
                        }
                    }
                    if item
                        .norm
                        .split(' ')
                        .take_while(|w| !p.name.to_lowercase().starts_with(w))
                        .any(|w| crate::recognise::PAST_TITLE.contains(&w))
                    {
                        out.former.insert(id);
                    }
                    if let Some(title) = p.title {
                        if !lex.titles[title].roleless && !lex.titles[title].no_role {
                            let of = p.of.map(|a| affiliation_actor(&mut out.actors, lex, a));
                            let fact = RoleFact {
                                person: id,
                                title,
                                of,
                                span: item.span,
                            };
                            if !out.roles.iter().any(|f| {
                                f.person == fact.person && f.title == fact.title && f.of == fact.of
                            }) {
                                out.roles.push(fact);
                            }
                        }
                    }
                }
            }
        }
    }
    // Pass 2: every mention.
    let mut last_person: Option<ActorId> = None;
    // Every person mentioned so far, in order, for "him".
    let mut recent_people: Vec<ActorId> = Vec::new();
    // What "he" and "she" have told of each person so far: "Putin ... he
    // is open to dialogue ... She passed on greetings" is not Putin.
    let mut gender: HashMap<ActorId, bool> = HashMap::new();
    // The last person a host received ("received Pashinyan", "Pashinyan
    // was welcomed by"), for "his guest".
    let mut last_hosted: Option<ActorId> = None;
    // The members of the delegation the story last named, and the
    // delegation mentions (sentence, item) met before its members were.
    let mut delegation: Vec<ActorId> = Vec::new();
    let mut pending: Vec<(usize, usize)> = Vec::new();
    // Offices with no country and no holder yet ("The Secretary-General
    // spoke by phone today ... . In both conversations, Antonio Guterres
    // ..."): sentence, item and title, for the holder named later.
    // Offices no one holds yet: (sentence, item, title, place in the
    // item's targets).
    let mut unheld: Vec<(usize, usize, usize, usize)> = Vec::new();
    // In a transcript, the one whose answer a paragraph is ("Nduhungirehe:
    // Secretary Rubio hosted us ..."): whom "I" stands for there.
    let mut paragraph_speaker: Option<(usize, ActorId)> = None;
    for sentence in &recognised.sentences {
        let mut per_item = Vec::with_capacity(sentence.items.len());
        // A photo credit or byline names nobody the story is about.
        if noise.skipped.contains(&sentence.paragraph) {
            per_item.resize(sentence.items.len(), Vec::new());
            out.targets.push(per_item);
            continue;
        }
        let mut in_sentence: Vec<ActorId> = Vec::new();
        // The last mention was a counterpart ("his Chinese counterpart had
        // telephoned him"): "him" may be the sentence's own subject.
        let mut after_counterpart = false;
        // Whom the story was about when this sentence began: "him" in
        // "Zelensky returned on August 18, three days after Trump hosted
        // Putin. That time Trump received him" is Zelensky.
        let topic = last_person;
        // People met as subjects in this sentence, for "him".
        let mut subjects: Vec<ActorId> = Vec::new();
        // People named inside a quotation are in someone else's words:
        // "“Calls like this give Putin what he wants,” he said" - he is
        // not Putin.
        let quoted = crate::recognise::quoted_items(&sentence.items);
        // Past "that", "who" ... after the sentence's subject, a clause
        // tells what someone else did: its subject does not take over "he"
        // ("Peskov dismissed a report that Trump had called Putin. “...,”
        // he said": he is Peskov).
        let mut embedded = false;
        for (index, item) in sentence.items.iter().enumerate() {
            if !subjects.is_empty()
                && matches!(item.kind, ItemKind::Word)
                && matches!(
                    item.norm.as_str(),
                    "that"
                        | "who"
                        | "which"
                        | "whom"
                        | "whose"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "since"
                        | "because"
                        | "although"
                        | "until"
                )
            {
                embedded = true;
            }
            // "he" means the last person met as a subject, not as the
            // object of a verb or preposition ("Xi ... met King Salman and
            // Crown Prince Mohammed bin Salman, and he hosted ...": he is Xi).
            let object_position = quoted[index]
                || index > 0 && {
                    let prev = &sentence.items[index - 1];
                    matches!(prev.kind, ItemKind::Word)
                        && (PREPOSITIONS.contains(&prev.norm.as_str())
                            // ", and the envoy flew on": a clause of its own.
                            || (prev.norm == "and"
                                && !(index >= 2 && sentence.items[index - 2].is_word(",")))
                            || lex.is_contact_word(&prev.norm))
                }
                // "held talks with the head of Iran's atomic agency,
                // Mohammad Eslami, with whom ...": a name in apposition to
                // an object is an object too.
                || (index >= 2
                    && sentence.items[index - 1].is_word(",")
                    && sentence.items.get(index + 1).is_some_and(|x| x.is_word(","))
                    && (index.saturating_sub(9)..index - 1)
                        .rev()
                        .take_while(|&k| !matches!(sentence.items[k].kind, ItemKind::Punct))
                        .any(|k| {
                            matches!(
                                sentence.items[k].norm.as_str(),
                                "with" | "by" | "to" | "from" | "of"
                            )
                        }));
            let ItemKind::Actor(m) = &item.kind else {
                per_item.push(Vec::new());
                continue;
            };
            // "the delegation", or "a delegation of [African leaders]": its
            // members, once named.
            let delegation_of = index >= 2
                && sentence.items[index - 1].is_word("of")
                && DELEGATION_NOUNS.contains(&sentence.items[index - 2].norm.as_str())
                && matches!(m.refs.as_slice(), [ActorRef::Group { .. }]);
            // "the five leaders": the five people one of the last sentences
            // named ("Zelenskiy met Macron, Merz, Starmer and Tusk").
            if m.refs == [ActorRef::Delegation] {
                if let Some(group) = counted_group(&item.norm, &out) {
                    per_item.push(group.into_iter().map(Target::Actor).collect());
                    continue;
                }
            }
            if m.refs == [ActorRef::Delegation] || (delegation_of && !delegation.is_empty()) {
                if delegation.is_empty() {
                    pending.push((out.targets.len(), index));
                }
                per_item.push(delegation.iter().map(|&p| Target::Actor(p)).collect());
                continue;
            }
            if delegation_of {
                pending.push((out.targets.len(), index));
            }
            let mut targets = Vec::new();
            for r in &m.refs {
                if !matches!(r, ActorRef::Counterpart { .. } | ActorRef::Pronoun(_)) {
                    after_counterpart = false;
                }
                let target = match r {
                    ActorRef::Person(p) => {
                        let id = out.actors.intern(titled_person_actor(lex, p));
                        // The name as written, not the title or apposition
                        // around it.
                        out.actors.add_alias(id, &p.name);
                        if !object_position && !m.coordinated {
                            if !embedded {
                                last_person = Some(id);
                            }
                            subjects.push(id);
                        }
                        recent_people.push(id);
                        in_sentence.push(id);
                        let host_verb = |w: &str| {
                            matches!(
                                w,
                                "received"
                                    | "hosted"
                                    | "welcomed"
                                    | "greeted"
                                    | "receives"
                                    | "hosts"
                                    | "welcomes"
                            )
                        };
                        let items = &sentence.items;
                        let hosted_object = index > 0 && host_verb(&items[index - 1].norm);
                        let hosted_subject = items
                            .get(index + 1)
                            .is_some_and(|w| matches!(w.norm.as_str(), "was" | "were"))
                            && items.get(index + 2).is_some_and(|w| host_verb(&w.norm));
                        if hosted_object || hosted_subject {
                            last_hosted = Some(id);
                        }
                        Some(Target::Actor(id))
                    }
                    ActorRef::Country(c) => {
                        Some(Target::Actor(country_actor(&mut out.actors, lex, *c)))
                    }
                    ActorRef::Org(o) => Some(Target::Actor(org_actor(&mut out.actors, lex, *o))),
                    ActorRef::Office { title, of } => {
                        let target =
                            office_target_after(&mut out, lex, *title, *of, &recent_people);
                        if target.is_none() && of.is_none() {
                            unheld.push((out.targets.len(), index, *title, targets.len()));
                        }
                        target.map(Target::Actor)
                    }
                    ActorRef::Counterpart { of } => {
                        after_counterpart = true;
                        Some(Target::Counterpart(*of))
                    }
                    ActorRef::Group { label, .. } => {
                        Some(Target::Actor(out.actors.intern(Actor {
                            key: slug(label),
                            label: label.clone(),
                            kind: ActorKind::Group,
                            lexicon: None,
                            office: None,
                            news_agency: false,
                            aliases: BTreeSet::new(),
                        })))
                    }
                    ActorRef::Pronoun(word) => match word.as_str() {
                        "i" => paragraph_speaker
                            .filter(|&(p, _)| p == sentence.paragraph)
                            .map(|(_, id)| Target::Actor(id)),
                        // "Rubio ... flew to San Salvador, where Bukele
                        // hosted him": an earlier subject of this sentence
                        // other than the verb's own; else "Xi told him":
                        // the last person before this sentence.
                        // "Erdogan received Pashinyan ... Erdogan told his
                        // guest": the last one a host received, else as
                        // "him".
                        "him" | "guest" => {
                            let hosted =
                                last_hosted.filter(|p| word == "guest" && !in_sentence.contains(p));
                            // (The subject of the verb before it: "New Delhi
                            // summoned Warraich and handed him a note" is
                            // Warraich's.)
                            // (In "to visit Putin, who hosted him", the one
                            // "who" stands for.)
                            let who = who_antecedent(&sentence.items, &per_item, index, |_| true);
                            let current = who
                                .or(subjects.last().copied())
                                .filter(|_| !after_counterpart);
                            // (Then someone this sentence named before:
                            // "Speaking by phone with Erdogan, Putin thanked
                            // him".)
                            hosted
                                .as_ref()
                                .or_else(|| subjects.iter().rev().find(|&&p| Some(p) != current))
                                .or_else(|| in_sentence.iter().rev().find(|&&p| Some(p) != current))
                                .or(topic.as_ref().filter(|t| !in_sentence.contains(t)))
                                .or_else(|| {
                                    recent_people
                                        .iter()
                                        .rev()
                                        .find(|p| !in_sentence.contains(p))
                                })
                                .map(|&p| Target::Actor(p))
                        }
                        _ => {
                            // "received al-Jubeir, ..., who had flown in from
                            // New Delhi, where he had held talks": the one
                            // "who" stands for.
                            let female = word == "she";
                            let fits = |p: &ActorId| gender.get(p).is_none_or(|&g| g == female);
                            let relative =
                                who_antecedent(&sentence.items, &per_item, index, |id| {
                                    out.actors.get(id).kind == ActorKind::Person
                                })
                                .filter(fits);
                            // The last person, unless "he" or "she" has
                            // told otherwise: then the last one it fits.
                            // (Where the last person is not "she", the last
                            // woman named lately before anyone else.)
                            let known_woman = recent_people
                                .iter()
                                .rev()
                                .take(6)
                                .find(|p| female && gender.get(p) == Some(&true))
                                .copied();
                            // (This sentence's own subject first: "Retno
                            // Marsudi told reporters ... , she said".)
                            let own_subject = subjects.last().copied().filter(fits);
                            let last = own_subject
                                .or(last_person.filter(fits))
                                .or(known_woman)
                                .or_else(|| {
                                    last_person.and_then(|_| {
                                        recent_people.iter().rev().find(|p| fits(p)).copied()
                                    })
                                });
                            // What "he" or "she" tells is recorded only where
                            // the antecedent is sure (its own clause, the one
                            // "who" stands for) or where the word ruled out
                            // the last person: a guess is not evidence.
                            let sure = relative.is_some()
                                || own_subject.is_some()
                                || last_person.is_some_and(|p| !fits(&p));
                            if let Some(p) = relative.or(last).filter(|_| sure) {
                                gender.entry(p).or_insert(female);
                            }
                            if let Some(p) = relative {
                                in_sentence.push(p);
                                Some(Target::Actor(p))
                            } else {
                                let last_person = last;
                                if let Some(p) = last_person {
                                    in_sentence.push(p);
                                    // "he had been in Nairobi, where Ruto
                                    // hosted him": he is this sentence's
                                    // subject.
                                    if !object_position && !m.coordinated {
                                        subjects.push(p);
                                    }
                                }
                                last_person.map(Target::Actor)
                            }
                        }
                    },
                    ActorRef::PairAnaphor | ActorRef::Delegation => None,
                };
                // An office the document's holder stands for ("the Chinese
                // leader" = Xi) is that person for later pronouns too.
                // An unnamed one ("The Kazakh foreign minister flew to
                // Tashkent. Mirziyoyev received him") is a person too.
                if let (ActorRef::Office { .. }, Some(Target::Actor(id))) = (r, target) {
                    let kind = out.actors.get(id).kind;
                    // (Not "the G20 foreign ministers' meeting".)
                    if kind == ActorKind::Person || (kind == ActorKind::Office && !m.possessive) {
                        if !object_position && !m.coordinated {
                            last_person = Some(id);
                            subjects.push(id);
                        }
                        recent_people.push(id);
                        in_sentence.push(id);
                    }
                }
                if let Some(t) = target {
                    if !targets.contains(&t) {
                        targets.push(t);
                    }
                }
            }
            // "Nduhungirehe: ..." opens an answer.
            if index == 0 && sentence.items.get(1).is_some_and(|w| w.is_word(":")) {
                if let [Target::Actor(id)] = targets.as_slice() {
                    if out.actors.get(*id).kind == ActorKind::Person {
                        paragraph_speaker = Some((sentence.paragraph, *id));
                    }
                }
            }
            per_item.push(targets);
        }
        replace_teams_by_leaders(&sentence.items, &mut per_item, &out.actors);
        if let Some(members) = delegation_members(lex, &sentence.items, &per_item, &out.actors) {
            // Mentions up to three sentences before the members are named
            // ("A delegation of African leaders urged Putin ... . Ramaphosa
            // led the mission, which included ...") are theirs.
            let here = out.targets.len();
            let as_targets: Vec<Target> = members.iter().map(|&p| Target::Actor(p)).collect();
            for (s, k) in pending.drain(..) {
                if s == here {
                    per_item[k] = as_targets.clone();
                } else if here - s <= 3 {
                    out.targets[s][k] = as_targets.clone();
                }
            }
            delegation = members;
        }
        out.targets.push(per_item);
    }
    replace_state_teams_by_leaders(recognised, &mut out);
    // A holder named later in the document, the only one of that office.
    // ("the Secretary-General and President Ruto": in its place among the
    // others of its mention.)
    for (s, k, title, at) in unheld {
        if let Some(holder) = holder_in_document(&out, lex, title, None, &[])
            .or_else(|| lexicon_holder(&mut out, lex, title))
        {
            let here = &mut out.targets[s][k];
            if !here.contains(&Target::Actor(holder)) {
                here.insert(at.min(here.len()), Target::Actor(holder));
            }
        }
    }
    out
}

/// The actor that ", who" before item `index` stands for: the last one
/// `keep` accepts before it ("to visit Putin, who hosted him").
fn who_antecedent(
    items: &[Item],
    per_item: &[Vec<Target>],
    index: usize,
    keep: impl Fn(ActorId) -> bool,
) -> Option<ActorId> {
    let who = (1..index)
        .rev()
        .find(|&k| items[k].is_word("who") && items[k - 1].is_word(","))?;
    (0..who).rev().find_map(|k| {
        per_item[k].iter().find_map(|t| match *t {
            Target::Actor(id) if keep(id) => Some(id),
            _ => None,
        })
    })
}

/// "a Ukrainian delegation led by Andriy Yermak", "the Hamas negotiators,
/// led by Khalil al-Hayya,": the delegation is its leader.
fn replace_teams_by_leaders(items: &[Item], per_item: &mut [Vec<Target>], actors: &ActorTable) {
    let team_noun = |w: &str| {
        DELEGATION_NOUNS.contains(&w) || matches!(w, "negotiators" | "team" | "negotiating")
    };
    for k in 0..items.len() {
        let Some(m) = items[k].actor().filter(|m| !m.possessive) else {
            continue;
        };
        // The words after the mention that name the team, if any.
        let mut j = k + 1;
        let named_team = match m.refs.as_slice() {
            [ActorRef::Group { .. }] => team_noun(items[k].norm.rsplit(' ').next().unwrap_or("")),
            [ActorRef::Org(_)] | [ActorRef::Country(_)] => {
                while items
                    .get(j)
                    .is_some_and(|w| w.kind == ItemKind::Word && team_noun(&w.norm))
                {
                    j += 1;
                }
                j > k + 1
            }
            _ => false,
        };
        if items.get(j).is_some_and(|w| w.is_word(",")) {
            j += 1;
        }
        if named_team
            && items
                .get(j)
                .is_some_and(|w| matches!(w.norm.as_str(), "led" | "headed"))
            && items.get(j + 1).is_some_and(|w| w.is_word("by"))
            && j + 2 < items.len()
        {
            let leader: Vec<Target> = per_item[j + 2]
                .iter()
                .copied()
                .filter(
                    |t| matches!(*t, Target::Actor(id) if actors.get(id).kind == ActorKind::Person),
                )
                .collect();
            if !leader.is_empty() {
                per_item[k] = leader;
            }
        }
    }
}

/// "the five leaders": the people of the latest of the last three sentences
/// that named exactly that many.
fn counted_group(norm: &str, out: &Resolved) -> Option<Vec<ActorId>> {
    const NUMBERS: &[&str] = &["three", "four", "five", "six", "seven"];
    let n = norm
        .split(' ')
        .find_map(|w| NUMBERS.iter().position(|x| *x == w))?
        + 3;
    out.targets.iter().rev().take(3).find_map(|sentence| {
        let mut people: Vec<ActorId> = Vec::new();
        for t in sentence.iter().flatten() {
            if let Target::Actor(id) = *t {
                if out.actors.get(id).kind == ActorKind::Person && !people.contains(&id) {
                    people.push(id);
                }
            }
        }
        (people.len() == n).then_some(people)
    })
}

/// Nouns for a state's team at talks.
const TEAM_NOUNS: &[&str] = &[
    "delegation",
    "delegations",
    "team",
    "teams",
    "negotiators",
    "side",
    "sides",
];

/// "Moscow's team was headed by Vladimir Medinsky", "the Ukrainian
/// delegation, led by Rustem Umerov", "Umerov led the Ukrainian
/// delegation": the document's leader of each state's team. Mentions of
/// the team anywhere in the document ("Russian and Ukrainian negotiators
/// faced each other", "met the Ukrainian delegation") are then its leader.
fn replace_state_teams_by_leaders(recognised: &Recognised, out: &mut Resolved) {
    let team_noun = |w: &str| TEAM_NOUNS.contains(&w);
    // The state a mention's team belongs to, and where the team noun ends.
    let team_of = |items: &[Item], k: usize| -> Option<(usize, usize)> {
        // "The Ukrainian side was headed by X".
        if let ItemKind::Demonym(c) = items[k].kind {
            let n = items.get(k + 1)?;
            return (n.kind == ItemKind::Word && team_noun(&n.norm)).then_some((c, k + 2));
        }
        let m = items[k].actor()?;
        match m.refs.as_slice() {
            [ActorRef::Group { label, of: Some(c) }]
                if team_noun(label.rsplit(' ').next().unwrap_or("")) =>
            {
                Some((*c, k + 1))
            }
            [ActorRef::Country(c)] if m.possessive => {
                let n = items.get(k + 1)?;
                (n.kind == ItemKind::Word && team_noun(&n.norm)).then_some((*c, k + 2))
            }
            _ => None,
        }
    };
    let mut leaders: BTreeMap<usize, BTreeSet<ActorId>> = BTreeMap::new();
    for (s, sentence) in recognised.sentences.iter().enumerate() {
        let items = &sentence.items;
        let person = |k: usize| -> Option<ActorId> {
            out.targets[s].get(k)?.iter().find_map(|t| match *t {
                Target::Actor(id) if out.actors.get(id).kind == ActorKind::Person => Some(id),
                _ => None,
            })
        };
        let word = |k: usize, w: &[&str]| {
            items
                .get(k)
                .is_some_and(|x| x.kind == ItemKind::Word && w.contains(&x.norm.as_str()))
        };
        for k in 0..items.len() {
            // "[Moscow's team] was headed by X", "[the Ukrainian delegation],
            // led by X".
            if let Some((c, mut j)) = team_of(items, k) {
                if word(j, &[","]) {
                    j += 1;
                }
                if word(j, &["was", "is", "were", "had", "been"]) {
                    j += 1;
                }
                if word(j, &["been"]) {
                    j += 1;
                }
                if word(j, &["led", "headed"]) && word(j + 1, &["by"]) {
                    if let Some(p) = person(j + 2) {
                        leaders.entry(c).or_default().insert(p);
                    }
                }
            }
            // "X led the Ukrainian delegation", "X heads Russia's team",
            // "Medinsky, the Kremlin aide who headed Moscow's team".
            let leader_before = |v: usize| -> Option<ActorId> {
                if v == 0 {
                    return None;
                }
                if word(v - 1, &["who"]) {
                    return (0..v - 1).rev().find_map(&person);
                }
                person(v - 1)
            };
            if word(k, &["led", "headed", "leads", "heads"]) {
                if let Some(p) = leader_before(k) {
                    let mut j = k + 1;
                    if word(j, &["the", "a"]) {
                        j += 1;
                    }
                    if let Some((c, _)) = (j < items.len()).then(|| team_of(items, j)).flatten() {
                        leaders.entry(c).or_default().insert(p);
                    }
                }
            }
        }
    }
    let leader = |c: usize| match leaders.get(&c) {
        Some(set) if set.len() == 1 => set.iter().next().copied(),
        _ => None,
    };
    for (s, sentence) in recognised.sentences.iter().enumerate() {
        for (k, item) in sentence.items.iter().enumerate() {
            let Some(m) = item.actor().filter(|m| !m.possessive) else {
                continue;
            };
            let last = item.norm.rsplit(' ').next().unwrap_or("");
            let replaced: Option<Vec<Target>> = match m.refs.as_slice() {
                // "Russian and Ukrainian negotiators".
                [ActorRef::Country(a), ActorRef::Country(b)] if team_noun(last) => {
                    match (leader(*a), leader(*b)) {
                        (Some(x), Some(y)) => Some(vec![Target::Actor(x), Target::Actor(y)]),
                        _ => None,
                    }
                }
                [ActorRef::Group { .. }] => team_of(&sentence.items, k)
                    .and_then(|(c, _)| leader(c))
                    .map(|x| vec![Target::Actor(x)]),
                _ => None,
            };
            if let Some(r) = replaced {
                out.targets[s][k] = r;
            }
        }
    }
}

/// The people of a delegation named in this sentence: its leader ("X led
/// the mission", "a delegation led by X") and members ("which included
/// A, B and C").
fn delegation_members(
    lex: &Lexicon,
    items: &[Item],
    targets: &[Vec<Target>],
    actors: &ActorTable,
) -> Option<Vec<ActorId>> {
    let people = |k: usize| -> Vec<ActorId> {
        targets[k]
            .iter()
            .filter_map(|t| match *t {
                Target::Actor(id) if actors.get(id).kind == ActorKind::Person => Some(id),
                _ => None,
            })
            .collect()
    };
    let noun_in = |from: usize, to: usize| {
        items[from.min(items.len())..to.min(items.len())]
            .iter()
            .any(|i| {
                let last = i.norm.rsplit(' ').next().unwrap_or("");
                DELEGATION_NOUNS.contains(&last)
                    || matches!(last, "team" | "group" | "trip" | "visit")
            })
    };
    let mut members: Vec<ActorId> = Vec::new();
    for (k, it) in items.iter().enumerate() {
        if !matches!(it.kind, ItemKind::Word) {
            continue;
        }
        let next_is_by = items.get(k + 1).is_some_and(|n| n.is_word("by"));
        match it.norm.as_str() {
            "included" | "including" | "includes" | "comprising" | "comprised" | "comprises"
                if noun_in(k.saturating_sub(6), k) =>
            {
                // The people after the word, relative clauses about them
                // included, up to the next verb of contact or speech
                // ("..., and met Putin").
                for (j, w) in items.iter().enumerate().skip(k + 1) {
                    if matches!(w.kind, ItemKind::Word)
                        && (lex.is_contact_word(&w.norm) || lex.is_cue("speech", &w.norm))
                    {
                        break;
                    }
                    members.extend(people(j));
                }
            }
            "led" | "headed" if next_is_by && noun_in(k.saturating_sub(4), k) => {
                if let Some(j) = (k + 2..items.len()).find(|&j| items[j].actor().is_some()) {
                    members.extend(people(j));
                }
            }
            "led" | "headed" | "leads" | "heads" if !next_is_by && noun_in(k + 1, k + 4) => {
                if let Some(j) = (0..k).rev().find(|&j| items[j].actor().is_some()) {
                    members.extend(people(j));
                }
            }
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    members.retain(|p| seen.insert(*p));
    (!members.is_empty()).then_some(members)
}

/// Prepositions: a mention right after one is an object, not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "with",
    "to",
    "from",
    "by",
    "of",
    "for",
    "against",
    "alongside",
    "between",
    "among",
    "including",
    "on",
    "at",
    "about",
    "toward",
    "towards",
    "into",
    "than",
    "like",
    "over",
    "via",
    "through",
    // Places: "speaking in Ankara after talks with Erdogan".
    "in",
    "near",
    "outside",
    "inside",
    "within",
    "across",
];

/// A person's actor; a name the lexicon knows ("Zelensky", "Putin") is
/// the lexicon's person, under its canonical name.
/// A person known by title and name ("King Salman", "Emir Tamim") before
/// the bare name, which may be another's.
fn titled_person_actor(lex: &Lexicon, p: &crate::recognise::PersonRef) -> Actor {
    if let Some(title) = p.title {
        let titled = format!("{} {}", lex.titles[title].label, p.name);
        if lex.person_named(&titled).is_some() {
            return person_actor(lex, &titled);
        }
    }
    person_actor(lex, &p.name)
}

pub fn person_actor(lex: &Lexicon, name: &str) -> Actor {
    if let Some(p) = lex.person_named(name) {
        let entry = &lex.people[p];
        return Actor {
            key: slug(&entry.label),
            label: entry.label.clone(),
            kind: ActorKind::Person,
            lexicon: Some(entry.iri.clone()),
            office: None,
            news_agency: false,
            aliases: BTreeSet::new(),
        };
    }
    Actor {
        key: slug(name),
        label: name.to_string(),
        kind: ActorKind::Person,
        lexicon: None,
        office: None,
        news_agency: false,
        aliases: BTreeSet::new(),
    }
}

pub fn country_actor(actors: &mut ActorTable, lex: &Lexicon, c: usize) -> ActorId {
    let entry = &lex.countries[c];
    actors.intern(Actor {
        key: slug(&entry.label),
        label: entry.label.clone(),
        kind: ActorKind::Country,
        lexicon: Some(entry.iri.clone()),
        office: None,
        news_agency: false,
        aliases: BTreeSet::new(),
    })
}

pub fn org_actor(actors: &mut ActorTable, lex: &Lexicon, o: usize) -> ActorId {
    let entry = &lex.orgs[o];
    actors.intern(Actor {
        key: slug(&entry.label),
        label: entry.label.clone(),
        kind: ActorKind::Organization,
        lexicon: Some(entry.iri.clone()),
        office: None,
        news_agency: entry.kind == OrgKind::NewsAgency,
        aliases: BTreeSet::new(),
    })
}

fn affiliation_actor(actors: &mut ActorTable, lex: &Lexicon, a: Affiliation) -> ActorId {
    match a {
        Affiliation::Country(c) => country_actor(actors, lex, c),
        Affiliation::Org(o) => org_actor(actors, lex, o),
    }
}

fn affiliation_label(lex: &Lexicon, a: Affiliation) -> &str {
    match a {
        Affiliation::Country(c) => &lex.countries[c].label,
        Affiliation::Org(o) => &lex.orgs[o].label,
    }
}

/// The person the document names as holder of the office, if exactly one.
/// Titles count as the same office when they are kinds of one office
/// ("Secretary of State" holds "Foreign Minister" of the United States).
fn holder_in_document(
    resolved: &Resolved,
    lex: &Lexicon,
    title: usize,
    of: Option<ActorId>,
    seen: &[ActorId],
) -> Option<ActorId> {
    let office = lex.office_of(title);
    // A generic title ("the secretary") stands for any title that
    // contains its word ("Secretary of State").
    let generic = lex.titles[title]
        .roleless
        .then(|| lex.titles[title].label.to_lowercase());
    let mut holders: Vec<ActorId> = resolved
        .roles
        .iter()
        .filter(|r| match (&generic, of) {
            // "the Russian leader": Russia's head of state or government.
            (Some(word), Some(o)) => {
                r.of == Some(o)
                    && (lex.titles[r.title].head
                        || lex.titles[r.title]
                            .label
                            .to_lowercase()
                            .contains(word.as_str()))
            }
            (Some(word), None) => lex.titles[r.title]
                .label
                .to_lowercase()
                .contains(word.as_str()),
            // "Secretary of State Marco Rubio", no country written: the
            // country the lexicon gives him.
            (None, Some(o)) => {
                (r.of == Some(o) || (r.of.is_none() && national_of(resolved, lex, r.person, o)))
                    && lex.office_of(r.title) == office
            }
            (None, None) => r.title == title || lex.office_of(r.title) == office,
        })
        .map(|r| r.person)
        .collect();
    holders.sort_unstable();
    holders.dedup();
    if holders.len() == 1 {
        return Some(holders[0]);
    }
    // Several holders ("the prime minister" where Qatar's and Israel's are
    // both named): the one named last before the mention; for a bare "the
    // President" with no country, the one the story is about, named most
    // (the last of those).
    if of.is_none() && generic.is_none() {
        let count = |p: &ActorId| seen.iter().filter(|&q| q == p).count();
        let most = holders.iter().map(count).max().unwrap_or(0);
        if most > 0 {
            return seen
                .iter()
                .rev()
                .find(|p| holders.contains(p) && count(p) == most)
                .copied();
        }
    }
    seen.iter().rev().find(|p| holders.contains(p)).copied()
}

/// The one person of the document whose lexicon entry holds the office
/// `title` ("Mr. Guterres" for "the Secretary-General").
fn lexicon_holder(resolved: &mut Resolved, lex: &Lexicon, title: usize) -> Option<ActorId> {
    let office = lex.office_of(title);
    let holds = |p: &crate::lexicon::Person| p.office.is_some_and(|o| lex.office_of(o) == office);
    let mut holders = resolved.actors.all().iter().enumerate().filter(|(_, a)| {
        a.kind == ActorKind::Person
            && a.lexicon
                .as_deref()
                .is_some_and(|iri| lex.people.iter().any(|p| p.iri == iri && holds(p)))
    });
    if let Some((first, _)) = holders.next() {
        return holders.next().is_none().then_some(first);
    }
    // "A meeting was held today between the Secretary-General and ..." in
    // a briefing that never names him: the one holder the lexicon knows,
    // where no one in the document holds the office.
    if resolved
        .roles
        .iter()
        .any(|r| lex.office_of(r.title) == office)
    {
        return None;
    }
    let mut known = lex.people.iter().filter(|p| holds(p));
    let only = known.next()?;
    if known.next().is_some() {
        return None;
    }
    Some(resolved.actors.intern(person_actor(lex, &only.label)))
}

/// Whether the lexicon gives `person` the nationality of the country actor
/// `country`.
pub fn national_of(resolved: &Resolved, lex: &Lexicon, person: ActorId, country: ActorId) -> bool {
    let Some(country_iri) = resolved.actors.get(country).lexicon.as_deref() else {
        return false;
    };
    resolved
        .actors
        .get(person)
        .lexicon
        .as_deref()
        .and_then(|iri| lex.people.iter().find(|p| p.iri == iri))
        .and_then(|p| p.country)
        .is_some_and(|c| lex.countries[c].iri == country_iri)
}

/// An office: its holder in this document, or the office actor itself
/// ("Foreign Minister of Turkey"). An office with no country and no holder
/// in the document ("the minister") resolves to nothing.
pub fn office_target(
    resolved: &mut Resolved,
    lex: &Lexicon,
    title: usize,
    of: Option<Affiliation>,
) -> Option<ActorId> {
    office_target_after(resolved, lex, title, of, &[])
}

/// `office_target` where `seen` lists the people the document named
/// before this mention, in order: the one national among them is
/// preferred to one named only later.
fn office_target_after(
    resolved: &mut Resolved,
    lex: &Lexicon,
    title: usize,
    of: Option<Affiliation>,
    seen: &[ActorId],
) -> Option<ActorId> {
    let of_actor = of.map(|a| affiliation_actor(&mut resolved.actors, lex, a));
    if let Some(holder) = holder_in_document(resolved, lex, title, of_actor, seen) {
        return Some(holder);
    }
    // "the Russian leader", or "the Brazilian president" where the document
    // names Lula without his title: the one person of that country the
    // lexicon knows here, who holds no other office in the document.
    let head = lex.titles[title].roleless || lex.titles[title].head;
    if let (true, Some(Affiliation::Country(c))) = (head, of) {
        let other_office = |id: ActorId| {
            resolved
                .roles
                .iter()
                .any(|r| r.person == id && !lex.titles[r.title].head)
        };
        let nationals: Vec<ActorId> = resolved
            .actors
            .all()
            .iter()
            .enumerate()
            .filter(|(id, a)| {
                a.kind == ActorKind::Person
                    && !other_office(*id)
                    && !resolved.former.contains(id)
                    && a.lexicon.as_deref().is_some_and(|iri| {
                        lex.people
                            .iter()
                            .any(|p| p.iri == iri && p.country == Some(c))
                    })
            })
            .map(|(id, _)| id)
            .collect();
        let mut before: Vec<ActorId> = nationals
            .iter()
            .copied()
            .filter(|n| seen.contains(n))
            .collect();
        before.dedup();
        if let [only] = before.as_slice() {
            return Some(*only);
        }
        if let [only] = nationals.as_slice() {
            return Some(*only);
        }
    }
    // "the German leader", "the leaders of Britain and Poland" where no
    // holder is named: the office news means by the country's leader.
    if let (true, true, Some(Affiliation::Country(c))) =
        (lex.titles[title].roleless, lex.titles[title].head, of)
    {
        if let Some(leader) = lex.countries[c].leader {
            return office_target_after(resolved, lex, leader, of, seen);
        }
    }
    if lex.titles[title].roleless {
        return None;
    }
    let of = of?;
    let label = format!(
        "{} of {}",
        lex.titles[title].label,
        affiliation_label(lex, of)
    );
    Some(resolved.actors.intern(Actor {
        key: slug(&label),
        label,
        kind: ActorKind::Office,
        lexicon: None,
        office: Some((title, of)),
        news_agency: false,
        aliases: BTreeSet::new(),
    }))
}

/// A counterpart of `speaker` in `country`: the same office there. For a
/// region ("his European counterparts") the office holders form a group.
pub fn counterpart_target(
    resolved: &mut Resolved,
    lex: &Lexicon,
    speaker: ActorId,
    country: usize,
) -> Option<ActorId> {
    let titles = resolved.titles_of(speaker);
    // An unnamed office holder's counterpart: "the director general of
    // military operations of Pakistan called his Indian counterpart".
    let title = match (titles.first(), resolved.actors.get(speaker).office) {
        (Some(t), _) => t.0,
        (None, Some((t, _))) => t,
        (None, None) => return None,
    };
    let office = lex.office_of(title);
    let entry = &lex.countries[country];
    if entry.is_region {
        let demonym = entry
            .demonyms
            .first()
            .cloned()
            .unwrap_or(entry.label.clone());
        let label = format!(
            "{demonym} {}",
            plural(&lex.titles[office].label.to_lowercase())
        );
        return Some(resolved.actors.intern(Actor {
            key: slug(&label),
            label,
            kind: ActorKind::Group,
            lexicon: None,
            office: None,
            news_agency: false,
            aliases: BTreeSet::new(),
        }));
    }
    office_target(resolved, lex, office, Some(Affiliation::Country(country)))
}

/// "foreign ministers": the lexicon's plural of a title, in lower case.
fn plural(title: &str) -> String {
    crate::lexicon::plural_title(title).unwrap_or_else(|| title.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_and_plain() {
        assert_eq!(slug("Antony Blinken"), "antony-blinken");
        assert_eq!(slug("Hossein Amir-Abdollahian"), "hossein-amir-abdollahian");
        assert_eq!(slug("Türkiye"), "turkiye");
        assert_eq!(
            slug("People's Republic of China"),
            "peoples-republic-of-china"
        );
        assert_eq!(slug("U.S."), "us");
    }

    #[test]
    fn plural_of_titles() {
        assert_eq!(plural("foreign minister"), "foreign ministers");
        assert_eq!(plural("secretary"), "secretaries");
    }
}
