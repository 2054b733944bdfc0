//! OpenAPI Overlay 1.0 (<https://spec.openapis.org/overlay/v1.0.0.html>): documents that
//! patch a spec without editing it. Each action selects nodes with an RFC 9535 JSONPath
//! `target` and either merges `update` into them (objects merged key by key, recursively;
//! arrays appended to; anything else replaced) or, with `remove: true`, deletes them.
//!
//! Overlays apply to the document as the user has it: after parsing, before its `$ref`s
//! into other files are followed and before any Swagger 2.0 / OpenAPI 3.1 conversion, so
//! targets are written against the file the user reads. Every node an update wrote is
//! remembered ([`Applied::origins`]), so a diagnostic about it names the overlay file, the
//! line and the action (`/actions/2/update/type`).

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use serde_json::Value;
use serde_json_path::JsonPath;

use super::{diag_at, escape_pointer};
use crate::diagnostics::{Diagnostic, Error, Result, Severity};

/// A parsed overlay document.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// Where it was read from, as read.
    pub path: PathBuf,
    /// Its name in diagnostics.
    pub label: PathBuf,
    pub text: String,
    actions: Vec<Action>,
}

#[derive(Debug, Clone)]
struct Action {
    target: JsonPath,
    update: Option<Value>,
    remove: bool,
}

/// What applying an overlay did.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// (pointer in the document, pointer in the overlay) for every node an update wrote.
    pub origins: Vec<(String, String)>,
    /// Actions whose target selected nothing.
    pub warnings: Vec<Diagnostic>,
}

impl Overlay {
    /// Parse and check an overlay (`text`, read from `path`, named `label`).
    pub fn parse(path: &Path, label: &Path, text: String) -> Result<Overlay> {
        let value = super::bundle::parse_text(&text).map_err(|message| {
            Error::one(Diagnostic::new(label, "", format!("overlay: {message}")))
        })?;
        let err = |pointer: &str, message: String| {
            Error::one(diag_at(
                label,
                &text,
                pointer,
                format!("overlay: {message}"),
            ))
        };
        let Value::Object(root) = &value else {
            return Err(err("", "an overlay document is an object".into()));
        };
        match root.get("overlay").and_then(Value::as_str) {
            Some(v) if v.starts_with("1.0") => {}
            Some(v) => {
                return Err(err(
                    "/overlay",
                    format!("version `{v}`: clientgen applies Overlay 1.0 documents"),
                ))
            }
            None => {
                return Err(err(
                    "",
                    "no `overlay: 1.0.0`: not an OpenAPI Overlay document".into(),
                ))
            }
        }
        for key in root.keys() {
            if !matches!(key.as_str(), "overlay" | "info" | "extends" | "actions")
                && !key.starts_with("x-")
            {
                return Err(err(
                    &format!("/{}", escape_pointer(key)),
                    format!("unknown field `{key}` (an overlay has `overlay`, `info`, `extends`, `actions`)"),
                ));
            }
        }
        let Some(Value::Array(list)) = root.get("actions") else {
            return Err(err("", "no `actions` list".into()));
        };
        let mut actions = Vec::new();
        for (i, a) in list.iter().enumerate() {
            let here = format!("/actions/{i}");
            let Value::Object(a) = a else {
                return Err(err(&here, format!("action {i} is not an object")));
            };
            for key in a.keys() {
                if !matches!(key.as_str(), "target" | "description" | "update" | "remove")
                    && !key.starts_with("x-")
                {
                    return Err(err(
                        &format!("{here}/{}", escape_pointer(key)),
                        format!("action {i}: unknown field `{key}` (an action has `target`, `description`, `update`, `remove`)"),
                    ));
                }
            }
            let Some(target) = a.get("target").and_then(Value::as_str) else {
                return Err(err(
                    &here,
                    format!("action {i} has no `target` (a JSONPath)"),
                ));
            };
            let target = JsonPath::parse(target).map_err(|e| {
                err(
                    &format!("{here}/target"),
                    format!("action {i}: `{target}` is not a JSONPath: {e}"),
                )
            })?;
            let remove = match a.get("remove") {
                None => false,
                Some(Value::Bool(b)) => *b,
                Some(_) => {
                    return Err(err(
                        &format!("{here}/remove"),
                        format!("action {i}: `remove` is true or false"),
                    ))
                }
            };
            let update = a.get("update").cloned();
            if update.is_none() && !remove {
                return Err(err(
                    &here,
                    format!(
                        "action {i} neither updates nor removes (`update: …` or `remove: true`)"
                    ),
                ));
            }
            actions.push(Action {
                target,
                update,
                remove,
            });
        }
        Ok(Overlay {
            path: path.to_path_buf(),
            label: label.to_path_buf(),
            text,
            actions,
        })
    }

    /// Apply every action, in order, to `doc`.
    pub fn apply(&self, doc: &mut Value) -> Applied {
        let mut applied = Applied::default();
        for (i, action) in self.actions.iter().enumerate() {
            let mut targets: Vec<String> = action
                .target
                .query_located(doc)
                .dedup()
                .locations()
                .map(|l| l.to_json_pointer())
                .collect();
            if targets.is_empty() {
                applied.warnings.push(
                    diag_at(
                        &self.label,
                        &self.text,
                        &format!("/actions/{i}/target"),
                        format!("overlay action {i}: the target selects nothing in the document"),
                    )
                    .with_severity(Severity::Warning),
                );
                continue;
            }
            if action.remove {
                // Later array items first, so earlier indices still hold.
                targets.sort_by(|a, b| by_segments(b, a));
                for t in &targets {
                    remove(doc, t);
                }
                applied.origins.retain(|(at, _)| {
                    !targets
                        .iter()
                        .any(|t| at == t || at.starts_with(&format!("{t}/")))
                });
                continue;
            }
            let Some(update) = &action.update else {
                continue;
            };
            for t in targets {
                if let Some(node) = doc.pointer_mut(&t) {
                    merge(
                        node,
                        update,
                        &t,
                        &format!("/actions/{i}/update"),
                        &mut applied.origins,
                    );
                }
            }
        }
        applied
    }
}

/// Merge `update` into `node` (at `at`; the update at `from` in the overlay), recording
/// where each written node came from.
fn merge(
    node: &mut Value,
    update: &Value,
    at: &str,
    from: &str,
    origins: &mut Vec<(String, String)>,
) {
    match (node, update) {
        (Value::Object(node), Value::Object(update)) => {
            for (k, v) in update {
                let at = format!("{at}/{}", escape_pointer(k));
                let from = format!("{from}/{}", escape_pointer(k));
                match node.get_mut(k) {
                    Some(existing)
                        if existing.is_object() == v.is_object()
                            || existing.is_array() && v.is_array() =>
                    {
                        merge(existing, v, &at, &from, origins)
                    }
                    _ => {
                        node.insert(k.clone(), v.clone());
                        origins.push((at, from));
                    }
                }
            }
        }
        (Value::Array(items), update) => {
            let new: Vec<(Value, String)> = match update {
                Value::Array(list) => list
                    .iter()
                    .enumerate()
                    .map(|(j, v)| (v.clone(), format!("{from}/{j}")))
                    .collect(),
                one => vec![(one.clone(), from.to_string())],
            };
            for (v, from) in new {
                origins.push((format!("{at}/{}", items.len()), from));
                items.push(v);
            }
        }
        (node, update) => {
            *node = update.clone();
            origins.push((at.to_string(), from.to_string()));
        }
    }
}

/// Remove the node at `pointer` from its parent.
fn remove(doc: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.shift_remove(&key);
        }
        Some(Value::Array(a)) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < a.len() {
                    a.remove(i);
                }
            }
        }
        _ => {}
    }
}

/// Pointers in document order: array indices compared as numbers.
fn by_segments(a: &str, b: &str) -> Ordering {
    let mut x = a.split('/');
    let mut y = b.split('/');
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let o = match (p.parse::<usize>(), q.parse::<usize>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    _ => p.cmp(q),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// Where overlays wrote into a loaded document, for reports that name an IR item
/// (`clientgen diff`): which overlay action changed a type, a field or an operation.
#[derive(Debug, Clone, Default)]
pub struct Writes {
    /// (pointer before conversion, `overlay:line:col (pointer in the overlay)`).
    writes: Vec<(String, String)>,
    pointers: super::convert::PointerMap,
}

impl Writes {
    /// The writes of `doc`'s overlays.
    pub fn of(doc: &super::Document) -> Writes {
        Writes {
            writes: doc.files.overlay_writes(),
            pointers: doc.pointers.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.writes.is_empty()
    }

    /// The first overlay write at or under `pointer` (into the OpenAPI 3.0 form, as the IR
    /// records origins): `fix.overlay.yaml:9:7 (/actions/0/update/type)`.
    pub fn at_or_under(&self, pointer: &str) -> Option<&str> {
        let original = self.pointers.original(pointer);
        let under = format!("{original}/");
        self.writes
            .iter()
            .find(|(at, _)| *at == original || at.starts_with(&under))
            .map(|(_, place)| place.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(text: &str) -> Overlay {
        Overlay::parse(Path::new("o.yaml"), Path::new("o.yaml"), text.to_string()).unwrap()
    }

    #[test]
    fn updates_merge_remove_deletes_and_origins_point_at_the_action() {
        let o = overlay(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             \x20 - target: $.components.schemas.Pet.properties.id\n    update: {type: integer, format: int64}\n\
             \x20 - target: $.paths['/pets'].get.parameters\n    update: {name: limit, in: query, schema: {type: integer}}\n\
             \x20 - target: $.paths.*.delete\n    remove: true\n\
             \x20 - target: $.paths['/nothing']\n    remove: true\n",
        );
        let mut doc = json!({
            "paths": {"/pets": {"get": {"parameters": []}, "delete": {}}, "/pets/{id}": {"delete": {}}},
            "components": {"schemas": {"Pet": {"properties": {"id": {"type": "string", "description": "d"}}}}}
        });
        let applied = o.apply(&mut doc);
        assert_eq!(
            doc,
            json!({
                "paths": {"/pets": {"get": {"parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}]}}, "/pets/{id}": {}},
                "components": {"schemas": {"Pet": {"properties": {"id": {"type": "integer", "description": "d", "format": "int64"}}}}}
            })
        );
        assert_eq!(
            applied.origins,
            [
                (
                    "/components/schemas/Pet/properties/id/type".to_string(),
                    "/actions/0/update/type".to_string()
                ),
                (
                    "/components/schemas/Pet/properties/id/format".to_string(),
                    "/actions/0/update/format".to_string()
                ),
                (
                    "/paths/~1pets/get/parameters/0".to_string(),
                    "/actions/1/update".to_string()
                ),
            ]
        );
        assert_eq!(applied.warnings.len(), 1);
        assert_eq!(applied.warnings[0].position, Some((10, 5)));
        assert!(applied.warnings[0].message.contains("action 3"));
    }

    #[test]
    fn filter_expressions_select_operations_by_their_tags() {
        // The README's example.
        let o = overlay(
            "overlay: 1.0.0\nactions:\n  - target: $.paths.*[?@.tags[0] == 'internal']\n    remove: true\n",
        );
        let mut doc = json!({"paths": {
            "/a": {"get": {"tags": ["internal"]}, "post": {"tags": ["public"]}},
            "/b": {"get": {"tags": ["internal", "x"]}}
        }});
        o.apply(&mut doc);
        assert_eq!(
            doc,
            json!({"paths": {"/a": {"post": {"tags": ["public"]}}, "/b": {}}})
        );
    }

    #[test]
    fn bad_overlays_are_refused_at_the_action() {
        let bad = |text: &str| match Overlay::parse(
            Path::new("o.yaml"),
            Path::new("o.yaml"),
            text.to_string(),
        ) {
            Err(Error::Input(d)) => d[0].to_string(),
            other => panic!("{other:?}"),
        };
        let e = bad("overlay: 1.0.0\nactions:\n  - target: '$.paths[?'\n    remove: true\n");
        assert!(
            e.starts_with("o.yaml:3:5: overlay: action 0: `$.paths[?` is not a JSONPath"),
            "{e}"
        );
        let e = bad("overlay: 1.0.0\nactions:\n  - target: $.a\n    copy: $.b\n");
        assert!(
            e.contains("unknown field `copy`") && e.starts_with("o.yaml:4:5"),
            "{e}"
        );
        let e = bad("overlay: 2.0.0\nactions: []\n");
        assert!(e.contains("clientgen applies Overlay 1.0"), "{e}");
        let e = bad("openapi: 3.0.0\n");
        assert!(e.contains("not an OpenAPI Overlay document"), "{e}");
    }
}
