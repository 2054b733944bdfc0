//! [`Error`]: everything a call can fail with.

use std::convert::Infallible;
use std::fmt;

use reqwest::StatusCode;

use super::{RawResponse, ResponseValue};

/// Everything a call can fail with. `E` is the operation's documented error statuses (a
/// generated enum per operation); `Error` alone (`E = ()`) is what building a client can
/// fail with.
///
/// ```
/// use clientgen_runtime::{Error, RawResponse, StatusCode};
///
/// let raw = RawResponse { status: StatusCode::BAD_GATEWAY, headers: Default::default(), body: "down".into() };
/// let e: Error = Error::UnexpectedStatus(Box::new(raw));
/// assert_eq!(e.status(), Some(StatusCode::BAD_GATEWAY));
/// assert_eq!(e.to_string(), "unexpected status 502 Bad Gateway: down");
/// ```
#[derive(Debug)]
#[non_exhaustive]
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
        /// The response, status, headers and body as received.
        response: Box<RawResponse>,
        /// What the decoder said.
        message: String,
    },
    /// A user hook refused the request or the response, or a middleware failed (its
    /// message, prefixed `middleware: `).
    Hook(String),
    /// A file could not be read or written (an upload from a file, a download written to
    /// one): the path and what the system said.
    Io(String),
}

/// The documented errors of an operation whose spec documents no error status: the
/// operation's `…Error` type is an alias of this enum, which has no variant (every error
/// status it answers with is [`Error::UnexpectedStatus`]). `#[non_exhaustive]` like every
/// generated error enum: a `match` on it needs a wildcard arm, so a spec that later
/// documents an error status (the alias then names an enum with variants) breaks no caller.
///
/// ```
/// use clientgen_runtime::{Error, NoDocumentedErrors};
///
/// fn describe(e: &Error<NoDocumentedErrors>) -> String {
///     match e {
///         Error::UnexpectedStatus(raw) => format!("status {}", raw.status),
///         other => other.to_string(),
///     }
/// }
/// assert_eq!(describe(&Error::Hook("refused".into())), "request refused by hook: refused");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum NoDocumentedErrors {}

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
            Error::Io(m) => Error::Io(m),
        }
    }
}

impl Error<Infallible> {
    /// The same error, typed for an operation whose documented errors are `E` (this one
    /// carries none: it comes from before a response was decoded).
    pub fn widen<E>(self) -> Error<E> {
        // Spelled out rather than `map_api` with a closure: every operation instantiates
        // this, so it is kept to one function.
        match self {
            Error::InvalidRequest(m) => Error::InvalidRequest(m),
            Error::Auth(m) => Error::Auth(m),
            Error::Transport(e) => Error::Transport(e),
            Error::Api(v) => match v.body {},
            Error::UnexpectedStatus(r) => Error::UnexpectedStatus(r),
            Error::Decode { response, message } => Error::Decode { response, message },
            Error::Hook(m) => Error::Hook(m),
            Error::Io(m) => Error::Io(m),
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
            Error::UnexpectedStatus(r) => write!(
                f,
                "unexpected status {}: {}",
                r.status,
                truncate(&r.text(), 512)
            ),
            Error::Decode { response, message } => {
                write!(
                    f,
                    "could not decode the {} response: {message}",
                    response.status
                )
            }
            Error::Hook(m) => write!(f, "request refused by hook: {m}"),
            Error::Io(m) => write!(f, "file error: {m}"),
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

/// At most `max` characters of `s` (messages quote bodies, which can be large).
pub(super) fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    fn raw(status: u16, body: &str) -> Box<RawResponse> {
        Box::new(RawResponse {
            status: StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            body: bytes::Bytes::from(body.to_string()),
        })
    }

    #[test]
    fn each_kind_says_what_failed_and_keeps_the_status() {
        let api: Error<&str> = raw(404, "").api_error::<(), _>("no such user").unwrap_err();
        assert_eq!(api.status(), Some(StatusCode::NOT_FOUND));
        assert_eq!(api.api().map(|v| *v.body()), Some("no such user"));
        assert_eq!(
            api.to_string(),
            "error response 404 Not Found: \"no such user\""
        );
        let decode: Error = Error::Decode {
            response: raw(200, "{"),
            message: "EOF".into(),
        };
        assert_eq!(decode.status(), Some(StatusCode::OK));
        assert_eq!(
            decode.to_string(),
            "could not decode the 200 OK response: EOF"
        );
        let invalid: Error = Error::InvalidRequest("header x: CR".into());
        assert_eq!(invalid.status(), None);
        assert!(invalid.api().is_none());
        assert_eq!(invalid.to_string(), "invalid request: header x: CR");
        assert_eq!(
            Error::<()>::Hook("no".into()).to_string(),
            "request refused by hook: no"
        );
    }

    #[test]
    fn an_unexpected_status_quotes_at_most_512_characters_of_the_body() {
        let long = "é".repeat(600);
        let e: Error = Error::UnexpectedStatus(raw(500, &long));
        let shown = e.to_string();
        assert!(shown.starts_with("unexpected status 500 Internal Server Error: é"));
        assert_eq!(shown.chars().filter(|c| *c == 'é').count(), 512);
    }

    #[test]
    fn runtime_errors_widen_to_any_operation_error_type() {
        let e: Error<Infallible> = Error::Auth("token endpoint answered 500".into());
        let widened: Error<String> = e.widen();
        assert!(matches!(widened, Error::Auth(m) if m.contains("500")));
        let unexpected: Error<Infallible> = Error::UnexpectedStatus(raw(418, "teapot"));
        let widened: Error<u8> = unexpected.widen();
        assert_eq!(widened.status(), Some(StatusCode::IM_A_TEAPOT));
    }
}
