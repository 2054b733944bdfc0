//! Pagination over the wire, each kind (offset + total, page numbers, a cursor in the body,
//! `Link` headers): drained to the end, stopped early (nothing requested ahead), and with a
//! retryable 503 on the second page (retried, no item lost or repeated). Through the
//! interface generated code uses: `Core::pages` with the operation's decoder.

use std::sync::Arc;

use futures_util::StreamExt;
use serde_json::{json, Value};
use service_clients::runtime::{
    decode_json, ApiSpec, ClientBuilder, Core, Error, FromCore, OperationSpec, Pager, Pages,
    Pagination, RawResponse, Request, RequestOptions, ResponseValue, RetryPolicy,
};
use wiremock::matchers::{method, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::received;

static API: ApiSpec = ApiSpec {
    name: "paged",
    default_server: "http://localhost",
    server_variables: &[],
    schemes: &[],
};

static LIST: OperationSpec = OperationSpec {
    id: "list",
    method: service_clients::runtime::HttpMethod::Get,
    path: "/items",
    security: &[],
    servers: &[],
    accept: Some("application/json"),
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

fn core(uri: &str) -> Arc<Core> {
    let client: TestClient = ClientBuilder::new(&API)
        .base_url(uri)
        .retry(RetryPolicy {
            initial_backoff: std::time::Duration::from_millis(1),
            max_backoff: std::time::Duration::from_millis(5),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    client.core
}

/// What a generated operation's decoder is: status → typed body or error.
fn decode(raw: RawResponse) -> Result<ResponseValue<Value>, Error<()>> {
    match raw.status.as_u16() {
        200 => {
            let body = decode_json(&raw)?;
            Ok(raw.into_value(body))
        }
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The items of a page body at `pointer`, as numbers.
fn numbers(page: &Value, pointer: &str) -> Vec<u64> {
    page.pointer(pointer)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default()
}

/// The query parameter and value that ask for a page (none for the first), its body and
/// its Link header.
type PageAnswer = (Option<(&'static str, String)>, Value, Option<String>);

/// How each kind's server answers, and the pager that reads it. Items are 1..=5, two a page.
struct Kind {
    pager: Pager,
    /// Page n's request and answer.
    page: fn(&str, usize) -> PageAnswer,
}

fn items(n: usize) -> Vec<u64> {
    let from = 2 * (n - 1) + 1;
    (from..=(from + 1).min(5)).map(|i| i as u64).collect()
}

const OFFSET: Kind = Kind {
    pager: Pager {
        kind: Pagination::Offset {
            offset: "startIndex",
            limit: "limit",
        },
        items: "/Items",
        total: Some("/TotalRecordCount"),
        more: None,
    },
    page: |_, n| {
        let q = (n > 1).then(|| ("startIndex", (2 * (n - 1)).to_string()));
        (q, json!({"Items": items(n), "TotalRecordCount": 5}), None)
    },
};

const PAGE: Kind = Kind {
    pager: Pager {
        kind: Pagination::Page {
            page: "page",
            per_page: "per_page",
            first: 1,
        },
        items: "",
        total: None,
        more: None,
    },
    page: |_, n| {
        let q = (n > 1).then(|| ("page", n.to_string()));
        (q, json!(items(n)), None)
    },
};

const CURSOR: Kind = Kind {
    pager: Pager {
        kind: Pagination::Cursor {
            param: "after",
            next: "/meta/next",
            limit: Some("limit"),
        },
        items: "/data",
        total: None,
        more: None,
    },
    page: |_, n| {
        let q = (n > 1).then(|| ("after", format!("c{n}")));
        let next = if n < 3 {
            json!(format!("c{}", n + 1))
        } else {
            Value::Null
        };
        (q, json!({"data": items(n), "meta": {"next": next}}), None)
    },
};

const LINK: Kind = Kind {
    pager: Pager {
        kind: Pagination::Link { limit: None },
        items: "",
        total: None,
        more: None,
    },
    page: |uri, n| {
        let q = (n > 1).then(|| ("cursor", format!("p{n}")));
        let link = (n < 3).then(|| {
            format!(
                "<{uri}/items?cursor=p{}>; rel=\"next\", <{uri}/items>; rel=\"first\"",
                n + 1
            )
        });
        (q, json!(items(n)), link)
    },
};

/// A server for `kind`'s three pages; with `flaky`, page 2 first answers 503.
async fn server(kind: &Kind, flaky: bool) -> MockServer {
    let server = MockServer::start().await;
    for n in 1..=3 {
        let (q, body, link) = (kind.page)(&server.uri(), n);
        let mut ok = ResponseTemplate::new(200).set_body_json(body);
        if let Some(l) = link {
            ok = ok.insert_header("link", l.as_str());
        }
        let mut mock = Mock::given(method("GET"));
        let priority = match &q {
            Some((name, value)) => {
                mock = mock.and(query_param(*name, value.as_str()));
                2
            }
            None => 5,
        };
        if flaky && n == 2 {
            let (name, value) = q.clone().unwrap();
            Mock::given(query_param(name, value.as_str()))
                .respond_with(ResponseTemplate::new(503))
                .up_to_n_times(1)
                .with_priority(1)
                .mount(&server)
                .await;
        }
        mock.respond_with(ok)
            .with_priority(priority)
            .mount(&server)
            .await;
    }
    server
}

fn pages(kind: &Kind, uri: &str, page_size: Option<u64>) -> Pages<Value, ()> {
    core(uri).pages(
        Request::new(&LIST),
        RequestOptions::default(),
        kind.pager,
        page_size,
        decode,
    )
}

fn items_of(kind: &'static Kind) -> fn(Value) -> Vec<u64> {
    match kind.pager.items {
        "/Items" => |v| numbers(&v, "/Items"),
        "/data" => |v| numbers(&v, "/data"),
        _ => |v| numbers(&v, ""),
    }
}

async fn drained(kind: &'static Kind, flaky: bool) {
    let server = server(kind, flaky).await;
    let all: Vec<u64> = pages(kind, &server.uri(), Some(2))
        .items(items_of(kind))
        .map(|r| r.unwrap())
        .collect()
        .await;
    assert_eq!(all, [1, 2, 3, 4, 5]);
    let requests = received(&server).await;
    assert_eq!(requests.len(), if flaky { 4 } else { 3 });
    if let Some(limit) = kind.pager.limit() {
        for r in &requests {
            assert!(
                r.url.query_pairs().any(|(k, v)| k == limit && v == "2"),
                "page size not sent: {}",
                r.url
            );
        }
    }
}

async fn stopped_early(kind: &'static Kind) {
    let server = server(kind, false).await;
    let first: Vec<u64> = pages(kind, &server.uri(), Some(2))
        .items(items_of(kind))
        .take(3)
        .map(|r| r.unwrap())
        .collect()
        .await;
    assert_eq!(first, [1, 2, 3]);
    assert_eq!(
        received(&server).await.len(),
        2,
        "nothing is requested ahead"
    );
    let one: Vec<_> = pages(kind, &server.uri(), None).take(1).collect().await;
    assert_eq!(one.len(), 1);
}

#[tokio::test]
async fn offset_pages_drain_stop_early_and_survive_a_retry() {
    drained(&OFFSET, false).await;
    stopped_early(&OFFSET).await;
    drained(&OFFSET, true).await;
}

#[tokio::test]
async fn numbered_pages_drain_stop_early_and_survive_a_retry() {
    drained(&PAGE, false).await;
    stopped_early(&PAGE).await;
    drained(&PAGE, true).await;
}

#[tokio::test]
async fn cursor_pages_drain_stop_early_and_survive_a_retry() {
    drained(&CURSOR, false).await;
    stopped_early(&CURSOR).await;
    drained(&CURSOR, true).await;
}

#[tokio::test]
async fn link_header_pages_drain_stop_early_and_survive_a_retry() {
    drained(&LINK, false).await;
    stopped_early(&LINK).await;
    drained(&LINK, true).await;
}

#[tokio::test]
async fn an_error_ends_the_pages_and_a_link_to_another_server_is_refused() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([1]))
                .insert_header("link", "<http://elsewhere.invalid/items?p=2>; rel=\"next\""),
        )
        .mount(&server)
        .await;
    let all: Vec<_> = pages(&LINK, &server.uri(), None).collect().await;
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all[0].is_ok());
    assert!(matches!(&all[1], Err(Error::InvalidRequest(m)) if m.contains("leaves the server")));

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let all: Vec<_> = pages(&OFFSET, &server.uri(), None).collect().await;
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].as_ref().unwrap_err().status().map(|s| s.as_u16()),
        Some(404)
    );
}
