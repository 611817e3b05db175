mod cli;
mod extraction;
mod golden;
mod lexicon_examples;
mod quality;
mod queries;
mod util;
