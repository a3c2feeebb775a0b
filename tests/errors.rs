//! Snapshot tests of every diagnostic the parser produces: one small program
//! per file in `tests/errors/`, rendered without colour.

use jsorder::syntax::parse;

#[test]
fn diagnostics() {
    insta::glob!("errors/*.js", |path| {
        let src = std::fs::read_to_string(path).expect("test file is readable");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("input.js");
        let rendered = match parse(&src) {
            Ok(_) => format!("parsed without error (expected a diagnostic)\n{src}"),
            Err(d) => d.render(name, &src, false),
        };
        insta::assert_snapshot!(rendered);
    });
}
