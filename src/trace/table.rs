//! The step table (`jsorder trace`): one row per event, with the call stack,
//! both microtask queues, the macrotask side and what was printed.

use super::describe;
use crate::engine::{Event, EventKind, Stream};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};

/// Renders events as a table `width` columns wide (cells wrap).
pub fn render_table(events: &[Event], width: u16) -> String {
    render_table_marked(events, width, &[])
}

/// Like [`render_table`], with the rows of the steps in `marked` flagged `▶`
/// (the grader marks the steps that decide a divergence).
pub fn render_table_marked(events: &[Event], width: u16, marked: &[u32]) -> String {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(vec![
            "#",
            "what happened",
            "call stack",
            "nextTick / microtasks",
            "timers / immediates",
            "printed",
        ]);
    for e in events {
        let s = &e.after;
        let micro = lines(&s.ticks) + &lines(&s.microtasks);
        let macro_side = lines(&s.timers) + &lines(&s.immediates);
        let printed = match &e.kind {
            EventKind::Log {
                text,
                stream: Stream::Stdout,
                ..
            } => text.clone(),
            _ => String::new(),
        };
        table.add_row(vec![
            Cell::new(if marked.contains(&e.step) {
                format!("▶ {}", e.step)
            } else {
                e.step.to_string()
            }),
            Cell::new(describe(&e.kind)),
            Cell::new(s.stack.iter().rev().cloned().collect::<Vec<_>>().join("\n")),
            Cell::new(micro.trim_end()),
            Cell::new(macro_side.trim_end()),
            Cell::new(printed),
        ]);
    }
    table.to_string()
}

/// Queue entries head first; each label names its kind ("nextTick callback …").
fn lines(items: &[String]) -> String {
    items.iter().map(|i| format!("{i}\n")).collect()
}
