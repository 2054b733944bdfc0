//! Stage 1 — load: read a YAML or JSON file, normalise Swagger 2.0 and OpenAPI 3.1/3.2 to
//! OpenAPI 3.0 ([`convert`]), read what real documents get wrong the way they mean it, with
//! a warning (`lenient`), check every `$ref` where a Reference Object may stand
//! ([`walk`]), and deserialize it into `openapiv3`.
//! Everything later reads the document through [`Document`], which also turns JSON
//! pointers into line:column (in the original file) for diagnostics.

mod bundle;
pub mod convert;
mod depth;
mod lenient;
mod locate;
mod narrow;
pub mod overlay;
mod refs;
mod typed;
pub mod walk;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::diagnostics::{Diagnostic, Error, Result};

pub use bundle::{normalize, relative, Disk, Reader, Sources};
pub use locate::{locate, Locator};
pub use overlay::Overlay;
pub use refs::{escape_pointer, pointer_get};

/// Inputs larger than this (256 MiB) are refused before parsing: nobody writes them by
/// hand, and a parser fed gigabytes is a memory hazard for a build script. The largest
/// real descriptions are well under it (Microsoft Graph beta: 47 MB of JSON, 22,361
/// operations); time and memory grow in proportion to the document up to it.
pub const MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// A loaded, reference-checked OpenAPI 3.0 document (converted from Swagger 2.0 or
/// OpenAPI 3.1 when that is what the file holds).
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    /// The file's text, as written (before any conversion).
    pub source: String,
    /// The raw document in OpenAPI 3.0 form, for `$ref` targets that are not components
    /// and for extensions.
    pub raw: Value,
    pub api: openapiv3::OpenAPI,
    /// The dialect the file was written in.
    pub dialect: convert::Dialect,
    /// What converting to OpenAPI 3.0 could not carry over exactly, and what the document
    /// gets wrong but was read the way it means it (warnings); what a client has no use
    /// for (notes). At original pointers.
    pub warnings: Vec<Diagnostic>,
    /// Pointers in `raw` → pointers in the original file.
    pub pointers: convert::PointerMap,
    /// Every file the document was read from (the root, then the files its `$ref`s name),
    /// and which part of `raw` came from which: a build script reruns when any changes.
    pub files: Sources,
}

impl Document {
    /// A diagnostic at `pointer` (into `raw`), with its line and column when the text shows
    /// them. For a converted document the pointer is mapped back to the original file.
    pub fn diag(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        let original = self.pointers.original(pointer);
        self.files.diag(&original, message)
    }

    /// The paths of every file read (the root first), as the reader was given them.
    pub fn sources(&self) -> Vec<PathBuf> {
        self.files.files.iter().map(|(p, _, _)| p.clone()).collect()
    }
}

impl Sources {
    /// A reference cycle's message, each reference into a part copied from another file
    /// named as that file and pointer (`parts/b.yaml#/B`, not `#/components/schemas/B`).
    fn name_refs(&self, message: &str) -> String {
        let Some(chain) = message.strip_prefix("reference cycle: ") else {
            return message.to_string();
        };
        let named: Vec<String> = chain
            .split(" -> ")
            .map(|r| match r.strip_prefix('#').map(|p| self.place(p)) {
                Some((file, p)) if file > 0 => {
                    let label = self
                        .files
                        .get(file)
                        .map(|(_, l, _)| l.display().to_string());
                    format!("{}#{p}", label.unwrap_or_default())
                }
                _ => r.to_string(),
            })
            .collect();
        format!("reference cycle: {}", named.join(" -> "))
    }

    /// A diagnostic at `pointer` (into the bundled document, before conversion), in the
    /// file that part came from.
    pub fn diag(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        let (file, original) = self.place(pointer);
        let mut message = message.into();
        if let Some((overlay, at)) = self
            .overlay_change_under(pointer)
            .filter(|_| !self.is_overlay(file))
        {
            // The node is the spec's, but an overlay changed part of it.
            message.push_str(&format!(
                " (an overlay changed it: {} at {at})",
                overlay.display()
            ));
        }
        match self.files.get(file) {
            Some((_, label, text)) => diag_at(label, text, &original, message),
            None => Diagnostic::new("", original, message),
        }
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

/// The refusal of an input over [`MAX_INPUT_BYTES`], naming the file (`what` is "file"
/// when its size came from the file system, "document" for text handed over in memory).
fn too_large(path: &Path, what: &str, len: u64) -> Diagnostic {
    Diagnostic::new(path, "", too_large_message(what, len))
}

/// Why an input of `len` bytes is refused: its size and the cap.
pub(crate) fn too_large_message(what: &str, len: u64) -> String {
    format!(
        "{what} is {len} bytes; the generator reads OpenAPI documents up to \
         {MAX_INPUT_BYTES} bytes (256 MiB)"
    )
}

/// Read and load a file, and the files its `$ref`s name.
pub fn load_file(path: &Path) -> Result<Document> {
    load_file_with(path, &[])
}

/// [`load_file`], with `overlays` applied, in order, to the document as written.
pub fn load_file_with(path: &Path, overlays: &[Overlay]) -> Result<Document> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(Error::one(too_large(path, "file", meta.len())));
    }
    let read = crate::timings::span("read", || path.display().to_string());
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let source = String::from_utf8(bytes).map_err(|e| {
        Error::one(Diagnostic::new(
            path,
            "",
            format!("file is not UTF-8 text: {e}"),
        ))
    })?;
    drop(read);
    load_with(path, source, &Disk, overlays)
}

/// Load a document from text; `path` names it in diagnostics, and files its `$ref`s
/// name are read from disk relative to it.
///
/// Flow nesting the YAML parser would take minutes over is refused first; the rest runs
/// on a stack of its own, since deserializing recurses as deep as the document nests.
pub fn load_str(path: &Path, source: String) -> Result<Document> {
    load_str_with(path, source, &Disk)
}

/// [`load_str`], reading the files the document refers to with `reader` (and naming
/// `path` as `reader` labels it).
pub fn load_str_with(path: &Path, source: String, reader: &dyn Reader) -> Result<Document> {
    load_with(path, source, reader, &[])
}

/// [`load_str_with`], with `overlays` applied, in order, to the document as written (before
/// its references into other files are followed and before any conversion to OpenAPI 3.0).
pub fn load_with(
    path: &Path,
    source: String,
    reader: &dyn Reader,
    overlays: &[Overlay],
) -> Result<Document> {
    let real = path;
    let label = reader.label(real);
    let path = label.as_path();
    if source.len() > MAX_INPUT_BYTES {
        return Err(Error::one(too_large(path, "document", source.len() as u64)));
    }
    // A JSON document is parsed while its nesting is measured, on the other core: the
    // YAML parser is what nesting can stall, and serde_json limits depth itself (the
    // parsed value is thrown away when the document is refused).
    let parse = crate::timings::span("parse", || path.display().to_string());
    let (json, deep) = if looks_like_json(&source) {
        crate::stack::join(
            || serde_json::from_str::<Value>(&source).ok(),
            || depth::too_deep(&source),
        )
    } else {
        (None, depth::too_deep(&source))
    };
    drop(parse);
    if let Some((line, column, offset)) = deep {
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
    crate::stack::on_big_stack(|| load_text(real, path, source, json, reader, overlays))
}

/// Whether `source` is read with serde_json first: JSON documents (most vendor downloads)
/// go through it, several times faster than a YAML parser on megabytes.
fn looks_like_json(source: &str) -> bool {
    source.trim_start().starts_with('{')
}

/// Load `source`, which `json` holds parsed when serde_json read it (see
/// [`looks_like_json`]).
fn load_text(
    real: &Path,
    path: &Path,
    source: String,
    json: Option<Value>,
    reader: &dyn Reader,
    overlays: &[Overlay],
) -> Result<Document> {
    // Anything serde_json did not read, and JSON it rejects, goes to serde_yaml (YAML is a
    // superset of JSON), which reports errors with a position and limits nesting depth
    // itself.
    let parse = json
        .is_none()
        .then(|| crate::timings::span("parse yaml", || path.display().to_string()));
    let parsed = match json {
        Some(v) => Ok(v),
        None => serde_yaml::from_str::<Value>(&source),
    };
    let raw: Value = match parsed {
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
    drop(parse);
    // Overlays patch the document as the user has it, before anything else reads it.
    let mut raw = raw;
    let mut applied = Vec::new();
    for o in overlays {
        applied.push(o.apply(&mut raw));
    }
    // Parts of other files are copied in first: everything below sees one document, and
    // `files` says where each part came from.
    let bundling = crate::timings::span("bundle", || path.display().to_string());
    let (raw, mut files, problems) = bundle::bundle(real, &source, raw, reader);
    drop(bundling);
    let mut overlay_warnings = Vec::new();
    for (o, done) in overlays.iter().zip(applied) {
        let file = files.add_file(o.path.clone(), o.label.clone(), o.text.clone());
        for (at, from) in done.origins {
            files.add_origin(at, file, from);
        }
        overlay_warnings.extend(done.warnings);
    }
    if !problems.is_empty() {
        return Err(Error::Input(
            problems
                .into_iter()
                .map(|(file, pointer, message)| match files.files.get(file) {
                    Some((_, label, text)) => diag_at(label, text, &pointer, message),
                    None => Diagnostic::new(path, pointer, message),
                })
                .collect(),
        ));
    }
    let converting = crate::timings::span("convert", || path.display().to_string());
    let converted = match convert::to_openapi30(raw) {
        Ok(c) => c,
        Err((pointer, message)) => {
            return Err(Error::one(if pointer.is_empty() {
                Diagnostic::new(path, "", message)
            } else {
                files.diag(&pointer, message)
            }));
        }
    };
    let convert::Converted {
        doc: mut raw,
        dialect,
        warnings,
        pointers,
    } = converted;
    drop(converting);
    let lenient = crate::timings::span("lenient", || path.display().to_string());
    let mut locator = Locator::new(&source);
    // Conversion warnings are at original pointers already; the lenient pass's are at
    // pointers into the converted document.
    let mut diagnostics: Vec<Diagnostic> = warnings
        .into_iter()
        .map(|w| {
            let message = format!("{} conversion: {}", dialect.label(), w.message);
            placed(&files, path, &mut locator, &w.pointer, message).with_severity(w.severity)
        })
        .collect();
    diagnostics.extend(overlay_warnings);
    let version_text = || {
        let (_, _, offset) = locator.locate(&pointers.original("/info/version"))?;
        lenient::scalar_after_key(&source, offset, "version")
    };
    let repaired = lenient::repair(&mut raw, dialect, version_text);
    for w in repaired {
        let original = pointers.original(&w.pointer);
        diagnostics.push(
            placed(&files, path, &mut locator, &original, w.message).with_severity(w.severity),
        );
    }
    drop(lenient);
    // `$ref` checks and the typed document read the same tree independently: side by side.
    // The typed one is thrown away when a reference is broken (that error comes first).
    let typed = crate::timings::span("openapiv3", || path.display().to_string());
    let (problems, deserialized) = crate::stack::join(
        || {
            let _span = crate::timings::span("refs", || path.display().to_string());
            refs::check_refs(&raw)
        },
        // Plain serde: tracking the path costs an allocation per key read (a third of this
        // stage on GitHub's description), so it is tracked only to explain a failure.
        || typed::read(&raw),
    );
    if !problems.is_empty() {
        return Err(Error::Input(
            problems
                .into_iter()
                .map(|(ptr, msg)| files.diag(&pointers.original(&ptr), files.name_refs(&msg)))
                .collect(),
        ));
    }
    let api: openapiv3::OpenAPI = match deserialized {
        Ok(api) => api,
        Err(plain) => {
            // serde loses the path inside `$ref`-or-value nodes: find the failing part.
            let (pointer, inner) =
                narrow::deepest_error(&raw).unwrap_or_else(
                    || match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&raw) {
                        Err(e) => (path_to_pointer(e.path()), e.inner().to_string()),
                        Ok(_) => (String::new(), plain.to_string()),
                    },
                );
            let pointer = pointers.original(&pointer);
            let what = match dialect {
                convert::Dialect::OpenApi30 => "not a valid OpenAPI 3.0 document here".to_string(),
                d => format!(
                    "not a valid {} document here (after conversion to OpenAPI 3.0)",
                    d.label()
                ),
            };
            let msg = format!("{what}: {inner}");
            return Err(Error::one(files.diag(&pointer, msg)));
        }
    };
    drop(typed);
    Ok(Document {
        path: path.to_path_buf(),
        source,
        raw,
        api,
        dialect,
        warnings: diagnostics,
        pointers,
        files,
    })
}

/// A diagnostic at `pointer` (into the bundled document, before conversion): located with
/// `locator` when it is in the root file, in the file it came from otherwise.
fn placed(
    files: &Sources,
    path: &Path,
    locator: &mut Locator<'_>,
    pointer: &str,
    message: String,
) -> Diagnostic {
    match files.place(pointer) {
        (0, p) => located(path, locator, &p, message),
        _ => files.diag(pointer, message),
    }
}

/// A diagnostic at `pointer` (into the original file), located with `locator`.
fn located(path: &Path, locator: &mut Locator<'_>, pointer: &str, message: String) -> Diagnostic {
    let mut d = Diagnostic::new(path, pointer, message);
    if let Some((line, col, off)) = locator.locate(pointer) {
        d.position = Some((line, col));
        d.offset = Some(off);
    }
    d
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
