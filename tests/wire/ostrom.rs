//! Ostrom — Users (3 operations), authenticated with an OAuth2 client-credentials token that
//! the runtime fetches from the token endpoint (pointed at the mock server).

use std::fmt::Debug;
use std::future::Future;

use serde_json::{json, Value};
use service_clients::ostrom::{self, types, Client};
use service_clients::runtime::{self, ClientCredentials, Error, ResponseValue};
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::{api_error, assert_wire, json, json_body, received, unexpected};

pub const CLIENT_ID: &str = "ostrom-id";
pub const CLIENT_SECRET: &str = "s3cr3t";
/// base64("ostrom-id:s3cr3t")
pub const BASIC: &str = "Basic b3N0cm9tLWlkOnMzY3IzdA==";
pub const ACCESS_TOKEN: &str = "ory_at_dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu.aGVsbG8";
const UA: &str = "ostrom-client/rust";
const TOKEN_PATH: &str = "/oauth2/token";

pub fn client(uri: &str) -> Client {
    Client::builder()
        .base_url(uri)
        .client_access_token(
            ClientCredentials::new(CLIENT_ID, CLIENT_SECRET)
                .token_url(format!("{uri}{TOKEN_PATH}")),
        )
        .no_retries()
        .build()
        .unwrap()
}

pub fn token_response() -> ResponseTemplate {
    json(
        200,
        json!({"access_token": ACCESS_TOKEN, "expires_in": 3599, "scope": "", "token_type": "bearer"}),
    )
}

/// A server with the token endpoint and `api` answering everything else.
pub async fn ostrom_server(api: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_response())
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any()).respond_with(api).mount(&server).await;
    server
}

/// (token requests, API requests)
pub async fn split(server: &MockServer) -> (Vec<Request>, Vec<Request>) {
    received(server)
        .await
        .into_iter()
        .partition(|r| r.url.path() == TOKEN_PATH)
}

pub fn assert_token_request(req: &Request) {
    assert_wire(
        req,
        "POST",
        TOKEN_PATH,
        None,
        &[
            ("accept", "application/json"),
            ("authorization", BASIC),
            ("content-type", "application/x-www-form-urlencoded"),
            ("user-agent", UA),
        ],
    );
    assert_eq!(&req.body[..], b"grant_type=client_credentials");
}

fn bearer() -> String {
    format!("Bearer {ACCESS_TOKEN}")
}

fn error_body(kind: &str, detail: &str) -> Value {
    json!({"type": kind, "detail": detail})
}

/// For each case a fresh server (with token endpoint); the call must fail with that error.
async fn expect_errors<T, E, F, Fut>(call: F, cases: Vec<(u16, Value, E)>)
where
    T: Debug,
    E: Debug + PartialEq,
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error<E>>>,
{
    for (status, body, expected) in cases {
        let server = ostrom_server(json(status, body)).await;
        let err = call(server.uri()).await.unwrap_err();
        let api = api_error(err);
        assert_eq!(api.status().as_u16(), status);
        assert_eq!(api.body(), &expected);
        let (tokens, calls) = split(&server).await;
        if status == 401 {
            // A 401 to a fetched token means: fetch a new one and try once more.
            assert_eq!(tokens.len(), 2, "401 → one token refresh");
            assert_eq!(calls.len(), 2, "401 → one retry with the new token");
        } else {
            assert_eq!(tokens.len(), 1);
            assert_eq!(
                calls.len(),
                1,
                "status {status} is not retried (no_retries)"
            );
        }
    }
    let server = ostrom_server(
        ResponseTemplate::new(418)
            .insert_header("x-request-id", "req-7")
            .set_body_string("teapot"),
    )
    .await;
    let raw = unexpected(call(server.uri()).await.unwrap_err());
    assert_eq!(raw.status.as_u16(), 418);
    assert_eq!(raw.headers.get("x-request-id").unwrap(), "req-7");
    assert_eq!(&raw.body[..], b"teapot");
}

macro_rules! ostrom_errors {
    ($error:ident) => {{
        let e = |kind: &str, detail: &str| types::BadRequestError400 {
            r#type: Some(kind.into()),
            detail: Some(detail.into()),
            additional_properties: Default::default(),
        };
        vec![
            (
                400,
                error_body("bad_request", "invalid fields array..."),
                ostrom::$error::BadRequest(e("bad_request", "invalid fields array...")),
            ),
            (
                401,
                error_body("unauthorized", "Unauthorized API access."),
                ostrom::$error::Unauthorized(types::UnauthorizedError401 {
                    r#type: Some("unauthorized".into()),
                    detail: Some("Unauthorized API access.".into()),
                    additional_properties: Default::default(),
                }),
            ),
            (
                404,
                error_body("not_found", "information about not found object..."),
                ostrom::$error::NotFound(types::BadRequestError404 {
                    r#type: Some("not_found".into()),
                    detail: Some("information about not found object...".into()),
                    additional_properties: Default::default(),
                }),
            ),
            (
                429,
                error_body(
                    "too_many_requests",
                    "API request limit per minute has been reached. Please try again later.",
                ),
                ostrom::$error::TooManyRequests(types::TooManyRequestError429 {
                    r#type: Some("too_many_requests".into()),
                    detail: Some(
                        "API request limit per minute has been reached. Please try again later."
                            .into(),
                    ),
                    additional_properties: Default::default(),
                }),
            ),
        ]
    }};
}

#[tokio::test]
async fn get_me_wire_token_fetch_and_decode() {
    let server = ostrom_server(json(
        200,
        json!({
            "email": "dummy-email@ostrom-api.io",
            "firstName": "Max",
            "lastName": "Mustermann",
            "language": "GERMAN"
        }),
    ))
    .await;
    let res = client(&server.uri()).get_me().await.unwrap();
    assert_eq!(
        res.body(),
        &types::GetMeResponse {
            email: Some("dummy-email@ostrom-api.io".into()),
            first_name: Some("Max".into()),
            last_name: Some("Mustermann".into()),
            language: Some(types::GetMeResponseLanguage::German),
            additional_properties: Default::default(),
        }
    );
    let (tokens, calls) = split(&server).await;
    assert_eq!(tokens.len(), 1);
    assert_token_request(&tokens[0]);
    assert_eq!(calls.len(), 1);
    let bearer = bearer();
    assert_wire(
        &calls[0],
        "GET",
        "/me",
        None,
        &[
            ("accept", "application/json"),
            ("authorization", &bearer),
            ("user-agent", UA),
        ],
    );
}

#[tokio::test]
async fn get_me_errors() {
    expect_errors(
        |uri| async move { client(&uri).get_me().await },
        ostrom_errors!(GetMeError),
    )
    .await;
}

fn link_body() -> types::UsersLinkBody {
    types::UsersLinkBody {
        external_user_id: "partner-user-8841".into(),
        referral_code: Some("PARTNER10".into()),
        language: types::UsersLinkBodyLanguage::DeDe,
        redirect_url: "partnerapp://ostrom/linked".into(),
        scopes: vec![
            types::UsersLinkBodyScopesItem::OrderReadData,
            types::UsersLinkBodyScopesItem::ContractReadData,
        ],
        additional_properties: Default::default(),
    }
}

/// The spec does not require this body (`requestBody.required` absent): it is a setter,
/// and without it nothing is sent, not even a Content-Type.
#[tokio::test]
async fn link_user_body_is_optional() {
    let server = ostrom_server(json(200, json!({"linkUrl": "https://example.com/l"}))).await;
    client(&server.uri()).link_user().await.unwrap();
    let (_, calls) = split(&server).await;
    assert_eq!(calls.len(), 1);
    assert!(calls[0].body.is_empty(), "no body");
    assert!(
        calls[0].headers.get("content-type").is_none(),
        "no Content-Type"
    );
}

#[tokio::test]
async fn link_user_wire_and_decode() {
    let link = "https://join.ostrom.de/link?id=hZTY3Zjc3QDI2YzI1MDExLTdhYTctNGE2NS1iNjBmLTZmMzc5NmRhODUyMDowNDViYjFiYmE0M2Y5NDU5YTc5OTgxZmEyYTg1Nm";
    let server = ostrom_server(json(200, json!({"linkUrl": link}))).await;
    let body = link_body();
    let client = client(&server.uri());
    let res = client.link_user().body(&body).await.unwrap();
    assert_eq!(res.body().link_url.as_deref(), Some(link));
    // A second call reuses the cached token.
    client.link_user().body(&body).await.unwrap();
    let (tokens, calls) = split(&server).await;
    assert_eq!(tokens.len(), 1, "the token is cached");
    assert_eq!(calls.len(), 2);
    let bearer = bearer();
    for call in &calls {
        assert_wire(
            call,
            "POST",
            "/users/link",
            None,
            &[
                ("accept", "application/json"),
                ("authorization", &bearer),
                ("content-type", "application/json"),
                ("user-agent", UA),
            ],
        );
        assert_eq!(
            json_body(call),
            json!({
                "externalUserId": "partner-user-8841",
                "referralCode": "PARTNER10",
                "language": "de-DE",
                "redirectUrl": "partnerapp://ostrom/linked",
                "scopes": ["order:read:data", "contract:read:data"]
            })
        );
    }
}

#[tokio::test]
async fn link_user_errors() {
    let body = link_body();
    expect_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).link_user().body(&body).await }
        },
        ostrom_errors!(LinkUserError),
    )
    .await;
}

#[tokio::test]
async fn disconnect_user_wire_and_empty_200() {
    let server = ostrom_server(ResponseTemplate::new(200)).await;
    let res = client(&server.uri())
        .disconnect_user("partner-user-8841")
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let (tokens, calls) = split(&server).await;
    assert_eq!(tokens.len(), 1);
    assert_eq!(calls.len(), 1);
    let bearer = bearer();
    assert_wire(
        &calls[0],
        "DELETE",
        "/users/partner-user-8841/disconnect",
        None,
        &[
            ("accept", "application/json"),
            ("authorization", &bearer),
            ("user-agent", UA),
        ],
    );
    assert!(calls[0].body.is_empty());
}

#[tokio::test]
async fn disconnect_user_errors() {
    expect_errors(
        |uri| async move { client(&uri).disconnect_user("partner-user-8841").await },
        ostrom_errors!(DisconnectUserError),
    )
    .await;
}

#[tokio::test]
async fn token_endpoint_failure_is_an_auth_error_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(json(
            401,
            json!({"error": "invalid_client", "error_description": "Client authentication failed"}),
        ))
        .mount(&server)
        .await;
    let err = client(&server.uri()).get_me().await.unwrap_err();
    match &err {
        Error::Auth(message) => {
            assert!(message.contains("401"), "{message}");
            assert!(message.contains("invalid_client"), "{message}");
            assert!(!message.contains(CLIENT_SECRET), "secret leaked: {message}");
        }
        other => panic!("expected Error::Auth, got {other:?}"),
    }
    let (tokens, calls) = split(&server).await;
    assert_eq!(tokens.len(), 1);
    assert!(calls.is_empty());
}

/// A token issued elsewhere (the spec: user-scoped calls use a token issued for a linked
/// user) is sent as is: no token request.
#[tokio::test]
async fn a_pre_issued_token_is_sent_without_fetching_one() {
    let server = ostrom_server(json(200, json!({"linkUrl": "https://example.com/l"}))).await;
    let client = Client::builder()
        .base_url(server.uri())
        .client_access_token_bearer("issued-for-a-user")
        .no_retries()
        .build()
        .unwrap();
    client.link_user().await.unwrap();
    let (tokens, calls) = split(&server).await;
    assert!(tokens.is_empty(), "no token was fetched");
    assert_eq!(
        calls[0].headers["authorization"],
        "Bearer issued-for-a-user"
    );
}

/// Pre-issued tokens with a refresh token: a refused one is refreshed at the token URL
/// (`grant_type=refresh_token`) and the request sent again with the new one.
#[tokio::test]
async fn pre_issued_tokens_are_refreshed_when_refused() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(json(
            200,
            json!({"access_token": "fresh", "refresh_token": "r2", "expires_in": 3600}),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::header("authorization", "Bearer stale"))
        .respond_with(ResponseTemplate::new(401))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(json(200, json!({"linkUrl": "https://example.com/l"})))
        .mount(&server)
        .await;
    let tokens = runtime::TokenSet::new("stale").refresh_token("r1");
    let client = Client::builder()
        .base_url(server.uri())
        .client_access_token_refreshing(
            runtime::RefreshingToken::new(CLIENT_ID, CLIENT_SECRET, tokens)
                .token_url(format!("{}{TOKEN_PATH}", server.uri())),
        )
        .no_retries()
        .build()
        .unwrap();
    client.link_user().await.unwrap();
    let (token_calls, calls) = split(&server).await;
    assert_eq!(token_calls.len(), 1);
    assert_eq!(
        String::from_utf8_lossy(&token_calls[0].body),
        "grant_type=refresh_token&refresh_token=r1"
    );
    let auth: Vec<&str> = calls
        .iter()
        .map(|c| c.headers["authorization"].to_str().unwrap())
        .collect();
    assert_eq!(auth, ["Bearer stale", "Bearer fresh"]);
}
