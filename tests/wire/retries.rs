//! Which statuses are retried, and `Retry-After` parsing.
//!
//! The README: idempotent methods are retried on connect errors, 408, 429, 502, 503 and 504;
//! `Retry-After` (seconds or an HTTP date) is honoured up to `max_retry_after`. Each status is
//! checked by counting the requests the server saw; the backoff (`RetryPolicy::backoff`, a pure
//! function of the attempt) by its bounds and spread, without timing anything.

use std::time::{Duration, Instant, SystemTime};

use serde_json::json;
use service_clients::runtime::{self, RetryPolicy, StatusCode};
use wiremock::ResponseTemplate;

use crate::behaviour::{jellyfin_builder, sequence};
use crate::{json, received, serve};

/// Retries with waits of a few milliseconds, so the tests stay fast.
fn fast(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        initial_backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(5),
        ..RetryPolicy::default()
    }
}

/// `status` (without `Retry-After`, so the backoff path) twice, then 200: a GET recovers
/// after exactly two retries; a server that always answers `status` gets 1 + `max_retries`
/// requests and the caller gets that status back.
async fn assert_retried(status: u16) {
    let server = sequence(ResponseTemplate::new(status), 2, json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri())
        .retry(fast(3))
        .build()
        .unwrap();
    let res = client
        .get_users()
        .await
        .unwrap_or_else(|e| panic!("status {status} must be retried until the 200: {e:?}"));
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        received(&server).await.len(),
        3,
        "status {status}: 2 failed attempts + the 200"
    );

    let server = serve(ResponseTemplate::new(status)).await;
    let client = jellyfin_builder(&server.uri())
        .retry(fast(2))
        .build()
        .unwrap();
    let err = client.get_users().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err:?}");
    assert_eq!(
        received(&server).await.len(),
        3,
        "status {status}: 1 attempt + max_retries (2)"
    );
}

#[tokio::test]
async fn status_408_is_retried() {
    assert_retried(408).await;
}

#[tokio::test]
async fn status_429_is_retried() {
    assert_retried(429).await;
}

#[tokio::test]
async fn status_502_is_retried() {
    assert_retried(502).await;
}

#[tokio::test]
async fn status_504_is_retried() {
    assert_retried(504).await;
}

#[tokio::test]
async fn other_error_statuses_are_not_retried() {
    for status in [400, 401, 403, 404, 409, 500, 501, 505] {
        let server = sequence(ResponseTemplate::new(status), 1, json(200, json!([]))).await;
        let client = jellyfin_builder(&server.uri())
            .retry(fast(3))
            .build()
            .unwrap();
        let err = client
            .get_users()
            .await
            .expect_err(&format!("status {status} must come back, not be retried"));
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err:?}");
        assert_eq!(
            received(&server).await.len(),
            1,
            "status {status} must not be retried"
        );
    }
}

#[tokio::test]
async fn retry_after_on_429_is_waited_for() {
    let server = sequence(
        ResponseTemplate::new(429).insert_header("Retry-After", "1"),
        1,
        json(200, json!([])),
    )
    .await;
    // The backoff alone would wait at most 5 ms: a retry after a second or more is the
    // server's `Retry-After`. (A lower bound only: sleeping never ends early.)
    let client = jellyfin_builder(&server.uri())
        .retry(fast(2))
        .build()
        .unwrap();
    let started = Instant::now();
    client.get_users().await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(received(&server).await.len(), 2);
    assert!(
        elapsed >= Duration::from_secs(1),
        "Retry-After: 1 was not waited for ({elapsed:?})"
    );
}

#[tokio::test]
async fn retry_after_over_max_retry_after_on_429_returns_the_429() {
    let server = sequence(
        ResponseTemplate::new(429).insert_header("Retry-After", "120"),
        1,
        json(200, json!([])),
    )
    .await;
    let client = jellyfin_builder(&server.uri())
        .retry(RetryPolicy {
            max_retry_after: Duration::from_secs(60),
            ..fast(2)
        })
        .build()
        .unwrap();
    let err = client.get_users().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    assert_eq!(received(&server).await.len(), 1);
}

fn retry_after_of(value: &str) -> Option<Duration> {
    let mut headers = runtime::reqwest::header::HeaderMap::new();
    headers.insert(
        runtime::reqwest::header::RETRY_AFTER,
        value.parse().unwrap(),
    );
    runtime::retry_after(&headers)
}

#[test]
fn retry_after_parses_seconds_and_http_dates() {
    assert_eq!(retry_after_of("0"), Some(Duration::ZERO));
    assert_eq!(retry_after_of("120"), Some(Duration::from_secs(120)));
    // A date in the past: no wait.
    assert_eq!(
        retry_after_of("Wed, 21 Oct 2015 07:28:00 GMT"),
        Some(Duration::ZERO)
    );
    // A date an hour from now: about an hour (the clock moves between the two calls, and
    // HTTP dates have whole seconds).
    let in_an_hour = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3600));
    let wait = retry_after_of(&in_an_hour).expect("an HTTP date is understood");
    assert!(
        wait > Duration::from_secs(3500) && wait <= Duration::from_secs(3600),
        "{in_an_hour}: {wait:?}"
    );
    // Anything else is no Retry-After at all (the backoff applies).
    for junk in ["soon", "-1", "1.5", "Wed, 21 Oct 2015"] {
        assert_eq!(retry_after_of(junk), None, "{junk:?}");
    }
    assert_eq!(
        runtime::retry_after(&runtime::reqwest::header::HeaderMap::new()),
        None
    );
}

/// Exponential backoff with full jitter: the wait before retry `n + 1` is uniform in
/// `[0, min(initial · 2^n, max)]`: within that bound, spread over it (not a constant, not
/// stuck at either end), and capped by `max_backoff`.
#[test]
fn backoff_is_exponential_with_full_jitter_and_capped() {
    let policy = RetryPolicy {
        initial_backoff: Duration::from_millis(100),
        max_backoff: Duration::from_millis(1_000),
        ..RetryPolicy::default()
    };
    for (attempt, bound_ms) in [
        (0u32, 100u64),
        (1, 200),
        (2, 400),
        (3, 800),
        (4, 1_000),
        (20, 1_000),
    ] {
        let bound = Duration::from_millis(bound_ms);
        let waits: Vec<Duration> = (0..2_000).map(|_| policy.backoff(attempt)).collect();
        let max = waits.iter().max().unwrap();
        let min = waits.iter().min().unwrap();
        assert!(*max <= bound, "attempt {attempt}: {max:?} > {bound:?}");
        // 2,000 uniform samples: the extremes land in the outer 5% of the range.
        assert!(
            *max >= bound.mul_f64(0.95),
            "attempt {attempt}: never near the bound ({max:?})"
        );
        assert!(
            *min <= bound.mul_f64(0.05),
            "attempt {attempt}: never near zero ({min:?})"
        );
        let mean = waits.iter().sum::<Duration>() / waits.len() as u32;
        assert!(
            mean >= bound.mul_f64(0.4) && mean <= bound.mul_f64(0.6),
            "attempt {attempt}: mean {mean:?} is not about half of {bound:?}"
        );
    }
}
