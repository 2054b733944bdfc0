//! [`MockServer`]: a mock of one API for the tests of code that uses its client (feature
//! `mock`, [wiremock](https://docs.rs/wiremock) underneath). Generated crates wrap it in a
//! typed `mock::MockServer` with one `expect_<operation>` method per operation; this module
//! holds what does not depend on the spec, and the two macros generated code declares them
//! with: [`server!`] (the typed server) and [`expectation!`] (one operation's expectation,
//! its parameter matchers and typed answers, and the server's `expect_<operation>` method),
//! so the generated `mock.rs` is one short invocation per operation.
//!
//! Every request that reaches the server is checked against its operation, described by a
//! [`MockOperation`] the generator declares: the path must match a path template of
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

use super::{ApiSpec, OperationSpec, SchemeKind};

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

/// One operation, as the mock checks requests to it (declared by [`expectation!`]).
#[derive(Debug)]
pub struct MockOperation {
    /// The operation as the client sends it (its id, method and path template): the
    /// request builder's own [`OperationSpec`], so each fact is written once.
    pub spec: &'static OperationSpec,
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
/// as a JSON number, boolean or null. A single value is taken whole when `T` is a scalar,
/// and split at `,`, ` ` or `|` (form, spaceDelimited, pipeDelimited with `explode: false`)
/// before it is taken as a one-item array.
fn parse_param<T: DeserializeOwned>(values: &[String]) -> Option<T> {
    let as_string = |v: &str| Value::String(v.to_string());
    let as_json =
        |v: &str| serde_json::from_str::<Value>(v).unwrap_or_else(|_| Value::String(v.into()));
    let items: Vec<&str> = values.iter().map(String::as_str).collect();
    let scalar = |f: &dyn Fn(&str) -> Value| match items.as_slice() {
        [one] => serde_json::from_value(f(one)).ok(),
        _ => None,
    };
    let array = |f: &dyn Fn(&str) -> Value, list: &[&str]| {
        serde_json::from_value(Value::Array(list.iter().map(|v| f(v)).collect())).ok()
    };
    let split: Vec<&str> = match items.as_slice() {
        [one] => one.split([',', ' ', '|']).collect(),
        _ => Vec::new(),
    };
    let either = |list: &[&str]| -> Option<T> {
        if list.is_empty() {
            return None;
        }
        array(&as_string, list).or_else(|| array(&as_json, list))
    };
    scalar(&as_string)
        .or_else(|| scalar(&as_json))
        .or_else(|| (split.len() > 1).then(|| either(&split)).flatten())
        .or_else(|| either(&items))
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
    /// Start a server on a random port of 127.0.0.1 for the API's `operations` (in the
    /// spec's order: of two templates matching a path equally well, the first wins).
    pub async fn start(
        api: &'static ApiSpec,
        operations: &'static [&'static MockOperation],
    ) -> Self {
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
            .field("operation", &self.op.spec.id)
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
        let template = self.op.spec.path;
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
        .named(self.op.spec.id);
        if let Some(n) = self.times {
            mock = mock.expect(n);
        }
        self.server.server.register(mock).await;
    }
}

/// Declares a generated crate's typed mock server: a newtype around [`MockServer`] with
/// `start`, `uri`, `builder`, `client`, `take_violations` and `verify`, for the API
/// `$api` (its [`ApiSpec`]) and the client `$client` (whose `builder()` returns a
/// `$builder` with `all_servers`, `no_retries` and `build_or_default`, as
/// [`client_builder!`](super::client_builder) declares it). The list names each
/// operation's expectation type (declared with [`expectation!`]), in the spec's order.
///
/// The runtime's mock module is named by the path of [`MockServer`] in the invocation
/// (`rt::MockServer` after `use …::runtime::mock as rt;`), so the macro works whether the
/// runtime is a dependency or a module of the generated crate. See [`expectation!`] for an
/// example.
#[macro_export]
#[doc(hidden)]
macro_rules! __mock_server {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident($rt:ident::MockServer) for $api:path, $client:ty, $builder:ty {
            $($operation:ident,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        $vis struct $name($rt::MockServer);

        impl $name {
            /// Each operation as the server checks requests to it, in the spec's order.
            const OPERATIONS: &'static [&'static $rt::MockOperation] =
                &[$(&$operation::OPERATION),*];

            /// Start a server on a random port of 127.0.0.1.
            pub async fn start() -> Self {
                Self($rt::MockServer::start(&$api, Self::OPERATIONS).await)
            }

            /// The server's base URL (`http://127.0.0.1:<port>`).
            pub fn uri(&self) -> ::std::string::String {
                self.0.uri()
            }

            /// A client builder that sends every operation to this server, without retries.
            pub fn builder(&self) -> $builder {
                <$client>::builder().all_servers(self.uri()).no_retries()
            }

            /// A client that sends every operation to this server, without retries.
            pub fn client(&self) -> $client {
                self.builder().build_or_default()
            }

            /// Why each request so far was not answered (a check against the spec failed, or
            /// no expectation matched), forgotten once taken: a test that expects a violation
            /// takes it, and the server then drops cleanly.
            pub fn take_violations(&self) -> ::std::vec::Vec<::std::string::String> {
                self.0.take_violations()
            }

            /// Panic with every violation so far, if any (dropping the server does too).
            pub fn verify(&self) {
                self.0.verify()
            }
        }
    };
}

/// Declares one operation's expectation for a mock server declared with [`server!`]: the
/// type (a newtype around [`Expectation`]), its [`MockOperation`] (the request builder's
/// [`OperationSpec`] `$spec`, the parameters, the body), and the server's
/// `expect_<operation>` method returning it. Docs given before the struct and before
/// each `fn` are kept; the rest are written here.
///
/// Each parameter is a line `in <location> "<name>" <required|optional> "<schema>"`, where
/// the schema is how messages describe it (`integer`, `array of string`); one the mock
/// parses as its Rust type adds `=> <method>: <type>`, which checks each request's value
/// against that type and gives the expectation a matcher method (`value: impl Into<type>`,
/// compared as parsed). Others are accepted as sent. A request body is `body required;` or
/// `body optional;`, with `: <type>` for a JSON body (checked by deserializing it, and
/// matched with `body(&value)`). Each answer is `fn respond_<status>(<code or status>,
/// <json "media/type": Type | text "media/type" | bytes "media/type">)`: `status` (for a
/// range or `default`) makes the status an argument; without a body kind it answers with
/// none. Every expectation also has `times(n)` and `respond_status(status)`.
///
/// ```
/// use clientgen_runtime::mock as rt;
///
/// mod runtime {
///     pub use clientgen_runtime::*;
/// }
///
/// static API: runtime::ApiSpec = runtime::ApiSpec {
///     name: "pets", default_server: "https://pets.example", server_variables: &[], schemes: &[],
/// };
///
/// /// The client (generated code's `Client`, with a request builder per operation).
/// pub struct Client(std::sync::Arc<runtime::Core>);
///
/// impl runtime::FromCore for Client {
///     fn from_core(core: std::sync::Arc<runtime::Core>) -> Self { Client(core) }
///     fn core(&self) -> &std::sync::Arc<runtime::Core> { &self.0 }
/// }
///
/// impl Client {
///     /// The client's builder.
///     pub fn builder() -> ClientBuilder { ClientBuilder(runtime::ClientBuilder::new(&API)) }
/// }
///
/// clientgen_runtime::client_builder! {
///     /// Configures a [`Client`].
///     pub struct ClientBuilder(crate::runtime::ClientBuilder<Client>);
/// }
///
/// /// How the client sends `getPet` (generated code: the request builder's `SPEC`).
/// static GET_PET: runtime::OperationSpec = runtime::OperationSpec {
///     id: "getPet",
///     method: runtime::HttpMethod::Get,
///     path: "/pets/{petId}",
///     security: &[],
///     servers: &[],
///     accept: None,
/// };
///
/// rt::server! {
///     /// A mock Pets server.
///     pub struct MockServer(rt::MockServer) for API, Client, ClientBuilder {
///         GetPet,
///     }
/// }
///
/// rt::expectation! {
///     /// An expected `getPet` request.
///     pub struct GetPet<'s>(rt::Expectation<'s>) for GET_PET;
///     /// Expect a `getPet` request.
///     fn MockServer::expect_get_pet();
///     in path "petId" required "integer" => pet_id: i64;
///     in query "fields" optional "object";
///     /// Answer with `200`: the pet.
///     fn respond_200(200, json "application/json": serde_json::Value);
///     /// Answer with an error.
///     fn respond_default(status, text "text/plain");
/// }
///
/// # fn main() {
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// let server = MockServer::start().await;
/// server.expect_get_pet().pet_id(7).times(1).respond_200(serde_json::json!({"id": 7})).await;
/// server.expect_get_pet().pet_id(8).respond_default(503, "down").await;
/// let get = |path: &str| reqwest::get(format!("{}{path}", server.uri()));
/// assert_eq!(get("/pets/7").await.unwrap().text().await.unwrap(), r#"{"id":7}"#);
/// assert_eq!(get("/pets/8").await.unwrap().status(), 503);
/// // Not an integer: answered 500, and the reason is kept (dropping the server panics).
/// assert_eq!(get("/pets/x").await.unwrap().status(), 500);
/// assert_eq!(
///     server.take_violations(),
///     ["operation `getPet` (GET /pets/x): path parameter `petId` = `x` is not a valid integer"]
/// );
/// # });
/// # }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __mock_expectation {
    (@location $rt:ident path) => { $rt::ParamLocation::Path };
    (@location $rt:ident query) => { $rt::ParamLocation::Query };
    (@location $rt:ident header) => { $rt::ParamLocation::Header };
    (@location $rt:ident cookie) => { $rt::ParamLocation::Cookie };
    (@required required) => { true };
    (@required optional) => { false };
    (@check $rt:ident) => { $rt::any_param };
    (@check $rt:ident $ty:ty) => { $rt::check_param::<$ty> };
    (@body $rt:ident) => { ::std::option::Option::None };
    (@body $rt:ident $required:ident) => {
        ::std::option::Option::Some($rt::MockRequestBody {
            required: $crate::__mock_expectation!(@required $required),
            check: $rt::any_body,
        })
    };
    (@body $rt:ident $required:ident $ty:ty) => {
        ::std::option::Option::Some($rt::MockRequestBody {
            required: $crate::__mock_expectation!(@required $required),
            check: $rt::check_json::<$ty>,
        })
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident status) => {
        $($doc)*
        pub async fn $respond(self, status: u16) {
            self.0.respond(status, $rt::MockBody::Empty).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident $code:literal) => {
        $($doc)*
        pub async fn $respond(self) {
            self.0.respond($code, $rt::MockBody::Empty).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident status json $media:literal $ty:ty) => {
        $($doc)*
        pub async fn $respond(self, status: u16, body: $ty) {
            self.0.respond(status, $rt::MockBody::json($media, &body)).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident $code:literal json $media:literal $ty:ty) => {
        $($doc)*
        pub async fn $respond(self, body: $ty) {
            self.0.respond($code, $rt::MockBody::json($media, &body)).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident status text $media:literal) => {
        $($doc)*
        pub async fn $respond(
            self,
            status: u16,
            body: impl ::std::convert::Into<::std::string::String>,
        ) {
            self.0.respond(status, $rt::MockBody::Text($media, body.into())).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident $code:literal text $media:literal) => {
        $($doc)*
        pub async fn $respond(self, body: impl ::std::convert::Into<::std::string::String>) {
            self.0.respond($code, $rt::MockBody::Text($media, body.into())).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident status bytes $media:literal) => {
        $($doc)*
        pub async fn $respond(
            self,
            status: u16,
            body: impl ::std::convert::Into<::std::vec::Vec<u8>>,
        ) {
            self.0.respond(status, $rt::MockBody::Bytes($media, body.into())).await
        }
    };
    (@respond $rt:ident [$($doc:tt)*] $respond:ident $code:literal bytes $media:literal) => {
        $($doc)*
        pub async fn $respond(self, body: impl ::std::convert::Into<::std::vec::Vec<u8>>) {
            self.0.respond($code, $rt::MockBody::Bytes($media, body.into())).await
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident<$s:lifetime>($rt:ident::Expectation<$s2:lifetime>)
            for $spec:path;
        $(#[$expect_meta:meta])*
        fn $server:ident::$expect:ident();
        $(
            in $location:ident $param:literal $required:ident $schema:literal
                $(=> $method:ident: $ty:ty)?;
        )*
        $(body $body_required:ident $(: $body:ty)?;)?
        $(
            $(#[$respond_meta:meta])*
            fn $respond:ident($status:tt $(, $kind:ident $media:literal $(: $body_ty:ty)?)?);
        )*
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        #[must_use = "an expectation does nothing until it is answered with a `respond_` method"]
        $vis struct $name<$s>($rt::Expectation<$s>);

        impl $server {
            $(#[$expect_meta])*
            pub fn $expect(&self) -> $name<'_> {
                $name(self.0.expect(&$name::OPERATION))
            }
        }

        impl $name<'_> {
            /// The operation as the server checks requests to it.
            const OPERATION: $rt::MockOperation = $rt::MockOperation {
                spec: &$spec,
                params: &[$(
                    $rt::MockParam {
                        name: $param,
                        location: $crate::__mock_expectation!(@location $rt $location),
                        required: $crate::__mock_expectation!(@required $required),
                        schema: $schema,
                        check: $crate::__mock_expectation!(@check $rt $($ty)?),
                    },
                )*],
                body: $crate::__mock_expectation!(@body $rt $($body_required $($body)?)?),
            };
            $($(
                #[doc = concat!(
                    "Match only requests whose ", stringify!($location), " parameter `", $param,
                    "` is `value` (compared as parsed)."
                )]
                pub fn $method(self, value: impl ::std::convert::Into<$ty>) -> Self {
                    Self(self.0.param::<$ty>($param, &value.into()))
                }
            )?)*
            $($(
                /// Match only requests whose JSON body equals `value`.
                pub fn body(self, value: &$body) -> Self {
                    Self(self.0.json_body(value))
                }
            )?)?

            /// Expect exactly `n` matching requests (checked when the server is dropped).
            pub fn times(self, n: u64) -> Self {
                Self(self.0.times(n))
            }
            $(
                $crate::__mock_expectation!(
                    @respond $rt [$(#[$respond_meta])*]
                    $respond $status $($kind $media $($body_ty)?)?
                );
            )*

            /// Answer with `status` and no body (a status the spec does not document, to test
            /// how your code handles it).
            pub async fn respond_status(self, status: u16) {
                self.0.respond(status, $rt::MockBody::Empty).await
            }
        }
    };
}

/// Declares one operation's typed expectation; see the `mock` module.
pub use crate::__mock_expectation as expectation;
/// Declares a generated crate's typed mock server; see the `mock` module.
pub use crate::__mock_server as server;

/// An expectation's matcher: the operation's method and path, a request the spec allows,
/// and the expectation's own matchers.
struct Expected {
    api: &'static ApiSpec,
    op: &'static MockOperation,
    matchers: Vec<Matcher>,
}

impl wiremock::Match for Expected {
    fn matches(&self, req: &wiremock::Request) -> bool {
        req.method.as_str() == self.op.spec.method.as_str()
            && path_params(self.op.spec.path, req.url.path()).is_some()
            && check(self.api, self.op, req).is_empty()
            && self.matchers.iter().all(|m| m(req))
    }
}

/// The fallback: finds the operation a request was meant for, records why it was not
/// answered, and answers `500` with the reason.
struct Unmatched {
    api: &'static ApiSpec,
    operations: &'static [&'static MockOperation],
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
            .filter(|op| op.spec.method.as_str() == req.method.as_str())
            .filter_map(|op| path_params(op.spec.path, req.url.path()).map(|p| (p.len(), op)))
            .min_by_key(|(params, _)| *params)
            .map(|(_, op)| op);
        let message = match op {
            None => format!("{target}: no operation of the spec has this method and path"),
            Some(op) => {
                let problems = check(self.api, op, req);
                if problems.is_empty() {
                    format!(
                        "operation `{}` ({target}): the request is valid but no expectation matches it",
                        op.spec.id
                    )
                } else {
                    format!(
                        "operation `{}` ({target}): {}",
                        op.spec.id,
                        problems.join("; ")
                    )
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
        let values = occurrences(op.spec.path, p.location, p.name, req);
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

    /// A client for [`Things`], as generated code declares one (the mock's `builder()` and
    /// `client()` make it).
    #[derive(Debug)]
    pub struct Client(Arc<super::super::Core>);

    impl super::super::FromCore for Client {
        fn from_core(core: Arc<super::super::Core>) -> Self {
            Client(core)
        }

        fn core(&self) -> &Arc<super::super::Core> {
            &self.0
        }
    }

    impl Client {
        fn builder() -> ClientBuilder {
            ClientBuilder(super::super::ClientBuilder::new(&API))
        }
    }

    /// What a generated `ClientBuilder` has of the runtime's builder that the mock uses.
    #[derive(Debug)]
    pub struct ClientBuilder(super::super::ClientBuilder<Client>);

    impl ClientBuilder {
        fn all_servers(self, url: impl Into<String>) -> Self {
            Self(self.0.all_servers(url))
        }

        fn no_retries(self) -> Self {
            Self(self.0.no_retries())
        }

        fn build_or_default(self) -> Client {
            self.0.build_or_default()
        }
    }

    static API: ApiSpec = ApiSpec {
        name: "things",
        default_server: "https://things.example",
        server_variables: &[],
        schemes: &[],
    };

    static PUT_THING: OperationSpec = OperationSpec {
        id: "putThing",
        method: super::super::HttpMethod::Put,
        path: "/things/{id}",
        security: &[],
        servers: &[],
        accept: None,
    };

    static GET_README: OperationSpec = OperationSpec {
        id: "getReadme",
        method: super::super::HttpMethod::Get,
        path: "/readme",
        security: &[],
        servers: &[],
        accept: None,
    };

    #[derive(Debug, serde::Serialize, serde::Deserialize)]
    pub struct Thing {
        name: String,
    }

    use super as rt;

    rt::server! {
        /// A mock Things server.
        pub struct MockServer(rt::MockServer) for API, Client, ClientBuilder {
            PutThing,
            GetReadme,
        }
    }

    crate::__mock_expectation! {
        /// An expected `putThing` request.
        pub struct PutThing<'s>(rt::Expectation<'s>) for PUT_THING;
        /// Expect a `putThing` request.
        fn MockServer::expect_put_thing();
        in path "id" required "integer" => id: i64;
        in query "tags" optional "array of string" => tags: Vec<String>;
        in query "filter" optional "object";
        in header "X-Trace" required "string" => x_trace: String;
        body required: Thing;
        /// Answer with `200`: the thing.
        fn respond_200(200, json "application/json": Thing);
        /// Answer with `204`.
        fn respond_204(204);
        /// Answer with `4XX`: an error.
        fn respond_4xx(status, text "text/plain");
        /// Answer with `default`: raw bytes.
        fn respond_default(status, bytes "application/octet-stream");
    }

    crate::__mock_expectation! {
        /// An expected `getReadme` request.
        pub struct GetReadme<'s>(rt::Expectation<'s>) for GET_README;
        /// Expect a `getReadme` request.
        fn MockServer::expect_get_readme();
        in query "v" optional "integer" => v: i64;
        /// Answer with `200`: the text.
        fn respond_200(200, text "text/markdown");
        /// Answer with `201`: the bytes.
        fn respond_201(201, bytes "application/octet-stream");
        /// Answer with `default`.
        fn respond_default(status);
    }

    /// Each declared matcher, answer and check of the macros, on the wire.
    #[test]
    fn declared_expectations_match_and_answer_real_requests() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let server = MockServer::start().await;
            let thing = || Thing { name: "a".into() };
            server
                .expect_put_thing()
                .id(7)
                .tags(vec!["x".to_string(), "y".to_string()])
                .x_trace("t-1")
                .body(&thing())
                .times(1)
                .respond_200(Thing { name: "b".into() })
                .await;
            server.expect_put_thing().id(8).respond_204().await;
            server.expect_put_thing().id(9).respond_4xx(409, "taken").await;
            server.expect_put_thing().id(10).respond_default(502, vec![1, 2]).await;
            server.expect_put_thing().id(11).respond_status(418).await;
            let http = reqwest::Client::new();
            let put = |path: &str, body: &str| {
                http.put(format!("{}{path}", server.uri()))
                    .header("X-Trace", "t-1")
                    .body(body.to_string())
                    .send()
            };
            let ok = put("/things/7?tags=x&tags=y&filter[a]=1", r#"{"name":"a"}"#).await.unwrap();
            assert_eq!(ok.status(), 200);
            assert_eq!(ok.headers()["content-type"], "application/json");
            assert_eq!(ok.text().await.unwrap(), r#"{"name":"b"}"#);
            assert_eq!(put("/things/8", r#"{"name":"a"}"#).await.unwrap().status(), 204);
            let taken = put("/things/9", r#"{"name":"a"}"#).await.unwrap();
            assert_eq!(
                (taken.status().as_u16(), taken.text().await.unwrap()),
                (409, "taken".to_string())
            );
            let raw = put("/things/10", r#"{"name":"a"}"#).await.unwrap();
            assert_eq!(raw.status(), 502);
            assert_eq!(raw.bytes().await.unwrap().as_ref(), [1, 2]);
            assert_eq!(put("/things/11", r#"{"name":"a"}"#).await.unwrap().status(), 418);
            assert!(server.take_violations().is_empty());
            // A matcher that does not match, and each declared check of the operation.
            for (path, body, want) in [
                (
                    "/things/7?tags=z",
                    r#"{"name":"a"}"#,
                    "operation `putThing` (PUT /things/7?tags=z): the request is valid but no \
                     expectation matches it",
                ),
                (
                    "/things/seven",
                    r#"{"name":"a"}"#,
                    "operation `putThing` (PUT /things/seven): path parameter `id` = `seven` is \
                     not a valid integer",
                ),
                (
                    "/things/7",
                    r#"{}"#,
                    "operation `putThing` (PUT /things/7): the request body does not match the \
                     spec: missing field `name` at line 1 column 2",
                ),
                (
                    "/things/7",
                    "",
                    "operation `putThing` (PUT /things/7): the request body is missing",
                ),
            ] {
                let answer = put(path, body).await.unwrap();
                assert_eq!(answer.status(), 500, "{want}");
                assert_eq!(server.take_violations(), [want]);
            }
            let missing = http.put(format!("{}/things/8", server.uri())).body("{\"name\":\"a\"}");
            missing.send().await.unwrap();
            assert_eq!(
                server.take_violations(),
                ["operation `putThing` (PUT /things/8): required header parameter `X-Trace` is missing"]
            );
            // The second operation, found by the fallback too (no expectation for it yet).
            let readme = || http.get(format!("{}/readme", server.uri())).send();
            readme().await.unwrap();
            assert_eq!(
                server.take_violations(),
                ["operation `getReadme` (GET /readme): the request is valid but no expectation matches it"]
            );
            server.expect_get_readme().v(1).respond_201(vec![0, 1]).await;
            server.expect_get_readme().v(2).respond_default(404).await;
            server.expect_get_readme().v(3).respond_status(418).await;
            let versioned = |v: u8| http.get(format!("{}/readme?v={v}", server.uri())).send();
            let bytes = versioned(1).await.unwrap();
            assert_eq!(bytes.status(), 201);
            assert_eq!(bytes.headers()["content-type"], "application/octet-stream");
            assert_eq!(bytes.bytes().await.unwrap().as_ref(), [0, 1]);
            assert_eq!(versioned(2).await.unwrap().status(), 404);
            assert_eq!(versioned(3).await.unwrap().status(), 418);
            // Answered through the client the server makes (its servers point here).
            server.expect_get_readme().times(1).respond_200("# Things").await;
            let request = super::super::Request::new(&GET_README);
            let text = server.client().0.send(request, Default::default()).await.unwrap();
            assert_eq!(text.headers["content-type"], "text/markdown");
            assert_eq!(text.body.as_ref(), b"# Things");
            server.verify();
        });
    }

    /// The declared operation is the request builder's spec, not a copy of its facts.
    #[test]
    fn the_declared_operation_shares_the_clients_spec() {
        assert!(std::ptr::eq(PutThing::OPERATION.spec, &PUT_THING));
        assert_eq!(MockServer::OPERATIONS.len(), 2);
        assert_eq!(MockServer::OPERATIONS[1].spec.id, "getReadme");
        let params: Vec<_> = PutThing::OPERATION
            .params
            .iter()
            .map(|p| (p.name, p.location, p.required))
            .collect();
        assert_eq!(
            params,
            [
                ("id", ParamLocation::Path, true),
                ("tags", ParamLocation::Query, false),
                ("filter", ParamLocation::Query, false),
                ("X-Trace", ParamLocation::Header, true),
            ]
        );
        let filter = &PutThing::OPERATION.params[2];
        assert!((filter.check)(&["{not a number".to_string()]));
        assert!(!(PutThing::OPERATION.params[0].check)(&["x".to_string()]));
        assert!(GetReadme::OPERATION.body.is_none());
        assert!(PutThing::OPERATION
            .body
            .as_ref()
            .is_some_and(|b| b.required));
    }

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
        // An unexploded array is its items, not one item holding the delimiter.
        assert_eq!(
            parse_param::<Vec<String>>(&v(&["a,b"])),
            Some(vec!["a".into(), "b".into()])
        );
        assert_eq!(
            parse_param::<Vec<String>>(&v(&["a", "b"])),
            Some(vec!["a".into(), "b".into()])
        );
        assert_eq!(
            parse_param::<Vec<String>>(&v(&["a"])),
            Some(vec!["a".into()])
        );
        assert_eq!(parse_param::<String>(&v(&["a,b"])), Some("a,b".to_string()));
        assert_eq!(parse_param::<Vec<i64>>(&v(&["1|2"])), Some(vec![1, 2]));
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
