//! [`Request`]: what a generated operation method builds — path, query, header and cookie
//! parameters written in their style, and the body — before [`Core`](super::Core) sends it.

use std::time::Duration;

use serde::Serialize;

use super::params::{is_empty_value, Escape};
use super::{FormEncoding, Format, OperationSpec};

/// A body ready to send.
#[derive(Debug)]
pub enum Body {
    /// Encoded bytes (JSON, a form, text, raw).
    Bytes {
        /// The Content-Type header.
        content_type: String,
        /// The encoded body.
        bytes: bytes::Bytes,
    },
    /// Multipart forms are consumed by sending, so a request with one is sent once.
    #[cfg(feature = "multipart")]
    Multipart(Option<reqwest::multipart::Form>),
    /// A body read from a stream or a file as it is sent (feature `stream`).
    #[cfg(feature = "stream")]
    Upload {
        /// The Content-Type header.
        content_type: String,
        /// Where the bytes come from.
        body: super::UploadBody,
    },
}

impl Body {
    /// Whether the body can be sent again (a retry, a retry after refreshing a token): a
    /// multipart form is a stream, consumed by the first attempt; an upload from a file is
    /// opened again, one from a stream is not.
    pub(super) fn replayable(&self) -> bool {
        match self {
            Body::Bytes { .. } => true,
            #[cfg(feature = "multipart")]
            Body::Multipart(_) => false,
            #[cfg(feature = "stream")]
            Body::Upload { body, .. } => body.replayable(),
        }
    }
}

/// A request being built by a generated method. Building never fails on the spot: the
/// first problem (a value that does not serialize, an empty path parameter) is kept and
/// returned as [`Error::InvalidRequest`](super::Error::InvalidRequest) when it is sent.
///
/// ```
/// use clientgen_runtime::{Format, HttpMethod, OperationSpec, Request};
///
/// static OP: OperationSpec = OperationSpec {
///     id: "getItem", method: HttpMethod::Get, path: "/items/{id}", security: &[], servers: &[], accept: None,
/// };
/// let mut request = Request::new(&OP);
/// request.path_param("id", &"a/b");
/// request.query("tags", &["x", "y"]);
/// request.query_styled("ids", &[1, 2], Format::pipe_delimited(false));
/// request.query("page", &None::<i64>); // an unset optional parameter: nothing
/// assert_eq!(request.path_and_query(), "/items/a%2Fb?tags=x&tags=y&ids=1|2");
/// ```
#[derive(Debug)]
pub struct Request {
    /// The operation this request is for.
    pub op: &'static OperationSpec,
    pub(super) path: String,
    /// Query pairs, already percent-encoded (so style delimiters can stay literal).
    pub(super) query: Vec<(String, String)>,
    pub(super) headers: Vec<(String, String)>,
    pub(super) cookies: Vec<(String, String)>,
    pub(super) body: Option<Body>,
    pub(super) error: Option<String>,
    /// A whole URL replacing the path and query (the next page's `Link`), resolved
    /// against the server URL and refused on another origin.
    pub(super) url: Option<String>,
}

impl Request {
    /// An empty request for `op`: its path template, no parameters, no body.
    pub fn new(op: &'static OperationSpec) -> Self {
        Request {
            op,
            path: op.path.to_string(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: None,
            error: None,
            url: None,
        }
    }

    /// A copy to send again (a reconnection), unless its body can be read only once (a
    /// multipart form, a streamed upload).
    pub fn try_clone(&self) -> Option<Request> {
        let body = match &self.body {
            None => None,
            Some(Body::Bytes {
                content_type,
                bytes,
            }) => Some(Body::Bytes {
                content_type: content_type.clone(),
                bytes: bytes.clone(),
            }),
            #[cfg(feature = "multipart")]
            Some(Body::Multipart(_)) => return None,
            #[cfg(feature = "stream")]
            Some(Body::Upload { .. }) => return None,
        };
        Some(Request {
            op: self.op,
            path: self.path.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            cookies: self.cookies.clone(),
            body,
            error: self.error.clone(),
            url: self.url.clone(),
        })
    }

    /// The path, parameters filled in, and the query string: what follows the server URL.
    pub fn path_and_query(&self) -> String {
        let query: Vec<String> = self.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, query.join("&"))
        }
    }

    /// The first problem met while building, if any (sending returns it as
    /// [`Error::InvalidRequest`](super::Error::InvalidRequest)).
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Keep the first problem: it is the request's error when sent.
    pub(super) fn fail(&mut self, msg: String) {
        self.error.get_or_insert(msg);
    }

    /// Fill `{name}` in the path with the value in OpenAPI's default style for a path
    /// parameter (`simple`, unexploded); see [`path_param_styled`](Self::path_param_styled).
    pub fn path_param(&mut self, name: &str, value: &impl Serialize) {
        self.path_param_styled(name, value, Format::simple(false));
    }

    /// Add a query parameter in OpenAPI's default style for the query (`form`, exploded);
    /// see [`query_styled`](Self::query_styled). `None` adds nothing.
    pub fn query(&mut self, name: &str, value: &impl Serialize) {
        self.query_styled(name, value, Format::form(true));
    }

    /// Add a header parameter in OpenAPI's default style for a header (`simple`,
    /// unexploded); see [`header_styled`](Self::header_styled). `None` adds nothing.
    pub fn header(&mut self, name: &str, value: &impl Serialize) {
        self.header_styled(name, value, Format::simple(false));
    }

    /// Add a cookie parameter in OpenAPI's default style for a cookie (`form`, exploded);
    /// see [`cookie_styled`](Self::cookie_styled). `None` adds nothing.
    pub fn cookie(&mut self, name: &str, value: &impl Serialize) {
        self.cookie_styled(name, value, Format::form(true));
    }

    /// Fill `{name}` in the path with the value in its style (`simple`, `label` or
    /// `matrix`), items percent-encoded one by one. An empty value, or one that comes out as
    /// `.` or `..` filling a whole segment, makes the request invalid: the URL parser
    /// resolves dot segments (percent-encoded ones too) and an empty one drops out, so the
    /// request would reach another resource.
    pub fn path_param_styled(&mut self, name: &str, value: &impl Serialize, format: Format) {
        let value = match serde_json::to_value(value) {
            Ok(v) => v,
            Err(e) => return self.fail(format!("path parameter {name}: {e}")),
        };
        let text = format.text(name, &value, Escape::Url);
        if is_empty_value(&value) || text.is_empty() {
            return self.fail(format!("path parameter {name}: the value is empty"));
        }
        let placeholder = format!("{{{name}}}");
        if (text == "." || text == "..") && self.path.split('/').any(|s| s == placeholder) {
            return self.fail(format!(
                "path parameter {name}: `{text}` is a dot segment, which the URL would resolve away"
            ));
        }
        self.path = self.path.replace(&placeholder, &text);
    }

    /// Add a query parameter in its style (`form`, `spaceDelimited`, `pipeDelimited`,
    /// `deepObject`): `name=value` pairs, percent-encoded item by item. `None` (`null`)
    /// adds nothing.
    pub fn query_styled(&mut self, name: &str, value: &impl Serialize, format: Format) {
        match serde_json::to_value(value) {
            Ok(v) => self.query.extend(format.items(name, &v, Escape::Url)),
            Err(e) => self.fail(format!("query parameter {name}: {e}")),
        }
    }

    /// Add a header parameter in the `simple` style: a scalar as text, an array as `a,b`, an
    /// object as `k1,v1,k2,v2` (exploded: `k1=v1,k2=v2`). Not percent-encoded. `None`
    /// (`null`) adds no header.
    pub fn header_styled(&mut self, name: &str, value: &impl Serialize, format: Format) {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Null) => {}
            Ok(v) => {
                let text = format.text(name, &v, Escape::Raw);
                self.headers.push((name.to_string(), text));
            }
            Err(e) => self.fail(format!("header {name}: {e}")),
        }
    }

    /// Add a cookie parameter in the `form` style. Exploded (the default): an array is one
    /// `name=item` pair per item, an object one `key=value` pair per property; otherwise
    /// `name=a,b` and `name=k1,v1,k2,v2`. Names and items are percent-encoded one by one,
    /// the `,` between items stays literal. `None` (`null`) adds nothing.
    pub fn cookie_styled(&mut self, name: &str, value: &impl Serialize, format: Format) {
        match serde_json::to_value(value) {
            Ok(v) => self.cookies.extend(format.items(name, &v, Escape::Url)),
            Err(e) => self.fail(format!("cookie {name}: {e}")),
        }
    }

    /// A JSON body.
    pub fn json(&mut self, content_type: &str, body: &impl Serialize) {
        match serde_json::to_vec(body) {
            Ok(bytes) => {
                self.body = Some(Body::Bytes {
                    content_type: content_type.into(),
                    bytes: bytes.into(),
                })
            }
            Err(e) => self.fail(format!("request body: {e}")),
        }
    }

    /// An `application/x-www-form-urlencoded` body: each property of `body` (an object)
    /// as `name=value` pairs, in the `form` style, exploded (an array is one pair per item,
    /// an object one pair per property), unless its `encoding` entry says otherwise.
    pub fn form(&mut self, body: &impl Serialize, encoding: &[FormEncoding]) {
        let map = match serde_json::to_value(body) {
            Ok(serde_json::Value::Object(map)) => map,
            Ok(other) => {
                return self.fail(format!(
                    "request body: a form body is an object, not {other}"
                ))
            }
            Err(e) => return self.fail(format!("request body: {e}")),
        };
        let mut pairs = Vec::new();
        for (name, value) in map {
            let format = encoding
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(Format::form(true), |(_, f)| *f);
            pairs.extend(format.items(&name, &value, Escape::Form));
        }
        let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        self.body = Some(Body::Bytes {
            content_type: "application/x-www-form-urlencoded".into(),
            bytes: text.join("&").into(),
        });
    }

    /// A raw body.
    pub fn bytes(&mut self, content_type: &str, body: impl Into<bytes::Bytes>) {
        self.body = Some(Body::Bytes {
            content_type: content_type.into(),
            bytes: body.into(),
        });
    }
}

/// Per-request settings from the request builder.
#[derive(Debug, Default, Clone)]
pub struct RequestOptions {
    /// Time limit for this request (each attempt), overriding the client's.
    pub timeout: Option<Duration>,
    /// Extra headers, added after the operation's own.
    pub headers: Vec<(String, String)>,
}

/// Declares a generated request builder: the struct (the client, per-request
/// [`RequestOptions`] and a field per input, an `Option` for each optional one), its `new`
/// (the client and the required inputs, every optional one unset), a setter per optional
/// input (one taking `impl Into<T>` converts), `timeout` and `header`, and `IntoFuture`,
/// so the builder can be `.await`ed (its future is `send()`'s, as is: nothing boxed again).
/// The operation's own code (`SPEC`, `send`) is an `impl` block beside it.
///
/// The struct has one lifetime; `for Client` names the client type its `client` field
/// borrows; `name?: T` is an optional input, its attributes (docs, `#[deprecated]`) put on
/// its setter; `=> $future` is the future the builder's `send(self)` returns (a
/// [`Sending`](super::Sending)), which awaiting the builder awaits.
/// The options field is a `runtime::RequestOptions`: the invoking module names this crate
/// `runtime` (a generated client's module does, whether the runtime is a dependency or
/// vendored).
///
/// ```
/// mod runtime {
///     pub use clientgen_runtime::*;
/// }
///
/// #[derive(Debug)]
/// pub struct Client;
///
/// clientgen_runtime::request_builder! {
///     /// A request builder.
///     pub struct GetPet<'a> for Client {
///         id: &'a str,
///         /// The fields to return.
///         fields?: Vec<String>,
///         /// A note, converted.
///         note?: impl Into<String>,
///         size: u8,
///     } => std::future::Ready<Result<runtime::ResponseValue<String>, runtime::Error<()>>>;
/// }
///
/// impl GetPet<'_> {
///     /// Send the request and decode the response.
///     pub fn send(self) -> std::future::Ready<Result<runtime::ResponseValue<String>, runtime::Error<()>>> {
///         let _ = self.client;
///         let text = format!("{} {} {:?} {:?}", self.id, self.size, self.fields, self.note);
///         std::future::ready(Err(runtime::Error::InvalidRequest(text)))
///     }
/// }
///
/// # fn main() {
/// let pet = GetPet::new(&Client, "7", 2).note("n").timeout(std::time::Duration::from_secs(1));
/// assert_eq!((pet.fields.as_ref(), pet.note.as_deref()), (None, Some("n")));
/// assert_eq!(pet.options.timeout, Some(std::time::Duration::from_secs(1)));
/// let pet = pet.fields(vec!["a".into()]).header("X-Trace", "1");
/// assert_eq!(pet.options.headers, [("X-Trace".to_string(), "1".to_string())]);
/// let _future = std::future::IntoFuture::into_future(pet);
/// # }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __request_builder {
    (
        $(#[$attr:meta])*
        pub struct $builder:ident<$lt:lifetime> for $client:ty {
            $($inputs:tt)*
        } => $future:ty;
    ) => {
        $crate::__request_builder!(@munch
            [$(#[$attr])* $builder $lt, $client, $future] [] [] [] $($inputs)*
        );
    };
    // Each input, one at a time, into three lists: the fields, the required inputs (the
    // arguments of `new`) and the optional ones as `{ [attributes] name [argument type]
    // conversion }` (their setters).
    (@munch $head:tt [$($field:tt)*] $req:tt [$($opt:tt)*]
        $(#[$a:meta])* $name:ident?: impl Into<$ty:ty>, $($rest:tt)*
    ) => {
        $crate::__request_builder!(@munch $head
            [$($field)* $name: ::std::option::Option<$ty>,]
            $req
            [$($opt)* { [$(#[$a])*] $name [impl ::std::convert::Into<$ty>] into }]
            $($rest)*
        );
    };
    (@munch $head:tt [$($field:tt)*] $req:tt [$($opt:tt)*]
        $(#[$a:meta])* $name:ident?: $ty:ty, $($rest:tt)*
    ) => {
        $crate::__request_builder!(@munch $head
            [$($field)* $name: ::std::option::Option<$ty>,]
            $req
            [$($opt)* { [$(#[$a])*] $name [$ty] from }]
            $($rest)*
        );
    };
    (@munch $head:tt [$($field:tt)*] [$($req:tt)*] $opt:tt $name:ident: $ty:ty, $($rest:tt)*) => {
        $crate::__request_builder!(@munch $head
            [$($field)* $name: $ty,]
            [$($req)* $name: $ty,]
            $opt
            $($rest)*
        );
    };
    (@munch
        [$(#[$attr:meta])* $builder:ident $lt:lifetime, $client:ty, $future:ty]
        [$($field:ident: $field_ty:ty,)*]
        [$($req:ident: $req_ty:ty,)*]
        [$({ [$(#[$a:meta])*] $opt:ident [$arg:ty] $conv:ident })*]
    ) => {
        $(#[$attr])*
        #[derive(Debug)]
        #[must_use = "a request does nothing until it is sent or awaited"]
        pub struct $builder<$lt> {
            client: &$lt $client,
            options: runtime::RequestOptions,
            $($field: $field_ty,)*
        }

        // `#[inline]` throughout: compiled only where called (as the generated `send` and
        // `Client` methods), not in a dev build of every operation of the client crate.
        impl<$lt> $builder<$lt> {
            /// The request with its required inputs, every optional one unset (one
            /// argument per required input, as the `Client` method has).
            #[allow(clippy::too_many_arguments)]
            #[inline]
            fn new(client: &$lt $client, $($req: $req_ty),*) -> Self {
                $builder {
                    client,
                    options: ::std::default::Default::default(),
                    $($req,)*
                    $($opt: ::std::option::Option::None,)*
                }
            }

            $(
                $(#[$a])*
                #[inline]
                pub fn $opt(mut self, value: $arg) -> Self {
                    self.$opt = ::std::option::Option::Some(
                        $crate::__request_builder!(@convert $conv value)
                    );
                    self
                }
            )*

            /// Time limit for this request (each attempt), overriding the client's.
            #[inline]
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.options.timeout = ::std::option::Option::Some(timeout);
                self
            }

            /// An extra header for this request.
            pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.options.headers.push((name.into(), value.into()));
                self
            }
        }

        impl<$lt> ::std::future::IntoFuture for $builder<$lt> {
            type Output = <$future as ::std::future::Future>::Output;
            type IntoFuture = $future;

            #[inline]
            fn into_future(self) -> Self::IntoFuture {
                self.send()
            }
        }
    };
    (@convert into $value:ident) => {
        ::std::convert::Into::into($value)
    };
    (@convert from $value:ident) => {
        $value
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    static OP: OperationSpec = OperationSpec {
        id: "getItem",
        method: super::super::HttpMethod::Get,
        path: "/items/{id}/{name}",
        security: &[],
        servers: &[],
        accept: None,
    };

    #[test]
    fn path_values_stay_in_their_segment_and_dot_segments_are_refused() {
        let mut request = Request::new(&OP);
        request.path_param("id", &"../admin");
        request.path_param_styled("name", &7, Format::label(false));
        assert_eq!(request.path_and_query(), "/items/..%2Fadmin/.7");
        assert_eq!(request.error(), None);
        for (value, why) in [
            ("", "the value is empty"),
            ("..", "dot segment"),
            (".", "dot segment"),
        ] {
            let mut request = Request::new(&OP);
            request.path_param("id", &value);
            let error = request
                .error()
                .unwrap_or_else(|| panic!("{value:?} accepted"));
            assert!(
                error.starts_with("path parameter id: ") && error.contains(why),
                "{error}"
            );
        }
    }

    #[test]
    fn the_first_problem_is_kept() {
        let mut request = Request::new(&OP);
        request.path_param("id", &"");
        request.form(&[1, 2], &[]);
        assert_eq!(
            request.error(),
            Some("path parameter id: the value is empty")
        );
    }

    #[test]
    fn form_bodies_follow_their_encoding_entries() {
        let mut request = Request::new(&OP);
        let body = serde_json::json!({"tags": ["a b", "c"], "ids": [1, 2], "name": "x&y"});
        request.form(&body, &[("ids", Format::pipe_delimited(false))]);
        match &request.body {
            Some(Body::Bytes {
                content_type,
                bytes,
            }) => {
                assert_eq!(content_type, "application/x-www-form-urlencoded");
                assert_eq!(bytes.as_ref(), b"tags=a+b&tags=c&ids=1|2&name=x%26y");
            }
            other => panic!("{other:?}"),
        }
        let mut request = Request::new(&OP);
        request.form(&"text", &[]);
        assert!(request
            .error()
            .unwrap()
            .contains("a form body is an object"));
    }

    #[test]
    fn query_header_and_cookie_values_are_written_in_their_style() {
        let mut request = Request::new(&OP);
        request.query_styled(
            "filter",
            &serde_json::json!({"a": 1, "b": "x y"}),
            Format::deep_object(true),
        );
        request.query("empty", &Option::<u8>::None);
        request.header("X-Ids", &[1, 2]);
        request.header("X-Unset", &Option::<u8>::None);
        request.header_styled("X-Map", &serde_json::json!({"a": 1}), Format::simple(true));
        request.cookie("session", &"a;b");
        request.cookie("unset", &Option::<u8>::None);
        request.json("application/json", &serde_json::json!({"k": 1}));
        assert_eq!(
            request.path_and_query(),
            "/items/{id}/{name}?filter%5Ba%5D=1&filter%5Bb%5D=x%20y"
        );
        assert_eq!(
            request.headers,
            [
                ("X-Ids".to_string(), "1,2".to_string()),
                ("X-Map".to_string(), "a=1".to_string())
            ]
        );
        assert_eq!(
            request.cookies,
            [("session".to_string(), "a%3Bb".to_string())]
        );
        assert!(request.body.as_ref().is_some_and(Body::replayable));
    }
}
