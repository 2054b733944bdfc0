//! [`MockServer`]: a mock of one API for the tests of code that uses its client (feature
//! `mock`, [wiremock](https://docs.rs/wiremock) underneath). Generated crates wrap it in a
//! typed `mock::MockServer` with one `expect_<operation>` method per operation; this module
//! holds what does not depend on the spec.
//!
//! Every request that reaches the server is checked against its operation, described by a
//! static [`MockOperation`] the generator emits: the path must match a path template of
//! the spec, query parameters must be ones the operation declares (or a query API key of
//! the spec), required parameters must be present, each parameter's value must parse as its
//! type, and a JSON body must deserialize into the body's type. A request that fails a
//! check, or that no expectation matches, is answered `500` with the reason as the body, and
//! the reason is kept: [`MockServer::verify`] (and dropping the server) panics with every
//! reason, so the test fails naming the operation and the parameter.

use std::sync::{Arc, Mutex};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::{ApiSpec, SchemeKind};

/// Where a parameter goes (OpenAPI's `in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// `in: path`.
    Path,
    /// `in: query`.
    Query,
    /// `in: header`.
    Header,
    /// `in: cookie`.
    Cookie,
}

impl ParamLocation {
    fn word(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

/// One parameter of an operation, as the mock checks it.
#[derive(Debug)]
pub struct MockParam {
    /// The name in the spec.
    pub name: &'static str,
    /// Where it goes.
    pub location: ParamLocation,
    /// `required: true` (always for path parameters).
    pub required: bool,
    /// The schema as the docs show it (`integer`, `array of string`), for messages.
    pub schema: &'static str,
    /// Whether the values (one per occurrence, percent-decoded) parse as the parameter's
    /// type: [`check_param`] for that type, or [`any_param`].
    pub check: fn(&[String]) -> bool,
}

/// One operation, as the mock checks requests to it (emitted by the generator).
#[derive(Debug)]
pub struct MockOperation {
    /// The `operationId` (or the method name when the spec gives none).
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template (`/pets/{petId}`).
    pub path: &'static str,
    /// Its parameters (path-level ones included).
    pub params: &'static [MockParam],
    /// Its request body; `None`: the operation takes none.
    pub body: Option<MockRequestBody>,
}

/// An operation's request body, as the mock checks it.
#[derive(Debug)]
pub struct MockRequestBody {
    /// `requestBody.required`.
    pub required: bool,
    /// The check of its bytes: [`check_json`] for a JSON body's type, [`any_body`]
    /// otherwise.
    pub check: fn(&[u8]) -> Result<(), String>,
}

/// Whether `values` parse as a `T`: one value as a scalar (a string, or a number or
/// boolean), several (or one comma-, space- or pipe-delimited) as an array.
pub fn check_param<T: DeserializeOwned>(values: &[String]) -> bool {
    parse_param::<T>(values).is_some()
}

/// A parameter whose values the mock does not check (objects, `deepObject`, mapped types).
pub fn any_param(_values: &[String]) -> bool {
    true
}

/// Whether a JSON body deserializes into a `T`; the error names the field.
///
/// # Errors
///
/// serde_json's message (`missing field `name` at line 1 column 2`).
pub fn check_json<T: DeserializeOwned>(body: &[u8]) -> Result<(), String> {
    serde_json::from_slice::<T>(body)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// A body the mock does not check (form, multipart, raw bytes).
///
/// # Errors
///
/// Never.
pub fn any_body(_body: &[u8]) -> Result<(), String> {
    Ok(())
}

/// The value of a parameter's occurrences as a `T`: each value as a JSON string first, then
/// as a JSON number, boolean or null.
fn parse_param<T: DeserializeOwned>(values: &[String]) -> Option<T> {
    let as_string = |v: &str| Value::String(v.to_string());
    let as_json =
        |v: &str| serde_json::from_str::<Value>(v).unwrap_or_else(|_| Value::String(v.into()));
    let try_one = |f: &dyn Fn(&str) -> Value, items: &[&str]| -> Option<T> {
        if let [one] = items {
            if let Ok(t) = serde_json::from_value(f(one)) {
                return Some(t);
            }
        }
        serde_json::from_value(Value::Array(items.iter().map(|v| f(v)).collect())).ok()
    };
    let items: Vec<&str> = values.iter().map(String::as_str).collect();
    let split: Vec<&str> = match items.as_slice() {
        [one] => one.split([',', ' ', '|']).collect(),
        _ => Vec::new(),
    };
    for list in [&items, &split] {
        if list.is_empty() {
            continue;
        }
        if let Some(t) = try_one(&as_string, list).or_else(|| try_one(&as_json, list)) {
            return Some(t);
        }
    }
    None
}

/// A mock server for one API: checks every request against the spec, answers the ones its
/// expectations match.
pub struct MockServer {
    server: wiremock::MockServer,
    api: &'static ApiSpec,
    violations: Arc<Mutex<Vec<String>>>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("api", &self.api.name)
            .field("uri", &self.server.uri())
            .finish()
    }
}

impl MockServer {
    /// Start a server on a random port of 127.0.0.1 for the API's `operations`.
    pub async fn start(api: &'static ApiSpec, operations: &'static [MockOperation]) -> Self {
        let server = wiremock::MockServer::start().await;
        let violations = Arc::new(Mutex::new(Vec::new()));
        // The lowest priority: it answers what no expectation matched, and says why.
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(Unmatched {
                api,
                operations,
                violations: violations.clone(),
            })
            .with_priority(u8::MAX)
            .named("requests no expectation matches")
            .mount(&server)
            .await;
        MockServer {
            server,
            api,
            violations,
        }
    }

    /// The server's base URL (`http://127.0.0.1:<port>`).
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// Why each request so far was not answered (a check against the spec failed, or no
    /// expectation matched), forgotten once taken: a test that expects a violation takes it,
    /// and the server then drops cleanly.
    pub fn take_violations(&self) -> Vec<String> {
        self.violations
            .lock()
            .map(|mut v| std::mem::take(&mut *v))
            .unwrap_or_default()
    }

    /// Panic with every violation so far, if any (dropping the server does too).
    pub fn verify(&self) {
        let violations = self
            .violations
            .lock()
            .map(|v| v.clone())
            .unwrap_or_default();
        if !violations.is_empty() {
            panic!(
                "the {} mock server received requests it could not answer:\n- {}",
                self.api.name,
                violations.join("\n- ")
            );
        }
    }

    /// Start an expectation for `op`: add matchers, then answer it with
    /// [`Expectation::respond`].
    pub fn expect(&self, op: &'static MockOperation) -> Expectation<'_> {
        Expectation {
            server: self,
            op,
            matchers: Vec::new(),
            times: None,
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.verify();
        }
    }
}

type Matcher = Box<dyn Fn(&wiremock::Request) -> bool + Send + Sync>;

/// A request the user's code is expected to send, and the answer to it.
#[must_use = "an expectation does nothing until it is answered with `respond`"]
pub struct Expectation<'s> {
    server: &'s MockServer,
    op: &'static MockOperation,
    matchers: Vec<Matcher>,
    times: Option<u64>,
}

impl std::fmt::Debug for Expectation<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Expectation")
            .field("operation", &self.op.id)
            .field("matchers", &self.matchers.len())
            .field("times", &self.times)
            .finish()
    }
}

/// A response body of the mock.
#[derive(Debug, Clone)]
pub enum MockBody {
    /// No body.
    Empty,
    /// A JSON value, with its media type.
    Json(&'static str, Value),
    /// Text, with its media type.
    Text(&'static str, String),
    /// Bytes, with their media type.
    Bytes(&'static str, Vec<u8>),
}

impl MockBody {
    /// `value` serialized as JSON (`application/json` or the spec's JSON media type).
    ///
    /// # Panics
    ///
    /// When `value` cannot be serialized (a map with non-string keys).
    pub fn json(media_type: &'static str, value: &impl Serialize) -> Self {
        MockBody::Json(
            media_type,
            serde_json::to_value(value).expect("a mock response body serializes to JSON"),
        )
    }
}

impl Expectation<'_> {
    /// Match only requests whose parameter `name` has `value` (compared as parsed, so
    /// `5` matches `?limit=5` and `?limit=05`).
    pub fn param<T: Serialize + DeserializeOwned>(mut self, name: &'static str, value: &T) -> Self {
        let Some(param) = self.op.params.iter().find(|p| p.name == name) else {
            return self;
        };
        let location = param.location;
        let template = self.op.path;
        let want = serde_json::to_value(value).ok();
        self.matchers.push(Box::new(move |req| {
            let values = occurrences(template, location, name, req);
            !values.is_empty()
                && parse_param::<T>(&values).and_then(|t| serde_json::to_value(t).ok()) == want
        }));
        self
    }

    /// Match only requests whose JSON body equals `value` as JSON.
    pub fn json_body<T: Serialize>(mut self, value: &T) -> Self {
        let want = serde_json::to_value(value).ok();
        self.matchers.push(Box::new(move |req| {
            serde_json::from_slice::<Value>(&req.body).ok() == want
        }));
        self
    }

    /// Expect exactly `n` matching requests (checked when the server is dropped).
    pub fn times(mut self, n: u64) -> Self {
        self.times = Some(n);
        self
    }

    /// Answer matching requests with `status` and `body`.
    pub async fn respond(self, status: u16, body: MockBody) {
        let mut template = wiremock::ResponseTemplate::new(status);
        template = match body {
            MockBody::Empty => template,
            MockBody::Json(media_type, value) => {
                template.set_body_raw(serde_json::to_vec(&value).unwrap_or_default(), media_type)
            }
            MockBody::Text(media_type, text) => template.set_body_raw(text, media_type),
            MockBody::Bytes(media_type, bytes) => template.set_body_raw(bytes, media_type),
        };
        let mut mock = wiremock::Mock::given(Expected {
            api: self.server.api,
            op: self.op,
            matchers: self.matchers,
        })
        .respond_with(template)
        .named(self.op.id);
        if let Some(n) = self.times {
            mock = mock.expect(n);
        }
        self.server.server.register(mock).await;
    }
}

/// An expectation's matcher: the operation's method and path, a request the spec allows,
/// and the expectation's own matchers.
struct Expected {
    api: &'static ApiSpec,
    op: &'static MockOperation,
    matchers: Vec<Matcher>,
}

impl wiremock::Match for Expected {
    fn matches(&self, req: &wiremock::Request) -> bool {
        req.method.as_str() == self.op.method
            && path_params(self.op.path, req.url.path()).is_some()
            && check(self.api, self.op, req).is_empty()
            && self.matchers.iter().all(|m| m(req))
    }
}

/// The fallback: finds the operation a request was meant for, records why it was not
/// answered, and answers `500` with the reason.
struct Unmatched {
    api: &'static ApiSpec,
    operations: &'static [MockOperation],
    violations: Arc<Mutex<Vec<String>>>,
}

impl wiremock::Respond for Unmatched {
    fn respond(&self, req: &wiremock::Request) -> wiremock::ResponseTemplate {
        let target = match req.url.query() {
            Some(q) => format!("{} {}?{q}", req.method, req.url.path()),
            None => format!("{} {}", req.method, req.url.path()),
        };
        // The operation whose template has the most literal segments (`/pets/mine` over
        // `/pets/{id}`).
        let op = self
            .operations
            .iter()
            .filter(|op| op.method == req.method.as_str())
            .filter_map(|op| path_params(op.path, req.url.path()).map(|p| (p.len(), op)))
            .min_by_key(|(params, _)| *params)
            .map(|(_, op)| op);
        let message = match op {
            None => format!("{target}: no operation of the spec has this method and path"),
            Some(op) => {
                let problems = check(self.api, op, req);
                if problems.is_empty() {
                    format!(
                        "operation `{}` ({target}): the request is valid but no expectation matches it",
                        op.id
                    )
                } else {
                    format!("operation `{}` ({target}): {}", op.id, problems.join("; "))
                }
            }
        };
        if let Ok(mut v) = self.violations.lock() {
            v.push(message.clone());
        }
        wiremock::ResponseTemplate::new(500).set_body_raw(message, "text/plain")
    }
}

/// The path parameters of `path` under `template`, percent-decoded; `None` when it does not
/// match.
fn path_params(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let want: Vec<&str> = template.split('/').collect();
    let got: Vec<&str> = path.split('/').collect();
    if want.len() != got.len() {
        return None;
    }
    let mut params = Vec::new();
    for (w, g) in want.iter().zip(&got) {
        match (w.find('{'), w.rfind('}')) {
            (Some(open), Some(close)) if open < close => {
                let (prefix, suffix) = (&w[..open], &w[close + 1..]);
                let value = g.strip_prefix(prefix)?.strip_suffix(suffix)?;
                if value.is_empty() {
                    return None;
                }
                params.push((w[open + 1..close].to_string(), decode(value)));
            }
            _ if w == g => {}
            _ => return None,
        }
    }
    Some(params)
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// The query's names (a `deepObject`'s `name[key]` as `name`) and decoded values.
fn query_pairs(req: &wiremock::Request) -> Vec<(String, String)> {
    req.url
        .query_pairs()
        .map(|(k, v)| {
            let name = k.split('[').next().unwrap_or(&k).to_string();
            (name, v.into_owned())
        })
        .collect()
}

fn cookies(req: &wiremock::Request) -> Vec<(String, String)> {
    req.headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .map(|(k, v)| (k.to_string(), decode(v)))
        .collect()
}

/// Each occurrence of parameter `name` in `location`.
fn occurrences(
    template: &str,
    location: ParamLocation,
    name: &str,
    req: &wiremock::Request,
) -> Vec<String> {
    let pick = |pairs: Vec<(String, String)>| {
        pairs
            .into_iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v)
            .collect()
    };
    match location {
        ParamLocation::Path => pick(path_params(template, req.url.path()).unwrap_or_default()),
        ParamLocation::Query => pick(query_pairs(req)),
        ParamLocation::Cookie => pick(cookies(req)),
        ParamLocation::Header => req
            .headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect(),
    }
}

/// What is wrong with `req` as a request to `op`; empty when nothing is.
fn check(api: &ApiSpec, op: &MockOperation, req: &wiremock::Request) -> Vec<String> {
    let mut problems = Vec::new();
    let query_keys: Vec<&str> = api
        .schemes
        .iter()
        .filter_map(|s| match s.kind {
            SchemeKind::ApiKeyQuery(name) => Some(name),
            _ => None,
        })
        .collect();
    let mut unknown: Vec<String> = Vec::new();
    for (name, _) in query_pairs(req) {
        let declared = op
            .params
            .iter()
            .any(|p| p.location == ParamLocation::Query && p.name == name);
        if !declared && !query_keys.contains(&name.as_str()) && !unknown.contains(&name) {
            unknown.push(name);
        }
    }
    problems.extend(
        unknown
            .into_iter()
            .map(|name| format!("query parameter `{name}` is not in the spec")),
    );
    for p in op.params {
        let values = occurrences(op.path, p.location, p.name, req);
        let at = p.location.word();
        if values.is_empty() {
            if p.required {
                problems.push(format!("required {at} parameter `{}` is missing", p.name));
            }
        } else if !(p.check)(&values) {
            problems.push(format!(
                "{at} parameter `{}` = `{}` is not a valid {}",
                p.name,
                values.join(","),
                p.schema
            ));
        }
    }
    match (&op.body, req.body.is_empty()) {
        (None, false) => problems.push("the operation takes no request body".into()),
        (Some(body), true) if body.required => problems.push("the request body is missing".into()),
        (Some(body), false) => {
            if let Err(e) = (body.check)(&req.body) {
                problems.push(format!("the request body does not match the spec: {e}"));
            }
        }
        _ => {}
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_parse_as_their_type() {
        let v = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(check_param::<i32>(&v(&["5"])));
        assert!(!check_param::<i32>(&v(&["ten"])));
        assert!(check_param::<String>(&v(&["5"])));
        assert!(check_param::<bool>(&v(&["true"])));
        assert!(check_param::<Vec<i64>>(&v(&["1", "2"])));
        assert!(check_param::<Vec<i64>>(&v(&["1,2"])));
        assert!(!check_param::<Vec<i64>>(&v(&["1,x"])));
        assert!(check_param::<Vec<String>>(&v(&["a b"])));
    }

    #[test]
    fn path_templates_match_segment_by_segment() {
        assert_eq!(
            path_params("/pets/{petId}.json", "/pets/a%20b.json"),
            Some(vec![("petId".to_string(), "a b".to_string())])
        );
        assert_eq!(path_params("/pets/{petId}", "/pets/"), None);
        assert_eq!(path_params("/pets/{petId}", "/pets/1/toys"), None);
        assert_eq!(path_params("/pets", "/pets"), Some(vec![]));
    }
}
