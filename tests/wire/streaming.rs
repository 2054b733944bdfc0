//! Streamed bodies over the wire: a 100 MB download written to a file and one stopped early
//! (its memory bound is `tests/memory.rs`, a process of its own); streamed uploads with and
//! without a known length; how retries treat a stream and a file.

use std::sync::Arc;

use futures_util::StreamExt;
use service_clients::runtime::{
    ApiSpec, ClientBuilder, Core, Error, FromCore, OperationSpec, Request, RequestOptions,
    RetryPolicy, UploadBody,
};
use wiremock::ResponseTemplate;

use crate::behaviour::sequence;
use crate::large_body::{body_byte, large_body_server};
use crate::{only_request, received, serve};

static API: ApiSpec = ApiSpec {
    name: "files",
    default_server: "http://localhost",
    server_variables: &[],
    schemes: &[],
};

static DOWNLOAD: OperationSpec = OperationSpec {
    id: "download",
    method: service_clients::runtime::HttpMethod::Get,
    path: "/video",
    security: &[],
    servers: &[],
    accept: Some("video/mp4"),
};

static UPLOAD: OperationSpec = OperationSpec {
    id: "upload",
    method: service_clients::runtime::HttpMethod::Put,
    path: "/video",
    security: &[],
    servers: &[],
    accept: None,
};

#[derive(Debug, Clone)]
struct TestClient {
    core: Arc<Core>,
}

impl FromCore for TestClient {
    fn from_core(core: Arc<Core>) -> Self {
        TestClient { core }
    }
    fn core(&self) -> &Arc<Core> {
        &self.core
    }
}

fn client(uri: &str) -> TestClient {
    ClientBuilder::<TestClient>::new(&API)
        .base_url(uri)
        .retry(RetryPolicy {
            initial_backoff: std::time::Duration::from_millis(1),
            max_backoff: std::time::Duration::from_millis(5),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

const BODY: u64 = 100 * 1024 * 1024;

#[tokio::test]
async fn a_download_is_written_to_a_file_and_an_early_drop_closes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("video.mp4");
    let uri = large_body_server(BODY);
    let response = client(&uri)
        .core
        .execute_stream::<()>(Request::new(&DOWNLOAD), RequestOptions::default())
        .await
        .unwrap();
    let written = response
        .into_body()
        .write_to_file::<()>(&path)
        .await
        .unwrap();
    assert_eq!(written, BODY);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), BODY);

    // Stopping early: the first chunk, then the stream is dropped (the server sees the
    // connection close and stops writing).
    let uri = large_body_server(BODY);
    let response = client(&uri)
        .core
        .execute_stream::<()>(Request::new(&DOWNLOAD), RequestOptions::default())
        .await
        .unwrap();
    let mut body = response.into_body();
    let first = body.next().await.unwrap().unwrap();
    assert!(!first.is_empty());
    assert!(first.iter().zip(0..).all(|(b, n)| *b == body_byte(n)));
    drop(body);

    let missing = dir.path().join("no-such-dir").join("x");
    let uri = large_body_server(BODY);
    let response = client(&uri)
        .core
        .execute_stream::<()>(Request::new(&DOWNLOAD), RequestOptions::default())
        .await
        .unwrap();
    let error = response.into_body().write_to_file::<()>(&missing).await;
    assert!(matches!(error, Err(Error::Io(m)) if m.contains("no-such-dir")));
}

fn chunks() -> Vec<Result<Vec<u8>, std::io::Error>> {
    vec![
        Ok(b"abc".to_vec()),
        Ok(Vec::new()),
        Ok(b"\xff\r\ndef".to_vec()),
    ]
}

#[tokio::test]
async fn a_streamed_upload_sends_its_bytes_with_a_content_length_when_known() {
    let server = serve(ResponseTemplate::new(204)).await;
    let mut request = Request::new(&UPLOAD);
    request.upload(
        "application/octet-stream",
        UploadBody::stream(futures_util::stream::iter(chunks()), Some(9)),
    );
    client(&server.uri())
        .core
        .execute::<()>(request, RequestOptions::default())
        .await
        .unwrap();
    let req = only_request(&server).await;
    assert_eq!(req.body, b"abc\xff\r\ndef");
    assert_eq!(req.headers["content-length"], "9");
    assert_eq!(req.headers["content-type"], "application/octet-stream");
    assert!(req.headers.get("transfer-encoding").is_none());

    // Length unknown: chunked.
    let server = serve(ResponseTemplate::new(204)).await;
    let mut request = Request::new(&UPLOAD);
    request.upload(
        "application/octet-stream",
        UploadBody::stream(futures_util::stream::iter(chunks()), None),
    );
    client(&server.uri())
        .core
        .execute::<()>(request, RequestOptions::default())
        .await
        .unwrap();
    let req = only_request(&server).await;
    assert_eq!(req.body, b"abc\xff\r\ndef");
    assert_eq!(req.headers["transfer-encoding"], "chunked");
}

#[tokio::test]
async fn a_stream_is_never_replayed_and_a_file_is_sent_again_on_retry() {
    // PUT is idempotent, so a 503 is retried — but not with a stream already consumed.
    let server = sequence(ResponseTemplate::new(503), 1, ResponseTemplate::new(204)).await;
    let mut request = Request::new(&UPLOAD);
    request.upload(
        "video/mp4",
        UploadBody::stream(futures_util::stream::iter(chunks()), Some(9)),
    );
    let response = client(&server.uri())
        .core
        .execute::<()>(request, RequestOptions::default())
        .await
        .unwrap();
    assert_eq!(response.status, 503, "the retryable answer is the answer");
    assert_eq!(received(&server).await.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clip.mp4");
    std::fs::write(&path, b"0123456789").unwrap();
    let server = sequence(ResponseTemplate::new(503), 1, ResponseTemplate::new(204)).await;
    let mut request = Request::new(&UPLOAD);
    request.upload("video/mp4", UploadBody::file(&path));
    client(&server.uri())
        .core
        .execute::<()>(request, RequestOptions::default())
        .await
        .unwrap();
    let all = received(&server).await;
    assert_eq!(all.len(), 2);
    for req in all {
        assert_eq!(req.body, b"0123456789");
        assert_eq!(req.headers["content-length"], "10");
    }

    let mut request = Request::new(&UPLOAD);
    request.upload(
        "video/mp4",
        UploadBody::file(dir.path().join("missing.mp4")),
    );
    let error = client(&server.uri())
        .core
        .execute::<()>(request, RequestOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Io(m) if m.contains("missing.mp4")));
}

// ------------------------------------------------------- server-sent events, JSON Lines

static EVENTS: OperationSpec = OperationSpec {
    id: "events",
    method: service_clients::runtime::HttpMethod::Get,
    path: "/events",
    security: &[],
    servers: &[],
    accept: Some("text/event-stream"),
};

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Tick {
    n: u32,
    label: String,
}

fn event_stream(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.as_bytes().to_vec(), "text/event-stream")
}

#[tokio::test]
async fn server_sent_events_are_typed_and_reconnect_with_the_last_event_id() {
    use wiremock::matchers::{header, method};
    use wiremock::Mock;
    let server = wiremock::MockServer::start().await;
    // First connection: a comment, a `retry` of 10 ms, a typed event over two data lines,
    // an event whose data does not decode; then the server closes the stream.
    Mock::given(method("GET"))
        .respond_with(event_stream(concat!(
            ": keep-alive\n\n",
            "retry: 10\n\n",
            "event: tick\nid: 1\ndata: {\"n\": 1,\ndata:  \"label\": \"one\"}\n\n",
            "id: 2\ndata: {\"n\": \"two\"}\n\n",
        )))
        .with_priority(5)
        .mount(&server)
        .await;
    // The reconnection says where it left off; the server goes on from there.
    Mock::given(header("last-event-id", "2"))
        .respond_with(event_stream(
            "event: tick\nid: 3\ndata: {\"n\": 3, \"label\": \"three\"}\n\n",
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    // After id 3, the server says there is no more: 204 ends the stream.
    Mock::given(header("last-event-id", "3"))
        .respond_with(ResponseTemplate::new(204))
        .with_priority(1)
        .mount(&server)
        .await;

    let events = client(&server.uri())
        .core
        .events(
            Request::new(&EVENTS),
            RequestOptions::default(),
            service_clients::runtime::json_data::<Tick>,
            true,
        )
        .await
        .unwrap()
        .expect("a 200 answer");
    let all: Vec<_> = events.collect().await;
    assert_eq!(all.len(), 3, "{all:?}");
    let first = all[0].as_ref().unwrap();
    assert_eq!(first.event.as_deref(), Some("tick"));
    assert_eq!(first.id.as_deref(), Some("1"));
    assert_eq!(
        first.data,
        Tick {
            n: 1,
            label: "one".into()
        }
    );
    assert!(
        matches!(&all[1], Err(Error::Decode { response, .. }) if response.body == "{\"n\": \"two\"}")
    );
    let third = all[2].as_ref().unwrap();
    assert_eq!((third.id.as_deref(), third.data.n), (Some("3"), 3));

    let requests = received(&server).await;
    assert_eq!(requests.len(), 3);
    assert!(requests[0].headers.get("last-event-id").is_none());
    assert_eq!(requests[0].headers["accept"], "text/event-stream");
    assert_eq!(requests[1].headers["last-event-id"], "2");
    assert_eq!(requests[2].headers["last-event-id"], "3");
}

#[tokio::test]
async fn without_reconnection_the_stream_ends_with_the_body_and_an_error_status_is_returned_whole()
{
    let server = serve(event_stream("data: {\"n\": 1, \"label\": \"x\"}\n\n")).await;
    let events = client(&server.uri())
        .core
        .events(
            Request::new(&EVENTS),
            RequestOptions::default(),
            service_clients::runtime::json_data::<Tick>,
            false,
        )
        .await
        .unwrap()
        .expect("a 200 answer");
    assert_eq!(events.collect::<Vec<_>>().await.len(), 1);
    assert_eq!(received(&server).await.len(), 1);

    let server = serve(ResponseTemplate::new(404).set_body_string("no such stream")).await;
    let raw = client(&server.uri())
        .core
        .events(
            Request::new(&EVENTS),
            RequestOptions::default(),
            service_clients::runtime::text_data,
            true,
        )
        .await
        .unwrap()
        .expect_err("a 404 is not a stream");
    assert_eq!(
        (raw.status.as_u16(), raw.text().as_str()),
        (404, "no such stream")
    );
}

#[tokio::test]
async fn json_lines_are_typed_items_as_they_arrive() {
    let body = "{\"n\": 1, \"label\": \"one\"}\n\n{\"n\": 2, \"label\": \"two\"}\r\n{\"n\": 3, \"label\": \"three\"}";
    let server = serve(
        ResponseTemplate::new(200).set_body_raw(body.as_bytes().to_vec(), "application/x-ndjson"),
    )
    .await;
    let response = client(&server.uri())
        .core
        .execute_stream::<()>(Request::new(&EVENTS), RequestOptions::default())
        .await
        .unwrap();
    let items: Vec<Tick> = response
        .json_lines::<Tick>()
        .map(|item| item.unwrap())
        .collect()
        .await;
    let numbers: Vec<u32> = items.iter().map(|t| t.n).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert_eq!(items[2].label, "three");
}
