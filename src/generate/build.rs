//! The scene builders: each turns one topic into a few statements of a
//! puzzle, choosing only patterns whose order under real Node is fixed
//! (SEMANTICS.md §7a).
//!
//! A *scene* is a unit a teacher would recognise — "a timer whose callback
//! queues a promise", "an async function awaiting a helper", "a then chain
//! that throws and recovers". Scenes nest: a callback's body holds more
//! scenes, limited by the difficulty level and by what the callback's context
//! may safely schedule ([`Ctx`]).

use super::make::*;
use super::names::{function_name, Names};
use super::rng::Rng;
use super::Topic;
use crate::syntax::ast::{DeclKind, Expr, Program, Stmt};
use crate::syntax::span::Span;
use std::collections::BTreeSet;

/// What the code being generated runs under, which decides what it may schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// The main script and the microtasks it queues.
    Top,
    /// A 0 or 100 ms timer callback: may create more 0 ms timers.
    Timer,
    /// The 200 ms timer callback: may queue immediates, creates no timers.
    Late,
    /// An immediate callback: may queue immediates, creates no timers.
    Immediate,
}

impl Ctx {
    fn may_create_timers(self) -> bool {
        matches!(self, Ctx::Top | Ctx::Timer)
    }
}

/// One kind of scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scene {
    SyncCall,
    Timer,
    NextTick,
    ThenChain,
    Executor,
    QueueMicrotask,
    AsyncCall,
    RejectChain,
    AsyncTryCatch,
    Interval,
    Thenable,
    Immediate,
    Combinator,
}

impl Scene {
    /// The topic a scene belongs to (`None`: plain synchronous code, always allowed).
    fn topic(self) -> Option<Topic> {
        Some(match self {
            Scene::SyncCall => return None,
            Scene::Timer => Topic::Timers,
            Scene::NextTick => Topic::NextTick,
            Scene::ThenChain | Scene::Executor | Scene::QueueMicrotask => Topic::Promises,
            Scene::AsyncCall => Topic::Async,
            Scene::RejectChain | Scene::AsyncTryCatch => Topic::Errors,
            Scene::Interval => Topic::Intervals,
            Scene::Thenable => Topic::Thenables,
            Scene::Immediate => Topic::Immediate,
            Scene::Combinator => Topic::Combinators,
        })
    }

    /// How often the scene is picked, relative to the others.
    fn weight(self) -> usize {
        match self {
            Scene::SyncCall | Scene::Interval | Scene::QueueMicrotask => 1,
            _ => 3,
        }
    }
}

// A new scene goes last: `choose` walks this list, and scenes of topics a
// puzzle does not allow must not shift the choices of older seeds.
const SCENES: [Scene; 13] = [
    Scene::SyncCall,
    Scene::Timer,
    Scene::NextTick,
    Scene::ThenChain,
    Scene::Executor,
    Scene::QueueMicrotask,
    Scene::AsyncCall,
    Scene::RejectChain,
    Scene::AsyncTryCatch,
    Scene::Interval,
    Scene::Thenable,
    Scene::Immediate,
    Scene::Combinator,
];

/// Size knobs for a difficulty level.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Scenes at the top level.
    top_scenes: usize,
    /// How deep callbacks may nest scenes.
    max_depth: usize,
    /// Chance (percent) that a callback holds a nested scene.
    nest_chance: usize,
    /// Most topics one puzzle mixes.
    topics: usize,
}

fn shape(level: u8) -> Shape {
    let (top_scenes, max_depth, nest_chance, topics) = match level {
        0 | 1 => (2, 0, 0, 1),
        2 => (2, 1, 25, 2),
        3 => (3, 1, 45, 3),
        4 => (5, 2, 55, 4),
        _ => (6, 3, 65, 5),
    };
    Shape {
        top_scenes,
        max_depth,
        nest_chance,
        topics,
    }
}

/// A generated program before printing, with the topics it really uses.
pub struct Draft {
    /// The program (spans empty).
    pub program: Program,
    /// Topics of the scenes it contains.
    pub topics: BTreeSet<Topic>,
}

/// Builds the program for `seed` at builder level `level` from `allowed` topics.
pub fn build(seed: u64, level: u8, allowed: &[Topic]) -> Draft {
    let mut rng = Rng::new(seed);
    let names = Names::new(&mut rng);
    let shape = shape(level);
    let mut pool: Vec<Topic> = Topic::ALL
        .iter()
        .copied()
        .filter(|t| allowed.contains(t))
        .collect();
    rng.shuffle(&mut pool);
    pool.truncate(shape.topics.max(1));
    let mut b = Builder {
        rng,
        names,
        shape,
        topics: pool,
        used: BTreeSet::new(),
        helpers: Vec::new(),
        late_used: [false; 2],
        sleep_declared: false,
    };
    let body = b.main(level);
    let mut stmts = b.helpers;
    stmts.extend(body);
    Draft {
        program: Program {
            body: stmts,
            span: Span::default(),
        },
        topics: b.used,
    }
}

struct Builder {
    rng: Rng,
    names: Names,
    shape: Shape,
    /// Topics this puzzle draws from.
    topics: Vec<Topic>,
    /// Topics actually used.
    used: BTreeSet<Topic>,
    /// Function and constant declarations, printed before the main code.
    helpers: Vec<Stmt>,
    /// Whether the 100 ms and 200 ms top-level delays are taken (each is used once).
    late_used: [bool; 2],
    /// Whether `function sleep(ms)` is declared.
    sleep_declared: bool,
}

impl Builder {
    fn allows(&self, topic: Topic) -> bool {
        self.topics.contains(&topic)
    }

    /// The main script: a first log (before any timer), the scenes, a last log.
    fn main(&mut self, level: u8) -> Vec<Stmt> {
        let mut body = vec![log_label("script start")];
        if level <= 1 {
            body.extend(self.scene(Scene::SyncCall, Ctx::Top, 0));
            let second = self.first_available(
                &[
                    Scene::Timer,
                    Scene::NextTick,
                    Scene::ThenChain,
                    Scene::AsyncCall,
                ],
                Ctx::Top,
                0,
            );
            body.extend(self.scene(second, Ctx::Top, 0));
        } else {
            let n = self.shape.top_scenes + self.rng.below(2);
            for _ in 0..n {
                let s = self.choose(Ctx::Top, 0);
                body.extend(self.scene(s, Ctx::Top, 0));
            }
        }
        body.push(log_label("script end"));
        body
    }

    fn available(&self, scene: Scene, ctx: Ctx, depth: usize) -> bool {
        let topic_ok = scene.topic().is_none_or(|t| self.allows(t));
        topic_ok
            && match scene {
                Scene::Timer => ctx.may_create_timers(),
                Scene::Interval => ctx == Ctx::Top && depth == 0,
                Scene::Immediate => match ctx {
                    Ctx::Top => !self.late_used[1],
                    Ctx::Late | Ctx::Immediate => true,
                    Ctx::Timer => false,
                },
                _ => true,
            }
    }

    fn first_available(&self, wanted: &[Scene], ctx: Ctx, depth: usize) -> Scene {
        wanted
            .iter()
            .copied()
            .find(|s| s.topic().is_some() && self.available(*s, ctx, depth))
            .unwrap_or(Scene::SyncCall)
    }

    /// A weighted random scene allowed here.
    fn choose(&mut self, ctx: Ctx, depth: usize) -> Scene {
        let options: Vec<Scene> = SCENES
            .iter()
            .copied()
            .filter(|s| self.available(*s, ctx, depth))
            .filter(|s| depth == 0 || *s != Scene::SyncCall)
            .collect();
        let total: usize = options.iter().map(|s| s.weight()).sum();
        let mut roll = self.rng.below(total);
        for s in &options {
            if roll < s.weight() {
                return *s;
            }
            roll -= s.weight();
        }
        Scene::SyncCall
    }

    fn scene(&mut self, scene: Scene, ctx: Ctx, depth: usize) -> Vec<Stmt> {
        if let Some(t) = scene.topic() {
            self.used.insert(t);
        }
        let noun = self.names.noun();
        match scene {
            Scene::SyncCall => vec![self.sync_call(&noun)],
            Scene::Timer => vec![self.timer(&noun, ctx, depth)],
            Scene::NextTick => vec![self.next_tick(&noun, ctx, depth)],
            Scene::ThenChain => vec![self.then_chain(&noun, ctx, depth)],
            Scene::Executor => vec![self.executor(&noun, ctx, depth)],
            Scene::QueueMicrotask => vec![self.queue_microtask(&noun, ctx, depth)],
            Scene::AsyncCall => vec![self.async_call(&noun, ctx)],
            Scene::RejectChain => vec![self.reject_chain(&noun)],
            Scene::AsyncTryCatch => vec![self.async_try_catch(&noun)],
            Scene::Interval => self.interval(&noun),
            Scene::Thenable => vec![self.thenable_use(&noun, ctx)],
            Scene::Immediate => vec![self.immediate(&noun, ctx, depth)],
            Scene::Combinator => vec![self.combinator(&noun, ctx, depth)],
        }
    }

    /// The body of a callback: its own log line, then maybe nested scenes.
    fn callback_body(&mut self, first: Stmt, ctx: Ctx, depth: usize) -> Vec<Stmt> {
        let mut body = vec![first];
        if depth < self.shape.max_depth {
            let mut n = 0;
            while n < 2 && self.rng.chance(self.shape.nest_chance) {
                let s = self.choose(ctx, depth + 1);
                body.extend(self.scene(s, ctx, depth + 1));
                n += 1;
            }
        }
        body
    }

    // ------------------------------------------------------------------
    // Synchronous code
    // ------------------------------------------------------------------

    /// `function formatUser() { … }` called at once, maybe calling a second helper.
    fn sync_call(&mut self, noun: &str) -> Stmt {
        let verb = self
            .rng
            .pick(&["format", "render", "validate", "prepare", "compute"]);
        let name = function_name(verb.unwrap_or("format"), noun);
        let mut body = vec![log_label(&format!("{noun} {} start", verb.unwrap_or("")))];
        if self.rng.chance(70) {
            let inner_noun = self.names.noun();
            let inner_verb = self.rng.pick(&["check", "build", "measure", "clean"]);
            let inner = function_name(inner_verb.unwrap_or("check"), &inner_noun);
            let inner_body = vec![log_label(&format!(
                "{} {inner_noun}",
                inner_verb.unwrap_or("check")
            ))];
            self.helpers
                .push(function_decl(&inner, false, &[], inner_body));
            body.push(run(call_fn(&inner, vec![])));
        }
        body.push(log_label(&format!("{noun} {} end", verb.unwrap_or(""))));
        self.helpers.push(function_decl(&name, false, &[], body));
        run(call_fn(&name, vec![]))
    }

    // ------------------------------------------------------------------
    // Macrotasks
    // ------------------------------------------------------------------

    /// A top-level delay: 0 as often as wanted, 100 once (200 is kept for immediates).
    fn delay(&mut self, ctx: Ctx) -> u32 {
        if ctx == Ctx::Top && !self.late_used[0] && self.rng.chance(30) {
            self.late_used[0] = true;
            return 100;
        }
        0
    }

    /// `setTimeout(() => { … }, delay);`
    fn timer(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        let delay = self.delay(ctx);
        let label = if delay == 0 {
            format!("{noun} timeout")
        } else {
            format!("{noun} timeout {delay}ms")
        };
        let body = self.callback_body(log_label(&label), Ctx::Timer, depth);
        if self.rng.chance(30) {
            let name = function_name("on", &format!("{noun}Timeout"));
            self.helpers.push(function_decl(&name, false, &[], body));
            return run(call_fn("setTimeout", vec![var(&name), num(delay)]));
        }
        run(call_fn("setTimeout", vec![arrow(&[], body), num(delay)]))
    }

    /// `setImmediate(…)`: at the top level wrapped in the one 200 ms timer.
    fn immediate(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        if ctx == Ctx::Top {
            self.late_used[1] = true;
            self.used.insert(Topic::Timers);
            let inner_noun = self.names.noun();
            let imm = self.immediate(&inner_noun, Ctx::Late, depth + 1);
            let mut body = vec![log_label(&format!("{noun} timeout 200ms")), imm];
            if self.rng.chance(60) {
                let s = self.choose_microtask(Ctx::Late, depth + 1);
                body.extend(self.scene(s, Ctx::Late, depth + 1));
            }
            return run(call_fn("setTimeout", vec![arrow(&[], body), num(200)]));
        }
        let body = self.callback_body(
            log_label(&format!("{noun} immediate")),
            Ctx::Immediate,
            depth,
        );
        run(call_fn("setImmediate", vec![callback(&[], body)]))
    }

    fn choose_microtask(&mut self, ctx: Ctx, depth: usize) -> Scene {
        for _ in 0..8 {
            let s = self.choose(ctx, depth);
            if !matches!(s, Scene::Immediate | Scene::Timer | Scene::Interval) {
                return s;
            }
        }
        Scene::SyncCall
    }

    /// A counter, an interval that logs it, and a `clearInterval` after a few runs.
    fn interval(&mut self, noun: &str) -> Vec<Stmt> {
        let count = function_name(noun, "count");
        let handle = function_name(noun, "timer");
        let runs = 2 + self.rng.below(2) as u32;
        let mut body = vec![
            run(increment(&count)),
            log(vec![string(&format!("{noun} poll")), var(&count)]),
        ];
        if self.rng.chance(50) && self.allows(Topic::Promises) {
            body.push(run(method(
                promise("resolve", vec![var(&count)]),
                "then",
                vec![arrow_expr(
                    &["n"],
                    method(
                        var("console"),
                        "log",
                        vec![string(&format!("{noun} checked")), var("n")],
                    ),
                )],
            )));
        }
        body.push(if_then(
            strict_eq(var(&count), num(runs)),
            vec![
                run(call_fn("clearInterval", vec![var(&handle)])),
                log_label(&format!("{noun} stopped")),
            ],
        ));
        vec![
            decl(DeclKind::Let, &count, num(0)),
            decl(
                DeclKind::Const,
                &handle,
                call_fn("setInterval", vec![arrow(&[], body), num(0)]),
            ),
        ]
    }

    // ------------------------------------------------------------------
    // Microtasks
    // ------------------------------------------------------------------

    /// `process.nextTick(() => { … });`
    fn next_tick(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        let body = self.callback_body(log_label(&format!("{noun} tick")), ctx, depth);
        run(method(
            var("process"),
            "nextTick",
            vec![callback(&[], body)],
        ))
    }

    /// `queueMicrotask(() => { … });`
    fn queue_microtask(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        let body = self.callback_body(log_label(&format!("{noun} microtask")), ctx, depth);
        run(call_fn("queueMicrotask", vec![callback(&[], body)]))
    }

    /// `Promise.resolve().then(…).then(…)` whose handlers may return promises or thenables.
    fn then_chain(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        let links = 2 + self.rng.below(2);
        let mut chain = promise("resolve", vec![]);
        for step in 1..=links {
            let mut body = vec![log_label(&format!("{noun} step {step}"))];
            if step < links {
                match self.rng.below(6) {
                    0 => body.push(ret(promise("resolve", vec![]))),
                    1 if self.allows(Topic::Thenables) => {
                        self.used.insert(Topic::Thenables);
                        body.push(ret(thenable(vec![run(call_fn("resolve", vec![]))])));
                    }
                    _ => {}
                }
            } else if depth < self.shape.max_depth && self.rng.chance(self.shape.nest_chance) {
                let s = self.choose(ctx, depth + 1);
                body.extend(self.scene(s, ctx, depth + 1));
            }
            chain = method(chain, "then", vec![arrow(&[], body)]);
        }
        run(chain)
    }

    /// `new Promise(resolve => { log; resolve(); }).then(…)`
    fn executor(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        let exec = arrow(
            &["resolve"],
            vec![
                log_label(&format!("{noun} executor")),
                run(call_fn("resolve", vec![string(noun)])),
            ],
        );
        let first = log(vec![string(&format!("{noun} resolved with")), var("value")]);
        let body = self.callback_body(first, ctx, depth);
        run(method(
            new("Promise", vec![exec]),
            "then",
            vec![callback(&["value"], body)],
        ))
    }

    /// What an async function awaits.
    fn awaited(&mut self, noun: &str, ctx: Ctx, step: usize) -> Expr {
        match self.rng.below(5) {
            0 if ctx.may_create_timers() && self.allows(Topic::Timers) => {
                self.used.insert(Topic::Timers);
                self.declare_sleep();
                call_fn("sleep", vec![num(0)])
            }
            1 => {
                let helper = function_name("fetch", &format!("{noun}Part{step}"));
                let body = vec![
                    log_label(&format!("{noun} part {step} fetched")),
                    ret(string(&format!("part {step}"))),
                ];
                self.helpers.push(function_decl(&helper, true, &[], body));
                call_fn(&helper, vec![])
            }
            2 if self.allows(Topic::Thenables) => {
                self.used.insert(Topic::Thenables);
                thenable(vec![
                    log_label(&format!("{noun} thenable {step}")),
                    run(call_fn("resolve", vec![])),
                ])
            }
            3 => expr(crate::syntax::ast::ExprKind::Null),
            _ => promise("resolve", vec![]),
        }
    }

    fn declare_sleep(&mut self) {
        if self.sleep_declared {
            return;
        }
        self.sleep_declared = true;
        let body = vec![ret(new(
            "Promise",
            vec![arrow_expr(
                &["resolve"],
                call_fn("setTimeout", vec![var("resolve"), var("ms")]),
            )],
        ))];
        self.helpers
            .push(function_decl("sleep", false, &["ms"], body));
    }

    /// `async function loadUser() { …awaits… }` called now, maybe with a `.then`.
    fn async_call(&mut self, noun: &str, ctx: Ctx) -> Stmt {
        let verb = self
            .rng
            .pick(&["load", "fetch", "save", "sync", "send"])
            .unwrap_or("load");
        let name = function_name(verb, noun);
        let mut body = vec![log_label(&format!("{noun} {verb} start"))];
        let awaits = 1 + self.rng.below(2);
        for step in 1..=awaits {
            let what = self.awaited(noun, ctx, step);
            body.push(run(await_(what)));
            body.push(log_label(&format!("{noun} after await {step}")));
        }
        let returns = self.rng.chance(50);
        if returns {
            body.push(ret(string(&format!("{noun} ready"))));
        }
        self.helpers.push(function_decl(&name, true, &[], body));
        if returns {
            let log_value = log(vec![string(&format!("{noun} result:")), var("value")]);
            return run(method(
                call_fn(&name, vec![]),
                "then",
                vec![callback(&["value"], vec![log_value])],
            ));
        }
        run(call_fn(&name, vec![]))
    }

    /// A rejection handled by `.catch` (maybe with a throwing `.then` first and a `.finally`).
    fn reject_chain(&mut self, noun: &str) -> Stmt {
        let message = format!("{noun} failed");
        let mut chain = if self.rng.chance(50) {
            promise("reject", vec![error(&message)])
        } else {
            let body = vec![
                log_label(&format!("{noun} checking")),
                throw(error(&message)),
            ];
            method(promise("resolve", vec![]), "then", vec![arrow(&[], body)])
        };
        let caught = log(vec![
            string(&format!("{noun} caught:")),
            member(var("e"), "message"),
        ]);
        chain = method(chain, "catch", vec![arrow(&["e"], vec![caught])]);
        if self.rng.chance(50) {
            chain = method(
                chain,
                "finally",
                vec![arrow(&[], vec![log_label(&format!("{noun} cleanup"))])],
            );
        }
        run(chain)
    }

    /// An async function awaiting something that rejects, inside `try/catch`.
    fn async_try_catch(&mut self, noun: &str) -> Stmt {
        let failing = function_name("request", noun);
        self.helpers.push(function_decl(
            &failing,
            true,
            &[],
            vec![
                log_label(&format!("{noun} requested")),
                throw(error(&format!("{noun} unavailable"))),
            ],
        ));
        let name = function_name("try", &format!("{noun}Request"));
        let handler = vec![log(vec![
            string(&format!("{noun} error:")),
            member(var("e"), "message"),
        ])];
        let finalizer = self
            .rng
            .chance(50)
            .then(|| vec![log_label(&format!("{noun} finally"))]);
        let body = vec![
            log_label(&format!("{noun} attempt")),
            try_catch(
                vec![run(await_(call_fn(&failing, vec![])))],
                handler,
                finalizer,
            ),
            log_label(&format!("{noun} attempt over")),
        ];
        self.helpers.push(function_decl(&name, true, &[], body));
        run(call_fn(&name, vec![]))
    }

    /// `Promise.all/allSettled/race/any([…])` over a mix of values, resolved
    /// and rejected promises, async helper calls, thenables and `sleep(0)`.
    fn combinator(&mut self, noun: &str, ctx: Ctx, depth: usize) -> Stmt {
        let kind = self
            .rng
            .pick(&["all", "allSettled", "race", "any"])
            .unwrap_or("all");
        let count = 2 + self.rng.below(2);
        let mut items = Vec::new();
        let mut rejects = false;
        for k in 1..=count {
            let value = format!("{noun} {k}");
            items.push(match self.rng.below(6) {
                0 => string(&value),
                1 if self.allows(Topic::Errors) => {
                    self.used.insert(Topic::Errors);
                    rejects = true;
                    promise("reject", vec![error(&format!("{noun} {k} failed"))])
                }
                2 => {
                    let helper = function_name("load", &format!("{noun}Item{k}"));
                    let body = vec![
                        log_label(&format!("{noun} item {k} loading")),
                        ret(string(&value)),
                    ];
                    self.helpers.push(function_decl(&helper, true, &[], body));
                    call_fn(&helper, vec![])
                }
                3 if self.allows(Topic::Thenables) => {
                    self.used.insert(Topic::Thenables);
                    thenable(vec![run(call_fn("resolve", vec![string(&value)]))])
                }
                4 if ctx.may_create_timers() && self.allows(Topic::Timers) => {
                    self.used.insert(Topic::Timers);
                    self.declare_sleep();
                    method(
                        call_fn("sleep", vec![num(0)]),
                        "then",
                        vec![arrow_expr(&[], string(&value))],
                    )
                }
                _ => promise("resolve", vec![string(&value)]),
            });
        }
        let (param, first) = match kind {
            "allSettled" => {
                let statuses = method(
                    method(
                        var("results"),
                        "map",
                        vec![arrow_expr(&["r"], member(var("r"), "status"))],
                    ),
                    "join",
                    vec![string(", ")],
                );
                (
                    "results",
                    log(vec![string(&format!("{noun} settled:")), statuses]),
                )
            }
            "all" => (
                "values",
                log(vec![string(&format!("{noun} all:")), var("values")]),
            ),
            _ => (
                "value",
                log(vec![string(&format!("{noun} {kind}:")), var("value")]),
            ),
        };
        let body = self.callback_body(first, ctx, depth);
        let mut chain = method(
            promise(kind, vec![array(items)]),
            "then",
            vec![callback(&[param], body)],
        );
        if rejects && kind != "allSettled" {
            let caught = log(vec![
                string(&format!("{noun} {kind} rejected:")),
                member(var("e"), "message"),
            ]);
            chain = method(chain, "catch", vec![arrow(&["e"], vec![caught])]);
        }
        run(chain)
    }

    /// A thenable object adopted by a promise: `Promise.resolve(cachedUser).then(…)`.
    fn thenable_use(&mut self, noun: &str, ctx: Ctx) -> Stmt {
        let object = function_name("cached", noun);
        self.helpers.push(decl(
            DeclKind::Const,
            &object,
            thenable(vec![
                log_label(&format!("{noun} then called")),
                run(call_fn(
                    "resolve",
                    vec![string(&format!("{noun} from cache"))],
                )),
            ]),
        ));
        let _ = ctx;
        let handler = log(vec![string(&format!("{noun} adopted:")), var("value")]);
        run(method(
            promise("resolve", vec![var(&object)]),
            "then",
            vec![callback(&["value"], vec![handler])],
        ))
    }
}
