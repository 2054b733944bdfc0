//! The runtime every generated client shares: client configuration, authentication,
//! retries, request encoding and response decoding.
//!
//! Generated operation methods build a [`Request`], hand it to [`Core::execute`], and
//! decode the [`RawResponse`] by status code into a typed [`ResponseValue`] or [`Error`].
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
pub use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};
/// A boxed, sendable future (what request builders turn into with `.await`).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// A decoded response: the typed body with the status and headers it came with.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseValue<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}
impl<T> ResponseValue<T> {
    pub fn new(status: StatusCode, headers: HeaderMap, body: T) -> Self {
        Self {
            status,
            headers,
            body,
        }
    }
    /// The HTTP status code.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// All response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }
    /// The decoded body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }
    /// Status, headers and body.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }
    /// Transform the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}
impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}
/// A response as it came off the wire.
#[derive(Debug, Clone, PartialEq)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: bytes::Bytes,
}
impl RawResponse {
    /// Wrap a decoded body with this response's status and headers.
    pub fn into_value<T>(self, body: T) -> ResponseValue<T> {
        ResponseValue::new(self.status, self.headers, body)
    }
    /// The body as text (lossy), for messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn content_type(&self) -> &str {
        self.headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}
/// Everything a call can fail with. `E` is the operation's documented error statuses.
#[derive(Debug)]
pub enum Error<E = ()> {
    /// The request could not be built (bad URL, header value with CR/LF, body encoding).
    InvalidRequest(String),
    /// Credentials could not be obtained (token endpoint failed, signing failed).
    Auth(String),
    /// The request did not complete: connect, TLS, timeout, or reading the body.
    Transport(reqwest::Error),
    /// A status the spec documents as an error, with its typed body. (Boxed, like the
    /// other response-carrying variants, to keep `Result`s small on the happy path.)
    Api(Box<ResponseValue<E>>),
    /// A status the spec does not document for this operation.
    UnexpectedStatus(Box<RawResponse>),
    /// A documented status whose body did not decode as the spec says.
    Decode {
        response: Box<RawResponse>,
        message: String,
    },
    /// A user hook refused the request.
    Hook(String),
}
impl<E> Error<E> {
    /// The status code, when a response was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(v) => Some(v.status()),
            Error::UnexpectedStatus(r) | Error::Decode { response: r, .. } => Some(r.status),
            Error::Transport(e) => e.status(),
            _ => None,
        }
    }
    /// The documented error body, when this is one.
    pub fn api(&self) -> Option<&ResponseValue<E>> {
        match self {
            Error::Api(v) => Some(v.as_ref()),
            _ => None,
        }
    }
    /// Change the error-body type (used to pass runtime errors through).
    pub fn map_api<F>(self, f: impl FnOnce(Box<ResponseValue<E>>) -> Error<F>) -> Error<F> {
        match self {
            Error::InvalidRequest(m) => Error::InvalidRequest(m),
            Error::Auth(m) => Error::Auth(m),
            Error::Transport(e) => Error::Transport(e),
            Error::Api(v) => f(v),
            Error::UnexpectedStatus(r) => Error::UnexpectedStatus(r),
            Error::Decode { response, message } => Error::Decode { response, message },
            Error::Hook(m) => Error::Hook(m),
        }
    }
}
impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Auth(m) => write!(f, "authentication failed: {m}"),
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Api(v) => write!(f, "error response {}: {:?}", v.status(), v.body()),
            Error::UnexpectedStatus(r) => {
                write!(
                    f,
                    "unexpected status {}: {}",
                    r.status,
                    truncate(&r.text(), 512)
                )
            }
            Error::Decode { response, message } => {
                write!(
                    f,
                    "could not decode the {} response: {message}",
                    response.status
                )
            }
            Error::Hook(m) => write!(f, "request refused by hook: {m}"),
        }
    }
}
impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}
impl<E> From<reqwest::Error> for Error<E> {
    fn from(e: reqwest::Error) -> Self {
        Error::Transport(e)
    }
}
fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
fn decode_error<T, E>(raw: &RawResponse, message: impl fmt::Display) -> Result<T, Error<E>> {
    Err(Error::Decode {
        response: Box::new(raw.clone()),
        message: message.to_string(),
    })
}
/// Decode a JSON body (any JSON media type: `application/*+json`, `text/json`, profiles).
pub fn decode_json<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    match serde_json::from_slice(&raw.body) {
        Ok(v) => Ok(v),
        Err(e) => decode_error(raw, e),
    }
}
/// Decode JSON, or XML when the server says it sent XML.
pub fn decode_json_or_xml<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    if raw.content_type().contains("xml") {
        decode_xml(raw)
    } else {
        decode_json(raw)
    }
}
/// Decode an XML body.
pub fn decode_xml<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    let text = match std::str::from_utf8(&raw.body) {
        Ok(t) => t,
        Err(e) => return decode_error(raw, e),
    };
    match quick_xml::de::from_str(text) {
        Ok(v) => Ok(v),
        Err(e) => decode_error(raw, e),
    }
}
/// A text body (`text/*`).
pub fn decode_text<E>(raw: &RawResponse) -> Result<String, Error<E>> {
    match String::from_utf8(raw.body.to_vec()) {
        Ok(t) => Ok(t),
        Err(e) => decode_error(raw, e),
    }
}
/// A binary body.
pub fn decode_bytes<E>(raw: &RawResponse) -> Result<Vec<u8>, Error<E>> {
    Ok(raw.body.to_vec())
}
/// Parse a response header with `FromStr`; absent or unparsable gives `None`.
pub fn header_value<T: std::str::FromStr>(headers: &HeaderMap, name: &str) -> Option<T> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}
/// A secret string: never shown by `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);
impl Secret {
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
    ApiKey { key: Secret, prefix: Option<String> },
    /// `Authorization: Bearer …`.
    Bearer(Secret),
    /// `Authorization: Basic …`.
    Basic { username: String, password: Secret },
    /// A token fetched and refreshed on demand (OAuth2 flows, signed JWTs).
    Token(Arc<dyn TokenSource>),
}
impl Credential {
    pub fn api_key(key: impl Into<String>) -> Self {
        Credential::ApiKey {
            key: Secret::new(key),
            prefix: None,
        }
    }
    pub fn api_key_with_prefix(key: impl Into<String>, prefix: impl Into<String>) -> Self {
        Credential::ApiKey {
            key: Secret::new(key),
            prefix: Some(prefix.into()),
        }
    }
    pub fn bearer(token: impl Into<String>) -> Self {
        Credential::Bearer(Secret::new(token))
    }
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credential::Basic {
            username: username.into(),
            password: Secret::new(password),
        }
    }
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
/// A token set from an OAuth2 token endpoint.
#[derive(Clone, PartialEq, Eq, serde::Deserialize, Serialize)]
pub struct TokenSet {
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Lifetime in seconds, from the token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
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
/// Refresh this long before a token's expiry, so it does not expire in flight.
const EXPIRY_MARGIN: Duration = Duration::from_secs(30);
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
pub struct ClientCredentials {
    token_url: Option<String>,
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    cache: tokio::sync::Mutex<Option<Cached>>,
}
impl ClientCredentials {
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
/// Signs short-lived HS256 JWTs from a key id and secret (Smooch/Sunshine Conversations
/// style app or account keys), re-signing before they expire.
pub struct JwtSigner {
    key_id: String,
    secret: Secret,
    claims: serde_json::Map<String, serde_json::Value>,
    lifetime: Option<Duration>,
    cache: Mutex<Option<(Secret, Option<Instant>)>>,
}
impl JwtSigner {
    /// A signer whose tokens carry `{"scope": scope}`.
    pub fn new(key_id: impl Into<String>, secret: impl Into<String>, scope: &str) -> Self {
        let mut claims = serde_json::Map::new();
        claims.insert("scope".into(), serde_json::Value::String(scope.to_string()));
        JwtSigner {
            key_id: key_id.into(),
            secret: Secret::new(secret),
            claims,
            lifetime: None,
            cache: Mutex::new(None),
        }
    }
    /// Add a claim to every token.
    pub fn claim(mut self, name: impl Into<String>, value: serde_json::Value) -> Self {
        self.claims.insert(name.into(), value);
        self
    }
    /// Give tokens an `exp` this far in the future (re-signed before then).
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = Some(lifetime);
        self
    }
    /// Sign one token now.
    pub fn sign(&self) -> Result<String, String> {
        use base64::Engine as _;
        use hmac::Mac as _;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let header = serde_json::json!(
            { "alg" : "HS256", "typ" : "JWT", "kid" : self.key_id }
        );
        let mut claims = self.claims.clone();
        if let Some(life) = self.lifetime {
            let now = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_err(|e| e.to_string())?;
            claims.insert(
                "exp".into(),
                serde_json::Value::from((now + life).as_secs()),
            );
        }
        let head = b64.encode(serde_json::to_vec(&header).map_err(|e| e.to_string())?);
        let body = b64.encode(serde_json::to_vec(&claims).map_err(|e| e.to_string())?);
        let signing_input = format!("{head}.{body}");
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(self.secret.expose().as_bytes())
            .map_err(|e| e.to_string())?;
        mac.update(signing_input.as_bytes());
        let sig = b64.encode(mac.finalize().into_bytes());
        Ok(format!("{signing_input}.{sig}"))
    }
}
impl fmt::Debug for JwtSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwtSigner")
            .field("key_id", &self.key_id)
            .field("secret", &"***")
            .finish()
    }
}
impl TokenSource for JwtSigner {
    fn token<'a>(
        &'a self,
        _http: &'a reqwest::Client,
        _stale: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async move {
            let mut cache = self
                .cache
                .lock()
                .map_err(|_| "JWT cache poisoned".to_string())?;
            if let Some((token, expiry)) = cache.as_ref() {
                if expiry.is_none_or(|t| Instant::now() + EXPIRY_MARGIN < t) {
                    return Ok(token.clone());
                }
            }
            let token = Secret::new(self.sign()?);
            *cache = Some((token.clone(), self.lifetime.map(|l| Instant::now() + l)));
            Ok(token)
        })
    }
}
/// Values for structured `Authorization` headers (`MediaBrowser Client="…", Token="…"`).
#[derive(Clone, Default, PartialEq)]
pub struct AuthParams {
    values: BTreeMap<String, String>,
}
impl AuthParams {
    pub fn new() -> Self {
        Self::default()
    }
    /// Set one parameter (`Client`, `Device`, `DeviceId`, `Version`, `Token`, `UserId`…).
    pub fn set(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.values.insert(name.into(), value.into());
        self
    }
    /// `Client`, `Device`, `DeviceId` and `Version`: who is calling.
    pub fn client_info(self, client: &str, device: &str, device_id: &str, version: &str) -> Self {
        self.set("Client", client)
            .set("Device", device)
            .set("DeviceId", device_id)
            .set("Version", version)
    }
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
/// The spec's description of the API.
#[derive(Debug)]
pub struct ApiSpec {
    pub name: &'static str,
    /// The first top-level server URL (a template when it has variables).
    pub default_server: &'static str,
    pub server_variables: &'static [(&'static str, &'static str)],
    pub schemes: &'static [SchemeSpec],
}
/// One security scheme from `components/securitySchemes`.
#[derive(Debug)]
pub struct SchemeSpec {
    pub name: &'static str,
    pub kind: SchemeKind,
}
#[derive(Debug)]
pub enum SchemeKind {
    ApiKeyQuery(&'static str),
    ApiKeyHeader(&'static str),
    ApiKeyCookie(&'static str),
    /// A structured Authorization header; `always` parameters go on every request.
    AuthParams {
        scheme: &'static str,
        header: &'static str,
        params: &'static [&'static str],
        always: &'static [&'static str],
        secret: &'static [&'static str],
    },
    Bearer,
    Basic,
    /// OAuth2 / OpenID Connect: a bearer token from a [`TokenSource`].
    OAuth2 {
        token_url: Option<&'static str>,
    },
}
/// One operation, as the generated method describes it to the runtime.
#[derive(Debug)]
pub struct OperationSpec {
    pub id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    /// Alternatives (any one) of scheme sets (all of them). Empty: no authentication.
    pub security: &'static [&'static [&'static str]],
    /// Operation- or path-level servers: the first is used.
    pub servers: &'static [&'static str],
    pub accept: Option<&'static str>,
}
/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters,
/// so `/`, `?`, `#`, `%` and spaces in an id stay inside one segment.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'!')
    .add(b'$')
    .add(b'&')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b'+')
    .add(b',')
    .add(b';')
    .add(b'=')
    .add(b':')
    .add(b'@');
/// Query names and values: the same set (form encoding of a single component).
const COMPONENT: &AsciiSet = SEGMENT;
/// A body ready to send.
#[derive(Debug)]
pub enum Body {
    Bytes {
        content_type: String,
        bytes: bytes::Bytes,
    },
    /// Multipart forms are consumed by sending, so a request with one is sent once.
    Multipart(Option<reqwest::multipart::Form>),
}
/// A file for a multipart upload: bytes or a stream, with a file name and content type.
pub struct FilePart {
    body: FileBody,
    file_name: Option<String>,
    content_type: Option<String>,
}
enum FileBody {
    Bytes(bytes::Bytes),
    Stream(reqwest::Body, Option<u64>),
}
impl FilePart {
    pub fn bytes(bytes: impl Into<bytes::Bytes>) -> Self {
        FilePart {
            body: FileBody::Bytes(bytes.into()),
            file_name: None,
            content_type: None,
        }
    }
    /// A streamed body (`reqwest::Body::wrap_stream`), with its length if known.
    pub fn stream(body: impl Into<reqwest::Body>, length: Option<u64>) -> Self {
        FilePart {
            body: FileBody::Stream(body.into(), length),
            file_name: None,
            content_type: None,
        }
    }
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }
    pub fn content_type(mut self, mime: impl Into<String>) -> Self {
        self.content_type = Some(mime.into());
        self
    }
    fn into_part(self) -> Result<reqwest::multipart::Part, String> {
        let mut part = match self.body {
            FileBody::Bytes(b) => reqwest::multipart::Part::stream_with_length(
                reqwest::Body::from(b.clone()),
                b.len() as u64,
            ),
            FileBody::Stream(s, Some(len)) => reqwest::multipart::Part::stream_with_length(s, len),
            FileBody::Stream(s, None) => reqwest::multipart::Part::stream(s),
        };
        if let Some(n) = self.file_name {
            part = part.file_name(n);
        }
        if let Some(ct) = self.content_type {
            part = part
                .mime_str(&ct)
                .map_err(|e| format!("content type {ct:?}: {e}"))?;
        }
        Ok(part)
    }
}
impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let len = match &self.body {
            FileBody::Bytes(b) => Some(b.len() as u64),
            FileBody::Stream(_, l) => *l,
        };
        f.debug_struct("FilePart")
            .field("len", &len)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}
/// Query parameter serialization style (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}
/// A request being built by a generated method.
#[derive(Debug)]
pub struct Request {
    pub op: &'static OperationSpec,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    cookies: Vec<(String, String)>,
    body: Option<Body>,
    multipart: Option<reqwest::multipart::Form>,
    error: Option<String>,
}
fn scalar_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}
impl Request {
    pub fn new(op: &'static OperationSpec) -> Self {
        Request {
            op,
            path: op.path.to_string(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: None,
            multipart: None,
            error: None,
        }
    }
    fn fail(&mut self, msg: String) {
        self.error.get_or_insert(msg);
    }
    /// Fill `{name}` in the path with the percent-encoded value.
    pub fn path_param(&mut self, name: &str, value: &impl fmt::Display) {
        let encoded = utf8_percent_encode(&value.to_string(), SEGMENT).to_string();
        self.path = self.path.replace(&format!("{{{name}}}"), &encoded);
    }
    /// Add a query parameter in the given style.
    pub fn query(&mut self, name: &str, value: &impl Serialize, style: QueryStyle, explode: bool) {
        let v = match serde_json::to_value(value) {
            Ok(v) => v,
            Err(e) => return self.fail(format!("query parameter {name}: {e}")),
        };
        match v {
            serde_json::Value::Array(items) => {
                let texts: Vec<String> = items.iter().map(scalar_text).collect();
                let sep = match style {
                    QueryStyle::SpaceDelimited => " ",
                    QueryStyle::PipeDelimited => "|",
                    _ => ",",
                };
                if explode && style == QueryStyle::Form {
                    self.query
                        .extend(texts.into_iter().map(|t| (name.to_string(), t)));
                } else {
                    self.query.push((name.to_string(), texts.join(sep)));
                }
            }
            serde_json::Value::Object(map) => match (style, explode) {
                (QueryStyle::DeepObject, _) => {
                    self.query.extend(
                        map.iter()
                            .map(|(k, v)| (format!("{name}[{k}]"), scalar_text(v))),
                    );
                }
                (_, true) => self
                    .query
                    .extend(map.iter().map(|(k, v)| (k.clone(), scalar_text(v)))),
                (_, false) => {
                    let flat: Vec<String> = map
                        .iter()
                        .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
                        .collect();
                    self.query.push((name.to_string(), flat.join(",")));
                }
            },
            serde_json::Value::Null => {}
            other => self.query.push((name.to_string(), scalar_text(&other))),
        }
    }
    /// Add a header parameter (arrays are comma-joined, the `simple` style).
    pub fn header(&mut self, name: &str, value: &impl Serialize) {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Array(items)) => {
                let joined = items.iter().map(scalar_text).collect::<Vec<_>>().join(",");
                self.headers.push((name.to_string(), joined));
            }
            Ok(v) => self.headers.push((name.to_string(), scalar_text(&v))),
            Err(e) => self.fail(format!("header {name}: {e}")),
        }
    }
    /// Add a cookie parameter.
    pub fn cookie(&mut self, name: &str, value: &impl Serialize) {
        match serde_json::to_value(value) {
            Ok(v) => self.cookies.push((name.to_string(), scalar_text(&v))),
            Err(e) => self.fail(format!("cookie {name}: {e}")),
        }
    }
    /// A JSON body.
    pub fn json(&mut self, content_type: &str, body: &impl Serialize) {
        match serde_json::to_vec(body) {
            Ok(bytes) => {
                self.body = Some(Body::Bytes {
                    content_type: content_type.into(),
                    bytes: bytes.into(),
                });
            }
            Err(e) => self.fail(format!("request body: {e}")),
        }
    }
    /// An `application/x-www-form-urlencoded` body.
    pub fn form(&mut self, body: &impl Serialize) {
        match serde_urlencoded::to_string(body) {
            Ok(s) => {
                self.body = Some(Body::Bytes {
                    content_type: "application/x-www-form-urlencoded".into(),
                    bytes: s.into(),
                });
            }
            Err(e) => self.fail(format!("request body: {e}")),
        }
    }
    /// A raw body.
    pub fn bytes(&mut self, content_type: &str, body: impl Into<bytes::Bytes>) {
        self.body = Some(Body::Bytes {
            content_type: content_type.into(),
            bytes: body.into(),
        });
    }
    /// Add a text field to the multipart form.
    pub fn multipart_text(&mut self, name: &str, value: &impl fmt::Display) {
        let form = self.multipart.take().unwrap_or_default();
        self.multipart = Some(form.text(name.to_string(), value.to_string()));
    }
    /// Add a JSON-encoded field to the multipart form.
    pub fn multipart_json(&mut self, name: &str, value: &impl Serialize) {
        match serde_json::to_string(value) {
            Ok(s) => self.multipart_text(name, &s),
            Err(e) => self.fail(format!("form field {name}: {e}")),
        }
    }
    /// Add a file field to the multipart form.
    pub fn multipart_file(&mut self, name: &str, file: FilePart) {
        match file.into_part() {
            Ok(part) => {
                let form = self.multipart.take().unwrap_or_default();
                self.multipart = Some(form.part(name.to_string(), part));
            }
            Err(e) => self.fail(format!("form field {name}: {e}")),
        }
    }
}
/// Per-request settings from the request builder.
#[derive(Debug, Default, Clone)]
pub struct RequestOptions {
    pub timeout: Option<Duration>,
    pub headers: Vec<(String, String)>,
}
/// When and how to retry. Idempotent methods are retried on connect errors and on 408,
/// 429, 502, 503 and 504; POST and PATCH only when `retry_non_idempotent` is set.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 turns retrying off).
    pub max_retries: u32,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// A `Retry-After` longer than this is not waited for: the error is returned.
    pub max_retry_after: Duration,
    pub retry_non_idempotent: bool,
}
impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            retry_non_idempotent: false,
        }
    }
}
impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }
    /// Exponential backoff with full jitter: a random wait in [0, base·2^attempt].
    fn backoff(&self, attempt: u32) -> Duration {
        let cap = self
            .initial_backoff
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max_backoff);
        cap.mul_f64(fastrand::f64())
    }
}
fn retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 408 | 429 | 502 | 503 | 504)
}
/// `Retry-After` as seconds or an HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}
/// Inspect or change each request before it is sent, and see each response.
pub trait Hook: Send + Sync {
    /// Called before every attempt; an `Err` stops the request.
    fn on_request(&self, op: &OperationSpec, request: &mut reqwest::Request) -> Result<(), String> {
        let _ = (op, request);
        Ok(())
    }
    /// Called for every response received (before retry decisions).
    fn on_response(&self, op: &OperationSpec, status: StatusCode, headers: &HeaderMap) {
        let _ = (op, status, headers);
    }
}
/// Configuration and connection pool shared by all clones of a client.
#[derive(Clone)]
pub struct Core {
    http: reqwest::Client,
    spec: &'static ApiSpec,
    base_url: String,
    servers: BTreeMap<String, String>,
    all_servers: Option<String>,
    variables: BTreeMap<String, String>,
    credentials: BTreeMap<String, Credential>,
    auth_params: AuthParams,
    retry: RetryPolicy,
    hooks: Vec<Arc<dyn Hook>>,
}
impl fmt::Debug for Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Core")
            .field("api", &self.spec.name)
            .field("base_url", &self.base_url)
            .field("servers", &self.servers)
            .field("credentials", &self.credentials)
            .field("auth_params", &self.auth_params)
            .field("retry", &self.retry)
            .field("hooks", &self.hooks.len())
            .finish()
    }
}
/// Implemented by each generated `Client`.
pub trait FromCore: Sized {
    fn from_core(core: Arc<Core>) -> Self;
    fn core(&self) -> &Arc<Core>;
}
/// Builds a generated client: base URL, credentials, retries, timeouts, hooks.
#[must_use]
pub struct ClientBuilder<C> {
    spec: &'static ApiSpec,
    base_url: Option<String>,
    servers: BTreeMap<String, String>,
    all_servers: Option<String>,
    variables: BTreeMap<String, String>,
    credentials: BTreeMap<String, Credential>,
    auth_params: AuthParams,
    retry: RetryPolicy,
    hooks: Vec<Arc<dyn Hook>>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
    _client: std::marker::PhantomData<fn() -> C>,
}
impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api", &self.spec.name)
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .finish()
    }
}
impl<C: FromCore> ClientBuilder<C> {
    pub fn new(spec: &'static ApiSpec) -> Self {
        ClientBuilder {
            spec,
            base_url: None,
            servers: BTreeMap::new(),
            all_servers: None,
            variables: BTreeMap::new(),
            credentials: BTreeMap::new(),
            auth_params: AuthParams::default(),
            retry: RetryPolicy::default(),
            hooks: Vec::new(),
            timeout: None,
            connect_timeout: None,
            user_agent: None,
            http: None,
            _client: std::marker::PhantomData,
        }
    }
    /// Replace the spec's default server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// Replace an operation-level server of the spec (`spec_url` as the spec writes it).
    pub fn server(mut self, spec_url: impl Into<String>, url: impl Into<String>) -> Self {
        self.servers.insert(spec_url.into(), url.into());
        self
    }
    /// Send every operation, whatever its servers, to this URL (proxies, tests).
    pub fn all_servers(mut self, url: impl Into<String>) -> Self {
        self.all_servers = Some(url.into());
        self
    }
    /// Fill a `{variable}` of the spec's server URLs.
    pub fn server_variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.insert(name.into(), value.into());
        self
    }
    /// Credentials for the security scheme named `scheme` in the spec.
    pub fn credential(mut self, scheme: impl Into<String>, credential: Credential) -> Self {
        self.credentials.insert(scheme.into(), credential);
        self
    }
    /// Values for structured Authorization headers (client info, token, user id).
    pub fn auth_params(mut self, params: AuthParams) -> Self {
        self.auth_params = params;
        self
    }
    /// `Client`, `Device`, `DeviceId` and `Version` for structured Authorization headers.
    pub fn client_info(
        mut self,
        client: &str,
        device: &str,
        device_id: &str,
        version: &str,
    ) -> Self {
        self.auth_params = self
            .auth_params
            .client_info(client, device, device_id, version);
        self
    }
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// Turn retries off.
    pub fn no_retries(mut self) -> Self {
        self.retry = RetryPolicy::none();
        self
    }
    /// Whole-request timeout for every request (a request builder can override it).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }
    /// Use this reqwest client (its own timeouts, proxies and TLS settings apply).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }
    /// Build the client.
    pub fn build(mut self) -> Result<C, Error> {
        let http = match self.http.take() {
            Some(h) => h,
            None => self.http_builder().build().map_err(Error::Transport)?,
        };
        Ok(self.finish(http))
    }
    /// Build the client; if the configured HTTP client cannot be built (TLS setup),
    /// use reqwest's default one instead of failing.
    pub fn build_or_default(mut self) -> C {
        let http = match self.http.take() {
            Some(h) => h,
            None => self.http_builder().build().unwrap_or_default(),
        };
        self.finish(http)
    }
    fn http_builder(&self) -> reqwest::ClientBuilder {
        let mut b = reqwest::Client::builder()
            .user_agent(
                self.user_agent
                    .clone()
                    .unwrap_or_else(|| format!("{}-client/rust", self.spec.name)),
            )
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                let same = attempt.previous().first().is_some_and(|first| {
                    first.host_str() == attempt.url().host_str()
                        && first.port_or_known_default() == attempt.url().port_or_known_default()
                });
                if attempt.previous().len() >= 10 || !same {
                    attempt.stop()
                } else {
                    attempt.follow()
                }
            }));
        if let Some(t) = self.timeout {
            b = b.timeout(t);
        }
        if let Some(t) = self.connect_timeout {
            b = b.connect_timeout(t);
        }
        b
    }
    fn finish(self, http: reqwest::Client) -> C {
        let mut variables: BTreeMap<String, String> = self
            .spec
            .server_variables
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        variables.extend(self.variables);
        let base_url = self
            .base_url
            .unwrap_or_else(|| self.spec.default_server.to_string());
        C::from_core(Arc::new(Core {
            http,
            spec: self.spec,
            base_url,
            servers: self.servers,
            all_servers: self.all_servers,
            variables,
            credentials: self.credentials,
            auth_params: self.auth_params,
            retry: self.retry,
            hooks: self.hooks,
        }))
    }
}
fn fill_variables(url: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = url.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}
impl Core {
    /// The base URL requests go to (operations with their own servers excepted).
    pub fn base_url(&self) -> String {
        fill_variables(&self.base_url, &self.variables)
    }
    /// A copy with one credential replaced (e.g. after logging in).
    pub fn with_credential(&self, scheme: &str, credential: Credential) -> Core {
        let mut c = self.clone();
        c.credentials.insert(scheme.to_string(), credential);
        c
    }
    /// A copy with one structured-Authorization parameter set (e.g. `Token`).
    pub fn with_auth_param(&self, name: &str, value: &str) -> Core {
        let mut c = self.clone();
        c.auth_params = c.auth_params.set(name, value);
        c
    }
    fn server_for(&self, op: &OperationSpec) -> String {
        if let Some(all) = &self.all_servers {
            return all.clone();
        }
        match op.servers.first() {
            Some(s) => fill_variables(
                self.servers.get(*s).map_or(s, String::as_str),
                &self.variables,
            ),
            None => self.base_url(),
        }
    }
    fn url(&self, req: &Request) -> Result<reqwest::Url, String> {
        let base = self.server_for(req.op);
        let joined = format!("{}{}", base.trim_end_matches('/'), req.path);
        let mut url = reqwest::Url::parse(&joined).map_err(|e| format!("URL {joined:?}: {e}"))?;
        if !req.query.is_empty() {
            let mut q = url.query().map(str::to_string).unwrap_or_default();
            for (k, v) in &req.query {
                if !q.is_empty() {
                    q.push('&');
                }
                q.push_str(&utf8_percent_encode(k, COMPONENT).to_string());
                q.push('=');
                q.push_str(&utf8_percent_encode(v, COMPONENT).to_string());
            }
            url.set_query(Some(&q));
        }
        Ok(url)
    }
    /// Which requirement alternative to satisfy: the first whose schemes all have credentials.
    fn pick_security(&self, op: &OperationSpec) -> Option<&'static [&'static str]> {
        op.security
            .iter()
            .copied()
            .find(|alt| alt.iter().all(|s| self.has_credential(s)))
    }
    fn has_credential(&self, scheme: &str) -> bool {
        if self.credentials.contains_key(scheme) {
            return true;
        }
        match self.scheme(scheme).map(|s| &s.kind) {
            Some(SchemeKind::AuthParams { secret, .. }) => {
                secret.iter().all(|k| self.auth_params.get(k).is_some())
            }
            _ => false,
        }
    }
    fn scheme(&self, name: &str) -> Option<&'static SchemeSpec> {
        self.spec.schemes.iter().find(|s| s.name == name)
    }
    /// Build one attempt. `stale` is the bearer token the last attempt was refused with.
    async fn build_request<E>(
        &self,
        req: &mut Request,
        opts: &RequestOptions,
        stale: Option<&str>,
    ) -> Result<(reqwest::Request, Option<String>), Error<E>> {
        if let Some(e) = &req.error {
            return Err(Error::InvalidRequest(e.clone()));
        }
        let mut url = self.url(req).map_err(Error::InvalidRequest)?;
        let method = Method::from_bytes(req.op.method.as_bytes())
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let mut headers: Vec<(String, String)> = Vec::new();
        if let Some(accept) = req.op.accept {
            headers.push(("accept".into(), accept.into()));
        }
        headers.extend(req.headers.iter().cloned());
        let mut cookies = req.cookies.clone();
        let mut used_token = None;
        let chosen = self.pick_security(req.op);
        let mut authorized = false;
        for scheme_name in chosen.unwrap_or(&[]) {
            let Some(scheme) = self.scheme(scheme_name) else {
                continue;
            };
            let cred = self.credentials.get(*scheme_name);
            authorized = true;
            match (&scheme.kind, cred) {
                (SchemeKind::ApiKeyQuery(name), Some(Credential::ApiKey { key, .. })) => {
                    url.query_pairs_mut().append_pair(name, key.expose());
                }
                (SchemeKind::ApiKeyHeader(name), Some(Credential::ApiKey { key, prefix })) => {
                    let v = match prefix {
                        Some(p) => format!("{p} {}", key.expose()),
                        None => key.expose().to_string(),
                    };
                    headers.push((name.to_string(), v));
                }
                (SchemeKind::ApiKeyCookie(name), Some(Credential::ApiKey { key, .. })) => {
                    cookies.push((name.to_string(), key.expose().to_string()))
                }
                (
                    SchemeKind::AuthParams { header, .. },
                    Some(Credential::ApiKey { key, prefix }),
                ) => {
                    let v = match prefix {
                        Some(p) => format!("{p} {}", key.expose()),
                        None => key.expose().to_string(),
                    };
                    headers.push((header.to_string(), v));
                }
                (
                    SchemeKind::AuthParams {
                        scheme,
                        header,
                        params,
                        ..
                    },
                    None,
                ) => {
                    let present = params
                        .iter()
                        .filter_map(|k| self.auth_params.get(k).map(|v| (*k, v)));
                    headers.push((header.to_string(), format_auth_params(scheme, present)));
                }
                (_, Some(Credential::Bearer(t))) => {
                    headers.push(("authorization".into(), format!("Bearer {}", t.expose())))
                }
                (_, Some(Credential::Basic { username, password })) => {
                    use base64::Engine as _;
                    let raw = format!("{username}:{}", password.expose());
                    headers.push((
                        "authorization".into(),
                        format!(
                            "Basic {}",
                            base64::engine::general_purpose::STANDARD.encode(raw)
                        ),
                    ));
                }
                (_, Some(Credential::Token(source))) => {
                    let token = source.token(&self.http, stale).await.map_err(Error::Auth)?;
                    headers.push(("authorization".into(), format!("Bearer {}", token.expose())));
                    used_token = Some(token.expose().to_string());
                }
                (kind, Some(c)) => {
                    return Err(Error::Auth(format!(
                        "credential {c:?} does not fit scheme {scheme_name} ({kind:?})"
                    )));
                }
                (_, None) => {}
            }
        }
        if !authorized {
            for scheme in self.spec.schemes {
                if let SchemeKind::AuthParams {
                    scheme,
                    header,
                    always,
                    ..
                } = &scheme.kind
                {
                    let present: Vec<(&str, &str)> = always
                        .iter()
                        .filter_map(|k| self.auth_params.get(k).map(|v| (*k, v)))
                        .collect();
                    if !present.is_empty() {
                        headers.push((header.to_string(), format_auth_params(scheme, present)));
                        break;
                    }
                }
            }
        }
        if !cookies.is_empty() {
            let c: Vec<String> = cookies
                .iter()
                .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, COMPONENT)))
                .collect();
            headers.push(("cookie".into(), c.join("; ")));
        }
        headers.extend(opts.headers.iter().cloned());
        let mut out = reqwest::Request::new(method, url);
        for (k, v) in headers {
            let name = HeaderName::from_bytes(k.as_bytes())
                .map_err(|e| Error::InvalidRequest(format!("header name {k:?}: {e}")))?;
            let value = HeaderValue::from_str(&v)
                .map_err(|_| Error::InvalidRequest(
                    format!(
                        "header {k}: value contains characters not allowed in a header (CR, LF or control)"
                    ),
                ))?;
            out.headers_mut().append(name, value);
        }
        match req.body.as_mut() {
            Some(Body::Bytes {
                content_type,
                bytes,
            }) => {
                let ct = HeaderValue::from_str(content_type)
                    .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                out.headers_mut().insert(reqwest::header::CONTENT_TYPE, ct);
                *out.body_mut() = Some(reqwest::Body::from(bytes.clone()));
            }
            Some(Body::Multipart(form)) => {
                let form = form.take().ok_or_else(|| {
                    Error::InvalidRequest("a multipart body can be sent once".into())
                })?;
                let ct = HeaderValue::from_str(&format!(
                    "multipart/form-data; boundary={}",
                    form.boundary()
                ))
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                out.headers_mut().insert(reqwest::header::CONTENT_TYPE, ct);
                *out.body_mut() = Some(reqwest::Body::wrap_stream(form.into_stream()));
            }
            None => {}
        }
        if let Some(t) = opts.timeout {
            *out.timeout_mut() = Some(t);
        }
        Ok((out, used_token))
    }
    /// Send a request with authentication, retries and hooks; return the raw response.
    pub async fn execute<E>(
        &self,
        mut req: Request,
        opts: RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        use tracing::Instrument as _;
        if let Some(form) = req.multipart.take() {
            req.body = Some(Body::Multipart(Some(form)));
        }
        let span = tracing::info_span!(
            "request",
            api = self.spec.name,
            operation = req.op.id,
            method = req.op.method,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty
        );
        self.execute_inner(req, opts).instrument(span).await
    }
    async fn execute_inner<E>(
        &self,
        mut req: Request,
        opts: RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        let idempotent = !matches!(req.op.method, "POST" | "PATCH");
        let may_retry = (idempotent || self.retry.retry_non_idempotent)
            && !matches!(req.body, Some(Body::Multipart(_)));
        let mut attempt: u32 = 0;
        let mut stale: Option<String> = None;
        let mut refreshed = false;
        loop {
            tracing::Span::current().record("attempt", attempt + 1);
            let (mut http_req, used_token) = self
                .build_request::<E>(&mut req, &opts, stale.as_deref())
                .await?;
            for hook in &self.hooks {
                hook.on_request(req.op, &mut http_req)
                    .map_err(Error::Hook)?;
            }
            let result = self.http.execute(http_req).await;
            let retry_in = match &result {
                Err(e) if e.is_connect() && may_retry && attempt < self.retry.max_retries => {
                    Some(self.retry.backoff(attempt))
                }
                Err(_) => None,
                Ok(resp) => {
                    tracing::Span::current().record("status", resp.status().as_u16());
                    for hook in &self.hooks {
                        hook.on_response(req.op, resp.status(), resp.headers());
                    }
                    if resp.status() == StatusCode::UNAUTHORIZED
                        && used_token.is_some()
                        && !refreshed
                    {
                        refreshed = true;
                        stale = used_token;
                        continue;
                    }
                    if retryable_status(resp.status())
                        && may_retry
                        && attempt < self.retry.max_retries
                    {
                        match retry_after(resp.headers()) {
                            Some(wait) if wait > self.retry.max_retry_after => None,
                            Some(wait) => Some(wait),
                            None => Some(self.retry.backoff(attempt)),
                        }
                    } else {
                        None
                    }
                }
            };
            match (retry_in, result) {
                (Some(wait), _) => {
                    tracing::debug!(?wait, attempt, "retrying");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                (None, Err(e)) => return Err(Error::Transport(e)),
                (None, Ok(resp)) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    let body = resp.bytes().await.map_err(Error::Transport)?;
                    return Ok(RawResponse {
                        status,
                        headers,
                        body,
                    });
                }
            }
        }
    }
}
