//! segment: paragraphs, sentences and tokens with byte offsets into the
//! document text.
//!
//! News has a few habits that a naive splitter gets wrong: abbreviations
//! ("U.S.", "Apr.", "Brig. Gen."), quotations that run over several
//! sentences before their attribution ("“... . ...,” Miller said"), and
//! possessives that matter downstream ("China’s foreign minister"). A
//! quotation keeps its sentences together with the attribution so the
//! statement and its speaker land in one sentence.

use crate::document::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// A possessive `'s` / `’s` split off its noun.
    Possessive,
    OpenQuote,
    CloseQuote,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (block separated by a line break).
    pub paragraph: usize,
    pub tokens: Vec<Token>,
}

/// The segmented document: sentences in text order.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub sentences: Vec<Sentence>,
}

/// Abbreviations that end with a period that does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "capt", "adm", "sgt",
    "cpl", "pvt", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "dept", "amb",
    "pres", "rev", "hon", "messrs", "mt", "ft", "fig", "ave", "blvd", "est", "e.g", "i.e",
];

/// Words that begin sentences; after an abbreviation such as "U.S." they
/// mark a boundary all the same.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "But",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "And",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "Meanwhile",
    "However",
    "Earlier",
    "Later",
];

pub fn segment(text: &str) -> Segmented {
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            let tokens = tokenize(body, offset);
            split_sentences(text, tokens, paragraph, &mut sentences);
            paragraph += 1;
        }
        offset += line.len();
    }
    Segmented { sentences }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == '‘'
}

/// Tokens of one line; `base` is the line's offset in the document.
pub fn tokenize(line: &str, base: usize) -> Vec<Token> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    // Straight double quotes open and close by turns within a line.
    let mut straight_open = false;
    let end_of = |k: usize| -> usize {
        if k < chars.len() {
            chars[k].0
        } else {
            line.len()
        }
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i;
            while j < chars.len() {
                let (_, d) = chars[j];
                if is_word_char(d) {
                    j += 1;
                    continue;
                }
                let next = chars.get(j + 1).map(|x| x.1);
                // Internal hyphen, apostrophe (O'Brien, doesn't), or period
                // inside an initialism (U.S.).
                if (d == '-' || d == '‐') && next.is_some_and(is_word_char) {
                    j += 1;
                    continue;
                }
                if is_apostrophe(d) && next.is_some_and(|n| n.is_alphabetic()) {
                    let after = chars.get(j + 2).map(|x| x.1);
                    let possessive =
                        matches!(next, Some('s') | Some('S')) && !after.is_some_and(is_word_char);
                    if !possessive {
                        j += 1;
                        continue;
                    }
                }
                if d == '.' && next.is_some_and(|n| n.is_alphabetic()) {
                    // "U.S" continues as an initialism; "end.Next" does not.
                    // "U.S", and lower-case "p.m" / "e.g" too.
                    let before_is_single = j >= 1
                        && (j - i == 1 || (j >= 2 && chars[j - 2].1 == '.'))
                        && chars[j - 1].1.is_alphabetic()
                        && (chars[j - 1].1.is_uppercase()
                            || chars.get(j + 2).is_none_or(|c| !c.1.is_alphabetic()));
                    if before_is_single {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            // A trailing period belongs to initialisms (U.S.) and known
            // abbreviations (Apr., Gen.).
            let word = &line[pos..end_of(j)];
            if j < chars.len() && chars[j].1 == '.' {
                let lower = word.to_lowercase();
                let initialism = (word.contains('.') && !word.ends_with('.'))
                    || (word.chars().count() == 1 && word.chars().all(char::is_uppercase));
                if initialism || ABBREVIATIONS.contains(&lower.as_str()) {
                    j += 1;
                }
            }
            let end = end_of(j);
            let kind = if line[pos..end].chars().all(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                span: Span::new(base + pos, base + end),
                kind,
            });
            i = j;
            continue;
        }
        if is_apostrophe(c)
            && matches!(chars.get(i + 1).map(|x| x.1), Some('s') | Some('S'))
            && !chars.get(i + 2).is_some_and(|x| is_word_char(x.1))
            && i > 0
            && is_word_char(chars[i - 1].1)
        {
            let end = end_of(i + 2);
            tokens.push(Token {
                span: Span::new(base + pos, base + end),
                kind: TokenKind::Possessive,
            });
            i += 2;
            continue;
        }
        // A plural possessive: "the Foreign Ministers' Meeting".
        if is_apostrophe(c)
            && c != '‘'
            && i > 0
            && matches!(chars[i - 1].1, 's' | 'S')
            && !chars.get(i + 1).is_some_and(|x| is_word_char(x.1))
        {
            tokens.push(Token {
                span: Span::new(base + pos, base + pos + c.len_utf8()),
                kind: TokenKind::Possessive,
            });
            i += 1;
            continue;
        }
        let kind = match c {
            '“' | '«' => TokenKind::OpenQuote,
            '”' | '»' => TokenKind::CloseQuote,
            '"' => {
                straight_open = !straight_open;
                if straight_open {
                    TokenKind::OpenQuote
                } else {
                    TokenKind::CloseQuote
                }
            }
            _ => TokenKind::Punct,
        };
        tokens.push(Token {
            span: Span::new(base + pos, base + pos + c.len_utf8()),
            kind,
        });
        i += 1;
    }
    tokens
}

fn split_sentences(text: &str, tokens: Vec<Token>, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut current: Vec<Token> = Vec::new();
    let mut quote_depth = 0usize;
    let mut k = 0;
    while k < tokens.len() {
        let token = tokens[k];
        current.push(token);
        match token.kind {
            TokenKind::OpenQuote => quote_depth += 1,
            TokenKind::CloseQuote => quote_depth = quote_depth.saturating_sub(1),
            _ => {}
        }
        let t = token.span.text(text);
        // “... last week.” Peskov dismissed ...: the quotation closes the
        // sentence, unless its attribution follows (“... ?” Lavrov asked).
        let closes_quoted_sentence = token.kind == TokenKind::CloseQuote
            && quote_depth == 0
            && k > 0
            && matches!(tokens[k - 1].span.text(text), "." | "?" | "!")
            && !attribution_follows(text, &tokens[k + 1..]);
        let terminal = closes_quoted_sentence
            || matches!(t, "." | "?" | "!")
            || (token.kind == TokenKind::Word && t.ends_with('.') && {
                // An abbreviation ends a sentence only before a typical
                // sentence opener.
                tokens
                    .get(k + 1)
                    .is_some_and(|n| SENTENCE_STARTERS.contains(&n.span.text(text)))
            });
        if terminal && quote_depth == 0 {
            // Closing quotes and brackets stay with the sentence they end.
            while let Some(next) = tokens.get(k + 1) {
                let nt = next.span.text(text);
                if next.kind == TokenKind::CloseQuote || nt == ")" || nt == "]" {
                    current.push(*next);
                    k += 1;
                } else {
                    break;
                }
            }
            let next_starts = tokens.get(k + 1).is_none_or(|n| {
                let nt = n.span.text(text);
                n.kind == TokenKind::OpenQuote
                    || nt
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            });
            if next_starts {
                push_sentence(&mut current, paragraph, out);
            }
        }
        k += 1;
    }
    push_sentence(&mut current, paragraph, out);
}

/// Verbs that attribute a quotation just before them.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "wrote",
    "told",
    "replied",
    "insisted",
    "warned",
    "stressed",
    "continued",
    "declared",
    "tweeted",
    "posted",
];

/// Does an attribution ("Lavrov asked", "the ministry said", "said
/// Lavrov") open these tokens?
fn attribution_follows(text: &str, tokens: &[Token]) -> bool {
    for t in tokens.iter().take(6) {
        if !matches!(t.kind, TokenKind::Word | TokenKind::Possessive) {
            return false;
        }
        if ATTRIBUTION_VERBS.contains(&t.span.text(text)) {
            return true;
        }
    }
    false
}

fn push_sentence(current: &mut Vec<Token>, paragraph: usize, out: &mut Vec<Sentence>) {
    if current.is_empty() {
        return;
    }
    let tokens = std::mem::take(current);
    let span = Span::new(tokens[0].span.start, tokens[tokens.len() - 1].span.end);
    out.push(Sentence {
        span,
        paragraph,
        tokens,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.text(text))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0)
            .iter()
            .map(|t| t.span.text(text))
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "The U.S. envoy met Brig. Gen. Ali Haidar on Apr. 3 in Kabul. He left.";
        assert_eq!(
            sentences(text),
            vec![
                "The U.S. envoy met Brig. Gen. Ali Haidar on Apr. 3 in Kabul.",
                "He left."
            ]
        );
    }

    #[test]
    fn abbreviation_before_sentence_opener_ends_sentence() {
        let text = "Talks were held in the U.S. The minister flew home.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn quotation_keeps_its_attribution() {
        let text = "“We are ready. We will talk,” the minister said. Then he left.";
        assert_eq!(
            sentences(text),
            vec![
                "“We are ready. We will talk,” the minister said.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_closed_quotation_ends_its_sentence_unless_attributed() {
        let text =
            "“Talks are over.” Peskov left. “Why talk now?” Lavrov asked. “Never.” Then silence.";
        assert_eq!(
            sentences(text),
            vec![
                "“Talks are over.”",
                "Peskov left.",
                "“Why talk now?” Lavrov asked.",
                "“Never.”",
                "Then silence."
            ]
        );
    }

    #[test]
    fn possessives_hyphens_and_initialisms() {
        assert_eq!(
            words("China’s envoy Amir-Abdollahian met U.S.-led O'Neill."),
            vec![
                "China",
                "’s",
                "envoy",
                "Amir-Abdollahian",
                "met",
                "U.S.",
                "-",
                "led",
                "O'Neill",
                "."
            ]
        );
    }

    #[test]
    fn lines_are_paragraphs() {
        let text = "Jane Roe\n\nKYIV, March 3 - Leaders met.\nAnother line";
        let seg = segment(text);
        assert_eq!(seg.sentences.len(), 3);
        assert_eq!(seg.sentences[2].paragraph, 2);
        assert_eq!(seg.sentences[2].span.text(text), "Another line");
    }
}
