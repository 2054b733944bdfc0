//! Stage 2 — the intermediate representation. Every backend (the Rust renderer, the
//! Markdown docs) reads this, never the raw document, so naming, type mapping and `$ref`
//! resolution live in one place. Serializable so templates can walk it directly.

mod dedup;
mod errors;
mod lower;
pub mod names;
mod operations;
pub mod pagination;
pub mod reserved;
pub mod streams;
mod table;
mod types;
mod vocabulary;

use std::collections::BTreeMap;

use serde::Serialize;

pub use dedup::merge_duplicates;
pub use errors::merge_error_enums;
pub use lower::lower;
pub use pagination::{Holds, ItemsField, PageKind, Pagination, SizeParam};
pub use reserved::Derived;
pub use streams::{StreamKind, Streamed};
pub use types::{Scalar, Ty, TypeId, TypeNames};
pub use vocabulary::{Decode, FlowKind, HttpScheme, Location, Method, PartKind, Status};

/// One API: one generated module.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    /// Module / crate name (snake_case).
    pub module: String,
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// Top-level servers, first is the default base URL.
    pub servers: Vec<Server>,
    pub security_schemes: Vec<SecurityScheme>,
    pub operations: Vec<Operation>,
    pub types: Vec<TypeDef>,
    pub header_structs: Vec<HeaderStruct>,
    /// What generated although the spec gets it wrong, or not quite the way the spec may
    /// intend (warnings), and what a client has no use for (notes): file, line, pointer.
    #[serde(skip)]
    pub warnings: Vec<crate::Diagnostic>,
}

/// The item of an [`Api`] a type is held by (what [`Api::tys`] reports with each type):
/// indices into `operations`, `header_structs` and `types`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Holder {
    /// Its parameters, body, responses, response headers, paged or streamed items.
    Operation(usize),
    /// A response header struct's headers.
    HeaderStruct(usize),
    /// A type table entry's fields, `additionalProperties`, variants or aliased type.
    Type(usize),
}

/// Every type an [`Api`] holds, with its holder: one walk for [`Api::tys`] and
/// [`Api::tys_mut`] (`mut` or not), so renumbering and the readers of references (per-tag
/// features) cannot disagree on where types live.
macro_rules! each_ty {
    ($api:expr, $f:expr $(, $m:tt)?) => {{
        let mut f = $f;
        for (i, op) in (& $($m)? $api.operations).into_iter().enumerate() {
            let at = Holder::Operation(i);
            for p in & $($m)? op.params {
                f(at, & $($m)? p.ty);
            }
            if let Some(b) = & $($m)? op.body {
                match & $($m)? b.kind {
                    BodyKind::Json { ty } | BodyKind::Form { ty, .. } => f(at, ty),
                    BodyKind::Multipart { fields } => {
                        for p in fields {
                            f(at, & $($m)? p.ty);
                        }
                    }
                    BodyKind::Bytes | BodyKind::Text => {}
                }
            }
            for r in & $($m)? op.responses {
                if let Some(ty) = & $($m)? r.ty {
                    f(at, ty);
                }
                for h in & $($m)? r.headers {
                    f(at, & $($m)? h.ty);
                }
            }
            match & $($m)? op.success {
                Success::One { ty } | Success::Optional { ty } => f(at, ty),
                Success::Enum { variants, .. } => {
                    for v in variants {
                        if let Some(ty) = & $($m)? v.ty {
                            f(at, ty);
                        }
                    }
                }
            }
            if let Some(p) = & $($m)? op.pagination {
                f(at, & $($m)? p.item_ty);
            }
            if let Some(s) = & $($m)? op.streamed {
                f(at, & $($m)? s.item_ty);
            }
        }
        for (i, h) in (& $($m)? $api.header_structs).into_iter().enumerate() {
            for h in & $($m)? h.headers {
                f(Holder::HeaderStruct(i), & $($m)? h.ty);
            }
        }
        for (i, t) in (& $($m)? $api.types).into_iter().enumerate() {
            let at = Holder::Type(i);
            match & $($m)? t.kind {
                TypeKind::Struct {
                    fields, additional, ..
                } => {
                    for x in fields {
                        f(at, & $($m)? x.ty);
                    }
                    if let Some(ty) = additional {
                        f(at, ty);
                    }
                }
                TypeKind::Union { variants, .. } => {
                    for v in variants {
                        f(at, & $($m)? v.ty);
                    }
                }
                TypeKind::Alias { ty, .. } => f(at, ty),
                TypeKind::StringEnum { .. } | TypeKind::IntEnum { .. } => {}
            }
        }
    }};
}

impl Api {
    /// Every type the API holds (of parameters, bodies, responses, headers and the type
    /// table's entries, paged and streamed items), with the item holding it.
    pub fn tys(&self, f: &mut impl FnMut(Holder, &Ty)) {
        each_ty!(self, |at: Holder, ty: &Ty| f(at, ty));
    }

    /// [`Api::tys`], mutable: for renumbering the table's ids.
    pub fn tys_mut(&mut self, f: &mut impl FnMut(&mut Ty)) {
        each_ty!(self, |_: Holder, ty: &mut Ty| f(ty), mut);
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
    pub variables: Vec<ServerVariable>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ServerVariable {
    pub name: String,
    pub default: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SecurityScheme {
    /// The name used in `security` requirements.
    pub name: String,
    /// snake_case name for builder methods.
    pub ident: String,
    pub description: Option<String>,
    #[serde(flatten)]
    pub kind: SchemeKind,
    /// The `ClientBuilder` methods the scheme adds beside `ident` and its flows' (see
    /// [`Derived`]), each claimed in the builder's namespace: templates see
    /// `derived.bearer`, `derived.refreshing`, `derived.signed`.
    pub derived: BTreeMap<Derived, String>,
}

impl SchemeKind {
    /// The methods a scheme of this kind adds beside its own: an OAuth2 scheme takes a
    /// token held already (`bearer`) and, unless an authorization-code flow has a
    /// method of its own, tokens refreshed with their refresh token (`refreshing`); an
    /// HTTP bearer scheme whose `bearerFormat` is JWT signs its tokens (`signed`).
    pub fn derived(&self) -> Vec<Derived> {
        match self {
            SchemeKind::OAuth2 { flows } => {
                let code_flow = flows
                    .iter()
                    .any(|f| f.flow == FlowKind::AuthorizationCode && f.method.is_some());
                let mut out = vec![Derived::Bearer];
                if !code_flow {
                    out.push(Derived::Refreshing);
                }
                out
            }
            SchemeKind::Http {
                scheme: HttpScheme::Bearer | HttpScheme::Other(_),
                bearer_format: Some(f),
            } if f.eq_ignore_ascii_case("jwt") => vec![Derived::Signed],
            _ => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SchemeKind {
    ApiKey {
        /// Where the key goes: `query`, `header` or `cookie`.
        location: Location,
        param: String,
        /// `x-authorization-params`: a structured `Authorization: Scheme k="v", …` header.
        auth_params: Option<AuthParamsSpec>,
    },
    Http {
        scheme: HttpScheme,
        bearer_format: Option<String>,
    },
    OAuth2 {
        flows: Vec<OAuthFlow>,
    },
    OpenIdConnect {
        url: String,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AuthParamsSpec {
    /// The scheme word, e.g. `MediaBrowser` or `Emby`.
    pub scheme: String,
    /// Parameter names in the order they are sent.
    pub params: Vec<String>,
    /// Parameters sent even on operations that need no authentication (client info).
    pub always: Vec<String>,
    /// Parameters that carry secrets (redacted in Debug output).
    pub secret: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OAuthFlow {
    pub flow: FlowKind,
    pub token_url: Option<String>,
    pub authorization_url: Option<String>,
    pub refresh_url: Option<String>,
    pub scopes: Vec<(String, String)>,
    /// The client-builder method that configures this flow (client credentials and
    /// authorization code have one; the first flow gets the scheme's own name).
    pub method: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// Method name (snake-cased operationId).
    pub ident: String,
    /// Builder / response type stem (PascalCase).
    pub type_stem: String,
    pub operation_id: Option<String>,
    pub method: Method,
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub tags: Vec<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// Alternatives (OR) of scheme-name sets (AND); empty = no authentication.
    pub security: Vec<Vec<String>>,
    pub servers: Vec<Server>,
    /// Accept header: the response media types, in spec order.
    pub accept: Option<String>,
    /// What `send()` returns on success.
    pub success: Success,
    /// How its pages follow one another, when it is paged (`x-pagination`, or detected):
    /// its builder gets `pages()` and `items()`.
    pub pagination: Option<Pagination>,
    /// A success response of server-sent events or JSON Lines: its builder gets `events()`
    /// or `json_lines()`, a stream of typed items.
    pub streamed: Option<Streamed>,
    /// The name of the error enum and its variants.
    pub error_type: String,
    /// How `error_type` is defined: an enum of its own (shared or not), or an alias.
    pub errors: ErrorEnum,
    pub builder_type: String,
    /// JSON pointer of the operation in the document, for diagnostics (`path` is the
    /// template as sent, which may differ from the document's key).
    #[serde(skip)]
    pub pointer: String,
}

/// How an operation's error type (`Operation::error_type`) is defined. Operations whose
/// documented error responses are identical (the same statuses, variants, payload types,
/// header structs and descriptions, in order) share one enum: the first such operation's,
/// the others' error types being `pub type` aliases of it (see `errors.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ErrorEnum {
    /// An enum of its own, with a variant per error response; `shared_by` names the
    /// operations (their method names, in order) whose error types are aliases of it.
    Enum { shared_by: Vec<String> },
    /// `pub type … = of;`: the enum of the operation `owner` (its method name).
    Alias { of: String, owner: String },
    /// No error response documented: an alias of the runtime's `NoDocumentedErrors`.
    Undocumented,
}

#[derive(Debug, Clone, Serialize)]
pub struct Param {
    pub ident: String,
    pub name: String,
    pub location: Location,
    pub required: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    /// How the value is written: `style`, `explode`, delimiter (`style`, `explode` and
    /// `delimiter` to templates).
    #[serde(flatten)]
    pub format: Format,
    /// The value's type (without `Option`: optional parameters are setters).
    pub ty: Ty,
    /// Type as the seed/docs would show it (string, integer, array of string…).
    pub schema_desc: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Body {
    pub required: bool,
    pub description: Option<String>,
    /// The request media types as the spec lists them.
    pub media_types: Vec<String>,
    /// The one this client sends.
    pub content_type: String,
    #[serde(flatten)]
    pub kind: BodyKind,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BodyKind {
    Json {
        ty: Ty,
    },
    Form {
        ty: Ty,
        /// The media type's `encoding` entries that set a style (properties without one
        /// are `form`, exploded).
        encoding: Vec<FormEncoding>,
    },
    Multipart {
        fields: Vec<MultipartField>,
    },
    Bytes,
    Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct MultipartField {
    pub ident: String,
    pub name: String,
    pub required: bool,
    pub description: Option<String>,
    pub kind: PartKind,
    /// The part's Content-Type: the media type's `encoding` entry, else OpenAPI's default
    /// for the part (none for text, which RFC 7578 makes `text/plain`).
    pub content_type: Option<String>,
    pub format: Option<Format>,
    /// The part's value ([`Ty::File`] for a file part).
    pub ty: Ty,
}

#[derive(Debug, Clone, Serialize)]
pub struct Response {
    /// `200`, `4XX` or `default`.
    pub status: Status,
    pub is_success: bool,
    pub description: String,
    pub media_types: Vec<String>,
    /// How the body is read.
    pub decode: Decode,
    /// The body's type; `None` when the response has none.
    pub ty: Option<Ty>,
    /// Header struct name, when the response documents headers.
    pub headers_type: Option<String>,
    pub headers: Vec<ResponseHeader>,
    /// The error-enum variant (for error responses).
    pub variant: Option<String>,
}

/// How one property of a form body is serialized (OpenAPI's Encoding Object).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FormEncoding {
    pub name: String,
    /// `form`, `spaceDelimited`, `pipeDelimited` or `deepObject`, explode, delimiter.
    #[serde(flatten)]
    pub format: Format,
}

/// OpenAPI's parameter `style`s (templates see the spec's words: `deepObject`).
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Style {
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

impl Style {
    pub const ALL: [Style; 7] = [
        Style::Simple,
        Style::Label,
        Style::Matrix,
        Style::Form,
        Style::SpaceDelimited,
        Style::PipeDelimited,
        Style::DeepObject,
    ];

    /// The spec's word for it.
    pub fn name(self) -> &'static str {
        match self {
            Style::Simple => "simple",
            Style::Label => "label",
            Style::Matrix => "matrix",
            Style::Form => "form",
            Style::SpaceDelimited => "spaceDelimited",
            Style::PipeDelimited => "pipeDelimited",
            Style::DeepObject => "deepObject",
        }
    }

    pub fn parse(word: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.name() == word)
    }

    /// A parameter location's default style (a form body's fields are written as query
    /// parameters are: [`Location::Query`]).
    pub fn default_in(location: Location) -> Style {
        match location {
            Location::Path | Location::Header => Style::Simple,
            Location::Query | Location::Cookie => Style::Form,
        }
    }

    /// The styles a parameter location allows (a form body's fields: [`Location::Query`]'s).
    pub fn allowed_in(location: Location) -> &'static [Style] {
        match location {
            Location::Path => &[Style::Simple, Style::Label, Style::Matrix],
            Location::Header => &[Style::Simple],
            Location::Cookie => &[Style::Form],
            Location::Query => &[
                Style::Form,
                Style::SpaceDelimited,
                Style::PipeDelimited,
                Style::DeepObject,
            ],
        }
    }

    /// The delimiter between the items of an unexploded array or object.
    pub fn delimiter(self) -> char {
        match self {
            Style::SpaceDelimited => ' ',
            Style::PipeDelimited => '|',
            _ => ',',
        }
    }
}

/// How a parameter or form field is written: its style, whether it is exploded, and the
/// delimiter between unexploded items when it is not the style's own — a Swagger 2.0
/// `collectionFormat` OpenAPI 3.0 has no style for (`tsv`; `ssv` and `pipes` in a path or
/// header), which the converted document keeps as `x-collectionFormat`.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Format {
    pub style: Style,
    pub explode: bool,
    pub delimiter: Option<char>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ResponseHeader {
    pub name: String,
    pub ident: String,
    pub description: Option<String>,
    /// A scalar (parsed with `FromStr`), or a string.
    pub ty: Ty,
    pub required: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HeaderStruct {
    pub name: String,
    pub headers: Vec<ResponseHeader>,
}

/// What `send()` returns on success.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Success {
    /// Every success response has this type ([`Ty::Unit`] when none has a body).
    One { ty: Ty },
    /// One has a body, others do not: `Option` of it.
    Optional { ty: Ty },
    /// Several bodies: an enum by status, named `name`, with one variant per success
    /// response (its payload, boxed when generated; `None` for an empty body).
    Enum {
        name: String,
        variants: Vec<SuccessVariant>,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SuccessVariant {
    pub ident: String,
    pub ty: Option<Ty>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    pub name: String,
    /// Where it came from: `#/components/schemas/X` or an inline location.
    pub origin: String,
    pub description: Option<String>,
    pub deprecated: bool,
    #[serde(flatten)]
    pub kind: TypeKind,
    /// Derive macros a config adds (beside the ones the kind of type always has).
    pub derives: Vec<String>,
    /// Outer attributes a config adds, as written (`#[serde(deny_unknown_fields)]`).
    pub attributes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// Type of `additionalProperties` values, kept in a flattened map.
        additional: Option<Ty>,
        derive_default: bool,
        /// Some field is a [`Field::constructor_arg`]: the type has a `new` taking them (and
        /// no `Default`, which would invent their values).
        has_new: bool,
    },
    /// Open enums: `other` names the variant that keeps unlisted values.
    StringEnum {
        variants: Vec<EnumVariant>,
        other: String,
    },
    IntEnum {
        variants: Vec<EnumVariant>,
        other: String,
        /// The Rust integer type that holds every value: the schema's `format` when the
        /// values fit it, else the narrowest of `i64`, `u64`, `i128` that does.
        repr: Scalar,
    },
    /// oneOf/anyOf. Tagged when the spec gives a discriminator.
    Union {
        variants: Vec<UnionVariant>,
        discriminator: Option<String>,
        /// Untagged unions keep values matching no variant here.
        other: String,
        /// Every variant implements `Display`, so the union does too (path parameters).
        display: bool,
    },
    /// `pub type Name = ty;`: a `$ref` chain, a config's type mapping, or a type merged
    /// into one identical to it (`merged`; `ty` names the canonical, see `dedup.rs`).
    Alias { ty: Ty, merged: bool },
}

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub ident: String,
    pub name: String,
    pub description: Option<String>,
    pub required: bool,
    pub nullable: bool,
    pub deprecated: bool,
    pub read_only: bool,
    pub write_only: bool,
    /// The field's type, `Option` (or `Nullable`) included.
    pub ty: Ty,
    /// The field is `Option<_>` and left out when `None`.
    pub skip_none: bool,
    /// The field is `runtime::Nullable<_>` (optional and nullable: absent, `null` or a
    /// value) and left out when absent.
    pub skip_absent: bool,
    /// The property is required both ways (not read- or write-only): an argument of the
    /// type's `new`, so a value cannot be built without it.
    pub constructor_arg: bool,
    pub schema_desc: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    pub ident: String,
    /// The wire value (string, or integer as text).
    pub value: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    pub ident: String,
    /// Discriminator value when tagged.
    pub tag: Option<String>,
    /// Other discriminator values the mapping gives the same schema: decoded as this
    /// variant too (encoded with `tag`).
    pub aliases: Vec<String>,
    /// Tagged, and the variant is a struct keeping the properties its schema does not name
    /// without naming the tag: decoding takes the tag back out of them.
    pub untag: bool,
    pub ty: Ty,
}
