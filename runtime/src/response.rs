//! Responses: the typed [`ResponseValue`] a call returns, the [`RawResponse`] it is
//! decoded from, and [`Sending`], the future that turns one into the other.

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::Error;

/// A decoded response: the typed body with the status and headers it came with.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseValue<T> {
    status: StatusCode,
    headers: HeaderMap,
    pub(super) body: T,
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
    /// A documented success status: the body decoded with `decode` (one of the `decode_*`
    /// functions) as the call's value, with this response's status and headers.
    ///
    /// # Errors
    ///
    /// [`Error::Decode`], keeping the response, when the body does not decode.
    pub fn value<T, E>(
        self,
        decode: fn(&Self) -> Result<T, Error<E>>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let body = decode(&self)?;
        Ok(self.into_value(body))
    }
    /// A documented error status: the body decoded with `decode` (one of the `decode_*`
    /// functions) into the operation's error `variant`, as [`Error::Api`].
    ///
    /// # Errors
    ///
    /// Always: [`Error::Api`] with the variant, or [`Error::Decode`] when the body does not
    /// decode.
    pub fn error<B, T, E>(
        self,
        decode: fn(&Self) -> Result<B, Error<E>>,
        variant: fn(B) -> E,
    ) -> Result<T, Error<E>> {
        let body = decode(&self)?;
        self.api_error(variant(body))
    }
    /// A documented success status with a JSON body: [`value`](Self::value) with
    /// [`decode_json`](super::decode_json).
    ///
    /// # Errors
    ///
    /// [`Error::Decode`], keeping the response, when the body is not JSON of type `T`.
    ///
    /// ```
    /// use clientgen_runtime::{Error, RawResponse, ResponseValue, StatusCode};
    ///
    /// let raw = RawResponse { status: StatusCode::OK, headers: Default::default(), body: "[1,2]".into() };
    /// let value: Result<ResponseValue<Vec<u8>>, Error> = raw.json();
    /// assert_eq!(value.unwrap().into_body(), [1, 2]);
    /// ```
    pub fn json<T: DeserializeOwned, E>(self) -> Result<ResponseValue<T>, Error<E>> {
        // Decoded here rather than through `value(decode_json)`: one function per operation.
        match serde_json::from_slice(&self.body) {
            Ok(body) => Ok(ResponseValue {
                status: self.status,
                headers: self.headers,
                body,
            }),
            Err(e) => Err(self.undecodable(&e).widen()),
        }
    }
    /// A documented error status with a JSON body: [`error`](Self::error) with
    /// [`decode_json`](super::decode_json).
    ///
    /// # Errors
    ///
    /// Always: [`Error::Api`] with the variant, or [`Error::Decode`] when the body is not
    /// JSON of the variant's type.
    ///
    /// ```
    /// use clientgen_runtime::{Error, RawResponse, StatusCode};
    ///
    /// #[derive(Debug)]
    /// enum GetPetError { NotFound(String) }
    ///
    /// let raw = RawResponse { status: StatusCode::NOT_FOUND, headers: Default::default(), body: "\"gone\"".into() };
    /// let error: Result<(), Error<GetPetError>> = raw.json_error(GetPetError::NotFound);
    /// assert!(matches!(error, Err(Error::Api(e)) if matches!(e.body(), GetPetError::NotFound(m) if m == "gone")));
    /// ```
    pub fn json_error<B: DeserializeOwned, T, E>(self, variant: fn(B) -> E) -> Result<T, Error<E>> {
        // `variant` is a function pointer, so an operation's error statuses with the same
        // body type share one instance of this function.
        match serde_json::from_slice(&self.body) {
            Ok(body) => Err(Error::Api(Box::new(ResponseValue {
                status: self.status,
                headers: self.headers,
                body: variant(body),
            }))),
            Err(e) => Err(self.undecodable(&e).widen()),
        }
    }
    /// [`Error::Decode`] for this response, which a decoder (`json`, `json_error`, the
    /// `decode_*` functions) could not decode: not generic (every type's and operation's
    /// decoding shares it; `widen` types it for the operation, and every operation has that
    /// instance already).
    pub(super) fn undecodable(self, message: &dyn fmt::Display) -> Error<Infallible> {
        Error::Decode {
            message: message.to_string(),
            response: Box::new(self),
        }
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

/// How an operation decodes its response: by status, into its success type `T` or one of
/// its documented errors `E`.
pub type Decode<T, E> = fn(RawResponse) -> Result<ResponseValue<T>, Error<E>>;

/// A request on its way (what an operation's `send()` returns): awaiting it sends the
/// request with the client's authentication, retries and hooks, then decodes the response
/// with the operation's [`Decode`].
///
/// A named future rather than an `async fn` per operation: the sending is compiled once,
/// here, and each operation adds only its decoding function and this future's `poll` (a
/// single match), which keeps large generated crates quicker to build. A request builder's
/// `IntoFuture` is this future too, so awaiting the builder boxes nothing more.
#[must_use = "a request does nothing until it is awaited"]
pub struct Sending<'a, T, E> {
    response: RawSending<'a>,
    decode: Decode<T, E>,
}

/// The raw response on its way: [`Core::send`](super::Core::send)'s future, boxed (one
/// type whatever the operation).
type RawSending<'a> =
    Pin<Box<dyn Future<Output = Result<RawResponse, Error<Infallible>>> + Send + 'a>>;

impl<'a, T, E> Sending<'a, T, E> {
    /// Awaits `response`, then decodes it with `decode`.
    pub fn new(
        response: impl Future<Output = Result<RawResponse, Error<Infallible>>> + Send + 'a,
        decode: Decode<T, E>,
    ) -> Self {
        Sending {
            response: Box::pin(response),
            decode,
        }
    }
}

impl<T, E> Future for Sending<'_, T, E> {
    type Output = Result<ResponseValue<T>, Error<E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // One match per operation: the boxed future is polled through a `&mut` (the struct
        // is `Unpin`), with no `Poll::map` closure or `Pin` projection to instantiate.
        let this = Pin::into_inner(self);
        match this.response.as_mut().poll(cx) {
            Poll::Ready(Ok(raw)) => Poll::Ready((this.decode)(raw)),
            Poll::Ready(Err(e)) => Poll::Ready(Err(e.widen())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T, E> std::fmt::Debug for Sending<'_, T, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sending")
    }
}

#[cfg(test)]
mod tests {
    use super::super::decode_text;
    use super::*;

    fn raw(status: u16, body: &'static str) -> RawResponse {
        RawResponse {
            status: StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            body: bytes::Bytes::from_static(body.as_bytes()),
        }
    }

    #[derive(Debug, PartialEq)]
    enum Failure {
        NotFound(Vec<u32>),
        Teapot(String),
    }

    #[test]
    fn success_bodies_decode_into_the_value_with_status_and_headers() {
        let value: ResponseValue<Vec<u32>> = raw(201, "[1, 2]").json::<_, ()>().unwrap();
        assert_eq!(
            (value.status().as_u16(), value.into_body()),
            (201, vec![1, 2])
        );
        let text = raw(200, "caf\u{e9}").value::<_, ()>(decode_text).unwrap();
        assert_eq!(text.into_body(), "caf\u{e9}");
        match raw(200, "{}").json::<Vec<u32>, ()>() {
            Err(Error::Decode { response, .. }) => assert_eq!(response.body.as_ref(), b"{}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn error_bodies_decode_into_the_variant_as_an_api_error() {
        match raw(404, "[3]").json_error::<_, (), _>(Failure::NotFound) {
            Err(Error::Api(e)) => {
                assert_eq!(e.status().as_u16(), 404);
                assert_eq!(e.into_body(), Failure::NotFound(vec![3]));
            }
            other => panic!("{other:?}"),
        }
        match raw(418, "short").error::<_, (), _>(decode_text, Failure::Teapot) {
            Err(Error::Api(e)) => assert_eq!(e.into_body(), Failure::Teapot("short".into())),
            other => panic!("{other:?}"),
        }
        // A body that does not decode is a decoding error keeping the response, not the variant.
        match raw(404, "{\"not\": 1}").json_error::<_, (), _>(Failure::NotFound) {
            Err(Error::Decode { response, .. }) => assert_eq!(response.status.as_u16(), 404),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sending_decodes_the_response_or_passes_the_failure_on() {
        fn decode(raw: RawResponse) -> Result<ResponseValue<Vec<u32>>, Error<Failure>> {
            match raw.status.as_u16() {
                200 => raw.json(),
                404 => raw.json_error(Failure::NotFound),
                _ => Err(Error::UnexpectedStatus(Box::new(raw))),
            }
        }
        let run = |response: Result<RawResponse, Error<Infallible>>| {
            futures_util::FutureExt::now_or_never(Sending::new(async { response }, decode))
                .expect("ready")
        };
        assert_eq!(run(Ok(raw(200, "[1]"))).unwrap().into_body(), vec![1]);
        match run(Ok(raw(404, "[2]"))) {
            Err(Error::Api(e)) => assert_eq!(e.into_body(), Failure::NotFound(vec![2])),
            other => panic!("{other:?}"),
        }
        match run(Err(Error::InvalidRequest("no host".into()))) {
            Err(Error::InvalidRequest(m)) => assert_eq!(m, "no host"),
            other => panic!("{other:?}"),
        }
        // Nothing is sent (or decoded) before the future is polled.
        let polled = std::sync::atomic::AtomicBool::new(false);
        let sending = Sending::new(
            async {
                polled.store(true, std::sync::atomic::Ordering::SeqCst);
                Ok(raw(200, "[]"))
            },
            decode,
        );
        assert!(!polled.load(std::sync::atomic::Ordering::SeqCst));
        drop(sending);
    }
}
