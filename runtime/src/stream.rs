//! Streamed response bodies: [`ByteStream`] (binary and large bodies, chunk by chunk, never
//! buffered whole) and [`JsonLines`] (`application/x-ndjson`, `application/jsonl`: one typed
//! item per line).

use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use bytes::{Buf, Bytes, BytesMut};
use futures_core::Stream;
use http_body_util::BodyDataStream;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::{Error, RawResponse, ResponseValue};

/// A response body as a [`Stream`] of [`Bytes`] chunks, in the sizes they arrive: memory
/// stays at about one chunk however large the body is. What a generated operation's
/// `send_stream()` returns for a binary body (`format: binary`, `application/octet-stream`,
/// `image/*`, `audio/*`, `video/*`).
///
/// Read it with `futures_util::StreamExt::next` (or any `Stream` combinator), or use
/// [`collect`](ByteStream::collect) (buffer it after all) and `write_to_file` (write it to
/// a file chunk by chunk; feature `stream`, so not linked here).
///
/// # Errors
///
/// Each item is `Ok(chunk)` or [`Error::Transport`] when the connection fails mid-body
/// (the stream ends after it). A stream is not retried: the bytes already handed out cannot
/// be taken back.
///
/// ```
/// # async fn demo() -> Result<(), clientgen_runtime::Error> {
/// use clientgen_runtime::ByteStream;
///
/// let body = ByteStream::from_body(clientgen_runtime::reqwest::Body::from("abc"), Some(3));
/// assert_eq!(body.content_length(), Some(3));
/// assert_eq!(body.collect().await?, "abc");
/// # Ok(()) }
/// ```
pub struct ByteStream {
    body: BodyDataStream<reqwest::Body>,
    length: Option<u64>,
}

impl ByteStream {
    /// A stream over `body`, whose length (the Content-Length) is `length` when known.
    pub fn from_body(body: reqwest::Body, length: Option<u64>) -> Self {
        ByteStream {
            body: BodyDataStream::new(body),
            length,
        }
    }

    /// The body of `response`, not read yet.
    pub(super) fn from_response(response: reqwest::Response) -> Self {
        let length = response.content_length();
        Self::from_body(response.into(), length)
    }

    /// The body's length in bytes as the response's Content-Length announced it, if it did
    /// (a chunked or compressed body has none).
    pub fn content_length(&self) -> Option<u64> {
        self.length
    }

    /// Read the rest of the body into memory.
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] when the connection fails before the end.
    pub async fn collect<E>(mut self) -> Result<Bytes, Error<E>> {
        let mut out = BytesMut::new();
        while let Some(chunk) = futures_util::StreamExt::next(&mut self).await {
            out.extend_from_slice(&chunk.map_err(retype)?);
        }
        Ok(out.freeze())
    }

    /// Write the rest of the body to a new file at `path` (replacing one that exists), chunk
    /// by chunk; returns the number of bytes written. Feature `stream`.
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] when the connection fails, [`Error::Io`] when the file cannot be
    /// created or written (what was written so far stays).
    #[cfg(feature = "stream")]
    pub async fn write_to_file<E>(
        mut self,
        path: impl AsRef<std::path::Path>,
    ) -> Result<u64, Error<E>> {
        use tokio::io::AsyncWriteExt as _;
        let path = path.as_ref();
        let io = |e: std::io::Error| Error::Io(format!("{}: {e}", path.display()));
        let mut file = tokio::fs::File::create(path).await.map_err(io)?;
        let mut written = 0u64;
        while let Some(chunk) = futures_util::StreamExt::next(&mut self).await {
            let chunk = chunk.map_err(retype)?;
            file.write_all(&chunk).await.map_err(io)?;
            written += chunk.len() as u64;
        }
        file.flush().await.map_err(io)?;
        Ok(written)
    }
}

/// A stream's error for an operation whose documented errors are `E`: a body's items only
/// fail in transport.
fn retype<E>(e: Error) -> Error<E> {
    match e {
        Error::Transport(e) => Error::Transport(e),
        other => Error::InvalidRequest(other.to_string()),
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::new(&mut self.body)
            .poll_next(cx)
            .map(|item| item.map(|r| r.map_err(Error::Transport)))
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("content_length", &self.length)
            .finish_non_exhaustive()
    }
}

impl ResponseValue<ByteStream> {
    /// Read the whole body: the buffered [`RawResponse`] the generated code decodes error
    /// statuses from.
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] when the connection fails before the end.
    pub async fn into_raw<E>(self) -> Result<RawResponse, Error<E>> {
        let (status, headers, body) = self.into_parts();
        Ok(RawResponse {
            status,
            headers,
            body: body.collect().await?,
        })
    }
}

/// A JSON Lines body (`application/x-ndjson`, `application/jsonl`, `application/json-seq`'s
/// cousin without record separators) as a [`Stream`] of typed items, one per line, decoded
/// as the lines arrive. Blank lines are skipped; a line may end in `\n` or `\r\n`; the last
/// line needs no newline. OpenAPI 3.2's `itemSchema` (else the `items` of an array schema)
/// gives `T`.
///
/// # Errors
///
/// An item is [`Error::Decode`] (the response's status and headers with the offending line
/// as its body) when a line is not JSON of type `T`, and [`Error::Transport`] when the
/// connection fails. The stream goes on after a line that does not decode.
///
/// ```
/// # async fn demo() -> Result<(), clientgen_runtime::Error> {
/// use clientgen_runtime::{reqwest, ByteStream, JsonLines, StatusCode};
/// use futures_util::StreamExt;
///
/// let body = ByteStream::from_body(reqwest::Body::from("{\"n\":1}\n\n{\"n\":2}"), None);
/// let mut lines: JsonLines<serde_json::Value> = JsonLines::new(StatusCode::OK, Default::default(), body);
/// assert_eq!(lines.next().await.unwrap()?["n"], 1);
/// assert_eq!(lines.next().await.unwrap()?["n"], 2);
/// assert!(lines.next().await.is_none());
/// # Ok(()) }
/// ```
pub struct JsonLines<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: Option<ByteStream>,
    buffer: BytesMut,
    item: PhantomData<fn() -> T>,
}

impl<T> JsonLines<T> {
    /// The items of `body`, a response with this status and headers.
    pub fn new(status: StatusCode, headers: HeaderMap, body: ByteStream) -> Self {
        JsonLines {
            status,
            headers,
            body: Some(body),
            buffer: BytesMut::new(),
            item: PhantomData,
        }
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

impl<T: DeserializeOwned> JsonLines<T> {
    /// The next complete line of the buffer (without its line ending), if there is one; at
    /// the end of the body, what is left.
    fn next_line(&mut self) -> Option<Bytes> {
        loop {
            if let Some(at) = self.buffer.iter().position(|b| *b == b'\n') {
                let mut line = self.buffer.split_to(at + 1);
                line.truncate(at);
                if line.last() == Some(&b'\r') {
                    line.truncate(at - 1);
                }
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(line.freeze());
            }
            if self.body.is_none() && self.buffer.has_remaining() {
                let rest = self.buffer.split().freeze();
                if rest.iter().all(u8::is_ascii_whitespace) {
                    return None;
                }
                return Some(rest);
            }
            return None;
        }
    }

    fn decode(&self, line: Bytes) -> Result<T, Error> {
        serde_json::from_slice(&line).map_err(|e| Error::Decode {
            response: Box::new(RawResponse {
                status: self.status,
                headers: self.headers.clone(),
                body: line,
            }),
            message: e.to_string(),
        })
    }
}

impl<T: DeserializeOwned> Stream for JsonLines<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(line) = this.next_line() {
                return Poll::Ready(Some(this.decode(line)));
            }
            let Some(body) = this.body.as_mut() else {
                return Poll::Ready(None);
            };
            match ready!(Pin::new(body).poll_next(cx)) {
                Some(Ok(chunk)) => this.buffer.extend_from_slice(&chunk),
                Some(Err(e)) => {
                    this.body = None;
                    this.buffer.clear();
                    return Poll::Ready(Some(Err(e)));
                }
                None => this.body = None,
            }
        }
    }
}

impl<T> fmt::Debug for JsonLines<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JsonLines")
            .field("status", &self.status)
            .field("buffered", &self.buffer.len())
            .finish_non_exhaustive()
    }
}

impl ResponseValue<ByteStream> {
    /// The body as JSON Lines of `T` (see [`JsonLines`]).
    pub fn json_lines<T>(self) -> JsonLines<T> {
        let (status, headers, body) = self.into_parts();
        JsonLines::new(status, headers, body)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::convert::Infallible;

    /// Run a future that never waits (the bodies here are in memory).
    pub(crate) fn block_on<F: std::future::Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let mut cx = Context::from_waker(std::task::Waker::noop());
        match f.as_mut().poll(&mut cx) {
            Poll::Ready(v) => v,
            Poll::Pending => panic!("an in-memory body waited"),
        }
    }

    /// A body that arrives in these chunks (so lines and events split across them).
    pub(crate) fn chunked(chunks: &[&'static str]) -> ByteStream {
        let frames = chunks
            .iter()
            .map(|c| Ok::<_, Infallible>(http_body::Frame::data(Bytes::from_static(c.as_bytes()))));
        let body =
            http_body_util::StreamBody::new(futures_util::stream::iter(frames.collect::<Vec<_>>()));
        ByteStream::from_body(reqwest::Body::wrap(body), None)
    }

    #[test]
    fn a_byte_stream_yields_the_chunks_as_they_come() {
        block_on(async {
            let mut body = chunked(&["ab", "", "cd"]);
            let mut seen = Vec::new();
            while let Some(chunk) = body.next().await {
                seen.push(chunk.unwrap());
            }
            let text: Vec<&[u8]> = seen.iter().map(|b| b.as_ref()).collect();
            assert_eq!(text.concat(), b"abcd");
            assert_eq!(chunked(&["x", "y"]).collect::<()>().await.unwrap(), "xy");
        })
    }

    #[test]
    fn json_lines_split_across_chunks_skip_blank_lines_and_keep_going_after_a_bad_one() {
        block_on(async {
            let body = chunked(&["{\"n\"", ":1}\r\n", "\n  \nnot json\n{\"n\":", "2}"]);
            let items: Vec<Result<serde_json::Value, Error>> =
                JsonLines::new(StatusCode::OK, HeaderMap::new(), body)
                    .collect()
                    .await;
            assert_eq!(items.len(), 3, "{items:?}");
            assert_eq!(items[0].as_ref().unwrap()["n"], 1);
            match &items[1] {
                Err(Error::Decode { response, .. }) => {
                    assert_eq!(response.body, "not json")
                }
                other => panic!("{other:?}"),
            }
            assert_eq!(items[2].as_ref().unwrap()["n"], 2);
            let none: Vec<Result<u8, Error>> =
                JsonLines::new(StatusCode::OK, HeaderMap::new(), chunked(&["\n", " \n"]))
                    .collect()
                    .await;
            assert!(none.is_empty());
        })
    }
}
