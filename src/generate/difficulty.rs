//! The measured difficulty of a puzzle, computed from what the engine
//! recorded about each printed line — not from what the generator intended.
//!
//! Five signals, each capped, add up to a score from 0 to 100:
//!
//! | signal | meaning | points |
//! | --- | --- | --- |
//! | disorder | share of pairs of printed lines that come out in the opposite order to the *naive reading order* (Kendall tau distance, normalised; a random order is 0.5) | `80 × share`, at most 40 |
//! | queues | distinct queues the printed lines ran from (script, nextTick, microtask, timers, check) | 6 per queue beyond the first, at most 24 |
//! | depth | deepest microtask turn that printed (a tick race decided by turn *k*) | 3 per turn, at most 18 |
//! | macrotasks | distinct timer, interval and immediate callbacks that printed | 2 each, at most 8 |
//! | size | printed lines | 1 per 2 lines, at most 10 |
//!
//! The naive reading order is what a reader expects who thinks every
//! callback runs at the moment it is scheduled: a line's place is the step at
//! which its task was queued, after the place of the task that queued it, and
//! so on up to the main script (read from the trace's enqueue events).
//!
//! The level is 1 below 20 points, 2 below 40, 3 below 55, 4 below 68, and 5 from 68 on.
//!
//! Reported beside the score, not counted in it (so that a seed keeps its
//! puzzle): *tick races*, pairs of lines printed by microtasks of different
//! chains in the same drain whose order is the reverse of the reading order —
//! orders decided by how many ticks each chain needs.

use crate::engine::{Event, EventKind, LogLine, QueueKind, TaskKind};
use serde::Serialize;
use std::collections::HashMap;

/// How hard a puzzle is, measured from its run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Difficulty {
    /// 1 (easy) to 5 (hard), from [`Difficulty::score`].
    pub level: u8,
    /// 0 to 100: the sum of the capped signals.
    pub score: u32,
    /// Printed lines.
    pub lines: usize,
    /// Pairs of printed lines whose output order is the reverse of their source order.
    pub inversions: usize,
    /// Distinct queues (script included) that printed lines ran from.
    pub queues: usize,
    /// Deepest microtask turn that printed.
    pub max_turn: u32,
    /// Distinct timer, interval and immediate callbacks that printed.
    pub macrotasks: usize,
    /// Pairs of lines from different microtask chains of one drain that print
    /// in the reverse of their reading order (reported, not scored).
    pub tick_races: usize,
}

/// Level thresholds on the score: level `i + 2` starts at `LEVELS[i]`.
const LEVELS: [u32; 4] = [20, 40, 55, 68];

/// Who queued each task: task id → (parent task id, step it was queued at).
fn parents(events: &[Event]) -> HashMap<u32, (Option<u32>, u32)> {
    let mut map = HashMap::new();
    let mut running = None;
    for e in events {
        match &e.kind {
            EventKind::RunTask { task } => running = Some(task.id),
            EventKind::Enqueue { task, .. } => {
                map.entry(task.id).or_insert((running, task.queued_at_step));
            }
            _ => {}
        }
    }
    map
}

/// Whether a task runs from the nextTick or the microtask queue.
fn is_micro(kind: TaskKind) -> bool {
    matches!(
        kind.queue(),
        Some(QueueKind::NextTick | QueueKind::Microtask)
    )
}

/// For each microtask: (its chain's first microtask, the task that queued
/// that one). Two lines race on ticks when they share the second, not the first.
fn chains(
    events: &[Event],
    parents: &HashMap<u32, (Option<u32>, u32)>,
) -> HashMap<u32, (u32, Option<u32>)> {
    let mut micro = HashMap::new();
    for e in events {
        if let EventKind::Enqueue { task, .. } = &e.kind {
            micro.insert(task.id, is_micro(task.kind));
        }
    }
    let mut map = HashMap::new();
    for (&id, &is) in &micro {
        if !is {
            continue;
        }
        let mut root = id;
        // Bounded like `reading_key`: a task is queued before it runs, so there is no cycle.
        for _ in 0..64 {
            match parents.get(&root).and_then(|&(p, _)| p) {
                Some(p) if micro.get(&p) == Some(&true) => root = p,
                _ => break,
            }
        }
        let macrotask = parents.get(&root).and_then(|&(p, _)| p);
        map.insert(id, (root, macrotask));
    }
    map
}

/// A line's place in the naive reading order (compared lexicographically).
fn reading_key(line: &LogLine, parents: &HashMap<u32, (Option<u32>, u32)>) -> Vec<u32> {
    let mut key = vec![line.step];
    let mut task = Some(line.task.id);
    while let Some(id) = task {
        let Some(&(parent, step)) = parents.get(&id) else {
            break;
        };
        key.push(step);
        // A cycle cannot happen (a task is queued before it runs); the bound is belt and braces.
        task = parent.filter(|_| key.len() < 64);
    }
    key.reverse();
    key
}

/// Measures the printed lines of a traced run (`events` from [`crate::engine::Options::trace`]).
pub fn measure(lines: &[LogLine], events: &[Event]) -> Difficulty {
    let n = lines.len();
    let parents = parents(events);
    let chains = chains(events, &parents);
    let keys: Vec<Vec<u32>> = lines.iter().map(|l| reading_key(l, &parents)).collect();
    let mut inversions = 0;
    let mut tick_races = 0;
    for (i, a) in keys.iter().enumerate() {
        for (j, b) in keys.iter().enumerate().skip(i + 1) {
            if b >= a {
                continue;
            }
            inversions += 1;
            let (ca, cb) = (chains.get(&lines[i].task.id), chains.get(&lines[j].task.id));
            if let (Some((ra, ma)), Some((rb, mb))) = (ca, cb) {
                tick_races += usize::from(ra != rb && ma == mb);
            }
        }
    }
    let mut queues: Vec<Option<QueueKind>> = Vec::new();
    let mut macro_ids: Vec<u32> = Vec::new();
    let mut max_turn = 0;
    for l in lines {
        let q = l.task.kind.queue();
        if !queues.contains(&q) {
            queues.push(q);
        }
        if matches!(q, Some(QueueKind::Timers | QueueKind::Check))
            && !macro_ids.contains(&l.task.id)
        {
            macro_ids.push(l.task.id);
        }
        max_turn = max_turn.max(l.task.turn);
    }
    let pairs = (n * n.saturating_sub(1) / 2).max(1);
    let disorder = ((80 * inversions + pairs / 2) / pairs).min(40) as u32;
    let queue_points = (6 * queues.len().saturating_sub(1)).min(24) as u32;
    let depth_points = (3 * max_turn).min(18);
    let macro_points = (2 * macro_ids.len()).min(8) as u32;
    let size_points = (n / 2).min(10) as u32;
    let score = disorder + queue_points + depth_points + macro_points + size_points;
    Difficulty {
        level: level_of(score),
        score,
        lines: n,
        inversions,
        queues: queues.len(),
        max_turn,
        macrotasks: macro_ids.len(),
        tick_races,
    }
}

/// The level for a score.
pub fn level_of(score: u32) -> u8 {
    1 + LEVELS.iter().filter(|&&t| score >= t).count() as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{run_source, Options};

    fn measured(src: &str) -> Difficulty {
        let options = Options {
            trace: true,
            ..Options::default()
        };
        let outcome = run_source(src, &options).expect("compiles");
        measure(&outcome.stdout, &outcome.events)
    }

    #[test]
    fn two_then_chains_interleave_in_one_tick_race() {
        let d = measured(
            "Promise.resolve().then(() => console.log('a1')).then(() => console.log('a2'));\n\
             Promise.resolve().then(() => console.log('b1')).then(() => console.log('b2'));\n",
        );
        // a1 b1 a2 b2: only b1 before a2 reverses the reading order.
        assert_eq!((d.inversions, d.tick_races), (1, 1));
    }

    #[test]
    fn one_chain_or_separate_drains_are_no_tick_race() {
        let chain = measured(
            "Promise.resolve().then(() => { console.log('a1'); Promise.resolve().then(() => console.log('a3')); })\n\
             .then(() => console.log('a2'));\n",
        );
        assert_eq!(chain.tick_races, 0);
        let timers = measured(
            "setTimeout(() => Promise.resolve().then(() => console.log('t1')), 0);\n\
             Promise.resolve().then(() => console.log('p1'));\n",
        );
        assert_eq!(timers.tick_races, 0);
    }
}
