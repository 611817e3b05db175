//! The `readout` command line. Data goes to standard output, messages to
//! standard error as `readout: ...`. Exit codes: 0 success; 2 something
//! failed (an input could not be read, the store could not be opened), in
//! which case the rest of the input was still processed.

mod cli;

fn main() {
    let code = match cli::run() {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                0
            } else {
                eprintln!("readout: {e:#}");
                2
            }
        }
    };
    std::process::exit(code);
}

/// A closed pipe (`readout export | head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.to_string().contains("Broken pipe")
    })
}
