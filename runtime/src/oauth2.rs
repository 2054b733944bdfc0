//! OAuth2 token sources: the client-credentials flow ([`ClientCredentials`]) and
//! refreshable authorization-code tokens ([`RefreshingToken`]), with the [`TokenSet`] a
//! token endpoint returns.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::auth::EXPIRY_MARGIN;
use super::error::truncate;
use super::{BoxFuture, Secret, TokenSource};

/// A token set from an OAuth2 token endpoint.
#[derive(Clone, PartialEq, Eq, serde::Deserialize, Serialize)]
pub struct TokenSet {
    /// The bearer token sent with requests.
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Renews the access token (it may rotate: store the new one).
    pub refresh_token: Option<String>,
    /// Lifetime in seconds, from the token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// `Bearer`, usually.
    pub token_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The granted scopes, space-separated.
    pub scope: Option<String>,
}

impl TokenSet {
    /// A token set holding an access token you already have (no refresh token, no known
    /// expiry); add the rest with the methods below.
    pub fn new(access_token: impl Into<String>) -> Self {
        TokenSet {
            access_token: access_token.into(),
            refresh_token: None,
            expires_in: None,
            token_type: None,
            scope: None,
        }
    }

    /// The refresh token that renews the access token when it expires or is refused.
    pub fn refresh_token(mut self, token: impl Into<String>) -> Self {
        self.refresh_token = Some(token.into());
        self
    }

    /// The access token's lifetime from now, in seconds (`expires_in`).
    pub fn expires_in(mut self, seconds: u64) -> Self {
        self.expires_in = Some(seconds);
        self
    }

    /// The granted scopes, space-separated (`scope`).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }
}

impl fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenSet")
            .field("access_token", &"***")
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "***"))
            .field("expires_in", &self.expires_in)
            .field("token_type", &self.token_type)
            .field("scope", &self.scope)
            .finish()
    }
}

/// A token set and when it expires.
#[derive(Debug)]
struct Cached {
    tokens: TokenSet,
    expires_at: Option<Instant>,
}

impl Cached {
    fn new(tokens: TokenSet) -> Self {
        let expires_at = tokens
            .expires_in
            .map(|s| Instant::now() + Duration::from_secs(s));
        Cached { tokens, expires_at }
    }
    fn fresh(&self) -> bool {
        self.expires_at
            .is_none_or(|t| Instant::now() + EXPIRY_MARGIN < t)
    }
}

/// POST a form to a token endpoint (client authenticated with HTTP Basic) and read the
/// token set.
async fn token_request(
    http: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
    basic: Option<(&str, &str)>,
) -> Result<TokenSet, String> {
    let body = serde_urlencoded::to_string(form).map_err(|e| e.to_string())?;
    let mut req = http
        .post(url)
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .header(reqwest::header::ACCEPT, "application/json")
        .body(body);
    if let Some((id, secret)) = basic {
        req = req.basic_auth(id, Some(secret));
    }
    let resp = req
        .send()
        .await
        .map_err(|e| format!("token endpoint {url}: {e}"))?;
    let status = resp.status();
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| format!("token endpoint {url}: {e}"))?;
    if !status.is_success() {
        return Err(format!(
            "token endpoint {url} answered {status}: {}",
            truncate(&String::from_utf8_lossy(&bytes), 256)
        ));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| format!("token endpoint {url}: bad token response: {e}"))
}

/// OAuth2 client-credentials flow: fetches a token, caches it, refreshes it before it
/// expires; concurrent requests wait for one fetch instead of each starting their own.
///
/// ```
/// use clientgen_runtime::{ClientCredentials, Credential};
///
/// let credentials = ClientCredentials::new("client-id", "client-secret")
///     .scopes(["read", "write"])
///     .token_url("https://auth.example.com/token");
/// let credential = Credential::token_source(credentials);
/// assert!(format!("{credential:?}").contains("client-id"));
/// assert!(!format!("{credential:?}").contains("client-secret"));
/// ```
pub struct ClientCredentials {
    token_url: Option<String>,
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    cache: tokio::sync::Mutex<Option<Cached>>,
}

impl ClientCredentials {
    /// Credentials of a client registered with the authorization server (sent with HTTP
    /// Basic to the token endpoint).
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        ClientCredentials {
            token_url: None,
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
            scopes: Vec::new(),
            cache: tokio::sync::Mutex::new(None),
        }
    }
    /// Use this token endpoint instead of the one in the spec.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }
    /// The scopes to ask for (none by default: the server's default).
    pub fn scopes<I: IntoIterator<Item = S>, S: Into<String>>(mut self, scopes: I) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }
    /// The spec's token URL, unless one was set.
    pub fn default_token_url(mut self, url: &str) -> Self {
        self.token_url.get_or_insert_with(|| url.to_string());
        self
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .finish()
    }
}

impl TokenSource for ClientCredentials {
    fn token<'a>(
        &'a self,
        http: &'a reqwest::Client,
        stale: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async move {
            // Holding the lock across the fetch is the point: one fetch at a time.
            let mut cache = self.cache.lock().await;
            if let Some(c) = cache.as_ref() {
                if c.fresh() && stale != Some(c.tokens.access_token.as_str()) {
                    return Ok(Secret::new(c.tokens.access_token.clone()));
                }
            }
            let url = self.token_url.as_deref().ok_or("no token URL configured")?;
            let scope = self.scopes.join(" ");
            let mut form = vec![("grant_type", "client_credentials")];
            if !scope.is_empty() {
                form.push(("scope", scope.as_str()));
            }
            let tokens = token_request(
                http,
                url,
                &form,
                Some((&self.client_id, self.client_secret.expose())),
            )
            .await?;
            let token = Secret::new(tokens.access_token.clone());
            *cache = Some(Cached::new(tokens));
            Ok(token)
        })
    }
}

type TokenCallback = Arc<dyn Fn(&TokenSet) + Send + Sync>;

/// OAuth2 authorization-code tokens: uses the access token until it expires (or the server
/// rejects it), then refreshes it with the refresh token and hands the new set to
/// `on_refresh` so you can store it.
pub struct RefreshingToken {
    token_url: Option<String>,
    client_id: String,
    client_secret: Secret,
    state: tokio::sync::Mutex<Cached>,
    on_refresh: Option<TokenCallback>,
}

impl RefreshingToken {
    /// Tokens you hold for a client: `tokens.refresh_token` renews them.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        tokens: TokenSet,
    ) -> Self {
        RefreshingToken {
            token_url: None,
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
            state: tokio::sync::Mutex::new(Cached::new(tokens)),
            on_refresh: None,
        }
    }
    /// Use this token endpoint instead of the one in the spec.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }
    /// The spec's token URL, unless one was set.
    pub fn default_token_url(mut self, url: &str) -> Self {
        self.token_url.get_or_insert_with(|| url.to_string());
        self
    }
    /// Called with every new token set (store the refresh token: it rotates).
    pub fn on_refresh(mut self, f: impl Fn(&TokenSet) + Send + Sync + 'static) -> Self {
        self.on_refresh = Some(Arc::new(f));
        self
    }
}

impl fmt::Debug for RefreshingToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshingToken")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .finish()
    }
}

impl TokenSource for RefreshingToken {
    fn token<'a>(
        &'a self,
        http: &'a reqwest::Client,
        stale: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async move {
            let mut state = self.state.lock().await;
            if state.fresh() && stale != Some(state.tokens.access_token.as_str()) {
                return Ok(Secret::new(state.tokens.access_token.clone()));
            }
            let refresh = state
                .tokens
                .refresh_token
                .clone()
                .ok_or("the access token expired and there is no refresh token")?;
            let url = self.token_url.as_deref().ok_or("no token URL configured")?;
            let form = [
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh.as_str()),
            ];
            let mut tokens = token_request(
                http,
                url,
                &form,
                Some((&self.client_id, self.client_secret.expose())),
            )
            .await?;
            if tokens.refresh_token.is_none() {
                tokens.refresh_token = Some(refresh);
            }
            if let Some(cb) = &self.on_refresh {
                cb(&tokens);
            }
            let token = Secret::new(tokens.access_token.clone());
            *state = Cached::new(tokens);
            Ok(token)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_sets_read_a_token_response_and_never_show_tokens() {
        let tokens: TokenSet = serde_json::from_str(
            r#"{"access_token":"AT-1","token_type":"Bearer","expires_in":3600,"refresh_token":"RT-1","extra":1}"#,
        )
        .unwrap();
        let want = TokenSet {
            token_type: Some("Bearer".into()),
            ..TokenSet::new("AT-1").refresh_token("RT-1").expires_in(3600)
        };
        assert_eq!(tokens, want);
        let shown = format!("{tokens:?}");
        assert!(
            !shown.contains("AT-1") && !shown.contains("RT-1"),
            "{shown}"
        );
        assert_eq!(
            serde_json::to_string(&TokenSet::new("a")).unwrap(),
            r#"{"access_token":"a"}"#
        );
    }

    #[test]
    fn cached_tokens_are_refreshed_before_they_expire() {
        assert!(Cached::new(TokenSet::new("t")).fresh(), "no expiry: fresh");
        assert!(Cached::new(TokenSet::new("t").expires_in(3600)).fresh());
        // Inside the margin: refreshed now rather than expiring in flight.
        let soon = EXPIRY_MARGIN.as_secs() - 1;
        assert!(!Cached::new(TokenSet::new("t").expires_in(soon)).fresh());
    }

    #[test]
    fn the_specs_token_url_is_a_default_only() {
        let mine = ClientCredentials::new("id", "s")
            .token_url("http://mine")
            .default_token_url("http://spec");
        assert_eq!(mine.token_url.as_deref(), Some("http://mine"));
        let spec =
            RefreshingToken::new("id", "s", TokenSet::new("t")).default_token_url("http://spec");
        assert_eq!(spec.token_url.as_deref(), Some("http://spec"));
    }
}
