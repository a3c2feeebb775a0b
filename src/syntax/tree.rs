//! The parse tree as lowering reads it: pest's pairs copied once into one
//! array of nodes in source order.
//!
//! pest's `Pair` is cheap to hold but not to walk: each one carries two
//! reference-counted pointers that every copy bumps, and every
//! `into_inner` counts the children again. Lowering visits each node a few
//! times (its rule, its span, its children), so it reads this copy instead,
//! where all of that is indexing. The copy is one pass over pest's tokens.

use super::grammar::Rule;
use super::span::Span;
use pest::iterators::Pairs;
use pest::Token;

/// Every pair of a parse, parents before their children.
pub struct Tree<'i> {
    input: &'i str,
    nodes: Vec<NodeData>,
}

#[derive(Clone, Copy)]
struct NodeData {
    rule: Rule,
    start: u32,
    end: u32,
    /// The index of the node after this one's last descendant: its next
    /// sibling, if it has one.
    after: u32,
    /// How many children it has.
    kids: u32,
}

impl<'i> Tree<'i> {
    /// Copies the pairs of a parse of `input`.
    pub fn new(input: &'i str, pairs: Pairs<'i, Rule>) -> Tree<'i> {
        let tokens = pairs.tokens();
        // Each pair is a start and an end token.
        let mut nodes: Vec<NodeData> = Vec::with_capacity(tokens.len() / 2);
        // The nodes whose end has not been seen yet, innermost last.
        let mut open: Vec<usize> = Vec::with_capacity(64);
        for token in tokens {
            match token {
                Token::Start { rule, pos } => {
                    if let Some(&parent) = open.last() {
                        nodes[parent].kids += 1;
                    }
                    open.push(nodes.len());
                    let start = pos.pos() as u32;
                    nodes.push(NodeData {
                        rule,
                        start,
                        end: start,
                        after: 0,
                        kids: 0,
                    });
                }
                Token::End { pos, .. } => {
                    if let Some(at) = open.pop() {
                        let after = nodes.len() as u32;
                        let node = &mut nodes[at];
                        node.end = pos.pos() as u32;
                        node.after = after;
                    }
                }
            }
        }
        Tree { input, nodes }
    }

    /// The top-level nodes.
    pub fn roots(&self) -> Children<'_> {
        let mut len = 0;
        let mut at = 0;
        while let Some(node) = self.nodes.get(at) {
            at = node.after as usize;
            len += 1;
        }
        Children {
            tree: self,
            next: 0,
            len,
        }
    }
}

/// One node of a [`Tree`]: a pair, as pest's `Pair` would give it.
#[derive(Clone, Copy)]
pub struct Node<'t> {
    tree: &'t Tree<'t>,
    at: u32,
}

impl<'t> Node<'t> {
    fn data(self) -> NodeData {
        self.tree.nodes[self.at as usize]
    }

    /// The rule that matched.
    pub fn as_rule(self) -> Rule {
        self.data().rule
    }

    /// The text it matched.
    pub fn as_str(self) -> &'t str {
        let d = self.data();
        &self.tree.input[d.start as usize..d.end as usize]
    }

    /// Where it is in the source.
    pub fn span(self) -> Span {
        let d = self.data();
        Span {
            start: d.start,
            end: d.end,
        }
    }

    /// Its children.
    pub fn into_inner(self) -> Children<'t> {
        let d = self.data();
        Children {
            tree: self.tree,
            next: self.at + 1,
            len: d.kids,
        }
    }
}

/// The children of a node, in order.
#[derive(Clone)]
pub struct Children<'t> {
    tree: &'t Tree<'t>,
    /// The next child, unless `len` is 0.
    next: u32,
    /// How many children are left.
    len: u32,
}

impl<'t> Iterator for Children<'t> {
    type Item = Node<'t>;

    fn next(&mut self) -> Option<Node<'t>> {
        if self.len == 0 {
            return None;
        }
        let node = Node {
            tree: self.tree,
            at: self.next,
        };
        self.next = self.tree.nodes[self.next as usize].after;
        self.len -= 1;
        Some(node)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len as usize, Some(self.len as usize))
    }
}

impl ExactSizeIterator for Children<'_> {}

impl DoubleEndedIterator for Children<'_> {
    /// The last child: found by walking the siblings (there are few).
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.len == 0 {
            return None;
        }
        let mut at = self.next;
        for _ in 1..self.len {
            at = self.tree.nodes[at as usize].after;
        }
        self.len -= 1;
        Some(Node {
            tree: self.tree,
            at,
        })
    }
}
