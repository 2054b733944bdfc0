//! Swagger 2.0 → OpenAPI 3.0.3, the way swagger2openapi does it:
//!
//! | Swagger 2.0 | OpenAPI 3.0 |
//! |---|---|
//! | `host` + `basePath` + `schemes` | `servers` (one per scheme) |
//! | `definitions` | `components/schemas` |
//! | `parameters` (query/path/header) | `components/parameters`, type keywords moved into `schema` |
//! | `parameters` (`in: body`) | `components/requestBodies`; inlined where operations use them |
//! | `in: body` / `in: formData` on an operation | `requestBody` per `consumes` media type |
//! | `responses`, response `schema`/`headers`/`examples` | `components/responses`, `content` per `produces` |
//! | `securityDefinitions` | `components/securitySchemes` (`basic` → `http`, oauth2 flows renamed) |
//! | `collectionFormat` | `style` + `explode`; `x-collectionFormat` where 3.0 has no style for it (`tsv`, `ssv`/`pipes` in a path or header) |
//! | `type: file` | `type: string, format: binary` |
//! | `x-nullable`, `discriminator: name` | `nullable`, `discriminator: {propertyName}` |

use crate::ir::Method;
use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::{child, standard_format, PointerMap, Warning, MAX_DEPTH};

/// Keywords a 2.0 non-body parameter (or header, or `items`) carries that belong in a 3.0
/// `schema`.
const SCHEMA_KEYWORDS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

struct Cx<'a> {
    src: &'a Value,
    warnings: &'a mut Vec<Warning>,
    pointers: &'a mut PointerMap,
    /// Security schemes that could not be converted; requirements naming them are dropped.
    dropped_schemes: BTreeSet<String>,
    consumes: Vec<String>,
    produces: Vec<String>,
}

impl Cx<'_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
            severity: crate::diagnostics::Severity::Warning,
        });
    }
}

pub fn convert(src: &Value, warnings: &mut Vec<Warning>, pointers: &mut PointerMap) -> Value {
    let empty = Map::new();
    let root = src.as_object().unwrap_or(&empty);
    let mut cx = Cx {
        src,
        warnings,
        pointers,
        dropped_schemes: BTreeSet::new(),
        consumes: strings(root.get("consumes")),
        produces: strings(root.get("produces")),
    };
    cx.pointers.insert("/components/schemas", "/definitions");
    cx.pointers.insert("/components/parameters", "/parameters");
    cx.pointers
        .insert("/components/requestBodies", "/parameters");
    cx.pointers
        .insert("/components/securitySchemes", "/securityDefinitions");

    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    let mut components = Map::new();

    // Security schemes first: requirements elsewhere need to know which were dropped.
    if let Some(Value::Object(defs)) = root.get("securityDefinitions") {
        let mut schemes = Map::new();
        for (name, def) in defs {
            let ptr = child("/securityDefinitions", name);
            match security_scheme(&mut cx, &ptr, def) {
                Some(s) => {
                    schemes.insert(name.clone(), s);
                }
                None => {
                    cx.dropped_schemes.insert(name.clone());
                }
            }
        }
        if !schemes.is_empty() {
            components.insert("securitySchemes".into(), Value::Object(schemes));
        }
    }

    for (key, value) in root {
        match key.as_str() {
            "swagger" | "consumes" | "produces" | "securityDefinitions" => {}
            "info" | "tags" | "externalDocs" => {
                out.insert(key.clone(), value.clone());
            }
            "host" | "basePath" | "schemes" => {}
            "security" => {
                out.insert(key.clone(), security(&mut cx, "/security", value));
            }
            "definitions" => {
                if let Value::Object(defs) = value {
                    let mut schemas = Map::new();
                    for (name, s) in defs {
                        let ptr = child("/definitions", name);
                        schemas.insert(name.clone(), schema(&mut cx, &ptr, s, 0));
                    }
                    components.insert("schemas".into(), Value::Object(schemas));
                }
            }
            "parameters" => {
                if let Value::Object(params) = value {
                    let mut plain = Map::new();
                    let mut bodies = Map::new();
                    for (name, p) in params {
                        let ptr = child("/parameters", name);
                        match p.get("in").and_then(Value::as_str) {
                            Some("body") => {
                                let consumes = cx.consumes.clone();
                                bodies.insert(
                                    name.clone(),
                                    request_body(&mut cx, &ptr, p, &consumes),
                                );
                            }
                            // Only meaningful inside an operation's form body: inlined there.
                            Some("formData") => {}
                            _ => {
                                plain.insert(name.clone(), parameter(&mut cx, &ptr, p));
                            }
                        }
                    }
                    if !plain.is_empty() {
                        components.insert("parameters".into(), Value::Object(plain));
                    }
                    if !bodies.is_empty() {
                        components.insert("requestBodies".into(), Value::Object(bodies));
                    }
                }
            }
            "responses" => {
                if let Value::Object(responses) = value {
                    let mut outr = Map::new();
                    let produces = cx.produces.clone();
                    for (name, r) in responses {
                        let ptr = child("/responses", name);
                        let conv_ptr = child("/components/responses", name);
                        outr.insert(
                            name.clone(),
                            response(&mut cx, &ptr, &conv_ptr, r, &produces),
                        );
                    }
                    components.insert("responses".into(), Value::Object(outr));
                }
            }
            "paths" => {
                out.insert("paths".into(), paths(&mut cx, value));
            }
            k if k.starts_with("x-") => {
                out.insert(key.clone(), value.clone());
            }
            other => cx.warn(
                &child("", other),
                format!("`{other}` is not a Swagger 2.0 field: ignored"),
            ),
        }
    }
    if !out.contains_key("paths") {
        out.insert("paths".into(), json!({}));
    }
    let servers = servers(&mut cx, root);
    if !servers.is_empty() {
        out.insert("servers".into(), Value::Array(servers));
    }
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }
    Value::Object(out)
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn servers(cx: &mut Cx<'_>, root: &Map<String, Value>) -> Vec<Value> {
    let host = root.get("host").and_then(Value::as_str);
    let base = root.get("basePath").and_then(Value::as_str).unwrap_or("");
    let base = base.trim_end_matches('/');
    let base = if base.is_empty() || base.starts_with('/') {
        base.to_string()
    } else {
        format!("/{base}")
    };
    let Some(host) = host else {
        if base.is_empty() {
            return vec![];
        }
        return vec![json!({ "url": base })];
    };
    let mut schemes = strings(root.get("schemes"));
    schemes.retain(|s| matches!(s.as_str(), "http" | "https"));
    if schemes.is_empty() {
        cx.warn(
            "/host",
            "no `schemes` (http/https) given: the server is taken as https",
        );
        schemes.push("https".into());
    }
    schemes
        .iter()
        .map(|s| json!({ "url": format!("{s}://{host}{base}") }))
        .collect()
}

fn security_scheme(cx: &mut Cx<'_>, ptr: &str, def: &Value) -> Option<Value> {
    let Some(d) = def.as_object() else {
        cx.warn(ptr, "security definition is not a mapping: dropped");
        return None;
    };
    let get = |k: &str| d.get(k).cloned();
    let mut out = Map::new();
    match d.get("type").and_then(Value::as_str) {
        Some("basic") => {
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
        }
        Some("apiKey") => {
            out.insert("type".into(), json!("apiKey"));
            out.insert("name".into(), get("name").unwrap_or(json!("Authorization")));
            out.insert("in".into(), get("in").unwrap_or(json!("header")));
        }
        Some("oauth2") => {
            let flow = d.get("flow").and_then(Value::as_str).unwrap_or("");
            let (name, auth, token) = match flow {
                "implicit" => ("implicit", true, false),
                "password" => ("password", false, true),
                "application" => ("clientCredentials", false, true),
                "accessCode" => ("authorizationCode", true, true),
                other => {
                    cx.warn(
                        ptr,
                        format!("oauth2 `flow: {other}` is not a Swagger 2.0 flow: scheme dropped"),
                    );
                    return None;
                }
            };
            let mut f = Map::new();
            if auth {
                f.insert(
                    "authorizationUrl".into(),
                    get("authorizationUrl").unwrap_or(json!("")),
                );
            }
            if token {
                f.insert("tokenUrl".into(), get("tokenUrl").unwrap_or(json!("")));
            }
            f.insert("scopes".into(), get("scopes").unwrap_or(json!({})));
            out.insert("type".into(), json!("oauth2"));
            out.insert("flows".into(), json!({ name: f }));
        }
        other => {
            let what = match other {
                Some(t) => format!("has type `{t}`, which Swagger 2.0 does not define"),
                None => "has no `type`".to_string(),
            };
            cx.warn(
                ptr,
                format!(
                    "security definition {what}: dropped, and requirements naming it are ignored"
                ),
            );
            return None;
        }
    }
    for (k, v) in d {
        if k == "description" || k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    Some(Value::Object(out))
}

/// A security requirement list without the alternatives that name dropped schemes.
fn security(cx: &mut Cx<'_>, ptr: &str, value: &Value) -> Value {
    let Some(items) = value.as_array() else {
        return value.clone();
    };
    if cx.dropped_schemes.is_empty() {
        return value.clone();
    }
    let kept: Vec<Value> = items
        .iter()
        .filter(|req| {
            !req.as_object()
                .is_some_and(|m| m.keys().any(|k| cx.dropped_schemes.contains(k)))
        })
        .cloned()
        .collect();
    if kept.is_empty() && !items.is_empty() {
        // Every alternative needs a scheme we could not convert: better no auth than none
        // of the operations being callable; say so.
        cx.warn(
            ptr,
            "every security alternative names a dropped security definition: no authentication is sent",
        );
    }
    Value::Array(kept)
}

/// Rewrite a 2.0 `$ref` to where the target lives in 3.0.
fn rewrite_ref(r: &str) -> String {
    for (from, to) in [
        ("#/definitions/", "#/components/schemas/"),
        ("#/parameters/", "#/components/parameters/"),
        ("#/responses/", "#/components/responses/"),
    ] {
        if let Some(rest) = r.strip_prefix(from) {
            return format!("{to}{rest}");
        }
    }
    // Remote references keep their file part; the fragment is rewritten the same way.
    if let Some((file, frag)) = r.split_once('#') {
        if !file.is_empty() {
            let local = rewrite_ref(&format!("#{frag}"));
            return format!("{file}{local}");
        }
    }
    r.to_string()
}

/// A JSON Schema (definitions, body schemas, response schemas), recursively.
fn schema(cx: &mut Cx<'_>, ptr: &str, s: &Value, depth: usize) -> Value {
    let Some(m) = s.as_object() else {
        return s.clone();
    };
    if depth > MAX_DEPTH {
        cx.warn(
            ptr,
            "schema nested too deeply: the rest is taken as any value",
        );
        return json!({});
    }
    let mut out = Map::new();
    for (k, v) in m {
        let here = child(ptr, k);
        match k.as_str() {
            "$ref" => {
                let r = v.as_str().map(rewrite_ref).map_or(v.clone(), Value::String);
                out.insert(k.clone(), r);
            }
            "type" if v.as_str() == Some("file") => {
                out.insert("type".into(), json!("string"));
                out.insert("format".into(), json!("binary"));
            }
            "format" if m.get("type").and_then(Value::as_str) == Some("file") => {}
            "format" => {
                let f = v.as_str().and_then(standard_format);
                if let (Some(f), Some(given)) = (f, v.as_str()) {
                    cx.warn(&here, format!("format `{given}` read as `{f}`"));
                }
                out.insert(k.clone(), f.map_or(v.clone(), |f| json!(f)));
            }
            "x-nullable" => {
                out.insert("nullable".into(), v.clone());
            }
            "discriminator" => match v {
                Value::String(name) => {
                    out.insert("discriminator".into(), json!({ "propertyName": name }));
                }
                other => {
                    out.insert(k.clone(), other.clone());
                }
            },
            "properties" | "patternProperties" | "definitions" => {
                if let Value::Object(props) = v {
                    let mut o = Map::new();
                    for (name, p) in props {
                        o.insert(name.clone(), schema(cx, &child(&here, name), p, depth + 1));
                    }
                    out.insert(k.clone(), Value::Object(o));
                } else {
                    out.insert(k.clone(), v.clone());
                }
            }
            "items" | "additionalProperties" | "not" => {
                let conv = match v {
                    Value::Array(_) if k == "items" => {
                        cx.warn(
                            &here,
                            "`items` as a list (a tuple) cannot be expressed in OpenAPI 3.0: items are taken as any value",
                        );
                        json!({})
                    }
                    _ => schema(cx, &here, v, depth + 1),
                };
                out.insert(k.clone(), conv);
            }
            "allOf" | "anyOf" | "oneOf" => {
                if let Value::Array(parts) = v {
                    let conv = parts
                        .iter()
                        .enumerate()
                        .map(|(i, p)| schema(cx, &format!("{here}/{i}"), p, depth + 1))
                        .collect();
                    out.insert(k.clone(), Value::Array(conv));
                } else {
                    out.insert(k.clone(), v.clone());
                }
            }
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(out)
}

/// The `schema` of a non-body parameter, header or `items`: its type keywords.
fn simple_schema(cx: &mut Cx<'_>, ptr: &str, p: &Map<String, Value>, depth: usize) -> Value {
    let mut s = Map::new();
    for k in SCHEMA_KEYWORDS {
        let Some(v) = p.get(*k) else { continue };
        match *k {
            "type" if v.as_str() == Some("file") => {
                s.insert("type".into(), json!("string"));
                s.insert("format".into(), json!("binary"));
            }
            "items" => {
                let items_ptr = child(ptr, "items");
                let conv = match v.as_object() {
                    Some(items) if !items.contains_key("$ref") => {
                        if items.contains_key("collectionFormat")
                            && items.get("type").and_then(Value::as_str) == Some("array")
                        {
                            cx.warn(
                                &child(&items_ptr, "collectionFormat"),
                                "nested array serialisation (`collectionFormat` on `items`) has no OpenAPI 3.0 form: ignored",
                            );
                        }
                        simple_schema(cx, &items_ptr, items, depth + 1)
                    }
                    _ => schema(cx, &items_ptr, v, depth + 1),
                };
                s.insert("items".into(), conv);
            }
            "format" if p.get("type").and_then(Value::as_str) == Some("file") => {}
            "format" => {
                let f = v.as_str().and_then(standard_format);
                if let (Some(f), Some(given)) = (f, v.as_str()) {
                    cx.warn(
                        &child(ptr, "format"),
                        format!("format `{given}` read as `{f}`"),
                    );
                }
                s.insert("format".into(), f.map_or(v.clone(), |f| json!(f)));
            }
            _ => {
                s.insert((*k).to_string(), v.clone());
            }
        }
    }
    if p.get("x-nullable").and_then(Value::as_bool) == Some(true) {
        s.insert("nullable".into(), json!(true));
    }
    Value::Object(s)
}

/// A query, path, header or cookie parameter.
fn parameter(cx: &mut Cx<'_>, ptr: &str, p: &Value) -> Value {
    let Some(m) = p.as_object() else {
        return p.clone();
    };
    if let Some(Value::String(r)) = m.get("$ref") {
        return json!({ "$ref": rewrite_ref(r) });
    }
    let location = m.get("in").and_then(Value::as_str).unwrap_or("query");
    let mut out = Map::new();
    for k in ["name", "in", "description", "required", "deprecated"] {
        if let Some(v) = m.get(k) {
            out.insert(k.into(), v.clone());
        }
    }
    if location == "path" {
        out.insert("required".into(), json!(true));
    }
    if location == "query" {
        if let Some(v) = m.get("allowEmptyValue") {
            out.insert("allowEmptyValue".into(), v.clone());
        }
    }
    let mut schema_src = m.clone();
    if !m.contains_key("type") {
        if m.contains_key("schema") {
            cx.warn(
                ptr,
                format!("a `{location}` parameter takes type keywords, not `schema` (that is for `in: body`): the schema is used as given"),
            );
        } else {
            cx.warn(
                ptr,
                format!("`{location}` parameter has no `type`: taken as a string"),
            );
            schema_src.insert("type".into(), json!("string"));
        }
    }
    let schema_v = match m.get("schema") {
        Some(s) if !m.contains_key("type") => schema(cx, &child(ptr, "schema"), s, 0),
        _ => simple_schema(cx, ptr, &schema_src, 0),
    };
    if schema_src.get("type").and_then(Value::as_str) == Some("file") {
        cx.warn(
            &child(ptr, "type"),
            format!("`type: file` is only for formData parameters; this `{location}` parameter is taken as binary text"),
        );
    }
    if schema_src.get("type").and_then(Value::as_str) == Some("array") {
        for (k, v) in collection_format(cx, ptr, m, location) {
            out.insert(k, v);
        }
    }
    out.insert("schema".into(), schema_v);
    if let Some(ex) = m.get("x-example") {
        out.insert("example".into(), ex.clone());
    }
    for (k, v) in m {
        if k.starts_with("x-") && k != "x-example" && k != "x-nullable" {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

/// An array parameter's `collectionFormat` (`csv` when absent) in OpenAPI 3.0 terms: its
/// `style` and `explode`, and, when 3.0 has no style with its delimiter (`tsv`; `ssv` and
/// `pipes` in a path or header), the format itself as `x-collectionFormat`
/// (swagger2openapi's extension), which clientgen sends. `location` is the 2.0 `in`.
fn collection_format(
    cx: &mut Cx<'_>,
    ptr: &str,
    p: &Map<String, Value>,
    location: &str,
) -> Map<String, Value> {
    let given = p.get("collectionFormat").and_then(Value::as_str);
    let pairs = matches!(location, "query" | "formData");
    let (style, explode, kept) = match (given.unwrap_or("csv"), pairs) {
        ("csv", true) => ("form", false, None),
        ("csv", false) => ("simple", false, None),
        ("multi", true) => ("form", true, None),
        ("ssv", true) => ("spaceDelimited", false, None),
        ("pipes", true) => ("pipeDelimited", false, None),
        ("tsv", true) => ("form", false, Some("tsv")),
        (f @ ("ssv" | "tsv" | "pipes"), false) => ("simple", false, Some(f)),
        (other, _) => {
            let why = if other == "multi" {
                "is only for `query` and `formData` parameters"
            } else {
                "is not a Swagger 2.0 collection format (csv, ssv, tsv, pipes, multi)"
            };
            cx.warn(
                &child(ptr, "collectionFormat"),
                format!("`collectionFormat: {other}` {why}: sent comma-separated"),
            );
            (if pairs { "form" } else { "simple" }, false, None)
        }
    };
    let mut out = Map::new();
    out.insert("style".into(), json!(style));
    out.insert("explode".into(), json!(explode));
    if let Some(kept) = kept {
        out.insert("x-collectionFormat".into(), json!(kept));
    }
    out
}

/// `in: body` → a request body with one media type per `consumes` entry.
fn request_body(cx: &mut Cx<'_>, ptr: &str, p: &Value, consumes: &[String]) -> Value {
    let empty = Map::new();
    let m = p.as_object().unwrap_or(&empty);
    let schema_v = match m.get("schema") {
        Some(s) => schema(cx, &child(ptr, "schema"), s, 0),
        None => {
            cx.warn(
                ptr,
                "body parameter without `schema`: taken as any JSON value",
            );
            json!({})
        }
    };
    let mut media: Vec<String> = consumes.iter().filter(|c| !is_form(c)).cloned().collect();
    if media.is_empty() {
        if !consumes.is_empty() {
            cx.warn(
                ptr,
                "body parameter but `consumes` lists only form media types: sent as application/json",
            );
        }
        media.push("application/json".into());
    }
    let mut content = Map::new();
    for mt in media {
        content.insert(mt, json!({ "schema": schema_v.clone() }));
    }
    let mut out = Map::new();
    if let Some(d) = m.get("description") {
        out.insert("description".into(), d.clone());
    }
    out.insert("content".into(), Value::Object(content));
    if let Some(r) = m.get("required") {
        out.insert("required".into(), r.clone());
    }
    if let Some(Value::String(name)) = m.get("name") {
        out.insert("x-codegen-request-body-name".into(), json!(name));
    }
    for (k, v) in m {
        if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

fn is_form(media: &str) -> bool {
    let m = media.split(';').next().unwrap_or("").trim();
    m.eq_ignore_ascii_case("multipart/form-data")
        || m.eq_ignore_ascii_case("application/x-www-form-urlencoded")
}

/// `in: formData` parameters → one request body with an object schema.
fn form_body(
    cx: &mut Cx<'_>,
    fields: &[(String, Map<String, Value>)],
    consumes: &[String],
) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    let mut encoding = Map::new();
    let mut has_file = false;
    for (ptr, f) in fields {
        let Some(name) = f.get("name").and_then(Value::as_str) else {
            cx.warn(ptr, "formData parameter without a `name`: ignored");
            continue;
        };
        if f.get("type").and_then(Value::as_str) == Some("file") {
            has_file = true;
        }
        let mut s = match simple_schema(cx, ptr, f, 0) {
            Value::Object(s) => s,
            _ => Map::new(),
        };
        if !f.contains_key("type") {
            cx.warn(ptr, "formData parameter has no `type`: taken as a string");
            s.insert("type".into(), json!("string"));
        }
        if let Some(d) = f.get("description") {
            s.insert("description".into(), d.clone());
        }
        if f.get("type").and_then(Value::as_str) == Some("array") {
            let e = collection_format(cx, ptr, f, "formData");
            encoding.insert(name.to_string(), Value::Object(e));
        }
        if f.get("required").and_then(Value::as_bool) == Some(true) {
            required.push(json!(name));
        }
        props.insert(name.to_string(), Value::Object(s));
    }
    let mut form_schema = Map::new();
    form_schema.insert("type".into(), json!("object"));
    form_schema.insert("properties".into(), Value::Object(props));
    if !required.is_empty() {
        form_schema.insert("required".into(), Value::Array(required.clone()));
    }
    let mut media: Vec<String> = consumes.iter().filter(|c| is_form(c)).cloned().collect();
    if media.is_empty() {
        media.push(if has_file {
            "multipart/form-data".into()
        } else {
            "application/x-www-form-urlencoded".into()
        });
    }
    let mut content = Map::new();
    for mt in media {
        let mut entry = Map::new();
        entry.insert("schema".into(), Value::Object(form_schema.clone()));
        if !encoding.is_empty() && is_form(&mt) {
            entry.insert("encoding".into(), Value::Object(encoding.clone()));
        }
        content.insert(mt, Value::Object(entry));
    }
    json!({ "content": content, "required": !required.is_empty() })
}

fn response(cx: &mut Cx<'_>, ptr: &str, conv_ptr: &str, r: &Value, produces: &[String]) -> Value {
    let Some(m) = r.as_object() else {
        return r.clone();
    };
    if let Some(Value::String(target)) = m.get("$ref") {
        return json!({ "$ref": rewrite_ref(target) });
    }
    let mut out = Map::new();
    out.insert(
        "description".into(),
        m.get("description").cloned().unwrap_or_else(|| json!("")),
    );
    if let Some(Value::Object(headers)) = m.get("headers") {
        let mut h = Map::new();
        for (name, hv) in headers {
            let hptr = child(&child(ptr, "headers"), name);
            let Some(hm) = hv.as_object() else { continue };
            let mut header = Map::new();
            if let Some(d) = hm.get("description") {
                header.insert("description".into(), d.clone());
            }
            header.insert("schema".into(), simple_schema(cx, &hptr, hm, 0));
            cx.pointers.insert(
                child(&child(&child(conv_ptr, "headers"), name), "schema"),
                hptr,
            );
            h.insert(name.clone(), Value::Object(header));
        }
        out.insert("headers".into(), Value::Object(h));
    }
    if let Some(s) = m.get("schema") {
        let is_file = s.get("type").and_then(Value::as_str) == Some("file");
        let schema_v = schema(cx, &child(ptr, "schema"), s, 0);
        let mut media: Vec<String> = produces.to_vec();
        if media.is_empty() {
            media.push(if is_file {
                "application/octet-stream".into()
            } else {
                "application/json".into()
            });
        }
        let examples = m.get("examples").and_then(Value::as_object);
        let mut content = Map::new();
        for mt in media {
            let mut entry = Map::new();
            entry.insert("schema".into(), schema_v.clone());
            if let Some(ex) = examples.and_then(|e| e.get(&mt)) {
                entry.insert("example".into(), ex.clone());
            }
            cx.pointers.insert(
                child(&child(&child(conv_ptr, "content"), &mt), "schema"),
                child(ptr, "schema"),
            );
            content.insert(mt, Value::Object(entry));
        }
        out.insert("content".into(), Value::Object(content));
    } else if let Some(Value::Object(examples)) = m.get("examples") {
        if !examples.is_empty() {
            cx.warn(
                &child(ptr, "examples"),
                "response examples without a `schema`: ignored",
            );
        }
    }
    for (k, v) in m {
        if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

/// Resolve a `#/parameters/X` reference in the source document: (pointer, parameter).
fn resolve_param(cx: &Cx<'_>, ptr: &str, p: &Value) -> (String, Value) {
    let mut cur_ptr = ptr.to_string();
    let mut cur = p;
    for _ in 0..16 {
        match cur.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with("#/") => {
                let target = r.trim_start_matches('#');
                match cx.src.pointer(target) {
                    Some(t) => {
                        cur_ptr = target.to_string();
                        cur = t;
                    }
                    None => break,
                }
            }
            _ => break,
        }
    }
    (cur_ptr, cur.clone())
}

fn paths(cx: &mut Cx<'_>, value: &Value) -> Value {
    let Some(paths) = value.as_object() else {
        return value.clone();
    };
    let mut out = Map::new();
    for (path, item) in paths {
        let item_ptr = child("/paths", path);
        let Some(item) = item.as_object() else {
            out.insert(path.clone(), item.clone());
            continue;
        };
        // Path-level parameters: plain ones stay at the path level; body and formData
        // ones join each operation's request body.
        let mut shared_plain = Vec::new();
        let mut shared_body: Vec<(String, Map<String, Value>)> = Vec::new();
        if let Some(Value::Array(params)) = item.get("parameters") {
            for (i, p) in params.iter().enumerate() {
                let p_ptr = format!("{item_ptr}/parameters/{i}");
                let (rp_ptr, rp) = resolve_param(cx, &p_ptr, p);
                match rp.get("in").and_then(Value::as_str) {
                    Some("body" | "formData") => {
                        if let Some(m) = rp.as_object() {
                            shared_body.push((rp_ptr, m.clone()));
                        }
                    }
                    _ => {
                        let conv_ptr = format!("{item_ptr}/parameters/{}", shared_plain.len());
                        cx.pointers.insert(conv_ptr, p_ptr.clone());
                        shared_plain.push(parameter(cx, &p_ptr, p));
                    }
                }
            }
        }
        let mut oitem = Map::new();
        for (key, v) in item {
            let here = child(&item_ptr, key);
            match key.as_str() {
                "parameters" => {
                    if !shared_plain.is_empty() {
                        oitem.insert(key.clone(), Value::Array(shared_plain.clone()));
                    }
                }
                m if Method::from_key(m).is_some_and(Method::in_swagger2) => {
                    oitem.insert(key.clone(), operation(cx, &here, v, &shared_body));
                }
                "$ref" => {
                    cx.warn(
                        &here,
                        "a path item `$ref` is kept as is; its target is not converted",
                    );
                    oitem.insert(key.clone(), v.clone());
                }
                k if k.starts_with("x-") => {
                    oitem.insert(key.clone(), v.clone());
                }
                other => cx.warn(
                    &here,
                    format!("`{other}` is not a Swagger 2.0 path item field: ignored"),
                ),
            }
        }
        out.insert(path.clone(), Value::Object(oitem));
    }
    Value::Object(out)
}

fn operation(
    cx: &mut Cx<'_>,
    op_ptr: &str,
    op: &Value,
    shared_body: &[(String, Map<String, Value>)],
) -> Value {
    let Some(m) = op.as_object() else {
        return op.clone();
    };
    let consumes = if m.contains_key("consumes") {
        strings(m.get("consumes"))
    } else {
        cx.consumes.clone()
    };
    let produces = if m.contains_key("produces") {
        strings(m.get("produces"))
    } else {
        cx.produces.clone()
    };
    let mut plain = Vec::new();
    let mut body: Option<(String, Value)> = None;
    let mut form: Vec<(String, Map<String, Value>)> = Vec::new();
    let mut own_keys = Vec::new();
    if let Some(Value::Array(params)) = m.get("parameters") {
        for (i, p) in params.iter().enumerate() {
            let p_ptr = format!("{op_ptr}/parameters/{i}");
            let (rp_ptr, rp) = resolve_param(cx, &p_ptr, p);
            let key = (
                rp.get("name").cloned().unwrap_or(Value::Null),
                rp.get("in").cloned().unwrap_or(Value::Null),
            );
            own_keys.push(key);
            match rp.get("in").and_then(Value::as_str) {
                Some("body") => {
                    if body.is_some() {
                        cx.warn(
                            &p_ptr,
                            "a second `in: body` parameter: an operation has one body; ignored",
                        );
                    } else {
                        body = Some((rp_ptr, rp));
                    }
                }
                Some("formData") => {
                    if let Some(fm) = rp.as_object() {
                        form.push((rp_ptr, fm.clone()));
                    }
                }
                _ => {
                    let conv_ptr = format!("{op_ptr}/parameters/{}", plain.len());
                    cx.pointers.insert(conv_ptr, p_ptr.clone());
                    plain.push(parameter(cx, &p_ptr, p));
                }
            }
        }
    }
    // Path-level body/formData parameters the operation does not override.
    for (ptr, p) in shared_body {
        let key = (
            p.get("name").cloned().unwrap_or(Value::Null),
            p.get("in").cloned().unwrap_or(Value::Null),
        );
        if own_keys.contains(&key) {
            continue;
        }
        match p.get("in").and_then(Value::as_str) {
            Some("body") if body.is_none() => body = Some((ptr.clone(), Value::Object(p.clone()))),
            Some("formData") => form.push((ptr.clone(), p.clone())),
            _ => {}
        }
    }
    let request_body = match (body, form.is_empty()) {
        (Some((ptr, b)), form_empty) => {
            if !form_empty {
                cx.warn(
                    op_ptr,
                    "both `in: body` and `in: formData` parameters: the formData ones are ignored",
                );
            }
            cx.pointers
                .insert(format!("{op_ptr}/requestBody"), ptr.clone());
            for mt in consumes.iter().filter(|c| !is_form(c)) {
                cx.pointers.insert(
                    child(&child(&format!("{op_ptr}/requestBody"), "content"), mt) + "/schema",
                    child(&ptr, "schema"),
                );
            }
            Some(request_body(cx, &ptr, &b, &consumes))
        }
        (None, false) => {
            if let Some((first, _)) = form.first() {
                cx.pointers
                    .insert(format!("{op_ptr}/requestBody"), first.clone());
            }
            Some(form_body(cx, &form, &consumes))
        }
        (None, true) => None,
    };

    let mut out = Map::new();
    for (key, v) in m {
        let here = child(op_ptr, key);
        match key.as_str() {
            "tags" | "summary" | "description" | "externalDocs" | "operationId" | "deprecated" => {
                out.insert(key.clone(), v.clone());
            }
            "consumes" | "produces" => {}
            "parameters" => {
                if !plain.is_empty() {
                    out.insert(key.clone(), Value::Array(std::mem::take(&mut plain)));
                }
                if let Some(b) = request_body.clone() {
                    out.insert("requestBody".into(), b);
                }
            }
            "responses" => {
                let mut responses = Map::new();
                if let Value::Object(rs) = v {
                    for (code, r) in rs {
                        let r_ptr = child(&here, code);
                        responses.insert(code.clone(), response(cx, &r_ptr, &r_ptr, r, &produces));
                    }
                }
                out.insert(key.clone(), Value::Object(responses));
            }
            "security" => {
                out.insert(key.clone(), security(cx, &here, v));
            }
            "schemes" => {
                cx.warn(
                    &here,
                    "per-operation `schemes` have no OpenAPI 3.0 form: the document's servers are used",
                );
            }
            k if k.starts_with("x-") => {
                out.insert(key.clone(), v.clone());
            }
            other => cx.warn(
                &here,
                format!("`{other}` is not a Swagger 2.0 operation field: ignored"),
            ),
        }
    }
    if !out.contains_key("requestBody") {
        if let Some(b) = request_body {
            out.insert("requestBody".into(), b);
        }
    }
    if !out.contains_key("responses") {
        out.insert("responses".into(), json!({}));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(v: Value) -> (Value, Vec<Warning>) {
        let mut w = Vec::new();
        let mut p = PointerMap::default();
        let out = convert(&v, &mut w, &mut p);
        (out, w)
    }

    #[test]
    fn servers_from_host_base_path_and_schemes() {
        let (out, w) = conv(
            json!({"swagger": "2.0", "host": "h.example", "basePath": "/v1/", "schemes": ["https", "http"]}),
        );
        assert_eq!(
            out["servers"],
            json!([{"url": "https://h.example/v1"}, {"url": "http://h.example/v1"}])
        );
        assert!(w.is_empty());
        let (out, w) = conv(json!({"swagger": "2.0", "host": "h.example"}));
        assert_eq!(out["servers"], json!([{"url": "https://h.example"}]));
        assert_eq!(w.len(), 1);
        let (out, _) = conv(json!({"swagger": "2.0", "basePath": "/api"}));
        assert_eq!(out["servers"], json!([{"url": "/api"}]));
    }

    #[test]
    fn refs_are_rewritten() {
        assert_eq!(rewrite_ref("#/definitions/A.B"), "#/components/schemas/A.B");
        assert_eq!(rewrite_ref("#/parameters/p"), "#/components/parameters/p");
        assert_eq!(rewrite_ref("#/responses/404"), "#/components/responses/404");
        assert_eq!(
            rewrite_ref("other.json#/definitions/X"),
            "other.json#/components/schemas/X"
        );
    }

    /// Every `collectionFormat` in every 2.0 location: the 3.0 style and explode, and
    /// `x-collectionFormat` exactly where 3.0 has no style with the delimiter; `multi`
    /// outside a query or form, and an unknown format, are the only warnings.
    #[test]
    fn collection_formats_become_styles_or_keep_their_delimiter() {
        let cases = [
            ("query", None, json!({"style": "form", "explode": false})),
            (
                "query",
                Some("csv"),
                json!({"style": "form", "explode": false}),
            ),
            (
                "query",
                Some("ssv"),
                json!({"style": "spaceDelimited", "explode": false}),
            ),
            (
                "query",
                Some("tsv"),
                json!({"style": "form", "explode": false, "x-collectionFormat": "tsv"}),
            ),
            (
                "query",
                Some("pipes"),
                json!({"style": "pipeDelimited", "explode": false}),
            ),
            (
                "query",
                Some("multi"),
                json!({"style": "form", "explode": true}),
            ),
            (
                "formData",
                Some("ssv"),
                json!({"style": "spaceDelimited", "explode": false}),
            ),
            (
                "formData",
                Some("tsv"),
                json!({"style": "form", "explode": false, "x-collectionFormat": "tsv"}),
            ),
            (
                "formData",
                Some("multi"),
                json!({"style": "form", "explode": true}),
            ),
            ("path", None, json!({"style": "simple", "explode": false})),
            (
                "path",
                Some("csv"),
                json!({"style": "simple", "explode": false}),
            ),
            (
                "path",
                Some("ssv"),
                json!({"style": "simple", "explode": false, "x-collectionFormat": "ssv"}),
            ),
            (
                "path",
                Some("tsv"),
                json!({"style": "simple", "explode": false, "x-collectionFormat": "tsv"}),
            ),
            (
                "header",
                Some("pipes"),
                json!({"style": "simple", "explode": false, "x-collectionFormat": "pipes"}),
            ),
            (
                "header",
                Some("multi"),
                json!({"style": "simple", "explode": false}),
            ),
            (
                "query",
                Some("semicolons"),
                json!({"style": "form", "explode": false}),
            ),
        ];
        let mut warnings = Vec::new();
        let mut pointers = PointerMap::default();
        let mut cx = Cx {
            src: &Value::Null,
            warnings: &mut warnings,
            pointers: &mut pointers,
            dropped_schemes: BTreeSet::new(),
            consumes: Vec::new(),
            produces: Vec::new(),
        };
        for (i, (location, format, want)) in cases.iter().enumerate() {
            let mut p = Map::new();
            if let Some(f) = format {
                p.insert("collectionFormat".into(), json!(f));
            }
            let got = collection_format(&mut cx, &format!("/p/{i}"), &p, location);
            assert_eq!(Value::Object(got), *want, "{location} {format:?}");
        }
        let said: Vec<String> = warnings
            .iter()
            .map(|w| format!("{} {}", w.pointer, w.message))
            .collect();
        assert_eq!(
            said,
            [
                "/p/14/collectionFormat `collectionFormat: multi` is only for `query` and `formData` parameters: sent comma-separated",
                "/p/15/collectionFormat `collectionFormat: semicolons` is not a Swagger 2.0 collection format (csv, ssv, tsv, pipes, multi): sent comma-separated",
            ]
        );
    }

    #[test]
    fn garbage_does_not_panic() {
        for v in [
            json!({"swagger": "2.0", "paths": {"/a": {"get": {"parameters": [{"$ref": "#/parameters/x"}, 7, {"in": "body"}, {"in": "formData"}], "responses": 3}}}}),
            json!({"swagger": "2.0", "paths": {"/a": {"parameters": [{"$ref": "#/parameters/a"}], "get": 1}}, "parameters": {"a": {"$ref": "#/parameters/a"}}}),
            json!({"swagger": "2.0", "definitions": {"A": {"items": [1, 2], "properties": 4, "allOf": {}}}}),
            json!({"swagger": "2.0", "securityDefinitions": {"a": 1, "b": {"type": "oauth2"}}, "security": [{"a": []}, 3]}),
        ] {
            let _ = conv(v);
        }
    }
}
