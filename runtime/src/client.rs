//! The client: [`ClientBuilder`] configures it, [`Core`] (shared by a generated client's
//! clones) chooses the server, applies credentials, sends with retries and hooks, and
//! returns the raw response.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use reqwest::StatusCode;

use super::params::cookie_component;
use super::{
    format_auth_params, trace, ApiSpec, AsyncHook, AuthParams, Body, ByteStream, Credential, Error,
    Hook, OperationSpec, RawResponse, Request, RequestOptions, ResponseValue, RetryPolicy,
    SchemeKind, SchemeSpec,
};

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
    async_hooks: Vec<Arc<dyn AsyncHook>>,
    #[cfg(feature = "middleware")]
    middleware: Option<reqwest_middleware::ClientWithMiddleware>,
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
            .field("hooks", &(self.hooks.len() + self.async_hooks.len()))
            .finish()
    }
}

/// Implemented by each generated `Client`: how [`ClientBuilder::build`] makes one.
pub trait FromCore: Sized {
    /// A client around a built core.
    fn from_core(core: Arc<Core>) -> Self;
    /// The client's core.
    fn core(&self) -> &Arc<Core>;
}

/// Declares a generated client's `ClientBuilder`: a newtype around [`ClientBuilder`] of the
/// client (a type of the generated crate, so the spec's credential methods can be added to
/// it as inherent methods) with every configuration method of the runtime's builder
/// delegated, and `build`/`build_or_default`.
///
/// The invocation is the struct as written by hand; the path of the runtime's
/// `ClientBuilder` in it (`$krate::$runtime::ClientBuilder` in generated code) is where the
/// methods' types are named from. The client type must implement [`FromCore`].
///
/// ```
/// mod runtime {
///     pub use clientgen_runtime::*;
/// }
///
/// static API: runtime::ApiSpec = runtime::ApiSpec {
///     name: "pets", default_server: "https://pets.example", server_variables: &[], schemes: &[],
/// };
///
/// #[derive(Debug)]
/// pub struct Client(std::sync::Arc<runtime::Core>);
///
/// impl runtime::FromCore for Client {
///     fn from_core(core: std::sync::Arc<runtime::Core>) -> Self { Client(core) }
///     fn core(&self) -> &std::sync::Arc<runtime::Core> { &self.0 }
/// }
///
/// clientgen_runtime::client_builder! {
///     /// Configures a [`Client`].
///     pub struct ClientBuilder(crate::runtime::ClientBuilder<Client>);
/// }
///
/// impl ClientBuilder {
///     /// A method of the spec's own (one per security scheme in generated code).
///     pub fn api_key(self, key: &str) -> Self {
///         self.credential("api_key", runtime::Credential::api_key(key))
///     }
/// }
///
/// # fn main() -> Result<(), runtime::Error> {
/// let client = ClientBuilder(runtime::ClientBuilder::new(&API)).api_key("k").no_retries().build()?;
/// assert_eq!(runtime::FromCore::core(&client).base_url(), "https://pets.example");
/// # Ok(())
/// # }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __client_builder {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident($krate:ident :: $runtime:ident :: ClientBuilder<$client:ident>);
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        #[must_use]
        $vis struct $name($krate::$runtime::ClientBuilder<$client>);

        impl $name {
            /// Replace the spec's default server.
            pub fn base_url(self, url: impl Into<String>) -> Self {
                Self(self.0.base_url(url))
            }

            /// Replace an operation-level server of the spec (`spec_url` as the spec writes it).
            pub fn server(self, spec_url: impl Into<String>, url: impl Into<String>) -> Self {
                Self(self.0.server(spec_url, url))
            }

            /// Send every operation, whatever its servers, to this URL (proxies, tests).
            pub fn all_servers(self, url: impl Into<String>) -> Self {
                Self(self.0.all_servers(url))
            }

            /// Fill a `{variable}` of the spec's server URLs.
            pub fn server_variable(self, name: impl Into<String>, value: impl Into<String>) -> Self {
                Self(self.0.server_variable(name, value))
            }

            /// Credentials for the security scheme named `scheme` in the spec.
            pub fn credential(self, scheme: impl Into<String>, credential: $krate::$runtime::Credential) -> Self {
                Self(self.0.credential(scheme, credential))
            }

            /// Values for structured Authorization headers (client info, token, user id).
            pub fn auth_params(self, params: $krate::$runtime::AuthParams) -> Self {
                Self(self.0.auth_params(params))
            }

            /// One value of a structured Authorization header (`x-authorization-params`).
            pub fn auth_param(self, name: &str, value: impl Into<String>) -> Self {
                Self(self.0.auth_param(name, value))
            }

            /// When and how to retry (the default: 2 retries of idempotent requests).
            pub fn retry(self, policy: $krate::$runtime::RetryPolicy) -> Self {
                Self(self.0.retry(policy))
            }

            /// Turn retries off.
            pub fn no_retries(self) -> Self {
                Self(self.0.no_retries())
            }

            /// Whole-request timeout for every request (a request builder can override it).
            pub fn timeout(self, timeout: ::std::time::Duration) -> Self {
                Self(self.0.timeout(timeout))
            }

            /// Time limit for connecting.
            pub fn connect_timeout(self, timeout: ::std::time::Duration) -> Self {
                Self(self.0.connect_timeout(timeout))
            }

            /// The User-Agent header.
            pub fn user_agent(self, user_agent: impl Into<String>) -> Self {
                Self(self.0.user_agent(user_agent))
            }

            /// Add a hook that sees (and may change) each request and sees each response.
            pub fn hook(self, hook: impl $krate::$runtime::Hook + 'static) -> Self {
                Self(self.0.hook(hook))
            }

            /// Add a hook that may await, sees (and may change) each request and the final
            /// response.
            pub fn async_hook(self, hook: impl $krate::$runtime::AsyncHook + 'static) -> Self {
                Self(self.0.async_hook(hook))
            }

            /// Use this reqwest client (its own timeouts, proxies and TLS settings apply).
            pub fn http_client(self, http: $krate::$runtime::reqwest::Client) -> Self {
                Self(self.0.http_client(http))
            }

            /// Send through this reqwest-middleware stack (cargo feature `middleware`). The
            /// stack owns retries: the built-in ones are off unless `retry` turns them on.
            #[cfg(feature = "middleware")]
            pub fn middleware(
                self,
                stack: $krate::$runtime::reqwest_middleware::ClientWithMiddleware,
            ) -> Self {
                Self(self.0.middleware(stack))
            }

            /// Build the client.
            ///
            /// # Errors
            ///
            /// `Error::Transport` when the HTTP client cannot be built (TLS setup).
            pub fn build(self) -> ::std::result::Result<$client, $krate::$runtime::Error> {
                self.0.build()
            }

            /// Build the client; if the configured HTTP client cannot be built (TLS setup), use
            /// reqwest's default one instead of failing.
            pub fn build_or_default(self) -> $client {
                self.0.build_or_default()
            }
        }
    };
}

/// Builds a generated client: base URL, credentials, retries, timeouts, hooks. Generated
/// crates add a method per security scheme of the spec (`.api_key(..)`, `.o_auth2(..)`).
///
/// ```
/// use std::time::Duration;
/// use clientgen_runtime::{ApiSpec, ClientBuilder, Core, FromCore, RetryPolicy};
///
/// static API: ApiSpec = ApiSpec {
///     name: "pets", default_server: "https://{region}.pets.example", server_variables: &[("region", "eu")], schemes: &[],
/// };
///
/// struct Client(std::sync::Arc<Core>);
///
/// impl FromCore for Client {
///     fn from_core(core: std::sync::Arc<Core>) -> Self { Client(core) }
///     fn core(&self) -> &std::sync::Arc<Core> { &self.0 }
/// }
///
/// let client: Client = ClientBuilder::new(&API)
///     .server_variable("region", "us")
///     .retry(RetryPolicy { max_retries: 4, ..RetryPolicy::default() })
///     .timeout(Duration::from_secs(30))
///     .build()?;
/// assert_eq!(client.core().base_url(), "https://us.pets.example");
/// # Ok::<(), clientgen_runtime::Error>(())
/// ```
#[must_use]
pub struct ClientBuilder<C> {
    settings: Settings,
    _client: std::marker::PhantomData<fn() -> C>,
}

/// What a [`ClientBuilder`] collects. Not generic, so the work of building (the HTTP
/// client, the server variables, the `Core`) is compiled once here rather than in every
/// generated crate.
struct Settings {
    spec: &'static ApiSpec,
    base_url: Option<String>,
    servers: BTreeMap<String, String>,
    all_servers: Option<String>,
    variables: BTreeMap<String, String>,
    credentials: BTreeMap<String, Credential>,
    auth_params: AuthParams,
    retry: RetryPolicy,
    /// Whether `retry`/`no_retries` was called: with a middleware stack, built-in retries
    /// are off unless it was.
    retry_explicit: bool,
    hooks: Vec<Arc<dyn Hook>>,
    async_hooks: Vec<Arc<dyn AsyncHook>>,
    #[cfg(feature = "middleware")]
    middleware: Option<reqwest_middleware::ClientWithMiddleware>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.settings.fmt(f)
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api", &self.spec.name)
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .finish()
    }
}

impl<C: FromCore> ClientBuilder<C> {
    /// A builder with the spec's defaults: its first server, no credentials, the default
    /// [`RetryPolicy`].
    pub fn new(spec: &'static ApiSpec) -> Self {
        ClientBuilder {
            settings: Settings::new(spec),
            _client: std::marker::PhantomData,
        }
    }
    /// Replace the spec's default server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.settings.base_url = Some(url.into());
        self
    }
    /// Replace an operation-level server of the spec (`spec_url` as the spec writes it).
    pub fn server(mut self, spec_url: impl Into<String>, url: impl Into<String>) -> Self {
        self.settings.servers.insert(spec_url.into(), url.into());
        self
    }
    /// Send every operation, whatever its servers, to this URL (proxies, tests).
    pub fn all_servers(mut self, url: impl Into<String>) -> Self {
        self.settings.all_servers = Some(url.into());
        self
    }
    /// Fill a `{variable}` of the spec's server URLs.
    pub fn server_variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.settings.variables.insert(name.into(), value.into());
        self
    }
    /// Credentials for the security scheme named `scheme` in the spec.
    pub fn credential(mut self, scheme: impl Into<String>, credential: Credential) -> Self {
        self.settings.credentials.insert(scheme.into(), credential);
        self
    }
    /// Values for structured Authorization headers (client info, token, user id).
    pub fn auth_params(mut self, params: AuthParams) -> Self {
        self.settings.auth_params = params;
        self
    }
    /// One value of a structured Authorization header (`x-authorization-params`), e.g.
    /// `UserId`; the generated `client_info` sets the caller-identifying ones.
    pub fn auth_param(mut self, name: &str, value: impl Into<String>) -> Self {
        self.settings.auth_param(name, value.into());
        self
    }
    /// When and how to retry (the default: 2 retries of idempotent requests).
    ///
    /// With a middleware stack (`middleware`), built-in retries are off unless this
    /// turns them on: then both layers retry.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.settings.retry = policy;
        self.settings.retry_explicit = true;
        self
    }
    /// Turn retries off.
    pub fn no_retries(self) -> Self {
        self.retry(RetryPolicy::none())
    }
    /// Whole-request timeout for every request (a request builder can override it).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.settings.timeout = Some(timeout);
        self
    }
    /// Time limit for connecting.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.settings.connect_timeout = Some(timeout);
        self
    }
    /// The User-Agent header (default `<api>-client/rust`).
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.settings.user_agent = Some(ua.into());
        self
    }
    /// Add a [`Hook`]; hooks run in the order they were added.
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.settings.hooks.push(Arc::new(hook));
        self
    }
    /// Add an [`AsyncHook`]: it may await (fetch a signature, consult a cache) before each
    /// attempt, and change the final response. Async hooks run after the [`Hook`]s, in the
    /// order they were added.
    pub fn async_hook(mut self, hook: impl AsyncHook + 'static) -> Self {
        self.settings.async_hooks.push(Arc::new(hook));
        self
    }
    /// Send every request through this `reqwest_middleware` stack (feature `middleware`)
    /// instead of a plain reqwest client.
    ///
    /// The layers compose so that nothing is sent twice by surprise:
    ///
    /// - **Retries**: the stack owns them. The built-in [`RetryPolicy`] is off unless
    ///   [`retry`](Self::retry) is called (after or before this): then the built-in loop
    ///   runs around the stack, and a request may be sent up to (1 + built-in retries) ×
    ///   (1 + the stack's retries) times.
    /// - **OAuth2 refresh on 401**: stays here, above the stack. The refused request is
    ///   built again with the new token and goes through the whole stack again.
    /// - **Streamed bodies** (multipart with streamed files): neither the built-in loop nor
    ///   the refresh sends them again; a middleware that retries sees a request whose
    ///   `try_clone` is `None` and must send it once (reqwest-retry does).
    /// - **Hooks** run before the stack on each attempt, and see the response it returns.
    ///
    /// The stack's own client replaces this builder's HTTP settings (`timeout`,
    /// `user_agent`, `http_client`); per-request timeouts still apply.
    #[cfg(feature = "middleware")]
    pub fn middleware(mut self, client: reqwest_middleware::ClientWithMiddleware) -> Self {
        self.settings.middleware = Some(client);
        self
    }
    /// Use this reqwest client (its own timeouts, proxies and TLS settings apply).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.settings.http = Some(http);
        self
    }

    /// Build the client.
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] when the HTTP client cannot be built (TLS setup).
    pub fn build(self) -> Result<C, Error> {
        self.settings.build().map(C::from_core)
    }

    /// Build the client; if the configured HTTP client cannot be built (TLS setup),
    /// use reqwest's default one instead of failing.
    pub fn build_or_default(self) -> C {
        C::from_core(self.settings.build_or_default())
    }
}

impl Settings {
    fn new(spec: &'static ApiSpec) -> Self {
        Settings {
            spec,
            base_url: None,
            servers: BTreeMap::new(),
            all_servers: None,
            variables: BTreeMap::new(),
            credentials: BTreeMap::new(),
            auth_params: AuthParams::default(),
            retry: RetryPolicy::default(),
            retry_explicit: false,
            hooks: Vec::new(),
            async_hooks: Vec::new(),
            #[cfg(feature = "middleware")]
            middleware: None,
            timeout: None,
            connect_timeout: None,
            user_agent: None,
            http: None,
        }
    }

    fn auth_param(&mut self, name: &str, value: String) {
        let params = std::mem::take(&mut self.auth_params);
        self.auth_params = params.set(name, value);
    }

    fn build(mut self) -> Result<Arc<Core>, Error> {
        let http = self.take_http().map_err(Error::Transport)?;
        Ok(self.finish(http))
    }

    fn build_or_default(mut self) -> Arc<Core> {
        let http = self.take_http().unwrap_or_default();
        self.finish(http)
    }

    /// The HTTP client given, or one built from these settings.
    fn take_http(&mut self) -> Result<reqwest::Client, reqwest::Error> {
        match self.http.take() {
            Some(h) => Ok(h),
            None => self.http_builder().build(),
        }
    }

    fn http_builder(&self) -> reqwest::ClientBuilder {
        let mut b = reqwest::Client::builder()
            .user_agent(
                self.user_agent
                    .clone()
                    .unwrap_or_else(|| format!("{}-client/rust", self.spec.name)),
            )
            // Follow redirects only on the same host: credentials in custom headers or
            // the query must never reach another one.
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

    /// A middleware stack was given and built-in retries were not asked for.
    fn middleware_owns_retries(&self) -> bool {
        #[cfg(feature = "middleware")]
        let stack = self.middleware.is_some();
        #[cfg(not(feature = "middleware"))]
        let stack = false;
        stack && !self.retry_explicit
    }

    fn finish(self, http: reqwest::Client) -> Arc<Core> {
        let owns_retries = self.middleware_owns_retries();
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
        Arc::new(Core {
            http,
            spec: self.spec,
            base_url,
            servers: self.servers,
            all_servers: self.all_servers,
            variables,
            credentials: self.credentials,
            auth_params: self.auth_params,
            retry: if owns_retries {
                RetryPolicy::none()
            } else {
                self.retry
            },
            hooks: self.hooks,
            async_hooks: self.async_hooks,
            #[cfg(feature = "middleware")]
            middleware: self.middleware,
        })
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

    pub(super) fn url(&self, req: &Request) -> Result<reqwest::Url, String> {
        let base = self.server_for(req.op);
        if let Some(link) = &req.url {
            // A next-page link: relative to the server, and on it (credentials go along).
            let server = reqwest::Url::parse(&base).map_err(|e| format!("URL {base:?}: {e}"))?;
            let url = server
                .join(link)
                .map_err(|e| format!("next page link {link:?}: {e}"))?;
            if url.origin() != server.origin() {
                return Err(format!(
                    "next page link {link:?} leaves the server {}",
                    server.origin().ascii_serialization()
                ));
            }
            return Ok(url);
        }
        let joined = format!("{}{}", base.trim_end_matches('/'), req.path);
        let mut url = reqwest::Url::parse(&joined).map_err(|e| format!("URL {joined:?}: {e}"))?;
        if !req.query.is_empty() {
            let mut q = url.query().map(str::to_string).unwrap_or_default();
            for (k, v) in &req.query {
                if !q.is_empty() {
                    q.push('&');
                }
                q.push_str(k);
                q.push('=');
                q.push_str(v);
            }
            url.set_query(Some(&q));
        }
        Ok(url)
    }

    /// Which requirement alternative to satisfy: the first whose schemes all have credentials.
    pub(super) fn pick_security(&self, op: &OperationSpec) -> Option<&'static [&'static str]> {
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
    pub(super) async fn build_request(
        &self,
        req: &mut Request,
        opts: &RequestOptions,
        stale: Option<&str>,
    ) -> Result<(reqwest::Request, Option<String>), Error<Infallible>> {
        if let Some(e) = &req.error {
            return Err(Error::InvalidRequest(e.clone()));
        }
        let mut url = self.url(req).map_err(Error::InvalidRequest)?;
        let method = req.op.method.to_method();
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
                    cookies.push((cookie_component(name), cookie_component(key.expose())))
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
                    )))
                }
                (_, None) => {}
            }
        }
        if !authorized {
            // Structured Authorization schemes still identify the client (Jellyfin's
            // AuthenticateByName wants Client/Device/DeviceId/Version, without a token).
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
            let c: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            headers.push(("cookie".into(), c.join("; ")));
        }
        headers.extend(opts.headers.iter().cloned());

        let mut out = reqwest::Request::new(method, url);
        for (k, v) in headers {
            let name = HeaderName::from_bytes(k.as_bytes())
                .map_err(|e| Error::InvalidRequest(format!("header name {k:?}: {e}")))?;
            // HeaderValue refuses CR, LF and NUL: header injection is an error, not a request.
            let value = HeaderValue::from_str(&v).map_err(|_| Error::InvalidRequest(format!("header {k}: value contains characters not allowed in a header (CR, LF or control)")))?;
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
            #[cfg(feature = "multipart")]
            Some(Body::Multipart(form)) => {
                let form = form.take().ok_or_else(|| {
                    Error::InvalidRequest("a multipart body can be sent once".into())
                })?;
                // reqwest's own builder sets the boundary and, when every part's length is
                // known (in-memory parts, streams with a length), a Content-Length instead
                // of chunked encoding, which some upload endpoints refuse.
                let mut encoded = self
                    .http
                    .request(out.method().clone(), out.url().clone())
                    .multipart(form)
                    .build()
                    .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                for name in [
                    reqwest::header::CONTENT_TYPE,
                    reqwest::header::CONTENT_LENGTH,
                ] {
                    if let Some(v) = encoded.headers_mut().remove(&name) {
                        out.headers_mut().insert(name, v);
                    }
                }
                *out.body_mut() = encoded.body_mut().take();
            }
            #[cfg(feature = "stream")]
            Some(Body::Upload { content_type, body }) => {
                let ct = HeaderValue::from_str(content_type)
                    .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                out.headers_mut().insert(reqwest::header::CONTENT_TYPE, ct);
                let (body, length) = body.open().await?;
                // hyper sends a body of unknown size with the Content-Length given, instead
                // of chunked encoding, which some upload endpoints refuse.
                if let Some(length) = length {
                    out.headers_mut()
                        .insert(reqwest::header::CONTENT_LENGTH, HeaderValue::from(length));
                }
                *out.body_mut() = Some(body);
            }
            None => {}
        }
        if let Some(t) = opts.timeout {
            *out.timeout_mut() = Some(t);
        }
        Ok((out, used_token))
    }

    /// Transport errors carry the request URL, and their messages end up in logs: replace
    /// the value of any API key sent in the query with `***`.
    fn redact(&self, mut e: reqwest::Error) -> reqwest::Error {
        let names: Vec<&str> = self
            .spec
            .schemes
            .iter()
            .filter_map(|s| match s.kind {
                SchemeKind::ApiKeyQuery(name) => Some(name),
                _ => None,
            })
            .collect();
        if let Some(url) = e.url_mut() {
            if url.query().is_some() && !names.is_empty() {
                let pairs: Vec<(String, String)> = url
                    .query_pairs()
                    .map(|(k, v)| {
                        let v = if names.contains(&k.as_ref()) {
                            "***".to_string()
                        } else {
                            v.into_owned()
                        };
                        (k.into_owned(), v)
                    })
                    .collect();
                url.query_pairs_mut().clear().extend_pairs(pairs);
            }
        }
        e
    }

    /// Send a request with authentication, retries and hooks; return the raw response.
    pub async fn execute<E>(
        &self,
        req: Request,
        opts: RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        self.send(req, opts).await.map_err(Error::widen)
    }

    /// [`Core::execute`] before the operation's error type is known. Not generic, so the
    /// request machinery (auth, retries, hooks) is compiled once rather than once per
    /// operation: a crate of 500 operations would otherwise build it 500 times.
    pub async fn send(
        &self,
        req: Request,
        opts: RequestOptions,
    ) -> Result<RawResponse, Error<Infallible>> {
        use tracing::Instrument as _;
        let span = trace::request_span(self.spec, req.op);
        let raw_op = req.op;
        async {
            let response = self.execute_inner(req, opts, &span).await?;
            let status = response.status();
            let headers = response.headers().clone();
            let body = response
                .bytes()
                .await
                .map_err(|e| Error::Transport(self.redact(e)))?;
            let mut raw = RawResponse {
                status,
                headers,
                body,
            };
            // Async hooks see the whole response, so only buffered ones: a streamed body
            // is the caller's to read (`send_stream`).
            for hook in &self.async_hooks {
                hook.on_response(raw_op, &mut raw)
                    .await
                    .map_err(Error::Hook)?;
            }
            Ok(raw)
        }
        .instrument(span.clone())
        .await
    }

    /// [`Core::execute`] without reading the body: the response once its status and
    /// headers are in, the body a [`ByteStream`] to read as it arrives. Retries (and a
    /// token refresh on 401) happen before a body is handed out, never after.
    pub async fn execute_stream<E>(
        &self,
        req: Request,
        opts: RequestOptions,
    ) -> Result<ResponseValue<ByteStream>, Error<E>> {
        self.send_stream(req, opts).await.map_err(Error::widen)
    }

    /// [`Core::execute_stream`] before the operation's error type is known (not generic,
    /// as [`Core::send`]).
    pub async fn send_stream(
        &self,
        req: Request,
        opts: RequestOptions,
    ) -> Result<ResponseValue<ByteStream>, Error<Infallible>> {
        use tracing::Instrument as _;
        let span = trace::request_span(self.spec, req.op);
        let response = self
            .execute_inner(req, opts, &span)
            .instrument(span.clone())
            .await?;
        let status = response.status();
        let headers = response.headers().clone();
        Ok(ResponseValue::new(
            status,
            headers,
            ByteStream::from_response(response),
        ))
    }

    /// Send one attempt: through the middleware stack when there is one. The outer `Err`
    /// is a middleware's own error (not a transport one), as its message.
    async fn dispatch(
        &self,
        request: reqwest::Request,
    ) -> Result<Result<reqwest::Response, reqwest::Error>, String> {
        #[cfg(feature = "middleware")]
        if let Some(stack) = &self.middleware {
            return match stack.execute(request).await {
                Ok(response) => Ok(Ok(response)),
                Err(reqwest_middleware::Error::Reqwest(e)) => Ok(Err(e)),
                Err(reqwest_middleware::Error::Middleware(e)) => Err(format!("middleware: {e:#}")),
            };
        }
        Ok(self.http.execute(request).await)
    }

    async fn execute_inner(
        &self,
        mut req: Request,
        opts: RequestOptions,
        span: &tracing::Span,
    ) -> Result<reqwest::Response, Error<Infallible>> {
        let replayable = req.body.as_ref().is_none_or(Body::replayable);
        let may_retry = self.retry.allows(req.op.method) && replayable;
        let mut attempt: u32 = 0;
        let mut stale: Option<String> = None;
        let mut refreshed = false;
        loop {
            span.record("attempt", attempt + 1);
            let (mut http_req, used_token) = self
                .build_request(&mut req, &opts, stale.as_deref())
                .await?;
            for hook in &self.hooks {
                hook.on_request(req.op, &mut http_req)
                    .map_err(Error::Hook)?;
            }
            for hook in &self.async_hooks {
                hook.on_request(req.op, &mut http_req)
                    .await
                    .map_err(Error::Hook)?;
            }
            let result = match self.dispatch(http_req).await {
                Ok(result) => result,
                Err(message) => return Err(Error::Hook(message)),
            };
            let retry_in = match &result {
                Err(e) if e.is_connect() && may_retry => self.retry.after_connect_error(attempt),
                Err(_) => None,
                Ok(resp) => {
                    span.record("status", resp.status().as_u16());
                    for hook in &self.hooks {
                        hook.on_response(req.op, resp.status(), resp.headers());
                    }
                    if resp.status() == StatusCode::UNAUTHORIZED
                        && used_token.is_some()
                        && !refreshed
                        && replayable
                    {
                        // The token was refused: refresh once and try again (only when the
                        // body can be sent again; otherwise the 401 itself is the answer).
                        refreshed = true;
                        stale = used_token;
                        continue;
                    }
                    if may_retry {
                        self.retry
                            .after_response(resp.status(), resp.headers(), attempt)
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
                (None, Err(e)) => return Err(Error::Transport(self.redact(e))),
                (None, Ok(resp)) => return Ok(resp),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate_api::*;

    mod crate_api {
        use super::super::super::{ApiSpec, HttpMethod, OperationSpec, SchemeKind, SchemeSpec};

        pub static API: ApiSpec = ApiSpec {
            name: "pets",
            default_server: "https://{region}.example.com/v1",
            server_variables: &[("region", "eu")],
            schemes: &[
                SchemeSpec {
                    name: "key",
                    kind: SchemeKind::ApiKeyQuery("api_key"),
                },
                SchemeSpec {
                    name: "header_key",
                    kind: SchemeKind::ApiKeyHeader("X-Key"),
                },
                SchemeSpec {
                    name: "cookie_key",
                    kind: SchemeKind::ApiKeyCookie("sid"),
                },
                SchemeSpec {
                    name: "basic",
                    kind: SchemeKind::Basic,
                },
                SchemeSpec {
                    name: "media",
                    kind: SchemeKind::AuthParams {
                        scheme: "MediaBrowser",
                        header: "Authorization",
                        params: &["Client", "Token"],
                        always: &["Client"],
                        secret: &["Token"],
                    },
                },
            ],
        };

        pub static OPEN: OperationSpec = OperationSpec {
            id: "open",
            method: HttpMethod::Get,
            path: "/open",
            security: &[],
            servers: &[],
            accept: Some("application/json"),
        };

        /// Either the query key, or the header key together with basic auth.
        pub static GUARDED: OperationSpec = OperationSpec {
            id: "guarded",
            method: HttpMethod::Get,
            path: "/guarded",
            security: &[&["key"], &["header_key", "basic"]],
            servers: &["https://files.example.com"],
            accept: None,
        };

        pub static MEDIA: OperationSpec = OperationSpec {
            id: "media",
            method: HttpMethod::Post,
            path: "/media",
            security: &[&["media"], &["cookie_key"]],
            servers: &[],
            accept: None,
        };
    }

    struct Client(Arc<Core>);

    impl FromCore for Client {
        fn from_core(core: Arc<Core>) -> Self {
            Client(core)
        }
        fn core(&self) -> &Arc<Core> {
            &self.0
        }
    }

    fn builder() -> ClientBuilder<Client> {
        ClientBuilder::new(&API)
    }

    /// Build the request `core` would send for `op` (no credential here awaits anything:
    /// one poll finishes it).
    fn built(core: &Core, op: &'static OperationSpec) -> reqwest::Request {
        let mut request = Request::new(op);
        let options = RequestOptions::default();
        let future = core.build_request(&mut request, &options, None);
        let mut future = std::pin::pin!(future);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(result) => result.unwrap().0,
            std::task::Poll::Pending => panic!("building a request waited"),
        }
    }

    fn header<'r>(request: &'r reqwest::Request, name: &str) -> Option<&'r str> {
        request.headers().get(name).map(|v| v.to_str().unwrap())
    }

    use std::future::Future as _;

    #[test]
    fn servers_come_from_the_spec_unless_replaced() {
        let client = builder().build().unwrap();
        assert_eq!(client.0.base_url(), "https://eu.example.com/v1");
        assert_eq!(
            built(&client.0, &OPEN).url().as_str(),
            "https://eu.example.com/v1/open"
        );
        let client = builder().server_variable("region", "us").build().unwrap();
        assert_eq!(client.0.base_url(), "https://us.example.com/v1");
        let client = builder()
            .base_url("http://127.0.0.1:8080/")
            .server("https://files.example.com", "http://127.0.0.1:9000")
            .build()
            .unwrap();
        assert_eq!(
            built(&client.0, &OPEN).url().as_str(),
            "http://127.0.0.1:8080/open"
        );
        let guarded = built(&client.0, &GUARDED);
        assert_eq!(guarded.url().as_str(), "http://127.0.0.1:9000/guarded");
        let client = builder().all_servers("http://proxy").build().unwrap();
        assert_eq!(
            built(&client.0, &GUARDED).url().as_str(),
            "http://proxy/guarded"
        );
    }

    #[test]
    fn the_first_alternative_with_every_credential_is_applied() {
        // Nothing configured: nothing sent.
        let client = builder().build().unwrap();
        let request = built(&client.0, &GUARDED);
        assert_eq!(request.url().query(), None);
        assert_eq!(header(&request, "authorization"), None);
        // The header key alone does not satisfy `header_key + basic`.
        let client = builder()
            .credential("header_key", Credential::api_key("H"))
            .build()
            .unwrap();
        assert_eq!(header(&built(&client.0, &GUARDED), "x-key"), None);
        let client = builder()
            .credential("header_key", Credential::api_key_with_prefix("H", "Key"))
            .credential("basic", Credential::basic("ann", "pw"))
            .build()
            .unwrap();
        let request = built(&client.0, &GUARDED);
        assert_eq!(header(&request, "x-key"), Some("Key H"));
        assert_eq!(header(&request, "authorization"), Some("Basic YW5uOnB3"));
        // The query key comes first when configured; only it is sent.
        let client = builder()
            .credential("key", Credential::api_key("Q K"))
            .credential("header_key", Credential::api_key("H"))
            .credential("basic", Credential::basic("ann", "pw"))
            .build()
            .unwrap();
        let request = built(&client.0, &GUARDED);
        assert_eq!(request.url().query(), Some("api_key=Q+K"));
        assert_eq!(header(&request, "x-key"), None);
        // An operation without security sends none of it.
        let open = built(&client.0, &OPEN);
        assert_eq!(open.url().query(), None);
        assert_eq!(header(&open, "accept"), Some("application/json"));
    }

    #[test]
    fn structured_authorization_sends_client_info_always_and_the_token_when_set() {
        let client = builder().auth_param("Client", "app \"1\"").build().unwrap();
        let request = built(&client.0, &MEDIA);
        assert_eq!(
            header(&request, "authorization"),
            Some(r#"MediaBrowser Client="app \"1\"""#)
        );
        let client = Client::from_core(Arc::new(client.0.with_auth_param("Token", "T")));
        let request = built(&client.0, &MEDIA);
        assert_eq!(
            header(&request, "authorization"),
            Some(r#"MediaBrowser Client="app \"1\"", Token="T""#)
        );
        let client = builder()
            .credential("cookie_key", Credential::api_key("a b"))
            .build()
            .unwrap();
        assert_eq!(
            header(&built(&client.0, &MEDIA), "cookie"),
            Some("sid=a%20b")
        );
    }

    #[test]
    fn a_header_value_with_cr_or_lf_is_an_invalid_request() {
        let client = builder().build().unwrap();
        let mut request = Request::new(&OPEN);
        request.header("X-Name", &"a\r\nInjected: 1");
        let options = RequestOptions::default();
        let future = client.0.build_request(&mut request, &options, None);
        let mut future = std::pin::pin!(future);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(Err(Error::InvalidRequest(m))) => {
                assert!(m.starts_with("header X-Name:"), "{m}")
            }
            other => panic!("{:?}", other.map(|r| r.map(|(req, _)| req))),
        }
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let builder = builder().credential("basic", Credential::basic("ann", "PASSWORD-1"));
        assert!(!format!("{builder:?}").contains("PASSWORD-1"));
        let client = builder.auth_param("Token", "TOKEN-2").build().unwrap();
        let shown = format!("{:?}", client.0);
        assert!(
            !shown.contains("PASSWORD-1") && !shown.contains("TOKEN-2"),
            "{shown}"
        );
    }
}
