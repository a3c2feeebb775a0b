//! Promise state and reactions (ECMA-262 §27.2), written as the spec's steps.

use super::value::Value;

/// A promise's internal slots.
#[derive(Debug)]
pub struct PromiseData {
    /// `[[PromiseState]]` with its result.
    pub state: PromiseState,
    /// A small number naming the promise in traces ("promise #3").
    pub id: u32,
    /// `[[PromiseIsHandled]]`.
    pub is_handled: bool,
    /// `[[PromiseFulfillReactions]]`.
    pub fulfill_reactions: Vec<Reaction>,
    /// `[[PromiseRejectReactions]]`.
    pub reject_reactions: Vec<Reaction>,
}

/// `pending`, `fulfilled` or `rejected`, with the value or reason.
#[derive(Debug, Clone)]
pub enum PromiseState {
    /// Not settled yet.
    Pending,
    /// Fulfilled with a value.
    Fulfilled(Value),
    /// Rejected with a reason.
    Rejected(Value),
}

/// A `PromiseReaction` record.
#[derive(Debug, Clone)]
pub struct Reaction {}
