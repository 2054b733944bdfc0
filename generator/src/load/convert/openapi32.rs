//! OpenAPI 3.2 → 3.0.3: 3.2 is 3.1 with additions, so what 3.2 adds is settled here and the
//! rest is [`super::openapi31`]'s conversion.
//!
//! | OpenAPI 3.2 | OpenAPI 3.0 |
//! |---|---|
//! | `query` operations (the HTTP QUERY method) | kept: generated as operations with method `QUERY` |
//! | `in: querystring` with `application/x-www-form-urlencoded` content | `in: query`, `style: form`, `explode: true` with that schema |
//! | `in: querystring` with other content | dropped with a warning |
//! | `style: cookie` | `style: form`, with a warning (values are percent-encoded) |
//! | `components/mediaTypes` | inlined where referenced |
//! | `additionalOperations` (custom methods) | dropped with a warning |
//! | `itemSchema` of `text/event-stream` and JSON Lines | the media type's `schema` (for events, the schema of `data`): the builder streams typed items |
//! | `itemSchema` of other media types, `itemEncoding`, `prefixEncoding` (streams) | dropped with a warning: the body is read whole |
//! | device authorization OAuth2 flow, discriminator `defaultMapping` | dropped with a warning |
//! | response `summary` | the description when there is none |
//! | `$self`, tag `summary`/`parent`/`kind`, server `name`, `oauth2MetadataUrl`, scheme `deprecated`, example `dataValue`/`serializedValue`, XML `nodeType` | dropped: they change nothing a client does |

use crate::ir::Method;
use serde_json::{json, Map, Value};

use super::{child, PointerMap, Warning};
use crate::diagnostics::Severity;

struct Cx<'a> {
    warnings: &'a mut Vec<Warning>,
    pointers: &'a mut PointerMap,
    media_types: Map<String, Value>,
    /// `#/components/parameters/…` references to parameters that were dropped.
    dropped: Vec<String>,
}

impl Cx<'_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
            severity: Severity::Warning,
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
        media_types: Map::new(),
        dropped: Vec::new(),
    };
    root.shift_remove("$self");
    if let Some(Value::Array(tags)) = root.get_mut("tags") {
        for t in tags.iter_mut().filter_map(Value::as_object_mut) {
            for k in ["summary", "parent", "kind"] {
                t.shift_remove(k);
            }
        }
    }
    servers(root.get_mut("servers"));
    if let Some(Value::Object(components)) = root.get_mut("components") {
        if let Some(Value::Object(m)) = components.shift_remove("mediaTypes") {
            cx.media_types = m;
        }
    }
    // Media type references first: what they inline is converted with the rest.
    let media_types = std::mem::take(&mut cx.media_types);
    if !media_types.is_empty() {
        inline_media_types(&mut cx, "", &mut doc, &media_types, 0);
    }
    let Some(root) = doc.as_object_mut() else {
        return doc;
    };
    if let Some(Value::Object(components)) = root.get_mut("components") {
        // Parameters that cannot be said in 3.0 go, and so do the references to them.
        if let Some(Value::Object(ps)) = components.get_mut("parameters") {
            let mut gone = Vec::new();
            for (name, p) in ps.iter_mut() {
                let ptr = child("/components/parameters", name);
                if !parameter(&mut cx, &ptr, p) {
                    gone.push(name.clone());
                }
            }
            for name in gone {
                ps.shift_remove(&name);
                cx.dropped.push(format!(
                    "#/components/parameters/{}",
                    crate::load::escape_pointer(&name)
                ));
            }
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
                    "headers" => {
                        parameter(&mut cx, &ptr, v);
                    }
                    "requestBodies" => content_holder(&mut cx, &ptr, v),
                    "responses" => response(&mut cx, &ptr, v),
                    "pathItems" => path_item(&mut cx, &ptr, v, 0),
                    "examples" => example(v),
                    "securitySchemes" => security_scheme(&mut cx, &ptr, v),
                    _ => {}
                }
            }
        }
    }
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            path_item(&mut cx, &child("/paths", path), item, 0);
        }
    }
    if let Some(Value::Object(hooks)) = root.get_mut("webhooks") {
        for (name, item) in hooks.iter_mut() {
            path_item(&mut cx, &child("/webhooks", name), item, 0);
        }
    }
    super::openapi31::convert(doc, cx.warnings, cx.pointers)
}

fn servers(v: Option<&mut Value>) {
    if let Some(Value::Array(list)) = v {
        for s in list.iter_mut().filter_map(Value::as_object_mut) {
            s.shift_remove("name");
        }
    }
}

/// Replace `{$ref: '#/components/mediaTypes/X'}` entries of `content` maps with X.
fn inline_media_types(
    cx: &mut Cx<'_>,
    ptr: &str,
    v: &mut Value,
    media_types: &Map<String, Value>,
    depth: usize,
) {
    if depth > super::MAX_DEPTH {
        return;
    }
    match v {
        Value::Object(m) => {
            for (k, child_v) in m.iter_mut() {
                let here = child(ptr, k);
                if k == "content" {
                    if let Value::Object(content) = child_v {
                        for (media, entry) in content.iter_mut() {
                            let target = entry
                                .get("$ref")
                                .and_then(Value::as_str)
                                .and_then(|r| r.strip_prefix("#/components/mediaTypes/"))
                                .map(|n| n.replace("~1", "/").replace("~0", "~"));
                            let Some(name) = target else { continue };
                            let entry_ptr = child(&here, media);
                            if let Some(t) = media_types.get(&name) {
                                cx.pointers.insert(
                                    entry_ptr.clone(),
                                    child("/components/mediaTypes", &name),
                                );
                                *entry = t.clone();
                            } else {
                                cx.warn(
                                    &entry_ptr,
                                    format!("media type reference `#/components/mediaTypes/{name}` points at nothing: taken as a media type without a schema"),
                                );
                                *entry = json!({});
                            }
                        }
                    }
                }
                inline_media_types(cx, &here, child_v, media_types, depth + 1);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                inline_media_types(cx, &format!("{ptr}/{i}"), item, media_types, depth + 1);
            }
        }
        _ => {}
    }
}

fn path_item(cx: &mut Cx<'_>, ptr: &str, item: &mut Value, depth: usize) {
    let Some(m) = item.as_object_mut() else {
        return;
    };
    if depth > 8 {
        return;
    }
    servers(m.get_mut("servers"));
    if let Some(Value::Object(extra)) = m.shift_remove("additionalOperations") {
        if !extra.is_empty() {
            let names: Vec<String> = extra.keys().map(|k| format!("`{k}`")).collect();
            cx.warn(
                &child(ptr, "additionalOperations"),
                format!(
                    "operations with other HTTP methods ({}) are new in 3.2 and not generated: dropped",
                    names.join(", ")
                ),
            );
        }
    }
    params(cx, ptr, m);
    for method in Method::keys() {
        let Some(Value::Object(op)) = m.get_mut(method) else {
            continue;
        };
        let op_ptr = child(ptr, method);
        servers(op.get_mut("servers"));
        params(cx, &op_ptr, op);
        if let Some(b) = op.get_mut("requestBody") {
            content_holder(cx, &child(&op_ptr, "requestBody"), b);
        }
        if let Some(Value::Object(responses)) = op.get_mut("responses") {
            for (code, r) in responses.iter_mut() {
                response(cx, &child(&child(&op_ptr, "responses"), code), r);
            }
        }
        if let Some(Value::Object(callbacks)) = op.get_mut("callbacks") {
            for (name, c) in callbacks.iter_mut() {
                if let Value::Object(exprs) = c {
                    for (expr, item) in exprs.iter_mut() {
                        let p = child(&child(&child(&op_ptr, "callbacks"), name), expr);
                        // Callbacks are dropped later (with a note); converted meanwhile.
                        path_item(cx, &p, item, depth + 1);
                    }
                }
            }
        }
    }
}

/// `parameters` of a path item or operation.
fn params(cx: &mut Cx<'_>, ptr: &str, m: &mut Map<String, Value>) {
    if let Some(Value::Array(list)) = m.get_mut("parameters") {
        let mut dropped = Vec::new();
        for (i, p) in list.iter_mut().enumerate() {
            let p_ptr = format!("{ptr}/parameters/{i}");
            let gone = p
                .get("$ref")
                .and_then(Value::as_str)
                .is_some_and(|r| cx.dropped.iter().any(|d| d == r));
            if gone || !parameter(cx, &p_ptr, p) {
                dropped.push(i);
            }
        }
        if !dropped.is_empty() {
            // Later parameters move up: keep their diagnostics at their original place.
            let mut kept = 0;
            for i in 0..list.len() {
                if dropped.contains(&i) {
                    continue;
                }
                cx.pointers.insert(
                    format!("{ptr}/parameters/{kept}"),
                    format!("{ptr}/parameters/{i}"),
                );
                kept += 1;
            }
            let mut i = 0;
            list.retain(|_| {
                let keep = !dropped.contains(&i);
                i += 1;
                keep
            });
        }
    }
}

/// A parameter or header; false when it is dropped.
fn parameter(cx: &mut Cx<'_>, ptr: &str, p: &mut Value) -> bool {
    let Some(m) = p.as_object_mut() else {
        return true;
    };
    if let Some(Value::Object(examples)) = m.get_mut("examples") {
        examples.values_mut().for_each(example);
    }
    if let Some(Value::Object(content)) = m.get_mut("content") {
        media_types(cx, &child(ptr, "content"), content);
    }
    if let Some(s) = m.get_mut("schema") {
        schema(cx, &child(ptr, "schema"), s, 0);
    }
    if m.get("style").and_then(Value::as_str) == Some("cookie") {
        m.insert("style".into(), json!("form"));
        cx.warn(
            &child(ptr, "style"),
            "`style: cookie` is new in 3.2: sent as `form` (values are percent-encoded, and arrays and objects joined with commas)",
        );
    }
    if m.get("in").and_then(Value::as_str) != Some("querystring") {
        return true;
    }
    let form = m
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.get("application/x-www-form-urlencoded"))
        .and_then(|media| media.get("schema"))
        .cloned();
    match form {
        Some(schema) => {
            // The whole query string as form fields: what 3.0 says with an exploded
            // form-style object in the query.
            m.shift_remove("content");
            m.insert("in".into(), json!("query"));
            m.insert("style".into(), json!("form"));
            m.insert("explode".into(), json!(true));
            m.insert("schema".into(), schema);
            true
        }
        None => {
            let name = m.get("name").and_then(Value::as_str).unwrap_or_default();
            cx.warn(
                ptr,
                format!("`in: querystring` parameter `{name}` is new in 3.2 and, without `application/x-www-form-urlencoded` content, cannot be expressed in OpenAPI 3.0: dropped (add the query to the path yourself)"),
            );
            false
        }
    }
}

fn content_holder(cx: &mut Cx<'_>, ptr: &str, b: &mut Value) {
    if let Some(Value::Object(content)) = b.get_mut("content") {
        media_types(cx, &child(ptr, "content"), content);
    }
}

fn response(cx: &mut Cx<'_>, ptr: &str, r: &mut Value) {
    let Some(m) = r.as_object_mut() else {
        return;
    };
    if let Some(summary) = m.shift_remove("summary") {
        if !m.contains_key("description") && !m.contains_key("$ref") {
            m.insert("description".into(), summary);
        }
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
        // A stream of items the client reads item by item (server-sent events, JSON Lines):
        // the item schema becomes the media type's `schema`, which the IR reads as one
        // item's (for events, the schema of an event's `data`).
        if let (Some(kind), false) = (
            crate::ir::streams::stream_kind(mt),
            m.contains_key("schema"),
        ) {
            if let Some(item) = m.shift_remove("itemSchema") {
                let data = match kind {
                    crate::ir::StreamKind::Events => event_data_schema(&item).unwrap_or(item),
                    crate::ir::StreamKind::JsonLines => item,
                };
                m.insert("schema".into(), data);
            }
        }
        let streamed: Vec<&str> = ["itemSchema", "itemEncoding", "prefixEncoding"]
            .into_iter()
            .filter(|k| m.shift_remove(*k).is_some())
            .collect();
        if let Some(first) = streamed.first() {
            cx.warn(
                &child(&here, first),
                format!(
                    "{} (new in 3.2, for streamed items) cannot be expressed in OpenAPI 3.0: dropped, the body is read whole",
                    streamed.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                ),
            );
        }
        if let Some(Value::Object(examples)) = m.get_mut("examples") {
            examples.values_mut().for_each(example);
        }
        if let Some(s) = m.get_mut("schema") {
            schema(cx, &child(&here, "schema"), s, 0);
        }
    }
}

/// The schema of an event's `data` in a `text/event-stream` `itemSchema` (an object with
/// `event`, `data`, `id`, `retry`): `data`'s `contentSchema` when it is JSON text, else
/// `data`'s own schema; `None` when it names no `data` (a `$ref` to the data's schema,
/// which is then taken as it is).
fn event_data_schema(item: &Value) -> Option<Value> {
    let data = item.pointer("/properties/data")?;
    Some(
        data.get("contentSchema")
            .cloned()
            .unwrap_or_else(|| data.clone()),
    )
}

fn example(e: &mut Value) {
    if let Some(m) = e.as_object_mut() {
        let data = m.shift_remove("dataValue");
        m.shift_remove("serializedValue");
        if let Some(d) = data {
            if !m.contains_key("value") && !m.contains_key("$ref") {
                m.insert("value".into(), d);
            }
        }
    }
}

fn security_scheme(cx: &mut Cx<'_>, ptr: &str, s: &mut Value) {
    let Some(m) = s.as_object_mut() else {
        return;
    };
    m.shift_remove("oauth2MetadataUrl");
    m.shift_remove("deprecated");
    if let Some(Value::Object(flows)) = m.get_mut("flows") {
        if flows.shift_remove("deviceAuthorization").is_some() {
            cx.warn(
                &child(&child(ptr, "flows"), "deviceAuthorization"),
                "the device authorization flow is new in 3.2 and not in OpenAPI 3.0: dropped",
            );
        }
    }
}

/// The 3.2 additions inside schemas: discriminator `defaultMapping`, XML `nodeType`.
fn schema(cx: &mut Cx<'_>, ptr: &str, s: &mut Value, depth: usize) {
    if depth > super::MAX_DEPTH {
        return;
    }
    let Some(m) = s.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(d)) = m.get_mut("discriminator") {
        if d.shift_remove("defaultMapping").is_some() {
            cx.warn(
                &child(&child(ptr, "discriminator"), "defaultMapping"),
                "discriminator `defaultMapping` is new in 3.2: dropped (a value no mapping names decodes as the union's `Other`)",
            );
        }
    }
    if let Some(Value::Object(x)) = m.get_mut("xml") {
        x.shift_remove("nodeType");
    }
    for (key, v) in m.iter_mut() {
        match (key.as_str(), v) {
            (
                "properties" | "patternProperties" | "$defs" | "dependentSchemas",
                Value::Object(props),
            ) => {
                for (name, p) in props.iter_mut() {
                    schema(cx, &child(&child(ptr, key), name), p, depth + 1);
                }
            }
            ("allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(parts)) => {
                for (i, p) in parts.iter_mut().enumerate() {
                    schema(cx, &format!("{ptr}/{key}/{i}"), p, depth + 1);
                }
            }
            (
                "items"
                | "additionalProperties"
                | "not"
                | "contains"
                | "propertyNames"
                | "if"
                | "then"
                | "else"
                | "unevaluatedProperties"
                | "unevaluatedItems",
                v @ Value::Object(_),
            ) => schema(cx, &child(ptr, key), v, depth + 1),
            _ => {}
        }
    }
}
