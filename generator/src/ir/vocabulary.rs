//! OpenAPI's and HTTP's words as types: methods, parameter locations, response statuses,
//! body decodings, multipart part kinds, HTTP auth schemes and OAuth2 flows. Each is
//! serialized as the spec's word, which is what templates see.

use serde::{Serialize, Serializer};

/// An HTTP method a path item can hold (OpenAPI 3.2 adds `query`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
    /// OpenAPI 3.2's `query` (the HTTP QUERY method).
    Query,
}

impl Method {
    /// Every method, in the order OpenAPI lists a path item's fields.
    pub const ALL: [Method; 9] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
        Method::Query,
    ];

    /// The path item's key for it (`get`).
    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
            Method::Query => "query",
        }
    }

    /// The method for a path item key (`get` → [`Method::Get`]); `None` for other keys
    /// (`parameters`, `servers`, extensions).
    pub fn from_key(key: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The keys of every method, for walking a path item.
    pub fn keys() -> impl Iterator<Item = &'static str> + Clone {
        Method::ALL.into_iter().map(Method::key)
    }

    /// Whether Swagger 2.0 has it (it lacks `trace` and `query`).
    pub fn in_swagger2(self) -> bool {
        !matches!(self, Method::Trace | Method::Query)
    }

    /// The method as sent on the wire (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
            Method::Query => "QUERY",
        }
    }
}

impl Serialize for Method {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a parameter (or an API key) goes: OpenAPI's `in`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

impl Location {
    /// `in`'s value (`path`), as the spec writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        }
    }

    pub fn parse(word: &str) -> Option<Location> {
        [
            Location::Path,
            Location::Query,
            Location::Header,
            Location::Cookie,
        ]
        .into_iter()
        .find(|l| l.as_str() == word)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A key of `responses`: a status code, a class of them (`4XX`) or `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Code(u16),
    /// `4XX`: its first digit.
    Range(u16),
    Default,
}

impl Status {
    /// Whether a response under this status is a success: a 2xx code or `2XX`, or
    /// `default` when the operation documents no 2xx status.
    pub fn is_success(self, has_2xx: bool) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(d) => d == 2,
            Status::Default => !has_2xx,
        }
    }

    pub fn code(self) -> Option<u16> {
        match self {
            Status::Code(c) => Some(c),
            _ => None,
        }
    }

    pub fn range(self) -> Option<u16> {
        match self {
            Status::Range(d) => Some(d),
            _ => None,
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(c) => write!(f, "{c}"),
            Status::Range(d) => write!(f, "{d}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// Templates see `{text, code, range, default}`: `404`/`4XX`/`default` and its parts.
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Status", 4)?;
        st.serialize_field("text", &self.to_string())?;
        st.serialize_field("code", &self.code())?;
        st.serialize_field("range", &self.range())?;
        st.serialize_field("default", &(*self == Status::Default))?;
        st.end()
    }
}

/// How a response body is read, from its media types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decode {
    /// No content.
    None,
    Json,
    Xml,
    /// JSON and XML both documented: by the response's Content-Type.
    JsonOrXml,
    Text,
    Bytes,
}

impl Decode {
    /// Its name as templates see it (`json_or_xml`).
    pub fn as_str(self) -> &'static str {
        match self {
            Decode::None => "none",
            Decode::Json => "json",
            Decode::Xml => "xml",
            Decode::JsonOrXml => "json_or_xml",
            Decode::Text => "text",
            Decode::Bytes => "bytes",
        }
    }
}

/// How one multipart part is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// Binary (`format: binary`/`byte`): a `FilePart`.
    File,
    /// A scalar as text.
    Text,
    /// An object or array as JSON text.
    Json,
    /// In the style its `encoding` entry sets (as a Swagger 2.0 `collectionFormat`
    /// does): one text part per item.
    Styled,
}

/// An `http` security scheme's `scheme` (RFC 7235's auth scheme, case-insensitive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpScheme {
    Basic,
    Bearer,
    /// Another registered scheme (`digest`, …), lowercased: sent as a bearer token.
    Other(String),
}

impl HttpScheme {
    pub fn parse(word: &str) -> HttpScheme {
        match word.to_lowercase().as_str() {
            "basic" => HttpScheme::Basic,
            "bearer" => HttpScheme::Bearer,
            other => HttpScheme::Other(other.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            HttpScheme::Basic => "basic",
            HttpScheme::Bearer => "bearer",
            HttpScheme::Other(s) => s,
        }
    }
}

impl Serialize for HttpScheme {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An OAuth2 flow (a key of an OAuth Flows Object).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowKind {
    Implicit,
    Password,
    ClientCredentials,
    AuthorizationCode,
}

impl FlowKind {
    /// The flow for a key of `flows` (`clientCredentials`); `None` for other keys.
    pub fn parse(key: &str) -> Option<FlowKind> {
        Some(match key {
            "implicit" => FlowKind::Implicit,
            "password" => FlowKind::Password,
            "clientCredentials" => FlowKind::ClientCredentials,
            "authorizationCode" => FlowKind::AuthorizationCode,
            _ => return None,
        })
    }

    /// Its snake_case name (`client_credentials`), for method names.
    pub fn as_str(self) -> &'static str {
        match self {
            FlowKind::Implicit => "implicit",
            FlowKind::Password => "password",
            FlowKind::ClientCredentials => "client_credentials",
            FlowKind::AuthorizationCode => "authorization_code",
        }
    }

    /// Whether the runtime drives it (fetches or refreshes its tokens).
    pub fn driven(self) -> bool {
        matches!(
            self,
            FlowKind::ClientCredentials | FlowKind::AuthorizationCode
        )
    }
}
