//! Where generation time and memory go: with `CLIENTGEN_TIMINGS` set in the environment,
//! each pipeline stage prints one line to stderr when it ends — its wall time, the
//! process's resident memory then and its peak so far (Linux: `/proc/self/status`; blank
//! elsewhere). Off by default and free when off: one environment read per process.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CLIENTGEN_TIMINGS").is_some())
}

/// A stage being timed; the line is printed when it is dropped.
pub(crate) struct Span {
    name: &'static str,
    what: String,
    start: Option<Instant>,
}

/// Time the stage `name` of `what` (a file, a service) until the returned span drops.
pub(crate) fn span(name: &'static str, what: impl FnOnce() -> String) -> Span {
    let on = enabled();
    Span {
        name,
        what: if on { what() } else { String::new() },
        start: on.then(Instant::now),
    }
}

impl Drop for Span {
    fn drop(&mut self) {
        let Some(start) = self.start else { return };
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        let (rss, peak) = memory();
        eprintln!(
            "timing: {:<10} {:>9.1} ms  rss {:>6} MB  peak {:>6} MB  {}",
            self.name, ms, rss, peak, self.what
        );
    }
}

/// (resident, peak resident) in MB, from `/proc/self/status`; blank where it is missing.
fn memory() -> (String, String) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or_else(String::new, |kb| (kb / 1024).to_string())
    };
    (field("VmRSS:"), field("VmHWM:"))
}
