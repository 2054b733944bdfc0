//! Emby Server — ConnectService (5 operations).

use serde_json::json;
use service_clients::emby::{self, types, Client};
use service_clients::runtime::AuthParams;
use wiremock::ResponseTemplate;

use crate::{assert_wire, expect_api_errors, expect_unexpected_status, json, only_request, serve};

const USER_ID: &str = "2f3c6b1a9e8d4c7bb6a5f4e3d2c1b0a9";
const TOKEN: &str = "8c3d0f6e2a9b4d71a5e6f7c8b9d0e1f2";
const API_KEY: &str = "f4e1c2b3a4d5e6f708192a3b4c5d6e7f";
const EMBY_AUTH: &str = "Emby UserId=\"2f3c6b1a9e8d4c7bb6a5f4e3d2c1b0a9\", Client=\"Emby Web\", \
     Device=\"Firefox\", DeviceId=\"TW96aWxsYS81LjA\", Version=\"4.8.11.0\", \
     Token=\"8c3d0f6e2a9b4d71a5e6f7c8b9d0e1f2\"";
const ACCEPT: &str = "application/json, application/xml";
const UA: &str = "emby-client/rust";
/// Operations that document no response media type send reqwest's default Accept.
const ANY: &str = "*/*";

/// A client logged in with the `embyauth` Authorization header.
fn user_client(uri: &str) -> Client {
    Client::builder()
        .base_url(uri)
        .embyauth(AuthParams::new().set("UserId", USER_ID).set("Token", TOKEN))
        .client_info("Emby Web", "Firefox", "TW96aWxsYS81LjA", "4.8.11.0")
        .no_retries()
        .build()
        .unwrap()
}

/// A client with a server API key (`api_key` query parameter).
fn key_client(uri: &str) -> Client {
    Client::builder()
        .base_url(uri)
        .apikeyauth(API_KEY)
        .no_retries()
        .build()
        .unwrap()
}

fn xml(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body, "application/xml; charset=utf-8")
}

macro_rules! emby_errors {
    ($error:ident) => {
        vec![
            (400, ResponseTemplate::new(400), emby::$error::BadRequest),
            (401, ResponseTemplate::new(401), emby::$error::Unauthorized),
            (
                403,
                ResponseTemplate::new(403).set_body_string("Forbidden"),
                emby::$error::Forbidden,
            ),
            (404, ResponseTemplate::new(404), emby::$error::NotFound),
            (
                500,
                ResponseTemplate::new(500).set_body_string("Error processing request."),
                emby::$error::InternalServerError,
            ),
        ]
    };
}

#[tokio::test]
async fn post_users_by_id_connect_link_with_emby_header_decodes_json() {
    let server = serve(json(
        200,
        json!({"IsPending": false, "IsNewUserInvitation": false, "GuestDisplayName": "alice"}),
    ))
    .await;
    let client = user_client(&server.uri());
    let res = client
        .post_users_by_id_connect_link(USER_ID, "alice@example.com")
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.body(),
        &types::ConnectUserLinkResult {
            is_pending: Some(false),
            is_new_user_invitation: Some(false),
            guest_display_name: Some("alice".into()),
            additional_properties: Default::default(),
        }
    );
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        &format!("/Users/{USER_ID}/Connect/Link"),
        Some("ConnectUsername=alice%40example.com"),
        &[
            ("accept", ACCEPT),
            ("authorization", EMBY_AUTH),
            ("user-agent", UA),
        ],
    );
    assert!(req.body.is_empty());
}

#[tokio::test]
async fn post_users_by_id_connect_link_with_api_key_decodes_xml() {
    let server = serve(xml(
        r#"<?xml version="1.0" encoding="utf-8"?><UserLinkResult xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/MediaBrowser.Controller.Connect"><IsPending>true</IsPending><IsNewUserInvitation>true</IsNewUserInvitation><GuestDisplayName>bob@example.com</GuestDisplayName></UserLinkResult>"#,
    ))
    .await;
    let client = key_client(&server.uri());
    let res = client
        .post_users_by_id_connect_link(USER_ID, "bob@example.com")
        .await
        .unwrap();
    assert_eq!(
        res.into_body(),
        types::ConnectUserLinkResult {
            is_pending: Some(true),
            is_new_user_invitation: Some(true),
            guest_display_name: Some("bob@example.com".into()),
            // Lossless: the XML attributes the schema does not name, namespace declarations
            // included, are kept under quick-xml's `@name` keys.
            additional_properties: [
                ("@xmlns:i", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "@xmlns",
                    "http://schemas.datacontract.org/2004/07/MediaBrowser.Controller.Connect"
                ),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect(),
        }
    );
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        &format!("/Users/{USER_ID}/Connect/Link"),
        Some(&format!(
            "ConnectUsername=bob%40example.com&api_key={API_KEY}"
        )),
        &[("accept", ACCEPT), ("user-agent", UA)],
    );
}

#[tokio::test]
async fn post_users_by_id_connect_link_errors() {
    expect_api_errors(
        |uri| async move {
            user_client(&uri)
                .post_users_by_id_connect_link(USER_ID, "alice")
                .await
        },
        emby_errors!(PostUsersByIdConnectLinkError),
    )
    .await;
    expect_unexpected_status(|uri| async move {
        user_client(&uri)
            .post_users_by_id_connect_link(USER_ID, "alice")
            .await
    })
    .await;
}

#[tokio::test]
async fn delete_users_by_id_connect_link_wire_and_empty_200() {
    let server = serve(ResponseTemplate::new(200)).await;
    let res = user_client(&server.uri())
        .delete_users_by_id_connect_link(USER_ID)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.body(), &());
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "DELETE",
        &format!("/Users/{USER_ID}/Connect/Link"),
        None,
        &[
            ("accept", ANY),
            ("authorization", EMBY_AUTH),
            ("user-agent", UA),
        ],
    );
    assert!(req.body.is_empty());

    // The api-key variant puts the key in the query and sends no Authorization header.
    let server = serve(ResponseTemplate::new(200)).await;
    key_client(&server.uri())
        .delete_users_by_id_connect_link(USER_ID)
        .await
        .unwrap();
    assert_wire(
        &only_request(&server).await,
        "DELETE",
        &format!("/Users/{USER_ID}/Connect/Link"),
        Some(&format!("api_key={API_KEY}")),
        &[("accept", ANY), ("user-agent", UA)],
    );
}

#[tokio::test]
async fn delete_users_by_id_connect_link_errors() {
    expect_api_errors(
        |uri| async move {
            user_client(&uri)
                .delete_users_by_id_connect_link(USER_ID)
                .await
        },
        emby_errors!(DeleteUsersByIdConnectLinkError),
    )
    .await;
    expect_unexpected_status(|uri| async move {
        user_client(&uri)
            .delete_users_by_id_connect_link(USER_ID)
            .await
    })
    .await;
}

#[tokio::test]
async fn post_users_by_id_connect_link_delete_wire_and_empty_200() {
    let server = serve(ResponseTemplate::new(200)).await;
    let res = user_client(&server.uri())
        .post_users_by_id_connect_link_delete(USER_ID)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        &format!("/Users/{USER_ID}/Connect/Link/Delete"),
        None,
        &[
            ("accept", ANY),
            ("authorization", EMBY_AUTH),
            ("user-agent", UA),
        ],
    );
    assert!(req.body.is_empty());
}

#[tokio::test]
async fn post_users_by_id_connect_link_delete_errors() {
    expect_api_errors(
        |uri| async move {
            user_client(&uri)
                .post_users_by_id_connect_link_delete(USER_ID)
                .await
        },
        emby_errors!(PostUsersByIdConnectLinkDeleteError),
    )
    .await;
    expect_unexpected_status(|uri| async move {
        user_client(&uri)
            .post_users_by_id_connect_link_delete(USER_ID)
            .await
    })
    .await;
}

#[tokio::test]
async fn get_connect_exchange_json() {
    let server = serve(json(
        200,
        json!({"LocalUserId": USER_ID, "AccessToken": "0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"}),
    ))
    .await;
    let res = key_client(&server.uri())
        .get_connect_exchange("c0nnect-user 42")
        .await
        .unwrap();
    assert_eq!(
        res.body(),
        &types::ConnectConnectAuthenticationExchangeResult {
            local_user_id: Some(USER_ID.into()),
            access_token: Some("0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a".into()),
            additional_properties: Default::default(),
        }
    );
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "GET",
        "/Connect/Exchange",
        Some(&format!(
            "ConnectUserId=c0nnect-user%2042&api_key={API_KEY}"
        )),
        &[("accept", ACCEPT), ("user-agent", UA)],
    );
}

#[tokio::test]
async fn get_connect_exchange_xml() {
    let server = serve(xml(&format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<ConnectAuthenticationExchangeResult xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Emby.Server.Connect">
  <LocalUserId>{USER_ID}</LocalUserId>
  <AccessToken>0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a</AccessToken>
</ConnectAuthenticationExchangeResult>"#
    )))
    .await;
    let res = user_client(&server.uri())
        .get_connect_exchange("1234567")
        .await
        .unwrap();
    assert_eq!(
        res.into_body(),
        types::ConnectConnectAuthenticationExchangeResult {
            local_user_id: Some(USER_ID.into()),
            access_token: Some("0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a".into()),
            additional_properties: [
                ("@xmlns:i", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "@xmlns",
                    "http://schemas.datacontract.org/2004/07/Emby.Server.Connect"
                ),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect(),
        }
    );
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Connect/Exchange",
        Some("ConnectUserId=1234567"),
        &[
            ("accept", ACCEPT),
            ("authorization", EMBY_AUTH),
            ("user-agent", UA),
        ],
    );
}

#[tokio::test]
async fn get_connect_exchange_errors() {
    expect_api_errors(
        |uri| async move { user_client(&uri).get_connect_exchange("1234567").await },
        emby_errors!(GetConnectExchangeError),
    )
    .await;
    expect_unexpected_status(|uri| async move {
        user_client(&uri).get_connect_exchange("1234567").await
    })
    .await;
    // A documented 200 whose body is not what the spec says is a Decode error, raw kept.
    let server = serve(json(200, json!(["not", "an", "object"]))).await;
    match user_client(&server.uri())
        .get_connect_exchange("1234567")
        .await
    {
        Err(emby::Error::Decode { response, .. }) => {
            assert_eq!(response.status.as_u16(), 200);
            assert_eq!(&response.body[..], br#"["not","an","object"]"#);
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn get_connect_pending_wire_and_ignored_body() {
    // "Response content unknown": whatever the server sends, the call succeeds with ().
    let server = serve(json(200, json!([{"Id": "x"}]))).await;
    let res = user_client(&server.uri())
        .get_connect_pending()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Connect/Pending",
        None,
        &[
            ("accept", ANY),
            ("authorization", EMBY_AUTH),
            ("user-agent", UA),
        ],
    );
}

#[tokio::test]
async fn get_connect_pending_errors() {
    expect_api_errors(
        |uri| async move { user_client(&uri).get_connect_pending().await },
        emby_errors!(GetConnectPendingError),
    )
    .await;
    expect_unexpected_status(|uri| async move { user_client(&uri).get_connect_pending().await })
        .await;
}

#[tokio::test]
async fn without_a_token_only_the_client_info_is_sent() {
    let server = serve(ResponseTemplate::new(200)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .client_info("Emby Web", "Firefox", "TW96aWxsYS81LjA", "4.8.11.0")
        .build()
        .unwrap();
    client.get_connect_pending().await.unwrap();
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Connect/Pending",
        None,
        &[
            ("accept", ANY),
            (
                "authorization",
                "Emby Client=\"Emby Web\", Device=\"Firefox\", DeviceId=\"TW96aWxsYS81LjA\", Version=\"4.8.11.0\"",
            ),
            ("user-agent", UA),
        ],
    );
    // ...and `with_token` adds the Token parameter afterwards.
    let server = serve(ResponseTemplate::new(200)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .client_info("Emby Web", "Firefox", "TW96aWxsYS81LjA", "4.8.11.0")
        .build()
        .unwrap()
        .with_token(TOKEN);
    client.get_connect_pending().await.unwrap();
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Connect/Pending",
        None,
        &[
            ("accept", ANY),
            (
                "authorization",
                "Emby Client=\"Emby Web\", Device=\"Firefox\", DeviceId=\"TW96aWxsYS81LjA\", Version=\"4.8.11.0\", Token=\"8c3d0f6e2a9b4d71a5e6f7c8b9d0e1f2\"",
            ),
            ("user-agent", UA),
        ],
    );
}
