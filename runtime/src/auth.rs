//! Credentials: [`Secret`], [`Credential`] (one per security scheme), [`TokenSource`]
//! (what OAuth2 flows and JWT signers implement) and [`AuthParams`] for structured
//! `Authorization` headers.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::BoxFuture;

/// A secret string: never shown by `Debug` (and it has no `Display`).
///
/// ```
/// use clientgen_runtime::Secret;
///
/// let key = Secret::new("s3cr3t");
/// assert_eq!(format!("{key:?}"), "Secret(***)");
/// assert_eq!(key.expose(), "s3cr3t");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wrap a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The secret itself. Keep it out of logs.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl<T: Into<String>> From<T> for Secret {
    fn from(v: T) -> Self {
        Secret(v.into())
    }
}

/// Credentials for one security scheme of the spec.
#[derive(Clone)]
pub enum Credential {
    /// An API key (query, header or cookie, as the scheme says), with an optional prefix
    /// such as `Bearer`.
    ApiKey {
        /// The key.
        key: Secret,
        /// Written before the key with a space (`Bearer KEY`).
        prefix: Option<String>,
    },
    /// `Authorization: Bearer …`.
    Bearer(Secret),
    /// `Authorization: Basic …`.
    Basic {
        /// The user name.
        username: String,
        /// The password.
        password: Secret,
    },
    /// A token fetched and refreshed on demand (OAuth2 flows, signed JWTs).
    Token(Arc<dyn TokenSource>),
}

impl Credential {
    /// An API key sent as is.
    pub fn api_key(key: impl Into<String>) -> Self {
        Credential::ApiKey {
            key: Secret::new(key),
            prefix: None,
        }
    }
    /// An API key sent as `PREFIX KEY`.
    pub fn api_key_with_prefix(key: impl Into<String>, prefix: impl Into<String>) -> Self {
        Credential::ApiKey {
            key: Secret::new(key),
            prefix: Some(prefix.into()),
        }
    }
    /// A bearer token you already hold.
    pub fn bearer(token: impl Into<String>) -> Self {
        Credential::Bearer(Secret::new(token))
    }
    /// HTTP Basic credentials.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credential::Basic {
            username: username.into(),
            password: Secret::new(password),
        }
    }
    /// Tokens from a [`TokenSource`] ([`ClientCredentials`](super::ClientCredentials),
    /// [`RefreshingToken`](super::RefreshingToken), a JWT signer, your own).
    pub fn token_source(source: impl TokenSource + 'static) -> Self {
        Credential::Token(Arc::new(source))
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::ApiKey { prefix, .. } => f
                .debug_struct("ApiKey")
                .field("key", &"***")
                .field("prefix", prefix)
                .finish(),
            Credential::Bearer(_) => f.write_str("Bearer(***)"),
            Credential::Basic { username, .. } => f
                .debug_struct("Basic")
                .field("username", username)
                .field("password", &"***")
                .finish(),
            Credential::Token(s) => f.debug_tuple("Token").field(s).finish(),
        }
    }
}

/// Something that hands out bearer tokens: OAuth2 flows, JWT signers, your own.
pub trait TokenSource: Send + Sync + fmt::Debug {
    /// A valid access token. `stale` is the token the server just rejected with 401, if
    /// any: a source that can refresh should not hand it out again.
    fn token<'a>(
        &'a self,
        http: &'a reqwest::Client,
        stale: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Secret, String>>;
}

/// Refresh this long before a token's expiry, so it does not expire in flight.
pub(super) const EXPIRY_MARGIN: Duration = Duration::from_secs(30);

/// Values for structured `Authorization` headers (`MediaBrowser Client="…", Token="…"`: a
/// scheme's `x-authorization-params`). Generated builders set the ones a spec names
/// (`client_info(..)` where a scheme sends client info); `Token` and `Password` values are
/// redacted in `Debug`.
///
/// ```
/// use clientgen_runtime::{format_auth_params, AuthParams};
///
/// let params = AuthParams::new().set("Client", "app").set("Token", "t0k");
/// assert_eq!(format!("{params:?}"), r#"AuthParams({"Client": "app", "Token": "***"})"#);
/// let header = format_auth_params("MediaBrowser", [("Client", "app"), ("Token", "t0k")]);
/// assert_eq!(header, r#"MediaBrowser Client="app", Token="t0k""#);
/// ```
#[derive(Clone, Default, PartialEq)]
pub struct AuthParams {
    values: BTreeMap<String, String>,
}

impl AuthParams {
    /// No parameters yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// Set one parameter (`Client`, `Device`, `DeviceId`, `Version`, `Token`, `UserId`…).
    pub fn set(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.values.insert(name.into(), value.into());
        self
    }
    /// The value of one parameter, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }
}

impl fmt::Debug for AuthParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: BTreeMap<&str, &str> = self
            .values
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str(),
                    if k.eq_ignore_ascii_case("token") || k.eq_ignore_ascii_case("password") {
                        "***"
                    } else {
                        v.as_str()
                    },
                )
            })
            .collect();
        f.debug_tuple("AuthParams").field(&shown).finish()
    }
}

/// `Scheme k="v", k2="v2"` with `"` and `\` escaped as RFC 9110 quoted strings require.
pub fn format_auth_params<'a>(
    scheme: &str,
    params: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let parts: Vec<String> = params
        .into_iter()
        .map(|(k, v)| {
            let escaped = v.replace('\\', "\\\\").replace('"', "\\\"");
            format!("{k}=\"{escaped}\"")
        })
        .collect();
    format!("{scheme} {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_never_show_their_secrets() {
        let shown = format!(
            "{:?} {:?} {:?}",
            Credential::api_key_with_prefix("KEY-1", "Token"),
            Credential::bearer("BEARER-2"),
            Credential::basic("ann", "PASS-3"),
        );
        for secret in ["KEY-1", "BEARER-2", "PASS-3"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(shown.contains("ann") && shown.contains("Token"), "{shown}");
    }

    #[test]
    fn auth_params_are_quoted_strings() {
        let header = format_auth_params("Emby", [("Client", r#"a "quoted" \ app"#)]);
        assert_eq!(header, r#"Emby Client="a \"quoted\" \\ app""#);
        let params = AuthParams::new().set("UserId", "u1").set("UserId", "u2");
        assert_eq!(params.get("UserId"), Some("u2"));
        assert_eq!(params.get("Token"), None);
        let shown = format!(
            "{:?}",
            AuthParams::new().set("password", "p").set("token", "t")
        );
        assert!(
            !shown.contains("\"p\"") && !shown.contains("\"t\""),
            "{shown}"
        );
    }
}
