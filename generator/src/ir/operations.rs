//! Operations: parameters by location, request bodies per media type, responses per
//! status with their headers, security requirements and servers.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::lower::{keys_of, servers_at, Ctx};
use super::names::{bare, pascal, snake, Namespace};
use super::reserved::{reserved, Scope};
use super::types::{text, EMPTY, STRING, VALUE};
use super::{
    Body, BodyKind, Decode, ErrorEnum, FormEncoding, Format, HeaderStruct, Location, Method,
    MultipartField, Operation, Param, PartKind, Response, ResponseHeader, SecurityScheme, Status,
    Style, Success, SuccessVariant, Ty,
};
use crate::load::escape_pointer;

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
    let mut method_ns = Namespace::with_reserved(&reserved(Scope::ClientMethod));
    let mut out = Vec::new();
    // OpenAPI 3.2's QUERY method; a near miss in an older document.
    let v32 = ctx.doc.dialect == crate::load::convert::Dialect::OpenApi32;
    for key in paths {
        let item_ptr = format!("/paths/{}", escape_pointer(&key));
        let (item_ptr, Some(item)) = ctx.deref(&item_ptr) else {
            continue;
        };
        let path_servers = servers_at(ctx.doc, &format!("{item_ptr}/servers"));
        for method in Method::ALL {
            let Some(Value::Object(op)) = item.get(method.key()) else {
                continue;
            };
            let op_ptr = format!("{item_ptr}/{}", method.key());
            if method == Method::Query && !v32 {
                ctx.warn(
                    &op_ptr,
                    "a `query` operation (the HTTP QUERY method) is OpenAPI 3.2: generated as one",
                );
            }
            let template = match PathTemplate::parse(&key) {
                Ok(t) => t,
                Err(why) => {
                    ctx.error(&op_ptr, why);
                    continue;
                }
            };
            let path = template.path.clone();
            let operation_id = text(op, "operationId");
            // A config's (or the spec's) `x-rust-name` names the method.
            let raw_name = text(op, crate::extensions::RUST_NAME)
                .or_else(|| operation_id.clone())
                .unwrap_or_else(|| format!("{} {}", method.key(), path.replace(['{', '}'], " ")));
            let ident = method_ns.claim(&snake(&raw_name));
            let stem = pascal(bare(&ident));
            let builder_type = ctx.op_ns.claim(&stem);
            let error_type = ctx.op_ns.claim(&format!("{stem}Error"));
            let mut o = Operation {
                ident,
                type_stem: stem.clone(),
                operation_id,
                method,
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
                success: Success::One { ty: Ty::Unit },
                pagination: None,
                streamed: None,
                error_type,
                errors: ErrorEnum::Enum {
                    shared_by: Vec::new(),
                },
                builder_type,
                pointer: op_ptr.clone(),
            };
            if o.servers.is_empty() {
                o.servers = path_servers.clone();
            }
            o.params = params(ctx, &item_ptr, &op_ptr, op, &stem, &key, &template);
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
            o.pagination = super::pagination::lower(ctx, op, &o);
            o.streamed = super::streams::lower(ctx, &op_ptr, &stem);
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
    key: &str,
    template: &PathTemplate,
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
    let mut ns = Namespace::with_reserved(&reserved(Scope::RequestBuilder));
    let mut out = Vec::new();
    for (p_ptr, p) in list {
        let name = text(p, "name").unwrap_or_default();
        let location = text(p, "in")
            .and_then(|l| Location::parse(&l))
            .unwrap_or(Location::Query);
        let required = location == Location::Path
            || p.get("required").and_then(Value::as_bool).unwrap_or(false);
        let format = format_of(ctx, &p_ptr, p, Some(location));
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
            schema_desc: ty.describe(&ctx.table),
            ty,
        });
    }
    from_template(ctx, op_ptr, key, template, &mut ns, &mut out);
    out
}

/// A path template split at its query string: `/search?q={query}&page={page}&x=1` is the
/// path `/search?x=1` (literal pairs stay: the runtime keeps a URL's query and appends to
/// it), with `q` and `page` as query parameters filled from `{query}` and `{page}`.
pub struct PathTemplate {
    pub path: String,
    /// (query key, template variable) of each `key={var}` pair.
    pub query: Vec<(String, String)>,
    /// The variables of the path part, in order.
    pub vars: Vec<String>,
}

impl PathTemplate {
    /// Split `key` (a key of `paths`); an error names what cannot be read unambiguously.
    pub fn parse(key: &str) -> Result<Self, String> {
        let (path, query) = match key.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (key, None),
        };
        let mut vars: Vec<String> = Vec::new();
        let mut rest = path;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest.get(start..).and_then(|r| r.find('}')) else {
                break;
            };
            if let Some(name) = rest.get(start + 1..start + len) {
                if !vars.iter().any(|v| v == name) {
                    vars.push(name.to_string());
                }
            }
            rest = rest.get(start + len + 1..).unwrap_or("");
        }
        let mut literal = Vec::new();
        let mut templated = Vec::new();
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let var = v
                .strip_prefix('{')
                .and_then(|v| v.strip_suffix('}'))
                .filter(|var| !var.is_empty() && !var.contains(['{', '}']));
            match var {
                Some(var) if !k.is_empty() && !k.contains(['{', '}']) => {
                    templated.push((k.to_string(), var.to_string()));
                }
                _ if !pair.contains(['{', '}']) => literal.push(pair),
                _ => {
                    return Err(format!(
                        "the path template `{key}` holds a query string whose part `{pair}` is neither `name={{variable}}` nor a fixed `name=value`: declare it as an `in: query` parameter"
                    ))
                }
            }
        }
        let path = if literal.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{}", literal.join("&"))
        };
        Ok(PathTemplate {
            path,
            query: templated,
            vars,
        })
    }
}

/// The format of a parameter in `location` that states none: the location's default
/// style, exploded when that is `form`.
fn default_format(location: Location) -> Format {
    let style = Style::default_in(location);
    Format {
        style,
        explode: style == Style::Form,
        delimiter: None,
    }
}

/// A required string parameter the template names and the operation does not declare.
fn string_param(ns: &mut Namespace, name: &str, location: Location, description: String) -> Param {
    Param {
        ident: ns.claim(&snake(name)),
        name: name.to_string(),
        location,
        required: true,
        deprecated: false,
        description: Some(description),
        format: default_format(location),
        schema_desc: "string".to_string(),
        ty: STRING,
    }
}

/// Parameters the path template names but the operation does not declare, read the way
/// the template means them (each with a warning at the operation): a template variable of
/// the path part is a required string path parameter; a `key={var}` pair of a query string
/// in the template is a query parameter, typed from the parameter declared as `var` (or
/// as the query parameter `key`), a required string when there is none.
fn from_template(
    ctx: &mut Ctx<'_>,
    op_ptr: &str,
    key: &str,
    template: &PathTemplate,
    ns: &mut Namespace,
    out: &mut Vec<Param>,
) {
    for (qkey, var) in &template.query {
        let declared = out
            .iter()
            .position(|p| &p.name == var && matches!(p.location, Location::Path | Location::Query))
            .or_else(|| {
                out.iter()
                    .position(|p| &p.name == qkey && p.location == Location::Query)
            });
        let how = match declared.and_then(|i| out.get_mut(i)) {
            Some(p) if p.location == Location::Query && &p.name == qkey => {
                format!("`{qkey}` is the declared query parameter")
            }
            Some(p) => {
                let how = format!(
                    "`{qkey}` is a query parameter typed as the declared {} parameter `{}`",
                    p.location, p.name
                );
                p.location = Location::Query;
                p.name = qkey.clone();
                p.format = default_format(Location::Query);
                how
            }
            None => {
                out.push(string_param(
                    ns,
                    qkey,
                    Location::Query,
                    format!("The `{qkey}` query parameter, from the path template (the spec declares no parameter `{var}`)."),
                ));
                format!("`{qkey}` is a required string query parameter (the operation declares no parameter `{var}`)")
            }
        };
        ctx.warn(
            op_ptr,
            format!(
                "the path template `{key}` holds a query string: the path is `{}`, and {how}",
                template.path
            ),
        );
    }
    for (i, name) in template.vars.iter().enumerate() {
        if out
            .iter()
            .any(|p| p.location == Location::Path && &p.name == name)
        {
            continue;
        }
        ctx.warn(
            op_ptr,
            format!("path template `{key}` uses `{{{name}}}` but the operation declares no path parameter `{name}`: taken as a required string path parameter"),
        );
        let param = string_param(
            ns,
            name,
            Location::Path,
            format!("The `{name}` path parameter, from the path template (the spec does not declare it)."),
        );
        // Before the first path parameter that comes later in the template, so arguments
        // follow the template's order.
        let later = template.vars.get(i + 1..).unwrap_or_default();
        let at = out
            .iter()
            .position(|p| p.location == Location::Path && later.contains(&p.name))
            .or_else(|| {
                out.iter()
                    .rposition(|p| p.location == Location::Path)
                    .map(|j| j + 1)
            })
            .unwrap_or(0);
        out.insert(at, param);
    }
    for p in out.iter().filter(|p| p.location == Location::Path) {
        if !template.vars.contains(&p.name) {
            ctx.warn(
                op_ptr,
                format!("path parameter `{}` does not appear in `{key}`", p.name),
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
        (concrete, BodyKind::Json { ty })
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
        (m, BodyKind::Form { ty, encoding })
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
        let format = format_of(ctx, &e_ptr, e, None);
        out.push(FormEncoding { name, format });
    }
    out
}

/// Where a converted Swagger 2.0 document keeps a `collectionFormat` OpenAPI 3.0 has no
/// style for (swagger2openapi's extension).
const COLLECTION_FORMAT: &str = "x-collectionFormat";

/// How a parameter in `location` (`None`: a form body field's Encoding Object, written as
/// a query parameter is) is written:
/// its `style` (the location's default when absent; one the location does not allow is a
/// warning, and the default), `explode` (by default only `form` is), and the delimiter an
/// `x-collectionFormat` asks for (`csv`, `ssv`, `tsv`, `pipes`).
fn format_of(
    ctx: &mut Ctx<'_>,
    ptr: &str,
    node: &Map<String, Value>,
    location: Option<Location>,
) -> Format {
    let written_as = location.unwrap_or(Location::Query);
    let default = Style::default_in(written_as);
    let style = match text(node, "style") {
        None => default,
        Some(word) => match Style::parse(&word) {
            Some(style) if Style::allowed_in(written_as).contains(&style) => style,
            _ => {
                let what = match location {
                    None => "form fields".to_string(),
                    Some(other) => format!("`{other}` parameters"),
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
    let mut ns = Namespace::with_reserved(&reserved(Scope::RequestBuilder));
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
        let (kind, ty) = if is_file {
            (PartKind::File, Ty::File)
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
                PartKind::Styled
            } else if structured || !ty.is_display() {
                PartKind::Json
            } else {
                PartKind::Text
            };
            (kind, ty)
        };
        // `encoding.<part>.contentType`, else OpenAPI's default for the part's schema:
        // binary → application/octet-stream, object/array → application/json, primitives →
        // text/plain (RFC 7578's default, so not sent).
        let given = ptr.strip_suffix("/schema").and_then(|media| {
            let e_ptr = format!("{media}/encoding/{}/contentType", escape_pointer(&prop));
            ctx.doc
                .raw
                .pointer(&e_ptr)
                .and_then(Value::as_str)
                .map(str::to_string)
        });
        let content_type = given.or_else(|| match kind {
            PartKind::File => Some("application/octet-stream".into()),
            PartKind::Json => Some("application/json".into()),
            PartKind::Text | PartKind::Styled => None,
        });
        out.push(MultipartField {
            ident: ns.claim(&snake(&prop)),
            required: required.contains(&prop),
            description: text(node, "description"),
            name: prop,
            kind,
            content_type,
            format,
            ty,
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
    let has_2xx = statuses.iter().any(|s| s.trim().starts_with('2'));
    let mut variant_ns = Namespace::default();
    let mut out = Vec::new();
    for key in statuses {
        // Extensions beside the statuses.
        if key.starts_with("x-") {
            continue;
        }
        let status_ptr = format!("{op_ptr}/responses/{}", escape_pointer(&key));
        let (r_ptr, Some(r)) = ctx.deref(&status_ptr) else {
            continue;
        };
        let status = match read_status(&key) {
            Ok((status, near_miss)) => {
                if near_miss {
                    ctx.warn(
                        &status_ptr,
                        format!("`{key}` is not how OpenAPI writes a status: read as `{status}`"),
                    );
                }
                status
            }
            Err(why) => {
                ctx.error(&status_ptr, why);
                continue;
            }
        };
        let is_success = status.is_success(has_2xx);
        let content = r
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&EMPTY);
        let media_types: Vec<String> = content.keys().cloned().collect();
        let hint = format!("{stem}Response{}", pascal(&status.to_string()));
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
                    if x.is_some() {
                        Decode::JsonOrXml
                    } else {
                        Decode::Json
                    },
                    Some(if n { t.option() } else { t }),
                )
            }
            (None, Some(m)) => {
                let (t, _) = ctx.schema_ty(&schema_of(m), &hint);
                (Decode::Xml, Some(t))
            }
            (None, None) if media_types.iter().any(|m| m.starts_with("text/")) => {
                (Decode::Text, Some(STRING))
            }
            (None, None) if !media_types.is_empty() => (Decode::Bytes, Some(Ty::Bytes)),
            _ => (Decode::None, None),
        };
        let headers = response_headers(ctx, &r_ptr, r);
        let headers_type = (!headers.is_empty()).then(|| header_struct(ctx, &headers));
        let variant = (!is_success).then(|| variant_ns.claim(&status_variant(status)));
        out.push(Response {
            status,
            is_success,
            description: text(r, "description").unwrap_or_default(),
            media_types,
            decode,
            ty,
            headers_type,
            headers,
            variant,
        });
    }
    out
}

/// A status as OpenAPI writes it (`200`, `4XX`, `default`); a near miss whose intent is
/// clear (`2xx`, `Default`, ` 200`) is read with `true` (the caller warns); anything else
/// is an error naming what is wrong.
fn read_status(key: &str) -> Result<(Status, bool), String> {
    let text = key.trim();
    let exact = |s: &Status| s.to_string() == key;
    let status = if text.eq_ignore_ascii_case("default") {
        Status::Default
    } else if let (3, Ok(c)) = (text.len(), text.parse::<u16>()) {
        if !(100..600).contains(&c) {
            return Err(format!(
                "status `{key}` is outside 100–599, the HTTP status codes"
            ));
        }
        Status::Code(c)
    } else {
        let digit = text.chars().next().and_then(|c| c.to_digit(10));
        let xx = text.get(1..).is_some_and(|r| r.eq_ignore_ascii_case("xx"));
        match digit {
            Some(d @ 1..=5) if xx && text.len() == 3 => Status::Range(d as u16),
            Some(_) if xx && text.len() == 3 => {
                return Err(format!(
                    "status range `{key}` is outside 1XX–5XX, the HTTP status classes"
                ))
            }
            _ => {
                return Err(format!(
                    "`{key}` is not a status code (100–599), a range like `4XX`, or `default`"
                ))
            }
        }
    };
    let near_miss = !exact(&status);
    Ok((status, near_miss))
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
            Ty::Scalar(s) if ty != VALUE => Ty::Scalar(s),
            _ => STRING,
        };
        out.push(ResponseHeader {
            ident: ns.claim(&snake(&name)),
            name,
            description: text(h, "description"),
            ty,
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
        ([], _) => Success::One { ty: Ty::Unit },
        ([t], false) => Success::One { ty: t.clone() },
        ([t], true) => Success::Optional { ty: t.clone() },
        _ => {
            let name = ctx.op_ns.claim(&format!("{}Success", o.type_stem));
            let mut ns = Namespace::default();
            let mut variants = Vec::new();
            for r in o.responses.iter_mut().filter(|r| r.is_success) {
                let ident = ns.claim(&status_variant(r.status));
                r.variant = Some(ident.clone());
                // Boxed for the same reason as union payloads (clippy::large_enum_variant).
                let ty = r.ty.as_ref().map(|t| match t {
                    Ty::Ref(_) => Ty::Box(Box::new(t.clone())),
                    other => other.clone(),
                });
                variants.push(SuccessVariant { ident, ty });
            }
            Success::Enum { name, variants }
        }
    }
}

/// Variant names from reason phrases (`NotFound`, `ServiceUnavailable`): readable, and
/// they do not all share a `Status` prefix, which clippy's `enum_variant_names` flags.
fn status_variant(status: Status) -> String {
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
    match status {
        Status::Code(c) => reason(c).map_or_else(|| format!("Status{c}"), str::to_string),
        Status::Range(1) => "Informational".into(),
        Status::Range(2) => "Success".into(),
        Status::Range(3) => "Redirection".into(),
        Status::Range(4) => "ClientError".into(),
        Status::Range(5) => "ServerError".into(),
        Status::Range(d) => format!("Status{d}XX"),
        Status::Default => "Default".into(),
    }
}
