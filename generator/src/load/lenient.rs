//! What real documents get wrong, read the way they mean it, each with a warning (or, for
//! valid constructs a client has no use for, a note). Runs on the document in OpenAPI 3.0
//! form, after conversion and before `$ref` checks and `openapiv3`, which would refuse
//! these:
//!
//! - `info.version` written as a number (`version: 1.10`): taken as its text, as written;
//! - a boolean where a schema goes (OpenAPI 3.1 syntax in a 3.0 document, or what
//!   converting a 3.1 document leaves): `true` is any value; `false` allows nothing — a
//!   property that can never appear is left out, `items: false` is an empty array;
//! - callbacks (inline or `$ref`): requests the API makes, so there is nothing to call;
//!   dropped with a note.
//!
//! Pointers in the warnings are into the converted document; the caller maps them back.

use crate::ir::Method;
use serde_json::{json, Map, Value};

use super::convert::{Dialect, Warning};
use super::walk::{self, Kind, Role};
use crate::diagnostics::Severity;

fn warning(pointer: &str, message: impl Into<String>, severity: Severity) -> Warning {
    Warning {
        pointer: pointer.to_string(),
        message: message.into(),
        severity,
    }
}

/// Repair `doc` in place. `version_text` gives the text `info.version` is written as in
/// the file, when it can be found there.
pub fn repair(
    doc: &mut Value,
    dialect: Dialect,
    version_text: impl FnOnce() -> Option<String>,
) -> Vec<Warning> {
    let mut out = Vec::new();
    version(doc, version_text, &mut out);
    callbacks(doc, &mut out);
    boolean_schemas(doc, dialect, &mut out);
    out
}

fn version(doc: &mut Value, text: impl FnOnce() -> Option<String>, out: &mut Vec<Warning>) {
    let Some(v) = doc.pointer_mut("/info/version") else {
        return;
    };
    let Value::Number(n) = v else {
        return;
    };
    // The text as written (`1.10`, not the number's `1.1`), when it is that number.
    let written = text()
        .filter(|t| t.parse::<f64>().ok() == n.as_f64())
        .unwrap_or_else(|| n.to_string());
    out.push(warning(
        "/info/version",
        format!("`info.version` is a number, not a string: taken as the text `{written}` (quote it: `version: '{written}'`)"),
        Severity::Warning,
    ));
    *v = Value::String(written);
}

fn callbacks(doc: &mut Value, out: &mut Vec<Warning>) {
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Value::Object(item) = item else { continue };
            for m in Method::keys() {
                let Some(Value::Object(op)) = item.get_mut(m) else {
                    continue;
                };
                let Some(cbs) = op.shift_remove("callbacks") else {
                    continue;
                };
                let names: Vec<String> = match &cbs {
                    Value::Object(c) => {
                        c.keys().filter(|k| !k.starts_with("x-")).cloned().collect()
                    }
                    _ => Vec::new(),
                };
                if names.is_empty() {
                    continue;
                }
                let ptr = format!("/paths/{}/{m}/callbacks", super::escape_pointer(path));
                out.push(warning(
                    &ptr,
                    format!(
                        "{} ignored ({}): a callback is a request the API sends, a client has nothing to call",
                        if names.len() == 1 { "callback".to_string() } else { format!("{} callbacks", names.len()) },
                        names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                    ),
                    Severity::Note,
                ));
            }
        }
    }
    // Their definitions are read by nothing once the operations' callbacks are gone.
    if let Some(Value::Object(components)) = doc.get_mut("components") {
        components.shift_remove("callbacks");
    }
}

/// What a boolean schema at a place becomes.
enum Fix {
    /// `true` (any value) or `false` anywhere but a property or `items`.
    Replace(Value),
    /// A property that can never appear.
    DropProperty,
    /// `items: false`: no items at all.
    NoItems,
}

fn boolean_schemas(doc: &mut Value, dialect: Dialect, out: &mut Vec<Warning>) {
    let mut found: Vec<(String, bool, Role)> = Vec::new();
    walk::walk(doc, &mut |node| {
        if let (Kind::Schema, Value::Bool(b)) = (node.kind, node.value) {
            // `additionalProperties: true/false` is OpenAPI 3.0 too.
            if node.role != Role::AdditionalProperties {
                found.push((node.pointer.to_string(), *b, node.role));
            }
        }
    });
    // A boolean schema is OpenAPI 3.1 (JSON Schema) syntax: exact there, a near miss in an
    // OpenAPI 3.0 or Swagger 2.0 document.
    let valid = matches!(dialect, Dialect::OpenApi31 | Dialect::OpenApi32);
    let mut warnings = Vec::new();
    // Deepest first, so removing a property never moves a pointer still to come.
    for (ptr, b, role) in found.into_iter().rev() {
        let fix = match (b, role) {
            (true, _) => Fix::Replace(json!({})),
            (false, Role::Property) => Fix::DropProperty,
            (false, Role::Items) => Fix::NoItems,
            (false, _) => Fix::Replace(json!({"not": {}})),
        };
        if !valid {
            let meaning = match (&fix, b) {
                (_, true) => "any value",
                (Fix::DropProperty, _) => "a property that can never appear, left out",
                (Fix::NoItems, _) => "no items: an empty array",
                _ => "no value at all",
            };
            warnings.push(warning(
                &ptr,
                format!(
                    "`{b}` as a schema is OpenAPI 3.1 syntax, not {}: read as {meaning}",
                    dialect.label()
                ),
                Severity::Warning,
            ));
        }
        let Some((parent, last)) = ptr.rsplit_once('/') else {
            continue;
        };
        match fix {
            Fix::Replace(v) => {
                if let Some(slot) = doc.pointer_mut(&ptr) {
                    *slot = v;
                }
            }
            Fix::DropProperty => {
                let name = last.replace("~1", "/").replace("~0", "~");
                if let Some(Value::Object(props)) = doc.pointer_mut(parent) {
                    props.shift_remove(&name);
                }
                // `parent` is `…/properties`: its schema's `required` must not name it.
                let schema = parent.strip_suffix("/properties").unwrap_or(parent);
                if let Some(Value::Array(req)) = doc.pointer_mut(&format!("{schema}/required")) {
                    req.retain(|r| r.as_str() != Some(name.as_str()));
                }
            }
            Fix::NoItems => {
                if let Some(Value::Object(schema)) = doc.pointer_mut(parent) {
                    schema.insert("items".into(), Value::Object(Map::new()));
                    schema.insert("maxItems".into(), json!(0));
                }
            }
        }
    }
    // In the order of the walk (parents first).
    out.extend(warnings.into_iter().rev());
}

/// The scalar written as the value of `key` at or after byte `offset` of `source`, on
/// that line (`version: 1.10`, `"version": 1.10,`, `{title: t, version: 1.10}`): the text
/// up to a comma, a closing brace, a comment or the end of the line.
pub fn scalar_after_key(source: &str, offset: usize, key: &str) -> Option<String> {
    let line = source.get(offset..)?.lines().next()?;
    let mut from = 0;
    while let Some(at) = line.get(from..)?.find(key) {
        let start = from + at;
        from = start + key.len();
        let before = line.get(..start)?.chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-') {
            continue;
        }
        let rest = line
            .get(from..)?
            .trim_start_matches(['"', '\''])
            .trim_start();
        let Some(value) = rest.strip_prefix(':') else {
            continue;
        };
        let end = value.find([',', '}', '#']).unwrap_or(value.len());
        let token = value.get(..end)?.trim();
        return (!token.is_empty()).then(|| token.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_read_as_written() {
        let v = |text: &str| scalar_after_key(text, 0, "version");
        assert_eq!(v("version: 1.10\n").as_deref(), Some("1.10"));
        assert_eq!(v("\"version\": 2.0, \"x\": 1").as_deref(), Some("2.0"));
        assert_eq!(v("version: 3 # major\n").as_deref(), Some("3"));
        assert_eq!(
            v("info: {title: apiversion, version: 1.10}").as_deref(),
            Some("1.10")
        );
        assert_eq!(v("version:\n"), None);
    }

    #[test]
    fn boolean_schemas_by_place() {
        let mut doc = json!({"components": {"schemas": {"A": {
            "type": "object",
            "required": ["gone", "any"],
            "properties": {"gone": false, "any": true, "list": {"type": "array", "items": false}},
            "additionalProperties": false
        }, "B": false}}});
        let w = repair(&mut doc, Dialect::OpenApi30, || None);
        assert_eq!(
            doc,
            json!({"components": {"schemas": {"A": {
                "type": "object",
                "required": ["any"],
                "properties": {"any": {}, "list": {"type": "array", "items": {}, "maxItems": 0}},
                "additionalProperties": false
            }, "B": {"not": {}}}}})
        );
        let got: Vec<(&str, &str)> = w
            .iter()
            .map(|w| (w.pointer.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("/components/schemas/A/properties/gone", "`false` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as a property that can never appear, left out"),
                ("/components/schemas/A/properties/any", "`true` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as any value"),
                ("/components/schemas/A/properties/list/items", "`false` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as no items: an empty array"),
                ("/components/schemas/B", "`false` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as no value at all"),
            ]
        );
        let mut doc31 = json!({"components": {"schemas": {"B": false}}});
        assert!(repair(&mut doc31, Dialect::OpenApi31, || None).is_empty());
        assert_eq!(
            doc31,
            json!({"components": {"schemas": {"B": {"not": {}}}}})
        );
    }
}
