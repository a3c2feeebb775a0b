//! The `jsorder` binary: parses the command line and hands over to the library.

mod cli;

/// mimalloc roughly halves the cost of the many small, short-lived objects
/// (promises, reactions, frames) that event-loop programs allocate.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

fn main() -> std::process::ExitCode {
    reset_sigpipe();
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            // --help and --version are successes; usage errors are input errors.
            return std::process::ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    cli::run(cli)
}

/// A closed pipe (`jsorder solve x.js | head -1`) ends the process quietly
/// instead of panicking on the next write.
fn reset_sigpipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default SIGPIPE disposition at start-up, before any thread exists.
    unsafe {
        libc_signal();
    }
}

#[cfg(unix)]
unsafe fn libc_signal() {
    extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
    }
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    signal(SIGPIPE, SIG_DFL);
}
