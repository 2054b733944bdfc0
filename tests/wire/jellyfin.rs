//! Jellyfin 10.11 — User (14 operations).

use serde_json::{json, Value};
use service_clients::jellyfin::{self, types, Client, RetryAfterMessageHeaders};
use service_clients::runtime::Nullable;
use wiremock::ResponseTemplate;

use crate::{
    assert_wire, expect_api_errors, expect_unexpected_status, json, json_body, only_request, serve,
};

/// Jellyfin sends GUIDs in the "N" format: 32 hex digits, no hyphens.
const USER_ID: &str = "f9d8e7c6b5a44321a0b1c2d3e4f5a6b7";
const USER_ID_HYPHENATED: &str = "f9d8e7c6-b5a4-4321-a0b1-c2d3e4f5a6b7";
const SERVER_ID: &str = "4a5a3c5e0e0b4b5e9f2c2d6d3b1f7a10";
const TOKEN: &str = "3b6f1d2c9a8e4f7b8c5d0e1f2a3b4c5d";
const AUTH: &str = "MediaBrowser Client=\"Jellyfin Web\", Device=\"Firefox\", \
     DeviceId=\"TW96aWxsYS81LjAgKFgxMSk\", Version=\"10.11.0\", \
     Token=\"3b6f1d2c9a8e4f7b8c5d0e1f2a3b4c5d\"";
const ANON_AUTH: &str = "MediaBrowser Client=\"Jellyfin Web\", Device=\"Firefox\", \
     DeviceId=\"TW96aWxsYS81LjAgKFgxMSk\", Version=\"10.11.0\"";
const ACCEPT: &str = "application/json, application/json; profile=\"CamelCase\", \
     application/json; profile=\"PascalCase\", text/html";
const UA: &str = "jellyfin-client/rust";

fn client(uri: &str) -> Client {
    Client::builder()
        .base_url(uri)
        .client_info(
            "Jellyfin Web",
            "Firefox",
            "TW96aWxsYS81LjAgKFgxMSk",
            "10.11.0",
        )
        .no_retries()
        .build()
        .unwrap()
        .with_token(TOKEN)
}

fn with_auth() -> Vec<(&'static str, &'static str)> {
    vec![
        ("accept", ACCEPT),
        ("authorization", AUTH),
        ("user-agent", UA),
    ]
}

fn with_auth_and_json() -> Vec<(&'static str, &'static str)> {
    let mut h = with_auth();
    h.push(("content-type", "application/json"));
    h
}

fn anonymous_json() -> Vec<(&'static str, &'static str)> {
    vec![
        ("accept", ACCEPT),
        ("authorization", ANON_AUTH),
        ("content-type", "application/json"),
        ("user-agent", UA),
    ]
}

/// A user the way Jellyfin 10.11 serializes it (PascalCase, "N" GUIDs, 7-digit fractions).
fn user_json(id: &str, name: &str) -> Value {
    json!({
        "Name": name,
        "ServerId": SERVER_ID,
        "Id": id,
        "HasPassword": true,
        "HasConfiguredPassword": true,
        "HasConfiguredEasyPassword": false,
        "EnableAutoLogin": false,
        "LastLoginDate": "2025-03-14T09:26:53.5897932Z",
        "LastActivityDate": "2025-03-14T09:27:10.1234567Z",
        "Configuration": {
            "AudioLanguagePreference": "eng",
            "PlayDefaultAudioTrack": true,
            "SubtitleLanguagePreference": "",
            "DisplayMissingEpisodes": false,
            "GroupedFolders": [],
            "SubtitleMode": "Default",
            "DisplayCollectionsView": false,
            "EnableLocalPassword": false,
            "OrderedViews": ["f137a2dd21bbc1b99aa5c0f6bf02a805"],
            "LatestItemsExcludes": [],
            "MyMediaExcludes": [],
            "HidePlayedInLatest": true,
            "RememberAudioSelections": true,
            "RememberSubtitleSelections": true,
            "EnableNextEpisodeAutoPlay": true,
            "CastReceiverId": "F007D354"
        },
        "Policy": {
            "IsAdministrator": true,
            "IsHidden": true,
            "EnableCollectionManagement": false,
            "EnableSubtitleManagement": false,
            "EnableLyricManagement": false,
            "IsDisabled": false,
            "BlockedTags": [],
            "AllowedTags": [],
            "EnableUserPreferenceAccess": true,
            "AccessSchedules": [],
            "BlockUnratedItems": [],
            "EnableRemoteControlOfOtherUsers": true,
            "EnableSharedDeviceControl": true,
            "EnableRemoteAccess": true,
            "EnableLiveTvManagement": true,
            "EnableLiveTvAccess": true,
            "EnableMediaPlayback": true,
            "EnableAudioPlaybackTranscoding": true,
            "EnableVideoPlaybackTranscoding": true,
            "EnablePlaybackRemuxing": true,
            "ForceRemoteSourceTranscoding": false,
            "EnableContentDeletion": true,
            "EnableContentDeletionFromFolders": [],
            "EnableContentDownloading": true,
            "EnableSyncTranscoding": true,
            "EnableMediaConversion": true,
            "EnabledDevices": [],
            "EnableAllDevices": true,
            "EnabledChannels": [],
            "EnableAllChannels": true,
            "EnabledFolders": [],
            "EnableAllFolders": true,
            "InvalidLoginAttemptCount": 0,
            "LoginAttemptsBeforeLockout": -1,
            "MaxActiveSessions": 0,
            "EnablePublicSharing": true,
            "BlockedMediaFolders": [],
            "BlockedChannels": [],
            "RemoteClientBitrateLimit": 0,
            "AuthenticationProviderId": "Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider",
            "PasswordResetProviderId": "Jellyfin.Server.Implementations.Users.DefaultPasswordResetProvider",
            "SyncPlayAccess": "CreateAndJoinGroups"
        },
        "PrimaryImageAspectRatio": 1.0
    })
}

/// The fields of `user_json` decoded into the typed model.
fn assert_user(user: &types::UserDto, id: &str, name: &str) {
    assert_eq!(user.name.as_deref(), Some(name));
    assert_eq!(user.id.unwrap().simple().to_string(), id);
    assert_eq!(user.server_id.as_deref(), Some(SERVER_ID));
    assert_eq!(user.has_password, Some(true));
    assert_eq!(user.enable_auto_login, Nullable::Value(false));
    assert_eq!(
        user.last_login_date.value().unwrap().to_rfc3339(),
        "2025-03-14T09:26:53.589793200+00:00"
    );
    assert_eq!(user.primary_image_aspect_ratio, Nullable::Value(1.0));
    let config = user.configuration.value().unwrap();
    assert_eq!(config.audio_language_preference.as_deref(), Some("eng"));
    assert_eq!(
        config.subtitle_mode,
        Some(types::SubtitlePlaybackMode::Default)
    );
    assert_eq!(
        config.ordered_views.as_ref().unwrap()[0]
            .simple()
            .to_string(),
        "f137a2dd21bbc1b99aa5c0f6bf02a805"
    );
    let policy = user.policy.value().unwrap();
    assert_eq!(policy.is_administrator, Some(true));
    assert_eq!(policy.login_attempts_before_lockout, Some(-1));
    assert_eq!(
        policy.authentication_provider_id,
        "Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider"
    );
    assert_eq!(
        policy.sync_play_access,
        Some(types::SyncPlayUserAccessType::CreateAndJoinGroups)
    );
}

fn policy() -> types::UserPolicy {
    types::UserPolicy {
        is_administrator: Some(false),
        is_disabled: Some(false),
        enable_all_folders: Some(false),
        enabled_folders: Nullable::Value(vec!["f137a2dd21bbc1b99aa5c0f6bf02a805".parse().unwrap()]),
        max_parental_rating: Nullable::Value(13),
        sync_play_access: Some(types::SyncPlayUserAccessType::JoinGroups),
        // The two required properties: the constructor asks for them.
        ..types::UserPolicy::new(
            "Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider",
            "Jellyfin.Server.Implementations.Users.DefaultPasswordResetProvider",
        )
    }
}

fn policy_json() -> Value {
    json!({
        "IsAdministrator": false,
        "IsDisabled": false,
        "EnableAllFolders": false,
        "EnabledFolders": ["f137a2dd-21bb-c1b9-9aa5-c0f6bf02a805"],
        "MaxParentalRating": 13,
        "AuthenticationProviderId": "Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider",
        "PasswordResetProviderId": "Jellyfin.Server.Implementations.Users.DefaultPasswordResetProvider",
        "SyncPlayAccess": "JoinGroups"
    })
}

/// What Jellyfin answers while starting up.
fn unavailable() -> ResponseTemplate {
    ResponseTemplate::new(503)
        .insert_header("Retry-After", "30")
        .insert_header("Message", "Jellyfin Server is still starting up")
        .set_body_raw(
            "<!DOCTYPE html><html><body>Jellyfin Server is still starting up.</body></html>",
            "text/html",
        )
}

fn unavailable_parts() -> (String, RetryAfterMessageHeaders) {
    (
        "<!DOCTYPE html><html><body>Jellyfin Server is still starting up.</body></html>".into(),
        RetryAfterMessageHeaders {
            retry_after: Some(30),
            message: Some("Jellyfin Server is still starting up".into()),
        },
    )
}

/// An ASP.NET Core problem+json body.
fn problem(status: u16, title: &str) -> (ResponseTemplate, types::ProblemDetails) {
    let body = json!({
        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        "title": title,
        "status": status,
        "detail": format!("{title} (detail)"),
        "traceId": "00-5c2cbd7d8a8b6f3f1d0c6a7f9e3b2a10-6d1a2b3c4d5e6f70-00"
    });
    let template = ResponseTemplate::new(status).set_body_raw(
        serde_json::to_vec(&body).unwrap(),
        "application/problem+json; charset=utf-8",
    );
    let mut extra = std::collections::BTreeMap::new();
    extra.insert(
        "traceId".to_string(),
        json!("00-5c2cbd7d8a8b6f3f1d0c6a7f9e3b2a10-6d1a2b3c4d5e6f70-00"),
    );
    let typed = types::ProblemDetails {
        r#type: Nullable::Value("https://tools.ietf.org/html/rfc9110#section-15.5.5".into()),
        title: Nullable::Value(title.into()),
        status: Nullable::Value(status as i32),
        detail: Nullable::Value(format!("{title} (detail)")),
        instance: Nullable::Absent,
        additional_properties: extra,
    };
    (template, typed)
}

fn authentication_result_json() -> Value {
    json!({
        "User": user_json(USER_ID, "alice"),
        "SessionInfo": {
            "PlayState": {"CanSeek": false, "IsPaused": false, "IsMuted": false, "RepeatMode": "RepeatNone", "PlaybackOrder": "Default"},
            "AdditionalUsers": [],
            "Capabilities": {"PlayableMediaTypes": [], "SupportedCommands": [], "SupportsMediaControl": false, "SupportsPersistentIdentifier": true},
            "RemoteEndPoint": "192.168.1.20",
            "PlayableMediaTypes": [],
            "Id": "9e0d8c7b6a5f4e3d2c1b0a9f8e7d6c5b",
            "UserId": USER_ID,
            "UserName": "alice",
            "Client": "Jellyfin Web",
            "LastActivityDate": "2025-03-14T09:26:53.6012345Z",
            "LastPlaybackCheckIn": "0001-01-01T00:00:00.0000000Z",
            "DeviceName": "Firefox",
            "DeviceId": "TW96aWxsYS81LjAgKFgxMSk",
            "ApplicationVersion": "10.11.0",
            "IsActive": true,
            "SupportsMediaControl": false,
            "SupportsRemoteControl": false,
            "NowPlayingQueue": [],
            "NowPlayingQueueFullItems": [],
            "HasCustomDeviceName": false,
            "ServerId": SERVER_ID,
            "SupportedCommands": []
        },
        "AccessToken": TOKEN,
        "ServerId": SERVER_ID
    })
}

fn assert_authentication_result(res: &types::AuthenticationResult) {
    assert_user(res.user.value().unwrap(), USER_ID, "alice");
    assert_eq!(res.access_token.as_deref(), Some(TOKEN));
    assert_eq!(res.server_id.as_deref(), Some(SERVER_ID));
    let session = res.session_info.value().unwrap();
    assert_eq!(
        session.user_id.unwrap().to_string(),
        "f9d8e7c6-b5a4-4321-a0b1-c2d3e4f5a6b7"
    );
    assert_eq!(session.client.as_deref(), Some("Jellyfin Web"));
    assert_eq!(session.is_active, Some(true));
    assert_eq!(
        session.last_playback_check_in.unwrap().to_rfc3339(),
        "0001-01-01T00:00:00+00:00"
    );
    assert_eq!(
        session
            .capabilities
            .value()
            .unwrap()
            .supports_persistent_identifier,
        Some(true)
    );
}

// ------------------------------------------------------------------------------- get_users

#[tokio::test]
async fn get_users_wire_and_decode() {
    let server = serve(json(
        200,
        json!([
            user_json(USER_ID, "alice"),
            user_json("0a1b2c3d4e5f40718293a4b5c6d7e8f9", "bob")
        ]),
    ))
    .await;
    let res = client(&server.uri())
        .get_users()
        .is_hidden(false)
        .is_disabled(true)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.body().len(), 2);
    assert_user(&res.body()[0], USER_ID, "alice");
    assert_user(&res.body()[1], "0a1b2c3d4e5f40718293a4b5c6d7e8f9", "bob");
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Users",
        Some("isHidden=false&isDisabled=true"),
        &with_auth(),
    );
    // Optional parameters that are not set are not sent.
    let server = serve(json(200, json!([]))).await;
    let res = client(&server.uri()).get_users().await.unwrap();
    assert!(res.body().is_empty());
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Users",
        None,
        &with_auth(),
    );
}

#[tokio::test]
async fn get_users_errors() {
    let (body, headers) = unavailable_parts();
    expect_api_errors(
        |uri| async move { client(&uri).get_users().await },
        vec![
            (
                503,
                unavailable(),
                jellyfin::GetUsersError::ServiceUnavailable { body, headers },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::GetUsersError::Unauthorized,
            ),
            (
                403,
                ResponseTemplate::new(403),
                jellyfin::GetUsersError::Forbidden,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).get_users().await }).await;
}

#[tokio::test]
async fn service_unavailable_without_headers_gives_none() {
    let server = serve(ResponseTemplate::new(503)).await;
    let err = client(&server.uri()).get_users().await.unwrap_err();
    assert_eq!(
        crate::api_error(err).into_body(),
        jellyfin::GetUsersError::ServiceUnavailable {
            body: String::new(),
            headers: RetryAfterMessageHeaders::default(),
        }
    );
}

// ------------------------------------------------------------------------------ update_user

fn user_update() -> types::UserDto {
    types::UserDto {
        name: Nullable::Value("alice".into()),
        id: Some(USER_ID.parse().unwrap()),
        enable_auto_login: Nullable::Value(true),
        configuration: Nullable::Value(types::UserConfiguration {
            audio_language_preference: Nullable::Value("deu".into()),
            subtitle_mode: Some(types::SubtitlePlaybackMode::Smart),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn update_user_wire_and_204() {
    let server = serve(ResponseTemplate::new(204)).await;
    let body = user_update();
    let res = client(&server.uri())
        .update_user(&body)
        .user_id(USER_ID.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users",
        Some(&format!("userId={USER_ID_HYPHENATED}")),
        &with_auth_and_json(),
    );
    assert_eq!(
        json_body(&req),
        json!({
            "Name": "alice",
            "Id": USER_ID_HYPHENATED,
            "EnableAutoLogin": true,
            "Configuration": {"AudioLanguagePreference": "deu", "SubtitleMode": "Smart"}
        })
    );
}

#[tokio::test]
async fn update_user_errors() {
    let body = user_update();
    let (t400, p400) = problem(400, "Bad Request");
    let (t403, p403) = problem(403, "Forbidden");
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).update_user(&body).await }
        },
        vec![
            (400, t400, jellyfin::UpdateUserError::BadRequest(p400)),
            (403, t403, jellyfin::UpdateUserError::Forbidden(p403)),
            (
                503,
                unavailable(),
                jellyfin::UpdateUserError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::UpdateUserError::Unauthorized,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).update_user(&body).await }).await;
}

// ------------------------------------------------------------------ authenticate_user_by_name

#[tokio::test]
async fn authenticate_user_by_name_sends_client_info_without_token() {
    let server = serve(json(200, authentication_result_json())).await;
    let login = types::AuthenticateUserByName {
        username: Nullable::Value("alice".into()),
        pw: Nullable::Value("correct horse battery staple".into()),
    };
    let res = client(&server.uri())
        .authenticate_user_by_name(&login)
        .await
        .unwrap();
    assert_authentication_result(res.body());
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users/AuthenticateByName",
        None,
        &anonymous_json(),
    );
    assert_eq!(
        json_body(&req),
        json!({"Username": "alice", "Pw": "correct horse battery staple"})
    );
}

#[tokio::test]
async fn authenticate_user_by_name_errors() {
    let login = types::AuthenticateUserByName {
        username: Nullable::Value("alice".into()),
        pw: Nullable::Value("wrong".into()),
    };
    let (body, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let login = login.clone();
            async move { client(&uri).authenticate_user_by_name(&login).await }
        },
        vec![(
            503,
            unavailable(),
            jellyfin::AuthenticateUserByNameError::ServiceUnavailable { body, headers },
        )],
    )
    .await;
    // A wrong password is a 401 the spec does not document for this operation.
    expect_unexpected_status(
        |uri| async move { client(&uri).authenticate_user_by_name(&login).await },
    )
    .await;
}

// ------------------------------------------------------------ authenticate_with_quick_connect

#[tokio::test]
async fn authenticate_with_quick_connect_wire_and_decode() {
    let server = serve(json(200, authentication_result_json())).await;
    let body = types::QuickConnectDto {
        secret: "a4c2e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9a1c3e5f7b9d1a3c5e7f9b1d3a5c7".into(),
    };
    let res = client(&server.uri())
        .authenticate_with_quick_connect(&body)
        .await
        .unwrap();
    assert_authentication_result(res.body());
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users/AuthenticateWithQuickConnect",
        None,
        &anonymous_json(),
    );
    assert_eq!(
        json_body(&req),
        json!({"Secret": "a4c2e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9a1c3e5f7b9d1a3c5e7f9b1d3a5c7"})
    );
}

#[tokio::test]
async fn authenticate_with_quick_connect_errors() {
    let body = types::QuickConnectDto {
        secret: "unknown".into(),
    };
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).authenticate_with_quick_connect(&body).await }
        },
        vec![
            (
                400,
                ResponseTemplate::new(400),
                jellyfin::AuthenticateWithQuickConnectError::BadRequest,
            ),
            (
                503,
                unavailable(),
                jellyfin::AuthenticateWithQuickConnectError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move {
        client(&uri).authenticate_with_quick_connect(&body).await
    })
    .await;
}

// ---------------------------------------------------------------- update_user_configuration

#[tokio::test]
async fn update_user_configuration_wire_and_204() {
    let server = serve(ResponseTemplate::new(204)).await;
    let body = types::UserConfiguration {
        audio_language_preference: Nullable::Value("eng".into()),
        play_default_audio_track: Some(true),
        subtitle_mode: Some(types::SubtitlePlaybackMode::OnlyForced),
        ordered_views: Some(vec!["f137a2dd21bbc1b99aa5c0f6bf02a805".parse().unwrap()]),
        hide_played_in_latest: Some(false),
        ..Default::default()
    };
    let res = client(&server.uri())
        .update_user_configuration(&body)
        .user_id(USER_ID.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users/Configuration",
        Some(&format!("userId={USER_ID_HYPHENATED}")),
        &with_auth_and_json(),
    );
    assert_eq!(
        json_body(&req),
        json!({
            "AudioLanguagePreference": "eng",
            "PlayDefaultAudioTrack": true,
            "SubtitleMode": "OnlyForced",
            "OrderedViews": ["f137a2dd-21bb-c1b9-9aa5-c0f6bf02a805"],
            "HidePlayedInLatest": false
        })
    );
}

#[tokio::test]
async fn update_user_configuration_errors() {
    let body = types::UserConfiguration::default();
    let (t403, p403) = problem(403, "Forbidden");
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).update_user_configuration(&body).await }
        },
        vec![
            (
                403,
                t403,
                jellyfin::UpdateUserConfigurationError::Forbidden(p403),
            ),
            (
                503,
                unavailable(),
                jellyfin::UpdateUserConfigurationError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::UpdateUserConfigurationError::Unauthorized,
            ),
        ],
    )
    .await;
    expect_unexpected_status(
        |uri| async move { client(&uri).update_user_configuration(&body).await },
    )
    .await;
}

// -------------------------------------------------------------------------- forgot_password

#[tokio::test]
async fn forgot_password_wire_and_decode() {
    let server = serve(json(
        200,
        json!({
            "Action": "PinCode",
            "PinFile": "/config/passwordreset1a2b3c4d.json",
            "PinExpirationDate": "2025-03-14T09:56:53.5897932Z"
        }),
    ))
    .await;
    let body = types::ForgotPasswordDto {
        entered_username: "alice".into(),
    };
    let res = client(&server.uri()).forgot_password(&body).await.unwrap();
    let result = res.body();
    assert_eq!(result.action, Some(types::ForgotPasswordAction::PinCode));
    assert_eq!(
        result.pin_file.as_deref(),
        Some("/config/passwordreset1a2b3c4d.json")
    );
    assert_eq!(
        result.pin_expiration_date.value().unwrap().to_rfc3339(),
        "2025-03-14T09:56:53.589793200+00:00"
    );
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users/ForgotPassword",
        None,
        &anonymous_json(),
    );
    assert_eq!(json_body(&req), json!({"EnteredUsername": "alice"}));

    // An action this version of the spec does not list is kept, not rejected.
    let server = serve(json(200, json!({"Action": "AskTheCat"}))).await;
    let res = client(&server.uri()).forgot_password(&body).await.unwrap();
    assert_eq!(
        res.body().action,
        Some(types::ForgotPasswordAction::Other("AskTheCat".into()))
    );
}

#[tokio::test]
async fn forgot_password_errors() {
    let body = types::ForgotPasswordDto {
        entered_username: "alice".into(),
    };
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).forgot_password(&body).await }
        },
        vec![(
            503,
            unavailable(),
            jellyfin::ForgotPasswordError::ServiceUnavailable {
                body: text,
                headers,
            },
        )],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).forgot_password(&body).await }).await;
}

// ---------------------------------------------------------------------- forgot_password_pin

#[tokio::test]
async fn forgot_password_pin_wire_and_decode() {
    let server = serve(json(200, json!({"Success": true, "UsersReset": ["alice"]}))).await;
    let body = types::ForgotPasswordPinDto {
        pin: "4F2A91C3".into(),
    };
    let res = client(&server.uri())
        .forgot_password_pin(&body)
        .await
        .unwrap();
    assert_eq!(
        res.body(),
        &types::PinRedeemResult {
            success: Some(true),
            users_reset: Some(vec!["alice".into()]),
        }
    );
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users/ForgotPassword/Pin",
        None,
        &anonymous_json(),
    );
    assert_eq!(json_body(&req), json!({"Pin": "4F2A91C3"}));
}

#[tokio::test]
async fn forgot_password_pin_errors() {
    let body = types::ForgotPasswordPinDto { pin: "0000".into() };
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).forgot_password_pin(&body).await }
        },
        vec![(
            503,
            unavailable(),
            jellyfin::ForgotPasswordPinError::ServiceUnavailable {
                body: text,
                headers,
            },
        )],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).forgot_password_pin(&body).await })
        .await;
}

// ------------------------------------------------------------------------- get_current_user

#[tokio::test]
async fn get_current_user_wire_and_decode() {
    let server = serve(json(200, user_json(USER_ID, "alice"))).await;
    let res = client(&server.uri()).get_current_user().await.unwrap();
    assert_user(res.body(), USER_ID, "alice");
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Users/Me",
        None,
        &with_auth(),
    );
}

#[tokio::test]
async fn get_current_user_errors() {
    let (t400, p400) = problem(400, "Bad Request");
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| async move { client(&uri).get_current_user().await },
        vec![
            (400, t400, jellyfin::GetCurrentUserError::BadRequest(p400)),
            (
                503,
                unavailable(),
                jellyfin::GetCurrentUserError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::GetCurrentUserError::Unauthorized,
            ),
            (
                403,
                ResponseTemplate::new(403),
                jellyfin::GetCurrentUserError::Forbidden,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).get_current_user().await }).await;
}

// ---------------------------------------------------------------------- create_user_by_name

#[tokio::test]
async fn create_user_by_name_wire_and_decode() {
    let server = serve(json(
        200,
        user_json("0a1b2c3d4e5f40718293a4b5c6d7e8f9", "carol"),
    ))
    .await;
    let body = types::CreateUserByName {
        name: "carol".into(),
        password: Nullable::Value("s3cure!".into()),
    };
    let res = client(&server.uri())
        .create_user_by_name(&body)
        .await
        .unwrap();
    assert_user(res.body(), "0a1b2c3d4e5f40718293a4b5c6d7e8f9", "carol");
    let req = only_request(&server).await;
    assert_wire(&req, "POST", "/Users/New", None, &with_auth_and_json());
    assert_eq!(
        json_body(&req),
        json!({"Name": "carol", "Password": "s3cure!"})
    );
}

#[tokio::test]
async fn create_user_by_name_errors() {
    let body = types::CreateUserByName {
        name: "carol".into(),
        password: Nullable::Absent,
    };
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).create_user_by_name(&body).await }
        },
        vec![
            (
                503,
                unavailable(),
                jellyfin::CreateUserByNameError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::CreateUserByNameError::Unauthorized,
            ),
            (
                403,
                ResponseTemplate::new(403),
                jellyfin::CreateUserByNameError::Forbidden,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).create_user_by_name(&body).await })
        .await;
}

// --------------------------------------------------------------------- update_user_password

#[tokio::test]
async fn update_user_password_wire_and_204() {
    let server = serve(ResponseTemplate::new(204)).await;
    let body = types::UpdateUserPassword {
        current_pw: Nullable::Value("old pw".into()),
        new_pw: Nullable::Value("new \"pw\"".into()),
        ..Default::default()
    };
    let res = client(&server.uri())
        .update_user_password(&body)
        .user_id(USER_ID.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        "/Users/Password",
        Some(&format!("userId={USER_ID_HYPHENATED}")),
        &with_auth_and_json(),
    );
    assert_eq!(
        json_body(&req),
        json!({"CurrentPw": "old pw", "NewPw": "new \"pw\""})
    );
}

#[tokio::test]
async fn update_user_password_errors() {
    let body = types::UpdateUserPassword {
        reset_password: Some(true),
        ..Default::default()
    };
    let (t403, p403) = problem(403, "Forbidden");
    let (t404, p404) = problem(404, "Not Found");
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).update_user_password(&body).await }
        },
        vec![
            (
                403,
                t403,
                jellyfin::UpdateUserPasswordError::Forbidden(p403),
            ),
            (404, t404, jellyfin::UpdateUserPasswordError::NotFound(p404)),
            (
                503,
                unavailable(),
                jellyfin::UpdateUserPasswordError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::UpdateUserPasswordError::Unauthorized,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).update_user_password(&body).await })
        .await;
}

// ------------------------------------------------------------------------- get_public_users

#[tokio::test]
async fn get_public_users_wire_and_decode() {
    let server = serve(json(200, json!([user_json(USER_ID, "alice")]))).await;
    let res = client(&server.uri()).get_public_users().await.unwrap();
    assert_eq!(res.body().len(), 1);
    assert_user(&res.body()[0], USER_ID, "alice");
    assert_wire(
        &only_request(&server).await,
        "GET",
        "/Users/Public",
        None,
        &[
            ("accept", ACCEPT),
            ("authorization", ANON_AUTH),
            ("user-agent", UA),
        ],
    );
}

#[tokio::test]
async fn get_public_users_errors() {
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| async move { client(&uri).get_public_users().await },
        vec![(
            503,
            unavailable(),
            jellyfin::GetPublicUsersError::ServiceUnavailable {
                body: text,
                headers,
            },
        )],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).get_public_users().await }).await;
}

// --------------------------------------------------------------------------- get_user_by_id

#[tokio::test]
async fn get_user_by_id_wire_and_decode() {
    let server = serve(json(200, user_json(USER_ID, "alice"))).await;
    let res = client(&server.uri())
        .get_user_by_id(USER_ID.parse().unwrap())
        .await
        .unwrap();
    assert_user(res.body(), USER_ID, "alice");
    assert_wire(
        &only_request(&server).await,
        "GET",
        &format!("/Users/{USER_ID_HYPHENATED}"),
        None,
        &with_auth(),
    );
}

#[tokio::test]
async fn get_user_by_id_errors() {
    let (t404, p404) = problem(404, "Not Found");
    let (text, headers) = unavailable_parts();
    let id = USER_ID.parse().unwrap();
    expect_api_errors(
        |uri| async move { client(&uri).get_user_by_id(id).await },
        vec![
            (404, t404, jellyfin::GetUserByIdError::NotFound(p404)),
            (
                503,
                unavailable(),
                jellyfin::GetUserByIdError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::GetUserByIdError::Unauthorized,
            ),
            (
                403,
                ResponseTemplate::new(403),
                jellyfin::GetUserByIdError::Forbidden,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).get_user_by_id(id).await }).await;
}

// ------------------------------------------------------------------------------ delete_user

#[tokio::test]
async fn delete_user_wire_and_204() {
    let server = serve(ResponseTemplate::new(204)).await;
    let res = client(&server.uri())
        .delete_user(USER_ID.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "DELETE",
        &format!("/Users/{USER_ID_HYPHENATED}"),
        None,
        &with_auth(),
    );
    assert!(req.body.is_empty());
}

#[tokio::test]
async fn delete_user_errors() {
    let (t404, p404) = problem(404, "Not Found");
    let (text, headers) = unavailable_parts();
    let id = USER_ID.parse().unwrap();
    expect_api_errors(
        |uri| async move { client(&uri).delete_user(id).await },
        vec![
            (404, t404, jellyfin::DeleteUserError::NotFound(p404)),
            (
                503,
                unavailable(),
                jellyfin::DeleteUserError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::DeleteUserError::Unauthorized,
            ),
            (
                403,
                ResponseTemplate::new(403),
                jellyfin::DeleteUserError::Forbidden,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).delete_user(id).await }).await;
}

// ----------------------------------------------------------------------- update_user_policy

#[tokio::test]
async fn update_user_policy_wire_and_204() {
    let server = serve(ResponseTemplate::new(204)).await;
    let body = policy();
    let res = client(&server.uri())
        .update_user_policy(USER_ID.parse().unwrap(), &body)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "POST",
        &format!("/Users/{USER_ID_HYPHENATED}/Policy"),
        None,
        &with_auth_and_json(),
    );
    assert_eq!(json_body(&req), policy_json());
}

#[tokio::test]
async fn update_user_policy_errors() {
    let body = policy();
    let id = USER_ID.parse().unwrap();
    let (t400, p400) = problem(400, "Bad Request");
    let (t403, p403) = problem(403, "Forbidden");
    let (text, headers) = unavailable_parts();
    expect_api_errors(
        |uri| {
            let body = body.clone();
            async move { client(&uri).update_user_policy(id, &body).await }
        },
        vec![
            (400, t400, jellyfin::UpdateUserPolicyError::BadRequest(p400)),
            (403, t403, jellyfin::UpdateUserPolicyError::Forbidden(p403)),
            (
                503,
                unavailable(),
                jellyfin::UpdateUserPolicyError::ServiceUnavailable {
                    body: text,
                    headers,
                },
            ),
            (
                401,
                ResponseTemplate::new(401),
                jellyfin::UpdateUserPolicyError::Unauthorized,
            ),
        ],
    )
    .await;
    expect_unexpected_status(|uri| async move { client(&uri).update_user_policy(id, &body).await })
        .await;
}
