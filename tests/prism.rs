//! Contract tests: every operation of every spec, sent by the generated client to a
//! Prism mock server (`prism mock --errors`) started from the same spec.
//!
//! With `--errors`, Prism answers any request that violates the spec (path, query,
//! headers, security, body, media type) with a 4xx and an `sl-violations` header, so a 2xx
//! for a call proves that the request the generated client sent conforms to the spec; the
//! typed decoding of Prism's example responses is checked on the way back.
//!
//! Prism is found through `PRISM_BIN`, then `prism` on `PATH`, then
//! `~/.cache/clientgen-ci/prism/node_modules/.bin/prism` (where `.ci/run` installs it:
//! `npm install --prefix ~/.cache/clientgen-ci/prism @stoplight/prism-cli@5`). Without it
//! they fail: `tests/run`, the README's test command, installs it first.
//!
//! One test per service; each starts its own Prism on a free port, so they run in parallel.

use service_clients::runtime::Nullable;
use service_clients::runtime::{
    AuthParams, ClientCredentials, Error, RefreshingToken, ResponseValue, TokenSet,
};
use std::fmt::{self, Debug};
use std::io::Read as _;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to load a spec and listen.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);
/// Per-request limit for the generated clients.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------------------------------
// Finding and running Prism
// ---------------------------------------------------------------------------------------

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// `PRISM_BIN`, else `prism` on `PATH`, else the CI cache; `None` when there is none.
fn find_prism() -> Option<PathBuf> {
    if let Some(bin) = std::env::var_os("PRISM_BIN").filter(|v| !v.is_empty()) {
        let bin = PathBuf::from(bin);
        // Set but wrong is a misconfiguration, never a reason to skip.
        assert!(
            is_executable(&bin),
            "PRISM_BIN is set to {} but that is not an executable file",
            bin.display()
        );
        return Some(bin);
    }
    let on_path = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("prism"))
            .find(|candidate| is_executable(candidate))
    });
    on_path.or_else(|| {
        let home = PathBuf::from(std::env::var_os("HOME")?);
        let cached = home.join(".cache/clientgen-ci/prism/node_modules/.bin/prism");
        is_executable(&cached).then_some(cached)
    })
}

/// Prism, or a failure saying how to get it: a contract test that could not run must not
/// pass. `tests/run` (the README's test command, which CI runs) installs it first.
fn prism(service: &str) -> PathBuf {
    find_prism().unwrap_or_else(|| {
        panic!(
            "prism_{service}: Prism not found, so the generated {service} client could not be \
             checked against its spec. PRISM_BIN is unset, there is no `prism` on PATH and none \
             in ~/.cache/clientgen-ci/prism. Run the tests with `tests/run` (it installs Prism), \
             or install it with `npm install --prefix ~/.cache/clientgen-ci/prism \
             @stoplight/prism-cli@5`."
        )
    })
}

/// A running `prism mock --errors` child; killed when dropped (also while a test panics).
struct Prism {
    child: Child,
    url: String,
    log: tempfile::NamedTempFile,
}

impl Prism {
    fn start(bin: &Path, service: &str) -> Prism {
        let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("specs")
            .join(format!("{service}.yaml"));
        assert!(spec.is_file(), "no spec at {}", spec.display());
        let mut last_log = String::new();
        // A port picked from the OS can be taken again before Prism binds it: retry then.
        for _ in 0..3 {
            let port = free_port();
            let log = tempfile::Builder::new()
                .prefix(&format!("prism-{service}-"))
                .suffix(".log")
                .tempfile()
                .expect("create a log file for Prism");
            let out = log.reopen().expect("open Prism's log file");
            let err = log.reopen().expect("open Prism's log file");
            let child = Command::new(bin)
                .args(["mock", "--errors", "-h", "127.0.0.1", "-p"])
                .arg(port.to_string())
                .arg(&spec)
                .stdin(Stdio::null())
                .stdout(out)
                .stderr(err)
                .spawn()
                .unwrap_or_else(|e| panic!("could not start {}: {e}", bin.display()));
            let mut prism = Prism {
                child,
                url: format!("http://127.0.0.1:{port}"),
                log,
            };
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            let started = Instant::now();
            loop {
                if let Ok(Some(status)) = prism.child.try_wait() {
                    last_log = prism.log_text();
                    eprintln!(
                        "prism_{service}: Prism exited ({status}) before listening on {port}"
                    );
                    break;
                }
                if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                    eprintln!(
                        "prism_{service}: Prism listening on {} after {:.1?}",
                        prism.url,
                        started.elapsed()
                    );
                    return prism;
                }
                if started.elapsed() > STARTUP_TIMEOUT {
                    panic!(
                        "prism_{service}: Prism did not listen on {} within {STARTUP_TIMEOUT:?}; its log:\n{}",
                        prism.url,
                        prism.log_text()
                    );
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        panic!("prism_{service}: Prism could not be started; its last log:\n{last_log}");
    }

    fn log_text(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = self.log.reopen() {
            let mut bytes = Vec::new();
            let _ = f.read_to_end(&mut bytes);
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        text
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("find a free local port")
}

// ---------------------------------------------------------------------------------------
// Checking results
// ---------------------------------------------------------------------------------------

/// Collects the outcome of every call, so one run reports all failing operations.
struct Report {
    service: &'static str,
    passed: Vec<String>,
    failed: Vec<String>,
}

impl Report {
    fn new(service: &'static str) -> Self {
        Report {
            service,
            passed: Vec::new(),
            failed: Vec::new(),
        }
    }

    /// The call must have succeeded with a 2xx, and Prism must not have flagged the request.
    fn check<T: Debug, E: Debug>(
        &mut self,
        op: &str,
        result: Result<ResponseValue<T>, Error<E>>,
    ) -> Option<T> {
        match result {
            Ok(resp) if resp.status().is_success() => {
                if let Some(v) = request_violations(resp.headers()) {
                    self.failed.push(format!(
                        "{op}: {} but Prism reported request violations: {v}",
                        resp.status()
                    ));
                    return None;
                }
                eprintln!("prism_{}: ok   {op} -> {}", self.service, resp.status());
                self.passed.push(op.to_string());
                Some(resp.into_body())
            }
            Ok(resp) => {
                self.failed.push(format!(
                    "{op}: non-2xx status {} decoded as success\n    headers: {:?}\n    body: {:?}",
                    resp.status(),
                    resp.headers(),
                    resp.body()
                ));
                None
            }
            Err(err) => {
                eprintln!("prism_{}: FAIL {op}", self.service);
                self.failed.push(format!("{op}: {}", Failure(&err)));
                None
            }
        }
    }

    /// Like [`Report::check`], but also accepts Prism's own 500 "schema too complex": Prism
    /// validates the request first (a violation gives a 4xx), then cannot generate a body
    /// for a response schema with reference cycles. The request is proven conforming; the
    /// response decoding is not exercised.
    fn check_request<T: Debug, E: Debug>(
        &mut self,
        op: &str,
        result: Result<ResponseValue<T>, Error<E>>,
    ) -> Option<T> {
        if let Err(Error::UnexpectedStatus(raw)) = &result {
            if raw.status.as_u16() == 500
                && raw.headers.get("sl-violations").is_none()
                && raw.text().contains("prism/errors#SCHEMA_TOO_COMPLEX")
            {
                eprintln!(
                    "prism_{}: ok   {op}: request validated; Prism cannot generate the 200 body \
                     (SCHEMA_TOO_COMPLEX), so its decoding is not checked",
                    self.service
                );
                self.passed.push(op.to_string());
                return None;
            }
        }
        self.check(op, result)
    }

    /// Panics listing every failed call (with Prism's log) unless all passed.
    fn finish(self, prism: &Prism) {
        eprintln!(
            "prism_{}: {} calls passed, {} failed",
            self.service,
            self.passed.len(),
            self.failed.len()
        );
        if self.failed.is_empty() {
            return;
        }
        let log = prism.log_text();
        let lines: Vec<&str> = log.lines().collect();
        let tail = lines[lines.len().saturating_sub(200)..].join("\n");
        panic!(
            "prism_{}: {} of {} calls did not conform or did not decode:\n\n{}\n\n--- Prism log (last 200 lines) ---\n{tail}",
            self.service,
            self.failed.len(),
            self.failed.len() + self.passed.len(),
            self.failed.join("\n\n")
        );
    }
}

/// Prism's `sl-violations` header, when it lists violations of the request.
fn request_violations(headers: &reqwest::header::HeaderMap) -> Option<String> {
    let raw = headers.get("sl-violations")?.to_str().ok()?;
    let parsed: serde_json::Value = serde_json::from_str(raw).ok()?;
    let about_request = parsed.as_array()?.iter().any(|v| {
        v.pointer("/location/0")
            .and_then(|l| l.as_str())
            .is_some_and(|l| l == "request")
    });
    about_request.then(|| raw.to_string())
}

/// An error with everything Prism said: status, its `sl-violations` header, the full body.
struct Failure<'a, E>(&'a Error<E>);

impl<E: Debug> fmt::Display for Failure<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let violations = |h: &reqwest::header::HeaderMap| {
            h.get("sl-violations")
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .unwrap_or_else(|| "(none)".into())
        };
        match self.0 {
            Error::Api(v) => write!(
                f,
                "documented error status {}\n    Prism violations: {}\n    headers: {:?}\n    typed body: {:?}",
                v.status(),
                violations(v.headers()),
                v.headers(),
                v.body()
            ),
            Error::UnexpectedStatus(raw) => write!(
                f,
                "undocumented status {}\n    Prism violations: {}\n    headers: {:?}\n    body: {}",
                raw.status,
                violations(&raw.headers),
                raw.headers,
                raw.text()
            ),
            Error::Decode { response, message } => write!(
                f,
                "the {} response did not decode: {message}\n    headers: {:?}\n    body: {}",
                response.status,
                response.headers,
                response.text()
            ),
            other => write!(f, "{other}\n    ({other:?})"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The services
// ---------------------------------------------------------------------------------------

const USER_ID: &str = "4b3c7a0e-6f1d-4e2a-9c55-2f8e0b1d3a77";

#[tokio::test]
async fn prism_emby() {
    use service_clients::emby::Client;
    let bin = prism("emby");
    let prism = Prism::start(&bin, "emby");
    let mut report = Report::new("emby");

    // Both alternatives of every operation's security: the `api_key` query parameter...
    let with_key = Client::builder()
        .base_url(&prism.url)
        .apikeyauth("0123456789abcdef0123456789abcdef")
        .no_retries()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("build the emby client");
    // ...and the structured `Authorization: Emby UserId=…, Client=…, Token=…` header.
    let with_header = Client::builder()
        .base_url(&prism.url)
        .embyauth(
            AuthParams::new()
                .set("UserId", USER_ID)
                .set("Token", "fedcba9876543210fedcba9876543210"),
        )
        .client_info("clientgen-prism", "ci", "prism-device-1", "1.0.0")
        .no_retries()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("build the emby client");

    for (how, client) in [("api_key", &with_key), ("embyauth", &with_header)] {
        report.check(
            &format!("postUsersByIdConnectLink [{how}]"),
            client
                .post_users_by_id_connect_link(USER_ID, "alice@example.com")
                .await,
        );
        report.check(
            &format!("deleteUsersByIdConnectLink [{how}]"),
            client.delete_users_by_id_connect_link(USER_ID).await,
        );
        report.check(
            &format!("postUsersByIdConnectLinkDelete [{how}]"),
            client.post_users_by_id_connect_link_delete(USER_ID).await,
        );
        report.check(
            &format!("getConnectExchange [{how}]"),
            client.get_connect_exchange("connect-user-42").await,
        );
        report.check(
            &format!("getConnectPending [{how}]"),
            client.get_connect_pending().await,
        );
    }
    report.finish(&prism);
}

#[tokio::test]
async fn prism_jellyfin() {
    use service_clients::jellyfin::{types, Client};
    let bin = prism("jellyfin");
    let prism = Prism::start(&bin, "jellyfin");
    let mut report = Report::new("jellyfin");
    let user_id: uuid::Uuid = USER_ID.parse().expect("a valid uuid");

    // Anonymous operations: client info only, as before logging in.
    let anonymous = Client::builder()
        .base_url(&prism.url)
        .client_info("clientgen-prism", "ci", "prism-device-1", "1.0.0")
        .no_retries()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("build the jellyfin client");

    let login = types::AuthenticateUserByName {
        username: Nullable::Value("alice".into()),
        pw: Nullable::Value("correct horse battery staple".into()),
    };
    // The 200 body of both login operations (AuthenticationResult → SessionInfoDto →
    // BaseItemDto, which refers to itself) is beyond Prism's example generator.
    let auth = report.check_request(
        "authenticateUserByName",
        anonymous.authenticate_user_by_name(&login).await,
    );
    report.check_request(
        "authenticateWithQuickConnect",
        anonymous
            .authenticate_with_quick_connect(&types::QuickConnectDto {
                secret: "b7d1b2f0c4e5".into(),
            })
            .await,
    );
    report.check(
        "forgotPassword",
        anonymous
            .forgot_password(&types::ForgotPasswordDto {
                entered_username: "alice".into(),
            })
            .await,
    );
    report.check(
        "forgotPasswordPin",
        anonymous
            .forgot_password_pin(&types::ForgotPasswordPinDto { pin: "1234".into() })
            .await,
    );
    report.check("getPublicUsers", anonymous.get_public_users().await);

    // Logged in: the token from AuthenticateByName goes into the Authorization header.
    let token = auth
        .and_then(|a| a.access_token.into_value())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "0123456789abcdef0123456789abcdef".into());
    let client = anonymous.with_token(&token);

    report.check(
        "getUsers",
        client.get_users().is_hidden(false).is_disabled(false).await,
    );
    let configuration = types::UserConfiguration {
        audio_language_preference: Nullable::Value("eng".into()),
        play_default_audio_track: Some(true),
        subtitle_language_preference: Nullable::Value("eng".into()),
        subtitle_mode: Some(types::SubtitlePlaybackMode::Default),
        grouped_folders: Some(vec![]),
        ordered_views: Some(vec![user_id]),
        hide_played_in_latest: Some(true),
        enable_next_episode_auto_play: Some(true),
        ..Default::default()
    };
    let policy = types::UserPolicy {
        is_administrator: Some(false),
        is_hidden: Some(false),
        is_disabled: Some(false),
        max_parental_rating: Nullable::Value(13),
        blocked_tags: Nullable::Value(vec!["horror".into()]),
        access_schedules: Nullable::Value(vec![types::AccessSchedule {
            id: None, // read-only
            user_id: Some(user_id),
            day_of_week: Some(types::DynamicDayOfWeek::Monday),
            start_hour: Some(8.0),
            end_hour: Some(20.5),
        }]),
        block_unrated_items: Nullable::Value(vec![types::UnratedItem::Movie]),
        enable_remote_access: Some(true),
        enable_media_playback: Some(true),
        enabled_folders: Nullable::Value(vec![user_id]),
        enable_all_folders: Some(false),
        login_attempts_before_lockout: Some(3),
        max_active_sessions: Some(0),
        remote_client_bitrate_limit: Some(8_000_000),
        sync_play_access: Some(types::SyncPlayUserAccessType::CreateAndJoinGroups),
        ..types::UserPolicy::new(
            "Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider",
            "Jellyfin.Server.Implementations.Users.DefaultPasswordResetProvider",
        )
    };
    let user = types::UserDto {
        name: Nullable::Value("alice".into()),
        server_id: Nullable::Value("f4c0a1b2c3d4e5f6".into()),
        id: Some(user_id),
        has_password: Some(true),
        enable_auto_login: Nullable::Value(false),
        last_login_date: Nullable::Value("2025-01-02T03:04:05Z".parse().expect("a valid date")),
        configuration: Nullable::Value(configuration.clone()),
        policy: Nullable::Value(policy.clone()),
        ..Default::default()
    };
    report.check(
        "updateUser",
        client.update_user(&user).user_id(user_id).await,
    );
    report.check(
        "updateUserConfiguration",
        client
            .update_user_configuration(&configuration)
            .user_id(user_id)
            .await,
    );
    report.check("getCurrentUser", client.get_current_user().await);
    report.check(
        "createUserByName",
        client
            .create_user_by_name(&types::CreateUserByName {
                name: "bob".into(),
                password: Nullable::Value("hunter2".into()),
            })
            .await,
    );
    report.check(
        "updateUserPassword",
        client
            .update_user_password(&types::UpdateUserPassword {
                current_pw: Nullable::Value("hunter2".into()),
                new_pw: Nullable::Value("correct horse battery staple".into()),
                reset_password: Some(false),
                ..Default::default()
            })
            .user_id(user_id)
            .await,
    );
    report.check("getUserById", client.get_user_by_id(user_id).await);
    report.check(
        "updateUserPolicy",
        client.update_user_policy(user_id, &policy).await,
    );
    // A policy as the server returns it carries the read-only `AccessSchedules[].Id`;
    // read-only fields are never serialized, so posting it back conforms to the spec.
    let mut fetched_policy = policy.clone();
    if let Some(schedules) = fetched_policy.access_schedules.value_mut() {
        schedules[0].id = Some(1);
    }
    report.check(
        "updateUserPolicy [policy as fetched, with read-only AccessSchedules[0].Id]",
        client.update_user_policy(user_id, &fetched_policy).await,
    );
    report.check("deleteUser", client.delete_user(user_id).await);
    report.finish(&prism);
}

#[tokio::test]
async fn prism_xero() {
    use service_clients::xero::Client;
    let bin = prism("xero");
    let prism = Prism::start(&bin, "xero");
    let mut report = Report::new("xero");

    // Both operations name their own server (https://api.xero.com): send them to Prism.
    // The access token has no expiry, so RefreshingToken never calls the token URL
    // (Prism does not model OAuth token acquisition; it checks the bearer header).
    let tokens = TokenSet {
        access_token: "xero-access-token".into(),
        refresh_token: Some("xero-refresh-token".into()),
        expires_in: None,
        token_type: Some("Bearer".into()),
        scope: Some("openid profile email offline_access".into()),
    };
    let client = Client::builder()
        .all_servers(&prism.url)
        .o_auth2(RefreshingToken::new("client-id", "client-secret", tokens))
        .no_retries()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("build the xero client");
    let auth_event: uuid::Uuid = "00000000-0000-0000-0000-000000000000"
        .parse()
        .expect("a valid uuid");

    // `Prefer: dynamic=true`: Prism builds the body from the schema instead of serving the
    // spec's example, whose `createdDateUtc: '2019-12-07T18:46:19.5165400'` (no UTC offset,
    // as Xero really sends it) is not a `date-time` by the spec's own schema, so Prism
    // `--errors` turns it into a 500 (a response violation; the request passes).
    report.check(
        "getConnections",
        client
            .get_connections()
            .auth_event_id(auth_event)
            .header("Prefer", "dynamic=true")
            .await,
    );
    report.check(
        "deleteConnection",
        client
            .delete_connection(
                "7cb59f93-2964-421d-bb5e-a0f7a4572a44"
                    .parse()
                    .expect("a valid uuid"),
            )
            .await,
    );
    report.finish(&prism);
}

#[tokio::test]
async fn prism_smooch() {
    use service_clients::smooch::{types, Client};
    let bin = prism("smooch");
    let prism = Prism::start(&bin, "smooch");
    let mut report = Report::new("smooch");

    // An app-scoped JWT, signed by the client (HS256, kid header), sent as a bearer token.
    let client = Client::builder()
        .base_url(&prism.url)
        .jwt_signed("app_5723a347f82ba0516cb4ea34", "a-secret-key", "app")
        .no_retries()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("build the smooch client");
    let app = "5723a347f82ba0516cb4ea34";
    let user = "deb920657bbc3adc3fec7963";

    let mut properties = std::collections::BTreeMap::new();
    properties.insert("favoriteColor".to_string(), serde_json::json!("blue"));
    properties.insert("visits".to_string(), serde_json::json!(3));
    report.check(
        "preCreateAppUser",
        client
            .pre_create_app_user(
                app,
                &types::AppUserPreCreate {
                    user_id: "steveb@channel5.com".into(),
                    credential_required: Some(false),
                    given_name: Some("Steve".into()),
                    surname: Some("Brule".into()),
                    email: Some("steveb@channel5.com".into()),
                    signed_up_at: Some("2015-10-06T14:48:25Z".into()),
                    properties: Some(properties.clone()),
                    additional_properties: Default::default(),
                },
            )
            .await,
    );
    report.check("getAppUser", client.get_app_user(app, user).await);
    report.check(
        "updateAppUser",
        client
            .update_app_user(
                app,
                user,
                &types::AppUserUpdate {
                    given_name: Some("Steve".into()),
                    surname: Some("Brule".into()),
                    email: Some("steveb@channel5.com".into()),
                    properties: Some(properties),
                    ..Default::default()
                },
            )
            .await,
    );
    report.check(
        "deleteAppUserProfile",
        client.delete_app_user_profile(app, user).await,
    );
    report.check(
        "getAppUserAuthCode",
        client.get_app_user_auth_code(app, user).await,
    );
    report.check(
        "getAppUserBusinessSystemIds",
        client.get_app_user_business_system_ids(app, user).await,
    );
    report.check(
        "getAppUserEntityIds",
        client.get_app_user_entity_ids(app, user).await,
    );
    report.check(
        "linkAppUser",
        client
            .link_app_user(
                app,
                user,
                &types::AppUserLink {
                    r#type: "twilio".into(),
                    phone_number: Some("+15145555555".into()),
                    given_name: Some("Steve".into()),
                    surname: Some("Brule".into()),
                    address: None,
                    subject: None,
                    skip_confirmation: None,
                    confirmation: types::Confirmation {
                        r#type: "immediate".into(),
                        message: None,
                        additional_properties: Default::default(),
                    },
                    additional_properties: Default::default(),
                },
            )
            .await,
    );
    report.check(
        "getLinkRequests",
        client
            .get_link_requests(
                app,
                user,
                vec![
                    "5735dded48011972d621dc02".into(),
                    "5735ddfb48011972d621dc03".into(),
                ],
            )
            .await,
    );
    report.check(
        "postImageMessage",
        client
            .post_image_message(
                app,
                user,
                service_clients::runtime::FilePart::bytes(TINY_PNG.to_vec())
                    .file_name("pixel.png")
                    .content_type("image/png"),
                "appUser",
            )
            .await,
    );
    report.check(
        "unlinkAppUser",
        client.unlink_app_user(app, user, "twilio").await,
    );
    report.check("deleteAppUser", client.delete_app_user(app, user).await);
    report.finish(&prism);
}

/// A 1×1 transparent PNG.
const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

#[tokio::test]
async fn prism_ostrom() {
    use service_clients::ostrom::{types, Client};
    use wiremock::matchers::{body_string_contains, header_exists, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let bin = prism("ostrom");
    let prism = Prism::start(&bin, "ostrom");
    let mut report = Report::new("ostrom");

    // Prism does not model the OAuth2 client-credentials token endpoint, so a local stub
    // plays it; the token it hands out is what the calls to Prism carry as a bearer token.
    let auth = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth2/token"))
        .and(header_exists("authorization"))
        .and(body_string_contains("grant_type=client_credentials"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "ostrom-client-access-token",
            "token_type": "Bearer",
            "expires_in": 3600
        })))
        .expect(1)
        .mount(&auth)
        .await;
    let client = Client::builder()
        .base_url(&prism.url)
        .client_access_token(
            ClientCredentials::new("client-id", "client-secret")
                .token_url(format!("{}/oauth2/token", auth.uri())),
        )
        .no_retries()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("build the ostrom client");

    report.check("getMe", client.get_me().await);
    report.check(
        "linkUser",
        client
            .link_user()
            .body(&types::UsersLinkBody {
                external_user_id: "partner-user-42".into(),
                referral_code: Some("FRIENDS10".into()),
                language: types::UsersLinkBodyLanguage::EnUs,
                redirect_url: "partnerapp://ostrom/linked".into(),
                scopes: vec![
                    types::UsersLinkBodyScopesItem::OrderReadData,
                    types::UsersLinkBodyScopesItem::ContractReadData,
                ],
                additional_properties: Default::default(),
            })
            .await,
    );
    report.check(
        "disconnectUser",
        client.disconnect_user("partner-user-42").await,
    );
    report.finish(&prism);
    // The token endpoint was asked exactly once (the token is cached).
    auth.verify().await;
}
