//! Redirects are followed only on the same host: the runtime's redirect policy compares the
//! host name AND the port of the first URL with the redirect target's. It matters for
//! credentials reqwest does not strip itself, such as Emby's `api_key` query parameter, which
//! a redirect that keeps the query (as servers and proxies usually do) would hand to another
//! host.

use serde_json::json;
use service_clients::emby;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::{json, only_request, received, unexpected};

const KEY: &str = "EMBY-QUERY-KEY";

/// Answers 302 to the same path and query on `base` (`http://host:port`).
struct RedirectKeepingQuery(String);

impl RedirectKeepingQuery {
    fn location(&self, req: &Request) -> String {
        let mut location = format!("{}{}", self.0, req.url.path());
        if let Some(q) = req.url.query() {
            location.push('?');
            location.push_str(q);
        }
        location
    }
}

impl Respond for RedirectKeepingQuery {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        ResponseTemplate::new(302).insert_header("Location", self.location(req))
    }
}

fn key_client(uri: &str) -> emby::Client {
    emby::Client::builder()
        .base_url(uri)
        .apikeyauth(KEY)
        .no_retries()
        .build()
        .unwrap()
}

fn exchange_json() -> ResponseTemplate {
    json(
        200,
        json!({"LocalUserId": "2f3c6b1a9e8d4c7bb6a5f4e3d2c1b0a9", "AccessToken": "t"}),
    )
}

/// Same IP address, another port: another host for the policy, so the 302 comes back and
/// the second server sees nothing (in particular not the key).
#[tokio::test]
async fn query_api_key_is_not_carried_to_another_port_by_a_redirect() {
    let other = MockServer::start().await;
    Mock::given(any())
        .respond_with(exchange_json())
        .mount(&other)
        .await;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(RedirectKeepingQuery(other.uri()))
        .mount(&server)
        .await;
    assert_eq!(server.address().ip(), other.address().ip());

    let result = key_client(&server.uri()).get_connect_exchange("u1").await;

    let first = only_request(&server).await;
    assert_eq!(
        first.url.query(),
        Some(format!("ConnectUserId=u1&api_key={KEY}").as_str()),
        "sanity: the key went to the API"
    );
    let at_other = received(&other).await;
    assert!(
        at_other.is_empty(),
        "the redirect to another port was followed: {:?}",
        at_other
            .iter()
            .map(|r| r.url.to_string())
            .collect::<Vec<_>>()
    );
    let raw = unexpected(result.expect_err("the 302 comes back"));
    assert_eq!(raw.status.as_u16(), 302);
    assert_eq!(
        raw.headers["location"],
        format!(
            "{}/Connect/Exchange?ConnectUserId=u1&api_key={KEY}",
            other.uri()
        )
        .as_str()
    );
}

/// Same port, another host name (`localhost` instead of `127.0.0.1`, the same machine): not
/// followed either. The server answers the `localhost` name with a 200, so a followed
/// redirect would show up as a second request here and a successful call.
#[tokio::test]
async fn redirect_to_another_host_name_on_the_same_port_is_not_followed() {
    struct ByHost(RedirectKeepingQuery);
    impl Respond for ByHost {
        fn respond(&self, req: &Request) -> ResponseTemplate {
            let host = req.headers["host"].to_str().unwrap();
            if host.starts_with("localhost:") {
                exchange_json()
            } else {
                self.0.respond(req)
            }
        }
    }
    let server = MockServer::start().await;
    let port = server.address().port();
    Mock::given(any())
        .respond_with(ByHost(RedirectKeepingQuery(format!(
            "http://localhost:{port}"
        ))))
        .mount(&server)
        .await;

    let result = key_client(&server.uri()).get_connect_exchange("u1").await;

    let all = received(&server).await;
    assert_eq!(
        all.len(),
        1,
        "the redirect to localhost:{port} was followed: {:?}",
        all.iter()
            .map(|r| (r.url.to_string(), r.headers["host"].clone()))
            .collect::<Vec<_>>()
    );
    let raw = unexpected(result.expect_err("the 302 comes back"));
    assert_eq!(raw.status.as_u16(), 302);
    assert_eq!(
        raw.headers["location"],
        format!("http://localhost:{port}/Connect/Exchange?ConnectUserId=u1&api_key={KEY}").as_str()
    );
}

/// The rule does not get in the way of a redirect on the same host and port: the key stays
/// in the query the server redirected to, and the call succeeds.
#[tokio::test]
async fn same_host_redirect_keeping_the_query_is_followed() {
    struct Prefix(RedirectKeepingQuery);
    impl Respond for Prefix {
        fn respond(&self, req: &Request) -> ResponseTemplate {
            if req.url.path().starts_with("/emby/") {
                exchange_json()
            } else {
                self.0.respond(req)
            }
        }
    }
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(Prefix(RedirectKeepingQuery(format!(
            "{}/emby",
            server.uri()
        ))))
        .mount(&server)
        .await;
    let res = key_client(&server.uri())
        .get_connect_exchange("u1")
        .await
        .unwrap();
    assert_eq!(res.body().access_token.as_deref(), Some("t"));
    let all = received(&server).await;
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].url.path(), "/emby/Connect/Exchange");
    assert_eq!(
        all[1].url.query(),
        Some(format!("ConnectUserId=u1&api_key={KEY}").as_str())
    );
}
