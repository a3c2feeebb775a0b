//! Embeds the bundled puzzles (`puzzles/*.js` with their `.out` keys) into the binary,
//! so `jsorder list` and `jsorder solve <name>` work wherever jsorder is installed.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=puzzles");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("puzzles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".js"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from("&[\n");
    for n in names {
        let stem = n.trim_end_matches(".js");
        let js = dir.join(&n);
        let key = dir.join(format!("{stem}.out"));
        let key_expr = if key.exists() {
            format!("Some(include_str!({:?}))", key.display().to_string())
        } else {
            "None".into()
        };
        let _ = writeln!(
            out,
            "    ({stem:?}, include_str!({:?}), {key_expr}),",
            js.display().to_string()
        );
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("puzzles.rs");
    std::fs::write(dest, out).expect("write generated puzzle table");
}
