//! Smooch (Sunshine Conversations) v1 — AppUser (12 operations). Every operation documents
//! only `default` for errors, so every non-success status decodes into `Default(ErrorResponse)`.

use serde_json::{json, Value};
use service_clients::runtime::FilePart;
use service_clients::smooch::{self, types, Client};
use wiremock::{Request, ResponseTemplate};

use crate::{assert_wire, expect_api_errors, json, json_body, only_request, serve};

const APP_ID: &str = "5963c0d619a30a2e00de36b8";
const USER_ID: &str = "steveb@channel5.com";
const USER_ID_ENCODED: &str = "steveb%40channel5.com";
const JWT: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFwcF81OTYzYzBkNjE5YTMwYTJlMDBkZTM2YjgifQ.eyJzY29wZSI6ImFwcCJ9.gx0Iw5j8vFpzPI2nBxoOVBJ-4Hbc2p-Cqe0VVWeiAjI";
const UA: &str = "smooch-client/rust";

fn client(uri: &str) -> Client {
    Client::builder()
        .base_url(uri)
        .jwt(JWT)
        .no_retries()
        .build()
        .unwrap()
}

fn auth() -> String {
    format!("Bearer {JWT}")
}

fn base_path() -> String {
    format!("/v1/apps/{APP_ID}/appusers/{USER_ID_ENCODED}")
}

fn get_headers(auth: &str) -> Vec<(&'static str, String)> {
    vec![
        ("accept", "application/json".into()),
        ("authorization", auth.into()),
        ("user-agent", UA.into()),
    ]
}

fn assert_get(req: &Request, method: &str, path: &str, query: Option<&str>) {
    let auth = auth();
    let headers = get_headers(&auth);
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    assert_wire(req, method, path, query, &headers);
    assert!(req.body.is_empty());
}

fn assert_json_request(req: &Request, method: &str, path: &str, body: Value) {
    let auth = auth();
    assert_wire(
        req,
        method,
        path,
        None,
        &[
            ("accept", "application/json"),
            ("authorization", &auth),
            ("content-type", "application/json"),
            ("user-agent", UA),
        ],
    );
    assert_eq!(json_body(req), body);
}

/// An app user the way Smooch v1 returns it.
fn app_user_json() -> Value {
    json!({
        "appUser": {
            "_id": "7494535bff5cef41a15be74d",
            "userId": USER_ID,
            "givenName": "Steve",
            "surname": "Brule",
            "email": USER_ID,
            "signedUpAt": "2019-01-14T18:55:12.515Z",
            "hasPaymentInfo": false,
            "conversationStarted": true,
            "credentialRequired": false,
            "clients": [{
                "active": true,
                "appVersion": "1.0",
                "id": "5A7F8343-DF41-46A8-96EC-8583FCB422FB",
                "lastSeen": "2019-01-14T16:55:59.364Z",
                "platform": "ios",
                "pushNotificationToken": "<72b3d0c7 6a5f1b1a 8e0d9b7a>",
                "info": {
                    "appName": "ShellApp",
                    "devicePlatform": "x86_64",
                    "os": "iPhone OS",
                    "osVersion": "8.4",
                    "timezone": -5
                },
                "raw": {"sdkVersion": "5.14.0"}
            }],
            "pendingClients": [],
            "properties": {"favoriteFood": "prizza", "loyaltyPoints": 42}
        }
    })
}

fn assert_app_user(res: &types::AppUserResponse) {
    let user = &res.app_user;
    assert_eq!(user.id, "7494535bff5cef41a15be74d");
    assert_eq!(user.user_id.as_deref(), Some(USER_ID));
    assert_eq!(user.given_name.as_deref(), Some("Steve"));
    assert!(user.conversation_started);
    assert_eq!(user.properties["favoriteFood"], json!("prizza"));
    assert_eq!(user.properties["loyaltyPoints"], json!(42));
    let client = &user.clients.as_ref().unwrap()[0];
    assert_eq!(client.id, "5A7F8343-DF41-46A8-96EC-8583FCB422FB");
    assert_eq!(client.platform, "ios");
    assert_eq!(
        client.last_seen.unwrap().to_rfc3339(),
        "2019-01-14T16:55:59.364+00:00"
    );
    let info = client.info.as_ref().unwrap();
    assert_eq!(info.os_version.as_deref(), Some("8.4"));
    assert_eq!(info.timezone, Some(-5));
    assert_eq!(client.raw.as_ref().unwrap()["sdkVersion"], json!("5.14.0"));
    assert_eq!(user.pending_clients, Some(vec![]));
}

fn smooch_error(
    status: u16,
    code: &str,
    description: &str,
) -> (u16, ResponseTemplate, types::ErrorResponse) {
    (
        status,
        json(
            status,
            json!({"error": {"code": code, "description": description}}),
        ),
        types::ErrorResponse {
            error: types::ErrorResponseError {
                code: code.into(),
                description: Some(description.into()),
                additional_properties: Default::default(),
            },
            additional_properties: Default::default(),
        },
    )
}

/// The usual Smooch error set, each mapped to the `Default` variant of the operation.
macro_rules! smooch_errors {
    ($error:ident) => {
        [
            smooch_error(400, "bad_request", "Invalid body"),
            smooch_error(401, "unauthorized", "Authorization is required"),
            smooch_error(403, "forbidden", "Cannot access this resource"),
            smooch_error(404, "not_found", "App user not found"),
            smooch_error(429, "too_many_requests", "Rate limit exceeded"),
            smooch_error(503, "service_unavailable", "Service unavailable"),
        ]
        .into_iter()
        .map(|(status, template, body)| (status, template, smooch::$error::Default(body)))
        .collect::<Vec<_>>()
    };
}

/// A status outside the error set still decodes (`default`); a body that is not the documented
/// error object (an HTML page from a proxy) is a Decode error with the raw response kept.
async fn expect_decode_error_for_html<T, E, F, Fut>(call: F)
where
    T: std::fmt::Debug,
    E: std::fmt::Debug,
    F: FnOnce(String) -> Fut,
    Fut: std::future::Future<Output = Result<smooch::ResponseValue<T>, smooch::Error<E>>>,
{
    let server =
        serve(ResponseTemplate::new(502).set_body_raw("<html>502 Bad Gateway</html>", "text/html"))
            .await;
    match call(server.uri()).await {
        Err(smooch::Error::Decode { response, .. }) => {
            assert_eq!(response.status.as_u16(), 502);
            assert_eq!(&response.body[..], b"<html>502 Bad Gateway</html>");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

// ----------------------------------------------------------------------- pre_create_app_user

#[tokio::test]
async fn pre_create_app_user_wire_and_201() {
    let server = serve(json(201, app_user_json())).await;
    let mut properties = std::collections::BTreeMap::new();
    properties.insert("favoriteFood".to_string(), json!("prizza"));
    let body = types::AppUserPreCreate {
        given_name: Some("Steve".into()),
        signed_up_at: Some("2019-01-14T18:55:12.515Z".into()),
        properties: Some(properties),
        ..types::AppUserPreCreate::new(USER_ID)
    };
    let res = client(&server.uri())
        .pre_create_app_user(APP_ID, &body)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    assert_app_user(res.body());
    assert_json_request(
        &only_request(&server).await,
        "POST",
        &format!("/v1/apps/{APP_ID}/appusers"),
        json!({
            "userId": USER_ID,
            "givenName": "Steve",
            "signedUpAt": "2019-01-14T18:55:12.515Z",
            "properties": {"favoriteFood": "prizza"}
        }),
    );
}

#[tokio::test]
async fn pre_create_app_user_errors() {
    let body = types::AppUserPreCreate::new(USER_ID);
    let mut cases = smooch_errors!(PreCreateAppUserError);
    let (s, t, e) = smooch_error(409, "conflict", "App user already exists");
    cases.push((s, t, smooch::PreCreateAppUserError::Default(e)));
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).pre_create_app_user(APP_ID, &body).await }
        },
        cases,
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).pre_create_app_user(APP_ID, &body).await
    })
    .await;
}

// ------------------------------------------------------------------------------ get_app_user

#[tokio::test]
async fn get_app_user_wire_and_decode() {
    let server = serve(json(200, app_user_json())).await;
    let res = client(&server.uri())
        .get_app_user(APP_ID, USER_ID)
        .await
        .unwrap();
    assert_app_user(res.body());
    assert_get(&only_request(&server).await, "GET", &base_path(), None);
}

#[tokio::test]
async fn get_app_user_errors() {
    expect_api_errors(
        |uri| async move { client(&uri).get_app_user(APP_ID, USER_ID).await },
        smooch_errors!(GetAppUserError),
    )
    .await;
    expect_decode_error_for_html(
        |uri| async move { client(&uri).get_app_user(APP_ID, USER_ID).await },
    )
    .await;
}

// --------------------------------------------------------------------------- update_app_user

#[tokio::test]
async fn update_app_user_wire_and_decode() {
    let server = serve(json(200, app_user_json())).await;
    let body = types::AppUserUpdate {
        given_name: Some("Steve".into()),
        surname: Some("Brule".into()),
        ..Default::default()
    };
    let res = client(&server.uri())
        .update_app_user(APP_ID, USER_ID, &body)
        .await
        .unwrap();
    assert_app_user(res.body());
    assert_json_request(
        &only_request(&server).await,
        "PUT",
        &base_path(),
        json!({"givenName": "Steve", "surname": "Brule"}),
    );
}

#[tokio::test]
async fn update_app_user_errors() {
    let body = types::AppUserUpdate::default();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).update_app_user(APP_ID, USER_ID, &body).await }
        },
        smooch_errors!(UpdateAppUserError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).update_app_user(APP_ID, USER_ID, &body).await
    })
    .await;
}

// --------------------------------------------------------------------------- delete_app_user

#[tokio::test]
async fn delete_app_user_wire_and_ignored_body() {
    let server = serve(json(200, json!({}))).await;
    let res = client(&server.uri())
        .delete_app_user(APP_ID, USER_ID)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_get(&only_request(&server).await, "DELETE", &base_path(), None);
}

#[tokio::test]
async fn delete_app_user_errors() {
    expect_api_errors(
        |uri| async move { client(&uri).delete_app_user(APP_ID, USER_ID).await },
        smooch_errors!(DeleteAppUserError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).delete_app_user(APP_ID, USER_ID).await
    })
    .await;
}

// ------------------------------------------------------------------- delete_app_user_profile

#[tokio::test]
async fn delete_app_user_profile_wire_and_decode() {
    let server = serve(json(200, app_user_json())).await;
    let res = client(&server.uri())
        .delete_app_user_profile(APP_ID, USER_ID)
        .await
        .unwrap();
    assert_app_user(res.body());
    assert_get(
        &only_request(&server).await,
        "DELETE",
        &format!("{}/profile", base_path()),
        None,
    );
}

#[tokio::test]
async fn delete_app_user_profile_errors() {
    expect_api_errors(
        |uri| async move { client(&uri).delete_app_user_profile(APP_ID, USER_ID).await },
        smooch_errors!(DeleteAppUserProfileError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).delete_app_user_profile(APP_ID, USER_ID).await
    })
    .await;
}

// -------------------------------------------------------------------- get_app_user_auth_code

#[tokio::test]
async fn get_app_user_auth_code_wire_and_decode() {
    let server = serve(json(
        200,
        json!({"authCode": "ac_7a6f4e3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b"}),
    ))
    .await;
    let res = client(&server.uri())
        .get_app_user_auth_code(APP_ID, USER_ID)
        .await
        .unwrap();
    assert_eq!(
        res.body(),
        &types::AuthCodeResponse {
            auth_code: "ac_7a6f4e3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b".into(),
            additional_properties: Default::default(),
        }
    );
    assert_get(
        &only_request(&server).await,
        "GET",
        &format!("{}/authcode", base_path()),
        None,
    );
}

#[tokio::test]
async fn get_app_user_auth_code_errors() {
    expect_api_errors(
        |uri| async move { client(&uri).get_app_user_auth_code(APP_ID, USER_ID).await },
        smooch_errors!(GetAppUserAuthCodeError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).get_app_user_auth_code(APP_ID, USER_ID).await
    })
    .await;
}

// ---------------------------------------------------------- get_app_user_business_system_ids

#[tokio::test]
async fn get_app_user_business_system_ids_wire_and_decode() {
    let server = serve(json(
        200,
        json!({"businessSystems": [
            {"type": "zendesk", "ticketId": "1234"},
            {"type": "slack", "channelId": "C0G2W2Q1Y", "conversationId": "1491418345.000010"},
            {"type": "hipchat", "roomId": 3702346}
        ]}),
    ))
    .await;
    let res = client(&server.uri())
        .get_app_user_business_system_ids(APP_ID, USER_ID)
        .await
        .unwrap();
    let systems = &res.body().business_systems;
    assert_eq!(systems.len(), 3);
    assert_eq!(systems[0].r#type, "zendesk");
    assert_eq!(systems[0].ticket_id.as_deref(), Some("1234"));
    assert_eq!(systems[1].channel_id.as_deref(), Some("C0G2W2Q1Y"));
    assert_eq!(
        systems[1].conversation_id.as_deref(),
        Some("1491418345.000010")
    );
    assert_eq!(systems[2].room_id, Some(3702346));
    assert_get(
        &only_request(&server).await,
        "GET",
        &format!("{}/businesssystems", base_path()),
        None,
    );
}

#[tokio::test]
async fn get_app_user_business_system_ids_errors() {
    expect_api_errors(
        |uri| async move {
            client(&uri)
                .get_app_user_business_system_ids(APP_ID, USER_ID)
                .await
        },
        smooch_errors!(GetAppUserBusinessSystemIdsError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri)
            .get_app_user_business_system_ids(APP_ID, USER_ID)
            .await
    })
    .await;
}

// -------------------------------------------------------------------- get_app_user_entity_ids

#[tokio::test]
async fn get_app_user_entity_ids_wire_and_decode() {
    let server = serve(json(
        200,
        json!({"channels": [
            {"type": "twilio", "phoneNumber": "+15145555555"},
            {"type": "messenger", "userId": "198273192387"},
            {"type": "telegram", "chatId": "123456789"}
        ]}),
    ))
    .await;
    let res = client(&server.uri())
        .get_app_user_entity_ids(APP_ID, USER_ID)
        .await
        .unwrap();
    assert_eq!(
        res.body().channels,
        vec![
            types::ChannelEntityItem {
                phone_number: Some("+15145555555".into()),
                ..types::ChannelEntityItem::new("twilio")
            },
            types::ChannelEntityItem {
                user_id: Some("198273192387".into()),
                ..types::ChannelEntityItem::new("messenger")
            },
            types::ChannelEntityItem {
                chat_id: Some("123456789".into()),
                ..types::ChannelEntityItem::new("telegram")
            },
        ]
    );
    assert_get(
        &only_request(&server).await,
        "GET",
        &format!("{}/channels", base_path()),
        None,
    );
}

#[tokio::test]
async fn get_app_user_entity_ids_errors() {
    expect_api_errors(
        |uri| async move { client(&uri).get_app_user_entity_ids(APP_ID, USER_ID).await },
        smooch_errors!(GetAppUserEntityIdsError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).get_app_user_entity_ids(APP_ID, USER_ID).await
    })
    .await;
}

// ----------------------------------------------------------------------------- link_app_user

fn link_body() -> types::AppUserLink {
    types::AppUserLink {
        r#type: "twilio".into(),
        phone_number: Some("+15145555555".into()),
        address: None,
        given_name: None,
        surname: None,
        subject: None,
        skip_confirmation: None,
        confirmation: types::Confirmation {
            r#type: "immediate".into(),
            message: None,
            additional_properties: Default::default(),
        },
        additional_properties: Default::default(),
    }
}

#[tokio::test]
async fn link_app_user_wire_and_decode() {
    let server = serve(json(200, app_user_json())).await;
    let res = client(&server.uri())
        .link_app_user(APP_ID, USER_ID, &link_body())
        .await
        .unwrap();
    assert_app_user(res.body());
    assert_json_request(
        &only_request(&server).await,
        "POST",
        &format!("{}/channels", base_path()),
        json!({
            "type": "twilio",
            "phoneNumber": "+15145555555",
            "confirmation": {"type": "immediate"}
        }),
    );
}

#[tokio::test]
async fn link_app_user_errors() {
    let body = link_body();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).link_app_user(APP_ID, USER_ID, &body).await }
        },
        smooch_errors!(LinkAppUserError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri).link_app_user(APP_ID, USER_ID, &body).await
    })
    .await;
}

// --------------------------------------------------------------------------- unlink_app_user

#[tokio::test]
async fn unlink_app_user_wire_and_200() {
    let server = serve(json(200, json!({}))).await;
    let res = client(&server.uri())
        .unlink_app_user(APP_ID, USER_ID, "messenger")
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_get(
        &only_request(&server).await,
        "DELETE",
        &format!("{}/channels/messenger", base_path()),
        None,
    );
}

#[tokio::test]
async fn unlink_app_user_errors() {
    expect_api_errors(
        |uri| async move {
            client(&uri)
                .unlink_app_user(APP_ID, USER_ID, "messenger")
                .await
        },
        smooch_errors!(UnlinkAppUserError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri)
            .unlink_app_user(APP_ID, USER_ID, "messenger")
            .await
    })
    .await;
}

// ------------------------------------------------------------------------- get_link_requests

#[tokio::test]
async fn get_link_requests_wire_and_decode() {
    let server = serve(json(
        200,
        json!({"linkRequests": [{
            "integrationId": "59fb5a1cd1ee3e5d00b4a0d4",
            "type": "messenger",
            "code": "lr_ahgs5kD3mY2",
            "url": "https://m.me/1234567890?ref=lr_ahgs5kD3mY2"
        }]}),
    ))
    .await;
    let res = client(&server.uri())
        .get_link_requests(
            APP_ID,
            USER_ID,
            vec![
                "59fb5a1cd1ee3e5d00b4a0d4".into(),
                "59fb5a1cd1ee3e5d00b4a0d5".into(),
            ],
        )
        .await
        .unwrap();
    assert_eq!(
        res.body().link_requests,
        Some(vec![types::LinkRequestResponseLinkRequests {
            integration_id: "59fb5a1cd1ee3e5d00b4a0d4".into(),
            r#type: "messenger".into(),
            code: "lr_ahgs5kD3mY2".into(),
            url: "https://m.me/1234567890?ref=lr_ahgs5kD3mY2".into(),
            additional_properties: Default::default(),
        }])
    );
    // form, explode=false: one parameter, items joined by a literal comma.
    assert_get(
        &only_request(&server).await,
        "GET",
        &format!("{}/linkrequest", base_path()),
        Some("integrationIds=59fb5a1cd1ee3e5d00b4a0d4,59fb5a1cd1ee3e5d00b4a0d5"),
    );
}

#[tokio::test]
async fn get_link_requests_errors() {
    expect_api_errors(
        |uri| async move {
            client(&uri)
                .get_link_requests(APP_ID, USER_ID, vec!["x".into()])
                .await
        },
        smooch_errors!(GetLinkRequestsError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri)
            .get_link_requests(APP_ID, USER_ID, vec!["x".into()])
            .await
    })
    .await;
}

// ------------------------------------------------------------------------ post_image_message

/// The parts of a multipart/form-data body: (part headers, content).
pub fn multipart_parts(req: &Request) -> Vec<(String, Vec<u8>)> {
    let ct = req.headers.get("content-type").unwrap().to_str().unwrap();
    let boundary = ct
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not multipart: {ct}"));
    let delimiter = format!("--{boundary}");
    let body = &req.body[..];
    let mut parts = Vec::new();
    let positions: Vec<usize> = (0..body.len())
        .filter(|&i| body[i..].starts_with(delimiter.as_bytes()))
        .collect();
    assert!(
        positions.len() >= 2,
        "no parts in {:?}",
        String::from_utf8_lossy(body)
    );
    assert!(
        body[*positions.last().unwrap() + delimiter.len()..].starts_with(b"--"),
        "missing closing delimiter"
    );
    for w in positions.windows(2) {
        let part = &body[w[0] + delimiter.len()..w[1]];
        let part = part.strip_prefix(b"\r\n").expect("CRLF after delimiter");
        let part = part.strip_suffix(b"\r\n").expect("CRLF before delimiter");
        let split = part
            .windows(4)
            .position(|x| x == b"\r\n\r\n")
            .expect("part headers end");
        let headers = String::from_utf8(part[..split].to_vec()).unwrap();
        parts.push((headers.to_ascii_lowercase(), part[split + 4..].to_vec()));
    }
    parts
}

pub(crate) fn message_response_json() -> Value {
    json!({
        "message": {
            "_id": "55c8c1498590aa1900b9b9b1",
            "authorId": "c7f6e6d6c3a637261bd9656f",
            "role": "appUser",
            "type": "image",
            "name": "Steve",
            "text": "https://media.smooch.io/apps/5963c0d619a30a2e00de36b8/cat.jpg",
            "avatarUrl": "https://www.gravatar.com/avatar/00000000000000000000000000000000.png?s=200&d=mm",
            "received": 1439220041.586,
            "mediaUrl": "https://media.smooch.io/apps/5963c0d619a30a2e00de36b8/cat.jpg",
            "mediaType": "image/jpeg",
            "source": {"type": "api"}
        },
        "conversation": {"_id": "df0ba0e2ab1a8fbd1c3e4fad", "unreadCount": 0}
    })
}

/// A tiny JPEG-looking payload with bytes that are not UTF-8 and contain CR/LF.
const IMAGE: &[u8] = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\r\n--not-a-boundary\r\n\xff\xd9";

#[tokio::test]
async fn post_image_message_multipart_wire_and_201() {
    let server = serve(json(201, message_response_json())).await;
    let res = client(&server.uri())
        .post_image_message(
            APP_ID,
            USER_ID,
            FilePart::bytes(IMAGE.to_vec())
                .file_name("cat.jpg")
                .content_type("image/jpeg"),
            "appUser",
        )
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let body = res.into_body();
    assert_eq!(body.message.id, "55c8c1498590aa1900b9b9b1");
    assert_eq!(body.message.r#type, "image");
    assert_eq!(body.message.received, 1439220041.586);
    assert_eq!(body.message.media_type.as_deref(), Some("image/jpeg"));
    assert_eq!(body.message.source.unwrap().r#type.as_deref(), Some("api"));
    assert_eq!(body.conversation.id, "df0ba0e2ab1a8fbd1c3e4fad");
    assert_eq!(body.conversation.unread_count, 0);
    assert_eq!(body.extra_messages, None);

    let req = only_request(&server).await;
    let auth = auth();
    assert_wire(
        &req,
        "POST",
        &format!("{}/images", base_path()),
        None,
        &[
            ("accept", "application/json"),
            ("authorization", &auth),
            ("content-type", "multipart/form-data; boundary=*"),
            ("user-agent", UA),
        ],
    );
    let parts = multipart_parts(&req);
    assert_eq!(parts.len(), 2, "{parts:?}");
    let (source_headers, source) = &parts[0];
    assert!(
        source_headers
            .contains("content-disposition: form-data; name=\"source\"; filename=\"cat.jpg\""),
        "{source_headers}"
    );
    assert!(
        source_headers.contains("content-type: image/jpeg"),
        "{source_headers}"
    );
    assert_eq!(source, IMAGE);
    let (role_headers, role) = &parts[1];
    assert_eq!(
        role_headers,
        "content-disposition: form-data; name=\"role\""
    );
    assert_eq!(role, b"appUser");
}

#[tokio::test]
async fn post_image_message_errors() {
    expect_api_errors(
        |uri| async move {
            client(&uri)
                .post_image_message(
                    APP_ID,
                    USER_ID,
                    FilePart::bytes(IMAGE.to_vec()).file_name("cat.jpg"),
                    "appUser",
                )
                .await
        },
        smooch_errors!(PostImageMessageError),
    )
    .await;
    expect_decode_error_for_html(|uri| async move {
        client(&uri)
            .post_image_message(APP_ID, USER_ID, FilePart::bytes(IMAGE.to_vec()), "appUser")
            .await
    })
    .await;
}

/// With a token source (signed JWTs), a 401 makes the runtime try once more with a fresh
/// token; a multipart body cannot be replayed, so the 401 itself must come back.
#[tokio::test]
async fn post_image_message_401_with_signed_jwt_returns_the_error() {
    let server = serve(json(
        401,
        json!({"error": {"code": "unauthorized", "description": "Invalid JWT"}}),
    ))
    .await;
    let client = Client::builder()
        .base_url(server.uri())
        .jwt_signed("app_5963c0d619a30a2e00de36b8", "wrong-secret", "app")
        .build()
        .unwrap();
    let err = client
        .post_image_message(
            APP_ID,
            USER_ID,
            FilePart::bytes(IMAGE.to_vec()).file_name("cat.jpg"),
            "appUser",
        )
        .await
        .unwrap_err();
    let api = crate::api_error(err);
    assert_eq!(api.status().as_u16(), 401);
    assert_eq!(
        api.into_body(),
        smooch::PostImageMessageError::Default(types::ErrorResponse {
            error: types::ErrorResponseError {
                code: "unauthorized".into(),
                description: Some("Invalid JWT".into()),
                additional_properties: Default::default(),
            },
            additional_properties: Default::default(),
        })
    );
}
