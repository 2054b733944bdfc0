//! A `reqwest_middleware` stack under generated clients (`ClientBuilder::middleware`,
//! feature `middleware`) and async hooks, on the wire against a real server on 127.0.0.1:
//! what a middleware adds is sent, a retrying middleware owns retries (the built-in ones are
//! off unless asked for), the OAuth2 refresh on 401 goes through the stack again, and a
//! streamed body is never sent twice.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use clientgen_golden::runtime::reqwest::{Request, Response};
use clientgen_golden::runtime::reqwest_middleware::{self, ClientWithMiddleware, Middleware, Next};
use clientgen_golden::runtime::{
    AsyncHook, BoxFuture, Credential, OperationSpec, RawResponse, RetryPolicy, Secret, TokenSource,
};
use clientgen_golden::{auth_schemes, multipart, pets};
use wiremock::matchers::{any, header};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Adds `x-from-middleware: 1` to every request.
struct AddHeader;

#[async_trait::async_trait]
impl Middleware for AddHeader {
    async fn handle(
        &self,
        mut req: Request,
        extensions: &mut http::Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<Response> {
        req.headers_mut()
            .insert("x-from-middleware", "1".parse().unwrap());
        next.run(req, extensions).await
    }
}

/// Retries a 503 up to `retries` times, as reqwest-retry does: a request whose body cannot
/// be cloned (a stream) is sent once.
struct Retry503 {
    retries: usize,
}

#[async_trait::async_trait]
impl Middleware for Retry503 {
    async fn handle(
        &self,
        req: Request,
        extensions: &mut http::Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<Response> {
        let mut attempt = 0;
        let mut req = req;
        loop {
            let Some(copy) = req.try_clone() else {
                return next.run(req, extensions).await;
            };
            let response = next.clone().run(copy, extensions).await?;
            if response.status() != 503 || attempt == self.retries {
                return Ok(response);
            }
            attempt += 1;
            req = req.try_clone().unwrap();
        }
    }
}

fn stack(retries: usize) -> ClientWithMiddleware {
    reqwest_middleware::ClientBuilder::new(clientgen_golden::runtime::reqwest::Client::new())
        .with(AddHeader)
        .with(Retry503 { retries })
        .build()
}

async fn server_answering(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_raw("[]", "application/json"))
        .mount(&server)
        .await;
    server
}

async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap()
}

#[tokio::test]
async fn a_middleware_header_is_on_the_wire() {
    let server = server_answering(200).await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .middleware(stack(0))
        .build()
        .unwrap();
    let pets = client.list_pets().await.unwrap().into_body();
    assert!(pets.is_empty());
    let requests = received(&server).await;
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].headers["x-from-middleware"], "1");
}

#[tokio::test]
async fn the_middleware_owns_retries_unless_built_in_ones_are_asked_for() {
    // The stack retries twice; the built-in policy (2 retries by default) is off.
    let server = server_answering(503).await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .middleware(stack(2))
        .build()
        .unwrap();
    let err = client.list_pets().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3, "1 + the middleware's 2 retries");
    assert!(requests
        .iter()
        .all(|r| r.headers["x-from-middleware"] == "1"));

    // Asked for explicitly, the built-in loop runs around the stack: (1 + 1) × (1 + 2).
    let server = server_answering(503).await;
    let client = pets::Client::builder()
        .base_url(server.uri())
        .retry(RetryPolicy {
            max_retries: 1,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .middleware(stack(2))
        .build()
        .unwrap();
    client.list_pets().await.unwrap_err();
    assert_eq!(received(&server).await.len(), 6);
}

/// Hands out `t1`, then `t2` once `t1` is refused.
#[derive(Debug, Default)]
struct Rotating(AtomicUsize);

impl TokenSource for Rotating {
    fn token<'a>(
        &'a self,
        _http: &'a clientgen_golden::runtime::reqwest::Client,
        stale: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Secret, String>> {
        if stale.is_some() {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
        let token = format!("t{}", self.0.load(Ordering::SeqCst) + 1);
        Box::pin(async move { Ok(Secret::new(token)) })
    }
}

#[tokio::test]
async fn the_oauth2_refresh_on_401_goes_through_the_stack_once() {
    let server = MockServer::start().await;
    Mock::given(header("authorization", "Bearer t2"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let client = auth_schemes::Client::builder()
        .base_url(server.uri())
        .credential("oauth", Credential::token_source(Rotating::default()))
        .middleware(stack(2))
        .build()
        .unwrap();
    client.with_oauth().await.unwrap();
    let requests = received(&server).await;
    let sent: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| {
            (
                r.headers["authorization"].to_str().unwrap(),
                r.headers["x-from-middleware"].to_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(sent, [("Bearer t1", "1"), ("Bearer t2", "1")]);
}

#[tokio::test]
async fn a_streamed_body_is_sent_once_by_every_layer() {
    let server = server_answering(503).await;
    let client = multipart::Client::builder()
        .base_url(server.uri())
        .retry(RetryPolicy {
            max_retries: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(1),
            retry_non_idempotent: true,
            ..RetryPolicy::default()
        })
        .middleware(stack(3))
        .build()
        .unwrap();
    let file = clientgen_golden::runtime::FilePart::bytes(&b"abc"[..]);
    let err = client.upload(file).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await.len(), 1);
}

/// Awaits, adds a header to each attempt, and rewrites the final response's body.
struct Rewrite(Arc<AtomicUsize>);

impl AsyncHook for Rewrite {
    fn on_request<'a>(
        &'a self,
        _op: &'a OperationSpec,
        request: &'a mut Request,
    ) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            tokio::task::yield_now().await;
            self.0.fetch_add(1, Ordering::SeqCst);
            request
                .headers_mut()
                .insert("x-from-hook", "1".parse().unwrap());
            Ok(())
        })
    }
    fn on_response<'a>(
        &'a self,
        _op: &'a OperationSpec,
        response: &'a mut RawResponse,
    ) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            response.body = r#"[{"id": 1, "name": "Rex"}]"#.into();
            Ok(())
        })
    }
}

#[tokio::test]
async fn an_async_hook_changes_the_request_and_the_response() {
    let server = server_answering(200).await;
    let attempts = Arc::new(AtomicUsize::new(0));
    let client = pets::Client::builder()
        .base_url(server.uri())
        .middleware(stack(0))
        .async_hook(Rewrite(attempts.clone()))
        .build()
        .unwrap();
    let pets = client.list_pets().await.unwrap().into_body();
    assert_eq!(pets.len(), 1);
    assert_eq!(pets[0].name, "Rex");
    let requests = received(&server).await;
    assert_eq!(requests[0].headers["x-from-hook"], "1");
    assert_eq!(requests[0].headers["x-from-middleware"], "1");
    assert_eq!(attempts.load(Ordering::SeqCst), 1);
}
