//! [`RetryPolicy`]: which attempts are retried, and how long to wait (exponential backoff
//! with full jitter, or the server's `Retry-After`).

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// When and how to retry. Idempotent methods are retried on connect errors and on 408,
/// 429, 502, 503 and 504; POST and PATCH only when `retry_non_idempotent` is set.
///
/// ```
/// use std::time::Duration;
/// use clientgen_runtime::RetryPolicy;
///
/// let policy = RetryPolicy { max_retries: 4, ..RetryPolicy::default() };
/// // Full jitter: anywhere from zero to the cap, 200 ms · 2^attempt (at most 10 s).
/// assert!(policy.backoff(2) <= Duration::from_millis(800));
/// assert_eq!(RetryPolicy::none().max_retries, 0);
/// ```
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 turns retrying off).
    pub max_retries: u32,
    /// The backoff cap of the first retry; it doubles with each retry.
    pub initial_backoff: Duration,
    /// The largest backoff cap.
    pub max_backoff: Duration,
    /// A `Retry-After` longer than this is not waited for: the error is returned.
    pub max_retry_after: Duration,
    /// Retry POST and PATCH too (only for APIs where repeating them is safe).
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// The wait before retry number `attempt + 1` when the server gave no `Retry-After`:
    /// exponential backoff with full jitter, a uniformly random duration in
    /// `[0, min(initial_backoff · 2^attempt, max_backoff)]`.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let cap = self
            .initial_backoff
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max_backoff);
        cap.mul_f64(fastrand::f64())
    }

    /// Whether requests of `method` may be retried at all.
    pub(super) fn allows(&self, method: super::HttpMethod) -> bool {
        self.retry_non_idempotent || method.is_idempotent()
    }

    /// The wait before retrying after a connect error on attempt `attempt` (0-based), or
    /// `None` when the retries are used up.
    pub(super) fn after_connect_error(&self, attempt: u32) -> Option<Duration> {
        (attempt < self.max_retries).then(|| self.backoff(attempt))
    }

    /// The wait before retrying a response, or `None` to return it: a retryable status
    /// while retries are left, waiting what `Retry-After` says (unless longer than
    /// `max_retry_after`, then the response is the answer) or the backoff.
    pub(super) fn after_response(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        attempt: u32,
    ) -> Option<Duration> {
        if !retryable_status(status) || attempt >= self.max_retries {
            return None;
        }
        match retry_after(headers) {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(attempt)),
        }
    }
}

/// The statuses worth another attempt: timeouts, rate limits, gateways.
fn retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 408 | 429 | 502 | 503 | 504)
}

/// `Retry-After` as seconds or an HTTP date (a date in the past is no wait); `None` when
/// absent or neither.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderValue, RETRY_AFTER};

    fn retry_after_header(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn backoff_is_full_jitter_under_a_doubling_cap() {
        let policy = RetryPolicy::default();
        for attempt in 0..8 {
            let cap = Duration::from_millis(200 * (1 << attempt)).min(Duration::from_secs(10));
            let waits: Vec<Duration> = (0..200).map(|_| policy.backoff(attempt)).collect();
            assert!(
                waits.iter().all(|w| *w <= cap),
                "attempt {attempt}: over {cap:?}"
            );
            // Jitter: not all the same, and some well under half the cap.
            assert!(waits.iter().any(|w| *w < cap / 2), "attempt {attempt}");
            assert!(waits.iter().any(|w| *w != waits[0]), "attempt {attempt}");
        }
        // No overflow however many attempts.
        assert!(policy.backoff(u32::MAX) <= policy.max_backoff);
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        assert_eq!(
            retry_after(&retry_after_header(" 7 ")),
            Some(Duration::from_secs(7))
        );
        let soon = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        let wait = retry_after(&retry_after_header(&soon)).unwrap();
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        let past = retry_after(&retry_after_header("Wed, 21 Oct 2015 07:28:00 GMT"));
        assert_eq!(past, Some(Duration::ZERO));
        assert_eq!(retry_after(&retry_after_header("soon")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn only_retryable_statuses_are_retried_while_retries_are_left() {
        let policy = RetryPolicy {
            max_retries: 2,
            ..RetryPolicy::default()
        };
        let none = HeaderMap::new();
        for status in [408, 429, 502, 503, 504] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(
                policy.after_response(status, &none, 0).is_some(),
                "{status}"
            );
            assert!(
                policy.after_response(status, &none, 2).is_none(),
                "{status}: retries used up"
            );
        }
        for status in [200, 400, 401, 404, 500, 501] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(
                policy.after_response(status, &none, 0).is_none(),
                "{status}"
            );
        }
        assert!(policy.after_connect_error(1).is_some());
        assert!(policy.after_connect_error(2).is_none());
        assert!(RetryPolicy::none().after_connect_error(0).is_none());
    }

    #[test]
    fn retry_after_is_waited_for_up_to_a_limit() {
        let policy = RetryPolicy {
            max_retry_after: Duration::from_secs(60),
            ..RetryPolicy::default()
        };
        let status = StatusCode::TOO_MANY_REQUESTS;
        let wait = policy.after_response(status, &retry_after_header("60"), 0);
        assert_eq!(
            wait,
            Some(Duration::from_secs(60)),
            "the server's wait, not the backoff"
        );
        let too_long = policy.after_response(status, &retry_after_header("61"), 0);
        assert_eq!(
            too_long, None,
            "longer than max_retry_after: the 429 is the answer"
        );
    }

    #[test]
    fn post_and_patch_are_retried_only_when_asked() {
        let policy = RetryPolicy::default();
        use super::super::HttpMethod::{Delete, Get, Head, Options, Patch, Post, Put, Query};
        for method in [Get, Put, Delete, Head, Options, Query] {
            assert!(policy.allows(method), "{method}");
        }
        assert!(!policy.allows(Post) && !policy.allows(Patch));
        let opted_in = RetryPolicy {
            retry_non_idempotent: true,
            ..policy
        };
        assert!(opted_in.allows(Post) && opted_in.allows(Patch));
    }
}
