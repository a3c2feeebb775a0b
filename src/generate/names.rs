//! Meaningful names: each scene of a puzzle is about one noun (`user`,
//! `invoice`, …), drawn without replacement, so function names (`loadUser`)
//! and log labels (`'user loaded'`) are unique by construction.

use super::rng::Rng;

const NOUNS: &[&str] = &[
    "user", "order", "report", "cart", "invoice", "profile", "photo", "email", "ticket", "payment",
    "comment", "session", "config", "cache", "token", "playlist", "message", "avatar", "review",
    "coupon", "draft", "badge", "receipt", "search", "upload", "backup", "metric", "feed", "alert",
    "score", "route", "quote", "banner", "survey", "stock", "price", "address", "contact", "note",
    "invite",
];

/// Hands out fresh nouns for one puzzle.
pub struct Names {
    pool: Vec<&'static str>,
    next: usize,
}

impl Names {
    /// The nouns in a seed-dependent order.
    pub fn new(rng: &mut Rng) -> Names {
        let mut pool = NOUNS.to_vec();
        rng.shuffle(&mut pool);
        Names { pool, next: 0 }
    }

    /// A noun not handed out before in this puzzle (numbered once the list runs out).
    pub fn noun(&mut self) -> String {
        let i = self.next;
        self.next += 1;
        let base = self.pool[i % self.pool.len()];
        match i / self.pool.len() {
            0 => base.to_string(),
            round => format!("{base}{}", round + 1),
        }
    }
}

/// `verb` + capitalised `noun`: `load` + `user` → `loadUser`.
pub fn function_name(verb: &str, noun: &str) -> String {
    let mut chars = noun.chars();
    match chars.next() {
        Some(first) => format!("{verb}{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => verb.to_string(),
    }
}
