//! Wire tests: every operation of the five generated clients against a real HTTP server
//! (wiremock on 127.0.0.1), checking exactly what goes over the wire and how each documented
//! response decodes; plus behaviour tests of the shared runtime (retries, timeouts, token
//! handling, encoding, redirects, secrets, hooks).
//!
//! One test binary with one module per service, to keep link times down.

// The realistic Jellyfin user JSON nests deeper than `json!`'s default limit allows.
#![recursion_limit = "256"]

mod behaviour;
mod bodies;
mod emby;
mod jellyfin;
#[path = "../support/large_body.rs"]
mod large_body;
mod ostrom;
mod paging;
mod redirects;
mod retries;
mod runtime_only;
mod smooch;
mod streaming;
mod tracing_span;
mod xero;

use std::fmt::Debug;
use std::future::Future;

use serde_json::Value;
use service_clients::runtime::{Error, RawResponse, ResponseValue};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Headers the HTTP transport adds on its own; everything else the client sends is checked.
const TRANSPORT_HEADERS: &[&str] = &["host", "content-length", "transfer-encoding", "connection"];

/// A server answering every request with `template`.
pub async fn serve(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

/// All requests the server received.
pub async fn received(server: &MockServer) -> Vec<Request> {
    server
        .received_requests()
        .await
        .expect("request recording is on")
}

/// The one request the server received.
pub async fn only_request(server: &MockServer) -> Request {
    let mut all = received(server).await;
    assert_eq!(
        all.len(),
        1,
        "expected exactly one request, got {}",
        all.len()
    );
    all.remove(0)
}

/// Assert method, raw (percent-encoded) path, raw query string and the exact set of headers
/// (minus transport headers). An expected header value ending in `*` matches by prefix.
pub fn assert_wire(
    req: &Request,
    method: &str,
    path: &str,
    query: Option<&str>,
    headers: &[(&str, &str)],
) {
    assert_eq!(req.method.as_str(), method, "method");
    assert_eq!(req.url.path(), path, "raw path");
    assert_eq!(req.url.query(), query, "raw query string");
    let mut got: Vec<(String, String)> = req
        .headers
        .iter()
        .filter(|(name, _)| !TRANSPORT_HEADERS.contains(&name.as_str()))
        .map(|(name, value)| {
            let value = value.to_str().expect("ASCII header value").to_string();
            (name.as_str().to_string(), value)
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String)> = headers
        .iter()
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_string()))
        .collect();
    want.sort();
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "header names sent: {got:#?}");
    for ((name, got), (_, want)) in got.iter().zip(&want) {
        match want.strip_suffix('*') {
            Some(prefix) => assert!(got.starts_with(prefix), "header {name}: {got:?}"),
            None => assert_eq!(got, want, "header {name}"),
        }
    }
}

/// The request body, parsed as JSON.
pub fn json_body(req: &Request) -> Value {
    serde_json::from_slice(&req.body).unwrap_or_else(|e| {
        panic!(
            "request body is not JSON ({e}): {:?}",
            String::from_utf8_lossy(&req.body)
        )
    })
}

/// A JSON response the way ASP.NET / Express send it.
pub fn json(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(
        serde_json::to_vec(&body).unwrap(),
        "application/json; charset=utf-8",
    )
}

/// The documented error the call failed with.
pub fn api_error<E: Debug>(err: Error<E>) -> ResponseValue<E> {
    match err {
        Error::Api(v) => *v,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

/// The undocumented response the call failed with.
pub fn unexpected<E: Debug>(err: Error<E>) -> RawResponse {
    match err {
        Error::UnexpectedStatus(raw) => *raw,
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
}

/// For each `(status, response, expected error)`: a fresh server answering with `response`,
/// then `call(server_uri)` must fail with `Error::Api` of that status and exactly that body.
pub async fn expect_api_errors<T, E, F, Fut>(call: F, cases: Vec<(u16, ResponseTemplate, E)>)
where
    T: Debug,
    E: Debug + PartialEq,
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error<E>>>,
{
    for (status, template, expected) in cases {
        let server = serve(template).await;
        let err = call(server.uri())
            .await
            .expect_err(&format!("status {status} must be an error"));
        let api = api_error(err);
        assert_eq!(api.status().as_u16(), status);
        assert_eq!(api.body(), &expected, "status {status}");
    }
}

/// An undocumented status must come back as `UnexpectedStatus` with status, headers and the
/// raw body intact.
pub async fn expect_unexpected_status<T, E, F, Fut>(call: F)
where
    T: Debug,
    E: Debug,
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error<E>>>,
{
    let body = "<html><body>I'm a teapot</body></html>";
    let server = serve(
        ResponseTemplate::new(418)
            .insert_header("x-trace-id", "trace-42")
            .set_body_raw(body, "text/html"),
    )
    .await;
    let raw = unexpected(call(server.uri()).await.expect_err("418 is undocumented"));
    assert_eq!(raw.status.as_u16(), 418);
    assert_eq!(raw.headers.get("x-trace-id").unwrap(), "trace-42");
    assert_eq!(raw.headers.get("content-type").unwrap(), "text/html");
    assert_eq!(&raw.body[..], body.as_bytes());
}

// ---------------------------------------------------------------------------------------
// Independent HS256 verification (SHA-256, HMAC, base64url) so the JWT test does not check
// the runtime against itself.
// ---------------------------------------------------------------------------------------

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

pub fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64) * 8;
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

pub fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..32].copy_from_slice(&sha256(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let inner: Vec<u8> = k
        .iter()
        .map(|b| b ^ 0x36)
        .chain(data.iter().copied())
        .collect();
    let inner_hash = sha256(&inner);
    let outer: Vec<u8> = k
        .iter()
        .map(|b| b ^ 0x5c)
        .chain(inner_hash.iter().copied())
        .collect();
    sha256(&outer)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(data: &[u8]) -> String {
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | *b as u32) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Unpadded base64url → bytes; panics on characters outside the URL-safe alphabet.
pub fn base64url_decode(text: &str) -> Vec<u8> {
    let mut bits = 0u32;
    let mut nbits = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            other => panic!("not base64url: {:?} in {text:?}", other as char),
        };
        bits = (bits << 6) | v as u32;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
        }
    }
    out
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn hs256_helpers_match_published_test_vectors() {
    assert_eq!(
        hex(&sha256(b"abc")),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    // RFC 4231, test case 2.
    assert_eq!(
        hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    assert_eq!(
        base64_encode(b"ostrom-id:s3cr3t"),
        "b3N0cm9tLWlkOnMzY3IzdA=="
    );
    assert_eq!(
        base64url_decode("eyJhbGciOiJIUzI1NiJ9"),
        br#"{"alg":"HS256"}"#
    );
}
