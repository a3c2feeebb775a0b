//! `jsorder trace`: the step table.

use super::input::{load, report};
use super::Format;
use jsorder::engine::{End, Options};

/// Arguments of `jsorder trace`.
#[derive(Debug, clap::Args)]
pub struct TraceArgs {
    /// A JavaScript file (or a bundled puzzle name).
    #[arg(value_name = "FILE")]
    file: String,
    /// `text` draws the table; `json` prints the steps as data.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Table width in columns.
    #[arg(long, default_value_t = 100)]
    width: u16,
    /// Stop the program after this many VM instructions.
    #[arg(long, value_name = "N", default_value_t = 10_000_000)]
    max_steps: u64,
}

impl TraceArgs {
    pub fn run(self) -> u8 {
        let input = match load(&self.file) {
            Ok(i) => i,
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        };
        let options = Options {
            max_steps: self.max_steps,
            trace: true,
            ..Options::default()
        };
        let outcome = match jsorder::engine::run_source(&input.source, &options) {
            Ok(o) => o,
            Err(d) => {
                report(&input, &d);
                return 2;
            }
        };
        if let End::Unsupported { diagnostic } = &outcome.end {
            report(&input, diagnostic);
        }
        match self.format {
            Format::Json => {
                let _ = serde_json::to_writer_pretty(std::io::stdout().lock(), &outcome);
                println!();
            }
            Format::Text => {
                println!(
                    "{}",
                    jsorder::trace::render_table(&outcome.events, self.width)
                );
                if outcome.trace_truncated {
                    println!(
                        "(the trace stops after {} steps; the output below is complete)",
                        outcome.events.len()
                    );
                }
                println!("output:");
                print!("{}", outcome.stdout_text());
            }
        }
        u8::try_from(outcome.exit_code().clamp(0, 255)).unwrap_or(1)
    }
}
