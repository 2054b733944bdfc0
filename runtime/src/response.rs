//! Responses: the typed [`ResponseValue`] a call returns, and the [`RawResponse`] it is
//! decoded from.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::Error;

/// A decoded response: the typed body with the status and headers it came with.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseValue<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}

impl<T> ResponseValue<T> {
    /// A response with this status, headers and decoded body.
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
    /// The HTTP status code.
    pub status: StatusCode,
    /// All response headers.
    pub headers: HeaderMap,
    /// The body as received, not decoded.
    pub body: bytes::Bytes,
}

impl RawResponse {
    /// Wrap a decoded body with this response's status and headers.
    pub fn into_value<T>(self, body: T) -> ResponseValue<T> {
        ResponseValue::new(self.status, self.headers, body)
    }
    /// A documented error status: [`Error::Api`] with `error` and this response's status
    /// and headers.
    pub fn api_error<T, E>(self, error: E) -> Result<T, Error<E>> {
        Err(Error::Api(Box::new(self.into_value(error))))
    }
    /// The body as text (lossy), for messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// The Content-Type header's value (parameters included), or `""` when there is none.
    pub fn content_type(&self) -> &str {
        self.headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}
