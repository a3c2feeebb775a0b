//! Engine benchmarks, reported next to node's time for the same program.
//!
//! `cargo bench` prints, for each workload of the performance brief, jsorder's
//! engine time (parse + run, in process) and node's wall time for the whole
//! process, and the ratio; then the time to solve one puzzle (the median, the
//! slowest and the longest of the bundled ones), and the whole `puzzles/`
//! folder in one call against one `node` run per file.
//! Timings are printed, never asserted: they belong to benchmarks, not tests.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use jsorder::engine::{run_source, Options};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const WORKLOADS: &[(&str, &str)] = &[
    (
        "1,000,000 chained .then",
        "let p = Promise.resolve(0);\nfor (let i = 0; i < 1000000; i++) p = p.then(v => v + 1);\np.then(v => console.log(v));\n",
    ),
    (
        "1,000,000 sequential awaits",
        "async function main() { let s = 0; for (let i = 0; i < 1000000; i++) { s += await i; } console.log(s); }\nmain();\n",
    ),
    (
        "1,000,000 process.nextTick",
        "let n = 0;\nfunction tick() { if (++n < 1000000) process.nextTick(tick); else console.log(n); }\nprocess.nextTick(tick);\n",
    ),
    (
        "200,000 .then on one promise",
        "const p = Promise.resolve(1); let c = 0;\nfor (let i = 0; i < 200000; i++) p.then(() => { c++; });\nsetTimeout(() => console.log(c), 0);\n",
    ),
    (
        "100,000 timers",
        "let c = 0;\nfor (let i = 0; i < 100000; i++) setTimeout(() => { c++; if (c === 100000) console.log('done', c); }, i % 1000);\n",
    ),
    (
        "200,000 shift (a queue)",
        "const q = [];\nfor (let i = 0; i < 200000; i++) q.push(i);\nlet s = 0;\nwhile (q.length) s += q.shift();\nconsole.log(s);\n",
    ),
];

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn node_time(path: &Path) -> Option<Duration> {
    let ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then(|| {
        best_of(3, || {
            Command::new("node").arg(path).output().expect("node runs")
        })
    })
}

/// Median time to solve each puzzle, taken round-robin: every pass solves
/// each puzzle once, so no puzzle gets the caches and branch predictors to
/// itself, as it would when solved thousands of times in a row.
fn per_puzzle_medians(sources: &[String], passes: usize) -> Vec<Duration> {
    let mut times = vec![Vec::with_capacity(passes); sources.len()];
    for _ in 0..passes {
        for (src, times) in sources.iter().zip(&mut times) {
            let t = Instant::now();
            std::hint::black_box(run_source(src, &Options::default()).expect("puzzle compiles"));
            times.push(t.elapsed());
        }
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort();
            t[t.len() / 2]
        })
        .collect()
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

/// The time to solve one puzzle: the median and the slowest bundled puzzle,
/// and the longest one split into parsing and compiling plus running.
fn report_per_puzzle(paths: &[PathBuf], sources: &[String]) {
    let medians = per_puzzle_medians(sources, 500);
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&i| medians[i]);
    let name = |i: usize| paths[i].file_name().unwrap_or_default().to_string_lossy();
    let mid = order[order.len() / 2];
    let slowest = order[order.len() - 1];
    println!(
        "\none puzzle, in process (median of 500 round-robin passes over {} puzzles):",
        sources.len()
    );
    for (what, i) in [("median puzzle", mid), ("slowest puzzle", slowest)] {
        println!(
            "  {what:<15} {:>9}  {} ({} lines)",
            us(medians[i]),
            name(i),
            sources[i].lines().count()
        );
    }
    let longest = (0..sources.len())
        .max_by_key(|&i| sources[i].lines().count())
        .expect("at least one puzzle");
    let src = &sources[longest];
    let n = 2000;
    let parse = best_of(3, || {
        for _ in 0..n {
            std::hint::black_box(jsorder::syntax::parse(src).expect("puzzle parses"));
        }
    }) / n;
    let program = jsorder::syntax::parse(src).expect("puzzle parses");
    let engine = best_of(3, || {
        for _ in 0..n {
            std::hint::black_box(
                jsorder::engine::run(&program, src, &Options::default()).expect("compiles"),
            );
        }
    }) / n;
    println!(
        "  {:<15} {:>9}  {} ({} lines) = {} parsing + {} compiling and running (best, solved {n} times in a row)",
        "longest puzzle",
        us(medians[longest]),
        name(longest),
        src.lines().count(),
        us(parse),
        us(engine)
    );
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let dir = std::env::temp_dir().join(format!("jsorder-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Both sides as whole processes (start-up included), so neither inherits the
    // other workloads' heap; the in-process engine time is shown too.
    println!(
        "{:<30} {:>10} {:>14} {:>10} {:>7}",
        "workload", "engine", "jsorder solve", "node", "ratio"
    );
    for (name, src) in WORKLOADS {
        let path = dir.join("w.js");
        std::fs::write(&path, src).expect("write workload");
        let engine = best_of(3, || {
            run_source(src, &Options::default()).expect("workload compiles")
        });
        let ours = best_of(3, || {
            Command::new(env!("CARGO_BIN_EXE_jsorder"))
                .arg("solve")
                .arg(&path)
                .output()
                .expect("jsorder runs")
        });
        let theirs = node_time(&path);
        let ratio = theirs.map_or("-".into(), |n| {
            format!("{:.2}x", ours.as_secs_f64() / n.as_secs_f64())
        });
        println!(
            "{name:<30} {:>10} {:>14} {:>10} {ratio:>7}",
            ms(engine),
            ms(ours),
            theirs.map_or("-".into(), ms)
        );
    }

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("puzzles");
    let mut puzzles: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("puzzles/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    puzzles.sort();
    let sources: Vec<String> = puzzles
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("puzzle"))
        .collect();
    report_per_puzzle(&puzzles, &sources);

    let folder = best_of(3, || {
        for s in &sources {
            std::hint::black_box(run_source(s, &Options::default()).expect("puzzle compiles"));
        }
    });
    let node_folder = best_of(1, || {
        for p in &puzzles {
            Command::new("node").arg(p).output().expect("node runs");
        }
    });
    println!(
        "all {} puzzles: jsorder {} in one call, node {} one process per file ({:.0}x faster)",
        puzzles.len(),
        ms(folder),
        ms(node_folder),
        node_folder.as_secs_f64() / folder.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
