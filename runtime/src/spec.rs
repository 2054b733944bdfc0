//! What generated code tells the runtime about the spec: the API's servers and security
//! schemes ([`ApiSpec`]), and each operation ([`OperationSpec`]), as `static` data.

/// The spec's description of the API (one `static API` per generated client).
#[derive(Debug)]
pub struct ApiSpec {
    /// The module name (the spec file's stem), for tracing and the default User-Agent.
    pub name: &'static str,
    /// The first top-level server URL (a template when it has variables).
    pub default_server: &'static str,
    /// Each server variable's default: (name, value).
    pub server_variables: &'static [(&'static str, &'static str)],
    /// `components/securitySchemes`.
    pub schemes: &'static [SchemeSpec],
}

/// One security scheme from `components/securitySchemes`.
#[derive(Debug)]
pub struct SchemeSpec {
    /// The scheme's name in the spec (what `security` requirements name).
    pub name: &'static str,
    /// How its credentials are sent.
    pub kind: SchemeKind,
}

/// How a security scheme's credentials are sent.
#[derive(Debug)]
pub enum SchemeKind {
    /// `type: apiKey, in: query`, with the parameter name.
    ApiKeyQuery(&'static str),
    /// `type: apiKey, in: header`, with the header name.
    ApiKeyHeader(&'static str),
    /// `type: apiKey, in: cookie`, with the cookie name.
    ApiKeyCookie(&'static str),
    /// An API-key header holding a structured value, `Scheme k="v", …`
    /// (`x-authorization-params`); `always` parameters go on every request.
    AuthParams {
        /// The scheme word that starts the value (`MediaBrowser`).
        scheme: &'static str,
        /// The header name (`Authorization`).
        header: &'static str,
        /// Every parameter, in the order they are sent.
        params: &'static [&'static str],
        /// Those sent on every request, authenticated or not (client info).
        always: &'static [&'static str],
        /// Those that make a request authenticated (`Token`).
        secret: &'static [&'static str],
    },
    /// `type: http, scheme: bearer`.
    Bearer,
    /// `type: http, scheme: basic`.
    Basic,
    /// OAuth2 / OpenID Connect: a bearer token from a [`TokenSource`](super::TokenSource).
    OAuth2 {
        /// The first flow's token URL, if any.
        token_url: Option<&'static str>,
    },
}

/// One operation, as the generated method describes it to the runtime.
#[derive(Debug)]
pub struct OperationSpec {
    /// The `operationId` (or the method name when the spec gives none).
    pub id: &'static str,
    /// The HTTP method, upper case (`GET`, `QUERY`…).
    pub method: &'static str,
    /// The path template (`/users/{id}`).
    pub path: &'static str,
    /// Alternatives (any one) of scheme sets (all of them). Empty: no authentication.
    pub security: &'static [&'static [&'static str]],
    /// Operation- or path-level servers: the first is used.
    pub servers: &'static [&'static str],
    /// The `Accept` header: the documented response media types.
    pub accept: Option<&'static str>,
}
