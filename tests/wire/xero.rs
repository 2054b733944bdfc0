//! Xero — Identity (2 operations). Operation-level servers (`https://api.xero.com`) and OAuth2
//! authorization-code tokens refreshed through `runtime::RefreshingToken`.

use serde_json::json;
use service_clients::runtime::{RefreshingToken, TokenSet};
use service_clients::xero::{self, Client};
use wiremock::ResponseTemplate;

use crate::{assert_wire, expect_api_errors, expect_unexpected_status, json, only_request, serve};

const ACCESS_TOKEN: &str = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjFDQUY4RTY2NzcyRDZEQzAyOEQ2NzI2RkQwMjYxNTgxNTcwRUZDMTkifQ.eyJ4ZXJvX3VzZXJpZCI6IjEyMyJ9.c2lnbmF0dXJl";
const CONNECTION_ID: &str = "e1eede29-f875-4a5d-8470-17f6a29a88b1";
const AUTH_EVENT_ID: &str = "d99ecdfe-391d-43d2-b834-17636ba90e8d";
const TENANT_ID: &str = "70784a63-d24b-46a9-a4db-0e70a274b056";

pub fn tokens(access: &str, expires_in: u64) -> TokenSet {
    TokenSet::new(access)
        .refresh_token("a3f1c9e2d8b74f06a5e4d3c2b1a09f8e")
        .expires_in(expires_in)
        .scope("openid profile email accounting.transactions offline_access")
}

/// A token in hand is one call; the builder sets what a token endpoint would.
#[test]
fn token_set_new_and_builders() {
    let t = tokens("at", 60);
    assert_eq!(
        (
            t.access_token.as_str(),
            t.refresh_token.as_deref(),
            t.expires_in
        ),
        ("at", Some("a3f1c9e2d8b74f06a5e4d3c2b1a09f8e"), Some(60))
    );
    assert_eq!(
        t.scope.as_deref(),
        Some("openid profile email accounting.transactions offline_access")
    );
    let bare = TokenSet::new("only");
    assert_eq!(
        (
            bare.refresh_token,
            bare.expires_in,
            bare.token_type,
            bare.scope
        ),
        (None, None, None, None)
    );
}

/// The Xero server's operation-level URL mapped onto the mock server.
fn client(uri: &str) -> Client {
    Client::builder()
        .server("https://api.xero.com", uri)
        .o_auth2(
            RefreshingToken::new(
                "XERO_CLIENT_ID",
                "xero-client-secret",
                tokens(ACCESS_TOKEN, 1800),
            )
            .token_url(format!("{uri}/connect/token")),
        )
        .no_retries()
        .build()
        .unwrap()
}

fn connections_json(created: &str, updated: &str) -> serde_json::Value {
    json!([{
        "id": CONNECTION_ID,
        "authEventId": AUTH_EVENT_ID,
        "tenantId": TENANT_ID,
        "tenantType": "ORGANISATION",
        "tenantName": "Maple Florists Ltd",
        "createdDateUtc": created,
        "updatedDateUtc": updated
    }])
}

#[tokio::test]
async fn get_connections_wire_with_operation_server() {
    // `all_servers` works as well as `server(spec_url, ..)`.
    let server = serve(json(
        200,
        connections_json(
            "2019-07-09T23:40:30.1833130Z",
            "2020-05-15T01:35:13.8491980Z",
        ),
    ))
    .await;
    let client = Client::builder()
        .all_servers(server.uri())
        .o_auth2(RefreshingToken::new(
            "XERO_CLIENT_ID",
            "xero-client-secret",
            tokens(ACCESS_TOKEN, 1800),
        ))
        .build()
        .unwrap();
    let res = client
        .get_connections()
        .auth_event_id(AUTH_EVENT_ID.parse().unwrap())
        .await
        .unwrap();
    let c = &res.body()[0];
    assert_eq!(c.id.unwrap().to_string(), CONNECTION_ID);
    assert_eq!(c.tenant_id.unwrap().to_string(), TENANT_ID);
    assert_eq!(c.auth_event_id.unwrap().to_string(), AUTH_EVENT_ID);
    assert_eq!(c.tenant_type.as_deref(), Some("ORGANISATION"));
    assert_eq!(c.tenant_name.as_deref(), Some("Maple Florists Ltd"));
    assert_eq!(
        c.created_date_utc.unwrap().to_rfc3339(),
        "2019-07-09T23:40:30.183313+00:00"
    );
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Connections",
        Some(&format!("authEventId={AUTH_EVENT_ID}")),
        &[
            ("accept", "application/json"),
            ("authorization", &format!("Bearer {ACCESS_TOKEN}")),
            ("user-agent", "xero-client/rust"),
        ],
    );
}

/// Xero sends `createdDateUtc` / `updatedDateUtc` without a UTC offset (the spec's own example
/// is `'2019-12-07T18:46:19.5165400'`); they must still decode, read as UTC.
#[tokio::test]
async fn get_connections_decodes_real_xero_dates() {
    let server = serve(json(
        200,
        connections_json("2019-07-09T23:40:30.1833130", "2020-05-15T01:35:13.8491980"),
    ))
    .await;
    let res = client(&server.uri()).get_connections().await.unwrap();
    assert_eq!(
        res.body()[0].tenant_name.as_deref(),
        Some("Maple Florists Ltd")
    );
    assert_eq!(
        res.body()[0].created_date_utc.unwrap().to_rfc3339(),
        "2019-07-09T23:40:30.183313+00:00"
    );
}

#[tokio::test]
async fn get_connections_empty_list_and_unexpected_status() {
    let server = serve(json(200, json!([]))).await;
    let res = client(&server.uri()).get_connections().await.unwrap();
    assert!(res.body().is_empty());
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Connections",
        None,
        &[
            ("accept", "application/json"),
            ("authorization", &format!("Bearer {ACCESS_TOKEN}")),
            ("user-agent", "xero-client/rust"),
        ],
    );
    // getConnections documents only 200: everything else is UnexpectedStatus.
    expect_unexpected_status(|uri| async move { client(&uri).get_connections().await }).await;
    let server = serve(
        ResponseTemplate::new(403).set_body_raw(
            r#"{"Type":null,"Title":"Forbidden","Status":403,"Detail":"AuthenticationUnsuccessful","Instance":"0d9a4a8e-1f5c-4b1e-9a43-6c2b1f3e9d10","Extensions":{}}"#,
            "application/json",
        ),
    )
    .await;
    let raw = crate::unexpected(client(&server.uri()).get_connections().await.unwrap_err());
    assert_eq!(raw.status.as_u16(), 403);
    assert!(raw.text().contains("AuthenticationUnsuccessful"));
}

#[tokio::test]
async fn delete_connection_wire_and_204() {
    let server = serve(ResponseTemplate::new(204)).await;
    let res = client(&server.uri())
        .delete_connection(CONNECTION_ID.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    assert_eq!(res.body(), &());
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "DELETE",
        &format!("/Connections/{CONNECTION_ID}"),
        None,
        &[
            ("accept", "*/*"),
            ("authorization", &format!("Bearer {ACCESS_TOKEN}")),
            ("user-agent", "xero-client/rust"),
        ],
    );
    assert!(req.body.is_empty());
}

#[tokio::test]
async fn delete_connection_errors() {
    let id = CONNECTION_ID.parse().unwrap();
    expect_api_errors(
        |uri| async move { client(&uri).delete_connection(id).await },
        vec![(
            404,
            ResponseTemplate::new(404),
            xero::DeleteConnectionError::NotFound,
        )],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).delete_connection(id).await }).await;
}
