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

use crate::engine::{Event, EventKind, LogLine, QueueKind};
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
    let keys: Vec<Vec<u32>> = lines.iter().map(|l| reading_key(l, &parents)).collect();
    let mut inversions = 0;
    for (i, a) in keys.iter().enumerate() {
        inversions += keys[i + 1..].iter().filter(|b| *b < a).count();
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
    }
}

/// The level for a score.
pub fn level_of(score: u32) -> u8 {
    1 + LEVELS.iter().filter(|&&t| score >= t).count() as u8
}
