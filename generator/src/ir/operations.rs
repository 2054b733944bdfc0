//! Operations: parameters by location, request bodies per media type, responses per
//! status with their headers, security requirements and servers.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::lower::{keys_of, servers_at, Ctx};
use super::names::{bare, pascal, snake, Namespace};
use super::types::{text, EMPTY, STRING, VALUE};
use super::{
    Body, BodyKind, FormEncoding, Format, HeaderStruct, MultipartField, Operation, Param, Response,
    ResponseHeader, SchemeKind, SecurityScheme, Style, Success, Ty,
};
use crate::load::escape_pointer;

pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Names the module root already uses.
pub const RESERVED_ROOT_NAMES: &[&str] = &[
    "Client",
    "ClientBuilder",
    "types",
    "Error",
    "ResponseValue",
    "SERVERS",
    "SECURITY_SCHEMES",
];

/// Methods of `Client` that operations must not shadow.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "builder",
    "base_url",
    "core",
    "clone",
    "fmt",
    "from_core",
    "with_credential",
    "with_token",
];

/// Builder methods that parameter setters must not shadow.
const BUILDER_METHODS: &[&str] = &[
    "send",
    "timeout",
    "header",
    "into_future",
    "client",
    "body",
    "new",
    // Fields of every request builder.
    "options",
];

pub fn is_json(media: &str) -> bool {
    let m = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    m == "application/json" || m == "text/json" || m.ends_with("+json")
}

/// `*/*`, `application/*` and other media ranges.
fn is_wildcard(media: &str) -> bool {
    let m = media.split(';').next().unwrap_or("").trim();
    m == "*/*" || m.ends_with("/*")
}

/// Whether the schema at `ptr` describes structured data (an object, array, number,
/// boolean or composition) rather than a string or bytes. Under a media range such as
/// `*/*` such a schema can only mean JSON, the one structured encoding the client speaks.
fn is_structured(ctx: &Ctx<'_>, ptr: &str) -> bool {
    let (_, Some(node)) = ctx.deref(ptr) else {
        return false;
    };
    match node.get("type").and_then(Value::as_str) {
        Some("string") => false,
        Some(_) => true,
        None => [
            "properties",
            "additionalProperties",
            "items",
            "allOf",
            "oneOf",
            "anyOf",
        ]
        .iter()
        .any(|k| node.contains_key(*k)),
    }
}

fn is_xml(media: &str) -> bool {
    let m = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    m == "application/xml" || m == "text/xml" || m.ends_with("+xml")
}

pub fn lower_operations(ctx: &mut Ctx<'_>, schemes: &[SecurityScheme]) -> Vec<Operation> {
    let paths: Vec<String> = keys_of(ctx.doc.raw.pointer("/paths"));
    let mut method_ns = Namespace::with_reserved(CLIENT_METHODS);
    let mut out = Vec::new();
    for path in paths {
        let item_ptr = format!("/paths/{}", escape_pointer(&path));
        let (item_ptr, Some(item)) = ctx.deref(&item_ptr) else {
            continue;
        };
        let path_servers = servers_at(ctx.doc, &format!("{item_ptr}/servers"));
        for method in METHODS {
            let Some(Value::Object(op)) = item.get(*method) else {
                continue;
            };
            let op_ptr = format!("{item_ptr}/{method}");
            let operation_id = text(op, "operationId");
            let raw_name = operation_id
                .clone()
                .unwrap_or_else(|| format!("{method} {}", path.replace(['{', '}'], " ")));
            let ident = method_ns.claim(&snake(&raw_name));
            let stem = pascal(bare(&ident));
            let builder_type = ctx.op_ns.claim(&stem);
            let error_type = ctx.op_ns.claim(&format!("{stem}Error"));
            let mut o = Operation {
                ident,
                type_stem: stem.clone(),
                operation_id,
                method: method.to_uppercase(),
                path: path.clone(),
                summary: text(op, "summary"),
                description: text(op, "description"),
                deprecated: op
                    .get("deprecated")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                tags: op
                    .get("tags")
                    .and_then(Value::as_array)
                    .map(|t| {
                        t.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
                params: Vec::new(),
                body: None,
                responses: Vec::new(),
                security: Vec::new(),
                servers: servers_at(ctx.doc, &format!("{op_ptr}/servers")),
                accept: None,
                success: Success::One {
                    rust_ty: "()".into(),
                },
                error_type,
                builder_type,
            };
            if o.servers.is_empty() {
                o.servers = path_servers.clone();
            }
            o.params = params(ctx, &item_ptr, &op_ptr, op, &stem);
            check_path_params(ctx, &op_ptr, &o);
            let taken: Vec<String> = o.params.iter().map(|p| p.ident.clone()).collect();
            o.body = body(ctx, &op_ptr, op, &stem, &taken);
            o.responses = responses(ctx, &op_ptr, op, &stem);
            o.security = security(ctx, &op_ptr, op, schemes);
            let mut accept: Vec<String> = Vec::new();
            for r in &o.responses {
                for m in &r.media_types {
                    if !accept.contains(m) {
                        accept.push(m.clone());
                    }
                }
            }
            o.accept = (!accept.is_empty()).then(|| accept.join(", "));
            o.success = success(ctx, &mut o);
            out.push(o);
        }
    }
    out
}

fn params(
    ctx: &mut Ctx<'_>,
    item_ptr: &str,
    op_ptr: &str,
    op: &Map<String, Value>,
    stem: &str,
) -> Vec<Param> {
    // Path-level parameters first, replaced by operation-level ones of the same name+in.
    let mut list: Vec<(String, &Map<String, Value>)> = Vec::new();
    for base in [item_ptr, op_ptr] {
        let count = ctx
            .doc
            .raw
            .pointer(&format!("{base}/parameters"))
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for i in 0..count {
            let (p_ptr, Some(p)) = ctx.deref(&format!("{base}/parameters/{i}")) else {
                continue;
            };
            let key = |m: &Map<String, Value>| (m.get("name").cloned(), m.get("in").cloned());
            if let Some(slot) = list.iter_mut().find(|(_, m)| key(m) == key(p)) {
                *slot = (p_ptr, p);
            } else {
                list.push((p_ptr, p));
            }
        }
    }
    let _ = op;
    let mut ns = Namespace::with_reserved(BUILDER_METHODS);
    let mut out = Vec::new();
    for (p_ptr, p) in list {
        let name = text(p, "name").unwrap_or_default();
        let location = text(p, "in").unwrap_or_else(|| "query".into());
        let required =
            location == "path" || p.get("required").and_then(Value::as_bool).unwrap_or(false);
        let format = format_of(ctx, &p_ptr, p, &location);
        let schema_ptr = if p.contains_key("schema") {
            format!("{p_ptr}/schema")
        } else {
            // `content`-style parameter: the first media type's schema.
            let media = p
                .get("content")
                .and_then(Value::as_object)
                .and_then(|c| c.keys().next().cloned())
                .unwrap_or_default();
            format!("{p_ptr}/content/{}/schema", escape_pointer(&media))
        };
        let (ty, _nullable) = ctx.schema_ty(&schema_ptr, &format!("{stem}{}", pascal(&name)));
        let (arg_ty, arg_conv) = arg_of(&ty);
        out.push(Param {
            ident: ns.claim(&snake(&name)),
            name,
            location,
            required,
            deprecated: p
                .get("deprecated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            description: text(p, "description"),
            format,
            rust_ty: ty.render("types::"),
            schema_desc: ty.describe(),
            ty,
            arg_ty,
            arg_conv,
        });
    }
    out
}

/// What a setter or argument takes: `impl Into<String>` for strings, the type otherwise.
fn arg_of(ty: &Ty) -> (String, String) {
    if *ty == STRING {
        ("impl Into<String>".into(), "value.into()".into())
    } else {
        (ty.render("types::"), "value".into())
    }
}

fn check_path_params(ctx: &mut Ctx<'_>, op_ptr: &str, o: &Operation) {
    let mut in_template = BTreeSet::new();
    let mut rest = o.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest.get(start..).and_then(|r| r.find('}')) else {
            break;
        };
        if let Some(name) = rest.get(start + 1..start + len) {
            in_template.insert(name.to_string());
        }
        rest = rest.get(start + len + 1..).unwrap_or("");
    }
    for name in &in_template {
        if !o
            .params
            .iter()
            .any(|p| p.location == "path" && &p.name == name)
        {
            ctx.error(op_ptr, format!("path template `{}` uses `{{{name}}}` but the operation declares no path parameter `{name}`", o.path));
        }
    }
    for p in o.params.iter().filter(|p| p.location == "path") {
        if !in_template.contains(&p.name) {
            ctx.warn(
                op_ptr,
                format!(
                    "path parameter `{}` does not appear in `{}`",
                    p.name, o.path
                ),
            );
        }
    }
}

/// `taken`: the parameters' identifiers, which multipart fields sit beside in the
/// request builder and in the method's arguments.
fn body(
    ctx: &mut Ctx<'_>,
    op_ptr: &str,
    op: &Map<String, Value>,
    stem: &str,
    taken: &[String],
) -> Option<Body> {
    if !op.contains_key("requestBody") {
        return None;
    }
    let (b_ptr, Some(b)) = ctx.deref(&format!("{op_ptr}/requestBody")) else {
        return None;
    };
    let media_types: Vec<String> = keys_of(b.get("content"));
    let schema_ptr = |m: &str| format!("{b_ptr}/content/{}/schema", escape_pointer(m));
    let hint = format!("{stem}Body");
    let pick = |pred: &dyn Fn(&str) -> bool| media_types.iter().find(|m| pred(m)).cloned();
    let json = pick(&|m| is_json(m))
        .or_else(|| pick(&|m| is_wildcard(m) && is_structured(ctx, &schema_ptr(m))));
    let (content_type, kind) = if let Some(m) = json {
        let (ty, nullable) = ctx.schema_ty(&schema_ptr(&m), &hint);
        let ty = if nullable { ty.option() } else { ty };
        // A wildcard like `application/*+json` can't be sent: use a concrete JSON type.
        let concrete = media_types
            .iter()
            .find(|m| is_json(m) && !m.contains('*'))
            .cloned()
            .unwrap_or_else(|| "application/json".into());
        (
            concrete,
            BodyKind::Json {
                rust_ty: ty.render("types::"),
                ty,
            },
        )
    } else if let Some(m) = pick(&|m| m.starts_with("multipart/")) {
        let media_ptr = format!("{b_ptr}/content/{}", escape_pointer(&m));
        let encoding = form_encoding(ctx, &media_ptr);
        (
            m.clone(),
            BodyKind::Multipart {
                fields: multipart_fields(ctx, &schema_ptr(&m), &hint, taken, &encoding),
            },
        )
    } else if let Some(m) = pick(&|m| m == "application/x-www-form-urlencoded") {
        let (ty, _) = ctx.schema_ty(&schema_ptr(&m), &hint);
        let media_ptr = format!("{b_ptr}/content/{}", escape_pointer(&m));
        let encoding = form_encoding(ctx, &media_ptr);
        (
            m,
            BodyKind::Form {
                rust_ty: ty.render("types::"),
                ty,
                encoding,
            },
        )
    } else if let Some(m) = pick(&|m| m.starts_with("text/")) {
        (m, BodyKind::Text)
    } else {
        (
            media_types
                .first()
                .cloned()
                .unwrap_or_else(|| "application/octet-stream".into()),
            BodyKind::Bytes,
        )
    };
    Some(Body {
        required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
        description: text(b, "description"),
        media_types,
        content_type,
        kind,
    })
}

/// The `encoding` entries of a form body's media type that give a style, explode or an
/// `x-collectionFormat`.
fn form_encoding(ctx: &mut Ctx<'_>, media_ptr: &str) -> Vec<FormEncoding> {
    let Some(media) = ctx.doc.raw.pointer(media_ptr).and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for name in keys_of(media.get("encoding")) {
        let e_ptr = format!("{media_ptr}/encoding/{}", escape_pointer(&name));
        let Some(e) = ctx.doc.raw.pointer(&e_ptr).and_then(Value::as_object) else {
            continue;
        };
        if !["style", "explode", COLLECTION_FORMAT]
            .iter()
            .any(|k| e.contains_key(*k))
        {
            continue;
        }
        let format = format_of(ctx, &e_ptr, e, "form");
        out.push(FormEncoding { name, format });
    }
    out
}

/// Where a converted Swagger 2.0 document keeps a `collectionFormat` OpenAPI 3.0 has no
/// style for (swagger2openapi's extension).
const COLLECTION_FORMAT: &str = "x-collectionFormat";

/// How a parameter in `location` (`form`: a form body field's Encoding Object) is written:
/// its `style` (the location's default when absent; one the location does not allow is a
/// warning, and the default), `explode` (by default only `form` is), and the delimiter an
/// `x-collectionFormat` asks for (`csv`, `ssv`, `tsv`, `pipes`).
fn format_of(ctx: &mut Ctx<'_>, ptr: &str, node: &Map<String, Value>, location: &str) -> Format {
    let default = Style::default_in(location);
    let style = match text(node, "style") {
        None => default,
        Some(word) => match Style::parse(&word) {
            Some(style) if Style::allowed_in(location).contains(&style) => style,
            _ => {
                let what = match location {
                    "form" => "form fields".to_string(),
                    other => format!("`{other}` parameters"),
                };
                ctx.warn(
                    &format!("{ptr}/style"),
                    format!(
                        "style `{word}` is not a style for {what}: sent as `{}`",
                        default.name()
                    ),
                );
                default
            }
        },
    };
    let explode = node
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(style == Style::Form);
    let delimiter = match text(node, COLLECTION_FORMAT).as_deref() {
        None => None,
        Some("csv") => Some(','),
        Some("ssv") => Some(' '),
        Some("tsv") => Some('\t'),
        Some("pipes") => Some('|'),
        Some(other) => {
            ctx.warn(
                &format!("{ptr}/{COLLECTION_FORMAT}"),
                format!("`{COLLECTION_FORMAT}: {other}` is not a delimiter (csv, ssv, tsv, pipes): ignored"),
            );
            None
        }
    };
    Format {
        style,
        explode,
        delimiter: delimiter.filter(|d| *d != style.delimiter()),
    }
}

/// `encoding`: the media type's entries that set a style; those fields (files aside) are
/// written in it, one text part per item.
fn multipart_fields(
    ctx: &mut Ctx<'_>,
    ptr: &str,
    hint: &str,
    taken: &[String],
    encoding: &[FormEncoding],
) -> Vec<MultipartField> {
    let (s_ptr, Some(schema)) = ctx.deref(ptr) else {
        return vec![];
    };
    let required: BTreeSet<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let props: Vec<String> = keys_of(schema.get("properties"));
    let mut ns = Namespace::with_reserved(BUILDER_METHODS);
    for t in taken {
        ns.claim(t);
    }
    let mut out = Vec::new();
    for prop in props {
        let p_ptr = format!("{s_ptr}/properties/{}", escape_pointer(&prop));
        let (_, node) = ctx.deref(&p_ptr);
        let node = node.unwrap_or(&EMPTY);
        let is_file = node.get("type").and_then(Value::as_str) == Some("string")
            && matches!(
                node.get("format").and_then(Value::as_str),
                Some("binary" | "byte")
            );
        let format = encoding
            .iter()
            .find(|e| e.name == prop && !is_file)
            .map(|e| e.format);
        let (kind, rust_ty, arg_ty, arg_conv) = if is_file {
            (
                "file",
                "crate::runtime::FilePart".to_string(),
                "crate::runtime::FilePart".to_string(),
                "value".to_string(),
            )
        } else {
            let (ty, _) = ctx.schema_ty(&p_ptr, &format!("{hint}{}", pascal(&prop)));
            // Scalars (and string enums, which implement Display) go as text; objects and
            // arrays as JSON text, the usual encoding for structured multipart fields.
            let structured = matches!(
                node.get("type").and_then(Value::as_str),
                Some("object" | "array")
            ) || ["properties", "allOf", "oneOf", "anyOf"]
                .iter()
                .any(|k| node.contains_key(*k));
            let kind = if format.is_some() {
                "styled"
            } else if structured || !ty.is_display() {
                "json"
            } else {
                "text"
            };
            let (a, c) = arg_of(&ty);
            (kind, ty.render("types::"), a, c)
        };
        out.push(MultipartField {
            ident: ns.claim(&snake(&prop)),
            required: required.contains(&prop),
            description: text(node, "description"),
            name: prop,
            kind: kind.into(),
            format,
            rust_ty,
            arg_ty,
            arg_conv,
        });
    }
    out
}

fn responses(
    ctx: &mut Ctx<'_>,
    op_ptr: &str,
    op: &Map<String, Value>,
    stem: &str,
) -> Vec<Response> {
    let statuses: Vec<String> = keys_of(op.get("responses"));
    let has_2xx = statuses.iter().any(|s| s.starts_with('2'));
    let mut variant_ns = Namespace::default();
    let mut out = Vec::new();
    for status in statuses {
        let (r_ptr, Some(r)) =
            ctx.deref(&format!("{op_ptr}/responses/{}", escape_pointer(&status)))
        else {
            continue;
        };
        let upper = status.to_ascii_uppercase();
        let code = status
            .parse::<u16>()
            .ok()
            .filter(|c| (100..600).contains(c));
        let range = (upper.len() == 3 && upper.ends_with("XX"))
            .then(|| upper.chars().next().and_then(|c| c.to_digit(10)))
            .flatten()
            .map(|d| d as u16);
        let is_default = status == "default";
        if code.is_none() && range.is_none() && !is_default {
            ctx.error(
                &format!("{op_ptr}/responses/{}", escape_pointer(&status)),
                format!("`{status}` is not a status code, a range like `4XX`, or `default`"),
            );
            continue;
        }
        let is_success = code.is_some_and(|c| (200..300).contains(&c))
            || range == Some(2)
            || (is_default && !has_2xx);
        let content = r
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&EMPTY);
        let media_types: Vec<String> = content.keys().cloned().collect();
        let hint = format!("{stem}Response{}", pascal(&status));
        let schema_of = |m: &str| format!("{r_ptr}/content/{}/schema", escape_pointer(m));
        let json = media_types
            .iter()
            .find(|m| is_json(m))
            .or_else(|| {
                media_types
                    .iter()
                    .find(|m| is_wildcard(m) && is_structured(ctx, &schema_of(m)))
            })
            .cloned();
        let xml = media_types.iter().find(|m| is_xml(m)).cloned();
        let (decode, ty) = match (&json, &xml) {
            (Some(m), x) => {
                let (t, n) = if content.get(m).and_then(|c| c.get("schema")).is_some() {
                    ctx.schema_ty(&schema_of(m), &hint)
                } else {
                    (VALUE, false)
                };
                (
                    if x.is_some() { "json_or_xml" } else { "json" },
                    Some(if n { t.option() } else { t }),
                )
            }
            (None, Some(m)) => {
                let (t, _) = ctx.schema_ty(&schema_of(m), &hint);
                ("xml", Some(t))
            }
            (None, None) if media_types.iter().any(|m| m.starts_with("text/")) => {
                ("text", Some(STRING))
            }
            (None, None) if !media_types.is_empty() => ("bytes", Some(Ty::Bytes)),
            _ => ("none", None),
        };
        let headers = response_headers(ctx, &r_ptr, r);
        let headers_type = (!headers.is_empty()).then(|| header_struct(ctx, &headers));
        let variant =
            (!is_success).then(|| variant_ns.claim(&status_variant(code, range, &status)));
        out.push(Response {
            status,
            code,
            range,
            is_default,
            is_success,
            description: text(r, "description").unwrap_or_default(),
            media_types,
            decode: decode.into(),
            rust_ty: ty.as_ref().map(|t| t.render("types::")),
            ty,
            headers_type,
            headers,
            variant,
        });
    }
    out
}

fn response_headers(ctx: &mut Ctx<'_>, r_ptr: &str, r: &Map<String, Value>) -> Vec<ResponseHeader> {
    let names: Vec<String> = keys_of(r.get("headers"));
    let mut ns = Namespace::default();
    let mut out = Vec::new();
    for name in names {
        let (h_ptr, Some(h)) = ctx.deref(&format!("{r_ptr}/headers/{}", escape_pointer(&name)))
        else {
            continue;
        };
        let (ty, _) = ctx.schema_ty(&format!("{h_ptr}/schema"), &pascal(&name));
        // Header values are parsed with FromStr: keep scalar types, text otherwise.
        let ty = match ty {
            Ty::Prim(p) if p != "serde_json::Value" => Ty::Prim(p),
            _ => STRING,
        };
        out.push(ResponseHeader {
            ident: ns.claim(&snake(&name)),
            name,
            description: text(h, "description"),
            rust_ty: ty.render("types::"),
            required: h.get("required").and_then(Value::as_bool).unwrap_or(false),
        });
    }
    out
}

/// Header structs are named after their headers and shared between operations that
/// document the same set (Jellyfin's 503 `Retry-After` + `Message` on every operation).
fn header_struct(ctx: &mut Ctx<'_>, headers: &[ResponseHeader]) -> String {
    if let Some(existing) = ctx.header_structs.iter().find(|h| h.headers == headers) {
        return existing.name.clone();
    }
    let stem: String = headers.iter().take(3).map(|h| pascal(&h.name)).collect();
    let name = ctx.op_ns.claim(&format!("{stem}Headers"));
    ctx.header_structs.push(HeaderStruct {
        name: name.clone(),
        headers: headers.to_vec(),
    });
    name
}

fn security(
    ctx: &mut Ctx<'_>,
    op_ptr: &str,
    op: &Map<String, Value>,
    schemes: &[SecurityScheme],
) -> Vec<Vec<String>> {
    let (ptr, reqs) = match op.get("security") {
        Some(v) => (format!("{op_ptr}/security"), v.clone()),
        None => (
            "/security".to_string(),
            ctx.doc
                .raw
                .get("security")
                .cloned()
                .unwrap_or(Value::Array(vec![])),
        ),
    };
    let mut out = Vec::new();
    for (i, req) in reqs
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let names: Vec<String> = keys_of(Some(req));
        let unknown: Vec<&String> = names
            .iter()
            .filter(|n| !schemes.iter().any(|s| &s.name == *n))
            .collect();
        if !unknown.is_empty() {
            // Invalid, but common in real specs: this alternative can never be satisfied,
            // so it is left out rather than failing the whole document.
            for n in unknown {
                ctx.warn(&format!("{ptr}/{i}"), format!("security requirement names `{n}`, which is not in components/securitySchemes: this alternative is ignored"));
            }
            continue;
        }
        out.push(names);
    }
    // `[{}]` alone means "no authentication" too.
    if out.iter().all(Vec::is_empty) {
        out.clear();
    }
    let _ = SchemeKind::Http {
        scheme: String::new(),
        bearer_format: None,
    };
    out
}

fn success(ctx: &mut Ctx<'_>, o: &mut Operation) -> Success {
    let oks: Vec<&Response> = o.responses.iter().filter(|r| r.is_success).collect();
    let mut distinct: Vec<Ty> = Vec::new();
    for t in oks.iter().filter_map(|r| r.ty.as_ref()) {
        if !distinct.contains(t) {
            distinct.push(t.clone());
        }
    }
    let any_empty = oks.iter().any(|r| r.ty.is_none());
    match (distinct.as_slice(), any_empty) {
        ([], _) => Success::One {
            rust_ty: "()".into(),
        },
        ([t], false) => Success::One {
            rust_ty: t.render("types::"),
        },
        ([t], true) => Success::Optional {
            rust_ty: format!("Option<{}>", t.render("types::")),
        },
        _ => {
            let name = ctx.op_ns.claim(&format!("{}Success", o.type_stem));
            let mut ns = Namespace::default();
            let mut variants = Vec::new();
            for r in o.responses.iter_mut().filter(|r| r.is_success) {
                let ident = ns.claim(&status_variant(r.code, r.range, &r.status));
                r.variant = Some(ident.clone());
                // Boxed for the same reason as union payloads (clippy::large_enum_variant).
                let payload = r.ty.as_ref().map_or("()".to_string(), |t| match t {
                    Ty::Named(_) => format!("Box<{}>", t.render("types::")),
                    other => other.render("types::"),
                });
                variants.push((ident, payload));
            }
            Success::Enum {
                rust_ty: name,
                variants,
            }
        }
    }
}

/// Variant names from reason phrases (`NotFound`, `ServiceUnavailable`): readable, and
/// they do not all share a `Status` prefix, which clippy's `enum_variant_names` flags.
fn status_variant(code: Option<u16>, range: Option<u16>, status: &str) -> String {
    let reason = |c: u16| -> Option<&'static str> {
        Some(match c {
            200 => "Ok",
            201 => "Created",
            202 => "Accepted",
            203 => "NonAuthoritativeInformation",
            204 => "NoContent",
            205 => "ResetContent",
            206 => "PartialContent",
            207 => "MultiStatus",
            300 => "MultipleChoices",
            301 => "MovedPermanently",
            302 => "Found",
            303 => "SeeOther",
            304 => "NotModified",
            307 => "TemporaryRedirect",
            308 => "PermanentRedirect",
            400 => "BadRequest",
            401 => "Unauthorized",
            402 => "PaymentRequired",
            403 => "Forbidden",
            404 => "NotFound",
            405 => "MethodNotAllowed",
            406 => "NotAcceptable",
            407 => "ProxyAuthenticationRequired",
            408 => "RequestTimeout",
            409 => "Conflict",
            410 => "Gone",
            411 => "LengthRequired",
            412 => "PreconditionFailed",
            413 => "PayloadTooLarge",
            414 => "UriTooLong",
            415 => "UnsupportedMediaType",
            416 => "RangeNotSatisfiable",
            417 => "ExpectationFailed",
            418 => "ImATeapot",
            421 => "MisdirectedRequest",
            422 => "UnprocessableEntity",
            423 => "Locked",
            424 => "FailedDependency",
            425 => "TooEarly",
            426 => "UpgradeRequired",
            428 => "PreconditionRequired",
            429 => "TooManyRequests",
            431 => "RequestHeaderFieldsTooLarge",
            451 => "UnavailableForLegalReasons",
            500 => "InternalServerError",
            501 => "NotImplemented",
            502 => "BadGateway",
            503 => "ServiceUnavailable",
            504 => "GatewayTimeout",
            505 => "HttpVersionNotSupported",
            507 => "InsufficientStorage",
            508 => "LoopDetected",
            511 => "NetworkAuthenticationRequired",
            _ => return None,
        })
    };
    match (code, range) {
        (Some(c), _) => reason(c).map_or_else(|| format!("Status{c}"), str::to_string),
        (_, Some(1)) => "Informational".into(),
        (_, Some(2)) => "Success".into(),
        (_, Some(3)) => "Redirection".into(),
        (_, Some(4)) => "ClientError".into(),
        (_, Some(5)) => "ServerError".into(),
        _ if status == "default" => "Default".into(),
        _ => pascal(status),
    }
}
