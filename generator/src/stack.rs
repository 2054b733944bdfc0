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

/// A value being dropped on a thread of its own; dropping this waits until it is gone.
pub(crate) struct Dropping(Option<std::thread::JoinHandle<()>>);

impl Drop for Dropping {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            if let Err(panic) = handle.join() {
                std::panic::resume_unwind(panic);
            }
        }
    }
}

/// Drop `value` on another thread (with a [`STACK_BYTES`] stack: dropping a tree recurses
/// as deep as it nests) while the caller goes on: freeing the loaded document takes tens
/// of milliseconds on a big one, which the stage after it need not wait for. Dropped here
/// when no thread can be started.
pub(crate) fn drop_aside<T: Send + 'static>(value: T) -> Dropping {
    // When the thread cannot start, the closure, and `value` with it, is dropped here.
    let spawned = std::thread::Builder::new()
        .name("clientgen".into())
        .stack_size(STACK_BYTES)
        .spawn(move || drop(value));
    Dropping(spawned.ok())
}

/// A queue shared by the workers of [`run_queue`]: the jobs waiting, how many are being
/// worked on (each may still add jobs), and whether a worker panicked.
struct Queue<J> {
    waiting: std::collections::VecDeque<J>,
    running: usize,
    abandoned: bool,
}

/// Marks one job as running; when dropped without [`Running::done`] (its job panicked),
/// the queue is abandoned so the other workers stop waiting for jobs that will never come.
struct Running<'a, J> {
    shared: &'a (Mutex<Queue<J>>, std::sync::Condvar),
    finished: bool,
}

impl<J> Running<'_, J> {
    /// The job is done and added `more` jobs (to the back of the queue).
    fn done(mut self, more: Vec<J>) {
        let (lock, ready) = self.shared;
        let mut q = lock.lock().unwrap_or_else(|p| p.into_inner());
        q.waiting.extend(more);
        q.running -= 1;
        self.finished = true;
        ready.notify_all();
    }
}

impl<J> Drop for Running<'_, J> {
    fn drop(&mut self) {
        if !self.finished {
            let (lock, ready) = self.shared;
            let mut q = lock.lock().unwrap_or_else(|p| p.into_inner());
            q.running -= 1;
            q.abandoned = true;
            ready.notify_all();
        }
    }
}

/// The next job, waiting while the queue is empty but a running job may still add one;
/// `None` when every job is done (or the queue was abandoned).
fn next_job<J>(shared: &(Mutex<Queue<J>>, std::sync::Condvar)) -> Option<(J, Running<'_, J>)> {
    let (lock, ready) = shared;
    let mut q = lock.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        if q.abandoned {
            return None;
        }
        if let Some(job) = q.waiting.pop_front() {
            q.running += 1;
            let running = Running {
                shared,
                finished: false,
            };
            return Some((job, running));
        }
        if q.running == 0 {
            return None;
        }
        q = ready.wait(q).unwrap_or_else(|p| p.into_inner());
    }
}

/// Run `jobs`, first come first served, on `workers` scoped threads with a
/// [`STACK_BYTES`] stack each, where a job may add jobs: `work` returns its result and the
/// jobs it adds (to the back of the queue). Unlike one thread per job, this keeps every
/// core busy until the last job is done when jobs differ in size: a big job's follow-up
/// work (the pieces of a big file) is shared out as soon as it is queued. Results come in
/// the order jobs finished; a panic in a job is resumed in the caller. When no thread can
/// be started, the jobs run here.
pub(crate) fn run_queue<J: Send, R: Send>(
    jobs: Vec<J>,
    workers: usize,
    work: impl Fn(J) -> (R, Vec<J>) + Sync,
) -> Vec<R> {
    let shared = (
        Mutex::new(Queue {
            waiting: jobs.into(),
            running: 0,
            abandoned: false,
        }),
        std::sync::Condvar::new(),
    );
    let worker = || {
        let mut results = Vec::new();
        while let Some((job, running)) = next_job(&shared) {
            let (result, more) = work(job);
            results.push(result);
            running.done(more);
        }
        results
    };
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers.max(1))
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("clientgen".into())
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(s, worker)
                    .ok()
            })
            .collect();
        if handles.is_empty() {
            return worker();
        }
        let mut results = Vec::new();
        let mut panic = None;
        for handle in handles {
            match handle.join() {
                Ok(r) => results.extend(r),
                Err(p) => panic = panic.or(Some(p)),
            }
        }
        if let Some(p) = panic {
            std::panic::resume_unwind(p);
        }
        results
    })
}

/// How many workers to run side by side: one per core the process may use.
pub(crate) fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_added_by_jobs_all_run_once() {
        // Job n adds jobs n*2 and n*2+1 below 100: every number in 1..100 runs once,
        // whatever the number of workers (including more workers than jobs).
        for workers in [1, 2, 7] {
            let mut done = run_queue(vec![1u32], workers, |n| {
                let more = [n * 2, n * 2 + 1]
                    .into_iter()
                    .filter(|&m| m < 100)
                    .collect();
                (n, more)
            });
            done.sort_unstable();
            assert_eq!(done, (1..100).collect::<Vec<_>>(), "{workers} workers");
        }
        assert!(run_queue(Vec::<u8>::new(), 2, |n| (n, vec![])).is_empty());
    }

    #[test]
    fn a_panicking_job_is_resumed_and_the_others_do_not_hang() {
        let caught = std::panic::catch_unwind(|| {
            run_queue((0..20u32).collect(), 2, |n| {
                if n == 3 {
                    std::panic::panic_any("job 3");
                }
                // Keep the other worker waiting on jobs the panicking one might add.
                std::thread::sleep(std::time::Duration::from_millis(1));
                (n, vec![])
            })
        });
        let payload = caught.unwrap_err();
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"job 3"));
    }
}
