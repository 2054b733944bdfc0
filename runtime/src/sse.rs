//! Server-sent events (feature `sse`): a `text/event-stream` response as an
//! [`EventStream`] of typed [`Event`]s, parsed by the `sse-stream` crate, with optional
//! reconnection that sends `Last-Event-ID`.

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use sse_stream::SseByteStream;

use super::{BoxFuture, ByteStream, Core, Error, RawResponse, Request, RequestOptions};

/// One server-sent event: its `data` decoded (JSON by the schema of the event data, or the
/// text as is), with the `event` type, `id` and `retry` fields it carried.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The `event:` field (`None` for the default type, `message`).
    pub event: Option<String>,
    /// The `id:` field of this event, if it had one.
    pub id: Option<String>,
    /// The `retry:` field: how long to wait before reconnecting.
    pub retry: Option<Duration>,
    /// The `data:` lines, joined with `\n` and decoded.
    pub data: T,
}

/// How an event's data text becomes a `T`.
pub type DecodeData<T> = fn(&str) -> Result<T, String>;

/// Event data as JSON of type `T` (the schema of a `text/event-stream` response, or its
/// OpenAPI 3.2 `itemSchema`).
///
/// # Errors
///
/// What serde_json says when the text is not JSON of type `T`.
pub fn json_data<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Event data as text.
///
/// # Errors
///
/// None: the `Result` matches [`json_data`]'s.
pub fn text_data(text: &str) -> Result<String, String> {
    Ok(text.to_string())
}

/// Opens the stream again after it ended, with the last event id seen.
type Reconnect =
    Arc<dyn Fn(Option<String>) -> BoxFuture<'static, Result<ResponseParts, Error>> + Send + Sync>;

/// Status, headers and body of a streamed response.
type ResponseParts = (StatusCode, HeaderMap, ByteStream);

/// The wait before reconnecting when the server has not sent `retry:`.
const DEFAULT_RETRY: Duration = Duration::from_secs(3);

/// A `text/event-stream` response as a [`Stream`] of [`Event`]s. Comments (`: …` lines)
/// and blocks without `data` are not events (their `id` and `retry` still count); data of
/// several `data:` lines is joined with `\n`.
///
/// With reconnection ([`Core::events`] with `reconnect`), the end of the stream or a broken
/// connection opens it again after the `retry` the server last asked for (3 s until it
/// does), with `Last-Event-ID` set to the last `id` seen. A `204 No Content` or any other
/// non-2xx answer to a reconnection ends the stream (the latter with an error), as the
/// `EventSource` standard says.
///
/// # Errors
///
/// An item is [`Error::Decode`] (the event's data as the body) when the data does not
/// decode, and the stream goes on; [`Error::Transport`] when the connection breaks (the end
/// of the stream, unless it reconnects).
pub struct EventStream<T> {
    inner: Pin<Box<dyn Stream<Item = Result<Event<T>, Error>> + Send>>,
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream").finish_non_exhaustive()
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<Event<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// What the stream needs between events.
struct State<T> {
    status: StatusCode,
    headers: HeaderMap,
    events: Option<SseByteStream<ByteStream>>,
    decode: DecodeData<T>,
    last_id: Option<String>,
    retry: Duration,
    reconnect: Option<Reconnect>,
}

impl<T: Send + 'static> EventStream<T> {
    /// The events of a response body, without reconnection.
    ///
    /// ```
    /// # async fn demo() -> Result<(), clientgen_runtime::Error> {
    /// use clientgen_runtime::{json_data, reqwest, ByteStream, EventStream, StatusCode};
    /// use futures_util::StreamExt;
    ///
    /// let text = ": hello\nevent: tick\nid: 7\ndata: {\"n\":\ndata: 1}\n\n";
    /// let body = ByteStream::from_body(reqwest::Body::from(text), None);
    /// let mut events = EventStream::new(StatusCode::OK, Default::default(), body, json_data::<serde_json::Value>);
    /// let tick = events.next().await.unwrap()?;
    /// assert_eq!((tick.event.as_deref(), tick.id.as_deref()), (Some("tick"), Some("7")));
    /// assert_eq!(tick.data["n"], 1);
    /// # Ok(()) }
    /// ```
    pub fn new(
        status: StatusCode,
        headers: HeaderMap,
        body: ByteStream,
        decode: DecodeData<T>,
    ) -> Self {
        Self::start(State {
            status,
            headers,
            events: Some(SseByteStream::new(body)),
            decode,
            last_id: None,
            retry: DEFAULT_RETRY,
            reconnect: None,
        })
    }

    fn start(state: State<T>) -> Self {
        EventStream {
            inner: Box::pin(futures_util::stream::unfold(state, next_event)),
        }
    }
}

/// The next event, reading (and reconnecting) as needed.
async fn next_event<T>(mut s: State<T>) -> Option<(Result<Event<T>, Error>, State<T>)> {
    loop {
        let Some(events) = s.events.as_mut() else {
            let reconnect = s.reconnect.clone()?;
            tokio::time::sleep(s.retry).await;
            match reconnect(s.last_id.clone()).await {
                Ok((StatusCode::NO_CONTENT, ..)) => return None,
                Ok((status, headers, body)) if status.is_success() => {
                    s.status = status;
                    s.headers = headers;
                    s.events = Some(SseByteStream::new(body));
                    continue;
                }
                Ok((status, headers, body)) => {
                    s.reconnect = None;
                    let body = match body.collect::<()>().await {
                        Ok(b) => b,
                        Err(e) => return Some((Err(e), s)),
                    };
                    let raw = RawResponse {
                        status,
                        headers,
                        body,
                    };
                    return Some((Err(Error::UnexpectedStatus(Box::new(raw))), s));
                }
                Err(e) => {
                    s.reconnect = None;
                    return Some((Err(e), s));
                }
            }
        };
        match futures_util::StreamExt::next(events).await {
            Some(Ok(block)) => {
                if let Some(id) = &block.id {
                    s.last_id = Some(id.clone());
                }
                let retry = block.retry.map(Duration::from_millis);
                if let Some(r) = retry {
                    s.retry = r;
                }
                let Some(data) = block.data else {
                    continue; // `id`/`retry` alone: not an event
                };
                let item = match (s.decode)(&data) {
                    Ok(data) => Ok(Event {
                        event: block.event,
                        id: block.id,
                        retry,
                        data,
                    }),
                    Err(message) => Err(Error::Decode {
                        response: Box::new(RawResponse {
                            status: s.status,
                            headers: s.headers.clone(),
                            body: data.into(),
                        }),
                        message,
                    }),
                };
                return Some((item, s));
            }
            Some(Err(e)) => {
                s.events = None;
                if s.reconnect.is_none() {
                    let error = match e {
                        sse_stream::Error::Body(b) => match b.downcast::<Error>() {
                            Ok(e) => *e,
                            Err(b) => Error::InvalidRequest(b.to_string()),
                        },
                        other => Error::Decode {
                            response: Box::new(RawResponse {
                                status: s.status,
                                headers: s.headers.clone(),
                                body: Default::default(),
                            }),
                            message: other.to_string(),
                        },
                    };
                    return Some((Err(error), s));
                }
            }
            None => s.events = None,
        }
    }
}

impl Core {
    /// Send `req` and read the response as server-sent events whose data `decode` turns
    /// into `T`; with `reconnect`, open the stream again when it ends (see [`EventStream`]).
    /// A non-2xx first answer is returned whole, for the generated code to decode as its
    /// documented error.
    ///
    /// # Errors
    ///
    /// As [`Core::execute_stream`]; [`Error::InvalidRequest`] when `reconnect` is asked for a
    /// request whose body cannot be sent again.
    pub async fn events<T: Send + 'static>(
        self: &Arc<Self>,
        req: Request,
        opts: RequestOptions,
        decode: DecodeData<T>,
        reconnect: bool,
    ) -> Result<Result<EventStream<T>, RawResponse>, Error<std::convert::Infallible>> {
        let again = if reconnect {
            let Some(template) = req.try_clone() else {
                return Err(Error::InvalidRequest(
                    "a request with a streamed body cannot reconnect".into(),
                ));
            };
            let core = Arc::clone(self);
            let opts = opts.clone();
            let f: Reconnect = Arc::new(move |last_id: Option<String>| {
                let core = Arc::clone(&core);
                let req = template.try_clone();
                let mut opts = opts.clone();
                Box::pin(async move {
                    let req = req.ok_or_else(|| {
                        Error::InvalidRequest("the request cannot be sent again".into())
                    })?;
                    if let Some(id) = last_id {
                        opts.headers.push(("last-event-id".into(), id));
                    }
                    let response = core.execute_stream::<()>(req, opts).await?;
                    Ok(response.into_parts())
                })
            });
            Some(f)
        } else {
            None
        };
        let response = self.execute_stream(req, opts).await?;
        if !response.status().is_success() {
            return Ok(Err(response.into_raw().await?));
        }
        let (status, headers, body) = response.into_parts();
        Ok(Ok(EventStream::start(State {
            status,
            headers,
            events: Some(SseByteStream::new(body)),
            decode,
            last_id: None,
            retry: DEFAULT_RETRY,
            reconnect: again,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::super::stream::tests::{block_on, chunked};
    use super::*;
    use futures_util::StreamExt;

    #[test]
    fn events_keep_their_fields_skip_comments_and_join_multi_line_data() {
        let body = chunked(&[
            ": a comment\n\nretry: 250\nid: 1\n\n",
            "event: update\nid: 2\ndata: {\"a\":\ndata:  1}\n",
            "\ndata: not json\n\n",
            "data: {\"a\": 2}\r\n\r\n",
        ]);
        let events: Vec<Result<Event<serde_json::Value>, Error>> =
            block_on(EventStream::new(StatusCode::OK, HeaderMap::new(), body, json_data).collect());
        assert_eq!(events.len(), 3, "{events:?}");
        let first = events[0].as_ref().unwrap();
        assert_eq!(first.event.as_deref(), Some("update"));
        assert_eq!(first.id.as_deref(), Some("2"));
        assert_eq!(first.data, serde_json::json!({"a": 1}));
        assert!(
            matches!(&events[1], Err(Error::Decode { response, .. }) if response.body == "not json")
        );
        let third = events[2].as_ref().unwrap();
        assert_eq!((third.event.as_deref(), third.id.as_deref()), (None, None));
        assert_eq!(third.data["a"], 2);

        let text: Vec<Result<Event<String>, Error>> = block_on(
            EventStream::new(
                StatusCode::OK,
                HeaderMap::new(),
                chunked(&["data: line 1\ndata: line 2\n\n"]),
                text_data,
            )
            .collect(),
        );
        assert_eq!(text[0].as_ref().unwrap().data, "line 1\nline 2");
    }
}
