//! The extraction pipeline on sentences written for these tests, in the
//! styles of wire copy, official readouts and feature articles.

use super::util::{contacts, extract, extractor};

/// (publication date, text, expected contacts "A -> B @ date").
fn check(cases: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (date, text, expected) in cases {
        let got = contacts(date, text);
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{text}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn contacts_from_verbs_and_nouns() {
    check(&[
        (
            "2024-06-14",
            "Kenyan President William Ruto spoke with Ethiopian Prime Minister Abiy Ahmed on Thursday.",
            &["William Ruto -> Abiy Ahmed @ 2024-06-13"],
        ),
        (
            "2023-03-17",
            "TOKYO, March 17 (Harbor News Service) - Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday.",
            &["Fumio Kishida -> Yoon Suk Yeol @ 2023-03-16"],
        ),
        (
            "2024-11-15",
            "German Chancellor Olaf Scholz held a phone call with Russian President Vladimir Putin on Friday, their first conversation in two years.",
            &["Olaf Scholz -> Vladimir Putin @ 2024-11-15"],
        ),
        (
            "2025-05-14",
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani welcomed U.S. President Donald Trump to Doha on Wednesday.",
            &["Tamim bin Hamad Al Thani -> Donald Trump @ 2025-05-14"],
        ),
        (
            "2024-04-26",
            "Foreign Minister Wang Yi held talks with Secretary of State Antony Blinken in Beijing on Friday.",
            &["Wang Yi -> Antony Blinken @ 2024-04-26"],
        ),
        (
            "2023-03-21",
            "Russian President Vladimir Putin and Chinese President Xi Jinping held talks in the Kremlin on Tuesday.",
            &["Vladimir Putin -> Xi Jinping @ 2023-03-21"],
        ),
        (
            "2024-03-20",
            "Egyptian President Abdel Fattah al-Sisi received a phone call from Emir Tamim bin Hamad Al Thani on Tuesday.",
            &["Tamim bin Hamad Al Thani -> Abdel Fattah al-Sisi @ 2024-03-19"],
        ),
    ]);
}

#[test]
fn readouts_passives_and_lists() {
    check(&[
        (
            "2024-04-23",
            "Xi Jinping met with visiting Kenyan President William Ruto at the Great Hall of the People in Beijing on Tuesday.",
            &["Xi Jinping -> William Ruto @ 2024-04-23"],
        ),
        (
            "2025-05-10",
            "Secretary of State Marco Rubio said he had spoken with India's foreign minister, Subrahmanyam Jaishankar, and with Pakistan's army chief, General Asim Munir.",
            &[
                "Marco Rubio -> Subrahmanyam Jaishankar @ -",
                "Marco Rubio -> Asim Munir @ -",
            ],
        ),
        (
            "2023-09-04",
            "Kenyan President William Ruto was received by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.",
            &["Abiy Ahmed -> William Ruto @ 2023-09-04"],
        ),
        (
            "2023-03-21",
            "Talks between Russian President Vladimir Putin and Chinese President Xi Jinping lasted four hours on Monday.",
            &["Vladimir Putin -> Xi Jinping @ 2023-03-20"],
        ),
        (
            "2023-04-15",
            "A full ceremonial welcome greeted Lula in Beijing on Friday, as the Brazilian president finally met Xi Jinping. He later praised his predecessor Dilma Rousseff.",
            &["Luiz Inacio Lula da Silva -> Xi Jinping @ 2023-04-14"],
        ),
        (
            "2025-07-02",
            "The two presidents had not talked since September 2022, when Emmanuel Macron called Vladimir Putin about the nuclear plant.",
            &["Emmanuel Macron -> Vladimir Putin @ 2022-09"],
        ),
        (
            "2024-04-26",
            "Secretary of State Antony Blinken flew into Shanghai on Wednesday and on Thursday met Chen Jining, the city's Communist Party secretary.",
            &["Antony Blinken -> Chen Jining @ 2024-04-25"],
        ),
        (
            "2024-04-26",
            "President Xi Jinping received Antony Blinken on Friday. Xi told him the two powers should be partners.",
            &[
                "Xi Jinping -> Antony Blinken @ 2024-04-26",
                "Xi Jinping -> Antony Blinken @ -",
            ],
        ),
        (
            // Two reports in one sentence keep their own dates (regression:
            // the flashback's date once went to the host's meeting).
            "2023-09-04",
            "Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Monday, their first meeting since they met in Astana in October last year.",
            &[
                "Vladimir Putin -> Recep Tayyip Erdogan @ 2023-09-04",
                "Vladimir Putin -> Recep Tayyip Erdogan @ 2022-10",
            ],
        ),
        (
            "2023-09-04",
            "Erdogan hosted Putin in Ankara. They met again in Astana in October last year.",
            &[
                "Recep Tayyip Erdogan -> Vladimir Putin @ -",
                "Recep Tayyip Erdogan -> Vladimir Putin @ 2022-10",
            ],
        ),
    ]);
}

#[test]
fn plural_offices() {
    check(&[
        (
            "2024-07-26",
            "Chinese and Russian Foreign Ministers Wang Yi and Sergei Lavrov held talks in Vientiane on Thursday.",
            &["Wang Yi -> Sergey Lavrov @ 2024-07-25"],
        ),
        (
            "2024-07-26",
            "The foreign ministers of Japan and South Korea met in Tokyo on Thursday.",
            &["Foreign Minister of Japan -> Foreign Minister of South Korea @ 2024-07-25"],
        ),
    ]);
}

#[test]
fn counterparts_and_offices() {
    check(&[
        (
            "2024-04-12",
            "US Secretary of State Antony Blinken spoke over the past day to his Chinese, Turkish and Saudi counterparts.",
            &[
                "Antony Blinken -> Foreign Minister of China @ 2024-04-11",
                "Antony Blinken -> Foreign Minister of Turkey @ 2024-04-11",
                "Antony Blinken -> Foreign Minister of Saudi Arabia @ 2024-04-11",
            ],
        ),
        (
            // The holder named in the same document stands for the office.
            "2023-09-01",
            "Turkish Foreign Minister Hakan Fidan arrived in Moscow. Russian Foreign Minister Sergey Lavrov met his Turkish counterpart on Thursday.",
            &["Sergey Lavrov -> Hakan Fidan @ 2023-08-31"],
        ),
        (
            "2024-04-16",
            "Israel Defense Minister Yoav Gallant told his U.S. counterpart, Defense Secretary Lloyd Austin, that a response was coming.",
            &["Yoav Gallant -> Lloyd Austin @ -"],
        ),
    ]);
}

#[test]
fn negated_planned_and_denied_contacts_yield_nothing() {
    check(&[
        (
            "2024-06-14",
            "Erdogan will speak with Putin next week.",
            &[],
        ),
        (
            "2024-06-14",
            "Chancellor Olaf Scholz has not spoken to Putin since December 2022.",
            &[],
        ),
        (
            "2024-06-14",
            "President Vladimir Putin has no plans to meet President Emmanuel Macron.",
            &[],
        ),
        (
            "2024-06-14",
            "The Kremlin denied that Putin spoke with Donald Trump.",
            &[],
        ),
        (
            "2024-06-14",
            "Prime Minister Narendra Modi is expected to meet President Xi Jinping at the summit.",
            &[],
        ),
        (
            "2024-06-14",
            "China and Iran have not had a diplomatic exchange since April.",
            &[],
        ),
        (
            "2024-06-14",
            "If Zelenskyy met Putin, the war could end.",
            &[],
        ),
        (
            "2024-06-14",
            "Kremlin spokesman Dmitry Peskov told reporters that no call had been arranged.",
            &[],
        ),
        (
            "2024-06-14",
            "Putin told Russians in a televised address that victory was near.",
            &[],
        ),
        (
            "2024-06-14",
            "Japan met South Korea in the World Baseball Classic on Friday.",
            &[],
        ),
        (
            "2024-06-14",
            "The European Chamber of Commerce urged Beijing to open its markets.",
            &[],
        ),
        (
            "2024-06-14",
            "A U.S. official told Reuters on Monday that the talks had stalled.",
            &[],
        ),
        (
            "2024-06-14",
            "Lula and Xi Jinping plan to meet in Beijing next month.",
            &[],
        ),
        ("2024-06-14", "Talks between Putin and Zelenskyy will take place in Istanbul.", &[]),
        ("2024-06-14", "A report that Trump had called Putin was false, the Kremlin said.", &[]),
        ("2024-06-14", "Erdogan called for talks with Putin to end the war.", &[]),
        ("2024-06-14", "India met Pakistan in the Asia Cup on Sunday.", &[]),
        (
            "2024-06-14",
            "Blinken flew to Riyadh ahead of a meeting with Saudi Crown Prince Mohammed bin Salman.",
            &[],
        ),
    ]);
}

#[test]
fn dates_of_the_event_not_of_the_report() {
    check(&[
        (
            // The reporting verb's date is not the call's.
            "2024-04-12",
            "Antony Blinken had a phone call with Wang Yi, the Chinese foreign ministry said on Friday.",
            &["Antony Blinken -> Wang Yi @ -"],
        ),
        (
            "2024-04-16",
            "Speaking on Sunday, Yoav Gallant reportedly told Lloyd Austin that the response would be measured.",
            &["Yoav Gallant -> Lloyd Austin @ 2024-04-14"],
        ),
        (
            "2024-04-12",
            "The U.S. asked China in January to press Iran.",
            &["United States -> China @ 2024-01"],
        ),
        (
            "2023-11-16",
            "Joe Biden and Xi Jinping met in Bali in November last year.",
            &["Joe Biden -> Xi Jinping @ 2022-11"],
        ),
        (
            // A date right after the trigger; "today" in a readout quoted
            // with its own day.
            "2025-02-20",
            "The Saudi foreign ministry said on Monday: “Prince Faisal bin Farhan received a telephone call today from Iranian Foreign Minister Abbas Araghchi.”",
            &["Abbas Araghchi -> Faisal bin Farhan @ 2025-02-17"],
        ),
        (
            "2025-02-20",
            "Sergei Lavrov arrived in Riyadh on Monday. He met Marco Rubio the next day at Diriyah Palace.",
            &["Sergey Lavrov -> Marco Rubio @ 2025-02-18"],
        ),
        (
            "2024-10-25",
            "Narendra Modi held talks with Xi Jinping in Kazan hours before the BRICS summit closed on Wednesday.",
            &["Narendra Modi -> Xi Jinping @ 2024-10-23"],
        ),
        (
            "2025-03-01",
            "Crown Prince Mohammed bin Salman received Emmanuel Macron in Riyadh in mid-January.",
            &["Mohammed bin Salman -> Emmanuel Macron @ 2025-01"],
        ),
    ]);
}

#[test]
fn quoted_first_person_is_the_speaker() {
    check(&[(
        "2024-04-12",
        "“As I told Prime Minister Netanyahu, our support is firm,” US President Joe Biden said.",
        // The surname alone: the people lexicon knows the full name.
        &["Joe Biden -> Benjamin Netanyahu @ -"],
    )]);
}

#[test]
fn roles_from_titles_and_appositions() {
    let e = extract(
        "2024-04-12",
        "State Department spokesman Matthew Miller spoke. Jean Dupont, a senior research fellow at the Middle East Institute, told the BBC.",
    );
    let lex = &super::util::extractor().lexicon;
    let roles: Vec<String> = e
        .roles
        .iter()
        .map(|r| {
            format!(
                "{} / {} / {}",
                e.actors.get(r.person).label,
                lex.titles[r.title].label,
                r.of.map(|o| e.actors.get(o).label.clone())
                    .unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        roles,
        vec![
            "Matthew Miller / Spokesperson / State Department",
            "Jean Dupont / Senior Research Fellow / Middle East Institute"
        ]
    );
}

#[test]
fn statements_with_speakers_before_and_after() {
    let text = "“We want this war to end through talks,” South African President Cyril Ramaphosa said on Saturday. \
                Volodymyr Zelenskyy wrote on X: “Peace cannot be a reward for aggression.” \
                “Short,” Ramaphosa said. \
                “The talks were useful and frank,” the Kremlin said. \
                Yoav Gallant posted on X, echoing the words of Joe Biden that “our commitment is ironclad and firm.”";
    let e = extract("2023-06-18", text);
    let got: Vec<(String, String, Option<String>)> = e
        .statements
        .iter()
        .map(|s| {
            (
                e.actors.get(s.speaker).label.clone(),
                s.quote_text(text),
                s.medium.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Cyril Ramaphosa".to_string(),
                "We want this war to end through talks".to_string(),
                None
            ),
            (
                "Volodymyr Zelenskyy".to_string(),
                "Peace cannot be a reward for aggression.".to_string(),
                Some("post on X".to_string())
            ),
            (
                "Russia".to_string(),
                "The talks were useful and frank".to_string(),
                None
            ),
            (
                "Joe Biden".to_string(),
                "our commitment is ironclad and firm.".to_string(),
                Some("post on X".to_string())
            ),
        ]
    );
    assert_eq!(
        e.statements[0].date.map(|d| d.lexical()).as_deref(),
        Some("2023-06-17")
    );
}

#[test]
fn possessive_initiators_of_nominal_contacts() {
    check(&[
        (
            // "Oval Office" before "meeting" is a modifier, not a name.
            "2025-03-11",
            "It was his first trip since Zelenskiy's disastrous Oval Office meeting with U.S. President Donald Trump on Feb. 28.",
            &["Volodymyr Zelenskyy -> Donald Trump @ 2025-02-28"],
        ),
        (
            // Two titles, one person.
            "2025-05-11",
            "Wang Yi spoke with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar on Saturday.",
            &["Wang Yi -> Ishaq Dar @ 2025-05-10"],
        ),
        (
            "2025-08-12",
            "Modi's phone call with Lula on Thursday lasted an hour.",
            &["Narendra Modi -> Luiz Inacio Lula da Silva @ 2025-08-07"],
        ),
    ]);
}

#[test]
fn places_and_companions_around_the_subject() {
    check(&[
        (
            // A place after "from" starts no list; ", together with ...,"
            // calls too.
            "2025-05-17",
            "From Tirana, Zelenskiy and Emmanuel Macron, together with the leaders of Britain and Poland, spoke by phone with Donald Trump late on Friday.",
            &[
                "Volodymyr Zelenskyy -> Donald Trump @ 2025-05-16",
                "Emmanuel Macron -> Donald Trump @ 2025-05-16",
                "Prime Minister of United Kingdom -> Donald Trump @ 2025-05-16",
                "Prime Minister of Poland -> Donald Trump @ 2025-05-16",
            ],
        ),
        (
            // A colon opens a clause of its own: the region before it is
            // not the subject of the verbs after "and".
            "2023-12-08",
            "Both Gulf states have kept doors open: Crown Prince Mohammed bin Salman hosted Volodymyr Zelensky in Jeddah in May, and met Ebrahim Raisi in Riyadh in November.",
            &[
                "Mohammed bin Salman -> Volodymyr Zelenskyy @ 2023-05",
                "Mohammed bin Salman -> Ebrahim Raisi @ 2023-11",
            ],
        ),
        (
            // The place where someone speaks is no party.
            "2025-02-19",
            "Zelenskiy, speaking in Ankara after talks with Erdogan on Tuesday, said Kyiv would not accept the deal.",
            &["Volodymyr Zelenskyy -> Recep Tayyip Erdogan @ 2025-02-18"],
        ),
    ]);
}

#[test]
fn relative_clauses_carry_their_antecedent() {
    check(&[
        (
            "2025-05-16",
            "President Volodymyr Zelenskiy, who flew to Ankara on Thursday and held talks there with President Tayyip Erdogan, said he was ready.",
            &["Volodymyr Zelenskyy -> Recep Tayyip Erdogan @ 2025-05-15"],
        ),
        (
            "2025-08-12",
            "The minister thanked Celso Amorim, who met Wang Yi in Beijing in May, for his work.",
            &["Celso Amorim -> Wang Yi @ 2025-05"],
        ),
        (
            "2025-03-11",
            "Crown Prince Mohammed bin Salman, who met separately with Marco Rubio on Monday, did not attend.",
            &["Mohammed bin Salman -> Marco Rubio @ 2025-03-10"],
        ),
    ]);
}

#[test]
fn a_delegation_is_its_members() {
    check(&[
        (
            // Members named after the delegation is first mentioned, then
            // "the delegation" again.
            "2025-03-14",
            "A delegation of Gulf envoys met Sergei Lavrov in Moscow on Thursday. \
             Saudi Foreign Minister Faisal bin Farhan led the delegation, which included Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. \
             On Friday the delegation held talks with Volodymyr Zelenskyy in Kyiv.",
            &[
                "Faisal bin Farhan -> Sergey Lavrov @ 2025-03-13",
                "Mohammed bin Abdulrahman Al Thani -> Sergey Lavrov @ 2025-03-13",
                "Faisal bin Farhan -> Volodymyr Zelenskyy @ 2025-03-14",
                "Mohammed bin Abdulrahman Al Thani -> Volodymyr Zelenskyy @ 2025-03-14",
            ],
        ),
        (
            "2025-02-19",
            "A U.S. delegation led by Marco Rubio arrived in Riyadh on Monday. The visiting delegation met Sergei Lavrov on Tuesday.",
            &["Marco Rubio -> Sergey Lavrov @ 2025-02-18"],
        ),
        (
            // No delegation named: "the leaders" are the story's pair.
            "2024-07-09",
            "Narendra Modi held talks with Vladimir Putin in Moscow on Tuesday. The leaders had last met in Samarkand in September 2022.",
            &[
                "Narendra Modi -> Vladimir Putin @ 2024-07-09",
                "Narendra Modi -> Vladimir Putin @ 2022-09",
            ],
        ),
        (
            // A king known by title and given name.
            "2024-05-02",
            "Jordan's King Abdullah met King Salman in Jeddah on Wednesday.",
            &["Abdullah II -> Salman bin Abdulaziz @ 2024-05-01"],
        ),
        (
            // Nobody named: no members, no contact.
            "2025-02-19",
            "An Iranian delegation met Rafael Grossi in Vienna on Tuesday.",
            &[],
        ),
    ]);
}

fn statements_of(date: &str, text: &str) -> Vec<(String, String)> {
    let e = extract(date, text);
    e.statements
        .iter()
        .map(|s| (e.actors.get(s.speaker).label.clone(), s.quote_text(text)))
        .collect()
}

#[test]
fn a_quotation_continued_is_one_statement() {
    let text = "“Dialogue is the only way out of this crisis,” Brazil’s foreign ministry said of the talks.                 “Brazil stands ready to help both sides return to the table.”                 Lula da Silva spoke to reporters in Brasilia.                 “We are not taking sides in this war,” Lula said, “we are taking the side of peace.”";
    assert_eq!(
        statements_of("2023-04-20", text),
        vec![
            (
                "Brazil".to_string(),
                "Dialogue is the only way out of this crisis Brazil stands ready to help both sides return to the table.".to_string()
            ),
            (
                "Luiz Inacio Lula da Silva".to_string(),
                "We are not taking sides in this war we are taking the side of peace.".to_string()
            ),
        ]
    );
}

#[test]
fn narrated_fragments_and_unnamed_reporters_are_no_statements() {
    // A quoted predicate narrates what someone did; an official who is
    // not named reports what the minister said; neither is a statement.
    let text = "Wang “urged [the US side] to stop interfering in the internal affairs of China,” the ministry said.                 The two sides also discussed “practical steps toward a durable ceasefire in the region.”                 A diplomat who attended the talks said Jaishankar stressed that “terrorism can never be justified by anyone.”                 Peskov dismissed a newspaper report that Trump had called Putin last week.                 “This report is pure fiction from start to finish,” he said.";
    assert_eq!(
        statements_of("2024-03-02", text),
        vec![(
            "Dmitry Peskov".to_string(),
            "This report is pure fiction from start to finish".to_string()
        )]
    );
}

#[test]
fn events_with_agents_and_attribution() {
    let e = extract(
        "2024-04-12",
        "Iran vowed to answer an attack attributed to Israel on its consulate in Damascus on April 1.",
    );
    let attack = e
        .events
        .iter()
        .find(|ev| ev.event_type == "attack")
        .expect("an attack");
    assert_eq!(e.actors.get(attack.agent.unwrap()).label, "Israel");
    assert!(attack.attributed);
    assert_eq!(
        attack.date.map(|d| d.lexical()).as_deref(),
        Some("2024-04-01")
    );
}

#[test]
fn every_fact_points_into_its_sentence() {
    let text = "On Wednesday, Antony Blinken spoke with Yoav Gallant. “We stand together with our friends,” Gallant said.";
    let e = extract("2024-04-11", text);
    for c in &e.contacts {
        assert!(c.evidence.sentence.start <= c.evidence.anchor.start);
        assert!(c.evidence.anchor.end <= c.evidence.sentence.end);
        assert!(c.evidence.anchor.text(text).contains("spoke with"));
    }
    assert_eq!(e.contacts.len(), 1);
    assert_eq!(e.statements.len(), 1);
}

#[test]
fn undated_contacts_take_the_day_the_story_is_at() {
    let text = "WOODSIDE, California, Nov 16 (Harbor News Service) - For four hours on Wednesday the estate was closed.\n\n\
                President Joe Biden welcomed Chinese President Xi Jinping there. \
                Their first meeting was in Bali in November last year.";
    let e = extract("2023-11-16", text);
    let welcomed = &e.contacts[0];
    assert_eq!(welcomed.date, None);
    assert_eq!(
        welcomed.estimated_date.map(|d| d.lexical()).as_deref(),
        Some("2023-11-15"),
        "the lead's Wednesday, not the dateline's Nov 16"
    );
    // A flashback keeps its own date and is no estimate for others.
    assert_eq!(
        e.contacts[1].date.map(|d| d.lexical()).as_deref(),
        Some("2022-11")
    );
}

#[test]
fn a_fathers_name_is_no_surname() {
    let e = extract(
        "2022-12-10",
        "President Xi Jinping visited Riyadh in December, where he met King Salman and Crown Prince Mohammed bin Salman.",
    );
    let people: Vec<&str> = e
        .contacts
        .iter()
        .map(|c| e.actors.get(c.b))
        .filter(|a| a.kind == readout::resolve::ActorKind::Person)
        .map(|a| a.label.as_str())
        .collect();
    assert_eq!(people.len(), 2, "{people:?}");
    assert!(people.contains(&"Mohammed bin Salman"), "{people:?}");
    assert!(
        !people.iter().all(|p| *p == "Mohammed bin Salman"),
        "{people:?}"
    );
}

#[test]
fn a_generic_title_is_the_documents_one_holder() {
    check(&[(
        "2024-04-26",
        "Secretary of State Antony Blinken arrived in Shanghai. On Thursday the secretary met Chen Jining.",
        &["Antony Blinken -> Chen Jining @ 2024-04-25"],
    )]);
}

#[test]
fn constructions_found_by_an_adversarial_read() {
    check(&[
        (
            "2025-04-14",
            "Iran and the United States held indirect talks in Muscat on Saturday.",
            &["Iran -> United States @ 2025-04-12"],
        ),
        (
            "2025-03-19",
            "Congolese President Felix Tshisekedi met his Rwandan counterpart Paul Kagame in Doha on Tuesday.",
            &["Felix Tshisekedi -> Paul Kagame @ 2025-03-18"],
        ),
        (
            "2025-02-04",
            "Secretary of State Marco Rubio flew to San Salvador, where President Nayib Bukele hosted him on Monday.",
            &["Nayib Bukele -> Marco Rubio @ 2025-02-03"],
        ),
        (
            "2024-12-01",
            "Javier Milei praised Donald Trump, and recalled that the two met at Mar-a-Lago in November.",
            &["Javier Milei -> Donald Trump @ 2024-11"],
        ),
        (
            "2024-11-21",
            "Lula hosted Xi Jinping on Wednesday. The Chinese leader came from Rio, where he met Keir Starmer on Monday.",
            &[
                "Luiz Inacio Lula da Silva -> Xi Jinping @ 2024-11-20",
                "Xi Jinping -> Keir Starmer @ 2024-11-18",
            ],
        ),
        (
            "2024-11-21",
            "Photo: Ricardo Stuckert/PR\n\nXi Jinping arrived in Rio, where he met British Prime Minister Keir Starmer on Monday.",
            &["Xi Jinping -> Keir Starmer @ 2024-11-18"],
        ),
        (
            "2023-06-18",
            "During their meeting in St Petersburg, a delegation of African leaders urged Vladimir Putin on Saturday to end the war.",
            &["African leaders -> Vladimir Putin @ 2023-06-17"],
        ),
        (
            "2025-04-10",
            "The letter was delivered to Foreign Minister Abbas Araghchi in Tehran last month by Anwar Gargash.",
            &["Anwar Gargash -> Abbas Araghchi @ 2025-03"],
        ),
        (
            "2024-10-24",
            "Vladimir Putin hosted the summit in Kazan. On Wednesday the Russian leader met Iranian President Masoud Pezeshkian.",
            &["Vladimir Putin -> Masoud Pezeshkian @ 2024-10-23"],
        ),
        (
            "2025-03-19",
            "A summit between Tshisekedi and Kagame in Luanda was called off on Sunday.",
            &[],
        ),
        (
            "2024-10-25",
            "Guterres was due to meet Putin on Thursday, on his first trip to Russia in two years.",
            &[],
        ),
    ]);
}

#[test]
fn a_figure_of_speech_is_no_attack() {
    let e = extract(
        "2023-11-16",
        "Xi Jinping struck a broad note at the start of the talks.",
    );
    assert!(e.events.is_empty(), "{:?}", e.events);
    let e = extract("2023-10-08", "Hamas attacked Israel on Saturday.");
    assert_eq!(e.events.len(), 1);
}

#[test]
fn odd_text_does_not_panic() {
    let long_line = "Putin met Xi and ".repeat(400);
    let texts = [
        "",
        "\n\n\n",
        "“An opening quote that never closes, said nobody",
        "”,“,”",
        "...",
        "A.",
        "‘’'\"\"",
        "Президент Путин встретился с Си. 習近平與普京會晤。",
        "U.S.-U.K.-E.U. talks",
        "On on on on on Monday Monday.",
        "the the the President of of of",
        "His Chinese, Turkish, counterparts",
        "Sheikh",
        "Mr.",
        "— David Cameron (@David_Cameron) April 11, 2024",
        long_line.as_str(),
    ];
    for text in texts {
        let e = extract("2024-04-12", text);
        for c in &e.contacts {
            assert!(c.evidence.anchor.end <= text.len());
        }
    }
}

#[test]
fn the_two_men_are_the_latest_pair_of_the_sentence() {
    check(&[(
        "2025-02-18",
        "Biden and Xi spoke by phone last Wednesday, and Jake Sullivan held a call with Wang Yi on Saturday, during which the two men agreed to stay in touch.",
        &[
            "Jake Sullivan -> Wang Yi @ 2025-02-15",
            "Joe Biden -> Xi Jinping @ 2025-02-12",
        ],
    )]);
    // The call and what the two agreed in it are one report, a call.
    let e = extract(
        "2025-02-18",
        "Jake Sullivan held a call with Wang Yi on Saturday, during which the two men agreed to stay in touch.",
    );
    assert_eq!(e.contacts.len(), 1);
    assert_eq!(e.contacts[0].mode, readout::lexicon::ContactMode::Call);
}

#[test]
fn talks_between_the_countries() {
    check(&[
        (
            "2025-02-19",
            "The talks between the United States and Russia in Riyadh on Tuesday were the first in three years.",
            &["United States -> Russia @ 2025-02-18"],
        ),
        (
            "2025-03-19",
            "The rebels pulled out of talks with the Kinshasa government on Tuesday.",
            &[],
        ),
        (
            "2025-03-19",
            "Kinshasa walked out of the talks with the rebels on Tuesday.",
            &[],
        ),
    ]);
}

#[test]
fn a_countrys_leader_is_the_office_news_means() {
    check(&[
        (
            "2025-02-18",
            "PARIS - Macron hosted the leaders of Germany, Britain and Poland at the Elysee on Monday.",
            &[
                "Emmanuel Macron -> Chancellor of Germany @ 2025-02-17",
                "Emmanuel Macron -> Prime Minister of United Kingdom @ 2025-02-17",
                "Emmanuel Macron -> Prime Minister of Poland @ 2025-02-17",
            ],
        ),
        (
            "2024-11-19",
            "Xi Jinping met the Brazilian and Indian leaders in Rio de Janeiro on Monday.",
            &[
                "Xi Jinping -> President of Brazil @ 2024-11-18",
                "Xi Jinping -> Prime Minister of India @ 2024-11-18",
            ],
        ),
        // A leader the document names is the person, not the office.
        (
            "2024-11-19",
            "Xi Jinping met Lula on Monday. Later he spoke with the Brazilian leader again.",
            &[
                "Xi Jinping -> Luiz Inacio Lula da Silva @ 2024-11-18",
                "Xi Jinping -> Luiz Inacio Lula da Silva @ -",
            ],
        ),
    ]);
}

#[test]
fn companions_act_with_the_subject_and_joint_callers_not_with_each_other() {
    check(&[
        (
            "2025-05-17",
            "Zelenskiy, together with the leaders of Britain and Poland, spoke by phone with Donald Trump on Friday.",
            &[
                "Volodymyr Zelenskyy -> Donald Trump @ 2025-05-16",
                "Prime Minister of United Kingdom -> Donald Trump @ 2025-05-16",
                "Prime Minister of Poland -> Donald Trump @ 2025-05-16",
            ],
        ),
        (
            "2025-05-17",
            "Zelenskiy and Emmanuel Macron spoke by phone with Donald Trump on Friday.",
            &[
                "Volodymyr Zelenskyy -> Donald Trump @ 2025-05-16",
                "Emmanuel Macron -> Donald Trump @ 2025-05-16",
            ],
        ),
        (
            "2025-04-13",
            "Iran and the United States held talks in Muscat on Saturday, with Oman's Badr Albusaidi carrying messages between them.",
            &[
                "Iran -> Badr Albusaidi @ 2025-04-12",
                "United States -> Badr Albusaidi @ 2025-04-12",
                "Iran -> United States @ 2025-04-12",
            ],
        ),
    ]);
}

#[test]
fn a_relative_clause_reports_its_own_contact() {
    check(&[(
        "2025-05-09",
        "Marco Rubio, who had spoken separately with Jaishankar and with Shehbaz Sharif on April 30, called both men again on Thursday.",
        &[
            "Marco Rubio -> Subrahmanyam Jaishankar @ 2025-05-08",
            "Marco Rubio -> Shehbaz Sharif @ 2025-05-08",
            "Marco Rubio -> Subrahmanyam Jaishankar @ 2025-04-30",
            "Marco Rubio -> Shehbaz Sharif @ 2025-04-30",
        ],
    )]);
}

#[test]
fn dates_in_the_verbs_clause_and_in_quoted_readouts() {
    check(&[
        (
            "2025-02-04",
            "Rubio had been in Panama City on Sunday for talks with President Jose Raul Mulino.",
            &["Marco Rubio -> Jose Raul Mulino @ 2025-02-02"],
        ),
        (
            // A readout quoted whole: its "today" is the story's day.
            "2025-02-04",
            "MEXICO CITY - Sheinbaum won a pause in a call with Trump on Monday.\n\n\
             The presidency released a statement that read:\n\n\
             \"Today President Claudia Sheinbaum held a conversation with President Donald Trump. Tariffs are paused.\"",
            &[
                "Claudia Sheinbaum -> Donald Trump @ 2025-02-03",
                "Claudia Sheinbaum -> Donald Trump @ 2025-02-03",
            ],
        ),
    ]);
}

#[test]
fn public_words_and_handovers_are_no_contact() {
    check(&[
        (
            "2025-05-11",
            "Pakistan's Prime Minister Shehbaz Sharif thanked Trump in a post on X for his role.",
            &[],
        ),
        (
            "2025-07-04",
            "Milei handed the bloc's rotating presidency to Brazil at the end of the session.",
            &[],
        ),
        (
            "2025-07-04",
            "Eighteen months on, Milei and Lula have yet to hold a one-on-one meeting.",
            &[],
        ),
        // A message handed over is one.
        (
            "2024-03-20",
            "The Iranian ambassador handed a letter from Raisi to Putin on Tuesday.",
            &["Ebrahim Raisi -> Vladimir Putin @ 2024-03-19"],
        ),
    ]);
}

#[test]
fn teams_are_their_leaders_and_short_names_the_person_named_so_far() {
    check(&[
        (
            "2025-03-12",
            "Marco Rubio and Mike Waltz spent about eight hours with a Ukrainian delegation led by Andriy Yermak on Tuesday.",
            &[
                "Marco Rubio -> Andriy Yermak @ 2025-03-11",
                "Mike Waltz -> Andriy Yermak @ 2025-03-11",
            ],
        ),
        (
            "2025-01-16",
            "On Monday the emir, Sheikh Tamim bin Hamad Al Thani, received a Hamas delegation led by Khalil al-Hayya at Lusail Palace.",
            &["Tamim bin Hamad Al Thani -> Khalil al-Hayya @ 2025-01-13"],
        ),
        (
            // "Prince Mohammed" is the one named before, not the one after.
            "2025-03-19",
            "Crown Prince Mohammed bin Salman received Zelenskyy on March 10. Rubio had an audience with Prince Mohammed that evening. \
             In Doha, Sheikh Mohammed bin Abdulrahman Al Thani spoke to reporters.",
            &[
                "Mohammed bin Salman -> Volodymyr Zelenskyy @ 2025-03-10",
                "Marco Rubio -> Mohammed bin Salman @ 2025-03-10",
            ],
        ),
    ]);
}

#[test]
fn titles_and_subjects_in_long_sentences() {
    check(&[
        (
            // Two titles and a name in apposition; "the prime minister" is
            // the one named last before it.
            "2025-01-16",
            "Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdulrahman Al Thani, announced the deal. \
             U.S. envoy Steve Witkoff had arrived in the region. \
             On Friday, the prime minister received Witkoff in Doha, and the envoy flew on to Israel, where he met Prime Minister Benjamin Netanyahu on Saturday.",
            &[
                "Mohammed bin Abdulrahman Al Thani -> Steve Witkoff @ 2025-01-10",
                "Steve Witkoff -> Benjamin Netanyahu @ 2025-01-11",
            ],
        ),
        (
            "2025-07-31",
            "On July 30, Minister Cho Hyun paid a courtesy call on Prime Minister Shigeru Ishiba.",
            &["Cho Hyun -> Shigeru Ishiba @ 2025-07-30"],
        ),
    ]);
}

#[test]
fn participle_clauses_and_appositions_that_go_on() {
    check(&[
        (
            "2024-01-05",
            "On Sunday Dagalo was in Djibouti, briefing President Ismail Omar Guelleh.",
            &["Mohamed Hamdan Dagalo -> Ismail Omar Guelleh @ 2023-12-31"],
        ),
        (
            "2024-01-05",
            "Blinken flew to Cairo on Tuesday, meeting with President Abdel Fattah al-Sisi.",
            &["Antony Blinken -> Abdel Fattah al-Sisi @ 2024-01-02"],
        ),
        (
            // "he" is the subject of his own sentence, not the host of the
            // one before.
            "2024-01-05",
            "Mohamed Hamdan Dagalo was received by Cyril Ramaphosa in Pretoria on Thursday. \
             The previous day he had been in Nairobi, where President William Ruto hosted him.",
            &[
                "Cyril Ramaphosa -> Mohamed Hamdan Dagalo @ 2024-01-04",
                "William Ruto -> Mohamed Hamdan Dagalo @ 2024-01-03",
            ],
        ),
        (
            "2025-01-16",
            "Beside him sat Steve Witkoff, the special envoy named by Donald Trump. \
             On Friday, the envoy flew on to Israel, where he met Prime Minister Benjamin Netanyahu.",
            &["Steve Witkoff -> Benjamin Netanyahu @ 2025-01-10"],
        ),
        (
            "2025-05-11",
            "Putin spoke on television on Sunday, telling Russians the country would prevail.",
            &[],
        ),
    ]);
}

#[test]
fn a_parenthetical_about_the_subject_keeps_its_date() {
    check(&[(
        "2024-10-18",
        "Scholz, who faces an election in February, hosted Biden in Berlin on Friday.",
        &["Olaf Scholz -> Joe Biden @ 2024-10-18"],
    )]);
}

#[test]
fn days_counted_from_another_clause_and_fronted_dates() {
    check(&[
        (
            "2025-10-18",
            "Zelensky returned on August 18, three days after Trump hosted Putin at a military base in Anchorage.",
            &["Donald Trump -> Vladimir Putin @ 2025-08-15"],
        ),
        (
            "2025-10-18",
            "On Thursday, less than a day before Zelensky arrived, Putin phoned Trump.",
            &["Vladimir Putin -> Donald Trump @ 2025-10-16"],
        ),
        (
            // "him" is whom the story is about, not the last name before.
            "2025-10-18",
            "Zelensky returned on August 18, three days after Trump hosted Putin in Alaska. \
             That time Trump received him together with Keir Starmer and Mark Rutte.",
            &[
                "Donald Trump -> Vladimir Putin @ 2025-08-15",
                "Donald Trump -> Volodymyr Zelenskyy @ -",
                "Donald Trump -> Keir Starmer @ -",
                "Donald Trump -> Mark Rutte @ -",
            ],
        ),
    ]);
}

#[test]
fn calling_on_someone_and_receiving_them() {
    check(&[
        (
            "2025-08-20",
            "Chinese Foreign Minister Wang Yi called on Prime Minister Narendra Modi at his residence on Tuesday evening.",
            &["Wang Yi -> Narendra Modi @ 2025-08-19"],
        ),
        ("2025-08-20", "Erdogan called on Israel to stop the strikes.", &[]),
        (
            "2025-08-20",
            "Guterres called on both sides on Monday to show restraint.",
            &[],
        ),
        (
            "2025-06-28",
            "Therese Kayikwamba Wagner and Olivier Nduhungirehe later went to the White House, where President Donald Trump received them.",
            &[
                "Donald Trump -> Therese Kayikwamba Wagner @ -",
                "Donald Trump -> Olivier Nduhungirehe @ -",
            ],
        ),
    ]);
}

#[test]
fn engagements_and_talks_held_on_a_visit() {
    check(&[
        (
            "2025-05-11",
            "Marco Rubio said in a statement that on Friday he had engaged with Pakistani Prime Minister Shehbaz Sharif.",
            &["Marco Rubio -> Shehbaz Sharif @ 2025-05-09"],
        ),
        (
            "2025-05-09",
            "Iranian Foreign Minister Abbas Araghchi visited Islamabad on Monday, holding talks with Prime Minister Shehbaz Sharif.",
            &[
                "Abbas Araghchi -> Shehbaz Sharif @ 2025-05-05",
            ],
        ),
    ]);
}

#[test]
fn names_with_several_particles() {
    check(&[(
        "2025-08-19",
        "Trump met European Commission President Ursula von der Leyen on Monday.",
        &["Donald Trump -> Ursula von der Leyen @ 2025-08-18"],
    )]);
}

#[test]
fn attending_one_event_and_arranging_a_meeting_are_no_contact() {
    check(&[
        (
            "2025-09-02",
            "Prime Minister Narendra Modi and Pakistan's Prime Minister Shehbaz Sharif both attended the summit in Tianjin on Monday.",
            &[],
        ),
        (
            "2025-08-19",
            "Trump then wrote that he had \"begun the arrangements\" for a meeting between Putin and Zelensky.",
            &[],
        ),
        // A summit the two held is one.
        (
            "2025-09-02",
            "Xi Jinping and Narendra Modi held a summit in Tianjin on Sunday.",
            &["Xi Jinping -> Narendra Modi @ 2025-08-31"],
        ),
    ]);
}

#[test]
fn protocol_style_readouts() {
    check(&[
        (
            "2025-07-30",
            "On July 29, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a Japan-ROK Foreign Ministers' Meeting with H.E. Mr. CHO Hyun, Minister of Foreign Affairs of the Republic of Korea. \
             Minister Cho conveyed the views of President Lee Jae Myung, and Minister Iwaya thanked President Lee for his message.",
            &[
                "Takeshi Iwaya -> Cho Hyun @ 2025-07-29",
                "Takeshi Iwaya -> Lee Jae-myung @ -",
            ],
        ),
        (
            // The office first, its holder named later.
            "2025-04-29",
            "The Secretary-General spoke by phone today with the Prime Minister of Pakistan, Shehbaz Sharif, and, separately, with the Minister of External Affairs of India, Subrahmanyam Jaishankar. \
             In both calls, Secretary-General Antonio Guterres condemned the attack.",
            &[
                "Antonio Guterres -> Shehbaz Sharif @ 2025-04-29",
                "Antonio Guterres -> Subrahmanyam Jaishankar @ 2025-04-29",
            ],
        ),
    ]);
}

#[test]
fn two_clauses_joined_by_comma_and_are_no_list() {
    check(&[(
        "2025-07-30",
        "Cho Hyun conveyed the views of President Lee Jae Myung, and Takeshi Iwaya thanked President Lee for his message.",
        &["Takeshi Iwaya -> Lee Jae-myung @ -"],
    )]);
}

#[test]
fn a_pair_keeps_its_subject_across_and_and_passive_meetings() {
    check(&[
        (
            "2023-03-20",
            "Putin and Xi last met in September in Samarkand and held a video call on December 30.",
            &[
                "Vladimir Putin -> Xi Jinping @ 2022-09",
                "Vladimir Putin -> Xi Jinping @ 2022-12-30",
            ],
        ),
        (
            "2023-03-20",
            "Xi Jinping was met on the tarmac at Vnukovo airport by Deputy Prime Minister Dmitry Chernyshenko on Monday.",
            &["Dmitry Chernyshenko -> Xi Jinping @ 2023-03-20"],
        ),
        (
            "2023-04-07",
            "Prince Faisal bin Farhan Al Saud met Hossein Amir-Abdollahian on Thursday. Faisal and Amir-Abdollahian had spoken by telephone last month.",
            &[
                "Faisal bin Farhan -> Hossein Amir-Abdollahian @ 2023-04-06",
                "Faisal bin Farhan -> Hossein Amir-Abdollahian @ 2023-03",
            ],
        ),
    ]);
}

#[test]
fn an_envoy_of_a_president_of_a_country() {
    check(&[(
        "2025-08-07",
        "On August 6, Vladimir Putin received Special Envoy of the President of the United States Steven Witkoff in the Kremlin.",
        &["Vladimir Putin -> Steve Witkoff @ 2025-08-06"],
    )]);
}

#[test]
fn counterparts_of_unnamed_office_holders_and_company_in_absolute_phrases() {
    check(&[
        (
            "2025-05-11",
            "Misri said the director general of military operations of Pakistan called his Indian counterpart on Saturday.",
            &["Director General of Military Operations of Pakistan -> Director General of Military Operations of India @ 2025-05-10"],
        ),
        (
            // Countries that sign agreements are no pair that met.
            "2024-11-21",
            "Brazil and China upgraded their relations and signed 37 agreements on Wednesday.",
            &[],
        ),
        (
            "2025-08-19",
            "Last Wednesday, Merz hosted Zelensky in Berlin, and the two, with other European leaders joining online, held a video call with Trump.",
            &[
                "Friedrich Merz -> Volodymyr Zelenskyy @ 2025-08-13",
                "Friedrich Merz -> Donald Trump @ 2025-08-13",
                "Volodymyr Zelenskyy -> Donald Trump @ 2025-08-13",
            ],
        ),
    ]);
}

#[test]
fn a_passive_after_and_and_a_noun_before_the_subject() {
    check(&[
        (
            "2023-03-20",
            "Xi Jinping arrived in Moscow on Monday for a state visit, and was met at the airport by Deputy Prime Minister Dmitry Chernyshenko.",
            &["Dmitry Chernyshenko -> Xi Jinping @ 2023-03-20"],
        ),
        (
            "2025-07-04",
            "Lula attended the Mercosur meeting. After the summit he visited Cristina Fernandez de Kirchner at her apartment.",
            &["Luiz Inacio Lula da Silva -> Cristina Fernandez de Kirchner @ -"],
        ),
    ]);
}

#[test]
fn descriptions_around_names_and_sources_before_subjects() {
    check(&[
        (
            "2024-10-31",
            "Chinese Foreign Minister Wang Yi met visiting Brazilian presidential adviser Celso Amorim in Beijing on Wednesday.",
            &["Wang Yi -> Celso Amorim @ 2024-10-30"],
        ),
        (
            "2024-10-31",
            "Celso Amorim, Lula's top foreign policy adviser, met Wang Yi on Wednesday.",
            &["Celso Amorim -> Wang Yi @ 2024-10-30"],
        ),
        (
            // A source is no party.
            "2024-10-31",
            "According to the Brazilian presidency, Lula and Xi spoke for an hour on Wednesday.",
            &["Luiz Inacio Lula da Silva -> Xi Jinping @ 2024-10-30"],
        ),
        (
            "2024-10-31",
            "In a call with Lula on Wednesday, Xi said China valued the partnership.",
            &["Xi Jinping -> Luiz Inacio Lula da Silva @ 2024-10-30"],
        ),
    ]);
}

#[test]
fn joined_by_someone_in_a_parenthetical() {
    check(&[(
        "2023-08-19",
        "Fumio Kishida, Yoon Suk Yeol and Joe Biden gathered in Maryland. Kishida and Yoon, joined by Biden, held a trilateral summit at Camp David on Friday.",
        &[
            "Fumio Kishida -> Yoon Suk Yeol @ 2023-08-18",
            "Fumio Kishida -> Joe Biden @ 2023-08-18",
            "Yoon Suk Yeol -> Joe Biden @ 2023-08-18",
        ],
    )]);
}

#[test]
fn a_few_quoted_words_inside_a_report() {
    check(&[
        (
            "2025-05-14",
            "Mexican President Claudia Sheinbaum said she had a \"very good conversation\" with Donald Trump on Monday.",
            &["Claudia Sheinbaum -> Donald Trump @ 2025-05-12"],
        ),
        // A whole quotation is someone else's words.
        (
            "2025-05-14",
            "\"We will talk with Trump soon,\" Sheinbaum said on Monday.",
            &[],
        ),
    ]);
}

#[test]
fn teams_of_two_states_and_event_names() {
    check(&[
        (
            "2025-05-17",
            "Russian and Ukrainian negotiators sat across the same table in Istanbul on Friday.",
            &["Russia -> Ukraine @ 2025-05-16"],
        ),
        (
            "2025-05-12",
            "U.S. and Iranian negotiators held a fourth round of talks in Muscat on Sunday.",
            &["United States -> Iran @ 2025-05-11"],
        ),
        (
            "2025-05-17",
            "Russian and Ukrainian officials have not met since 2022.",
            &[],
        ),
        (
            // An event's capitalised name is no person.
            "2025-07-30",
            "Takeshi Iwaya said Japan would work to hold the next Trilateral Summit Meeting soon, and the two ministers agreed to cooperate.",
            &[],
        ),
    ]);
}

#[test]
fn purposes_after_motion_verbs_and_widened_calls() {
    check(&[
        (
            "2023-02-21",
            "Biden welcomed Zelensky at the Mariinsky Palace on Monday. The two then walked across the square to meet Prime Minister Denys Shmyhal.",
            &[
                "Joe Biden -> Volodymyr Zelenskyy @ 2023-02-20",
                "Joe Biden -> Denys Shmyhal @ -",
                "Volodymyr Zelenskyy -> Denys Shmyhal @ -",
            ],
        ),
        (
            "2024-10-10",
            "Blinken flew to Vientiane on Thursday to meet with Chinese Foreign Minister Wang Yi.",
            &["Antony Blinken -> Wang Yi @ 2024-10-10"],
        ),
        (
            "2024-06-02",
            "Halfway through the dinner Macron stepped away to telephone Benjamin Netanyahu.",
            &["Emmanuel Macron -> Benjamin Netanyahu @ -"],
        ),
        // Joining an alliance, hoping to meet, a trip still to come.
        (
            "2023-04-05",
            "Finland moved to join NATO after the invasion, and Sweden went on to join NATO too.",
            &[],
        ),
        (
            "2024-10-10",
            "Blinken flew to Vientiane hoping to meet Chinese Foreign Minister Wang Yi.",
            &[],
        ),
        (
            "2024-10-10",
            "Blinken will fly to Vientiane next week to meet Chinese Foreign Minister Wang Yi.",
            &[],
        ),
        (
            "2023-06-20",
            "Scholz phoned Macron on Monday and later widened the call to several European leaders and NATO Secretary-General Jens Stoltenberg.",
            &[
                "Olaf Scholz -> Emmanuel Macron @ 2023-06-19",
                "Olaf Scholz -> European leaders @ 2023-06-19",
                "Olaf Scholz -> Jens Stoltenberg @ 2023-06-19",
            ],
        ),
    ]);
}

#[test]
fn counterparts_beside_their_minister_and_former_titles() {
    check(&[
        (
            // The counterpart of the first of a pair; the nationality the
            // lexicon gives a minister whose country the text leaves out.
            "2025-08-19",
            "Secretary of State Marco Rubio flew in on Thursday. Russian Foreign Minister Sergei Lavrov and his American counterpart last sat down together in Kuala Lumpur in July.",
            &["Sergey Lavrov -> Marco Rubio @ 2025-07"],
        ),
        (
            // A former president holds no office now: "the Argentine
            // president" is not her.
            "2025-07-04",
            "Javier Milei spoke at the summit on Thursday. Lula later visited former president Cristina Fernandez de Kirchner at her home. \"Mercosur is no cage,\" the Argentine president told Lula on Thursday.",
            &[
                "Luiz Inacio Lula da Silva -> Cristina Fernandez de Kirchner @ -",
                "Javier Milei -> Luiz Inacio Lula da Silva @ 2025-07-03",
            ],
        ),
    ]);
}

#[test]
fn that_night_after_a_paragraph_of_background() {
    check(&[(
        "2025-03-02",
        "Orban received Fico in Budapest on Friday.\n\nThe two had first met in Bratislava in June 2023, when both were in opposition to sanctions.\n\nLater that night Orban called Putin.",
        &[
            "Viktor Orban -> Robert Fico @ 2025-02-28",
            "Viktor Orban -> Robert Fico @ 2023-06",
            "Viktor Orban -> Vladimir Putin @ 2025-02-28",
        ],
    )]);
}

#[test]
fn a_states_team_is_the_leader_the_document_names() {
    check(&[
        (
            "2022-03-29",
            "Russian and Ukrainian negotiators sat across a table in Istanbul on Tuesday. Russia's delegation was headed by Vladimir Medinsky. Ukraine's team was led by David Arakhamia. Erdogan greeted the Ukrainian delegation.",
            &[
                "Vladimir Medinsky -> David Arakhamia @ 2022-03-29",
                "Recep Tayyip Erdogan -> David Arakhamia @ -",
            ],
        ),
        (
            // Two leaders named for one side: the team stays the states.
            "2022-03-29",
            "Russian and Ukrainian negotiators sat across a table in Istanbul on Tuesday. Ukraine's team was led by David Arakhamia. Rustem Umerov led the Ukrainian delegation in later rounds.",
            &["Russia -> Ukraine @ 2022-03-29"],
        ),
    ]);
}

#[test]
fn a_report_the_document_denies_and_games_with_a_score() {
    check(&[
        (
            // The denial comes first, the report's own account after it.
            "2024-11-11",
            "The Kremlin on Monday rejected a newspaper report that Putin and U.S. President-elect Donald Trump had spoken by telephone, saying no such conversation had taken place. The newspaper reported on Sunday, citing two sources, that Trump had called Putin on Thursday from Florida. Trump did speak on Wednesday with Zelenskiy.",
            &["Donald Trump -> Volodymyr Zelenskyy @ 2024-11-06"],
        ),
        (
            // Talks called off are no denial of a meeting reported later.
            "2025-03-11",
            "Talks between Rubio and Lavrov planned for Monday were postponed. Rubio met Lavrov in Riyadh on Tuesday, Reuters reported.",
            &["Marco Rubio -> Sergey Lavrov @ 2025-03-11"],
        ),
        (
            // Without a denial, a report is a report of a contact.
            "2024-11-11",
            "The newspaper reported on Sunday, citing two sources, that Trump had called Putin on Thursday from Florida.",
            &["Donald Trump -> Vladimir Putin @ 2024-11-07"],
        ),
        (
            "2025-03-25",
            "Lula watched Milei's speech. The two sides last met in November 2023 in Rio de Janeiro, where Argentina won 1-0.",
            &[],
        ),
    ]);
}

#[test]
fn counted_groups_three_way_meetings_and_others_with_a_named_person() {
    check(&[
        (
            "2023-05-20",
            "In Hiroshima Zelensky met Rishi Sunak, Emmanuel Macron and Olaf Scholz on Saturday. Afterwards the four leaders held a call with Joe Biden.",
            &[
                "Volodymyr Zelenskyy -> Rishi Sunak @ 2023-05-20",
                "Volodymyr Zelenskyy -> Emmanuel Macron @ 2023-05-20",
                "Volodymyr Zelenskyy -> Olaf Scholz @ 2023-05-20",
                "Volodymyr Zelenskyy -> Joe Biden @ -",
                "Rishi Sunak -> Joe Biden @ -",
                "Emmanuel Macron -> Joe Biden @ -",
                "Olaf Scholz -> Joe Biden @ -",
            ],
        ),
        (
            "2025-02-19",
            "Rubio and other U.S. officials held a trilateral meeting with Faisal bin Farhan and Sergei Lavrov in Riyadh on Tuesday.",
            &[
                "Marco Rubio -> Faisal bin Farhan @ 2025-02-18",
                "Marco Rubio -> Sergey Lavrov @ 2025-02-18",
                "Faisal bin Farhan -> Sergey Lavrov @ 2025-02-18",
            ],
        ),
        (
            "2023-04-15",
            "Lula had flown to Beijing on Thursday for two days of talks with Xi Jinping. Ushakov, the aide who headed Russia's team, met Rubio. The Russian and American teams met again.",
            &[
                "Luiz Inacio Lula da Silva -> Xi Jinping @ 2023-04-13",
                "Yuri Ushakov -> Marco Rubio @ -",
                // One team with a leader named, one without: the states.
                "Russia -> United States @ -",
            ],
        ),
    ]);
}

#[test]
fn as_did_another_pair_and_a_pair_named_after_their_talks() {
    check(&[
        (
            "2024-10-02",
            "On October 1, Putin and Xi exchanged congratulatory telegrams, as did Mishustin and Li Qiang.",
            &[
                "Vladimir Putin -> Xi Jinping @ 2024-10-01",
                "Mikhail Mishustin -> Li Qiang @ 2024-10-01",
            ],
        ),
        (
            "2024-07-09",
            "Modi landed in Moscow on Monday. Before their formal talks, Modi rode with Putin in an electric car around the Novo-Ogaryovo grounds.",
            &["Narendra Modi -> Vladimir Putin @ -"],
        ),
        (
            "2024-07-09",
            "Putin and Xi met in Astana last week. Before their formal talks on Monday, Modi rode with Putin in an electric car.",
            &[
                "Vladimir Putin -> Xi Jinping @ 2024-07",
                "Narendra Modi -> Vladimir Putin @ 2024-07-08",
            ],
        ),
    ]);
}

#[test]
fn un_briefings_envoys_and_chairpersons() {
    check(&[
        (
            // "The Secretary-General" of a briefing that names Mr. Guterres
            // later; an envoy "of the Secretary-General" is not him.
            "2024-08-13",
            "The Secretary-General spoke by phone today with the President of Iran, Masoud Pezeshkian. The Special Envoy of the Secretary-General for Yemen, Hans Grundberg, is in Addis Ababa, where today he was received by the Chairperson of the African Union Commission, Moussa Faki Mahamat. Asked about Lebanon, the Spokesman said Mr. Guterres had no further calls to report.",
            &[
                "Antonio Guterres -> Masoud Pezeshkian @ 2024-08-13",
                "Moussa Faki Mahamat -> Hans Grundberg @ 2024-08-13",
            ],
        ),
    ]);
}

#[test]
fn a_contact_in_the_past_perfect_is_no_anchor_for_later_ones() {
    let text = "The talks in Geneva ended on Friday without a deal.\n\n\
                Blinken had flown to Ankara on Thursday for talks with Hakan Fidan.\n\n\
                There, on the sidelines of the gathering, Blinken met Annalena Baerbock.";
    let e = extract("2023-06-17", text);
    let met = e
        .contacts
        .iter()
        .find(|c| c.evidence.anchor.text(text).contains("met"))
        .expect("the meeting on the sidelines");
    assert_eq!(met.date, None);
    assert_eq!(
        met.estimated_date.map(|d| d.lexical()).as_deref(),
        Some("2023-06-16"),
        "the story's Friday, not the Thursday of the flashback"
    );
}

#[test]
fn ministry_readouts_eam_stacked_titles_and_honorifics() {
    check(&[
        (
            // India's own name for its foreign minister, and "H.E. Mr."
            // before a name.
            "2024-11-11",
            "External Affairs Minister Dr. S. Jaishankar is in Riyadh for two days. Today, EAM held talks with Minister of Foreign Affairs of the Kingdom of Saudi Arabia H.E. Prince Faisal bin Farhan Al Saud. On 10 November, EAM met Deputy Prime Minister and Minister of Economy and Planning of Oman H.E. Mr. Faisal Al Rawas.",
            &[
                "Subrahmanyam Jaishankar -> Faisal bin Farhan @ 2024-11-11",
                "Subrahmanyam Jaishankar -> Faisal Al Rawas @ 2024-11-10",
            ],
        ),
        (
            // An honorific before stacked titles; an aide is no role but
            // still a person; greetings passed on are a message.
            "2025-03-02",
            "Secretary Rubio met today in Jeddah with His Royal Highness Crown Prince and Prime Minister Mohammed bin Salman and with Russian Presidential Aide Yuri Ushakov. Rubio conveyed the greetings of President Trump to the Crown Prince.",
            &[
                "Marco Rubio -> Mohammed bin Salman @ 2025-03-02",
                "Marco Rubio -> Yuri Ushakov @ 2025-03-02",
                "Donald Trump -> Mohammed bin Salman @ -",
            ],
        ),
        (
            // "the Secretary-General and President X" are two people.
            "2025-02-15",
            "A meeting was held today between the Secretary-General and President William Ruto of Kenya in Addis Ababa.",
            &["Antonio Guterres -> William Ruto @ 2025-02-15"],
        ),
        (
            // A name given is no call; "People's Republic of China" is
            // China, not Taiwan.
            "2025-01-21",
            "Xi Jinping, President of the People's Republic of China, called Vladimir Putin his dear friend. Lula called Putin the aggressor's friend in 2022.",
            &[],
        ),
    ]);
}

#[test]
fn a_page_of_readouts_each_under_its_own_dateline() {
    check(&[(
        "2025-04-10",
        "READOUT\n\nAPRIL 10, 2025\n\nSecretary Rubio spoke today with Turkish Foreign Minister Hakan Fidan.\n\n---\n\nREADOUT\n\nAPRIL 8, 2025\n\nSecretary Rubio met today with Japanese Foreign Minister Takeshi Iwaya in Washington.",
        &[
            "Marco Rubio -> Hakan Fidan @ 2025-04-10",
            "Marco Rubio -> Takeshi Iwaya @ 2025-04-08",
        ],
    )]);
}

#[test]
fn a_visit_to_a_country_is_an_event_not_a_contact() {
    let text = "Chinese Foreign Minister Wang Yi wrapped up a two-day visit to New Delhi on Tuesday. He visited Islamabad on Wednesday.";
    let e = extract("2025-08-21", text);
    assert!(e.contacts.is_empty(), "{:?}", e.contacts);
    let visits: Vec<(String, String)> = e
        .events
        .iter()
        .filter(|v| v.event_type == "visit")
        .map(|v| {
            (
                e.actors.get(v.agent.unwrap()).label.clone(),
                e.actors.get(v.place.unwrap()).label.clone(),
            )
        })
        .collect();
    assert_eq!(
        visits,
        [
            ("Wang Yi".to_string(), "India".to_string()),
            ("Wang Yi".to_string(), "Pakistan".to_string())
        ]
    );
}

#[test]
fn venues_claims_answered_by_a_denial_and_talks_that_never_began() {
    check(&[
        (
            // A claim the document answers with a denial.
            "2025-04-28",
            "Trump told a magazine in an interview published on Friday that Xi had phoned him. Beijing said on Monday that Xi and Trump had not spoken recently, contradicting the claim.",
            &[],
        ),
        (
            // A city before the noun is the venue.
            "2025-03-19",
            "The Luanda talks with the rebels collapsed. The Nairobi meeting between Ruto and Museveni lasted two hours on Tuesday.",
            &["William Ruto -> Yoweri Museveni @ 2025-03-18"],
        ),
        (
            "2025-03-19",
            "Direct talks between the Congolese government and the M23 fell apart before they began on Tuesday.",
            &[],
        ),
    ]);
}

#[test]
fn a_foreign_minister_who_is_also_deputy_premier_and_dates_that_own_a_noun() {
    check(&[(
        // The office with a role decides the counterparts; "the strikes of
        // May 7" dates the strikes, not the conversation.
        "2025-05-09",
        "Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan spent Thursday on the phone. In a conversation with Wang Yi, Dar described the strikes of May 7 as a breach of sovereignty. He later held separate calls with his Iranian and Turkish counterparts.",
        &[
            "Ishaq Dar -> Wang Yi @ -",
            "Ishaq Dar -> Foreign Minister of Iran @ -",
            "Ishaq Dar -> Foreign Minister of Turkey @ -",
        ],
    )]);
}

#[test]
fn a_host_meets_each_party_and_calls_placed_to_someone() {
    check(&[
        (
            "2025-03-19",
            "President Paul Kagame of Rwanda and Congo's President Felix Tshisekedi met in Doha on Tuesday, hosted by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani. The talks were later hosted by Oman.",
            &[
                "Paul Kagame -> Felix Tshisekedi @ 2025-03-18",
                "Tamim bin Hamad Al Thani -> Paul Kagame @ 2025-03-18",
                "Tamim bin Hamad Al Thani -> Felix Tshisekedi @ 2025-03-18",
            ],
        ),
        (
            "2025-05-12",
            "General Kashif Abdullah placed a call to General Rajiv Ghai on Saturday. A second call, which Ghai put through to Abdullah on Sunday, was brief.",
            &[
                "Kashif Abdullah -> Rajiv Ghai @ 2025-05-10",
                "Rajiv Ghai -> Kashif Abdullah @ 2025-05-11",
            ],
        ),
    ]);
}

#[test]
fn groups_named_before_them_and_words_for_an_audience() {
    check(&[
        (
            "2024-11-11",
            "Putin publicly congratulated Trump on Thursday at a forum in Sochi. On Friday, Zelenskiy joined European leaders at a summit in Budapest, where he urged them to keep up their support.",
            &["Volodymyr Zelenskyy -> European leaders @ 2024-11-08"],
        ),
        (
            // A bilateral meeting is one; "bilateral port of call" is no
            // contact, nor is two hours of talks any less a meeting.
            "2025-08-24",
            "Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held more than two hours of talks in Tokyo on Saturday. Lee next flies to Washington, where he is due to meet Trump, breaking with the habit of making the United States the first bilateral port of call. Minister Wang and Minister Cho also held a bilateral meeting on Saturday.",
            &[
                "Lee Jae-myung -> Shigeru Ishiba @ 2025-08-23",
                "Wang -> Cho @ 2025-08-23",
            ],
        ),
    ]);
}

#[test]
fn titles_held_before_brought_together_and_the_first_two_words_of_a_name() {
    check(&[(
        "2025-02-28",
        "President Hassan Sheikh Mohamud welcomed Abiy Ahmed on Thursday. Relations had collapsed on January 1, 2024, when Abiy signed a memorandum of understanding in Addis Ababa with Somaliland's then leader, Muse Bihi Abdi. Turkish President Recep Tayyip Erdogan brought Abiy and Hassan Sheikh together in Ankara on December 11.",
        &[
            "Hassan Sheikh Mohamud -> Abiy Ahmed @ 2025-02-27",
            "Abiy Ahmed -> Muse Bihi Abdi @ 2024-01-01",
            "Recep Tayyip Erdogan -> Abiy Ahmed @ 2024-12-11",
            "Recep Tayyip Erdogan -> Hassan Sheikh Mohamud @ 2024-12-11",
            "Abiy Ahmed -> Hassan Sheikh Mohamud @ 2024-12-11",
        ],
    )]);
}

#[test]
fn the_year_a_story_was_at_and_greetings_that_are_someone_elses() {
    check(&[
        (
            "2025-08-24",
            "Yoon Suk Yeol travelled to Tokyo in March 2023 for a summit with Fumio Kishida. In August that year, US President Joe Biden hosted Kishida at Camp David. During Lula's state visit to China in April 2023, Xi Jinping held talks with him in Beijing on April 14.",
            &[
                "Yoon Suk Yeol -> Fumio Kishida @ 2023-03",
                "Joe Biden -> Fumio Kishida @ 2023-08",
                "Xi Jinping -> Luiz Inacio Lula da Silva @ 2023-04-14",
            ],
        ),
        (
            // The greetings are Lula's; "dialogue" as a wish is no meeting.
            "2024-05-24",
            "On Thursday, Celso Amorim conveyed President Lula's greetings to President Xi Jinping. Brazil and China share the conviction that dialogue is the only way out of conflicts.",
            &["Luiz Inacio Lula da Silva -> Xi Jinping @ 2024-05-23"],
        ),
    ]);
}

#[test]
fn a_pronoun_inside_a_relative_clause_is_the_one_who_stands_for() {
    check(&[(
        "2025-05-11",
        "On Friday, Prime Minister Shehbaz Sharif received Adel al-Jubeir, who had flown in from New Delhi, where on Thursday he had held talks with S. Jaishankar.",
        &[
            "Shehbaz Sharif -> Adel al-Jubeir @ 2025-05-09",
            "Adel al-Jubeir -> Subrahmanyam Jaishankar @ 2025-05-08",
        ],
    )]);
}

#[test]
fn ranks_after_posts_counterparts_who_call_and_briefings_inside_a_call() {
    check(&[
        (
            "2025-05-11",
            "Rubio spoke by telephone on Friday with Chief of Army Staff General Asim Munir. Earlier on Monday, Modi was met at the airport by First Deputy Prime Minister Denis Manturov.",
            &[
                "Marco Rubio -> Asim Munir @ 2025-05-09",
                "Denis Manturov -> Narendra Modi @ 2025-05-05",
            ],
        ),
        (
            // The counterpart of the one called; the briefing is the call.
            "2025-08-12",
            "Pakistani Foreign Minister Ishaq Dar said his Chinese counterpart had telephoned him on Saturday. On Friday President Lula took a call from his Russian counterpart, who briefed him on a meeting two days earlier.",
            &[
                "Foreign Minister of China -> Ishaq Dar @ 2025-08-09",
                "President of Russia -> Luiz Inacio Lula da Silva @ 2025-08-08",
            ],
        ),
        (
            // An adviser for a region is no one's office.
            "2025-04-20",
            "Massad Boulos, the senior adviser for Africa, toured the region in early April. A senior adviser for Africa met Tshisekedi.",
            &[],
        ),
    ]);
}

#[test]
fn a_named_counterpart_holds_the_same_office_and_an_adviser_of_someone_is_an_apposition() {
    let text = "Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe signed the deal on Friday. Massad Boulos, Trump's senior adviser for Africa, met Tshisekedi in Kinshasa in April.";
    let e = extract("2025-06-28", text);
    let lex = &extractor().lexicon;
    let roles: Vec<(String, String)> = e
        .roles
        .iter()
        .map(|r| {
            (
                e.actors.get(r.person).label.clone(),
                lex.titles[r.title].label.clone(),
            )
        })
        .collect();
    assert!(
        roles.contains(&("Olivier Nduhungirehe".into(), "Foreign Minister".into())),
        "{roles:?}"
    );
    let labels: Vec<String> = e
        .contacts
        .iter()
        .map(|c| format!("{} -> {}", e.actors.get(c.a).label, e.actors.get(c.b).label))
        .collect();
    assert_eq!(
        labels,
        [
            "Therese Kayikwamba Wagner -> Olivier Nduhungirehe",
            "Massad Boulos -> Felix Tshisekedi"
        ],
        "no contact for an unnamed adviser"
    );
}

#[test]
fn a_side_led_by_someone_and_a_fronted_call_before_a_main_clause() {
    check(&[
        (
            "2025-05-17",
            "The Ukrainian side was headed by Defence Minister Rustem Umerov. Moscow's delegation was led by Vladimir Medinsky. Russian and Ukrainian negotiators faced each other across a table in Istanbul on Friday.",
            &["Vladimir Medinsky -> Rustem Umerov @ 2025-05-16"],
        ),
        (
            // What follows the subject is the main clause's: "ready" there
            // makes no plan of the call.
            "2025-05-16",
            "During a phone conversation with Putin on Sunday, President Recep Tayyip Erdogan said Turkey was ready to host talks.",
            &["Recep Tayyip Erdogan -> Vladimir Putin @ 2025-05-11"],
        ),
    ]);
}

#[test]
fn who_after_a_closed_apposition_and_a_day_after_the_day_before() {
    check(&[
        (
            "2024-08-02",
            "Brazil has instead relied on Celso Amorim, Lula's chief foreign policy adviser, who was in Caracas and met Maduro on Monday.",
            &["Celso Amorim -> Nicolas Maduro @ 2024-07-29"],
        ),
        (
            "2025-06-03",
            "The first round was held on May 16. That meeting came a day after Zelensky flew to Ankara for talks with Erdogan.",
            &["Volodymyr Zelenskyy -> Recep Tayyip Erdogan @ 2025-05-15"],
        ),
    ]);
}

#[test]
fn a_name_in_apposition_to_an_object_is_no_subject_for_he() {
    check(&[(
        "2024-11-16",
        "Grossi sat down with Abbas Araghchi on Thursday and then held talks with the head of the atomic agency, Mohammad Eslami, with whom he gave a news conference. Later that day he was received by President Masoud Pezeshkian.",
        &[
            "Rafael Grossi -> Abbas Araghchi @ 2024-11-14",
            "Masoud Pezeshkian -> Rafael Grossi @ 2024-11-14",
        ],
    )]);
}

#[test]
fn adjectives_before_a_title_venues_and_agreeing_to_meet() {
    check(&[
        (
            "2024-01-04",
            "Kenyan President William Ruto hosted Sudan's paramilitary leader Mohamed Hamdan Dagalo in Nairobi on Wednesday. Putin held talks in the Kremlin with President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan on Tuesday.",
            &[
                "William Ruto -> Mohamed Hamdan Dagalo @ 2024-01-03",
                "Vladimir Putin -> Mohamed bin Zayed Al Nahyan @ 2024-01-02",
            ],
        ),
        (
            // A city before "visit" is where; agreeing to meet is a plan,
            // agreeing to press someone reports a talk.
            "2024-01-04",
            "The Nairobi visit followed talks in Addis Ababa with Abiy Ahmed. After a summit on Dec. 9, the bloc said al-Burhan and Dagalo had agreed to meet within two weeks. In a call in early December, Lula and Petro agreed to press Caracas.",
            &["Luiz Inacio Lula da Silva -> Gustavo Petro @ 2023-12"],
        ),
    ]);
}

#[test]
fn a_side_at_talks_with_a_team_a_relative_clause_negates_itself_and_bare_years() {
    check(&[
        (
            // Rubio and Waltz are one side; the team is its leader.
            "2025-03-11",
            "Marco Rubio and Mike Waltz held more than eight hours of talks with a Ukrainian team led by Andriy Yermak on Tuesday. Zelenskiy, who did not join the session, flew into Jeddah on Monday and was received that evening by Saudi Crown Prince Mohammed bin Salman.",
            &[
                "Marco Rubio -> Andriy Yermak @ 2025-03-11",
                "Mike Waltz -> Andriy Yermak @ 2025-03-11",
                "Mohammed bin Salman -> Volodymyr Zelenskyy @ 2025-03-10",
            ],
        ),
        (
            // "that year" is the year the sentence names, even as a bare
            // number.
            "2024-10-09",
            "Iwaya cited the 1998 declaration that Kim Dae-jung and Keizo Obuchi signed in October of that year.",
            &["Kim Dae-jung -> Keizo Obuchi @ 1998-10"],
        ),
    ]);
}

#[test]
fn the_head_of_a_body_named_by_the_body_is_the_person() {
    check(&[
        (
            // "IAEA chief" and "IAEA Director General" name Grossi, not
            // the agency, on either side of the verb.
            "2025-03-05",
            "The head of Iran's Atomic Energy Organization, Mohammad Eslami, met IAEA chief Rafael Grossi in Tehran on Wednesday. NATO chief Mark Rutte met Zelensky in Kyiv on Monday. Araghchi later met IAEA Director General Rafael Grossi.",
            &[
                "Mohammad Eslami -> Rafael Grossi @ 2025-03-05",
                "Mark Rutte -> Volodymyr Zelenskyy @ 2025-03-03",
                "Abbas Araghchi -> Rafael Grossi @ -",
            ],
        ),
        (
            // "chief" before another title only ranks it.
            "2024-07-30",
            "Celso Amorim, Lula's chief foreign policy adviser, met Maduro in Caracas on Monday.",
            &["Celso Amorim -> Nicolas Maduro @ 2024-07-29"],
        ),
    ]);
}

#[test]
fn a_guest_a_visitor_and_an_unnamed_office_holder_as_him() {
    check(&[
        (
            "2025-03-05",
            "Armenian Foreign Minister Ararat Mirzoyan arrived in Tbilisi on Tuesday. Georgian Prime Minister Irakli Kobakhidze welcomed his guest at the government chancellery.",
            &["Irakli Kobakhidze -> Ararat Mirzoyan @ -"],
        ),
        (
            // An office holder the story never names is still the one
            // "the visitor" and "him" stand for.
            "2025-03-05",
            "The Kazakh foreign minister flew to Tashkent on Monday. Mirziyoyev received the visitor at his residence.",
            &["Shavkat Mirziyoyev -> Foreign Minister of Kazakhstan @ -"],
        ),
        (
            // An apposition closed after a bracketed short form.
            "2024-11-16",
            "Grossi, director general of the International Atomic Energy Agency (IAEA), sat down with Foreign Minister Abbas Araghchi on Thursday morning. Later that day he was received by President Masoud Pezeshkian.",
            &[
                "Rafael Grossi -> Abbas Araghchi @ 2024-11-14",
                "Masoud Pezeshkian -> Rafael Grossi @ 2024-11-14",
            ],
        ),
    ]);
}

#[test]
fn the_one_told_is_not_the_speaker_of_what_follows() {
    // "his guest" is an actor now; the words after "adding that" are
    // still Jaishankar's, and a statement of their own.
    let text = "Araghchi held talks with Jaishankar on Thursday. “Our response was targeted and measured. It is not our intention,” Jaishankar told his guest, adding that any attack on India would draw “a very, very firm response.”";
    assert_eq!(
        statements_of("2025-05-09", text),
        vec![
            (
                "Subrahmanyam Jaishankar".to_string(),
                "Our response was targeted and measured. It is not our intention".to_string()
            ),
            (
                "Subrahmanyam Jaishankar".to_string(),
                "a very, very firm response.".to_string()
            ),
        ]
    );
}

#[test]
fn hosted_talks_attended_and_the_two_men_of_the_sentence_before() {
    check(&[
        (
            // Attending talks someone hosted is meeting there; attending
            // a summit is not.
            "2025-07-30",
            "Thai Prime Minister Paetongtarn Shinawatra and Cambodian Prime Minister Hun Manet attended talks hosted by Anwar Ibrahim in Putrajaya on Monday. Lula and Modi both attended the BRICS summit in Rio on July 6.",
            &[
                "Paetongtarn Shinawatra -> Hun Manet @ 2025-07-28",
                "Anwar Ibrahim -> Paetongtarn Shinawatra @ 2025-07-28",
                "Anwar Ibrahim -> Hun Manet @ 2025-07-28",
            ],
        ),
        (
            // "The two men" are the two people the sentence before named,
            // not the pair of an older contact.
            "2025-07-05",
            "Trump spoke with Sheinbaum by phone on Monday. At the summit on Thursday, Javier Milei handed the rotating presidency to Lula. The two men shook hands for the cameras.",
            &[
                "Donald Trump -> Claudia Sheinbaum @ 2025-06-30",
                "Javier Milei -> Luiz Inacio Lula da Silva @ -",
            ],
        ),
    ]);
}

#[test]
fn counterparts_from_countries_fronted_calls_and_letters_and_a_separate_one() {
    check(&[
        (
            "2025-06-10",
            "Ukrainian Foreign Minister Andrii Sybiha held phone calls on Tuesday with his counterparts from France, Germany and Poland.",
            &[
                "Andrii Sybiha -> Foreign Minister of France @ 2025-06-10",
                "Andrii Sybiha -> Foreign Minister of Germany @ 2025-06-10",
                "Andrii Sybiha -> Foreign Minister of Poland @ 2025-06-10",
            ],
        ),
        (
            // "him" is the one the fronted phrase named, not someone of
            // the sentence before.
            "2025-06-10",
            "Ukrainian Foreign Minister Andrii Sybiha flew to Ankara. Speaking by phone with Erdogan on Sunday, Putin thanked him for mediating the exchange.",
            &["Vladimir Putin -> Recep Tayyip Erdogan @ 2025-06-08"],
        ),
        (
            "2025-06-10",
            "In a letter to Guterres dated March 3, Araghchi warned against new sanctions. The Yemen envoy Hans Grundberg met the Houthi negotiator Mohammed Abdulsalam in Muscat on Monday.",
            &[
                "Abbas Araghchi -> Antonio Guterres @ 2025-03-03",
                "Hans Grundberg -> Mohammed Abdulsalam @ 2025-06-09",
            ],
        ),
        (
            "2025-06-10",
            "Erdogan held a meeting with Aliyev, then a separate one with Pashinyan, on Monday.",
            &[
                "Recep Tayyip Erdogan -> Ilham Aliyev @ 2025-06-09",
                "Recep Tayyip Erdogan -> Nikol Pashinyan @ 2025-06-09",
            ],
        ),
    ]);
}

#[test]
fn fronted_phrases_after_a_contact_name_its_subject() {
    check(&[(
        "2025-06-10",
        "After meeting Xi Jinping in Beijing on Friday, Lula told reporters the visit had been productive. Following talks with Sergei Lavrov in Moscow on Monday, Wang Yi said ties were strong. Welcoming Maduro to the Kremlin on Wednesday, Putin praised the partnership. Ramaphosa's talks on Monday with Tshisekedi covered security.",
        &[
            "Luiz Inacio Lula da Silva -> Xi Jinping @ 2025-06-06",
            "Wang Yi -> Sergey Lavrov @ 2025-06-09",
            "Vladimir Putin -> Nicolas Maduro @ 2025-06-04",
            "Cyril Ramaphosa -> Felix Tshisekedi @ 2025-06-09",
        ],
    )]);
}

#[test]
fn a_weekday_before_a_date_is_that_date() {
    check(&[(
        "2025-07-30",
        "Erdogan hosted Zelensky in Ankara on Thursday 6 March. Anwar spoke with Hun Manet on Thursday, July 24.",
        &[
            "Recep Tayyip Erdogan -> Volodymyr Zelenskyy @ 2025-03-06",
            "Anwar Ibrahim -> Hun Manet @ 2025-07-24",
        ],
    )]);
}

#[test]
fn a_shared_subject_passes_on_a_letter_and_him_is_the_object_before() {
    check(&[
        (
            "2025-04-13",
            "Anwar Gargash, diplomatic adviser to the UAE president, flew to Tehran and handed the letter to Araghchi on March 12. Sharif also expressed gratitude to China in a televised address.",
            &["Anwar Gargash -> Abbas Araghchi @ 2025-03-12"],
        ),
        (
            // "him" is not the subject of the verb before it: here the
            // one summoned; in "Putin, who hosted him", not Putin.
            "2025-05-10",
            "The Saudi foreign minister telephoned Jaishankar last month. New Delhi also summoned Pakistan's charge d'affaires, Saad Ahmad Warraich, and handed him a note. On Thursday it was Raisi's turn to visit Putin, who hosted him in the Kremlin.",
            &[
                "Foreign Minister of Saudi Arabia -> Subrahmanyam Jaishankar @ 2025-04",
                "India -> Saad Ahmad Warraich @ -",
                "Vladimir Putin -> Ebrahim Raisi @ 2025-05-08",
            ],
        ),
    ]);
}

#[test]
fn separate_meetings_and_they_who_cannot_be_those_they_met() {
    check(&[
        (
            // Each met the three leaders, not each other; the second
            // party is past a phrase between commas.
            "2023-10-27",
            "The leaders of France, Germany and Italy sat down on Thursday evening with Serbian President Aleksandar Vucic and, in a separate room an hour later, with Kosovo Prime Minister Albin Kurti. Vucic and Kurti held separate meetings with Josep Borrell.",
            &[
                "President of France -> Aleksandar Vucic @ 2023-10-26",
                "President of France -> Albin Kurti @ 2023-10-26",
                "Chancellor of Germany -> Aleksandar Vucic @ 2023-10-26",
                "Chancellor of Germany -> Albin Kurti @ 2023-10-26",
                "Prime Minister of Italy -> Aleksandar Vucic @ 2023-10-26",
                "Prime Minister of Italy -> Albin Kurti @ 2023-10-26",
                "Aleksandar Vucic -> Josep Borrell @ -",
                "Albin Kurti -> Josep Borrell @ -",
            ],
        ),
        (
            // "They" would stand for the two they met: someone else.
            "2023-10-27",
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti were asked to compromise. They met Vucic and Kurti in turn last Saturday.",
            &[],
        ),
        (
            "2024-12-20",
            "Turkish President Recep Tayyip Erdogan brought Abiy Ahmed and Hassan Sheikh Mohamud together in Ankara on December 11.",
            &[
                "Recep Tayyip Erdogan -> Abiy Ahmed @ 2024-12-11",
                "Recep Tayyip Erdogan -> Hassan Sheikh Mohamud @ 2024-12-11",
                "Abiy Ahmed -> Hassan Sheikh Mohamud @ 2024-12-11",
            ],
        ),
    ]);
}

#[test]
fn the_date_under_an_embedded_post_is_the_posts_and_received_in_the_perfect() {
    check(&[(
        "2025-08-12",
        "Modi spoke by telephone with Zelensky on Monday evening.\n\nNarendra Modi (@narendramodi): Spoke with President @ZelenskyyUa today. India stands ready to help.\n\n11 Aug 2025\n\nThe call came three days after Putin himself rang Modi. On Thursday, Ajit Doval had been received by Putin at the Kremlin.",
        &[
            "Narendra Modi -> Volodymyr Zelenskyy @ 2025-08-11",
            "Vladimir Putin -> Narendra Modi @ 2025-08-08",
            "Vladimir Putin -> Ajit Doval @ 2025-08-07",
        ],
    )]);
}

#[test]
fn with_both_of_a_pair_and_negotiations_someone_planned_to_host() {
    check(&[(
        "2025-03-19",
        "Ramaphosa said that he had spoken with both Kagame and Tshisekedi by phone about the fighting. Angola had planned to host the first direct negotiations between Kinshasa and M23 on Tuesday.",
        &[
            "Cyril Ramaphosa -> Paul Kagame @ -",
            "Cyril Ramaphosa -> Felix Tshisekedi @ -",
        ],
    )]);
}

#[test]
fn a_light_verb_after_and_an_apposition_before_who_and_hours_earlier() {
    check(&[
        (
            "2025-07-13",
            "Lavrov had arrived in Wonsan on Friday and held a first round of talks the same day with his North Korean counterpart, Choe Son Hui. The two ministers continued their discussions on Saturday morning.",
            &[
                "Sergey Lavrov -> Choe Son Hui @ 2025-07-11",
                "Sergey Lavrov -> Choe Son Hui @ 2025-07-12",
            ],
        ),
        (
            "2025-01-16",
            "Diplomats credit the breakthrough to Steve Witkoff, Donald Trump's pick as special envoy to the Middle East, who travelled to Israel on Saturday and met Prime Minister Benjamin Netanyahu in Jerusalem.",
            &["Steve Witkoff -> Benjamin Netanyahu @ 2025-01-11"],
        ),
        (
            "2025-01-16",
            "The deal was announced in Doha on Wednesday. Hours earlier, Sheikh Mohammed bin Abdulrahman Al Thani had met the Hamas negotiating team led by Khalil al-Hayya.",
            &["Mohammed bin Abdulrahman Al Thani -> Khalil al-Hayya @ 2025-01-15"],
        ),
    ]);
}

#[test]
fn a_second_object_met_separately() {
    check(&[(
        "2025-01-16",
        "Sheikh Mohammed bin Abdulrahman Al Thani met Khalil al-Hayya and, separately, David Barnea in Doha.",
        &[
            "Mohammed bin Abdulrahman Al Thani -> Khalil al-Hayya @ -",
            "Mohammed bin Abdulrahman Al Thani -> David Barnea @ -",
        ],
    )]);
}

#[test]
fn a_headline_that_calls_a_hyphenated_pairs_call_fiction_denies_the_report() {
    check(&[(
        "2024-11-11",
        "Kremlin says reported Trump-Putin phone call 'pure fiction'\n\nThe Washington Post reported on Sunday that Donald Trump had called Vladimir Putin on Thursday from his Florida resort.",
        &[],
    )]);
}

#[test]
fn a_contact_reported_with_that_takes_the_reports_date() {
    check(&[(
        "2025-03-19",
        "South African President Cyril Ramaphosa said in January that he had spoken with Kagame by phone. Netanyahu's office said late on Wednesday that he had spoken with Trump.",
        &[
            "Cyril Ramaphosa -> Paul Kagame @ 2025-01",
            "Benjamin Netanyahu -> Donald Trump @ 2025-03-19",
        ],
    )]);
}

#[test]
fn states_that_agree_have_not_thereby_talked() {
    check(&[(
        "2025-07-29",
        "Thailand and Cambodia agreed to an immediate ceasefire on Monday. Putin and Xi agreed to deepen ties on Tuesday.",
        &["Vladimir Putin -> Xi Jinping @ 2025-07-29"],
    )]);
}

#[test]
fn an_apposition_naming_a_states_body() {
    check(&[(
        "2025-07-13",
        "Sergei Shoigu, the secretary of Russia's Security Council, was received by Kim Jong Un in Pyongyang on Wednesday.",
        &["Kim Jong Un -> Sergei Shoigu @ 2025-07-09"],
    )]);
}

#[test]
fn a_korean_family_name_alone_is_the_person_named_in_full() {
    check(&[(
        "2025-07-13",
        "North Korean leader Kim Jong Un met Lavrov on Saturday. Sergei Shoigu, the secretary of Russia's Security Council, was received by Kim twice last month.",
        &[
            "Kim Jong Un -> Sergey Lavrov @ 2025-07-12",
            "Kim Jong Un -> Sergei Shoigu @ 2025-06",
        ],
    )]);
}

#[test]
fn a_visit_to_a_seat_of_government_is_a_visit_not_a_contact() {
    check(&[(
        "2025-06-10",
        "Zelensky visited the White House on Friday, where Trump hosted him.",
        &["Donald Trump -> Volodymyr Zelenskyy @ 2025-06-06"],
    )]);
}

#[test]
fn the_two_visiting_leaders_are_the_two_a_host_received() {
    check(&[(
        "2025-07-29",
        "Anwar received Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai on Monday. The three men talked for two hours. The two visiting leaders shook hands at the end.",
        &[
            "Anwar Ibrahim -> Hun Manet @ 2025-07-28",
            "Anwar Ibrahim -> Phumtham Wechayachai @ 2025-07-28",
            "Hun Manet -> Phumtham Wechayachai @ -",
        ],
    )]);
}

#[test]
fn three_words_a_speech_verb_attributes_are_a_statement() {
    // A scare quote is none; three words someone is said to have said
    // are.
    let text = "Peskov said the talks had been “very positive and constructive”. The deal was called “ironclad” by diplomats.";
    assert_eq!(
        statements_of("2025-03-02", text),
        vec![(
            "Dmitry Peskov".to_string(),
            "very positive and constructive".to_string()
        )]
    );
}

#[test]
fn a_counterpart_named_in_apposition_holds_the_speakers_office() {
    let text = "Russian Foreign Minister Sergei Lavrov arrived in Wonsan on Friday. Lavrov held talks with his North Korean counterpart, Choe Son Hui, the same day.";
    let e = extract("2025-07-13", text);
    let lex = &extractor().lexicon;
    let roles: Vec<(String, String, String)> = e
        .roles
        .iter()
        .map(|r| {
            (
                e.actors.get(r.person).label.clone(),
                lex.titles[r.title].label.clone(),
                r.of.map(|o| e.actors.get(o).label.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        roles.contains(&(
            "Choe Son Hui".into(),
            "Foreign Minister".into(),
            "North Korea".into()
        )),
        "{roles:?}"
    );
}

#[test]
fn his_guest_is_the_one_the_host_received() {
    check(&[(
        "2025-06-21",
        "President Recep Tayyip Erdogan received Armenian Prime Minister Nikol Pashinyan in Istanbul on Friday. Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin were also present. Erdogan told his guest that Ankara wanted the process to move forward.",
        &[
            "Recep Tayyip Erdogan -> Nikol Pashinyan @ 2025-06-20",
            "Recep Tayyip Erdogan -> Nikol Pashinyan @ -",
        ],
    )]);
}

#[test]
fn title_case_headline_verbs_end_a_name() {
    check(&[(
        "2025-01-20",
        "Vice President Han Zheng Meets With U.S. Vice President-elect JD Vance\n\nBEIJING, Jan 20 - The meeting was held in Washington.",
        &["Han Zheng -> JD Vance @ -"],
    )]);
}

#[test]
fn a_participle_takes_the_clause_subject_not_an_object() {
    check(&[
        (
            "2025-06-21",
            "Foreign Minister Asaad al-Shaibani chose Riyadh for his first trip abroad this month, meeting Prince Faisal bin Farhan.",
            &["Asaad al-Shaibani -> Faisal bin Farhan @ 2025-06"],
        ),
        // The subject of a clause the comma closes is not the verb's.
        (
            "2025-05-16",
            "Zelensky flew to Ankara, and the day before the talks opened, held talks with President Recep Tayyip Erdogan.",
            &[],
        ),
    ]);
}

#[test]
fn states_that_said_they_agreed_a_text_had_no_contact() {
    check(&[(
        "2025-06-21",
        "President Recep Tayyip Erdogan received Armenian Prime Minister Nikol Pashinyan in Istanbul on Friday. Kazakhstan and Uzbekistan said in March that they had agreed the final text of a border treaty.",
        &["Recep Tayyip Erdogan -> Nikol Pashinyan @ 2025-06-20"],
    )]);
}

#[test]
fn what_they_call_is_a_name_not_a_call() {
    check(&[(
        "2024-01-30",
        "The coaches of Mali and Burkina Faso met reporters on Monday. The two juntas reject what they call unfair sanctions imposed by the bloc.",
        &[],
    )]);
}

#[test]
fn his_talks_with_someone_are_the_talks_of_the_one_he_stands_for() {
    check(&[
        (
            "2024-09-17",
            "Prime Minister Shigeru Ishiba arrived in Tashkent on Monday. His talks with Shavkat Mirziyoyev on Monday ran over time, an official said.",
            &["Shigeru Ishiba -> Shavkat Mirziyoyev @ 2024-09-16"],
        ),
        // A plan of his is no contact.
        (
            "2025-08-20",
            "President Lee Jae-myung will host the APEC summit in October and is expected to hold his first talks with Chinese President Xi Jinping there.",
            &[],
        ),
    ]);
}

#[test]
fn a_summit_that_brought_one_leader_together_with_others() {
    check(&[(
        "2024-09-17",
        "The summit in Astana on Tuesday brought Olaf Scholz together with Kazakhstan's Kassym-Jomart Tokayev and Uzbekistan's Shavkat Mirziyoyev.",
        &[
            "Olaf Scholz -> Kassym-Jomart Tokayev @ 2024-09-17",
            "Olaf Scholz -> Shavkat Mirziyoyev @ 2024-09-17",
        ],
    )]);
}

#[test]
fn plural_offices_are_no_single_holder() {
    check(&[
        (
            "2024-09-17",
            "Chancellor Olaf Scholz sat down with the presidents of all five Central Asian republics in Astana on Tuesday. Tokayev is expected to receive Russian President Vladimir Putin later this year.",
            &[],
        ),
        // Named after a comma, they are those people.
        (
            "2024-12-08",
            "On Saturday Geir Pedersen met with the Foreign Ministers of Iran, the Russian Federation and Türkiye, Abbas Araghchi, Sergey Lavrov and Hakan Fidan.",
            &[
                "Geir Pedersen -> Abbas Araghchi @ 2024-12-07",
                "Geir Pedersen -> Sergey Lavrov @ 2024-12-07",
                "Geir Pedersen -> Hakan Fidan @ 2024-12-07",
            ],
        ),
    ]);
}

#[test]
fn and_again_on_another_day_is_a_second_contact() {
    check(&[
        (
            "2025-05-16",
            "Steve Witkoff sat down with Vladimir Putin in St Petersburg on April 11 and again in Moscow on April 25, when the two spoke for about three hours.",
            &[
                "Steve Witkoff -> Vladimir Putin @ 2025-04-11",
                "Steve Witkoff -> Vladimir Putin @ 2025-04-25",
            ],
        ),
        // A plan of theirs is none.
        (
            "2025-05-16",
            "Steve Witkoff met Vladimir Putin in April. Delegations from Russia and Ukraine are due to hold their first face-to-face negotiations in Istanbul today.",
            &["Steve Witkoff -> Vladimir Putin @ 2025-04"],
        ),
    ]);
}

#[test]
fn she_is_not_a_man_he_has_stood_for() {
    check(&[(
        "2024-11-11",
        "President Vladimir Putin said on Thursday that he was open to dialogue. Last Monday Putin received North Korean Foreign Minister Choe Son Hui in the Kremlin. She passed on greetings from Kim Jong Un. Before that, on Friday, November 1, she held talks with Sergei Lavrov.",
        &[
            "Vladimir Putin -> Choe Son Hui @ 2024-11-04",
            "Choe Son Hui -> Sergey Lavrov @ 2024-11-01",
        ],
    )]);
}

#[test]
fn a_question_reports_no_contact() {
    check(&[(
        "2024-11-11",
        "Did the president send a congratulatory telegram to Donald Trump? German media say Chancellor Olaf Scholz is weighing a phone call with Vladimir Putin.",
        &[],
    )]);
}

#[test]
fn rounds_of_talks_letters_addressed_to_and_a_go_between_of_two_delegations() {
    check(&[
        (
            "2025-05-12",
            "On Sunday Abbas Araghchi and Steve Witkoff worked through a fourth round of nuclear negotiations in Muscat, with Badr Albusaidi shuttling between the two delegations.",
            &[
                "Badr Albusaidi -> Abbas Araghchi @ 2025-05-11",
                "Badr Albusaidi -> Steve Witkoff @ 2025-05-11",
                "Abbas Araghchi -> Steve Witkoff @ 2025-05-11",
            ],
        ),
        (
            "2025-05-12",
            "The process began on March 12, when Anwar Gargash, a senior adviser to the UAE president, flew to Tehran and handed Abbas Araghchi a letter from President Donald Trump addressed to Ayatollah Ali Khamenei.",
            &[
                "Anwar Gargash -> Abbas Araghchi @ 2025-03-12",
                "Donald Trump -> Ali Khamenei @ 2025-03-12",
            ],
        ),
    ]);
}

#[test]
fn a_participle_past_a_subordinate_clause_dates_the_talks() {
    check(&[
        (
            "2025-03-19",
            "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi held their first direct talks since the rebels took Goma in January, meeting in Doha on Tuesday.",
            &["Paul Kagame -> Felix Tshisekedi @ 2025-03-18"],
        ),
        (
            "2025-02-10",
            "The joint summit in Dar es Salaam on February 8 was co-chaired by Kenyan President William Ruto and Zimbabwe's Emmerson Mnangagwa.",
            &["William Ruto -> Emmerson Mnangagwa @ 2025-02-08"],
        ),
        // Plans after "and" are plans; what made talks impossible is no talks.
        (
            "2025-08-24",
            "President Lee Jae-myung leaves on Sunday and is scheduled to hold a summit with Donald Trump on Monday. The rebels said the sanctions made meaningful talks impossible.",
            &[],
        ),
    ]);
}

#[test]
fn a_state_acting_through_a_named_person_is_that_persons_contact() {
    check(&[(
        "2025-05-22",
        "China hosts Pakistani, Afghan foreign ministers\n\nBEIJING - Chinese Foreign Minister Wang Yi hosted Pakistan's Foreign Minister Ishaq Dar and Afghanistan's acting Foreign Minister Amir Khan Muttaqi in Beijing on Wednesday.",
        &[
            "Wang Yi -> Ishaq Dar @ 2025-05-21",
            "Wang Yi -> Amir Khan Muttaqi @ 2025-05-21",
        ],
    )]);
}

#[test]
fn one_who_joined_the_meeting_met_its_parties() {
    check(&[
        (
            "2025-05-15",
            "US President Donald Trump met Syria's interim President Ahmed al-Sharaa in Riyadh on Wednesday. Crown Prince Mohammed bin Salman sat in on the meeting, and Turkish President Recep Tayyip Erdogan joined the conversation by telephone.",
            &[
                "Donald Trump -> Ahmed al-Sharaa @ 2025-05-14",
                "Mohammed bin Salman -> Donald Trump @ 2025-05-14",
                "Mohammed bin Salman -> Ahmed al-Sharaa @ 2025-05-14",
                "Recep Tayyip Erdogan -> Donald Trump @ 2025-05-14",
                "Recep Tayyip Erdogan -> Ahmed al-Sharaa @ 2025-05-14",
                "Recep Tayyip Erdogan -> Mohammed bin Salman @ 2025-05-14",
            ],
        ),
        // Joined in the next sentence: all who were there.
        (
            "2025-05-15",
            "Donald Trump met Ahmed al-Sharaa in Riyadh on Wednesday. Crown Prince Mohammed bin Salman sat in on the meeting, held before a summit between Trump and Gulf leaders. Recep Tayyip Erdogan joined the conversation by telephone.",
            &[
                "Donald Trump -> Ahmed al-Sharaa @ 2025-05-14",
                "Donald Trump -> Gulf leaders @ -",
                "Mohammed bin Salman -> Donald Trump @ 2025-05-14",
                "Mohammed bin Salman -> Ahmed al-Sharaa @ 2025-05-14",
                "Recep Tayyip Erdogan -> Donald Trump @ 2025-05-14",
                "Recep Tayyip Erdogan -> Ahmed al-Sharaa @ 2025-05-14",
                "Recep Tayyip Erdogan -> Mohammed bin Salman @ 2025-05-14",
            ],
        ),
        // A visit not announced took place; a plan to join is none; a
        // named meeting is an event of its own.
        (
            "2025-05-10",
            "Adel al-Jubeir flew into Islamabad on Friday on a visit that had not been announced and called on Shehbaz Sharif. Ishaq Dar will join the talks on Monday. Later Dar attended the meeting of the Council of Foreign Ministers.",
            &["Adel al-Jubeir -> Shehbaz Sharif @ 2025-05-09"],
        ),
    ]);
}

#[test]
fn calling_on_someone_is_a_meeting_not_a_phone_call() {
    let e = extract(
        "2025-08-19",
        "Chinese Foreign Minister Wang Yi called on Prime Minister Narendra Modi on Tuesday.",
    );
    let modes: Vec<&str> = e.contacts.iter().map(|c| c.mode.as_str()).collect();
    assert_eq!(modes, ["meeting"]);
}

#[test]
fn a_bulleted_list_of_meetings_is_the_list_owners() {
    check(&[(
        "2024-11-24",
        "President Prabowo Subianto returned to Jakarta today at the end of his first foreign tour.\n\nThe President's principal meetings were as follows:\n\n- Beijing, 8-10 November: Official talks with President Xi Jinping on Saturday, 9 November, and a meeting with Premier Li Qiang later the same day.\n\n- Lima, 14-16 November: On the sidelines of APEC, bilateral meetings with Prime Minister Shigeru Ishiba of Japan and with President Dina Boluarte of Peru.\n\n- London, 20-22 November: Talks with Prime Minister Keir Starmer at 10 Downing Street on Thursday, 21 November.",
        &[
            "Prabowo Subianto -> Xi Jinping @ 2024-11-09",
            "Prabowo Subianto -> Li Qiang @ 2024-11-09",
            "Prabowo Subianto -> Shigeru Ishiba @ 2024-11",
            "Prabowo Subianto -> Dina Boluarte @ 2024-11",
            "Prabowo Subianto -> Keir Starmer @ 2024-11-21",
        ],
    )]);
}

#[test]
fn the_president_is_the_one_the_story_is_about() {
    check(&[(
        "2024-11-24",
        "President Prabowo Subianto flew to Washington on Monday. President Prabowo held talks with President Joe Biden at the White House on Tuesday. During his stay the President also held a telephone conversation with Donald Trump.",
        &[
            "Prabowo Subianto -> Joe Biden @ 2024-11-19",
            "Prabowo Subianto -> Donald Trump @ -",
        ],
    )]);
}

#[test]
fn he_and_another_act_together() {
    check(&[
        (
            "2024-09-17",
            "Olaf Scholz arrived in Uzbekistan on Saturday. In Samarkand on Sunday, he and Shavkat Mirziyoyev held talks on migration.",
            &["Olaf Scholz -> Shavkat Mirziyoyev @ 2024-09-15"],
        ),
        // A pair on one side of talks with others met them, not each other.
        (
            "2025-05-11",
            "Secretary of State Marco Rubio said he and Vice President JD Vance had engaged with senior officials in both countries.",
            &[],
        ),
    ]);
}

#[test]
fn those_on_the_call_spoke_to_its_other_party() {
    check(&[(
        "2025-05-17",
        "Volodymyr Zelensky spoke to Donald Trump by phone on Friday. Emmanuel Macron and Keir Starmer were on the call, the Ukrainian president said.",
        &[
            "Volodymyr Zelenskyy -> Donald Trump @ 2025-05-16",
            "Emmanuel Macron -> Keir Starmer @ -",
            "Emmanuel Macron -> Volodymyr Zelenskyy @ 2025-05-16",
            "Emmanuel Macron -> Donald Trump @ 2025-05-16",
            "Keir Starmer -> Volodymyr Zelenskyy @ 2025-05-16",
            "Keir Starmer -> Donald Trump @ 2025-05-16",
        ],
    )]);
}

#[test]
fn a_pair_that_met_someone_else_or_spoke_of_a_meeting() {
    check(&[
        (
            "2025-07-26",
            "On Friday Kazem Gharibabadi and Majid Takht-Ravanchi met the political directors of the three European ministries. Both sides called the meeting serious.",
            &[],
        ),
        (
            "2025-05-10",
            "Adel al-Jubeir called on Pakistani Prime Minister Shehbaz Sharif on Friday. Pakistan's Foreign Minister Ishaq Dar joined the meeting.",
            &[
                "Adel al-Jubeir -> Shehbaz Sharif @ 2025-05-09",
                "Ishaq Dar -> Adel al-Jubeir @ 2025-05-09",
            ],
        ),
    ]);
}

#[test]
fn a_denied_call_stays_denied_when_the_story_says_the_two_men() {
    check(&[(
        "2024-11-11",
        "The Kremlin on Monday denied a report that Donald Trump had spoken by telephone with Vladimir Putin last week. The newspaper, citing people familiar with the matter, said the two men had spoken on Thursday. A summit between Trump and Putin, which his allies have floated, has not been scheduled. Speaking at a forum in Sochi on Thursday, Putin congratulated Trump on his victory.",
        &[],
    )]);
}

#[test]
fn a_trilateral_meeting_correction_notices_and_an_envoy_for_a_dialogue() {
    check(&[
        (
            "2023-03-20",
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held a trilateral meeting with Josep Borrell on Saturday.\n\nCorrection, March 20, 2023: An earlier version of this article said Vucic and Kurti met Borrell on Friday.",
            &[
                "Aleksandar Vucic -> Josep Borrell @ 2023-03-18",
                "Albin Kurti -> Josep Borrell @ 2023-03-18",
                "Aleksandar Vucic -> Albin Kurti @ 2023-03-18",
            ],
        ),
        (
            "2023-03-20",
            "The EU's special envoy for the Belgrade-Pristina dialogue, Miroslav Lajcak, was in Ohrid. Lajcak travelled to both Belgrade and Pristina earlier this month, meeting Aleksandar Vucic and Albin Kurti in turn.",
            &[
                "Miroslav Lajcak -> Aleksandar Vucic @ 2023-03",
                "Miroslav Lajcak -> Albin Kurti @ 2023-03",
            ],
        ),
    ]);
}

#[test]
fn the_host_of_a_meeting_between_two_met_both() {
    check(&[
        (
            "2023-12-15",
            "Guyana's President Irfaan Ali and Venezuela's President Nicolas Maduro met at Argyle airport on Thursday. The meeting was hosted by St Vincent Prime Minister Ralph Gonsalves.",
            &[
                "Irfaan Ali -> Nicolas Maduro @ 2023-12-14",
                "Ralph Gonsalves -> Irfaan Ali @ 2023-12-14",
                "Ralph Gonsalves -> Nicolas Maduro @ 2023-12-14",
            ],
        ),
        // "Both prime ministers" a host spoke to are his two guests.
        (
            "2025-07-29",
            "Prime Minister Datuk Seri Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet and Thai Prime Minister Phumtham Wechayachai on Monday. Anwar said he had spoken to both prime ministers on Thursday.",
            &[
                "Anwar Ibrahim -> Hun Manet @ 2025-07-28",
                "Anwar Ibrahim -> Phumtham Wechayachai @ 2025-07-28",
                "Anwar Ibrahim -> Hun Manet @ 2025-07-24",
                "Anwar Ibrahim -> Phumtham Wechayachai @ 2025-07-24",
            ],
        ),
    ]);
}

#[test]
fn in_a_transcript_i_is_the_one_answering() {
    check(&[(
        "2025-07-02",
        "Rwanda's Minister of Foreign Affairs, Olivier Nduhungirehe, spoke to us in Kigali.\n\nQ: This was not your first trip to Washington.\n\nNduhungirehe: No. On April 25, Minister Therese Kayikwamba Wagner and I signed a declaration there.",
        &["Therese Kayikwamba Wagner -> Olivier Nduhungirehe @ 2025-04-25"],
    )]);
}

#[test]
fn a_second_party_past_a_relative_clause() {
    check(&[(
        "2025-01-14",
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held separate talks on Monday with Mossad director David Barnea, who flew into Doha on Sunday night, and with Steve Witkoff, the incoming envoy.",
        &[
            "Mohammed bin Abdulrahman Al Thani -> David Barnea @ 2025-01-13",
            "Mohammed bin Abdulrahman Al Thani -> Steve Witkoff @ 2025-01-13",
        ],
    )]);
}

#[test]
fn a_name_paired_with_a_known_one_and_bylines() {
    check(&[
        (
            "2023-12-08",
            "Giorgos Gerapetritis and Hakan Fidan, who have built an easy working relationship, held talks in Athens in November.",
            &["Giorgos Gerapetritis -> Hakan Fidan @ 2023-11"],
        ),
        // A byline names the writers, who meet no one.
        (
            "2025-05-17",
            "By Selin Aydemir and Hakan Fidan\n\nTurkish Foreign Minister Hakan Fidan opened the session on Friday. \"There are two roads,\" Fidan told them.",
            &[],
        ),
    ]);
}

#[test]
fn a_day_inside_an_aside_does_not_move_the_story() {
    let e = extract(
        "2025-01-14",
        "Sheikh Mohammed bin Abdulrahman Al Thani held talks on Monday with David Barnea, who flew into Doha on Sunday night. Sheikh Mohammed then sat down with Brett McGurk.",
    );
    let mcgurk = e
        .contacts
        .iter()
        .find(|c| e.actors.get(c.b).label == "Brett McGurk")
        .expect("the McGurk meeting");
    assert_eq!(
        mcgurk.estimated_date.map(|d| d.lexical()).as_deref(),
        Some("2025-01-13")
    );
}

#[test]
fn guards_of_this_round_stay_narrow() {
    check(&[
        (
            "2025-01-15",
            "Speaking to reporters on Monday, Donald Trump said he had spoken with Vladimir Putin.",
            &["Donald Trump -> Vladimir Putin @ -"],
        ),
        (
            "2025-01-15",
            "The Kremlin said Vladimir Putin, in a call lasting two hours, spoke with Donald Trump on Monday.",
            &["Vladimir Putin -> Donald Trump @ 2025-01-13"],
        ),
        (
            "2025-01-15",
            "Donald Trump has not yet announced a meeting with Vladimir Putin.",
            &[],
        ),
        (
            "2025-01-15",
            "Donald Trump picked Steve Witkoff, who held talks with Vladimir Putin on Monday.",
            &["Steve Witkoff -> Vladimir Putin @ 2025-01-13"],
        ),
        (
            "2025-01-15",
            "Donald Trump spoke with Vladimir Putin on Monday and again warned Russia on Tuesday.",
            &["Donald Trump -> Vladimir Putin @ 2025-01-13"],
        ),
        (
            "2025-01-15",
            "Vladimir Putin and Xi Jinping held talks with a focus on energy on Monday.",
            &["Vladimir Putin -> Xi Jinping @ 2025-01-13"],
        ),
        (
            "2025-01-15",
            "Qatar and Egypt co-hosted the talks between Israel and Hamas on Monday.",
            &["Israel -> Hamas @ 2025-01-13"],
        ),
        (
            "2025-01-15",
            "Donald Trump met Goldman Sachs executives on Monday.",
            &[],
        ),
        (
            "2025-01-15",
            "Donald Trump met Vladimir Putin in Alaska on Friday. Volodymyr Zelensky joined the talks in Washington on Monday.",
            &["Donald Trump -> Vladimir Putin @ 2025-01-10"],
        ),
    ]);
}

#[test]
fn a_weekday_in_a_clause_hung_on_last_week_is_in_that_week() {
    check(&[
        (
            "2025-04-05",
            "Muhammad Yunus travelled to Beijing last week, where he met Chinese President Xi Jinping on Friday.",
            &["Muhammad Yunus -> Xi Jinping @ 2025-03-28"],
        ),
        // Without "last week" the weekday is the latest such day.
        (
            "2025-04-05",
            "Muhammad Yunus travelled to Beijing, where he met Chinese President Xi Jinping on Friday.",
            &["Muhammad Yunus -> Xi Jinping @ 2025-04-04"],
        ),
    ]);
}
