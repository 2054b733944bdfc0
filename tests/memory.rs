//! Memory of a streamed download: a 100 MB body read through `Core::execute_stream` chunk by
//! chunk must not grow this process's peak resident set by 16 MB (measured from
//! /proc/self/status). A test binary of its own, so no other test allocates in the process
//! while it measures.

use std::sync::Arc;

use futures_util::StreamExt;
use service_clients::runtime::{
    ApiSpec, ClientBuilder, Core, FromCore, OperationSpec, Request, RequestOptions,
};

#[path = "support/large_body.rs"]
mod large_body;
use large_body::{body_byte, large_body_server};

static API: ApiSpec = ApiSpec {
    name: "files",
    default_server: "http://localhost",
    server_variables: &[],
    schemes: &[],
};

static DOWNLOAD: OperationSpec = OperationSpec {
    id: "download",
    method: service_clients::runtime::HttpMethod::Get,
    path: "/video",
    security: &[],
    servers: &[],
    accept: Some("video/mp4"),
};

#[derive(Debug, Clone)]
struct TestClient {
    core: Arc<Core>,
}

impl FromCore for TestClient {
    fn from_core(core: Arc<Core>) -> Self {
        TestClient { core }
    }
    fn core(&self) -> &Arc<Core> {
        &self.core
    }
}

fn client(uri: &str) -> TestClient {
    ClientBuilder::<TestClient>::new(&API)
        .base_url(uri)
        .build()
        .unwrap()
}

const MB: u64 = 1024 * 1024;
const BODY: u64 = 100 * MB;

/// A field of /proc/self/status in bytes (`VmHWM`: peak resident set, `VmRSS`: now).
fn status_bytes(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status"));
    let kb: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap();
    kb * 1024
}

/// Reset the peak resident set to the current one (Linux: `echo 5 > /proc/self/clear_refs`).
fn reset_peak_rss() {
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
}

#[tokio::test]
async fn a_100_mb_download_streams_with_bounded_memory() {
    let uri = large_body_server(BODY);
    reset_peak_rss();
    let before = status_bytes("VmHWM:");
    let response = client(&uri)
        .core
        .execute_stream::<()>(Request::new(&DOWNLOAD), RequestOptions::default())
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let mut body = response.into_body();
    assert_eq!(body.content_length(), Some(BODY));
    let (mut total, mut checksum) = (0u64, 0u64);
    while let Some(chunk) = body.next().await {
        let chunk = chunk.unwrap();
        for (i, b) in chunk.iter().enumerate() {
            assert_eq!(*b, body_byte(total + i as u64));
        }
        checksum += chunk.len() as u64;
        total += chunk.len() as u64;
    }
    assert_eq!(total, BODY);
    assert_eq!(checksum, BODY);
    let grown = status_bytes("VmHWM:").saturating_sub(before);
    assert!(
        grown < 16 * MB,
        "peak RSS grew by {} MB reading a {} MB body",
        grown / MB,
        BODY / MB
    );
}
