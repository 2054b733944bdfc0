//! Input normalisation: Swagger 2.0 and OpenAPI 3.1/3.2 documents become OpenAPI 3.0 documents
//! (as `serde_json::Value`) before anything else reads them, so every later stage — `$ref`
//! checks, `openapiv3`, the IR — sees one dialect.
//!
//! - `swagger2`: `definitions`, `parameters` (body and formData become request bodies),
//!   `responses`, `consumes`/`produces`, `host`/`basePath`/`schemes`, `securityDefinitions`,
//!   `collectionFormat`, `type: file`, `x-nullable`, string discriminators.
//! - `openapi31`: type arrays with `"null"`, `const`, schema `examples`, `$ref` siblings,
//!   numeric `exclusiveMinimum`/`exclusiveMaximum`, `contentEncoding`/`contentMediaType`,
//!   `anyOf`/`oneOf` with a `null` branch, webhooks (ignored with a note), and the JSON
//!   Schema 2020-12 keywords 3.0 lacks (dropped with a warning).
//! - `openapi32`: what 3.2 adds to 3.1 (QUERY operations kept, `querystring` parameters,
//!   `components/mediaTypes`, streamed items…), then the 3.1 conversion.
//!
//! What cannot be said in 3.0 is dropped or approximated with a [`Warning`] naming the JSON
//! pointer in the *original* document — never silently, and never as a failure. Later
//! diagnostics on the converted document are mapped back to original pointers through a
//! [`PointerMap`].

mod openapi31;
mod openapi32;
mod swagger2;

pub use openapi31::EXACT_NUMBER;

use std::collections::BTreeMap;

use serde_json::Value;

/// The dialect a document was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    #[default]
    OpenApi30,
    Swagger20,
    OpenApi31,
    OpenApi32,
}

impl Dialect {
    pub fn label(self) -> &'static str {
        match self {
            Dialect::OpenApi30 => "OpenAPI 3.0",
            Dialect::Swagger20 => "Swagger 2.0",
            Dialect::OpenApi31 => "OpenAPI 3.1",
            Dialect::OpenApi32 => "OpenAPI 3.2",
        }
    }
}

/// Something the conversion could not carry over exactly (or, as a note, something the
/// client has no use for). `pointer` is a JSON pointer into the original document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub pointer: String,
    pub message: String,
    pub severity: crate::diagnostics::Severity,
}

/// Maps pointers in the converted document back to the original document: the longest
/// recorded prefix wins, and the rest of the pointer is carried over.
#[derive(Debug, Clone, Default)]
pub struct PointerMap {
    prefixes: BTreeMap<String, String>,
}

impl PointerMap {
    pub fn insert(&mut self, converted: impl Into<String>, original: impl Into<String>) {
        let (c, o) = (converted.into(), original.into());
        if c != o {
            self.prefixes.insert(c, o);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.prefixes.is_empty()
    }

    /// The original pointer for a pointer into the converted document.
    pub fn original(&self, converted: &str) -> String {
        if self.prefixes.is_empty() {
            return converted.to_string();
        }
        let mut prefix = converted;
        loop {
            if let Some(orig) = self.prefixes.get(prefix) {
                let rest = converted.get(prefix.len()..).unwrap_or("");
                return format!("{orig}{rest}");
            }
            match prefix.rfind('/') {
                Some(i) if i > 0 => prefix = prefix.get(..i).unwrap_or(""),
                _ => return converted.to_string(),
            }
        }
    }
}

/// A document in OpenAPI 3.0 form, with what the conversion noticed.
#[derive(Debug, Clone)]
pub struct Converted {
    pub doc: Value,
    pub dialect: Dialect,
    pub warnings: Vec<Warning>,
    pub pointers: PointerMap,
}

/// Why a document is not read: (JSON pointer, message).
pub type Refusal = (String, String);

/// Which dialect `raw` is in, or why it is not one clientgen reads.
pub fn detect(raw: &Value) -> Result<Dialect, Refusal> {
    let Some(obj) = raw.as_object() else {
        return Err((
            String::new(),
            format!(
                "expected an OpenAPI document (a mapping with `openapi: 3.x` or `swagger: \"2.0\"`), found {}",
                kind(raw)
            ),
        ));
    };
    if let Some(v) = obj.get("swagger") {
        return match v {
            Value::String(s) if s == "2.0" => Ok(Dialect::Swagger20),
            // `swagger: 2.0` unquoted in YAML is a number.
            Value::Number(n) if n.as_f64() == Some(2.0) => Ok(Dialect::Swagger20),
            other => Err((
                "/swagger".into(),
                format!(
                    "this is a Swagger {} document; clientgen reads Swagger 2.0 and OpenAPI 3.0/3.1/3.2",
                    scalar(other)
                ),
            )),
        };
    }
    match obj.get("openapi") {
        Some(Value::String(v)) if is_minor(v, "3.0") => Ok(Dialect::OpenApi30),
        Some(Value::String(v)) if is_minor(v, "3.1") => Ok(Dialect::OpenApi31),
        Some(Value::String(v)) if is_minor(v, "3.2") => Ok(Dialect::OpenApi32),
        Some(v) => Err((
            "/openapi".into(),
            format!(
                "found OpenAPI version {}; clientgen reads OpenAPI 3.0.x, 3.1.x and 3.2.x (and Swagger 2.0) documents",
                scalar(v)
            ),
        )),
        None => Err((
            String::new(),
            "no `openapi` field: this is not an OpenAPI document (clientgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0)".into(),
        )),
    }
}

fn is_minor(v: &str, minor: &str) -> bool {
    v == minor || v.strip_prefix(minor).is_some_and(|r| r.starts_with('.'))
}

/// Normalise any readable document to OpenAPI 3.0.
pub fn to_openapi30(raw: Value) -> Result<Converted, Refusal> {
    let dialect = detect(&raw)?;
    let mut warnings = Vec::new();
    let mut pointers = PointerMap::default();
    let doc = match dialect {
        Dialect::OpenApi30 => raw,
        Dialect::Swagger20 => swagger2::convert(&raw, &mut warnings, &mut pointers),
        Dialect::OpenApi31 => openapi31::convert(raw, &mut warnings, &mut pointers),
        Dialect::OpenApi32 => openapi32::convert(raw, &mut warnings, &mut pointers),
    };
    Ok(Converted {
        doc,
        dialect,
        warnings,
        pointers,
    })
}

pub(crate) fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "an empty document",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// `{base}/{escaped key}`.
pub(crate) fn child(base: &str, key: &str) -> String {
    format!("{base}/{}", super::escape_pointer(key))
}

/// Misspelt standard formats seen in vendor documents (Smooch writes `dateTime`): the
/// standard spelling, so the value gets its type.
pub(crate) fn standard_format(format: &str) -> Option<&'static str> {
    match format {
        "dateTime" | "datetime" | "date_time" | "DateTime" => Some("date-time"),
        "UUID" | "Uuid" => Some("uuid"),
        _ => None,
    }
}

/// Recursion limit for schema walks; serde_yaml's own nesting limit is lower, so this only
/// guards values built some other way.
pub(crate) const MAX_DEPTH: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointer_map_maps_the_longest_prefix() {
        let mut m = PointerMap::default();
        m.insert("/components/schemas", "/definitions");
        m.insert("/paths/~1a/get/parameters/0", "/paths/~1a/get/parameters/2");
        assert_eq!(
            m.original("/components/schemas/A/properties/b"),
            "/definitions/A/properties/b"
        );
        assert_eq!(
            m.original("/paths/~1a/get/parameters/0/schema"),
            "/paths/~1a/get/parameters/2/schema"
        );
        assert_eq!(
            m.original("/paths/~1a/get/parameters/1"),
            "/paths/~1a/get/parameters/1"
        );
        assert_eq!(m.original(""), "");
    }

    #[test]
    fn versions_are_detected_or_refused() {
        assert_eq!(detect(&json!({"swagger": "2.0"})), Ok(Dialect::Swagger20));
        assert_eq!(detect(&json!({"swagger": 2.0})), Ok(Dialect::Swagger20));
        assert_eq!(detect(&json!({"openapi": "3.0.3"})), Ok(Dialect::OpenApi30));
        assert_eq!(detect(&json!({"openapi": "3.1.1"})), Ok(Dialect::OpenApi31));
        assert_eq!(detect(&json!({"openapi": "3.1"})), Ok(Dialect::OpenApi31));
        for bad in [
            json!({"swagger": "1.2"}),
            json!({"openapi": "4.0.0"}),
            json!({"openapi": "3.10.0"}),
            json!({"openapi": 3.0}),
            json!([1]),
            json!({}),
        ] {
            assert!(detect(&bad).is_err(), "{bad}");
        }
    }
}
