//! `jsorder list`: the bundled puzzles.

use super::Format;
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};

/// Arguments of `jsorder list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// `text` draws a table; `json` lists the puzzles as data.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

impl ListArgs {
    pub fn run(self) -> u8 {
        let puzzles = jsorder::puzzles::all();
        if self.format == Format::Json {
            let _ = serde_json::to_writer_pretty(std::io::stdout().lock(), &puzzles);
            println!();
            return 0;
        }
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(100)
            .set_header(vec!["name", "title", "difficulty", "tags"]);
        for p in &puzzles {
            t.add_row(vec![
                p.name.to_string(),
                p.title.clone(),
                "★".repeat(p.difficulty.into()),
                p.tags.join(", "),
            ]);
        }
        println!("{t}");
        println!("Solve one with `jsorder solve <name>`; see why with `jsorder trace <name>`.");
        0
    }
}
