//! OpenAPI 3.1 → 3.0.3. The structure is the same; the differences are in schemas (3.1 uses
//! JSON Schema 2020-12) and a few document-level additions:
//!
//! | OpenAPI 3.1 | OpenAPI 3.0 |
//! |---|---|
//! | `type: [T, "null"]` | `type: T, nullable: true` (several non-null types: `anyOf`) |
//! | `anyOf`/`oneOf` with a `{type: "null"}` branch | the other branch(es), `nullable: true` |
//! | `const: v` | `enum: [v]` |
//! | schema `examples: [a, …]` | `example: a` |
//! | `$ref` with sibling keywords | `allOf: [{$ref}]` with the siblings |
//! | `exclusiveMinimum: n` | `minimum: n, exclusiveMinimum: true` |
//! | `contentEncoding: base64` / `contentMediaType` | `format: byte` / `format: binary` |
//! | `webhooks`, `components/pathItems`, `jsonSchemaDialect` | ignored with a note (path item refs are inlined) |
//! | `if`/`then`/`else`, `dependentSchemas`, `prefixItems`, `unevaluated*`, `$defs`… | dropped with a warning |

use crate::ir::Method;
use serde_json::{json, Map, Value};

use super::{child, standard_format, PointerMap, Warning, MAX_DEPTH};

/// Marks a converted `type: [integer, number]`: a number whose integers stay integers
/// (the IR gives it an exact number type rather than `f64`).
pub const EXACT_NUMBER: &str = "x-clientgen-integer-or-number";

/// 2020-12 keywords with no OpenAPI 3.0 counterpart: dropped with a warning.
const UNSUPPORTED: &[(&str, &str)] = &[
    ("if", "conditional schemas (`if`/`then`/`else`)"),
    ("then", "conditional schemas (`if`/`then`/`else`)"),
    ("else", "conditional schemas (`if`/`then`/`else`)"),
    ("dependentSchemas", "`dependentSchemas`"),
    ("dependentRequired", "`dependentRequired`"),
    ("unevaluatedProperties", "`unevaluatedProperties`"),
    ("unevaluatedItems", "`unevaluatedItems`"),
    ("contains", "`contains`"),
    ("minContains", "`minContains`"),
    ("maxContains", "`maxContains`"),
    ("propertyNames", "`propertyNames`"),
    ("$dynamicRef", "`$dynamicRef`"),
    ("$dynamicAnchor", "`$dynamicAnchor`"),
    ("$anchor", "`$anchor`"),
    ("$id", "`$id`"),
    ("$schema", "`$schema`"),
    ("$vocabulary", "`$vocabulary`"),
];

/// Keywords that only annotate: on a `$ref` they are dropped rather than wrapped.
const ANNOTATIONS: &[&str] = &["$comment", "summary"];

struct Cx<'a> {
    warnings: &'a mut Vec<Warning>,
    pointers: &'a mut PointerMap,
    /// `components/pathItems`, for inlining path item references.
    path_items: Map<String, Value>,
}

impl Cx<'_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
            severity: crate::diagnostics::Severity::Warning,
        });
    }

    /// Something valid the client has no use for.
    fn note(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
            severity: crate::diagnostics::Severity::Note,
        });
    }
}

pub fn convert(mut doc: Value, warnings: &mut Vec<Warning>, pointers: &mut PointerMap) -> Value {
    let Some(root) = doc.as_object_mut() else {
        return doc;
    };
    let mut cx = Cx {
        warnings,
        pointers,
        path_items: Map::new(),
    };
    root.insert("openapi".into(), json!("3.0.3"));
    if let Some(Value::Object(hooks)) = root.shift_remove("webhooks") {
        if !hooks.is_empty() {
            let names: Vec<&str> = hooks.keys().map(String::as_str).collect();
            cx.note(
                "/webhooks",
                format!(
                    "{} webhook(s) ignored ({}): webhooks are requests the API sends, a client has nothing to call",
                    hooks.len(),
                    names.join(", ")
                ),
            );
        }
    }
    if let Some(d) = root.shift_remove("jsonSchemaDialect") {
        // The OpenAPI dialects (3.1's `…/oas/3.1/dialect/base`, 3.2's dated one) are what
        // schemas are read as anyway.
        let oas = d.as_str().is_some_and(|d| {
            d.strip_prefix("https://spec.openapis.org/oas/3.")
                .is_some_and(|rest| rest.contains("/dialect/"))
        });
        if !oas {
            cx.warn(
                "/jsonSchemaDialect",
                format!(
                    "jsonSchemaDialect {} ignored: schemas are read as the OpenAPI 3.1 default dialect",
                    super::scalar(&d)
                ),
            );
        }
    }
    if let Some(Value::Object(info)) = root.get_mut("info") {
        if info.shift_remove("summary").is_some() {
            cx.warn(
                "/info/summary",
                "`info.summary` is new in 3.1: dropped (the description is kept)",
            );
        }
        if let Some(Value::Object(license)) = info.get_mut("license") {
            if let Some(id) = license.shift_remove("identifier") {
                if !license.contains_key("url") {
                    if let Some(id) = id.as_str() {
                        license.insert(
                            "url".into(),
                            json!(format!("https://spdx.org/licenses/{id}.html")),
                        );
                    }
                }
                cx.warn(
                    "/info/license/identifier",
                    "`license.identifier` is new in 3.1: replaced by an SPDX URL when there is no `url`",
                );
            }
        }
    }
    if !root.contains_key("paths") {
        root.insert("paths".into(), json!({}));
    }

    if let Some(Value::Object(components)) = root.get_mut("components") {
        if let Some(Value::Object(items)) = components.shift_remove("pathItems") {
            cx.path_items = items;
        }
        for (kind, value) in components.iter_mut() {
            let Value::Object(entries) = value else {
                continue;
            };
            let base = child("/components", kind);
            for (name, v) in entries.iter_mut() {
                let ptr = child(&base, name);
                match kind.as_str() {
                    "schemas" => schema(&mut cx, &ptr, v, 0),
                    "parameters" | "headers" => parameter(&mut cx, &ptr, v),
                    "requestBodies" => content_holder(&mut cx, &ptr, v),
                    "responses" => response(&mut cx, &ptr, v),
                    "callbacks" => callback(&mut cx, &ptr, v, 0),
                    "securitySchemes" => {}
                    _ => {}
                }
            }
        }
        let path_items = std::mem::take(&mut cx.path_items);
        let used = path_items_used(root.get("paths"));
        for (name, _) in path_items.iter() {
            if !used.contains(name) {
                cx.warn(
                    &child("/components/pathItems", name),
                    "`components/pathItems` is new in 3.1: this unused path item is ignored",
                );
            }
        }
        cx.path_items = path_items;
    }

    // Security schemes 3.0 lacks.
    let mut dropped = Vec::new();
    if let Some(Value::Object(schemes)) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    {
        let names: Vec<String> = schemes
            .iter()
            .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS"))
            .map(|(n, _)| n.clone())
            .collect();
        for n in names {
            schemes.shift_remove(&n);
            cx.warn(
                &child("/components/securitySchemes", &n),
                "`mutualTLS` security (new in 3.1) is configured on the HTTP client, not per request: scheme dropped, requirements naming it are ignored",
            );
            dropped.push(n);
        }
    }
    if !dropped.is_empty() {
        drop_requirements(root, &dropped);
    }

    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let ptr = child("/paths", path);
            path_item(&mut cx, &ptr, item, 0);
        }
    }
    doc
}

fn path_items_used(paths: Option<&Value>) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    if let Some(Value::Object(paths)) = paths {
        for item in paths.values() {
            if let Some(r) = item.get("$ref").and_then(Value::as_str) {
                if let Some(name) = r.strip_prefix("#/components/pathItems/") {
                    out.insert(name.replace("~1", "/").replace("~0", "~"));
                }
            }
        }
    }
    out
}

fn drop_requirements(root: &mut Map<String, Value>, dropped: &[String]) {
    let strip = |v: &mut Value| {
        if let Value::Array(reqs) = v {
            reqs.retain(|r| {
                !r.as_object()
                    .is_some_and(|m| m.keys().any(|k| dropped.contains(k)))
            });
        }
    };
    if let Some(s) = root.get_mut("security") {
        strip(s);
    }
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for item in paths.values_mut() {
            if let Value::Object(item) = item {
                for m in Method::keys() {
                    if let Some(s) = item.get_mut(m).and_then(|o| o.get_mut("security")) {
                        strip(s);
                    }
                }
            }
        }
    }
}

/// A non-schema object that may be a `$ref`: 3.1 lets `summary`/`description` sit beside
/// it, 3.0 does not. Returns true when it is a reference (nothing else to convert).
fn reference(cx: &mut Cx<'_>, ptr: &str, v: &mut Value) -> bool {
    let Some(m) = v.as_object_mut() else {
        return false;
    };
    if !m.contains_key("$ref") {
        return false;
    }
    if m.len() > 1 {
        let extra: Vec<String> = m.keys().filter(|k| *k != "$ref").cloned().collect();
        m.retain(|k, _| k == "$ref");
        cx.warn(
            ptr,
            format!(
                "{} beside `$ref` (allowed in 3.1, not in 3.0): dropped, the referenced object's are used",
                extra
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    true
}

fn path_item(cx: &mut Cx<'_>, ptr: &str, item: &mut Value, depth: usize) {
    if let Some(r) = item.get("$ref").and_then(Value::as_str) {
        if let Some(name) = r.strip_prefix("#/components/pathItems/") {
            let name = name.replace("~1", "/").replace("~0", "~");
            if let Some(target) = cx.path_items.get(&name).cloned() {
                cx.pointers
                    .insert(ptr.to_string(), child("/components/pathItems", &name));
                *item = target;
            } else {
                cx.warn(ptr, format!("path item reference `{r}` points at nothing"));
                *item = json!({});
                return;
            }
        }
    }
    let Some(m) = item.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(params)) = m.get_mut("parameters") {
        for (i, p) in params.iter_mut().enumerate() {
            parameter(cx, &format!("{ptr}/parameters/{i}"), p);
        }
    }
    for method in Method::keys() {
        if let Some(op) = m.get_mut(method) {
            operation(cx, &child(ptr, method), op, depth);
        }
    }
}

fn operation(cx: &mut Cx<'_>, ptr: &str, op: &mut Value, depth: usize) {
    let Some(m) = op.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(params)) = m.get_mut("parameters") {
        for (i, p) in params.iter_mut().enumerate() {
            parameter(cx, &format!("{ptr}/parameters/{i}"), p);
        }
    }
    if let Some(b) = m.get_mut("requestBody") {
        content_holder(cx, &child(ptr, "requestBody"), b);
    }
    if let Some(Value::Object(responses)) = m.get_mut("responses") {
        for (code, r) in responses.iter_mut() {
            response(cx, &child(&child(ptr, "responses"), code), r);
        }
    }
    if let Some(Value::Object(callbacks)) = m.get_mut("callbacks") {
        for (name, c) in callbacks.iter_mut() {
            callback(cx, &child(&child(ptr, "callbacks"), name), c, depth + 1);
        }
    }
}

fn callback(cx: &mut Cx<'_>, ptr: &str, c: &mut Value, depth: usize) {
    if depth > 8 || reference(cx, ptr, c) {
        return;
    }
    if let Value::Object(exprs) = c {
        for (expr, item) in exprs.iter_mut() {
            path_item(cx, &child(ptr, expr), item, depth);
        }
    }
}

/// Parameters and headers: `schema`, or `content` with media types.
fn parameter(cx: &mut Cx<'_>, ptr: &str, p: &mut Value) {
    if reference(cx, ptr, p) {
        return;
    }
    let Some(m) = p.as_object_mut() else {
        return;
    };
    if let Some(s) = m.get_mut("schema") {
        schema(cx, &child(ptr, "schema"), s, 0);
    }
    if let Some(Value::Object(content)) = m.get_mut("content") {
        media_types(cx, &child(ptr, "content"), content);
    }
}

/// Request bodies: `content`.
fn content_holder(cx: &mut Cx<'_>, ptr: &str, b: &mut Value) {
    if reference(cx, ptr, b) {
        return;
    }
    if let Some(Value::Object(content)) = b.get_mut("content") {
        media_types(cx, &child(ptr, "content"), content);
    }
}

fn response(cx: &mut Cx<'_>, ptr: &str, r: &mut Value) {
    if reference(cx, ptr, r) {
        return;
    }
    let Some(m) = r.as_object_mut() else {
        return;
    };
    if !m.contains_key("description") {
        m.insert("description".into(), json!(""));
    }
    if let Some(Value::Object(headers)) = m.get_mut("headers") {
        for (name, h) in headers.iter_mut() {
            parameter(cx, &child(&child(ptr, "headers"), name), h);
        }
    }
    if let Some(Value::Object(content)) = m.get_mut("content") {
        media_types(cx, &child(ptr, "content"), content);
    }
}

fn media_types(cx: &mut Cx<'_>, ptr: &str, content: &mut Map<String, Value>) {
    for (mt, media) in content.iter_mut() {
        let here = child(ptr, mt);
        let Some(m) = media.as_object_mut() else {
            continue;
        };
        if let Some(s) = m.get_mut("schema") {
            schema(cx, &child(&here, "schema"), s, 0);
        }
        if let Some(Value::Object(enc)) = m.get_mut("encoding") {
            for (name, e) in enc.iter_mut() {
                if let Some(Value::Object(headers)) = e.get_mut("headers") {
                    for (hn, h) in headers.iter_mut() {
                        let hp = child(
                            &child(&child(&child(&here, "encoding"), name), "headers"),
                            hn,
                        );
                        parameter(cx, &hp, h);
                    }
                }
            }
        }
    }
}

/// `{type: "null"}` (or what [`schema`] already made of it: `{nullable: true}` alone).
fn is_null_schema(v: &Value) -> bool {
    if v.as_object()
        .is_some_and(|m| m.len() == 1 && m.get("nullable") == Some(&Value::Bool(true)))
    {
        return true;
    }
    match v.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => {
            ts.len() == 1 && ts.first().and_then(Value::as_str) == Some("null")
        }
        _ => v.get("const") == Some(&Value::Null) || v.get("enum") == Some(&json!([null])),
    }
}

/// A JSON Schema 2020-12 schema → an OpenAPI 3.0 schema, in place.
fn schema(cx: &mut Cx<'_>, ptr: &str, s: &mut Value, depth: usize) {
    let Some(m) = s.as_object_mut() else {
        return;
    };
    if depth > MAX_DEPTH {
        cx.warn(
            ptr,
            "schema nested too deeply: the rest is taken as any value",
        );
        *s = json!({});
        return;
    }
    // Children first.
    for key in [
        "properties",
        "patternProperties",
        "$defs",
        "dependentSchemas",
    ] {
        if let Some(Value::Object(props)) = m.get_mut(key) {
            for (name, p) in props.iter_mut() {
                schema(cx, &child(&child(ptr, key), name), p, depth + 1);
            }
        }
    }
    for key in [
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedProperties",
        "unevaluatedItems",
    ] {
        if let Some(v) = m.get_mut(key) {
            if v.is_object() {
                schema(cx, &child(ptr, key), v, depth + 1);
            }
        }
    }
    for key in ["allOf", "anyOf", "oneOf", "prefixItems"] {
        if let Some(Value::Array(parts)) = m.get_mut(key) {
            for (i, p) in parts.iter_mut().enumerate() {
                schema(cx, &format!("{ptr}/{key}/{i}"), p, depth + 1);
            }
        }
    }

    // $ref with siblings: 3.0 ignores siblings, so wrap the reference in an allOf.
    if m.contains_key("$ref") && m.len() > 1 {
        for a in ANNOTATIONS {
            m.shift_remove(*a);
        }
        m.shift_remove("$defs");
        if m.len() > 1 {
            if let Some(r) = m.shift_remove("$ref") {
                let mut parts = vec![json!({ "$ref": r })];
                if let Some(Value::Array(existing)) = m.shift_remove("allOf") {
                    parts.extend(existing);
                }
                m.insert("allOf".into(), Value::Array(parts));
            }
        }
    }

    // type arrays.
    if let Some(Value::Array(types)) = m.get("type").cloned() {
        let mut nullable = false;
        let mut others = Vec::new();
        for t in &types {
            match t.as_str() {
                Some("null") => nullable = true,
                Some(other) => others.push(other.to_string()),
                None => {}
            }
        }
        m.shift_remove("type");
        match others.as_slice() {
            [] => {}
            [one] => {
                m.insert("type".into(), json!(one));
            }
            many => {
                // `integer` is a subset of `number`: [integer, number] is a number, kept
                // exact (`5` stays `5`, not `5.0`): marked for the IR's exact number type.
                let exact =
                    many.iter().any(|t| t == "integer") && many.iter().any(|t| t == "number");
                let many: Vec<&String> = many
                    .iter()
                    .filter(|t| !(t.as_str() == "integer" && exact))
                    .collect();
                if exact {
                    m.insert(EXACT_NUMBER.into(), json!(true));
                }
                if let [one] = many.as_slice() {
                    m.insert("type".into(), json!(one));
                } else {
                    let branches: Vec<Value> = many.iter().map(|t| json!({ "type": t })).collect();
                    cx.warn(
                        &child(ptr, "type"),
                        format!(
                            "several types ({}): expressed as `anyOf` of one schema per type",
                            many.iter()
                                .map(|t| format!("`{t}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    let mut any = branches;
                    if let Some(Value::Array(existing)) = m.shift_remove("anyOf") {
                        // Both: the type branches must hold and so must the existing anyOf.
                        let mut all = vec![json!({ "anyOf": any })];
                        all.push(json!({ "anyOf": existing }));
                        let mut parts = match m.shift_remove("allOf") {
                            Some(Value::Array(a)) => a,
                            _ => vec![],
                        };
                        parts.extend(all);
                        m.insert("allOf".into(), Value::Array(parts));
                        any = vec![];
                    }
                    if !any.is_empty() {
                        m.insert("anyOf".into(), Value::Array(any));
                    }
                }
            }
        }
        if nullable {
            m.insert("nullable".into(), json!(true));
        }
    } else if m.get("type").and_then(Value::as_str) == Some("null") {
        m.shift_remove("type");
        m.insert("nullable".into(), json!(true));
    }

    // anyOf/oneOf with a null branch.
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(parts)) = m.get(key) else {
            continue;
        };
        if !parts.iter().any(is_null_schema) {
            continue;
        }
        let rest: Vec<Value> = parts
            .iter()
            .filter(|p| !is_null_schema(p))
            .cloned()
            .collect();
        m.insert("nullable".into(), json!(true));
        match rest.len() {
            0 => {
                m.shift_remove(key);
            }
            1 => {
                m.shift_remove(key);
                let only = rest.into_iter().next().unwrap_or_default();
                let inline_ok = only.as_object().is_some_and(|o| {
                    !o.contains_key("$ref") && o.keys().all(|k| !m.contains_key(k))
                });
                if inline_ok {
                    if let Value::Object(o) = only {
                        for (k, v) in o {
                            m.insert(k, v);
                        }
                    }
                } else {
                    let mut parts = vec![only];
                    if let Some(Value::Array(existing)) = m.shift_remove("allOf") {
                        parts.extend(existing);
                    }
                    m.insert("allOf".into(), Value::Array(parts));
                }
            }
            _ => {
                m.insert(key.into(), Value::Array(rest));
            }
        }
    }
    // An `enum` listing null: nullable, without the null (3.0 allows null in enum only when
    // nullable, and the IR reads it as nullable either way).
    if let Some(Value::Array(values)) = m.get("enum") {
        if values.iter().any(Value::is_null) && m.get("nullable").is_none() {
            m.insert("nullable".into(), json!(true));
        }
    }

    if let Some(given) = m.get("format").and_then(Value::as_str).map(str::to_string) {
        if let Some(f) = standard_format(&given) {
            cx.warn(
                &child(ptr, "format"),
                format!("format `{given}` read as `{f}`"),
            );
            m.insert("format".into(), json!(f));
        }
    }
    if let Some(c) = m.shift_remove("const") {
        m.insert("enum".into(), Value::Array(vec![c]));
    }
    if let Some(examples) = m.shift_remove("examples") {
        if !m.contains_key("example") {
            if let Some(first) = examples.as_array().and_then(|a| a.first()) {
                m.insert("example".into(), first.clone());
            }
        }
    }
    for (key, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(Value::Number(n)) = m.get(key).cloned() {
            m.insert(bound.into(), Value::Number(n));
            m.insert(key.into(), json!(true));
        }
    }
    if let Some(enc) = m.shift_remove("contentEncoding") {
        match enc.as_str() {
            Some("base64" | "base64url") => {
                m.insert("format".into(), json!("byte"));
            }
            _ => cx.warn(
                &child(ptr, "contentEncoding"),
                format!(
                    "`contentEncoding: {}` has no OpenAPI 3.0 format: taken as plain text",
                    super::scalar(&enc)
                ),
            ),
        }
        m.shift_remove("contentMediaType");
    } else if let Some(media) = m.shift_remove("contentMediaType") {
        let text = media
            .as_str()
            .is_some_and(|t| t.starts_with("text/") || t.ends_with("json") || t.ends_with("xml"));
        if !text && !m.contains_key("format") {
            m.insert("format".into(), json!("binary"));
        }
    }
    if let Some(Value::Array(prefix)) = m.shift_remove("prefixItems") {
        let n = prefix.len();
        // `items: false` closes the tuple: its positions are the items, not an empty array.
        if !m.get("items").is_some_and(Value::is_object) {
            m.insert("items".into(), json!({}));
        }
        cx.warn(
            &child(ptr, "prefixItems"),
            format!("tuple `prefixItems` ({n} positions) cannot be expressed in OpenAPI 3.0: the items are taken as any value"),
        );
    }
    if let Some(Value::Object(patterns)) = m.shift_remove("patternProperties") {
        if !m.contains_key("additionalProperties") && patterns.len() == 1 {
            if let Some((_, p)) = patterns.into_iter().next() {
                m.insert("additionalProperties".into(), p);
            }
            cx.warn(
                &child(ptr, "patternProperties"),
                "`patternProperties` is not in OpenAPI 3.0: its schema is used for every additional property",
            );
        } else {
            cx.warn(
                &child(ptr, "patternProperties"),
                "`patternProperties` is not in OpenAPI 3.0: dropped",
            );
        }
    }
    if let Some(Value::Object(defs)) = m.shift_remove("$defs") {
        if !defs.is_empty() {
            cx.warn(
                &child(ptr, "$defs"),
                "`$defs` is not in OpenAPI 3.0: dropped (move shared schemas to components/schemas)",
            );
        }
    }
    m.shift_remove("$comment");
    // `unevaluatedProperties`: `true` says nothing; `false` beside `properties` alone (no
    // composition that could evaluate more) is exactly 3.0's `additionalProperties: false`.
    match m.get("unevaluatedProperties") {
        Some(Value::Bool(true)) => {
            m.shift_remove("unevaluatedProperties");
        }
        Some(Value::Bool(false))
            if !m.contains_key("additionalProperties")
                && !["allOf", "anyOf", "oneOf", "if", "dependentSchemas", "$ref"]
                    .iter()
                    .any(|k| m.contains_key(*k)) =>
        {
            m.shift_remove("unevaluatedProperties");
            m.insert("additionalProperties".into(), json!(false));
        }
        _ => {}
    }
    if m.get("unevaluatedItems") == Some(&Value::Bool(true)) {
        m.shift_remove("unevaluatedItems");
    }
    let mut seen = Vec::new();
    for (key, what) in UNSUPPORTED {
        if m.shift_remove(*key).is_some() && !seen.contains(what) {
            seen.push(what);
            cx.warn(
                &child(ptr, key),
                format!("{what} cannot be expressed in OpenAPI 3.0: dropped"),
            );
        }
    }
    // Boolean subschemas (`items: false`, `properties: {x: true}`, …) are valid here and
    // read by the lenient pass after conversion, which knows each one's place.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv_schema(v: Value) -> (Value, Vec<Warning>) {
        let mut doc = json!({"openapi": "3.1.0", "components": {"schemas": {"S": v}}});
        let mut w = Vec::new();
        let mut p = PointerMap::default();
        doc = convert(doc, &mut w, &mut p);
        (doc["components"]["schemas"]["S"].clone(), w)
    }

    #[test]
    fn type_arrays_become_nullable_or_any_of() {
        assert_eq!(
            conv_schema(json!({"type": ["string", "null"]})).0,
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            conv_schema(json!({"type": ["integer", "number"]})).0,
            json!({"x-clientgen-integer-or-number": true, "type": "number"})
        );
        let (s, w) = conv_schema(json!({"type": ["string", "integer", "null"]}));
        assert_eq!(
            s,
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}], "nullable": true})
        );
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn null_branches_refs_and_const() {
        assert_eq!(
            conv_schema(json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})).0,
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            conv_schema(json!({"oneOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]}))
                .0,
            json!({"nullable": true, "type": "string", "format": "uuid"})
        );
        assert_eq!(
            conv_schema(json!({"$ref": "#/components/schemas/A", "description": "d"})).0,
            json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            conv_schema(json!({"$ref": "#/components/schemas/A", "$comment": "c"})).0,
            json!({"$ref": "#/components/schemas/A"})
        );
        assert_eq!(
            conv_schema(json!({"const": "x", "examples": ["x", "y"]})).0,
            json!({"enum": ["x"], "example": "x"})
        );
        assert_eq!(
            conv_schema(json!({"type": "integer", "exclusiveMinimum": 0})).0,
            json!({"type": "integer", "exclusiveMinimum": true, "minimum": 0})
        );
    }

    #[test]
    fn unsupported_keywords_warn() {
        let (s, w) = conv_schema(
            json!({"type": "object", "if": {}, "then": {}, "prefixItems": [{}], "$defs": {"a": {}}}),
        );
        assert_eq!(s, json!({"type": "object", "items": {}}));
        assert_eq!(w.len(), 3, "{w:?}");
    }
}
