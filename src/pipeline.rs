//! The extraction pipeline for one document:
//! segment -> recognise -> resolve -> relate.

use crate::document::Document;
use crate::extraction::Extraction;
use crate::lexicon::Lexicon;
use crate::relate::{relate, Rules};
use crate::{recognise, resolve, segment};

/// The lexicon and its compiled rules: built once, shared by every
/// document (and every thread).
pub struct Extractor {
    pub lexicon: Lexicon,
    rules: Rules,
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Result<Extractor, crate::pattern::PatternError> {
        let rules = Rules::compile(&lexicon)?;
        Ok(Extractor { lexicon, rules })
    }

    pub fn builtin() -> Extractor {
        Extractor::new(Lexicon::builtin()).expect("the built-in patterns are valid")
    }

    /// Each sentence as the rules see it: actor mentions in [brackets]
    /// with what they refer to, dates in {braces}.
    pub fn show_items(&self, document: &Document) -> Vec<String> {
        use crate::recognise::ItemKind;
        let text = &document.text;
        let segmented = segment::segment(text);
        let recognised = recognise::recognise(text, &segmented, &self.lexicon);
        recognised
            .sentences
            .iter()
            .map(|s| {
                s.items
                    .iter()
                    .map(|i| match &i.kind {
                        ItemKind::Actor(_) => format!("[{}]", i.span.text(text)),
                        ItemKind::Date(_) => format!("{{{}}}", i.span.text(text)),
                        ItemKind::Demonym(_) => format!("<{}>", i.span.text(text)),
                        _ => i.span.text(text).to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn extract(&self, document: Document) -> Extraction {
        let segmented = segment::segment(&document.text);
        let recognised = recognise::recognise(&document.text, &segmented, &self.lexicon);
        let noise = crate::noise::find(&document.text, &recognised);
        let resolved = resolve::resolve(&recognised, &noise, &self.lexicon);
        relate(
            document,
            &recognised,
            resolved,
            &noise,
            &self.lexicon,
            &self.rules,
        )
    }
}
