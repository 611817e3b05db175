//! relate: contacts, roles, statements and events from resolved mentions.
//!
//! Contacts come from the trigger patterns of the lexicon, matched over the
//! items of each sentence; a match is kept only where the clause is neither
//! negated nor hypothetical, its date is not after publication, and both
//! parties are actors that can talk (a news agency that is "told" something
//! is a source, not a party). Statements are quotations with the speaker
//! found before or after them; events come from event triggers with agent,
//! target, place and date taken from the words around them.

use crate::dates::{DateExpr, DateValue};
use crate::document::{Document, Span};
use crate::extraction::{Contact, Event, Evidence, Extraction, Role, Statement};
use crate::lexicon::{ContactMode, ContactTrigger, Lexicon};
use crate::noise;
use crate::pattern::{Elem, Match, Matcher, Pattern};
use crate::recognise::{ActorRef, Item, ItemKind, Recognised, SentenceItems};
use crate::resolve::{
    counterpart_target, country_actor, ActorId, ActorKind, Resolved, Target, PREPOSITIONS,
};

/// Contact triggers with their patterns compiled.
pub struct Rules {
    triggers: Vec<(ContactTrigger, Vec<Pattern>)>,
    /// Patterns of meeting and call triggers without their subject, for
    /// a verb that shares the subject of an earlier one ("flew into
    /// Shanghai on Wednesday and on Thursday met Chen Jining").
    /// Trigger index, the pattern with its subject cut off, and the slot
    /// that subject filled.
    elliptic: Vec<(usize, Pattern, Elem)>,
}

impl Rules {
    pub fn compile(lex: &Lexicon) -> Result<Rules, crate::pattern::PatternError> {
        let mut triggers = Vec::new();
        for t in &lex.contact_triggers {
            let patterns = t
                .patterns
                .iter()
                .map(|p| Pattern::parse(p))
                .collect::<Result<Vec<_>, _>>()?;
            triggers.push((t.clone(), patterns));
        }
        let mut elliptic = Vec::new();
        for (i, (t, patterns)) in triggers.iter().enumerate() {
            // (And messages: "flew to Tehran and handed the letter to
            // Araghchi"; not "told" or "urged", too often words in public.)
            if !matches!(
                t.mode,
                ContactMode::Meeting | ContactMode::Call | ContactMode::Message
            ) {
                continue;
            }
            for p in patterns {
                // "Putin and Xi last met in Samarkand and held a video call
                // on December 30" (AB); "Xi arrived in Moscow and was met
                // by Chernyshenko" (B of a passive).
                let slot = match p.elems.first() {
                    Some(e @ (Elem::A | Elem::AB | Elem::B)) => e.clone(),
                    _ => continue,
                };
                let rest: Vec<_> = p
                    .elems
                    .iter()
                    .skip(1)
                    .skip_while(|e| matches!(e, crate::pattern::Elem::Gap(_)))
                    .cloned()
                    .collect();
                let verb_first = match rest.as_slice() {
                    [Elem::V, ..] => true,
                    [Elem::Words { .. }, Elem::V, ..] => slot == Elem::B,
                    _ => false,
                };
                if verb_first {
                    elliptic.push((
                        i,
                        Pattern {
                            source: format!("(A and) {}", p.source),
                            elems: rest,
                        },
                        slot,
                    ));
                }
            }
        }
        Ok(Rules { triggers, elliptic })
    }
}

/// A contact by a trigger that visits places (rdo:visitsPlace) whose other
/// party is a country or a seat of government ("visited the White House":
/// whom he met there are the contacts).
fn visits_a_place(lex: &Lexicon, c: &Contact, resolved: &Resolved) -> bool {
    let b = resolved.actors.get(c.b);
    let seat = b.kind == ActorKind::Organization
        && b.lexicon.as_deref().is_some_and(|iri| {
            lex.orgs
                .iter()
                .any(|o| o.iri == iri && o.kind == crate::lexicon::OrgKind::GovernmentOffice)
        });
    (b.kind == ActorKind::Country || seat)
        && lex.contact_triggers.iter().any(|t| {
            t.visits_place && c.evidence.rule.strip_prefix("contact.") == Some(t.id.as_str())
        })
}

/// The year an item names outright: a date with its year, or a year alone
/// ("the 1998 declaration").
fn year_named(item: &crate::recognise::Item) -> Option<i32> {
    match &item.kind {
        ItemKind::Date(d) => d.explicit_year(),
        ItemKind::Number => item
            .norm
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2100).contains(y)),
        _ => None,
    }
}

/// Pairs written as one hyphenated word ("the Trump-Putin call") whose
/// halves are people or countries the document already names.
fn hyphenated_pairs(
    lex: &Lexicon,
    sentence: &crate::recognise::SentenceItems,
    text: &str,
    resolved: &Resolved,
) -> Vec<(ActorId, ActorId)> {
    let known = |part: &str| -> Option<ActorId> {
        let found = lex.lookup_normalised(&[part], &[crate::lexicon::norm_word(part)]);
        let iri = match found.first()?.0 {
            crate::lexicon::PhraseTarget::Person(p) => &lex.people[p].iri,
            crate::lexicon::PhraseTarget::CountryName(c)
            | crate::lexicon::PhraseTarget::Metonym(c) => &lex.countries[c].iri,
            _ => return None,
        };
        resolved
            .actors
            .all()
            .iter()
            .position(|a| a.lexicon.as_deref() == Some(iri.as_str()))
    };
    sentence
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Word)
        .filter_map(|i| {
            let (l, r) = i.span.text(text).split_once('-')?;
            Some((known(l)?, known(r)?))
        })
        .collect()
}

/// The day a sentence that is only a full date names, where it lies in the
/// two months up to publication.
fn dateline_day(
    sentence: &crate::recognise::SentenceItems,
    published: Option<chrono::NaiveDate>,
) -> Option<chrono::NaiveDate> {
    let published = published?;
    let mut day = None;
    for item in &sentence.items {
        match &item.kind {
            ItemKind::Punct => {}
            ItemKind::Date(expr) if day.is_none() => match expr {
                DateExpr::Absolute(_) | DateExpr::MonthDay { year: Some(_), .. } => {
                    day = expr.resolve(Some(published)).map(|d| d.first_day());
                }
                _ => return None,
            },
            _ => return None,
        }
    }
    day.filter(|d| *d <= published && (published - *d).num_days() <= 60)
}

pub fn relate(
    document: Document,
    recognised: &Recognised,
    mut resolved: Resolved,
    noise: &noise::Noise,
    lex: &Lexicon,
    rules: &Rules,
) -> Extraction {
    let published = document.date;
    let mut contacts: Vec<Contact> = Vec::new();
    let mut statements: Vec<Statement> = Vec::new();
    let mut events = Vec::new();
    // The targets are read while the actor table grows (counterparts,
    // event agents): keep them apart.
    let targets = std::mem::take(&mut resolved.targets);
    // The day the story is at: for undated contacts and statements.
    let story = story_date(&document.text, recognised, published);
    // The pair "the two leaders" and "their meeting" refer to.
    let mut last_pair: Option<(ActorId, ActorId)> = None;
    // The one a list of meetings belongs to ("The President's principal
    // meetings were as follows:").
    let mut list_owner: Option<ActorId> = None;
    let mut two_named: Option<(ActorId, ActorId)> = None;
    let mut guests: Option<(ActorId, ActorId)> = None;
    let mut people_before: Vec<ActorId> = Vec::new();
    let mut last_day: Option<chrono::NaiveDate> = None;
    // The paragraph of the last sentence that named a day.
    let mut last_day_paragraph: Option<usize> = None;
    // The last day named within the fortnight before publication: where
    // the story returns after a paragraph of background.
    let mut last_recent_day: Option<chrono::NaiveDate> = None;
    // Pairs whose contact the document denies ("rejected a report that
    // Putin and Trump had spoken, saying no such conversation took place").
    let mut denied: Vec<(ActorId, ActorId)> = Vec::new();
    // A line that is only a date heads a readout a page collects with
    // others ("FEBRUARY 17, 2025"): "today" below it is that day.
    let mut dateline: Option<chrono::NaiveDate> = None;
    // The year the last date that named one was in.
    let mut last_year: Option<i32> = None;
    for (s, sentence) in recognised.sentences.iter().enumerate() {
        if let Some(day) = dateline_day(sentence, published) {
            // (Not the date under an embedded post, "Narendra Modi
            // (@narendramodi): ... 11 Aug 2025": the post's own.)
            let after_post = recognised.sentences[..s]
                .iter()
                .rev()
                .take_while(|b| b.paragraph + 1 >= sentence.paragraph)
                .any(|b| b.items.iter().any(|i| i.norm == "@"));
            if after_post {
                // The post's "today" was that day.
                last_day = Some(day);
            } else {
                dateline = Some(day);
            }
            continue;
        }
        if noise.skipped.contains(&sentence.paragraph) {
            continue;
        }
        let published = dateline.or(published);
        let quoted = crate::recognise::quoted_items(&sentence.items);
        // A quotation repeated by an embedded post was said on the post's
        // day: "today" inside it is that day.
        let quote_date = (0..sentence.items.len())
            .find(|&k| sentence.items[k].kind == ItemKind::OpenQuote)
            .and_then(|open| {
                let close = (open..sentence.items.len())
                    .find(|&k| sentence.items[k].kind == ItemKind::CloseQuote)
                    .unwrap_or(sentence.items.len() - 1);
                let span = sentence.items[open].span.cover(sentence.items[close].span);
                noise.posted_on(span.text(&document.text))
            })
            .map(|d| d.first_day())
            .or_else(|| reporting_day(sentence, &quoted, lex, published))
            // A readout quoted whole, with no reporting verb of its own
            // ("... released a statement that read: “Today President
            // Sheinbaum held a conversation ...”"): its "today" is the day
            // the story is at.
            .or_else(|| {
                let whole = sentence
                    .items
                    .iter()
                    .zip(&quoted)
                    .all(|(it, &q)| q || it.kind == ItemKind::Punct);
                if whole {
                    last_day
                } else {
                    None
                }
            });
        let ctx = SentenceContext {
            lex,
            text: &document.text,
            sentence,
            targets: &targets[s],
            published,
            quoted,
            quote_date,
            last_pair,
            two_named,
            guests,
            people_before: people_before.clone(),
            story,
            last_year,
            // "that night" in a new paragraph after one of background ("their
            // first call came only on February 12. // On the flight home
            // that night, ..."): the night of the story, not of the
            // flashback.
            last_day: match (last_day, last_recent_day) {
                (Some(day), Some(recent_day))
                    if last_day_paragraph != Some(sentence.paragraph)
                        && (recent_day - day).num_days() > 30 =>
                {
                    Some(recent_day)
                }
                _ => last_day,
            },
        };
        // A bulleted list of meetings ("- Beijing, 8-10 November: Official
        // talks with President Xi Jinping ...") names no subject: the one
        // whose meetings the list gives.
        let listed = list_owner
            .map(|owner| ctx.listed_contacts(owner, &mut resolved))
            .unwrap_or_default();
        let ctx = match listed.last() {
            Some(c) => SentenceContext {
                last_pair: Some((c.a, c.b)),
                ..ctx
            },
            None => ctx,
        };
        let denied_before = denied.len();
        let mut found = ctx.contacts(rules, &mut resolved, &mut denied);
        found.extend(listed);
        // "The Kremlin denied a report that Trump had spoken with Putin.
        // ... The newspaper said the two men had spoken on Thursday": the
        // pair of a denied report is the pair the story goes on about.
        let denied_pair = denied[denied_before..].last().copied();
        // "Kremlin says reported Trump-Putin phone call 'pure fiction'".
        if ctx.denies_a_report() {
            denied.extend(hyphenated_pairs(lex, sentence, &document.text, &resolved));
        }
        let hosts = ctx.hosted_by(&found, &mut resolved);
        found.extend(hosts);
        // (Told before it in this sentence or in the one before.)
        let previous = s.checked_sub(1).map(|p| recognised.sentences[p].span);
        let before: Vec<Contact> = contacts
            .iter()
            .filter(|c| Some(c.evidence.sentence) == previous)
            .cloned()
            .collect();
        let joined = ctx.joined_last(&found, &before, &resolved);
        found.extend(joined);
        // A visit to a country says where the visitor went, not whom he
        // met: an event of its own ("Wang Yi wrapped up a visit to New
        // Delhi"; the meetings are the contacts).
        let (visits, found): (Vec<Contact>, Vec<Contact>) = found
            .into_iter()
            .partition(|c| visits_a_place(lex, c, &resolved));
        for c in visits {
            events.push(Event {
                event_type: "visit".into(),
                plover: Some("CONSULT".into()),
                agent: Some(c.a),
                attributed: false,
                target: None,
                place: Some(c.b),
                date: c.date,
                evidence: c.evidence,
            });
        }
        // "The two leaders", "both men": people, not the countries or
        // bodies a sentence also pairs ("Ankara and the United Nations").
        let people = |(a, b): (ActorId, ActorId)| {
            let is_person = |x: ActorId| {
                matches!(
                    resolved.actors.get(x).kind,
                    ActorKind::Person | ActorKind::Office
                )
            };
            (is_person(a) && is_person(b)).then_some((a, b))
        };
        if let Some(pair) = found.iter().rev().find_map(|c| people((c.a, c.b))) {
            last_pair = Some(pair);
        } else if let Some(pair) = denied_pair.and_then(people) {
            last_pair = Some(pair);
        } else if let Some(pair) = ctx.coordinated_pair().and_then(people) {
            last_pair = Some(pair);
        }
        two_named = ctx.only_two_people(&resolved);
        let first_person = (0..sentence.items.len()).find_map(|k| {
            targets[s][k].iter().find_map(|t| match *t {
                Target::Actor(id) if resolved.actors.get(id).kind == ActorKind::Person => Some(id),
                _ => None,
            })
        });
        // (A list of meetings: "The President's principal meetings were as
        // follows:", "his programme:".)
        let lists_meetings = sentence.items.iter().any(|w| {
            matches!(
                w.norm.as_str(),
                "meetings"
                    | "talks"
                    | "programme"
                    | "program"
                    | "schedule"
                    | "engagements"
                    | "calls"
            )
        });
        if sentence.items.last().is_some_and(|w| w.is_word(":")) {
            list_owner = first_person.filter(|_| lists_meetings);
        }
        // "Anwar received Hun Manet and Phumtham": the two guests, whom
        // "the two visiting leaders" later means.
        let hosted: Vec<&Contact> = found
            .iter()
            .filter(|c| c.evidence.rule == "contact.contact-host")
            .collect();
        if let [x, y, ..] = hosted[..] {
            if x.a == y.a && x.b != y.b {
                guests = Some((x.b, y.b));
            }
        }
        for item_targets in &targets[s] {
            for t in item_targets {
                if let Target::Actor(id) = *t {
                    if resolved.actors.get(id).kind == ActorKind::Person {
                        people_before.push(id);
                    }
                }
            }
        }
        // An undated contact is at the day its paragraph last named ("On
        // Monday, Macron hosted ... . He had spoken to Trump before the
        // gathering").
        let paragraph_day = ctx
            .story_day_before(0)
            .filter(|_| last_day_paragraph == Some(sentence.paragraph));
        for mut c in found {
            if c.date.is_none() {
                let here = ctx.story_day_after().filter(|_| ctx.sentence_names_a_day());
                c.estimated_date = here.or(paragraph_day).map(DateValue::Day);
            }
            // One report per contact and sentence; "held a call with ...,
            // during which the two men agreed" keeps the call's mode.
            // "took a call from his Russian counterpart, who briefed him on
            // a meeting two days earlier": the briefing is that call.
            let told_in_the_call = c.mode == ContactMode::Unspecified
                && contacts.iter().any(|x: &Contact| {
                    x.evidence.sentence == c.evidence.sentence
                        && x.evidence.anchor.end <= c.evidence.anchor.start
                        && x.mode != ContactMode::Unspecified
                        && ((x.a, x.b) == (c.a, c.b) || (x.a, x.b) == (c.b, c.a))
                });
            if told_in_the_call {
                continue;
            }
            match contacts.iter_mut().find(|x| same_contact(x, &c)) {
                Some(x) if x.mode == ContactMode::Unspecified => *x = c,
                Some(_) => {}
                None => contacts.push(c),
            }
        }
        let previous = statements.last().cloned();
        for st in ctx.statements(previous.as_ref(), &recognised.sentences, s, &resolved) {
            // “...,” she said. “...”: one statement in two quotations.
            match statements.last_mut() {
                Some(last) if st.evidence.rule == "statement.continued-quote" => {
                    last.continued.push(st.quote)
                }
                _ => statements.push(st),
            }
        }
        for e in ctx.events(&mut resolved) {
            if !events.iter().any(|x: &Event| {
                x.event_type == e.event_type
                    && x.agent == e.agent
                    && x.target == e.target
                    && x.date == e.date
            }) {
                events.push(e);
            }
        }
        if let Some(day) = ctx.story_day_after() {
            last_day = Some(day);
            if recent(&DateValue::Day(day), published) {
                last_recent_day = Some(day);
            }
        }
        if ctx.sentence_names_a_day() {
            last_day_paragraph = Some(sentence.paragraph);
        }
        if let Some(y) = sentence.items.iter().rev().find_map(year_named) {
            last_year = Some(y);
        }
    }
    // The report itself, told elsewhere in the document ("The Washington
    // Post reported that Trump had called Putin"), is no contact either.
    contacts.retain(|c| {
        let pair_denied = denied
            .iter()
            .any(|&(a, b)| (a, b) == (c.a, c.b) || (a, b) == (c.b, c.a));
        !(pair_denied && is_claim(c.evidence.sentence.text(&document.text)))
    });
    drop_states_standing_for_their_people(&mut contacts, &resolved, lex);
    estimate_dates(&mut contacts, published, story, &document.text);
    let roles = resolved
        .roles
        .iter()
        .map(|r| Role {
            person: r.person,
            title: r.title,
            of: r.of,
            evidence: Evidence {
                sentence: sentence_of(recognised, r.span),
                anchor: r.span,
                rule: "role.title".into(),
            },
        })
        .collect();
    Extraction {
        document,
        actors: resolved.actors,
        roles,
        contacts,
        statements,
        events,
    }
}

/// Is this a day in the fortnight up to publication, where news happens?
/// "China hosts Pakistani, Afghan foreign ministers" over "Wang Yi hosted
/// his Pakistani and Afghan counterparts": where the document names the
/// person who acted for a state, the state's row is that person's, told
/// twice.
fn drop_states_standing_for_their_people(
    contacts: &mut Vec<Contact>,
    resolved: &Resolved,
    lex: &Lexicon,
) {
    let kind = |id: ActorId| resolved.actors.get(id).kind;
    // (Most documents have no state's row at all.)
    if !contacts
        .iter()
        .any(|c| kind(c.a) == ActorKind::Country || kind(c.b) == ActorKind::Country)
    {
        return;
    }
    let acts_for = |person: ActorId, country: ActorId| {
        kind(person) == ActorKind::Person
            && (crate::resolve::national_of(resolved, lex, person, country)
                || resolved
                    .roles
                    .iter()
                    .any(|r| r.person == person && r.of == Some(country)))
    };
    let same_time =
        |x: &Contact, y: &Contact| x.date.is_none() || y.date.is_none() || x.date == y.date;
    let told_by_people: Vec<bool> = contacts
        .iter()
        .map(|c| {
            [(c.a, c.b), (c.b, c.a)].into_iter().any(|(state, other)| {
                kind(state) == ActorKind::Country
                    && kind(other) == ActorKind::Person
                    && contacts.iter().any(|d| {
                        same_time(c, d)
                            && ((d.a == other && acts_for(d.b, state))
                                || (d.b == other && acts_for(d.a, state)))
                    })
            })
        })
        .collect();
    let mut flags = told_by_people.into_iter();
    contacts.retain(|_| !flags.next().unwrap_or(false));
}

/// Two people of one state: by the roles the document gives them or the
/// country the lexicon knows them by.
fn compatriots(resolved: &Resolved, lex: &Lexicon, x: ActorId, y: ActorId) -> bool {
    let states = |p: ActorId| -> Vec<ActorId> {
        let mut out: Vec<ActorId> = resolved
            .roles
            .iter()
            .filter(|r| r.person == p)
            .filter_map(|r| r.of)
            .filter(|&o| resolved.actors.get(o).kind == ActorKind::Country)
            .collect();
        if let Some(iri) = resolved.actors.get(p).lexicon.as_deref() {
            if let Some(c) = lex
                .people
                .iter()
                .find(|e| e.iri == iri)
                .and_then(|e| e.country)
            {
                let country_iri = &lex.countries[c].iri;
                out.extend((0..resolved.actors.all().len()).filter(|&id| {
                    resolved.actors.all()[id].lexicon.as_deref() == Some(country_iri.as_str())
                }));
            }
        }
        out
    };
    let ys = states(y);
    states(x).iter().any(|s| ys.contains(s))
}

fn recent(d: &DateValue, published: Option<chrono::NaiveDate>) -> bool {
    match (d, published) {
        (DateValue::Day(day), Some(p)) => (0..=14).contains(&(p - *day).num_days()),
        (DateValue::Day(_), None) => true,
        _ => false,
    }
}

/// The day the story is about: the first recent day the text names, not
/// counting the dateline ("BEIJING, April 26 (Reuters) -"), which gives
/// the day of filing.
fn story_date(
    text: &str,
    recognised: &Recognised,
    published: Option<chrono::NaiveDate>,
) -> Option<DateValue> {
    let mut first_in_paragraph = usize::MAX;
    for sentence in &recognised.sentences {
        let opens_paragraph = sentence.paragraph != first_in_paragraph;
        first_in_paragraph = sentence.paragraph;
        // "BEIJING, April 26 (Reuters) - ...": a capitalised place, then
        // a dash within the first words.
        let dash = sentence
            .items
            .iter()
            .take(12)
            .position(|i| matches!(i.norm.as_str(), "-" | "—" | "–"));
        let shouting = sentence.items.first().is_some_and(|i| {
            let word = i.span.text(text);
            word.chars().filter(|c| c.is_alphabetic()).count() > 1 && word == word.to_uppercase()
        });
        let dateline_end = if opens_paragraph && shouting {
            dash
        } else {
            None
        };
        for (k, item) in sentence.items.iter().enumerate() {
            if let ItemKind::Date(d) = item.kind {
                if dateline_end.is_some_and(|end| k < end) {
                    continue;
                }
                if let Some(v) = d.resolve(published) {
                    if recent(&v, published) {
                        return Some(v);
                    }
                }
            }
        }
    }
    None
}

/// The day a quotation was said, where the sentence dates its reporting
/// verb: in "The ministry said on Monday: “The minister received a call
/// today from ...”", "today" is Monday.
fn reporting_day(
    sentence: &SentenceItems,
    quoted: &[bool],
    lex: &Lexicon,
    published: Option<chrono::NaiveDate>,
) -> Option<chrono::NaiveDate> {
    let items = &sentence.items;
    if !quoted.iter().any(|&q| q) {
        return None;
    }
    let outside = |k: &usize| !quoted[*k] && !matches!(items[*k].kind, ItemKind::OpenQuote);
    let verb = (0..items.len()).filter(outside).find(|&k| {
        matches!(items[k].kind, ItemKind::Word) && lex.is_cue("speech", &items[k].norm)
    })?;
    let date = (0..items.len())
        .filter(outside)
        .filter_map(|k| match items[k].kind {
            ItemKind::Date(d) => Some((k.abs_diff(verb), d)),
            _ => None,
        })
        .min_by_key(|(distance, _)| *distance)?
        .1;
    date.resolve(published)?.day()
}

/// An undated contact happened when the story around it did: at the last
/// contact dated to a recent day and reported before it, else on the
/// story's day, else at the first recent dated contact after it, else on
/// the day of publication. Flashbacks ("their meeting in Bali last year")
/// are not where the story is.
fn estimate_dates(
    contacts: &mut [Contact],
    published: Option<chrono::NaiveDate>,
    story: Option<DateValue>,
    text: &str,
) {
    let recent = |d: &DateValue| recent(d, published);
    // A contact told in the past perfect ("Zelenskiy had flown to Ankara on
    // Thursday for talks with Erdogan") is before the story's time: what
    // follows it is not at its day.
    let past_perfect = |c: &Contact| {
        let words: Vec<&str> = c.evidence.anchor.text(text).split_whitespace().collect();
        words.windows(2).any(|w| {
            w[0] == "had"
                && (w[1].ends_with("ed")
                    || w[1].ends_with("en")
                    || w[1].ends_with("wn")
                    || matches!(w[1], "met" | "held" | "sat" | "gone" | "made" | "had"))
        })
    };
    let dated: Vec<(usize, DateValue)> = contacts
        .iter()
        .filter(|c| !past_perfect(c))
        .filter_map(|c| c.date.map(|d| (c.evidence.sentence.start, d)))
        .filter(|(_, d)| recent(d))
        .collect();
    for c in contacts
        .iter_mut()
        .filter(|c| c.date.is_none() && c.estimated_date.is_none())
    {
        let at = c.evidence.sentence.start;
        c.estimated_date = dated
            .iter()
            .filter(|(pos, _)| *pos <= at)
            .max_by_key(|(pos, _)| *pos)
            .map(|(_, d)| *d)
            .or(story)
            .or_else(|| dated.iter().min_by_key(|(pos, _)| *pos).map(|(_, d)| *d))
            .or(published.map(DateValue::Day));
    }
}

/// A sentence that passes on a claim: "... reported that", "according to
/// a report".
fn is_claim(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "reported that",
        "report that",
        "reports that",
        "report of",
        "according to a report",
        "according to the report",
        "citing",
        "claimed that",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // "reported on Sunday that": a few words between.
        || lower.match_indices("reported").any(|(i, w)| {
            let rest = &lower[i + w.len()..];
            rest.char_indices()
                .take_while(|&(n, _)| n < 40)
                .any(|(n, _)| rest[n..].starts_with(" that "))
        })
        // "Trump told Time magazine that Xi had phoned him": a claim
        // someone made, which the denial answers.
        || (["told", "said", "says", "claims", "insisted", "asserted"]
            .iter()
            .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
            && lower.contains(" that "))
}

fn same_contact(x: &Contact, y: &Contact) -> bool {
    let pair = |c: &Contact| if c.a < c.b { (c.a, c.b) } else { (c.b, c.a) };
    pair(x) == pair(y) && x.date == y.date && x.evidence.sentence == y.evidence.sentence
}

fn sentence_of(recognised: &Recognised, span: Span) -> Span {
    recognised
        .sentences
        .iter()
        .find(|s| s.span.start <= span.start && span.end <= s.span.end)
        .map(|s| s.span)
        .unwrap_or(span)
}

struct SentenceContext<'a> {
    lex: &'a Lexicon,
    /// The document's text, which the spans index.
    text: &'a str,
    sentence: &'a SentenceItems,
    targets: &'a [Vec<Target>],
    published: Option<chrono::NaiveDate>,
    /// Whether each item is inside a quotation.
    quoted: Vec<bool>,
    /// When the sentence's quotation was said, where an embedded post
    /// dates it.
    quote_date: Option<chrono::NaiveDate>,
    /// The pair that "the two leaders" refers to.
    last_pair: Option<(ActorId, ActorId)>,
    /// The two people the sentence before named, where it named exactly
    /// two: "Milei handed the presidency to Lula. The two men ...".
    two_named: Option<(ActorId, ActorId)>,
    /// The last two people one host received together.
    guests: Option<(ActorId, ActorId)>,
    /// People named in earlier sentences, in order.
    people_before: Vec<ActorId>,
    /// The day the story is at.
    story: Option<DateValue>,
    /// The last day named before this sentence, which "the previous day"
    /// counts from.
    last_day: Option<chrono::NaiveDate>,
    /// The year the last date that named one was in ("in March 2023 ...
    /// In August that year").
    last_year: Option<i32>,
}

/// Words that open another clause, whose dates are not the contact's.
/// Nouns that name a contact a later sentence may point back to.
const CONTACT_NOUNS: &[&str] = &[
    "meeting",
    "talks",
    "conversation",
    "call",
    "discussion",
    "discussions",
    "session",
    "negotiations",
];

const SUBORDINATORS: &[&str] = &[
    "that",
    "after",
    "before",
    "since",
    "until",
    "when",
    "while",
    "which",
    "who",
    "whom",
    "whose",
    "because",
    "although",
    "though",
    "following",
    "ahead",
    "amid",
    "as",
    "where",
    "if",
];

/// Words that, looking back from a contact, start another clause.
const BACKWARD_BOUNDARIES: &[&str] = &[
    "that", "since", "after", "before", "until", "because", "although",
];

impl SentenceContext<'_> {
    fn items(&self) -> &[Item] {
        &self.sentence.items
    }

    /// A reporting verb, a clause break or one of `boundaries`: a date
    /// beyond it belongs to another clause.
    fn ends_clause(&self, word: &str, boundaries: &[&str]) -> bool {
        self.lex.is_cue("speech", word)
            || self.lex.is_cue("clause-break", word)
            || boundaries.contains(&word)
    }

    fn has_cue(&self, kind: &str, from: usize, to: usize) -> bool {
        self.has_cue_where(kind, from, to, |_| true)
    }

    /// Like `has_cue`, on the items `keep` accepts.
    fn has_cue_where(
        &self,
        kind: &str,
        from: usize,
        to: usize,
        keep: impl Fn(usize) -> bool,
    ) -> bool {
        let items = self.items();
        let to = to.min(items.len());
        (from..to).filter(|&k| keep(k)).any(|k| {
            let it = &items[k];
            if !matches!(it.kind, ItemKind::Word | ItemKind::Punct) {
                return false;
            }
            if self.lex.is_cue(kind, &it.norm) || (kind == "negation" && it.norm.ends_with("n't")) {
                // "on a visit that had not been announced": what was not
                // announced happened all the same.
                let announced = kind == "negation"
                    && items[k + 1..to.min(k + 4)].windows(2).any(|w| {
                        w[0].is_word("been")
                            && matches!(
                                w[1].norm.as_str(),
                                "announced"
                                    | "disclosed"
                                    | "publicised"
                                    | "publicized"
                                    | "advertised"
                            )
                    });
                return !announced;
            }
            // Multi-word cues ("by phone", "agreed to").
            let words: Vec<String> = items[k..to]
                .iter()
                .take(4)
                .map(|i| i.norm.clone())
                .collect();
            self.lex.cue_at(kind, &words).is_some_and(|n| n > 1)
        })
    }

    /// ", as did Premier Li Qiang and Modi" after a contact: the same
    /// contact between another pair ("as did Modi": between him and the
    /// other party).
    fn as_did(
        &self,
        m: &Match,
        pairs: &[(ActorId, ActorId)],
        resolved: &mut Resolved,
    ) -> Vec<(ActorId, ActorId)> {
        let items = self.items();
        let Some(k) = (m.end..(m.end + 4).min(items.len())).find(|&k| {
            items[k].is_word(",")
                && items.get(k + 1).is_some_and(|w| w.is_word("as"))
                && items.get(k + 2).is_some_and(|w| w.is_word("did"))
        }) else {
            return Vec::new();
        };
        let Some(x) = items.get(k + 3).and_then(Item::actor) else {
            return Vec::new();
        };
        let members = self.actors_of(k + 3, None, resolved);
        if x.coordinated {
            let mut out = Vec::new();
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    out.push((a, b));
                }
            }
            return out;
        }
        // "Xi called Lula, as did Modi": Modi and Lula.
        let others: std::collections::BTreeSet<ActorId> = pairs.iter().map(|&(_, b)| b).collect();
        members
            .iter()
            .flat_map(|&a| others.iter().map(move |&b| (a, b)))
            .filter(|(a, b)| a != b)
            .collect()
    }

    /// Does the sentence say a reported contact never happened ("rejected a
    /// report ..., saying no such conversation had taken place")? Talks
    /// called off or postponed are not denials of another report.
    fn denies_a_report(&self) -> bool {
        self.has_cue("report-denial", 0, self.items().len())
    }

    /// A result of a game: "won 1-0", "beat Brazil 4-1", "a 2-2 draw".
    fn has_score(&self) -> bool {
        let items = self.items();
        let score = |w: &str| {
            w.split_once('-').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.len() <= 2
                    && b.len() <= 2
                    && a.bytes().all(|c| c.is_ascii_digit())
                    && b.bytes().all(|c| c.is_ascii_digit())
            })
        };
        items.iter().enumerate().any(|(k, it)| {
            score(&it.norm)
                && (items[k.saturating_sub(4)..k].iter().any(|w| {
                    matches!(
                        w.norm.as_str(),
                        "won" | "beat" | "lost" | "drew" | "win" | "victory" | "defeat"
                    )
                }) || items.get(k + 1).is_some_and(|w| {
                    matches!(
                        w.norm.as_str(),
                        "win" | "victory" | "defeat" | "draw" | "loss" | "lead"
                    )
                }))
        })
    }

    /// The contacts the sentence reports; the pairs of those it denies go
    /// to `denied`.
    fn contacts(
        &self,
        rules: &Rules,
        resolved: &mut Resolved,
        denied: &mut Vec<(ActorId, ActorId)>,
    ) -> Vec<Contact> {
        let mut out: Vec<Contact> = Vec::new();
        // The trigger words of each contact in `out`.
        let mut verbs: Vec<(usize, usize)> = Vec::new();
        let items = self.items();
        if self.has_cue("sport", 0, items.len()) || self.has_score() {
            return out;
        }
        // "Did the president send a telegram to Trump?": a question asks,
        // it reports nothing.
        let last = items
            .iter()
            .rev()
            .find(|i| !matches!(i.kind, ItemKind::CloseQuote | ItemKind::OpenQuote));
        // (A question put as a question: not one quoted or after a colon
        // at the end of a report, "..., adding: “Who knows what happens
        // next?”".)
        let asks = items.first().is_some_and(|w| {
            matches!(
                w.norm.as_str(),
                "did"
                    | "does"
                    | "do"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "who"
                    | "what"
                    | "when"
                    | "where"
                    | "why"
                    | "how"
                    | "q"
                    | "which"
            )
        });
        if asks && last.is_some_and(|i| i.kind == ItemKind::Punct && i.norm == "?") {
            return out;
        }
        for (trigger, patterns) in &rules.triggers {
            // Every pattern has the trigger's word: a sentence without one
            // of its forms cannot match (most sentences, most triggers).
            let present = items.iter().any(|it| {
                matches!(it.kind, ItemKind::Word) && trigger.forms.iter().any(|f| f[0] == it.norm)
            });
            if !present {
                continue;
            }
            let matcher = Matcher {
                lex: self.lex,
                items,
                forms: &trigger.forms,
            };
            let elliptic = rules
                .elliptic
                .iter()
                .filter(|(i, _, _)| std::ptr::eq(&rules.triggers[*i].0, trigger))
                .map(|(_, p, slot)| (p, slot));
            let matches = patterns
                .iter()
                .flat_map(|p| matcher.find_all(p))
                .chain(elliptic.flat_map(|(p, slot)| {
                    matcher
                        .find_all(p)
                        .into_iter()
                        // Of messages, only one passed on: "and expressed
                        // gratitude to China" is words in public.
                        .filter(|m| {
                            trigger.mode != ContactMode::Message
                                || matches!(
                                    items[m.v.0].norm.as_str(),
                                    "handed"
                                        | "delivered"
                                        | "passed"
                                        | "relayed"
                                        | "conveyed"
                                        | "sent"
                                        | "wrote"
                                        | "letter"
                                        | "message"
                                )
                        })
                        .filter_map(move |m| self.with_shared_subject(m, slot))
                }))
                .collect::<Vec<_>>();
            // "Zelenskiy and Macron spoke by phone with Trump": the two
            // called Trump together, not each other. (Not "Iran and the
            // United States held talks, with Oman's minister shuttling
            // between them".)
            let with_other: Vec<(usize, (usize, usize))> = matches
                .iter()
                .filter(|m| m.b.is_some_and(|b| b < 2 || !items[b - 2].is_word(",")))
                .filter_map(|m| Some((m.a?, m.v)))
                .collect();
            let matches = matches
                .into_iter()
                .filter(|m| m.ab.is_none_or(|ab| !with_other.contains(&(ab, m.v))));
            {
                for m in matches {
                    if !self.acceptable(&m, trigger) {
                        if self.denies_a_report() {
                            denied.extend(self.parties(&m, resolved));
                        }
                        continue;
                    }
                    let Some(date) = self.contact_date(&m) else {
                        continue;
                    };
                    let mode = self.mode(trigger, &m);
                    let anchor = items[m.start].span.cover(items[m.end - 1].span);
                    let mut pairs = self.parties(&m, resolved);
                    pairs.extend(self.as_did(&m, &pairs, resolved));
                    // "sat down with Putin on April 11 and again in Moscow on
                    // April 25": the same pair a second time.
                    let again = self.again_date(&m).map(|(from, to, d)| {
                        let anchor = items[from].span.cover(items[to].span);
                        (anchor, d, pairs.clone())
                    });
                    let repeats = again.into_iter().flat_map(|(anchor, d, pairs)| {
                        pairs.into_iter().map(move |p| (p, Some(d), anchor))
                    });
                    let first = pairs.into_iter().map(|p| (p, date, anchor));
                    for ((a, b), date, anchor) in first.chain(repeats) {
                        let contact = Contact {
                            a,
                            b,
                            mode,
                            date,
                            estimated_date: None,
                            via: self.via(&m, a, b, resolved),
                            cameo: trigger.cameo.clone(),
                            evidence: Evidence {
                                sentence: self.sentence.span,
                                anchor,
                                rule: format!("contact.{}", trigger.id),
                            },
                        };
                        // Two rules matching the same words ("spoke by
                        // phone with") report one contact; the most specific
                        // mode wins. Matches elsewhere in the sentence are
                        // other reports ("Putin hosted Erdogan, their first
                        // meeting since they met in Kazakhstan last year").
                        // The trigger words must be close too: "X, who had
                        // spoken with Y on April 30, called him again on
                        // Thursday" is two reports in one stretch of words.
                        let overlaps = |(c, v): (&Contact, &(usize, usize))| {
                            c.evidence.anchor.start < anchor.end
                                && anchor.start < c.evidence.anchor.end
                                && v.0.abs_diff(m.v.0) <= 4
                        };
                        if let Some((existing, _)) = out.iter_mut().zip(&verbs).find(|(c, v)| {
                            ((c.a, c.b) == (a, b) || (c.a, c.b) == (b, a)) && overlaps((c, v))
                        }) {
                            if mode < existing.mode {
                                existing.mode = mode;
                            }
                            if existing.date.is_none() {
                                existing.date = date;
                            }
                            continue;
                        }
                        out.push(contact);
                        verbs.push(m.v);
                    }
                }
            }
        }
        out
    }

    /// A verb after "and" with no subject of its own takes the clause's
    /// subject: "The secretary flew into Shanghai on Wednesday and on
    /// Thursday met Chen Jining".
    fn with_shared_subject(&self, mut m: Match, slot: &Elem) -> Option<Match> {
        let items = self.items();
        let mut k = m.start.checked_sub(1)?;
        // "and held talks", "and had a phone call": the light verb and
        // article before a noun trigger.
        let light = |w: &str| {
            matches!(
                w,
                "held"
                    | "hold"
                    | "holds"
                    | "had"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "conducted"
                    | "made"
            )
        };
        while matches!(items[k].kind, ItemKind::Date(_))
            || (items[k].kind == ItemKind::Word
                && items[k].norm != "and"
                && (self.lex.is_cue("subject-gap", &items[k].norm) || light(&items[k].norm)))
        {
            k = k.checked_sub(1)?;
        }
        // "and held a first round of talks": the words of a light verb's
        // object, back to the light verb.
        if !items[k].is_word("and") {
            let verb = (k.saturating_sub(5)..=k).rev().find(|&j| {
                items[j].kind == ItemKind::Word
                    && matches!(items[j].norm.as_str(), "held" | "had" | "conducted")
            });
            if let Some(v) = verb.filter(|&v| {
                v > 0
                    && items[v - 1].is_word("and")
                    && items[v..=k].iter().all(|x| {
                        matches!(
                            x.kind,
                            ItemKind::Word | ItemKind::Number | ItemKind::Date(_)
                        )
                    })
            }) {
                k = v - 1;
            }
        }
        if !items[k].is_word("and") {
            return None;
        }
        // The first actor of the clause, in subject position.
        let clause_start = (0..k)
            .rev()
            .find(|&j| {
                matches!(items[j].kind, ItemKind::Word | ItemKind::Punct)
                    && self.lex.is_cue("clause-break", &items[j].norm)
            })
            .map(|j| j + 1)
            .unwrap_or(0);
        // "Zelenskiy, who flew to Ankara on Thursday and held talks there
        // with Erdogan": the relative clause's subject is the actor before
        // "who".
        let relative = (clause_start..k).rev().find_map(|j| {
            crate::pattern::antecedent_of_who(items, j)
                .filter(|&a| items[a].actor().is_some_and(|x| !x.possessive))
        });
        let subject = relative.or_else(|| {
            (clause_start..k).find(|&j| {
                // (Nor an address: "at 10 Downing Street".)
                let address = j >= 2
                    && items[j - 1].kind == ItemKind::Number
                    && PREPOSITIONS.contains(&items[j - 2].norm.as_str());
                items[j].actor().is_some_and(|a| !a.possessive)
                    && !address
                    && (j == 0
                        || !(PREPOSITIONS.contains(&items[j - 1].norm.as_str())
                            || matches!(items[j - 1].norm.as_str(), "a" | "an")))
            })
        })?;
        // Another verb's object is no subject: "met Putin and hosted Xi"
        // keeps its own subject from the first clause, found above; a
        // subject right before "and" would be a coordination instead.
        if subject + 1 == k {
            return None;
        }
        let coordinated = items[subject].actor().is_some_and(|x| x.coordinated);
        // The words skipped between "and" and the trigger stand where a
        // subject gap would: "and is scheduled to hold a summit with" is a
        // plan.
        if m.subject_gap.is_empty() {
            m.subject_gap = (k + 1..m.start).collect();
        }
        if *slot == Elem::B {
            m.b = Some(subject);
        } else if *slot == Elem::AB {
            // People only: "Brazil and China upgraded their ties and signed
            // 37 agreements" is no meeting of two countries.
            let people = items[subject].actor().is_some_and(|x| {
                x.refs.iter().all(|r| {
                    matches!(
                        r,
                        ActorRef::Person(_) | ActorRef::Office { .. } | ActorRef::PairAnaphor
                    )
                })
            });
            if !coordinated || !people {
                return None;
            }
            m.ab = Some(subject);
        } else {
            m.a = Some(subject);
        }
        Some(m)
    }

    /// Negation, modality, subject position, context.
    fn acceptable(&self, m: &Match, trigger: &ContactTrigger) -> bool {
        let items = self.items();
        // "Thailand and Cambodia agreed to a ceasefire": states agreeing
        // is an outcome, not a conversation ("Putin and Xi agreed" is).
        if let Some(ab) = m.ab {
            let states = items[ab]
                .actor()
                .is_some_and(|x| x.refs.iter().all(|r| matches!(r, ActorRef::Country(_))));
            // (Nor do states that co-hosted talks between others meet:
            // "Qatar and Egypt co-hosted the talks".)
            let co_host = items[m.v.0].norm.starts_with("co-");
            if states && (items[m.v.0].is_word("agreed") || co_host) {
                return false;
            }
        }
        // A slot that opens the pattern is a subject: no preposition
        // before it ("a call with Wang Yi and asked Beijing").
        let first_slot = [m.a, m.ab, m.b].into_iter().flatten().min();
        if first_slot == Some(m.start) && m.start > 0 {
            let prev = &items[m.start - 1];
            // "A delegation of African leaders urged Putin": the group is
            // the subject after all.
            let head_of_group = prev.norm == "of"
                && m.start >= 2
                && matches!(
                    items[m.start - 2].norm.as_str(),
                    "delegation" | "group" | "team" | "mission" | "party" | "coalition"
                );
            // ("with Oman's foreign minister shuttling between them": the
            // subject of a participle all the same.)
            let absolute = prev.is_word("with")
                && m.a.is_some_and(|a| {
                    items
                        .get(a + 1)
                        .is_some_and(|w| w.kind == ItemKind::Word && w.norm.ends_with("ing"))
                });
            if matches!(prev.kind, ItemKind::Word)
                && PREPOSITIONS.contains(&prev.norm.as_str())
                && !head_of_group
                && !absolute
            {
                return false;
            }
            // "at 10 Downing Street on Thursday, and an audience with ...":
            // an address.
            if prev.kind == ItemKind::Number
                && m.start >= 2
                && PREPOSITIONS.contains(&items[m.start - 2].norm.as_str())
            {
                return false;
            }
            // "with other European leaders joining online, held a call".
            if matches!(
                prev.norm.as_str(),
                "other" | "several" | "some" | "two" | "three" | "both"
            ) && m.start >= 2
                && PREPOSITIONS.contains(&items[m.start - 2].norm.as_str())
            {
                return false;
            }
            // "a White House press conference": a modifier, not a subject.
            if matches!(prev.norm.as_str(), "a" | "an") {
                return false;
            }
            // "was due to meet Putin on Thursday, on his first trip to
            // Russia": the object of another verb is no subject.
            // ("After the summit he visited ..." has a noun before it.)
            if prev.kind == ItemKind::Word
                && (matches!(
                    prev.norm.as_str(),
                    "meet" | "visit" | "see" | "call" | "host" | "met"
                ) || (self.lex.is_contact_word(&prev.norm) && prev.norm.ends_with("ed")))
            {
                return false;
            }
        }
        // A subject before a comma is the verb's only where it is the
        // clause's: not an object inside the clause ("Muttaqi chose Tashkent
        // for his first trip, meeting Saidov"; "Kishida, who is visiting the
        // Republic of Korea, held a summit with Yoon"), nor the subject of a
        // clause the comma closes ("the day before they opened, held talks
        // with Erdogan"). A relative clause after it keeps it the subject
        // ("while Araghchi, who was in the capital, co-chaired a meeting").
        if let Some(a) =
            m.a.filter(|&a| a > 0 && a < m.v.0 && (a + 1..m.v.0).any(|k| items[k].is_word(",")))
        {
            let prev = &items[a - 1];
            // (The comma may close an apposition the mention took in:
            // "[KISHIDA Fumio, Prime Minister of Japan,] who is visiting".)
            let relative_after = (a + 1..m.v.0).any(|k| {
                items[k - 1].norm.ends_with(',')
                    && matches!(items[k].norm.as_str(), "who" | "which")
            });
            let subordinate = prev.kind == ItemKind::Word
                && matches!(
                    prev.norm.as_str(),
                    "before"
                        | "after"
                        | "when"
                        | "while"
                        | "as"
                        | "since"
                        | "because"
                        | "although"
                        | "though"
                        | "if"
                        | "once"
                        | "until"
                        | "whereas"
                );
            // (A subject pronoun is one wherever it stands: "In the final
            // days he toured the region, meeting Milei".)
            // (A subordinate clause's subject may take an apposition: "when
            // Anwar Gargash, a senior adviser to the UAE president, flew to
            // Tehran and handed Araghchi a letter".)
            let apposition_after = subordinate && items[a + 1].norm.ends_with(',');
            // (After a report: "The Kremlin said Putin, in a call lasting two
            // hours, spoke with Trump".)
            let reported = prev.is_word("that") || self.is_speech(a - 1);
            let subject_place = relative_after
                || apposition_after
                || reported
                || (!subordinate
                    && (matches!(
                        prev.kind,
                        ItemKind::Date(_)
                            | ItemKind::Punct
                            | ItemKind::OpenQuote
                            | ItemKind::CloseQuote
                            | ItemKind::Number
                    ) || matches!(items[a].norm.as_str(), "he" | "she" | "they")
                        || self.lex.is_cue("honorific", &prev.norm)
                        || matches!(
                            prev.norm.as_str(),
                            "," | "and"
                                | "then"
                                | "but"
                                | "later"
                                | "earlier"
                                | "meanwhile"
                                | "also"
                                | "so"
                        )));
            if !subject_place {
                return false;
            }
        }
        // "their first bilateral port of call": an adjective, no meeting.
        if items[m.v.1].norm == "bilateral"
            && items.get(m.v.1 + 1).is_some_and(|w| {
                w.kind == ItemKind::Word
                    && !matches!(w.norm.as_str(), "with" | "on" | "in" | "at")
                    && !self.lex.is_contact_word(&w.norm)
            })
        {
            return false;
        }
        // "the Luanda talks", "the Nairobi visit followed ...": a city right
        // before such a noun is where, not who.
        let venue = |k: usize| {
            items[k].actor().is_some_and(|x| {
                !x.possessive
                    && matches!(x.refs.as_slice(), [ActorRef::Country(c)]
                        if self.lex.countries[*c].metonyms.iter().any(|w| crate::lexicon::norm_word(w) == items[k].norm))
            }) && items
                .get(k + 1)
                .is_some_and(|w| w.kind == ItemKind::Word && self.lex.is_cue("venue-noun", &w.norm))
        };
        // "- London, 20-22 November: Talks with ...": a bullet's heading
        // says where and when, not who.
        if let Some(colon) = self.bullet_heading_end() {
            if [m.a, m.ab, m.b].into_iter().flatten().any(|k| k < colon) {
                return false;
            }
        }
        // "On the margins of the G20 summit, bilateral meetings with ...":
        // a body before the gathering it holds is where, too.
        let gathering = |k: usize| {
            items[k]
                .actor()
                .is_some_and(|x| !x.possessive && matches!(x.refs.as_slice(), [ActorRef::Org(_)]))
                && items.get(k + 1).is_some_and(|w| {
                    matches!(
                        w.norm.as_str(),
                        "summit" | "summits" | "conference" | "forum" | "ministerial" | "session"
                    )
                })
        };
        if [m.a, m.ab]
            .into_iter()
            .flatten()
            .any(|k| venue(k) || gathering(k))
        {
            return false;
        }
        // "Rubio and Waltz held eight hours of talks with a Ukrainian team",
        // "he and Vance had engaged with senior officials": a pair on one
        // side of talks with someone else, named or by a noun for people
        // ("held talks with a focus on energy" is the pair's).
        let side = |k: usize| {
            items[k].actor().is_some()
                || matches!(
                    items[k].norm.as_str(),
                    "officials"
                        | "team"
                        | "teams"
                        | "delegation"
                        | "delegations"
                        | "counterparts"
                        | "negotiators"
                        | "leaders"
                        | "ministers"
                        | "envoys"
                        | "representatives"
                        | "diplomats"
                        | "members"
                        | "mediators"
                )
        };
        if m.ab.is_some_and(|ab| ab < m.v.0)
            && items.get(m.v.1 + 1).is_some_and(|w| w.is_word("with"))
            && (m.v.1 + 2..(m.v.1 + 6).min(items.len())).any(side)
        {
            return false;
        }
        // "Both sides called the meeting serious": words about a meeting,
        // by whoever was at it or not.
        if m.ab.is_some_and(|ab| ab < m.v.0)
            && items[m.ab.unwrap_or(0) + 1..m.v.0].iter().any(|w| {
                matches!(
                    w.norm.as_str(),
                    "called"
                        | "described"
                        | "termed"
                        | "hailed"
                        | "praised"
                        | "welcomed"
                        | "criticised"
                        | "criticized"
                        | "dismissed"
                        // ("Qatar and Egypt co-hosted the talks": others'.)
                        | "hosted"
                        | "co-hosted"
                        | "mediated"
                        | "brokered"
                        | "facilitated"
                        | "co-facilitated"
                )
            })
        {
            return false;
        }
        // "Gharibabadi and Takht-Ravanchi met the political directors": a
        // pair with an object met it, not each other.
        if m.ab.is_some_and(|ab| ab < m.v.0)
            && matches!(items[m.v.1].norm.as_str(), "met" | "meet" | "meets")
            && items.get(m.v.1 + 1).is_some_and(|w| {
                w.actor().is_some()
                    || matches!(
                        w.norm.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "several"
                            | "two"
                            | "three"
                            | "four"
                            | "senior"
                            | "officials"
                            | "representatives"
                    )
            })
        {
            return false;
        }
        // "had agreed to meet within two weeks": a plan ("agreed to press
        // Caracas" reports what they settled).
        if items[m.v.1].is_word("agreed")
            && items.get(m.v.1 + 1).is_some_and(|w| w.is_word("to"))
            && items.get(m.v.1 + 2).is_some_and(|w| {
                matches!(
                    w.norm.as_str(),
                    "meet" | "talk" | "speak" | "hold" | "call" | "visit" | "resume" | "sit"
                )
            })
        {
            return false;
        }
        // "saying they made meaningful talks impossible": what a thing did
        // to talks, no talks.
        if items.get(m.v.1 + 1).is_some_and(|w| {
            matches!(
                w.norm.as_str(),
                "impossible"
                    | "possible"
                    | "difficult"
                    | "harder"
                    | "easier"
                    | "unlikely"
                    | "necessary"
                    | "pointless"
                    | "meaningless"
            )
        }) {
            return false;
        }
        // "their first port of call", "a call for restraint": no call.
        if items[m.v.0].norm == "call"
            && ((m.v.0 >= 2 && items[m.v.0 - 1].is_word("of") && items[m.v.0 - 2].is_word("port"))
                || items.get(m.v.1 + 1).is_some_and(|w| w.is_word("for")))
        {
            return false;
        }
        // "what they call inhumane sanctions": a name given, no call.
        if matches!(items[m.v.0].norm.as_str(), "call" | "calls" | "called")
            && m.start > 0
            && items[m.start - 1].is_word("what")
        {
            return false;
        }
        // An infinitive ("agreed to meet", "plans to speak") is no fact.
        if m.subject_gap.iter().any(|&k| items[k].norm == "to")
            || (m.v.0 > 0 && items[m.v.0 - 1].norm == "to" && !trigger.purpose)
        {
            return false;
        }
        // A clause ends at a clause break, or where ", when" / ", where"
        // open another ("had not talked since 2022, when Macron called
        // Putin": the call is a fact).
        let clause_start = (0..m.start)
            .rev()
            .find(|&k| {
                (matches!(items[k].kind, ItemKind::Word | ItemKind::Punct)
                    && self.lex.is_cue("clause-break", &items[k].norm))
                    || (k > 0
                        && items[k - 1].is_word(",")
                        && matches!(
                            items[k].norm.as_str(),
                            "when" | "where" | "after" | "before"
                        ))
            })
            .map(|k| k + 1)
            .unwrap_or(0);
        // Words inside a quotation say nothing of a contact outside it,
        // and the other way round.
        let quoted = self.quoted[m.start];
        // "Zelenskiy, who did not join the session, was received by ...":
        // a relative clause between commas negates only itself.
        let mut relative: Vec<(usize, usize)> = Vec::new();
        for k in clause_start..m.start.min(items.len()) {
            if let Some(close) = self.relative_clause_close(k, 22).filter(|&c| c < m.start) {
                relative.push((k, close));
            }
        }
        let same_voice =
            |k: usize| self.quoted[k] == quoted && !relative.iter().any(|&(a, b)| a < k && k < b);
        // Negation and hypotheses reach over the whole clause ("The
        // Kremlin denied that Putin spoke with ...", "If Zelenskyy met
        // Putin ..."); plans and wishes sit between the subject and the
        // other party ("Lula plans to meet Xi", "requested a meeting with").
        // "is expected to hold his first talks with Xi": a plan of the
        // one "his" stands for, whose verb comes before it.
        // (Or "their": "are due to hold their first face-to-face talks".)
        let pronoun_owner = m.a.or(m.ab).filter(|&a| {
            (matches!(items[a].norm.as_str(), "his" | "her")
                && items[a].actor().is_some_and(|x| x.possessive))
                || items[a].norm == "their"
        });
        if let Some(a) = pronoun_owner {
            // (For "their", only near it: "should act on what Xi and Modi
            // agreed during their meeting in Kazan" reports a meeting.)
            let from = if items[a].norm == "their" {
                a.saturating_sub(4).max(clause_start)
            } else {
                clause_start
            };
            if self.has_cue_where("modality", from, a, same_voice)
                || (a >= 2 && items[a - 2].is_word("to"))
            {
                return false;
            }
        }
        if self.has_cue_where("negation", clause_start, m.end, same_voice)
            || self.has_cue_where("hypothetical", clause_start, m.end, same_voice)
            || self.has_cue_where("modality", m.start + 1, m.end, same_voice)
        {
            return false;
        }
        // What follows may take it back: "... talks between Putin and Xi
        // will take place next week", "reports that Trump called Putin
        // were false, the Kremlin said".
        // Up to four words, and not into a reported clause ("told Austin
        // that the response would be measured" is a fact).
        // (Past a relative clause between commas: "A summit between Trump
        // and Putin, which his allies have floated, has not been
        // scheduled".)
        let after_start = self
            .relative_clause_close(m.end, 24)
            .map_or(m.end, |close| close + 1);
        let after = (after_start..(after_start + 4).min(items.len()))
            .find(|&k| {
                matches!(items[k].kind, ItemKind::Punct | ItemKind::OpenQuote)
                    || SUBORDINATORS.contains(&items[k].norm.as_str())
            })
            .unwrap_or((after_start + 4).min(items.len()));
        // Only a contact named by a noun ("talks between ...") or reported
        // as a claim ("a report that ...") can be taken back that way;
        // "Xi told him the two powers should be partners" stands.
        let nominal = m.a.is_none_or(|a| a > m.v.0) && m.ab.is_none_or(|ab| ab > m.v.0);
        // "During a phone conversation with Putin, Erdogan said Turkey was
        // ready to ...": what follows the subject is the main clause, not
        // the fronted call's.
        let fronted = m.a.is_some_and(|a| a > m.v.0 && a + 1 == m.end);
        let reported = (0..m.start).any(|k| {
            matches!(
                items[k].norm.as_str(),
                "report" | "reports" | "reported" | "claim" | "claims" | "rumours" | "rumors"
            )
        });
        if (nominal
            && !fronted
            && (self.has_cue_where("modality", after_start, after, same_voice)
                || self.has_cue_where("negation", after_start, after, same_voice)))
            || ((nominal || reported)
                && self.has_cue_where("denial", m.end, items.len(), same_voice))
        {
            return false;
        }
        // "he said in a statement, in which he also congratulated Erdogan":
        // words addressed to someone in public are no contact with them.
        if trigger.mode == ContactMode::Unspecified && self.in_public_words(m) {
            return false;
        }
        // "Modi and Sharif both attended the SCO summit": two people at one
        // event are no contact between them.
        // (Past a parenthetical: "Kishida and Yoon, joined by Biden, held a
        // summit" is one.)
        let predicate_start = (m.start..m.v.0)
            .rev()
            .find(|&k| items[k].is_word(","))
            .map_or(m.start, |k| k + 1);
        // (Talks someone hosted are a meeting of those there: "Hun Manet
        // and Paetongtarn attended talks hosted by Anwar"; a summit is
        // not.)
        let hosted_talks = matches!(
            items[m.v.0].norm.as_str(),
            "talks" | "meeting" | "negotiations" | "discussions" | "consultations"
        ) && items.get(m.v.1 + 1).is_some_and(|w| {
            matches!(
                w.norm.as_str(),
                "hosted" | "mediated" | "brokered" | "chaired"
            )
        }) && items.get(m.v.1 + 2).is_some_and(|w| w.is_word("by"));
        // "Vucic and Kurti in separate Brussels meetings": each met
        // someone else.
        if let Some(ab) = m.ab.filter(|&ab| ab < m.v.0) {
            if items[ab + 1..=m.v.1]
                .iter()
                .any(|w| matches!(w.norm.as_str(), "separate" | "separately" | "respectively"))
            {
                return false;
            }
        }
        if m.ab.is_some_and(|ab| ab < m.v.0)
            && !hosted_talks
            && self.has_cue("attendance", predicate_start, m.v.0)
        {
            return false;
        }
        // "had begun the arrangements for a meeting between Putin and
        // Zelensky": a contact named by a noun that is being planned.
        if nominal && self.has_cue("modality", m.start.saturating_sub(8), m.start) {
            return false;
        }
        // "called on Israel to stop the strikes" urges; "called on Modi at
        // his residence" visits.
        if items[m.v.1].is_word("on")
            && (m.end..(m.end + 5).min(items.len())).any(|k| items[k].is_word("to"))
        {
            return false;
        }
        // "had called the Brazilian leader “corrupt”", "called Putin a war
        // criminal", "called Putin his old friend": a name given, no call.
        if items[m.v.0].is_word("called") && m.b.is_some_and(|b| b > m.v.1) && m.end < items.len() {
            let next = &items[m.end];
            let time_word = |k: usize| {
                items.get(k).is_some_and(|w| {
                    matches!(
                        w.norm.as_str(),
                        "day"
                            | "week"
                            | "month"
                            | "year"
                            | "few"
                            | "second"
                            | "third"
                            | "couple"
                            | "short"
                            | "little"
                            | "fortnight"
                            | "same"
                            | "next"
                            | "following"
                            | "previous"
                            | "morning"
                            | "evening"
                            | "night"
                    )
                })
            };
            if next.kind == ItemKind::OpenQuote
                || matches!(next.norm.as_str(), "his" | "her" | "their")
                || (matches!(next.norm.as_str(), "a" | "an" | "the") && !time_word(m.end + 1))
            {
                return false;
            }
        }
        // "Amorim conveyed Lula's greetings to Xi": the message is Lula's,
        // which another pattern reads.
        if trigger.mode == ContactMode::Message && m.a.is_some_and(|a| a < m.v.0) {
            if let Some(b) = m.b.filter(|&b| b > m.v.1) {
                let someone_elses = (m.v.1 + 1..b).any(|k| {
                    items[k].actor().is_some_and(|x| {
                        x.possessive && x.refs.iter().all(|r| matches!(r, ActorRef::Person(_)))
                    })
                });
                if someone_elses {
                    return false;
                }
            }
        }
        // "handed the bloc's rotating presidency to Brazil", "handed over
        // the prisoners to": what was handed is no message.
        if trigger.mode == ContactMode::Message {
            if let Some(b) = m.b.filter(|&b| b > m.v.1) {
                if self.has_cue("handover", m.v.1 + 1, b) {
                    return false;
                }
            }
        }
        // "moved to join Macron" meets him; "moved to join NATO" does not.
        if trigger.personal_object {
            let people = m.b.and_then(|b| items[b].actor()).is_some_and(|x| {
                x.refs
                    .iter()
                    .all(|r| !matches!(r, ActorRef::Country(_) | ActorRef::Org(_)))
            });
            if !people {
                return false;
            }
        }
        if trigger.needs_context {
            let outside_trigger = |k: usize| k < m.v.0 || k > m.v.1;
            let context = (0..items.len()).any(|k| {
                outside_trigger(k)
                    && matches!(items[k].kind, ItemKind::Word)
                    && self.lex.is_cue("context", &items[k].norm)
            });
            if !context {
                return false;
            }
        }
        true
    }

    /// The contact's date: `None` inside means no date; an outer `None`
    /// means the contact is planned (dated after publication) and dropped.
    fn contact_date(&self, m: &Match) -> Option<Option<DateValue>> {
        let items = self.items();
        let owns_noun = |k: usize| self.owns_noun(k);
        let mut chosen: Option<DateExpr> = None;
        // 1. Inside the match: after the subject (a parenthetical about
        // the subject has dates of its own).
        let inside = m.subject_gap.iter().copied().chain(m.v.0..m.end);
        for k in inside {
            if let ItemKind::Date(d) = items[k].kind {
                if !owns_noun(k) {
                    chosen = Some(d);
                    break;
                }
            }
        }
        // 2. After it, in the same clause: up to a subordinate clause, a
        // reporting verb ("..., the ministry said on Friday") or a quotation.
        if chosen.is_none() {
            for (k, it) in items.iter().enumerate().skip(m.end).take(16) {
                // ", and he hosted ...": another clause with its own subject;
                // ", and took him the following day to ...": another
                // predicate with its own time.
                if (it.actor().is_some()
                    && k > 0
                    && matches!(items[k - 1].norm.as_str(), "and" | ","))
                    || (it.is_word("and") && k > 0 && items[k - 1].is_word(","))
                {
                    break;
                }
                match &it.kind {
                    ItemKind::Date(d) if !owns_noun(k) => {
                        chosen = Some(*d);
                        break;
                    }
                    // "hours before the summit opened on Tuesday": the
                    // same day as the clause after it.
                    ItemKind::Word
                        if matches!(it.norm.as_str(), "before" | "after")
                            && matches!(
                                items[k - 1].norm.as_str(),
                                "hours" | "minutes" | "shortly" | "moments" | "just" | "soon"
                            ) => {}
                    ItemKind::Word if self.ends_clause(&it.norm, SUBORDINATORS) => break,
                    ItemKind::OpenQuote | ItemKind::CloseQuote => break,
                    ItemKind::Punct if !matches!(it.norm.as_str(), "," | "-") => break,
                    _ => {}
                }
            }
        }
        // 2b. Between the subject and the trigger, back to a comma ("Rubio
        // had been in Panama City on Sunday for talks with Mulino"; not
        // "Scholz, who faces an election in February, hosted Biden").
        if chosen.is_none() {
            let subject = [m.a, m.ab].into_iter().flatten().min();
            if let Some(subject) = subject.filter(|&s| s < m.v.0) {
                // A participle shares its clause's time: "flew to Cairo on
                // Tuesday, meeting with ...".
                let participle_comma = (m.v.0.saturating_sub(4)..m.v.0)
                    .rev()
                    .find(|&k| items[k].is_word(","))
                    .filter(|&k| items[k + 1].norm.ends_with("ing"));
                for k in (subject + 1..m.v.0).rev() {
                    match &items[k].kind {
                        ItemKind::Date(d) if !owns_noun(k) => {
                            chosen = Some(*d);
                            break;
                        }
                        ItemKind::Punct if Some(k) == participle_comma => {}
                        ItemKind::Punct | ItemKind::OpenQuote | ItemKind::CloseQuote => break,
                        _ => {}
                    }
                }
            }
        }
        // 3. Before it, in the same clause, with no reporting verb between
        // ("On Wednesday, Blinken spoke"; "Speaking on Sunday, Gallant told").
        if chosen.is_none() {
            for k in (0..m.start).rev() {
                match &items[k].kind {
                    ItemKind::Date(d) if !owns_noun(k) => {
                        chosen = Some(*d);
                        break;
                    }
                    // "Xi visited Riyadh in December, where he met King
                    // Salman": where/when/as keep the time of the clause
                    // before them.
                    ItemKind::Word if self.ends_clause(&items[k].norm, BACKWARD_BOUNDARIES) => {
                        break
                    }
                    ItemKind::Punct if items[k].norm != "," => break,
                    ItemKind::OpenQuote | ItemKind::CloseQuote => break,
                    _ => {}
                }
            }
        }
        // 3b. A participle of the same predicate past a subordinate clause:
        // "held their first direct talks since M23 overran Goma in January,
        // meeting in Doha on Tuesday".
        if chosen.is_none() {
            let participle = (m.end..(m.end + 20).min(items.len()))
                .take_while(|&k| !self.ends_phrase(k))
                .find(|&k| {
                    items[k - 1].is_word(",")
                        && items[k].kind == ItemKind::Word
                        && items[k].norm.len() > 4
                        && items[k].norm.ends_with("ing")
                });
            if let Some(p) = participle {
                chosen = (p + 1..(p + 8).min(items.len()))
                    .take_while(|&k| items[k].kind != ItemKind::Punct)
                    .find_map(|k| match items[k].kind {
                        ItemKind::Date(d) if !owns_noun(k) => Some(d),
                        _ => None,
                    });
            }
        }
        // 4. "three days after Trump hosted Putin": counted back from the
        // day of the clause before ("Zelensky returned on August 18").
        if chosen.is_none() {
            chosen = self.offset_date(m.start);
        }
        // 5. A date that opens the sentence dates its main clause past a
        // parenthetical ("On Thursday, less than a day before Zelensky
        // arrived, Putin phoned Trump").
        if chosen.is_none() && m.start > 0 && items[m.start - 1].is_word(",") {
            let fronted = (0..3.min(items.len())).find(|&k| {
                matches!(items[k].kind, ItemKind::Date(_))
                    && items.get(k + 1).is_some_and(|x| x.is_word(","))
                    && (0..k).all(|j| items[j].kind == ItemKind::Word)
            });
            let clean = |k: usize| {
                (k..m.start).all(|j| match items[j].kind {
                    ItemKind::OpenQuote | ItemKind::CloseQuote => false,
                    ItemKind::Punct => items[j].norm == ",",
                    _ => true,
                })
            };
            if let Some(k) = fronted.filter(|&k| clean(k)) {
                if let ItemKind::Date(d) = items[k].kind {
                    chosen = Some(d);
                }
            }
        }
        // 6. "Ramaphosa said in January that he had spoken with Kagame",
        // "his office said late on Wednesday that he had spoken with
        // Trump": no time of its own, the contact is dated by the report.
        if chosen.is_none() {
            let that = (0..m.start)
                .rev()
                .take_while(|&k| {
                    !matches!(items[k].kind, ItemKind::OpenQuote | ItemKind::CloseQuote)
                })
                .find(|&k| items[k].is_word("that"));
            if let Some(that) = that {
                let verb = (that.saturating_sub(6)..that)
                    .rev()
                    .find(|&k| self.is_speech(k));
                if let Some(verb) = verb {
                    chosen = (verb + 1..that).find_map(|k| match items[k].kind {
                        ItemKind::Date(d) if !d.is_future() => Some(d),
                        _ => None,
                    });
                }
            }
        }
        // "travelled to Beijing last week, where he met Xi on Friday": the
        // weekday of a "where" or "when" clause hung on "last week" is in
        // that week.
        if let (Some(DateExpr::Weekday { day, last: false }), Some(p)) = (chosen, self.published) {
            let last_week = (0..m.start).rev().find(|&k| {
                matches!(items[k].kind, ItemKind::Date(DateExpr::RelativeWeek(-1)))
                    && items.get(k + 1).is_some_and(|w| w.is_word(","))
                    && items
                        .get(k + 2)
                        .is_some_and(|w| matches!(w.norm.as_str(), "where" | "when"))
            });
            if last_week.is_some() {
                use chrono::Datelike;
                let monday =
                    p - chrono::Duration::days(p.weekday().num_days_from_monday() as i64 + 7);
                chosen = Some(DateExpr::Absolute(
                    monday + chrono::Duration::days(day.num_days_from_monday() as i64),
                ));
            }
        }
        // "in April 2023 ... on April 14", "In August that year": the year
        // named before, in this sentence or an earlier one.
        let named_year = (0..m.start.max(m.end))
            .rev()
            .find_map(|k| year_named(&items[k]));
        chosen = match chosen {
            Some(DateExpr::MonthOfStoryYear { month }) => {
                named_year.or(self.last_year).map(|y| DateExpr::Month {
                    month,
                    year: Some(y),
                })
            }
            Some(DateExpr::MonthDay {
                month,
                day,
                year: None,
            }) if named_year.is_some() => Some(DateExpr::MonthDay {
                month,
                day,
                year: named_year,
            }),
            other => other,
        };
        let reference = if self.quoted[m.start] {
            self.quote_date.or(self.published)
        } else {
            self.published
        };
        match chosen {
            None => Some(None),
            Some(d) if d.is_future() => None,
            Some(d) => {
                let value = d.resolve_from(reference, self.story_day_before(m.start));
                match (value, self.published) {
                    (Some(v), Some(p)) if v.first_day() > p => None,
                    (v, _) => Some(v),
                }
            }
        }
    }

    /// The comma that closes a relative clause opened at `comma` (", who
    /// flew in on Sunday,", ", which his allies floated,"), within `reach`
    /// items and not past a stop or a quotation mark.
    fn relative_clause_close(&self, comma: usize, reach: usize) -> Option<usize> {
        let items = self.items();
        let opens = items.get(comma).is_some_and(|w| w.is_word(","))
            && items
                .get(comma + 1)
                .is_some_and(|w| matches!(w.norm.as_str(), "who" | "which" | "whose"));
        if !opens {
            return None;
        }
        (comma + 2..(comma + reach).min(items.len()))
            .take_while(|&j| !self.ends_phrase(j))
            .find(|&j| items[j].is_word(","))
    }

    /// A quotation mark or a stop other than a comma: where a phrase that
    /// runs on after a match ends.
    fn ends_phrase(&self, k: usize) -> bool {
        let it = &self.items()[k];
        matches!(it.kind, ItemKind::OpenQuote | ItemKind::CloseQuote)
            || (it.kind == ItemKind::Punct && it.norm != ",")
    }

    /// "... and again in Moscow on April 25" after a match: where "again"
    /// is and the day of the repeat.
    fn again_date(&self, m: &Match) -> Option<(usize, usize, DateValue)> {
        let items = self.items();
        let again = (m.end..(m.end + 10).min(items.len()))
            .take_while(|&k| !self.ends_phrase(k))
            .find(|&k| items[k].is_word("again") && items[k - 1].is_word("and"))?;
        // Only where and when between them: "and again in Moscow on April
        // 25", not "and again warned Russia on Tuesday".
        let (k, d) = (again + 1..(again + 6).min(items.len()))
            .take_while(|&k| {
                matches!(items[k].kind, ItemKind::Date(_) | ItemKind::Actor(_))
                    || matches!(
                        items[k].norm.as_str(),
                        "in" | "at" | "on" | "the" | "a" | "by" | "phone" | "telephone" | ","
                    )
            })
            .find_map(|k| match items[k].kind {
                ItemKind::Date(d) => Some((k, d)),
                _ => None,
            })?;
        if d.is_future() {
            return None;
        }
        let value = d.resolve_from(self.published, self.story_day_before(k))?;
        match self.published {
            Some(p) if value.first_day() > p => None,
            _ => Some((again, k, value)),
        }
    }

    /// "N days|weeks after|before" right before item `start`, counted from
    /// the day named in the clause before it.
    fn offset_date(&self, start: usize) -> Option<DateExpr> {
        let items = self.items();
        let sign = match items.get(start.checked_sub(1)?)?.norm.as_str() {
            "after" => -1,
            "before" => 1,
            _ => return None,
        };
        let unit = match items[start.checked_sub(2)?].norm.as_str() {
            "day" | "days" => 1,
            "week" | "weeks" => 7,
            _ => return None,
        };
        let count: i64 = match items[start.checked_sub(3)?].norm.as_str() {
            "a" | "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            n => n.parse().ok()?,
        };
        let base = (0..start - 3).rev().find_map(|k| match items[k].kind {
            ItemKind::Date(d) => Some(d),
            _ => None,
        });
        // "That meeting came a day after ...": counted from the day the
        // sentence before named.
        let day = match base {
            Some(base) => base
                .resolve_from(self.published, self.story_day_before(start))?
                .day()?,
            None => self.last_day?,
        };
        Some(DateExpr::Absolute(
            day + chrono::Duration::days(sign * count * unit),
        ))
    }

    /// "last month's strikes", "Tuesday's attack", "the strikes of May
    /// 7": the date at `k` owns a noun and dates that noun, not the
    /// story.
    fn owns_noun(&self, k: usize) -> bool {
        let items = self.items();
        items
            .get(k + 1)
            .is_some_and(|n| n.kind == ItemKind::Possessive)
            || (k >= 2
                && items[k - 1].is_word("of")
                && items[k - 2].kind == ItemKind::Word
                && !matches!(
                    items[k - 2].norm.as_str(),
                    "end"
                        | "start"
                        | "beginning"
                        | "middle"
                        | "morning"
                        | "evening"
                        | "night"
                        | "afternoon"
                ))
    }

    /// The day "the previous day" at item `k` counts from: the last day
    /// named before it in this sentence, else before this sentence, else
    /// the story's day.
    fn story_day_before(&self, k: usize) -> Option<chrono::NaiveDate> {
        self.day_before(k, false)
    }

    /// The day the story is at once this sentence is told: as
    /// `story_day_before` at its end, but not a day inside an aside ("talks
    /// with Barnea, who flew into Doha on Sunday night, and with Witkoff").
    fn story_day_after(&self) -> Option<chrono::NaiveDate> {
        self.day_before(self.items().len(), true)
    }

    fn day_before(&self, k: usize, skip_asides: bool) -> Option<chrono::NaiveDate> {
        let items = self.items();
        let here = items[..k.min(items.len())]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(j, i)| match i.kind {
                ItemKind::Date(d)
                    if !(matches!(d, DateExpr::StoryDays(_))
                        || self.owns_noun(j)
                        || (skip_asides && self.in_relative_clause(j))) =>
                {
                    d.resolve(self.published)?.day()
                }
                _ => None,
            });
        here.or(self.last_day)
            .or_else(|| self.story.and_then(|s| s.day()))
    }

    /// Is item `j` inside ", who ..." ("talks with Barnea, who flew
    /// into Doha on Sunday night, and with Witkoff"): an aside whose time
    /// is not the story's.
    fn in_relative_clause(&self, j: usize) -> bool {
        let items = self.items();
        (0..j)
            .rev()
            .find(|&k| items[k].is_word(",") || self.ends_phrase(k))
            .is_some_and(|k| {
                // (Of a person only: "Trump's Gulf tour, which opened in
                // Riyadh on May 13" sets the time a "day later" counts
                // from.)
                items[k].is_word(",") && items.get(k + 1).is_some_and(|w| w.is_word("who"))
            })
    }

    /// "in a statement", "in a speech", "in a post on X" before item `v`.
    /// Words said in public: "in a statement, in which he also
    /// congratulated", "thanked Trump in a post on X", "congratulated him
    /// on social media", "told Russians in a televised address".
    fn in_public_words(&self, m: &Match) -> bool {
        let items = self.items();
        let public = |w: &str| {
            matches!(
                w,
                "statement"
                    | "speech"
                    | "address"
                    | "post"
                    | "posts"
                    | "tweet"
                    | "interview"
                    | "video"
                    | "communique"
                    | "broadcast"
                    | "televised"
                    | "press"
                    | "news"
            )
        };
        let in_words = |k: usize| {
            k >= 2
                && items[k - 2].is_word("in")
                && matches!(
                    items[k - 1].norm.as_str(),
                    "a" | "an" | "his" | "her" | "its" | "their"
                )
                && public(&items[k].norm)
        };
        // Right after the match: "in a post", "on X", "on social media".
        let after = (m.end..(m.end + 4).min(items.len())).any(|k| {
            in_words(k)
                || (k >= 1
                    && items[k - 1].is_word("on")
                    && matches!(
                        items[k].norm.as_str(),
                        "x" | "twitter"
                            | "social"
                            | "truth"
                            | "facebook"
                            | "telegram"
                            | "television"
                    ))
        });
        // Before the trigger, unless a "that" opens the reported words
        // ("said in a statement that he had engaged with Sharif").
        let reported_from = (0..m.v.0)
            .rev()
            .find(|&k| items[k].is_word("that"))
            .unwrap_or(0);
        // "publicly congratulated Trump", "congratulated Trump ..., the
        // first time he had done so publicly": words for an audience.
        // (Not past the clause: "spoke with Putin on Monday and later
        // publicly criticised Zelensky".)
        let clause_end = (m.end..items.len())
            .find(|&k| items[k].is_word("and") || self.ends_phrase(k))
            .unwrap_or(items.len());
        let publicly = (m.v.0.saturating_sub(2)..clause_end.min(m.end + 15))
            .any(|k| matches!(items[k].norm.as_str(), "publicly" | "openly"));
        // "Speaking at the Valdai forum on Thursday, Putin congratulated
        // Trump": a speech.
        let at_a_podium = items
            .first()
            .is_some_and(|w| matches!(w.norm.as_str(), "speaking" | "addressing" | "talking"))
            && items
                .get(1)
                .is_some_and(|w| matches!(w.norm.as_str(), "at" | "to" | "before"))
            && m.v.0 > 2
            // ("Speaking to reporters, Trump said he had spoken with
            // Putin": the report of a contact.)
            && !(2..m.v.0).any(|k| items[k].is_word("that") || self.is_speech(k));
        after || publicly || at_a_podium || (reported_from.max(1)..m.v.0).any(in_words)
    }

    /// Does this sentence name a day (not a month, not "the next day")?
    fn sentence_names_a_day(&self) -> bool {
        self.items().iter().enumerate().any(|(k, i)| match i.kind {
            ItemKind::Date(d) => {
                !self.owns_noun(k) && d.resolve(self.published).and_then(|v| v.day()).is_some()
            }
            _ => false,
        })
    }

    /// The trigger's mode, or a call where the match itself (or the words
    /// right after it) says phone: "spoke by telephone", "spoke over
    /// phone"; not "agreed they could pick up the phone" elsewhere.
    fn mode(&self, trigger: &ContactTrigger, m: &Match) -> ContactMode {
        let reach = (m.end + 3).min(self.items().len());
        // (Not the trigger's own words: "called on Sharif" is a visit.)
        let by_phone =
            self.has_cue("phone", m.start, m.v.0) || self.has_cue("phone", m.v.1 + 1, reach);
        if trigger.mode != ContactMode::Message && by_phone {
            ContactMode::Call
        } else {
            trigger.mode
        }
    }

    /// The actor pairs of a match: every initiator with every other party.
    fn parties(&self, m: &Match, resolved: &mut Resolved) -> Vec<(ActorId, ActorId)> {
        let mut pairs = Vec::new();
        if let Some(ab) = m.ab {
            let refs = self.items()[ab].actor().map(|x| x.refs.as_slice());
            // "The leaders met": a delegation's members do not meet each
            // other; without one, the leaders are the story's pair.
            let delegation = refs == Some(&[ActorRef::Delegation][..]);
            if delegation && !self.targets[ab].is_empty() {
                return Vec::new();
            }
            let anaphor = delegation || refs == Some(&[ActorRef::PairAnaphor][..]);
            let mut members = match (anaphor, self.pair_for(ab, resolved)) {
                (true, Some((a, b))) => vec![a, b],
                (true, None) => Vec::new(),
                // "Lavrov and his American counterpart": the counterpart of
                // the first of the pair.
                (false, _) => {
                    let first = self.first_actor(ab);
                    self.actors_of(ab, first, resolved)
                }
            };
            if let Some(k) = self.companion_of(ab) {
                members.extend(self.actors_of(k, None, resolved));
            }
            // States that agreed settled an outcome, as in `acceptable`.
            let states = members
                .iter()
                .all(|&x| resolved.actors.get(x).kind == ActorKind::Country);
            if states && self.items()[m.v.0].is_word("agreed") {
                return Vec::new();
            }
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    pairs.push((a, b));
                }
            }
        } else if let (Some(a), Some(b)) = (m.a, m.b) {
            let mut initiators = self.actors_of(a, None, resolved);
            // "his Chinese counterpart had telephoned him": the
            // counterpart of the other party.
            if initiators.is_empty() {
                if let Some(&other) = self.actors_of(b, None, resolved).first() {
                    initiators = self.actors_of(a, Some(other), resolved);
                    initiators.retain(|&x| x != other);
                }
            }
            if let Some(k) = self.companion_of(a) {
                initiators.extend(self.actors_of(k, None, resolved));
            }
            let mut others = vec![b];
            others.extend(self.further_parties(m, b));
            // "They met Vucic and Kurti", "they had told both men": a
            // pronoun that would stand for those it met stands for someone
            // else, whom this reading does not know.
            let anaphor = self.items()[a].norm == "they"
                && self.items()[a]
                    .actor()
                    .is_some_and(|x| x.refs == [ActorRef::PairAnaphor]);
            if anaphor {
                let met_ones: Vec<ActorId> = others
                    .iter()
                    .flat_map(|&k| self.actors_of(k, None, resolved))
                    .collect();
                if initiators.iter().any(|x| met_ones.contains(x)) {
                    return Vec::new();
                }
            }
            let mut met: Vec<ActorId> = Vec::new();
            for &x in &initiators {
                for &item in &others {
                    // "shuttling between the two delegations": each of the
                    // story's pair.
                    // (Not "them": "urged them" means whoever was there.)
                    let pair = (self.items()[item].norm != "them"
                        && self.items()[item].actor().is_some_and(|y| {
                            y.refs == [ActorRef::PairAnaphor] || y.refs == [ActorRef::Delegation]
                        })
                        && self.targets[item].is_empty())
                    .then(|| self.pair_for(item, resolved))
                    .flatten()
                    // ("Anwar hosted Hun Manet and Phumtham ... he had
                    // spoken to both prime ministers": the pair he is not
                    // one of, his two guests.)
                    .map(|(p, q)| match self.guests {
                        Some((g, h)) if (p == x || q == x) && g != x && h != x => (g, h),
                        _ => (p, q),
                    })
                    .map(|(p, q)| vec![p, q]);
                    for y in pair.unwrap_or_else(|| self.actors_of(item, Some(x), resolved)) {
                        pairs.push((x, y));
                        met.push(y);
                    }
                }
            }
            // "held a three-way meeting with Fidan and Rubio": the others
            // met each other too.
            let multilateral = self.items()[m.start..=m.v.1].iter().any(|w| {
                matches!(
                    w.norm.as_str(),
                    "three-way" | "trilateral" | "four-way" | "quadrilateral" | "tripartite"
                )
            });
            // "brought Abiy and Hassan Sheikh together": they met.
            let together = self.items()[m.end - 1].is_word("together");
            // ("Vucic and Kurti held a trilateral meeting with Borrell": the
            // two on one side met each other as well.)
            if multilateral && initiators.len() > 1 {
                for (i, &x) in initiators.iter().enumerate() {
                    for &y in &initiators[i + 1..] {
                        pairs.push((x, y));
                    }
                }
            }
            if multilateral || together {
                met.dedup();
                for (i, &x) in met.iter().enumerate() {
                    for &y in &met[i + 1..] {
                        pairs.push((x, y));
                    }
                }
            }
        }
        pairs.retain(|&(a, b)| {
            a != b && !resolved.actors.get(a).news_agency && !resolved.actors.get(b).news_agency
        });
        pairs
    }

    /// ", together with the leaders of Britain and Poland," after a subject:
    /// the actor who acted with it.
    fn companion_of(&self, subject: usize) -> Option<usize> {
        let items = self.items();
        if !items.get(subject + 1)?.is_word(",") {
            return None;
        }
        let k = self.companion_after(subject + 2)?;
        items.get(k + 1)?.is_word(",").then_some(k)
    }

    /// The actor after "together with", "along with", "alongside", "as
    /// well as", "accompanied by" or "joined by" at `k`.
    fn companion_after(&self, k: usize) -> Option<usize> {
        let items = self.items();
        let word = |j: usize, w: &str| items.get(j).is_some_and(|x| x.is_word(w));
        let actor = match items.get(k)?.norm.as_str() {
            "together" | "along" if word(k + 1, "with") => k + 2,
            "accompanied" | "joined" if word(k + 1, "by") => k + 2,
            "as" if word(k + 1, "well") && word(k + 2, "as") => k + 3,
            "alongside" => k + 1,
            _ => return None,
        };
        items
            .get(actor)?
            .actor()
            .is_some_and(|x| !x.possessive)
            .then_some(actor)
    }

    /// "spoke with India's foreign minister, ..., and with Pakistan's army
    /// chief, ...": a party after the match, joined by "and" and the same
    /// preposition.
    fn further_parties(&self, m: &Match, b: usize) -> Vec<usize> {
        let items = self.items();
        if b + 1 != m.end || b == 0 {
            return Vec::new();
        }
        // "received him together with Starmer, Macron and Merz".
        let k = if items.get(m.end).is_some_and(|x| x.is_word(",")) {
            m.end + 1
        } else {
            m.end
        };
        if let Some(j) = self.companion_after(k) {
            return vec![j];
        }
        let preposition = items[b - 1].norm.as_str();
        // "met the Hamas team and, separately, the Israeli delegation":
        // a second object of the verb itself.
        if b - 1 == m.v.1 {
            let mut j = k;
            let mut separately = false;
            while items.get(j).is_some_and(|x| {
                matches!(
                    x.norm.as_str(),
                    "and" | "," | "separately" | "later" | "then"
                )
            }) {
                separately |= items[j].is_word("separately");
                j += 1;
            }
            return if separately
                && items
                    .get(j)
                    .and_then(Item::actor)
                    .is_some_and(|x| !x.possessive)
            {
                vec![j]
            } else {
                Vec::new()
            };
        }
        if !matches!(preposition, "with" | "to") {
            return Vec::new();
        }
        // "held a meeting with Aliyev, then a separate one with
        // Pashinyan": the noun left out.
        let mut j = k;
        while items
            .get(j)
            .is_some_and(|x| matches!(x.norm.as_str(), "and" | "then" | "later" | ","))
        {
            j += 1;
        }
        if j > k
            && items
                .get(j)
                .is_some_and(|x| matches!(x.norm.as_str(), "a" | "another"))
        {
            j += 1;
            if items
                .get(j)
                .is_some_and(|x| matches!(x.norm.as_str(), "separate" | "second" | "third"))
            {
                j += 1;
            }
            if items.get(j).is_some_and(|x| x.is_word("one")) {
                j += 1;
            }
            if items.get(j).is_some_and(|x| x.norm == preposition)
                && items
                    .get(j + 1)
                    .and_then(Item::actor)
                    .is_some_and(|x| !x.possessive)
            {
                return vec![j + 1];
            }
        }
        let mut out = Vec::new();
        let mut k = m.end;
        loop {
            // "with Mossad director David Barnea, who flew in on Sunday, and
            // with Steve Witkoff": past the relative clause.
            if let Some(close) = self.relative_clause_close(k, 16) {
                k = close;
            }
            if items.get(k).is_some_and(|x| x.is_word(",")) {
                k += 1;
            }
            if !items.get(k).is_some_and(|x| x.is_word("and")) {
                break;
            }
            k += 1;
            // "and, in a separate room an hour later, with ...".
            if items.get(k).is_some_and(|x| x.is_word(",")) {
                if let Some(close) = (k + 1..(k + 12).min(items.len()))
                    .take_while(|&j| items[j].actor().is_none())
                    .find(|&j| items[j].is_word(","))
                {
                    if items.get(close + 1).is_some_and(|x| x.norm == preposition) {
                        k = close + 1;
                    }
                }
            }
            // "and separately with ...", "and, separately, with ..."
            while items.get(k).is_some_and(|x| {
                matches!(
                    x.norm.as_str(),
                    "separately" | "also" | "later" | "then" | ","
                )
            }) {
                k += 1;
            }
            if items.get(k).is_none_or(|x| x.norm != preposition) {
                break;
            }
            k += 1;
            if items
                .get(k)
                .and_then(Item::actor)
                .is_none_or(|x| x.possessive)
            {
                break;
            }
            out.push(k);
            k += 1;
        }
        out
    }

    /// "Kagame and Tshisekedi held a meeting in Doha, hosted by the Emir",
    /// "a trilateral meeting hosted by Fidan": the host met each party of
    /// the meetings the sentence reports.
    fn hosted_by(&self, found: &[Contact], resolved: &mut Resolved) -> Vec<Contact> {
        let items = self.items();
        let mut out: Vec<Contact> = Vec::new();
        for k in 1..items.len().saturating_sub(2) {
            let participle = matches!(items[k].norm.as_str(), "hosted" | "co-hosted" | "chaired")
                && items[k + 1].is_word("by")
                && !matches!(
                    items[k - 1].norm.as_str(),
                    "was" | "were" | "been" | "being" | "is" | "are"
                );
            if !participle || items[k + 2].actor().is_none_or(|m| m.possessive) {
                continue;
            }
            let anchor = items[k].span.cover(items[k + 2].span);
            for host in self.actors_of(k + 2, None, resolved) {
                for c in found.iter().filter(|c| {
                    c.mode == ContactMode::Meeting && c.evidence.anchor.start < anchor.start
                }) {
                    for guest in [c.a, c.b] {
                        let known = |x: &Contact| {
                            (x.a, x.b) == (host, guest) || (x.a, x.b) == (guest, host)
                        };
                        if guest == host || found.iter().chain(&out).any(known) {
                            continue;
                        }
                        out.push(Contact {
                            a: host,
                            b: guest,
                            mode: ContactMode::Meeting,
                            date: c.date,
                            estimated_date: None,
                            via: None,
                            cameo: Some("043".into()),
                            evidence: Evidence {
                                sentence: self.sentence.span,
                                anchor,
                                rule: "contact.hosted-by".into(),
                            },
                        });
                    }
                }
            }
        }
        out
    }

    /// Where the heading of a bullet ("- Beijing, 8-10 November:") ends:
    /// its colon.
    fn bullet_heading_end(&self) -> Option<usize> {
        let items = self.items();
        if !self.is_bullet() {
            return None;
        }
        (1..items.len().min(12)).find(|&k| items[k].is_word(":"))
    }

    /// Does the sentence open with a bullet ("- ", "• ")?
    fn is_bullet(&self) -> bool {
        self.items().first().is_some_and(|w| {
            w.kind == ItemKind::Punct && matches!(w.norm.as_str(), "-" | "•" | "*" | "–" | "—")
        })
    }

    /// The contacts of a bullet that names no subject: "- Lima, 14-16
    /// November: On the sidelines of APEC, bilateral meetings with Prime
    /// Minister Shigeru Ishiba and with President Dina Boluarte", each the
    /// list owner's.
    fn listed_contacts(&self, owner: ActorId, resolved: &mut Resolved) -> Vec<Contact> {
        let items = self.items();
        if !self.is_bullet() {
            return Vec::new();
        }
        // Past "Place, dates:" and "On the sidelines of APEC,"; the dates of
        // the heading date what has none of its own.
        let colon = self.bullet_heading_end();
        let heading_date = colon.and_then(|c| {
            (1..c).find_map(|k| match items[k].kind {
                ItemKind::Date(d) if !d.is_future() => {
                    let value = d.resolve_from(self.published, None)?;
                    // A stay of several days ("14-16 November"): the
                    // meeting fell on one of them, in that month.
                    let range = items[k].norm.split_whitespace().next().is_some_and(|w| {
                        w.contains('-') && w.chars().next().is_some_and(|c| c.is_ascii_digit())
                    });
                    match (range, value) {
                        (true, DateValue::Day(day)) => Some(DateValue::Month {
                            year: chrono::Datelike::year(&day),
                            month: chrono::Datelike::month(&day),
                        }),
                        _ => Some(value),
                    }
                }
                _ => None,
            })
        });
        let mut start = colon.map_or(1, |k| k + 1);
        if items
            .get(start)
            .is_some_and(|w| matches!(w.norm.as_str(), "on" | "at"))
        {
            if let Some(comma) =
                (start..(start + 10).min(items.len())).find(|&k| items[k].is_word(","))
            {
                start = comma + 1;
            }
        }
        // Not what was put off or planned: "- Meeting with Netanyahu
        // postponed."
        let len = items.len();
        if self.has_cue("negation", start, len)
            || self.has_cue("denial", start, len)
            || items.iter().any(|w| {
                matches!(
                    w.norm.as_str(),
                    "postponed" | "cancelled" | "canceled" | "called" | "delayed" | "scrapped"
                )
            })
        {
            return Vec::new();
        }
        // A subject of its own makes it an ordinary sentence.
        let first_actor = (start..items.len()).find(|&k| items[k].actor().is_some());
        let mut out = Vec::new();
        for k in start..items.len().saturating_sub(2) {
            let noun = matches!(
                items[k].norm.as_str(),
                "talks"
                    | "meeting"
                    | "meetings"
                    | "conversation"
                    | "call"
                    | "audience"
                    | "discussions"
                    | "consultations"
                    | "lunch"
                    | "dinner"
            );
            if !noun
                || !items[k + 1].is_word("with")
                || first_actor.is_some_and(|a| a < k) && out.is_empty()
            {
                continue;
            }
            let Some(b) = (k + 2..(k + 4).min(items.len())).find(|&j| items[j].actor().is_some())
            else {
                continue;
            };
            if !(k + 2..b).all(|j| matches!(items[j].norm.as_str(), "the" | "his" | "her")) {
                continue;
            }
            let m = Match {
                a: None,
                b: Some(b),
                ab: None,
                v: (k, k),
                start: k,
                end: b + 1,
                subject_gap: Vec::new(),
            };
            let Some(date) = self.contact_date(&m) else {
                continue;
            };
            let date = date.or(heading_date);
            let by_phone = matches!(items[k].norm.as_str(), "conversation" | "call")
                || (k > 0 && matches!(items[k - 1].norm.as_str(), "telephone" | "phone" | "video"));
            let mode = if by_phone {
                ContactMode::Call
            } else {
                ContactMode::Meeting
            };
            let mut others = vec![b];
            others.extend(self.further_parties(&m, b));
            for item in others {
                for y in self.actors_of(item, Some(owner), resolved) {
                    if y == owner {
                        continue;
                    }
                    out.push(Contact {
                        a: owner,
                        b: y,
                        mode,
                        date,
                        estimated_date: None,
                        via: None,
                        cameo: Some(if by_phone { "041" } else { "043" }.into()),
                        evidence: Evidence {
                            sentence: self.sentence.span,
                            anchor: items[k].span.cover(items[item].span),
                            rule: "contact.listed-meeting".into(),
                        },
                    });
                }
            }
        }
        out
    }

    /// "MBS sat in on the meeting": where the noun of the contact the
    /// actor at `k` joined is.
    fn joined_noun(&self, k: usize) -> Option<usize> {
        let items = self.items();
        let words = |k: usize, w: &[&str]| {
            k + w.len() <= items.len() && w.iter().enumerate().all(|(i, x)| items[k + i].is_word(x))
        };
        const JOINED: &[&[&str]] = &[
            &["joined"],
            &["sat", "in", "on"],
            &["took", "part", "in"],
            &["participated", "in"],
            &["attended"],
            &["was", "present", "at"],
            &["were", "present", "at"],
            &["was", "on"],
            &["were", "on"],
            &["was", "also", "on"],
            &["were", "also", "on"],
        ];
        let mut j = k + 1;
        while j < items.len()
            && (matches!(items[j].kind, ItemKind::Date(_))
                || matches!(
                    items[j].norm.as_str(),
                    "also" | "later" | "then" | "briefly"
                ))
        {
            j += 1;
        }
        let verb = JOINED.iter().find(|w| words(j, w))?;
        j += verb.len();
        if !items
            .get(j)
            .is_some_and(|w| matches!(w.norm.as_str(), "the" | "that" | "this" | "their"))
        {
            return None;
        }
        // ("attended the meeting of the Council of Foreign Ministers": an
        // event of its own.)
        (j + 1..(j + 4).min(items.len()))
            .find(|&n| CONTACT_NOUNS.contains(&items[n].norm.as_str()))
            .filter(|&n| !items.get(n + 1).is_some_and(|w| w.is_word("of")))
    }

    /// "The meeting was hosted by Ralph Gonsalves and co-facilitated by
    /// Roosevelt Skerrit": the actor at `k` after such a "by" joined the
    /// meeting the sentence opens with.
    fn hosted_noun(&self, k: usize) -> Option<usize> {
        let items = self.items();
        // ("by St Vincent Prime Minister Ralph Gonsalves": a place the
        // mention did not take in.)
        let by = (k.saturating_sub(4)..k)
            .rev()
            .find(|&j| items[j].is_word("by"))?;
        if by < 2
            || !items[by + 1..k].iter().all(|w| {
                w.kind == ItemKind::Word && w.span.text(self.text).starts_with(char::is_uppercase)
            })
        {
            return None;
        }
        let k = by + 1;
        let hosting = matches!(
            items[k - 2].norm.as_str(),
            "hosted"
                | "co-hosted"
                | "chaired"
                | "co-chaired"
                | "mediated"
                | "facilitated"
                | "co-facilitated"
                | "brokered"
                | "convened"
                | "moderated"
        );
        let passive = (0..k - 2).any(|j| matches!(items[j].norm.as_str(), "was" | "were"));
        if !hosting || !passive {
            return None;
        }
        let noun =
            (0..(k - 2).min(4)).find(|&n| CONTACT_NOUNS.contains(&items[n].norm.as_str()))?;
        (noun > 0
            && matches!(
                items[noun - 1].norm.as_str(),
                "the" | "that" | "this" | "their"
            ))
        .then_some(noun)
    }

    /// "Crown Prince Mohammed sat in on the meeting", "Erdogan joined the
    /// conversation by telephone": one more party to the contact told
    /// last, who met each of its parties.
    fn joined_last(
        &self,
        found: &[Contact],
        before: &[Contact],
        resolved: &Resolved,
    ) -> Vec<Contact> {
        let items = self.items();
        let mut out = Vec::new();
        // Those who joined before in this sentence met the next one too.
        let mut joiners: Vec<(usize, ActorId)> = Vec::new();
        for k in 0..items.len() {
            let Some(mention) = items[k].actor() else {
                continue;
            };
            if mention.possessive || self.quoted[k] {
                continue;
            }
            let here = items[k].span.start;
            let (last, earlier) = match found.iter().rev().find(|c| c.evidence.anchor.end <= here) {
                Some(c) => (c, &[][..]),
                None => match before.last() {
                    Some(c) => (c, before),
                    None => continue,
                },
            };
            let hosted = self.hosted_noun(k);
            let Some(noun) = self.joined_noun(k).or(hosted) else {
                continue;
            };
            let by_phone = items[noun..].iter().take(4).any(|w| {
                matches!(
                    w.norm.as_str(),
                    "telephone" | "phone" | "video" | "videoconference"
                )
            });
            // The noun names the contact told last ("the meeting" after a
            // meeting), unless one joined a meeting by phone.
            // ("Kallas attended the talks" after "Blinken spoke with Lavrov"
            // is another event.)
            let call_noun = matches!(items[noun].norm.as_str(), "conversation" | "call");
            let fits = if call_noun {
                last.mode == ContactMode::Call
            } else {
                last.mode == ContactMode::Meeting
            };
            if !by_phone && !fits {
                continue;
            }
            // A day of its own that is not the contact's: "Zelensky joined
            // the talks in Washington on Monday" after a meeting on Friday.
            let own_day = (0..items.len()).find_map(|j| match items[j].kind {
                ItemKind::Date(d) => d.resolve(self.published),
                _ => None,
            });
            if own_day.is_some() && last.date.is_some() && own_day != last.date {
                continue;
            }
            // Not a plan: "will join the talks", "is expected to attend".
            if self.has_cue("modality", 0, k + 1) || self.has_cue("negation", 0, noun) {
                continue;
            }
            let mode = if by_phone {
                ContactMode::Call
            } else {
                last.mode
            };
            let anchor = items[k].span.cover(items[noun].span);
            for &joiner in &self.targets[k] {
                let Target::Actor(joiner) = joiner else {
                    continue;
                };
                if resolved.actors.get(joiner).kind != ActorKind::Person {
                    continue;
                }
                // (Those the sentence before had at that contact too: "MBS
                // sat in on the meeting. Erdogan joined by telephone.")
                let mut parties: Vec<ActorId> = vec![last.a, last.b];
                for c in earlier
                    .iter()
                    .filter(|c| c.date == last.date && c.mode == last.mode)
                {
                    parties.extend([c.a, c.b]);
                }
                parties.extend(joiners.iter().filter(|(at, _)| *at != k).map(|&(_, p)| p));
                parties.sort();
                parties.dedup();
                // A host of talks between delegations sat with them at the
                // opening at most: only a meeting of two has a host who met
                // both.
                let joined_by_host = parties
                    .iter()
                    .filter(|p| !joiners.iter().any(|(_, j)| j == *p))
                    .count();
                if hosted.is_some() && joined_by_host > 2 {
                    continue;
                }
                // (People only: "four European leaders" are those named.)
                parties.retain(|&p| {
                    matches!(
                        resolved.actors.get(p).kind,
                        ActorKind::Person | ActorKind::Office
                    )
                });
                joiners.push((k, joiner));
                for party in parties {
                    // (A compatriot who joined sat on the same side: "Dar
                    // joined the meeting" of al-Jubeir with Sharif.)
                    if party == joiner || compatriots(resolved, self.lex, party, joiner) {
                        continue;
                    }
                    out.push(Contact {
                        a: joiner,
                        b: party,
                        mode,
                        date: last.date,
                        estimated_date: None,
                        via: None,
                        cameo: last.cameo.clone(),
                        evidence: Evidence {
                            sentence: self.sentence.span,
                            anchor,
                            rule: "contact.joined-contact".into(),
                        },
                    });
                }
            }
        }
        out
    }

    /// The actors an item stands for; counterparts are resolved against
    /// `speaker`.
    fn actors_of(
        &self,
        item: usize,
        speaker: Option<ActorId>,
        resolved: &mut Resolved,
    ) -> Vec<ActorId> {
        let mut out = Vec::new();
        if let Some(speaker) = self.first_person_speaker(item) {
            out.push(speaker);
        }
        // "assured both presidents": the pair the story is about; "joined
        // European leaders ..., where he urged them": the group just named.
        let items = self.items();
        if items[item]
            .actor()
            .is_some_and(|m| m.refs == [ActorRef::PairAnaphor])
        {
            let is_group = |k: usize| {
                items[k].actor().is_some_and(|m| {
                    !m.possessive && matches!(m.refs.as_slice(), [ActorRef::Group { .. }])
                })
            };
            let group = if items[item].norm == "them" {
                (0..item).rev().find(|&k| is_group(k))
            } else {
                None
            };
            if let Some(k) = group {
                out.extend(self.targets[k].iter().filter_map(|t| match *t {
                    Target::Actor(id) => Some(id),
                    Target::Counterpart(_) => None,
                }));
            } else if let Some((a, b)) = self.pair_for(item, resolved) {
                out.extend([a, b].into_iter().filter(|&x| Some(x) != speaker));
            }
        }
        for t in &self.targets[item] {
            match *t {
                Target::Actor(id) => out.push(id),
                Target::Counterpart(country) => {
                    if let Some(s) = speaker {
                        if let Some(id) = counterpart_target(resolved, self.lex, s, country) {
                            out.push(id);
                        }
                    }
                }
            }
        }
        out
    }

    /// An intermediary: "through Oman", "via Qatar", or a country the
    /// sentence calls an intermediary or mediator.
    fn via(&self, m: &Match, a: ActorId, b: ActorId, resolved: &Resolved) -> Option<ActorId> {
        let items = self.items();
        let usable = |k: usize| -> Option<ActorId> {
            if Some(k) == m.a || Some(k) == m.b || items[k].actor()?.possessive {
                return None;
            }
            self.targets[k].iter().find_map(|t| match *t {
                Target::Actor(id) if id != a && id != b && !resolved.actors.get(id).news_agency => {
                    Some(id)
                }
                _ => None,
            })
        };
        // "through Oman", "via Qatar".
        for k in 1..items.len() {
            if matches!(items[k - 1].norm.as_str(), "through" | "via") {
                if let Some(id) = usable(k) {
                    return Some(id);
                }
            }
        }
        // The country nearest to "intermediary" / "mediator".
        let cue = (0..items.len()).find(|&k| {
            matches!(
                items[k].norm.as_str(),
                "intermediary" | "mediator" | "mediation" | "go-between"
            )
        })?;
        (0..items.len())
            .filter_map(|k| {
                let id = usable(k)?;
                (resolved.actors.get(id).kind == ActorKind::Country)
                    .then_some((k.abs_diff(cue), id))
            })
            .min()
            .map(|(_, id)| id)
    }

    /// "I" inside a quotation is its speaker ("“As I told Prime Minister
    /// Netanyahu, ...,” Biden said").
    fn first_person_speaker(&self, item: usize) -> Option<ActorId> {
        let m = self.items()[item].actor()?;
        if !matches!(m.refs.as_slice(), [ActorRef::Pronoun(p)] if p == "i") || !self.quoted[item] {
            return None;
        }
        let items = self.items();
        let open = (0..item)
            .rev()
            .find(|&k| items[k].kind == ItemKind::OpenQuote)?;
        let close = (item..items.len())
            .find(|&k| items[k].kind == ItemKind::CloseQuote)
            .unwrap_or(items.len());
        self.speaker_after(close)
            .or_else(|| self.speaker_before(open))
            .map(|(speaker, _)| speaker)
    }

    /// The pair "the two" refers to at `item`: the last pair of people the
    /// story brought together, else the last two people it named.
    fn pair_for(&self, item: usize, resolved: &Resolved) -> Option<(ActorId, ActorId)> {
        let last_two = |people: &[ActorId]| {
            let mut distinct = Vec::new();
            for &p in people.iter().rev() {
                if !distinct.contains(&p) {
                    distinct.push(p);
                }
                if distinct.len() == 2 {
                    return Some((distinct[1], distinct[0]));
                }
            }
            None
        };
        let person_at = |k: usize| -> Option<ActorId> {
            match self.targets[k].as_slice() {
                [Target::Actor(id)] if resolved.actors.get(*id).kind == ActorKind::Person => {
                    Some(*id)
                }
                _ => None,
            }
        };
        // A pair joined by "and" earlier in the sentence ("Blinken and
        // Gallant spoke ..., adding they also discussed"), unless a later
        // clause has a subject and a party of its own ("Trump and Putin
        // spoke ..., and Rubio held a call with Lavrov, during which the
        // two men agreed"); then two people named earlier in it ("Milei
        // was the first leader to meet Trump when the two met ...").
        for k in (0..item).rev() {
            if self.items()[k].actor().is_some_and(|m| m.coordinated) {
                if let [Target::Actor(a), Target::Actor(b)] = self.targets[k].as_slice() {
                    // "Armenia and Azerbaijan announced that they had
                    // agreed the text": the two states.
                    let states = |x: &ActorId| resolved.actors.get(*x).kind == ActorKind::Country;
                    if states(a) && states(b) {
                        return Some((*a, *b));
                    }
                    if resolved.actors.get(*a).kind == ActorKind::Person
                        && resolved.actors.get(*b).kind == ActorKind::Person
                    {
                        let mut later: Vec<(usize, ActorId)> = (k + 1..item)
                            .filter_map(|j| Some((j, person_at(j)?)))
                            .filter(|&(_, p)| p != *a && p != *b)
                            .collect();
                        // ("Rubio held his first call with Lavrov": Rubio
                        // once.)
                        later.dedup_by_key(|&mut (_, p)| p);
                        let subject_later = later.first().is_some_and(|&(j, _)| {
                            let before = self.items()[j - 1].norm.as_str();
                            matches!(before, "," | "and" | "which" | "when" | "where" | "as")
                                && !self.items()[j].actor().is_some_and(|m| m.possessive)
                        });
                        if subject_later && later.len() >= 2 && later[0].1 != later[1].1 {
                            return Some((later[0].1, later[1].1));
                        }
                        return Some((*a, *b));
                    }
                }
            }
        }
        let mut here = Vec::new();
        for k in 0..item {
            // "brother of Crown Prince Mohammed bin Salman": a relation, not
            // one of the pair.
            // (Nor "Aliyev's adviser, Hikmet Hajiyev,": the owner.)
            if k > 0 && self.items()[k - 1].is_word("of")
                || self.items()[k].actor().is_some_and(|m| m.possessive)
            {
                continue;
            }
            for t in &self.targets[k] {
                if let Target::Actor(id) = *t {
                    if resolved.actors.get(id).kind == ActorKind::Person {
                        here.push(id);
                    }
                }
            }
        }
        if let Some(pair) = last_two(&here) {
            return Some(pair);
        }
        // "Before their formal talks, Modi rode with Putin ...": a pair in a
        // fronted phrase is the main clause's two people.
        let fronted = here.is_empty()
            && self.items().first().is_some_and(|w| {
                matches!(
                    w.norm.as_str(),
                    "before" | "after" | "during" | "ahead" | "following" | "prior" | "at"
                )
            });
        if let Some(comma) = (item + 1..self.items().len())
            .find(|&k| self.items()[k].is_word(","))
            .filter(|_| fronted)
        {
            let mut first_two: Vec<ActorId> = Vec::new();
            for k in comma + 1..self.items().len() {
                if let Some(p) = person_at(k) {
                    if !first_two.contains(&p) {
                        first_two.push(p);
                    }
                }
            }
            if let [a, b, ..] = first_two[..] {
                return Some((a, b));
            }
        }
        // "The two men", "the two leaders": people; "the two sides",
        // "they": the parties of the last contact.
        let people_noun = self.items()[item]
            .norm
            .split(' ')
            .any(|w| matches!(w, "men" | "women" | "leaders" | "presidents" | "premiers"));
        let visiting = self.items()[item].norm.split(' ').any(|w| w == "visiting");
        if let (true, Some(pair)) = (visiting, self.guests) {
            return Some(pair);
        }
        if let (true, Some(pair)) = (people_noun, self.two_named) {
            return Some(pair);
        }
        if self.last_pair.is_some() {
            return self.last_pair;
        }
        let mut people = self.people_before.clone();
        people.extend(here);
        last_two(&people)
    }

    /// Two actors joined by "and" in this sentence ("Putin and Xi signed
    /// ..."): what a later "the two leaders" may mean.
    fn coordinated_pair(&self) -> Option<(ActorId, ActorId)> {
        (0..self.items().len()).find_map(|k| {
            let m = self.items()[k].actor()?;
            if !m.coordinated {
                return None;
            }
            match self.targets[k].as_slice() {
                [Target::Actor(a), Target::Actor(b)] => Some((*a, *b)),
                _ => None,
            }
        })
    }

    /// The two people a sentence names, where it names exactly two (not
    /// counting relations: "brother of the crown prince").
    fn only_two_people(&self, resolved: &Resolved) -> Option<(ActorId, ActorId)> {
        let mut people: Vec<ActorId> = Vec::new();
        for (k, targets) in self.targets.iter().enumerate() {
            if k > 0 && self.items()[k - 1].is_word("of") {
                continue;
            }
            for t in targets {
                if let Target::Actor(id) = *t {
                    if resolved.actors.get(id).kind == ActorKind::Person && !people.contains(&id) {
                        people.push(id);
                    }
                }
            }
        }
        match people[..] {
            [a, b] => Some((a, b)),
            _ => None,
        }
    }

    /// The first actor of an item, for speakers and agents.
    fn first_actor(&self, k: usize) -> Option<ActorId> {
        self.targets.get(k)?.iter().find_map(|t| match t {
            Target::Actor(id) => Some(*id),
            Target::Counterpart(_) => None,
        })
    }

    fn is_speech(&self, k: usize) -> bool {
        let it = &self.items()[k];
        matches!(it.kind, ItemKind::Word) && self.lex.is_cue("speech", &it.norm)
    }

    /// Quotations and their speakers.
    fn statements(
        &self,
        previous: Option<&Statement>,
        sentences: &[SentenceItems],
        index: usize,
        resolved: &Resolved,
    ) -> Vec<Statement> {
        let items = self.items();
        let mut out: Vec<Statement> = Vec::new();
        // The speech verb of the last statement in `out`.
        let mut previous_verb: Option<Option<usize>> = None;
        let mut k = 0;
        while k < items.len() {
            if items[k].kind != ItemKind::OpenQuote {
                k += 1;
                continue;
            }
            let open = k;
            let close = (open + 1..items.len())
                .find(|&j| items[j].kind == ItemKind::CloseQuote)
                .unwrap_or(items.len());
            k = close + 1;
            let inner: Vec<&Item> = items[open + 1..close].iter().collect();
            let words = inner
                .iter()
                .filter(|i| !matches!(i.kind, ItemKind::Punct))
                .count();
            // Scare quotes ("ironclad") are no statement; a few words a
            // speech verb attributes are ("called the talks 'very
            // complicated'", below).
            if words < 3 {
                continue;
            }
            if self.narrated_fragment(open) {
                continue;
            }
            let quote = Span::new(
                inner.first().unwrap().span.start,
                inner
                    .iter()
                    .rev()
                    .find(|i| !(matches!(i.kind, ItemKind::Punct) && i.norm == ","))
                    .unwrap()
                    .span
                    .end,
            );
            let (speaker, verb, continues) = match self
                .speaker_after(close)
                .or_else(|| self.speaker_before(open))
            {
                Some((_, None)) if words < 4 => continue,
                Some((speaker, verb)) => (speaker, verb, false),
                None => {
                    // A quotation that is a whole sentence continues the
                    // previous speaker's.
                    let whole = open == 0 && close + 2 >= items.len();
                    let adjacent = previous.is_some_and(|p| {
                        index > 0 && sentences[index - 1].span.start <= p.last_part().start
                    });
                    match (whole && adjacent, previous) {
                        (true, Some(p)) => (p.speaker, None, true),
                        _ => continue,
                    }
                }
            };
            // “...,” she said, “...”: one statement in two quotations.
            if let Some((last, last_verb)) = out.last_mut().zip(previous_verb) {
                if verb.is_some() && last_verb == verb && last.speaker == speaker {
                    last.continued.push(quote);
                    continue;
                }
            }
            previous_verb = Some(verb);
            out.push(Statement {
                speaker,
                quote,
                continued: Vec::new(),
                date: self.statement_date(verb),
                medium: self.medium(),
                reported_by: self.reported_by(resolved),
                evidence: Evidence {
                    sentence: self.sentence.span,
                    anchor: items[open]
                        .span
                        .cover(items[close.min(items.len() - 1)].span),
                    rule: if continues {
                        "statement.continued-quote".into()
                    } else if verb.is_some_and(|v| v > close) {
                        "statement.quote-then-speaker".into()
                    } else if verb.is_some() {
                        "statement.speaker-then-quote".into()
                    } else {
                        "statement.cited-words".into()
                    },
                },
            });
        }
        out
    }

    /// `“...,” Miller said` / `“...,” said Miller` / `“...,” the ministry
    /// said`: the speaker and the verb's item.
    fn speaker_after(&self, close: usize) -> Option<(ActorId, Option<usize>)> {
        let items = self.items();
        let mut k = close + 1;
        if items.get(k).is_some_and(|i| i.norm == ",") {
            k += 1;
        }
        // "“...,” the State Department said".
        if items.get(k).is_some_and(|i| i.is_word("the")) && self.is_speaker_item(k + 1) {
            k += 1;
        }
        // Actor, then (gap) speech verb.
        if self.is_speaker_item(k) {
            let mut j = k + 1;
            let mut steps = 0;
            while j < items.len() && steps < 5 {
                if self.is_speech(j) {
                    return self.first_actor(k).map(|a| (a, Some(j)));
                }
                if !matches!(items[j].kind, ItemKind::Word | ItemKind::Date(_)) {
                    break;
                }
                j += 1;
                steps += 1;
            }
        }
        // Speech verb, then actor.
        if k < items.len() && self.is_speech(k) && self.is_speaker_item(k + 1) {
            return self.first_actor(k + 1).map(|a| (a, Some(k)));
        }
        None
    }

    /// `Miller said “...”` / `Gallant posted on X that “...”`: the last
    /// speech verb before the quotation and its subject.
    fn speaker_before(&self, open: usize) -> Option<(ActorId, Option<usize>)> {
        // Someone else's words quoted in passing: "echoing the words of
        // Biden on Wednesday that “...”", "quoting Putin as saying “...”".
        let items = self.items();
        let from = open.saturating_sub(12);
        for j in (from..open).rev() {
            if items[j].actor().is_none() || j == 0 {
                continue;
            }
            let before = items[j - 1].norm.as_str();
            let owner = j >= 2
                && before == "of"
                && matches!(
                    items[j - 2].norm.as_str(),
                    "words" | "remarks" | "comments" | "statement" | "pledge" | "promise" | "vow"
                );
            let cited = matches!(before, "echoing" | "quoting" | "citing");
            if owner || cited {
                if let Some(a) = self.first_actor(j) {
                    return Some((a, None));
                }
            }
        }
        let verb = (0..open).rev().find(|&j| self.is_speech(j))?;
        // (Not the one spoken to: "Jaishankar told his guest, adding
        // that ..." is Jaishankar's.)
        let addressee =
            |j: usize| j > 0 && matches!(self.items()[j - 1].norm.as_str(), "told" | "to");
        let subject = (0..verb)
            .rev()
            .find(|&j| self.is_speaker_item(j) && !addressee(j));
        // Inverted: "said Miller, “...”", where nobody speaks before the verb.
        let inverting = matches!(
            self.items()[verb].norm.as_str(),
            "said" | "says" | "added" | "wrote"
        );
        if subject.is_none() && inverting && verb + 1 < open && self.is_speaker_item(verb + 1) {
            return self.first_actor(verb + 1).map(|a| (a, Some(verb)));
        }
        let subject = subject?;
        if let Some(outer) = self.outer_report(subject) {
            return outer;
        }
        // Between subject and verb only words (no other quotation).
        let clean = (subject + 1..verb).all(|j| {
            !matches!(
                self.items()[j].kind,
                ItemKind::OpenQuote | ItemKind::CloseQuote
            )
        });
        clean.then(|| self.first_actor(subject).map(|a| (a, Some(verb))))?
    }

    /// "Miller said Blinken made clear ... “...”": the quoted words are the
    /// outer speaker's report of what the subject said, and theirs. An
    /// unnamed outer speaker ("an official who attended said Blinken
    /// emphasized ... “...”") gives no statement: `Some(None)`. `None`
    /// when nobody reports the subject's words.
    fn outer_report(&self, subject: usize) -> Option<Option<(ActorId, Option<usize>)>> {
        let items = self.items();
        let mut v = subject.checked_sub(1)?;
        if items[v].is_word("that") {
            v = v.checked_sub(1)?;
        }
        // A participle's subject is the main clause's ("..., saying
        // Russia “...”"), which this reading does not reach.
        if !self.is_speech(v) || items[v].norm.ends_with("ing") {
            return None;
        }
        // The outer subject: the nearest speaker over words only.
        for k in (v.saturating_sub(8)..v).rev() {
            if self.is_speaker_item(k) {
                return Some(self.first_actor(k).map(|a| (a, Some(v))));
            }
            if !matches!(items[k].kind, ItemKind::Word) {
                break;
            }
        }
        let unnamed = items[v.saturating_sub(8)..v].iter().any(|i| {
            matches!(
                i.norm.as_str(),
                "official"
                    | "officials"
                    | "source"
                    | "sources"
                    | "diplomat"
                    | "diplomats"
                    | "aide"
                    | "aides"
                    | "person"
                    | "people"
                    | "someone"
                    | "insider"
            )
        });
        unnamed.then_some(None)
    }

    /// “stressed [to Blinken] the inviolability ...” right after its
    /// subject, or “ongoing efforts ...” after a narrating verb ("they
    /// discussed"): the story narrates an act in a source's words, which
    /// are no claim of anyone's.
    fn narrated_fragment(&self, open: usize) -> bool {
        let items = self.items();
        let (Some(before), Some(first)) = (open.checked_sub(1), items.get(open + 1)) else {
            return false;
        };
        let lower = first
            .span
            .text(self.text)
            .starts_with(|c: char| c.is_lowercase());
        if !lower || first.kind != ItemKind::Word {
            return false;
        }
        let past = |w: &str| {
            w.ends_with("ed")
                || matches!(
                    w,
                    "met"
                        | "held"
                        | "made"
                        | "told"
                        | "spoke"
                        | "gave"
                        | "took"
                        | "sought"
                        | "sent"
                        | "said"
                        | "struck"
                        | "agreed"
                )
        };
        let b = &items[before];
        let subject = b.actor().is_some()
            || matches!(
                b.norm.as_str(),
                "they" | "them" | "he" | "she" | "it" | "we"
            );
        let narrating = b.kind == ItemKind::Word
            && past(&b.norm)
            && !self.is_speech(before)
            && !matches!(
                b.norm.as_str(),
                "called" | "described" | "termed" | "dubbed" | "labelled" | "labeled" | "branded"
            );
        (subject && past(&first.norm)) || narrating
    }

    /// A mention that can speak: not a possessive modifier unless it owns an
    /// institution ("China’s foreign ministry said" speaks for China).
    fn is_speaker_item(&self, k: usize) -> bool {
        let Some(m) = self.items().get(k).and_then(Item::actor) else {
            return false;
        };
        if self.first_actor(k).is_none() {
            return false;
        }
        if !m.possessive {
            return true;
        }
        let rest: Vec<String> = self.items()[k + 1..]
            .iter()
            .take(3)
            .map(|i| i.norm.clone())
            .collect();
        self.lex.cue_at("institution", &rest).is_some()
    }

    fn statement_date(&self, verb: Option<usize>) -> Option<DateValue> {
        let items = self.items();
        let from = verb.unwrap_or(0);
        let date = items[from..]
            .iter()
            .chain(items[..from].iter().rev())
            .find_map(|i| match i.kind {
                ItemKind::Date(d) => Some(d),
                _ => None,
            });
        if let Some(d) = self.quote_date {
            return Some(DateValue::Day(d));
        }
        // Words said with no date of their own were said when the story
        // happened, else by the day of publication.
        match date {
            Some(d) => d.resolve_from(self.published, self.story_day_before(from)),
            None => self.story.or(self.published.map(DateValue::Day)),
        }
    }

    fn medium(&self) -> Option<String> {
        let text: Vec<&str> = self.items().iter().map(|i| i.norm.as_str()).collect();
        let has = |w: &[&str]| text.windows(w.len()).any(|x| x == w);
        let medium = if has(&["on", "x"])
            || has(&["tweeted"])
            || has(&["x", "handle"])
            || has(&["on", "twitter"])
        {
            "post on X"
        } else if has(&["on", "telegram"]) || has(&["on", "facebook"]) || has(&["social", "media"])
        {
            "social media post"
        } else if has(&["told", "reporters"]) || has(&["briefing"]) {
            "press briefing"
        } else if has(&["press", "conference"]) || has(&["news", "conference"]) {
            "press conference"
        } else if has(&["interview"]) {
            "interview"
        } else if has(&["readout"]) {
            "call readout"
        } else if has(&["statement"]) {
            "statement"
        } else if has(&["speech"]) || has(&["address"]) {
            "speech"
        } else {
            return None;
        };
        Some(medium.to_string())
    }

    /// "according to IRNA", "told Axios", "Reuters reported".
    fn reported_by(&self, resolved: &Resolved) -> Option<ActorId> {
        (0..self.items().len())
            .filter_map(|k| self.first_actor(k))
            .find(|&id| resolved.actors.get(id).news_agency)
    }

    /// Attacks, strikes, killings, interceptions, ceasefires.
    fn events(&self, resolved: &mut Resolved) -> Vec<Event> {
        let items = self.items();
        let mut out = Vec::new();
        for trigger in &self.lex.event_triggers {
            for form in &trigger.forms {
                let n = form.len();
                for k in 0..items.len().saturating_sub(n - 1) {
                    let hit = (0..n).all(|x| {
                        matches!(items[k + x].kind, ItemKind::Word) && items[k + x].norm == form[x]
                    });
                    if !hit {
                        continue;
                    }
                    let end = k + n;
                    if out
                        .iter()
                        .any(|e: &Event| e.evidence.anchor.start == items[k].span.start)
                    {
                        continue;
                    }
                    if let Some(e) = self.event_at(trigger, k, end, resolved) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }

    fn event_at(
        &self,
        trigger: &crate::lexicon::EventTrigger,
        k: usize,
        end: usize,
        resolved: &mut Resolved,
    ) -> Option<Event> {
        let items = self.items();
        let mut agent = None;
        let mut attributed = false;
        let mut target = None;
        let mut place = None;
        if trigger.verb {
            // The subject: the nearest actor before the verb, in the same
            // clause, that is not the object of a preposition ("The U.S.
            // Embassy in Israel restricted travel": the embassy's country).
            for j in (0..k).rev() {
                let it = &items[j];
                if matches!(it.kind, ItemKind::Word) && self.lex.is_cue("clause-break", &it.norm) {
                    break;
                }
                if matches!(it.kind, ItemKind::Punct) && it.norm != "," {
                    break;
                }
                if it.actor().is_some() {
                    let object = j > 0 && PREPOSITIONS.contains(&items[j - 1].norm.as_str());
                    let object = object || (j > 0 && items[j - 1].norm == "in");
                    if !object {
                        agent = self.first_actor(j).map(AgentRef::Actor);
                        break;
                    }
                }
            }
        } else {
            // Agent from a modifier: "an Israeli strike", "Israel’s strikes",
            // "Houthi attacks".
            for j in (k.saturating_sub(3)..k).rev() {
                match &items[j].kind {
                    ItemKind::Demonym(c) => {
                        agent = Some(AgentRef::Country(*c));
                        break;
                    }
                    ItemKind::Actor(m) if m.possessive || j + 1 == k => {
                        agent = self.first_actor(j).map(AgentRef::Actor);
                        break;
                    }
                    ItemKind::Word | ItemKind::Date(_) => continue,
                    _ => break,
                }
            }
        }
        // After the trigger: "attributed to X", "on/against X", "in X".
        let mut j = end;
        while j < items.len() && j < end + 10 {
            let word = items[j].norm.as_str();
            if matches!(items[j].kind, ItemKind::Punct) && word != "," {
                break;
            }
            if let Some(id) = self.first_actor(j) {
                let prev = if j > 0 {
                    items[j - 1].norm.as_str()
                } else {
                    ""
                };
                let prev2 = if j > 1 {
                    items[j - 2].norm.as_str()
                } else {
                    ""
                };
                if prev == "to" && matches!(prev2, "attributed" | "blamed")
                    || prev == "on" && prev2 == "blamed"
                {
                    agent = Some(AgentRef::Actor(id));
                    attributed = true;
                } else if prev == "by" && agent.is_none() {
                    agent = Some(AgentRef::Actor(id));
                } else if prev == "between" && agent.is_none() {
                    // "the truce between Israel and Hamas"
                    let both: Vec<ActorId> = self.targets[j]
                        .iter()
                        .filter_map(|t| match t {
                            Target::Actor(a) => Some(*a),
                            Target::Counterpart(_) => None,
                        })
                        .collect();
                    agent = both.first().copied().map(AgentRef::Actor);
                    target = both.get(1).copied();
                } else if matches!(prev, "on" | "against" | "of") && target.is_none() {
                    target = Some(id);
                } else if prev == "in" && place.is_none() {
                    place = Some(id);
                } else if trigger.verb && target.is_none() && j == end {
                    target = Some(id);
                }
            }
            j += 1;
        }
        let agent = match agent {
            Some(AgentRef::Actor(id)) => Some(id),
            Some(AgentRef::Country(c)) => Some(country_actor(&mut resolved.actors, self.lex, c)),
            None => None,
        };
        if agent.is_none() && target.is_none() {
            return None;
        }
        // A verb needs something struck: "Xi struck a broad note" is no
        // attack.
        if trigger.needs_target && target.is_none() && place.is_none() {
            return None;
        }
        let date = self
            .nearest_date(k)
            .and_then(|d| d.resolve_from(self.published, self.story_day_before(k)));
        Some(Event {
            event_type: trigger.event_type.clone(),
            plover: trigger.plover.clone(),
            agent,
            attributed,
            target,
            place,
            date,
            evidence: Evidence {
                sentence: self.sentence.span,
                anchor: items[k].span.cover(items[end - 1].span),
                rule: format!("event.{}", trigger.id),
            },
        })
    }

    fn nearest_date(&self, k: usize) -> Option<DateExpr> {
        let items = self.items();
        let mut best: Option<(usize, DateExpr)> = None;
        for (j, it) in items.iter().enumerate() {
            if let ItemKind::Date(d) = it.kind {
                let dist = j.abs_diff(k);
                if best.is_none_or(|(b, _)| dist < b) {
                    best = Some((dist, d));
                }
            }
        }
        best.map(|(_, d)| d)
    }
}

enum AgentRef {
    Actor(ActorId),
    Country(usize),
}
