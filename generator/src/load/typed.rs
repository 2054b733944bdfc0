//! The typed (`openapiv3`) document, read from the raw one. `OpenAPI`'s derived
//! `Deserialize` first copies the whole document into serde's buffer (its extensions are a
//! `#[serde(flatten)]` map), then reads the copy: the largest step of loading GitHub's
//! description. Here the top-level fields are read one by one straight from the raw
//! value, and the two big ones, `paths` and `components`, side by side. The result is the
//! same value, and a document the derived reading rejects is rejected (the caller then
//! reads it again with the derived reading to say where).

use indexmap::IndexMap;
use openapiv3::OpenAPI;
use serde::de::Error as _;
use serde::Deserialize;
use serde_json::{Map, Value};

/// `raw` read as an `OpenAPI`, as `OpenAPI::deserialize(raw)` reads it; `paths` and
/// `components` on two threads (the other work of `join`'s caller is the third).
pub(crate) fn read(raw: &Value) -> serde_json::Result<OpenAPI> {
    let Value::Object(map) = raw else {
        // Whatever the derived reading says about a document that is not an object.
        return OpenAPI::deserialize(raw);
    };
    let (paths, rest) = crate::stack::join(
        || field::<openapiv3::Paths>(map, "paths"),
        || {
            let components = optional::<Option<openapiv3::Components>>(map, "components")?;
            let components = components.flatten();
            Ok::<_, serde_json::Error>((components, top_level(map)?))
        },
    );
    let (components, mut api) = rest?;
    api.paths = paths?;
    api.components = components;
    Ok(api)
}

/// Every field but `paths` and `components`, in a document that has them default.
fn top_level(map: &Map<String, Value>) -> serde_json::Result<OpenAPI> {
    let extensions: IndexMap<String, Value> = map
        .iter()
        .filter(|(k, _)| k.starts_with("x-"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Ok(OpenAPI {
        openapi: field(map, "openapi")?,
        info: field(map, "info")?,
        servers: optional(map, "servers")?.unwrap_or_default(),
        paths: Default::default(),
        components: None,
        security: optional(map, "security")?.flatten(),
        tags: optional(map, "tags")?.unwrap_or_default(),
        external_docs: optional(map, "externalDocs")?.flatten(),
        extensions,
    })
}

/// A required field.
fn field<T: for<'de> Deserialize<'de>>(
    map: &Map<String, Value>,
    key: &'static str,
) -> serde_json::Result<T> {
    match map.get(key) {
        Some(v) => T::deserialize(v),
        None => Err(serde_json::Error::missing_field(key)),
    }
}

/// A field that may be absent (`None` then).
fn optional<T: for<'de> Deserialize<'de>>(
    map: &Map<String, Value>,
    key: &str,
) -> serde_json::Result<Option<T>> {
    map.get(key).map(T::deserialize).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn derived(raw: &Value) -> Option<OpenAPI> {
        OpenAPI::deserialize(raw).ok()
    }

    #[test]
    fn reads_what_the_derived_reading_reads() {
        let full = json!({
            "openapi": "3.0.3",
            "x-top": {"a": 1},
            "info": {"title": "T", "version": "1", "x-info": true},
            "servers": [{"url": "https://a.example"}],
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}, "x-p": 1},
            "components": {"schemas": {"A": {"type": "string"}}, "x-c": 2},
            "security": [{"k": []}],
            "tags": [{"name": "t"}],
            "externalDocs": {"url": "https://docs.example"},
            "ignored": 3,
            "x-last": null
        });
        let mut docs = vec![full.clone()];
        // Optional fields absent or null, one at a time.
        for key in ["servers", "components", "security", "tags", "externalDocs"] {
            for absent in [true, false] {
                let mut d = full.clone();
                let map = d.as_object_mut().unwrap();
                if absent {
                    map.shift_remove(key);
                } else {
                    map.insert(key.into(), Value::Null);
                }
                docs.push(d);
            }
        }
        for d in &docs {
            assert_eq!(read(d).ok(), derived(d), "{d}");
        }
        assert!(read(&full).is_ok());
        assert_eq!(read(&full).unwrap().extensions.len(), 2);
    }

    #[test]
    fn rejects_what_the_derived_reading_rejects() {
        let ok = json!({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}});
        let mut bad = vec![json!([]), json!("x")];
        for key in ["openapi", "info", "paths"] {
            let mut d = ok.clone();
            d.as_object_mut().unwrap().shift_remove(key);
            bad.push(d);
        }
        for (key, value) in [
            ("openapi", json!(3)),
            ("info", json!({"title": "T"})),
            ("paths", json!({"/a": {"get": {"responses": 1}}})),
            ("components", json!({"schemas": {"A": {"type": 7}}})),
            ("servers", Value::Null),
            ("tags", json!([{}])),
        ] {
            let mut d = ok.clone();
            d.as_object_mut().unwrap().insert(key.into(), value);
            bad.push(d);
        }
        assert!(read(&ok).is_ok());
        for d in &bad {
            assert!(derived(d).is_none(), "the derived reading takes {d}");
            assert!(read(d).is_err(), "{d}");
        }
    }
}

#[cfg(test)]
mod corpus {
    use super::*;

    /// Every OpenAPI 3.0 spec in the repository (the services' and the golden ones), as
    /// the loader hands it over, reads the same both ways.
    #[test]
    fn the_repositorys_specs_read_the_same_both_ways() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut read_any = 0;
        for dir in ["specs", "tests/golden/specs"] {
            for spec in crate::spec_files(&root.join(dir)).unwrap() {
                let Ok(doc) = crate::load::load_file(&spec) else {
                    continue;
                };
                let derived = OpenAPI::deserialize(&doc.raw).unwrap();
                assert_eq!(read(&doc.raw).unwrap(), derived, "{}", spec.display());
                read_any += 1;
            }
        }
        assert!(read_any >= 20, "{read_any} specs read");
    }
}
