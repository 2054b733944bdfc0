//! Behaviour of the shared runtime, exercised through the generated clients.

use service_clients::runtime::Nullable;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use service_clients::runtime::{
    self, AuthParams, ClientCredentials, Error, OperationSpec, RefreshingToken, RetryPolicy,
    StatusCode, TokenSet,
};
use service_clients::{emby, jellyfin, ostrom, smooch, xero};
use wiremock::matchers::{any, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::ostrom as wire_ostrom;
use crate::{
    base64_encode, base64url_decode, hmac_sha256, json, only_request, received, serve, unexpected,
};

const JF_TOKEN: &str = "3b6f1d2c9a8e4f7b8c5d0e1f2a3b4c5d";

pub(crate) fn jellyfin_builder(uri: &str) -> jellyfin::ClientBuilder {
    jellyfin::Client::builder()
        .base_url(uri)
        .auth_params(AuthParams::new().set("Token", JF_TOKEN))
        .client_info("Jellyfin Web", "Firefox", "TW96aWxsYS81LjA", "10.11.0")
}

/// First `times` requests get `first`, the rest get `then`.
pub(crate) async fn sequence(
    first: ResponseTemplate,
    times: u64,
    then: ResponseTemplate,
) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(first)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any()).respond_with(then).mount(&server).await;
    server
}

fn unavailable(retry_after: &str) -> ResponseTemplate {
    ResponseTemplate::new(503)
        .insert_header("Retry-After", retry_after)
        .insert_header("Message", "Jellyfin Server is still starting up")
        .set_body_raw("starting", "text/html")
}

// ------------------------------------------------------------------------------- retries

#[tokio::test]
async fn retries_503_after_retry_after_seconds_then_succeeds() {
    let server = sequence(unavailable("1"), 1, json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    let res = client.get_users().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test]
async fn retry_after_seconds_is_honoured_against_max_retry_after() {
    let policy = RetryPolicy {
        max_retry_after: Duration::from_secs(2),
        ..RetryPolicy::default()
    };
    // 1 s is within the limit: waited for and retried.
    let server = sequence(unavailable("1"), 1, json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri())
        .retry(policy.clone())
        .build()
        .unwrap();
    client.get_users().await.unwrap();
    assert_eq!(received(&server).await.len(), 2);
    // 3 s is over the limit: the 503 is returned at once, with its typed headers.
    let server = sequence(unavailable("3"), 1, json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri())
        .retry(policy)
        .build()
        .unwrap();
    let err = client.get_users().await.unwrap_err();
    match crate::api_error(err).into_body() {
        jellyfin::GetUsersError::ServiceUnavailable { headers, .. } => {
            assert_eq!(headers.retry_after, Some(3));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn retry_after_http_date() {
    // A date in the past: retry right away.
    let server = sequence(
        unavailable("Wed, 21 Oct 2015 07:28:00 GMT"),
        1,
        json(200, json!([])),
    )
    .await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    client.get_users().await.unwrap();
    assert_eq!(received(&server).await.len(), 2);
    // A date far in the future (over max_retry_after): parsed as a date, so not retried. Were
    // it not understood, the runtime would fall back to backoff and retry.
    let server = sequence(
        unavailable("Fri, 01 Jan 2100 00:00:00 GMT"),
        1,
        json(200, json!([])),
    )
    .await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    let err = client.get_users().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn retries_stop_after_max_retries() {
    let server = serve(unavailable("0")).await;
    let client = jellyfin_builder(&server.uri())
        .retry(RetryPolicy {
            max_retries: 2,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = client.get_users().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(received(&server).await.len(), 3, "1 attempt + 2 retries");
}

#[tokio::test]
async fn post_is_not_retried_by_default() {
    let server = sequence(unavailable("0"), 1, ResponseTemplate::new(204)).await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    let body = jellyfin::types::UserDto::default();
    let err = client.update_user(&body).await.unwrap_err();
    assert!(matches!(
        crate::api_error(err).into_body(),
        jellyfin::UpdateUserError::ServiceUnavailable { .. }
    ));
    assert_eq!(received(&server).await.len(), 1);
}

#[tokio::test]
async fn post_is_retried_when_retry_non_idempotent() {
    let server = sequence(unavailable("0"), 1, ResponseTemplate::new(204)).await;
    let client = jellyfin_builder(&server.uri())
        .retry(RetryPolicy {
            retry_non_idempotent: true,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let body = jellyfin::types::UserDto {
        name: Nullable::Value("alice".into()),
        ..Default::default()
    };
    let res = client.update_user(&body).await.unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let all = received(&server).await;
    assert_eq!(all.len(), 2);
    // The retry carries the same body.
    assert_eq!(all[0].body, all[1].body);
    assert_eq!(crate::json_body(&all[1]), json!({"Name": "alice"}));
}

#[tokio::test]
async fn no_retries_means_one_request() {
    let server = sequence(unavailable("0"), 1, json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri())
        .no_retries()
        .build()
        .unwrap();
    assert!(client.get_users().await.is_err());
    assert_eq!(received(&server).await.len(), 1);
}

// ------------------------------------------------------------------------------ timeouts

fn slow() -> ResponseTemplate {
    json(200, json!([])).set_delay(Duration::from_secs(10))
}

fn assert_timeout<E: std::fmt::Debug>(err: Error<E>) {
    match err {
        Error::Transport(e) => assert!(e.is_timeout(), "not a timeout: {e:?}"),
        other => panic!("expected Error::Transport (timeout), got {other:?}"),
    }
}

#[tokio::test]
async fn request_timeout_is_a_transport_timeout() {
    let server = serve(slow()).await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    let started = Instant::now();
    let err = client
        .get_users()
        .timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert_timeout(err);
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(received(&server).await.len(), 1, "timeouts are not retried");
}

#[tokio::test]
async fn client_timeout_is_a_transport_timeout() {
    let server = serve(slow()).await;
    let client = jellyfin_builder(&server.uri())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    assert_timeout(client.get_users().await.unwrap_err());
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn request_timeout_overrides_the_client_timeout() {
    let server = serve(json(200, json!([])).set_delay(Duration::from_millis(800))).await;
    let client = jellyfin_builder(&server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    assert_timeout(client.get_users().await.unwrap_err());
    client
        .get_users()
        .timeout(Duration::from_secs(30))
        .await
        .expect("the longer per-request timeout applies");
}

// ---------------------------------------------------------------------------- OAuth2 tokens

#[tokio::test]
async fn concurrent_requests_fetch_one_client_credentials_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth2/token"))
        .respond_with(wire_ostrom::token_response().set_delay(Duration::from_millis(300)))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/me"))
        .and(header(
            "authorization",
            format!("Bearer {}", wire_ostrom::ACCESS_TOKEN).as_str(),
        ))
        .respond_with(json(200, json!({"email": "max@example.com"})))
        .expect(20)
        .mount(&server)
        .await;
    let client = wire_ostrom::client(&server.uri());
    let results = futures_util::future::join_all((0..20).map(|_| client.get_me().send())).await;
    for r in results {
        assert_eq!(r.unwrap().body().email.as_deref(), Some("max@example.com"));
    }
    let (tokens, calls) = wire_ostrom::split(&server).await;
    assert_eq!(
        tokens.len(),
        1,
        "exactly one token fetch for 20 concurrent requests"
    );
    wire_ostrom::assert_token_request(&tokens[0]);
    assert_eq!(calls.len(), 20);
    server.verify().await;
}

#[tokio::test]
async fn client_credentials_scopes_are_sent() {
    let server = wire_ostrom::ostrom_server(json(200, json!({}))).await;
    let client = ostrom::Client::builder()
        .base_url(server.uri())
        .client_access_token(
            ClientCredentials::new(wire_ostrom::CLIENT_ID, wire_ostrom::CLIENT_SECRET)
                .token_url(format!("{}/oauth2/token", server.uri()))
                .scopes(["user:read", "contract:read"]),
        )
        .build()
        .unwrap();
    client.get_me().await.unwrap();
    let (tokens, _) = wire_ostrom::split(&server).await;
    assert_eq!(
        &tokens[0].body[..],
        b"grant_type=client_credentials&scope=user%3Aread+contract%3Aread"
    );
}

struct XeroFixture {
    server: MockServer,
    refreshes: Arc<AtomicUsize>,
    seen: Arc<Mutex<Option<TokenSet>>>,
}

/// API: `Bearer old-access` → 401, `Bearer new-access` → 200; token endpoint → new tokens.
async fn xero_fixture() -> XeroFixture {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/connect/token"))
        .respond_with(json(
            200,
            json!({
                "id_token": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                "access_token": "new-access",
                "expires_in": 1800,
                "token_type": "Bearer",
                "refresh_token": "new-refresh",
                "scope": "openid profile email offline_access"
            }),
        ))
        .mount(&server)
        .await;
    Mock::given(header("authorization", "Bearer old-access"))
        .respond_with(ResponseTemplate::new(401).insert_header(
            "www-authenticate",
            "Bearer error=\"invalid_token\", error_description=\"The token expired\"",
        ))
        .mount(&server)
        .await;
    Mock::given(header("authorization", "Bearer new-access"))
        .respond_with(json(200, json!([])))
        .mount(&server)
        .await;
    XeroFixture {
        server,
        refreshes: Arc::new(AtomicUsize::new(0)),
        seen: Arc::new(Mutex::new(None)),
    }
}

fn xero_client(f: &XeroFixture, expires_in: u64) -> xero::Client {
    let refreshes = f.refreshes.clone();
    let seen = f.seen.clone();
    let tokens = TokenSet {
        access_token: "old-access".into(),
        refresh_token: Some("old-refresh".into()),
        expires_in: Some(expires_in),
        token_type: Some("Bearer".into()),
        scope: None,
    };
    xero::Client::builder()
        .all_servers(f.server.uri())
        .o_auth2(
            RefreshingToken::new("XERO_CLIENT_ID", "xero-client-secret", tokens)
                .token_url(format!("{}/connect/token", f.server.uri()))
                .on_refresh(move |t| {
                    refreshes.fetch_add(1, Ordering::SeqCst);
                    *seen.lock().unwrap() = Some(t.clone());
                }),
        )
        .build()
        .unwrap()
}

async fn assert_one_refresh(f: &XeroFixture) {
    assert_eq!(
        f.refreshes.load(Ordering::SeqCst),
        1,
        "on_refresh called once"
    );
    let seen = f.seen.lock().unwrap().clone().unwrap();
    assert_eq!(seen.access_token, "new-access");
    assert_eq!(seen.refresh_token.as_deref(), Some("new-refresh"));
    assert_eq!(seen.expires_in, Some(1800));
    let all = received(&f.server).await;
    let tokens: Vec<_> = all
        .iter()
        .filter(|r| r.url.path() == "/connect/token")
        .collect();
    assert_eq!(tokens.len(), 1, "one refresh at the token endpoint");
    let t = tokens[0];
    assert_eq!(t.method.as_str(), "POST");
    assert_eq!(
        t.headers.get("authorization").unwrap(),
        format!(
            "Basic {}",
            base64_encode(b"XERO_CLIENT_ID:xero-client-secret")
        )
        .as_str()
    );
    assert_eq!(
        t.headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        &t.body[..],
        b"grant_type=refresh_token&refresh_token=old-refresh"
    );
}

#[tokio::test]
async fn xero_refused_token_is_refreshed_once_and_the_request_retried() {
    let f = xero_fixture().await;
    let client = xero_client(&f, 1800);
    let res = client.get_connections().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_one_refresh(&f).await;
    let api: Vec<String> = received(&f.server)
        .await
        .iter()
        .filter(|r| r.url.path() == "/Connections")
        .map(|r| r.headers["authorization"].to_str().unwrap().to_string())
        .collect();
    assert_eq!(api, ["Bearer old-access", "Bearer new-access"]);
    // Later requests use the new token without refreshing again.
    client.get_connections().await.unwrap();
    assert_eq!(f.refreshes.load(Ordering::SeqCst), 1);
    let all = received(&f.server).await;
    assert_eq!(all.len(), 4, "old, refresh, new, new");
    assert_eq!(all[3].headers["authorization"], "Bearer new-access");
}

#[tokio::test]
async fn xero_expired_token_is_refreshed_before_the_request() {
    let f = xero_fixture().await;
    let client = xero_client(&f, 0);
    client.get_connections().await.unwrap();
    assert_one_refresh(&f).await;
    let api: Vec<String> = received(&f.server)
        .await
        .iter()
        .filter(|r| r.url.path() == "/Connections")
        .map(|r| r.headers["authorization"].to_str().unwrap().to_string())
        .collect();
    assert_eq!(
        api,
        ["Bearer new-access"],
        "the expired token is never sent"
    );
}

#[tokio::test]
async fn xero_concurrent_requests_with_a_refused_token_refresh_once() {
    let f = xero_fixture().await;
    let client = xero_client(&f, 1800);
    let results =
        futures_util::future::join_all((0..10).map(|_| client.get_connections().send())).await;
    for r in results {
        r.unwrap();
    }
    assert_one_refresh(&f).await;
}

#[tokio::test]
async fn xero_concurrent_requests_with_an_expired_token_refresh_once() {
    let f = xero_fixture().await;
    let client = xero_client(&f, 0);
    let results =
        futures_util::future::join_all((0..10).map(|_| client.get_connections().send())).await;
    for r in results {
        r.unwrap();
    }
    assert_one_refresh(&f).await;
    let old = received(&f.server)
        .await
        .iter()
        .filter(|r| {
            r.headers
                .get("authorization")
                .is_some_and(|v| v == "Bearer old-access")
        })
        .count();
    assert_eq!(old, 0, "the expired token is never sent");
}

#[tokio::test]
async fn xero_refused_twice_returns_the_401() {
    let server = MockServer::start().await;
    Mock::given(path("/connect/token"))
        .respond_with(json(
            200,
            json!({"access_token": "still-bad", "expires_in": 1800, "refresh_token": "r2"}),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let client = xero::Client::builder()
        .all_servers(server.uri())
        .o_auth2(
            RefreshingToken::new(
                "id",
                "secret",
                TokenSet {
                    access_token: "bad".into(),
                    refresh_token: Some("r1".into()),
                    expires_in: None,
                    token_type: None,
                    scope: None,
                },
            )
            .token_url(format!("{}/connect/token", server.uri())),
        )
        .build()
        .unwrap();
    let raw = unexpected(client.get_connections().await.unwrap_err());
    assert_eq!(raw.status.as_u16(), 401);
    let all = received(&server).await;
    assert_eq!(all.len(), 3, "request, one refresh, one retry — no loop");
}

// ---------------------------------------------------------------------------- encoding

const HOSTILE: &str = "a/b?c#d e%f ü";
const HOSTILE_SEGMENT: &str = "a%2Fb%3Fc%23d%20e%25f%20%C3%BC";

#[tokio::test]
async fn hostile_ids_stay_one_path_segment() {
    let server = serve(json(
        200,
        json!({"appUser": {"_id": "x", "properties": {}, "conversationStarted": false}}),
    ))
    .await;
    let client = smooch::Client::builder()
        .base_url(server.uri())
        .jwt("t")
        .build()
        .unwrap();
    client.get_app_user(HOSTILE, HOSTILE).await.unwrap();
    let req = only_request(&server).await;
    assert_eq!(
        req.url.path(),
        format!("/v1/apps/{HOSTILE_SEGMENT}/appusers/{HOSTILE_SEGMENT}")
    );
    assert_eq!(req.url.query(), None);
    assert_eq!(req.url.fragment(), None);
    assert_eq!(req.url.path_segments().unwrap().count(), 5);

    let server = serve(ResponseTemplate::new(200)).await;
    emby::Client::builder()
        .base_url(server.uri())
        .apikeyauth("k")
        .build()
        .unwrap()
        .delete_users_by_id_connect_link(HOSTILE)
        .await
        .unwrap();
    let req = only_request(&server).await;
    assert_eq!(
        req.url.path(),
        format!("/Users/{HOSTILE_SEGMENT}/Connect/Link")
    );
    assert_eq!(req.url.query(), Some("api_key=k"));

    let server = wire_ostrom::ostrom_server(ResponseTemplate::new(200)).await;
    wire_ostrom::client(&server.uri())
        .disconnect_user(HOSTILE)
        .await
        .unwrap();
    let (_, calls) = wire_ostrom::split(&server).await;
    assert_eq!(
        calls[0].url.path(),
        format!("/users/{HOSTILE_SEGMENT}/disconnect")
    );
}

/// `.` and `..` as a whole path segment would be resolved away by the URL parser (`%2e%2e`
/// too), sending `DELETE /Users/../Connect/Link` to `/Connect/Link`; an empty value would drop
/// the segment. Each is refused before anything is sent; a dot inside a value is fine.
#[tokio::test]
async fn dot_segment_and_empty_path_values_are_refused_and_nothing_is_sent() {
    let server = serve(ResponseTemplate::new(200)).await;
    let client = emby::Client::builder()
        .base_url(server.uri())
        .apikeyauth("k")
        .build()
        .unwrap();
    for value in [".", "..", ""] {
        match client.delete_users_by_id_connect_link(value).await {
            Err(Error::InvalidRequest(m)) => assert!(m.contains("path parameter"), "{m}"),
            other => panic!("{value:?}: expected InvalidRequest, got {other:?}"),
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
    client
        .delete_users_by_id_connect_link("a..b")
        .await
        .unwrap();
    client.delete_users_by_id_connect_link("...").await.unwrap();
    let paths: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_string())
        .collect();
    assert_eq!(
        paths,
        ["/Users/a..b/Connect/Link", "/Users/.../Connect/Link"]
    );
}

#[tokio::test]
async fn hostile_query_values_stay_one_value() {
    let server = serve(json(200, json!({}))).await;
    emby::Client::builder()
        .base_url(server.uri())
        .apikeyauth("k")
        .build()
        .unwrap()
        .get_connect_exchange("a&b=c d+e#f")
        .await
        .unwrap();
    let req = only_request(&server).await;
    assert_eq!(
        req.url.query(),
        Some("ConnectUserId=a%26b%3Dc%20d%2Be%23f&api_key=k")
    );
    let pairs: Vec<(String, String)> = req.url.query_pairs().into_owned().collect();
    assert_eq!(
        pairs,
        [
            ("ConnectUserId".to_string(), "a&b=c d+e#f".to_string()),
            ("api_key".to_string(), "k".to_string())
        ]
    );
}

#[tokio::test]
async fn header_value_with_crlf_is_refused_and_nothing_is_sent() {
    let server = serve(json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    let err = client
        .get_users()
        .header("X-Note", "hello\r\nX-Injected: yes")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

    // The same through a structured Authorization parameter.
    let client = jellyfin::Client::builder()
        .base_url(server.uri())
        .client_info("app", "dev\r\nX-Injected: yes", "id", "1")
        .build()
        .unwrap();
    let err = client.get_public_users().await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(received(&server).await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn auth_param_quotes_are_escaped() {
    let server = serve(json(200, json!([]))).await;
    let client = jellyfin::Client::builder()
        .base_url(server.uri())
        .client_info("My \"App\"", "back\\slash", "id", "1")
        .build()
        .unwrap();
    client.get_public_users().await.unwrap();
    assert_eq!(
        only_request(&server).await.headers["authorization"],
        r#"MediaBrowser Client="My \"App\"", Device="back\\slash", DeviceId="id", Version="1""#
    );
}

// ----------------------------------------------------------------------------- secrets

#[test]
fn secrets_are_not_in_debug_output() {
    let emby_key = emby::Client::builder()
        .base_url("http://emby.local")
        .apikeyauth("EMBY-API-KEY-SECRET")
        .build()
        .unwrap();
    let emby_token = emby::Client::builder()
        .base_url("http://emby.local")
        .embyauth(
            AuthParams::new()
                .set("UserId", "u1")
                .set("Token", "EMBY-TOKEN-SECRET"),
        )
        .client_info("c", "d", "di", "v")
        .build()
        .unwrap();
    let jf = jellyfin::Client::new("http://jf.local").with_token("JELLYFIN-TOKEN-SECRET");
    let smooch_bearer = smooch::Client::builder()
        .jwt("SMOOCH-BEARER-SECRET")
        .build()
        .unwrap();
    let smooch_signed = smooch::Client::builder()
        .jwt_signed("app_kid", "SMOOCH-SIGNING-SECRET", "app")
        .build()
        .unwrap();
    let ostrom_builder = ostrom::Client::builder()
        .client_access_token(ClientCredentials::new("ostrom-id", "OSTROM-CLIENT-SECRET"));
    let builder_debug = format!("{ostrom_builder:?}");
    let ostrom_client = ostrom_builder.build().unwrap();
    let xero_client = xero::Client::builder()
        .o_auth2(RefreshingToken::new(
            "xero-id",
            "XERO-CLIENT-SECRET",
            TokenSet {
                access_token: "XERO-ACCESS-SECRET".into(),
                refresh_token: Some("XERO-REFRESH-SECRET".into()),
                expires_in: Some(1800),
                token_type: None,
                scope: None,
            },
        ))
        .build()
        .unwrap();
    let outputs = [
        format!("{emby_key:?}"),
        format!("{emby_token:?}"),
        format!("{jf:?}"),
        format!("{smooch_bearer:?}"),
        format!("{smooch_signed:?}"),
        format!("{ostrom_client:?}"),
        builder_debug,
        format!("{xero_client:?}"),
        format!("{xero_client:#?}"),
    ];
    for out in &outputs {
        assert!(!out.contains("SECRET"), "secret in Debug output: {out}");
    }
    // The non-secret parts are still there to debug with.
    assert!(outputs[1].contains("u1"), "{}", outputs[1]);
    assert!(outputs[5].contains("ostrom-id"), "{}", outputs[5]);
}

// ---------------------------------------------------------------------------- redirects

#[tokio::test]
async fn redirect_to_another_host_does_not_carry_authorization() {
    let other = MockServer::start().await;
    Mock::given(any())
        .respond_with(json(200, json!([])))
        .mount(&other)
        .await;
    let port = other.address().port();
    // 127.0.0.1 → localhost: another host, same machine.
    let server = serve(
        ResponseTemplate::new(302)
            .insert_header("Location", format!("http://localhost:{port}/Users")),
    )
    .await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    let result = client.get_users().await;
    let first = only_request(&server).await;
    assert!(
        first.headers.get("authorization").is_some(),
        "sanity: auth was sent to the API"
    );
    // The runtime follows redirects only on the same host and port, so the 302 itself comes
    // back (undocumented for this operation) and nothing at all reaches the other host.
    let at_other = received(&other).await;
    assert!(
        at_other.is_empty(),
        "the redirect to another host was followed: {:?}",
        at_other
            .iter()
            .map(|r| (r.url.to_string(), r.headers.clone()))
            .collect::<Vec<_>>()
    );
    let raw = unexpected(result.expect_err("a cross-host redirect is not followed"));
    assert_eq!(raw.status.as_u16(), 302);
    assert_eq!(
        raw.headers["location"],
        format!("http://localhost:{port}/Users").as_str()
    );
}

#[tokio::test]
async fn redirect_on_the_same_host_is_followed_with_authorization() {
    let server = MockServer::start().await;
    Mock::given(path("/Users"))
        .respond_with(ResponseTemplate::new(301).insert_header("Location", "/jellyfin/Users"))
        .mount(&server)
        .await;
    Mock::given(path("/jellyfin/Users"))
        .respond_with(json(200, json!([])))
        .mount(&server)
        .await;
    let client = jellyfin_builder(&server.uri()).build().unwrap();
    client.get_users().await.unwrap();
    let all = received(&server).await;
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].url.path(), "/jellyfin/Users");
    assert_eq!(
        all[1].headers["authorization"],
        all[0].headers["authorization"]
    );
}

// ------------------------------------------------------------------------------- JWT

#[tokio::test]
async fn smooch_jwt_signer_produces_a_verifiable_hs256_token() {
    let server = serve(json(200, json!({"authCode": "ac_1"}))).await;
    let secret = "hvF-ZL5bZQ0wAvXzNTfHYh1Fs0l4nIw3XLo5cI7SgEaMXV3NQsMeQqoA8tJ7G4ym";
    let client = smooch::Client::builder()
        .base_url(server.uri())
        .jwt_signed("app_5963c0d619a30a2e00de36b8", secret, "app")
        .build()
        .unwrap();
    client.get_app_user_auth_code("app", "user").await.unwrap();
    client.get_app_user_auth_code("app", "user").await.unwrap();
    let all = received(&server).await;
    let auth = all[0].headers["authorization"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(
        all[1].headers["authorization"],
        auth.as_str(),
        "token reused"
    );
    let token = auth.strip_prefix("Bearer ").expect("Bearer scheme");
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3, "{token}");
    let head: Value = serde_json::from_slice(&base64url_decode(parts[0])).unwrap();
    assert_eq!(
        head,
        json!({"alg": "HS256", "typ": "JWT", "kid": "app_5963c0d619a30a2e00de36b8"})
    );
    let claims: Value = serde_json::from_slice(&base64url_decode(parts[1])).unwrap();
    assert_eq!(claims, json!({"scope": "app"}));
    let signing_input = format!("{}.{}", parts[0], parts[1]);
    assert_eq!(
        base64url_decode(parts[2]),
        hmac_sha256(secret.as_bytes(), signing_input.as_bytes()),
        "HS256 signature must verify with the secret"
    );
    assert_ne!(
        base64url_decode(parts[2]),
        hmac_sha256(b"another secret", signing_input.as_bytes())
    );
}

#[test]
fn jwt_signer_lifetime_adds_exp_and_claims() {
    let token = runtime::JwtSigner::new("act_1", "secret", "account")
        .claim("userId", json!("steveb@channel5.com"))
        .lifetime(Duration::from_secs(600))
        .sign()
        .unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    let claims: Value = serde_json::from_slice(&base64url_decode(parts[1])).unwrap();
    assert_eq!(claims["scope"], "account");
    assert_eq!(claims["userId"], "steveb@channel5.com");
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let exp = claims["exp"].as_u64().expect("numeric exp");
    assert!(exp > now + 500 && exp <= now + 601, "exp {exp}, now {now}");
    assert_eq!(
        base64url_decode(parts[2]),
        hmac_sha256(b"secret", format!("{}.{}", parts[0], parts[1]).as_bytes())
    );
}

// ------------------------------------------------------------------------------- hooks

#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<String>>,
}

struct TestHook(Arc<Recorder>);

impl runtime::Hook for TestHook {
    fn on_request(
        &self,
        op: &OperationSpec,
        request: &mut runtime::reqwest::Request,
    ) -> Result<(), String> {
        self.0.events.lock().unwrap().push(format!(
            "request {} {} {}",
            op.id,
            request.method(),
            request.url().path()
        ));
        request.headers_mut().insert(
            "x-correlation-id",
            runtime::reqwest::header::HeaderValue::from_static("corr-1234"),
        );
        Ok(())
    }

    fn on_response(
        &self,
        op: &OperationSpec,
        status: StatusCode,
        _headers: &runtime::reqwest::header::HeaderMap,
    ) {
        self.0
            .events
            .lock()
            .unwrap()
            .push(format!("response {} {}", op.id, status.as_u16()));
    }
}

#[tokio::test]
async fn hook_sees_every_attempt_and_can_add_a_header() {
    let server = sequence(unavailable("0"), 1, json(200, json!([]))).await;
    let recorder = Arc::new(Recorder::default());
    let client = jellyfin_builder(&server.uri())
        .hook(TestHook(recorder.clone()))
        .build()
        .unwrap();
    client.get_users().await.unwrap();
    assert_eq!(
        *recorder.events.lock().unwrap(),
        [
            "request getUsers GET /Users",
            "response getUsers 503",
            "request getUsers GET /Users",
            "response getUsers 200",
        ]
    );
    let all = received(&server).await;
    assert_eq!(all.len(), 2);
    for r in &all {
        assert_eq!(r.headers["x-correlation-id"], "corr-1234");
    }
}

struct Refuse;

impl runtime::Hook for Refuse {
    fn on_request(
        &self,
        _op: &OperationSpec,
        _request: &mut runtime::reqwest::Request,
    ) -> Result<(), String> {
        Err("maintenance window".into())
    }
}

#[tokio::test]
async fn hook_can_refuse_a_request() {
    let server = serve(json(200, json!([]))).await;
    let client = jellyfin_builder(&server.uri())
        .hook(Refuse)
        .build()
        .unwrap();
    match client.get_users().await {
        Err(Error::Hook(message)) => assert_eq!(message, "maintenance window"),
        other => panic!("expected Error::Hook, got {other:?}"),
    }
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn transport_errors_do_not_leak_the_query_api_key() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_secs(10))).await;
    let client = emby::Client::builder()
        .base_url(server.uri())
        .apikeyauth("EMBY-API-KEY-SECRET")
        .build()
        .unwrap();
    let err = client
        .get_connect_exchange("user 1")
        .timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    let (display, debug) = (format!("{err}"), format!("{err:?}"));
    assert_timeout(err);
    for text in [display, debug] {
        assert!(
            !text.contains("EMBY-API-KEY-SECRET"),
            "api key leaked: {text}"
        );
        assert!(
            text.contains("api_key=***"),
            "the URL is kept, redacted: {text}"
        );
    }
}

#[tokio::test]
async fn connect_errors_are_retried_then_reported() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let recorder = Arc::new(Recorder::default());
    let client = jellyfin_builder(&format!("http://127.0.0.1:{port}"))
        .retry(RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(10),
            ..RetryPolicy::default()
        })
        .hook(TestHook(recorder.clone()))
        .build()
        .unwrap();
    match client.get_users().await {
        Err(Error::Transport(e)) => assert!(e.is_connect(), "{e:?}"),
        other => panic!("expected a connect error, got {other:?}"),
    }
    assert_eq!(
        recorder.events.lock().unwrap().len(),
        3,
        "1 attempt + 2 retries"
    );
}
