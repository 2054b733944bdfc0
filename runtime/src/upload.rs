//! Raw request bodies (feature `stream`): [`UploadBody`], bytes in memory or a body read
//! from a stream or a file as it is sent, never held in memory whole.

use std::convert::Infallible;
use std::fmt;
use std::path::PathBuf;

use super::{Body, Error, Request};

/// A raw request body (`application/octet-stream`, `image/*`, … in the spec): bytes in
/// memory (`Vec<u8>`, `bytes::Bytes`, `String`, `&'static [u8]` and `&'static str` convert
/// into one), or sent as it is read from a stream or a file, with a Content-Length when its
/// length is known (else chunked transfer encoding). Generated methods of operations with a
/// raw body take `impl Into<UploadBody>`.
///
/// Retries: bytes in memory are sent again as they are; a file is opened again for each attempt, so a request with one is retried (and
/// re-sent after a token refresh) like one with bytes in memory. A stream can be read only
/// once: a request with one is sent once, never retried, and a retryable answer (a 503, a
/// connect error) is returned to the caller as it is.
///
/// ```
/// use clientgen_runtime::UploadBody;
///
/// let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>(vec![1u8, 2]), Ok(vec![3])]);
/// let body = UploadBody::stream(chunks, Some(3));
/// assert_eq!(body.length(), Some(3));
/// let file = UploadBody::file("video.mp4");
/// assert_eq!(file.length(), None); // read from the file when sent
/// let bytes = UploadBody::from(vec![1u8, 2, 3]);
/// assert_eq!(bytes.length(), Some(3));
/// ```
pub struct UploadBody {
    source: Source,
    length: Option<u64>,
}

enum Source {
    /// Sent as a plain body ([`Body::Bytes`]).
    Memory(bytes::Bytes),
    /// Taken by the first attempt.
    Stream(Option<reqwest::Body>),
    File(PathBuf),
}

impl UploadBody {
    /// A body from a stream of chunks (anything `Into<Bytes>`: `Vec<u8>`, `Bytes`, `String`),
    /// `length` bytes long in all when known (sent as the Content-Length; the server sees a
    /// truncated or overlong body as an error if the stream disagrees).
    pub fn stream<S, O, E>(stream: S, length: Option<u64>) -> Self
    where
        S: futures_core::TryStream<Ok = O, Error = E> + Send + 'static,
        bytes::Bytes: From<O>,
        O: 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
    {
        UploadBody {
            source: Source::Stream(Some(reqwest::Body::wrap_stream(stream))),
            length,
        }
    }

    /// A body read from the file at `path` when the request is sent (its size is the
    /// Content-Length). Opened again on each attempt.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        UploadBody {
            source: Source::File(path.into()),
            length: None,
        }
    }

    /// The length in bytes: of bytes in memory, or given for a stream (a file's is read
    /// when it is opened).
    pub fn length(&self) -> Option<u64> {
        self.length
    }

    /// Whether the body can be sent again: bytes or a file, not a stream.
    pub(super) fn replayable(&self) -> bool {
        !matches!(self.source, Source::Stream(_))
    }

    /// The body for one attempt and its length, if known.
    pub(super) async fn open(&mut self) -> Result<(reqwest::Body, Option<u64>), Error<Infallible>> {
        match &mut self.source {
            Source::Memory(bytes) => Ok((reqwest::Body::from(bytes.clone()), self.length)),
            Source::Stream(body) => match body.take() {
                Some(b) => Ok((b, self.length)),
                None => Err(Error::InvalidRequest(
                    "a streamed body can be sent once".into(),
                )),
            },
            Source::File(path) => {
                let io = |e: std::io::Error| Error::Io(format!("{}: {e}", path.display()));
                let file = tokio::fs::File::open(&*path).await.map_err(io)?;
                let length = file.metadata().await.map_err(io)?.len();
                Ok((reqwest::Body::from(file), Some(length)))
            }
        }
    }
}

impl fmt::Debug for UploadBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("UploadBody");
        match &self.source {
            Source::Memory(b) => s.field("bytes", &b.len()),
            Source::Stream(b) => s.field("stream", &if b.is_some() { "unread" } else { "sent" }),
            Source::File(p) => s.field("file", p),
        };
        s.field("length", &self.length).finish()
    }
}

impl From<bytes::Bytes> for UploadBody {
    fn from(bytes: bytes::Bytes) -> Self {
        UploadBody {
            length: Some(bytes.len() as u64),
            source: Source::Memory(bytes),
        }
    }
}

macro_rules! upload_from_bytes {
    ($($t:ty),*) => {$(
        impl From<$t> for UploadBody {
            fn from(value: $t) -> Self {
                bytes::Bytes::from(value).into()
            }
        }
    )*};
}
upload_from_bytes!(Vec<u8>, String, &'static [u8], &'static str);

impl Request {
    /// A raw body with this Content-Type: bytes in memory as they are, a stream or a file
    /// as it is read.
    pub fn upload(&mut self, content_type: &str, body: UploadBody) {
        self.body = Some(match body.source {
            Source::Memory(bytes) => Body::Bytes {
                content_type: content_type.into(),
                bytes,
            },
            _ => Body::Upload {
                content_type: content_type.into(),
                body,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::stream::tests::block_on;
    use super::super::OperationSpec;
    use super::*;

    static OP: OperationSpec = OperationSpec {
        id: "upload",
        method: super::super::HttpMethod::Put,
        path: "/upload",
        security: &[],
        servers: &[],
        accept: None,
    };

    #[test]
    fn a_stream_is_sent_once_and_a_file_on_every_attempt() {
        let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>("abc")]);
        let mut stream = UploadBody::stream(chunks, Some(3));
        assert!(!stream.replayable());
        let (_, length) = block_on(stream.open()).unwrap();
        assert_eq!(length, Some(3));
        let again = block_on(stream.open());
        assert!(matches!(again, Err(Error::InvalidRequest(m)) if m.contains("once")));
        assert!(format!("{stream:?}").contains("sent"));

        let mut request = Request::new(&OP);
        request.upload("video/mp4", UploadBody::file("clip.mp4"));
        assert!(request.body.as_ref().is_some_and(Body::replayable));
        let mut request = Request::new(&OP);
        request.upload(
            "video/mp4",
            UploadBody::stream(
                futures_util::stream::empty::<Result<Vec<u8>, std::io::Error>>(),
                None,
            ),
        );
        assert!(!request.body.as_ref().is_some_and(Body::replayable));
    }

    #[test]
    fn bytes_in_memory_are_a_plain_body_sent_again_on_retries() {
        let mut request = Request::new(&OP);
        request.upload("application/octet-stream", b"abc".to_vec().into());
        assert!(matches!(
            &request.body,
            Some(Body::Bytes { content_type, bytes })
                if content_type == "application/octet-stream" && bytes.as_ref() == b"abc"
        ));
        assert!(
            request.try_clone().is_some(),
            "a reconnection can resend it"
        );
        for body in [
            UploadBody::from("text"),
            UploadBody::from(String::from("text")),
            UploadBody::from(&b"text"[..]),
            UploadBody::from(bytes::Bytes::from_static(b"text")),
        ] {
            assert_eq!(body.length(), Some(4));
            assert!(body.replayable());
        }
    }
}
