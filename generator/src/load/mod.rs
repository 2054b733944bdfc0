//! Stage 1 — load: read a YAML or JSON file, check it is OpenAPI 3.0, check every `$ref`,
//! and deserialize it into `openapiv3`. Everything later reads the document through
//! [`Document`], which also turns JSON pointers into line:column for diagnostics.

mod depth;
mod locate;
mod narrow;
mod refs;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::diagnostics::{Diagnostic, Error, Result};

pub use locate::locate;
pub use refs::{escape_pointer, pointer_get};

/// Inputs larger than this are refused before parsing: nobody hand-writes them, a YAML
/// parser fed hundreds of megabytes is a memory hazard for a build script, and a
/// document this size already takes minutes to lower (GitHub's whole REST API is 13 MB
/// of JSON).
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// A loaded, reference-checked OpenAPI 3.0 document.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub source: String,
    /// The raw document, for `$ref` targets that are not components and for extensions.
    pub raw: Value,
    pub api: openapiv3::OpenAPI,
}

impl Document {
    /// A diagnostic at `pointer`, with its line and column when the text shows them.
    pub fn diag(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        diag_at(&self.path, &self.source, pointer, message)
    }
}

fn diag_at(path: &Path, source: &str, pointer: &str, message: impl Into<String>) -> Diagnostic {
    let mut d = Diagnostic::new(path, pointer, message);
    if let Some((line, col, off)) = locate(source, pointer) {
        d.position = Some((line, col));
        d.offset = Some(off);
    }
    d
}

/// Read and load a file.
pub fn load_file(path: &Path) -> Result<Document> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() as usize > MAX_INPUT_BYTES {
        return Err(Error::one(Diagnostic::new(
            path,
            "",
            format!(
                "file is {} bytes; the generator reads OpenAPI documents up to {} bytes",
                meta.len(),
                MAX_INPUT_BYTES
            ),
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let source = String::from_utf8(bytes).map_err(|e| {
        Error::one(Diagnostic::new(
            path,
            "",
            format!("file is not UTF-8 text: {e}"),
        ))
    })?;
    load_str(path, source)
}

/// Load a document from text; `path` is used for diagnostics only.
///
/// Flow nesting the YAML parser would take minutes over is refused first; the rest runs
/// on a stack of its own, since deserializing recurses as deep as the document nests.
pub fn load_str(path: &Path, source: String) -> Result<Document> {
    if let Some((line, column, offset)) = depth::too_deep(&source) {
        let mut d = Diagnostic::new(
            path,
            "",
            format!(
                "brackets nested more than {} levels deep: not an OpenAPI document",
                depth::MAX_DEPTH
            ),
        );
        d.position = Some((line, column));
        d.offset = Some(offset);
        return Err(Error::one(d));
    }
    crate::stack::on_big_stack(|| load_text(path, source))
}

fn load_text(path: &Path, source: String) -> Result<Document> {
    if source.len() > MAX_INPUT_BYTES {
        return Err(Error::one(Diagnostic::new(path, "", "document too large")));
    }
    // YAML is a superset of JSON, so one parser reads both. serde_yaml limits nesting
    // depth itself, so a deeply nested document is an error, not a stack overflow.
    let raw: Value = match serde_yaml::from_str::<Value>(&source) {
        Ok(v) => v,
        Err(e) => {
            let mut d = Diagnostic::new(path, "", format!("not valid YAML or JSON: {e}"));
            if let Some(loc) = e.location() {
                d.position = Some((loc.line(), loc.column()));
                d.offset = Some(loc.index().min(source.len()));
            }
            return Err(Error::one(d));
        }
    };
    check_version(path, &source, &raw)?;
    let problems = refs::check_refs(&raw);
    if !problems.is_empty() {
        return Err(Error::Input(
            problems
                .into_iter()
                .map(|(ptr, msg)| diag_at(path, &source, &ptr, msg))
                .collect(),
        ));
    }
    let api: openapiv3::OpenAPI = match serde_path_to_error::deserialize(raw.clone()) {
        Ok(api) => api,
        Err(e) => {
            // serde loses the path inside `$ref`-or-value nodes: find the failing part.
            let (pointer, inner) = narrow::deepest_error(&raw)
                .unwrap_or_else(|| (path_to_pointer(e.path()), e.inner().to_string()));
            let msg = format!("not a valid OpenAPI 3.0 document here: {inner}");
            return Err(Error::one(diag_at(path, &source, &pointer, msg)));
        }
    };
    Ok(Document {
        path: path.to_path_buf(),
        source,
        raw,
        api,
    })
}

fn check_version(path: &Path, source: &str, raw: &Value) -> Result<()> {
    let Some(obj) = raw.as_object() else {
        return Err(Error::one(Diagnostic::new(
            path,
            "",
            format!(
                "expected an OpenAPI 3.0 document (a mapping with `openapi: 3.0.x`), found {}",
                kind(raw)
            ),
        )));
    };
    if let Some(v) = obj.get("swagger") {
        return Err(Error::one(diag_at(
            path,
            source,
            "/swagger",
            format!(
                "this is a Swagger {} document; clientgen reads OpenAPI 3.0.x (convert it, e.g. with swagger2openapi)",
                scalar(v)
            ),
        )));
    }
    match obj.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0") => Ok(()),
        Some(v) => Err(Error::one(diag_at(
            path,
            source,
            "/openapi",
            format!(
                "found OpenAPI version {}; clientgen reads OpenAPI 3.0.x documents",
                scalar(v)
            ),
        ))),
        None => Err(Error::one(Diagnostic::new(
            path,
            "",
            "no `openapi` field: this is not an OpenAPI document (clientgen reads OpenAPI 3.0.x)",
        ))),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "an empty document",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        out.push('/');
        match seg {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } => out.push_str(&escape_pointer(key)),
            Segment::Enum { variant } => out.push_str(&escape_pointer(variant)),
            Segment::Unknown => out.push('?'),
        }
    }
    // Untagged enums in openapiv3 end paths with `?`: the parent is the useful place.
    while out.ends_with("/?") {
        out.truncate(out.len() - 2);
    }
    out
}
