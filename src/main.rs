fn main() {
    let path = std::env::args().nth(1).expect("file");
    let src = std::fs::read_to_string(&path).expect("read");
    match jsorder::engine::run_source(&src, &jsorder::engine::Options::default()) {
        Ok(o) => {
            print!("{}", o.stdout_text());
            eprintln!("end: {:?}", o.end);
            std::process::exit(o.exit_code());
        }
        Err(d) => {
            eprint!("{}", d.render(&path, &src, false));
            std::process::exit(2);
        }
    }
}
