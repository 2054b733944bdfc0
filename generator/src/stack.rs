//! Running a pipeline stage on a thread with a stack of its own. Deserializing, lowering
//! and rendering recurse as deep as the document nests (up to the parser's 128 levels),
//! which needs more than the 2 MiB a spawned thread gets by default in a debug build: a
//! caller on such a thread (a test, a tool's worker) would overflow its stack. The
//! stack is reserved, not committed: only the pages a deep document touches are used.

use std::sync::Mutex;

/// Stack for a stage: far more than the deepest document the parser accepts needs.
const STACK_BYTES: usize = 64 << 20;

/// Run `f` on a scoped thread with a [`STACK_BYTES`] stack (or here, if no thread can be
/// started). A panic in `f` is resumed in the caller.
pub(crate) fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let slot = Mutex::new(Some(f));
    let ran = std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("clientgen".into())
            .stack_size(STACK_BYTES)
            .spawn_scoped(s, || {
                let f = slot.lock().ok().and_then(|mut g| g.take());
                f.map(|f| f())
            });
        match spawned {
            Ok(handle) => match handle.join() {
                Ok(v) => v,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => None,
        }
    });
    match ran {
        Some(v) => v,
        None => {
            let f = slot.into_inner().ok().and_then(|mut g| g.take());
            match f {
                Some(f) => f(),
                // Unreachable: the closure is taken only by a thread that then ran it.
                None => std::panic::resume_unwind(Box::new("clientgen: stage lost")),
            }
        }
    }
}

/// Run each job on a scoped thread of its own with a [`STACK_BYTES`] stack, all at once,
/// and return their results in order. A job whose thread cannot be started runs here; a
/// panic in a job is resumed in the caller.
pub(crate) fn run_parallel<T: Send, F: FnOnce() -> T + Send>(jobs: Vec<F>) -> Vec<T> {
    let slots: Vec<Mutex<Option<F>>> = jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let take = |slot: &Mutex<Option<F>>| slot.lock().ok().and_then(|mut g| g.take());
    std::thread::scope(|s| {
        let handles: Vec<_> = slots
            .iter()
            .map(|slot| {
                std::thread::Builder::new()
                    .name("clientgen".into())
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(s, move || take(slot).map(|f| f()))
                    .ok()
            })
            .collect();
        handles
            .into_iter()
            .zip(&slots)
            .filter_map(|(handle, slot)| {
                let ran = match handle.map(|h| h.join()) {
                    Some(Ok(v)) => v,
                    Some(Err(panic)) => std::panic::resume_unwind(panic),
                    None => None,
                };
                ran.or_else(|| take(slot).map(|f| f()))
            })
            .collect()
    })
}

/// Run `a` on a scoped thread with a [`STACK_BYTES`] stack while `b` runs here, and return
/// both results: two independent passes over one document use both cores. `a` runs here
/// after `b` if no thread can be started; a panic in `a` is resumed in the caller.
pub(crate) fn join<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    let slot = Mutex::new(Some(a));
    let take = || slot.lock().ok().and_then(|mut g| g.take());
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("clientgen".into())
            .stack_size(STACK_BYTES)
            .spawn_scoped(s, || take().map(|f| f()));
        let rb = b();
        let ra = match spawned.map(|h| h.join()) {
            Ok(Ok(v)) => v,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => None,
        };
        match ra.or_else(|| take().map(|f| f())) {
            Some(ra) => (ra, rb),
            // Unreachable: the closure is taken only by a thread that then ran it.
            None => std::panic::resume_unwind(Box::new("clientgen: stage lost")),
        }
    })
}
