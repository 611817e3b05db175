mod cli;
mod extraction;
mod golden;
mod lexicon_examples;
mod queries;
mod util;
