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

/// An operation's HTTP method, as generated code names it in static data (OpenAPI's path
/// item methods; 3.2's `query` is the HTTP QUERY method, which [`reqwest::Method`] has no
/// constant for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
    Trace,
    /// `QUERY` (OpenAPI 3.2).
    Query,
}

impl HttpMethod {
    /// The method as sent on the wire (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
            HttpMethod::Query => "QUERY",
        }
    }

    /// The method for the HTTP client.
    pub fn to_method(self) -> reqwest::Method {
        match self {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Put => reqwest::Method::PUT,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Delete => reqwest::Method::DELETE,
            HttpMethod::Options => reqwest::Method::OPTIONS,
            HttpMethod::Head => reqwest::Method::HEAD,
            HttpMethod::Patch => reqwest::Method::PATCH,
            HttpMethod::Trace => reqwest::Method::TRACE,
            // An extension method: a valid token, so `from_bytes` cannot fail on it.
            HttpMethod::Query => {
                reqwest::Method::from_bytes(b"QUERY").unwrap_or(reqwest::Method::POST)
            }
        }
    }

    /// Whether repeating the request is safe by HTTP's definition (RFC 9110 §9.2.2):
    /// every method but `POST` and `PATCH`.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, HttpMethod::Post | HttpMethod::Patch)
    }
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One operation, as the generated method describes it to the runtime.
#[derive(Debug)]
pub struct OperationSpec {
    /// The `operationId` (or the method name when the spec gives none).
    pub id: &'static str,
    /// The HTTP method.
    pub method: HttpMethod,
    /// The path template (`/users/{id}`).
    pub path: &'static str,
    /// Alternatives (any one) of scheme sets (all of them). Empty: no authentication.
    pub security: &'static [&'static [&'static str]],
    /// Operation- or path-level servers: the first is used.
    pub servers: &'static [&'static str],
    /// The `Accept` header: the documented response media types.
    pub accept: Option<&'static str>,
}

/// One constructor per [`HttpMethod`], taking the `operationId` and the path template.
macro_rules! method_constructors {
    ($($name:ident => $method:ident, $word:literal;)*) => {
        $(
            #[doc = concat!("A `", $word, "` operation: `id` at `path`, with no security,")]
            /// no servers of its own and no `Accept` header (the setters below add them).
            pub const fn $name(id: &'static str, path: &'static str) -> Self {
                Self::new(HttpMethod::$method, id, path)
            }
        )*
    };
}

/// Generated code declares each operation with a constant expression: the method's
/// constructor, then a setter for each part the spec gives.
///
/// ```
/// use clientgen_runtime::{HttpMethod, OperationSpec};
///
/// const OP: OperationSpec = OperationSpec::get("getItem", "/items/{id}")
///     .security(&[&["apiKey"], &[]])
///     .servers(&["https://items.example.com"])
///     .accept("application/json");
/// assert_eq!((OP.method, OP.path, OP.accept), (HttpMethod::Get, "/items/{id}", Some("application/json")));
/// assert_eq!((OP.security.len(), OP.servers.len()), (2, 1));
/// assert_eq!(OperationSpec::post("add", "/items").method, HttpMethod::Post);
/// ```
impl OperationSpec {
    /// An operation with `method`, `id` and `path`, and nothing else.
    pub const fn new(method: HttpMethod, id: &'static str, path: &'static str) -> Self {
        OperationSpec {
            id,
            method,
            path,
            security: &[],
            servers: &[],
            accept: None,
        }
    }

    method_constructors! {
        get => Get, "GET";
        put => Put, "PUT";
        post => Post, "POST";
        delete => Delete, "DELETE";
        options => Options, "OPTIONS";
        head => Head, "HEAD";
        patch => Patch, "PATCH";
        trace => Trace, "TRACE";
        query => Query, "QUERY";
    }

    /// The security requirement alternatives (any one) of scheme sets (all of them).
    pub const fn security(self, security: &'static [&'static [&'static str]]) -> Self {
        OperationSpec { security, ..self }
    }

    /// The operation's or path item's own servers (the first is used).
    pub const fn servers(self, servers: &'static [&'static str]) -> Self {
        OperationSpec { servers, ..self }
    }

    /// The `Accept` header.
    pub const fn accept(self, accept: &'static str) -> Self {
        OperationSpec {
            accept: Some(accept),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::HttpMethod;

    #[test]
    fn methods_reach_the_http_client_as_their_wire_names() {
        for m in [
            HttpMethod::Get,
            HttpMethod::Put,
            HttpMethod::Post,
            HttpMethod::Delete,
            HttpMethod::Options,
            HttpMethod::Head,
            HttpMethod::Patch,
            HttpMethod::Trace,
            HttpMethod::Query,
        ] {
            assert_eq!(m.to_method().as_str(), m.as_str());
            assert_eq!(m.to_string(), m.as_str());
        }
        assert!(HttpMethod::Query.is_idempotent() && !HttpMethod::Patch.is_idempotent());
    }

    #[test]
    fn each_constructor_names_its_method() {
        use super::OperationSpec as Op;
        let ops = [
            Op::get("a", "/"),
            Op::put("a", "/"),
            Op::post("a", "/"),
            Op::delete("a", "/"),
            Op::options("a", "/"),
            Op::head("a", "/"),
            Op::patch("a", "/"),
            Op::trace("a", "/"),
            Op::query("a", "/"),
        ];
        let words: Vec<&str> = ops.iter().map(|o| o.method.as_str()).collect();
        assert_eq!(
            words,
            ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"]
        );
        let bare = Op::get("a", "/");
        assert!(bare.security.is_empty() && bare.servers.is_empty() && bare.accept.is_none());
    }
}
