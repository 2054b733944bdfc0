//! Runtime features the README lists but none of the five specs uses: server URLs with
//! `{variables}` (no server of `specs/` has `variables`), and form-urlencoded and raw-bytes
//! request bodies (every request body of `specs/` is JSON or multipart). They are exercised
//! here through the interface the generated code itself uses — a static `ApiSpec` and
//! `OperationSpec`, `runtime::Request`, `Core::execute` — with a spec written the way
//! `templates/client.rs.j2` writes one (`default_server` is the spec's URL template,
//! `server_variables` the variables' defaults).

use std::sync::Arc;

use serde_json::json;
use service_clients::runtime::{
    ApiSpec, ClientBuilder, Core, Format, FromCore, HttpMethod, OperationSpec, RawResponse,
    Request, RequestOptions, RetryPolicy,
};
use wiremock::ResponseTemplate;

use crate::behaviour::sequence;
use crate::{assert_wire, json, only_request, received, serve};

/// A server URL template with three variables, as in
/// `servers: [{url: "http://{host}:{port}/{basePath}", variables: {...}}]`.
static VARS_API: ApiSpec = ApiSpec {
    name: "vars",
    default_server: "http://{host}:{port}/{basePath}",
    server_variables: &[
        ("host", "api.example.invalid"),
        ("port", "8443"),
        ("basePath", "v2"),
    ],
    schemes: &[],
};

/// What a generated `Client` is: a handle on the shared core.
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

fn builder() -> ClientBuilder<TestClient> {
    ClientBuilder::new(&VARS_API)
}

impl TestClient {
    async fn send(&self, request: Request) -> RawResponse {
        self.core
            .execute::<()>(request, RequestOptions::default())
            .await
            .unwrap_or_else(|e| panic!("request failed: {e:?}"))
    }
}

static GET_THING: OperationSpec = OperationSpec {
    id: "getThing",
    method: HttpMethod::Get,
    path: "/things/{id}",
    security: &[],
    servers: &[],
    accept: Some("application/json"),
};

// ---------------------------------------------------------------------- server variables

#[tokio::test]
async fn server_variables_fill_the_spec_server_url() {
    let server = serve(json(200, json!({}))).await;
    let port = server.address().port().to_string();
    // `basePath` keeps its default (`v2`); `host` and `port` are set.
    let client = builder()
        .server_variable("host", "127.0.0.1")
        .server_variable("port", &port)
        .build()
        .unwrap();
    assert_eq!(
        client.core.base_url(),
        format!("http://127.0.0.1:{port}/v2")
    );
    let mut request = Request::new(&GET_THING);
    request.path_param("id", &"t1");
    let raw = client.send(request).await;
    assert_eq!(raw.status.as_u16(), 200);
    assert_eq!(only_request(&server).await.url.path(), "/v2/things/t1");

    // Every default can be overridden.
    let server = serve(json(200, json!({}))).await;
    let port = server.address().port().to_string();
    let client = builder()
        .server_variable("host", "127.0.0.1")
        .server_variable("port", &port)
        .server_variable("basePath", "api/v3")
        .build()
        .unwrap();
    let mut request = Request::new(&GET_THING);
    request.path_param("id", &"t2");
    client.send(request).await;
    assert_eq!(only_request(&server).await.url.path(), "/api/v3/things/t2");
}

#[test]
fn server_variable_defaults_apply_when_none_is_set() {
    let client = builder().build().unwrap();
    assert_eq!(client.core.base_url(), "http://api.example.invalid:8443/v2");
}

#[tokio::test]
async fn server_variables_fill_an_operation_level_server() {
    static OP: OperationSpec = OperationSpec {
        id: "getReport",
        method: HttpMethod::Get,
        path: "/report",
        security: &[],
        servers: &["http://{host}:{port}/reports/{basePath}"],
        accept: None,
    };
    let server = serve(ResponseTemplate::new(204)).await;
    let port = server.address().port().to_string();
    let client = builder()
        .server_variable("host", "127.0.0.1")
        .server_variable("port", &port)
        .build()
        .unwrap();
    client.send(Request::new(&OP)).await;
    assert_eq!(only_request(&server).await.url.path(), "/reports/v2/report");
}

// ------------------------------------------------------------------ form-urlencoded bodies

static PUT_FORM: OperationSpec = OperationSpec {
    id: "putForm",
    method: HttpMethod::Put,
    path: "/form",
    security: &[],
    servers: &[],
    accept: None,
};

#[derive(serde::Serialize)]
struct FormBody {
    grant_type: &'static str,
    note: &'static str,
    count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    absent: Option<String>,
}

#[tokio::test]
async fn form_urlencoded_body_exact_bytes_and_content_type() {
    let server = serve(ResponseTemplate::new(204)).await;
    let client = builder().base_url(server.uri()).build().unwrap();
    let mut request = Request::new(&PUT_FORM);
    request.form(
        &FormBody {
            grant_type: "client_credentials",
            note: "a b&c=d+é/~",
            count: 3,
            absent: None,
        },
        &[],
    );
    client.send(request).await;
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "PUT",
        "/form",
        None,
        &[
            ("accept", "*/*"),
            ("content-type", "application/x-www-form-urlencoded"),
            ("user-agent", "vars-client/rust"),
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&req.body),
        "grant_type=client_credentials&note=a+b%26c%3Dd%2B%C3%A9%2F%7E&count=3"
    );
    assert_eq!(
        req.headers["content-length"],
        req.body.len().to_string().as_str()
    );
}

// ---------------------------------------------------------------------- raw-bytes bodies

/// Bytes that are not UTF-8, with CR/LF and NUL.
const RAW: &[u8] = b"\x00\x01\xfe\xff\r\n\x89PNG\r\n\x1a\n";

#[tokio::test]
async fn raw_bytes_body_exact_bytes_and_content_type() {
    let server = serve(ResponseTemplate::new(204)).await;
    let client = builder().base_url(server.uri()).build().unwrap();
    let mut request = Request::new(&PUT_FORM);
    request.bytes("image/png", RAW.to_vec());
    client.send(request).await;
    let req = only_request(&server).await;
    assert_wire(
        &req,
        "PUT",
        "/form",
        None,
        &[
            ("accept", "*/*"),
            ("content-type", "image/png"),
            ("user-agent", "vars-client/rust"),
        ],
    );
    assert_eq!(&req.body[..], RAW);
    assert_eq!(
        req.headers["content-length"],
        RAW.len().to_string().as_str()
    );
}

#[tokio::test]
async fn raw_bytes_body_is_sent_again_on_a_retry() {
    let server = sequence(ResponseTemplate::new(503), 1, ResponseTemplate::new(204)).await;
    let client = builder()
        .base_url(server.uri())
        .retry(RetryPolicy {
            initial_backoff: std::time::Duration::from_millis(1),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let mut request = Request::new(&PUT_FORM);
    request.bytes("application/octet-stream", RAW.to_vec());
    assert_eq!(client.send(request).await.status.as_u16(), 204);
    let all = received(&server).await;
    assert_eq!(all.len(), 2);
    for r in &all {
        assert_eq!(&r.body[..], RAW);
        assert_eq!(r.headers["content-type"], "application/octet-stream");
    }
}

// ------------------------------------------------------- header and cookie parameter styles

/// An object parameter as the generated code passes it: a struct in schema order.
#[derive(serde::Serialize)]
struct Filter {
    #[serde(rename = "firstName")]
    first_name: &'static str,
    role: &'static str,
}

const FILTER: Filter = Filter {
    first_name: "Alex",
    role: "admin",
};

/// OpenAPI's `simple` style for headers (`explode` false by default) and `form` style for
/// cookies (`explode` true by default), for scalars, arrays and objects, exactly as the
/// style table gives them; cookie items percent-encoded one by one, `,` literal.
#[tokio::test]
async fn header_and_cookie_parameters_follow_the_style_table() {
    let server = serve(ResponseTemplate::new(204)).await;
    let client = builder().base_url(server.uri()).build().unwrap();
    let mut request = Request::new(&GET_THING);
    request.path_param("id", &"t");
    request.header("X-Filter", &FILTER);
    request.header_styled("X-Filter-Exploded", &FILTER, Format::simple(true));
    request.header("X-Ids", &["a", "b c"]);
    request.header_styled("X-Ids-Exploded", &[1, 2], Format::simple(true));
    request.header("X-One", &5);
    request.cookie("ids", &["a", "b;c"]);
    request.cookie_styled("joined", &["x", "y"], Format::form(false));
    request.cookie_styled("filter", &FILTER, Format::form(false));
    request.cookie("ignored", &FILTER);
    request.cookie("one", &"v w");
    client.send(request).await;
    let req = only_request(&server).await;
    let h = |name: &str| req.headers[name].to_str().unwrap().to_string();
    assert_eq!(h("x-filter"), "firstName,Alex,role,admin");
    assert_eq!(h("x-filter-exploded"), "firstName=Alex,role=admin");
    assert_eq!(h("x-ids"), "a,b c");
    assert_eq!(h("x-ids-exploded"), "1,2");
    assert_eq!(h("x-one"), "5");
    assert_eq!(
        h("cookie"),
        "ids=a; ids=b%3Bc; joined=x,y; filter=firstName,Alex,role,admin; \
         firstName=Alex; role=admin; one=v%20w"
    );
}
