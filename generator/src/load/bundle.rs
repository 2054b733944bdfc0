//! Specs split across files: `$ref: ./schemas/user.yaml#/User`,
//! `$ref: ../common.yaml#/components/parameters/Page`, `$ref: ./paths/users.yaml`.
//!
//! Before anything else reads the document, every `$ref` (where a Reference Object may
//! stand, [`super::walk`]) that names another file is followed: the file is read once
//! (YAML or JSON, relative to the directory of the file holding the `$ref`), the node it
//! points at is copied into the root document under `components/<kind>/<name>` (the
//! pointer's last segment, or the file's stem for a whole-file reference, made unique), and
//! the `$ref` becomes local. A path item is taken in place (a path item has no component).
//! References inside another file are resolved relative to that file, so the rest of the
//! pipeline sees one document; [`Sources`] remembers which file every copied part came
//! from, for diagnostics.
//!
//! Never the network: `http(s)://` (any URL) references are refused, and so are absolute
//! paths (a spec that names `/home/me/common.yaml` builds nowhere else); `../` is allowed.
//! A schema cycle through files is a recursive type, as within one file; a cycle of
//! references that are only references is refused by the reference check, at the file
//! holding it.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use super::escape_pointer;
use super::walk::{walk_from, Kind};

/// How the loader reads the files a spec refers to: from disk, or as they were at a git
/// revision.
pub trait Reader: Sync {
    /// The text of the file at `path` (the referencing file's directory joined with the
    /// reference, `..` resolved).
    fn read(&self, path: &Path) -> std::io::Result<String>;
    /// Whether there is a file at `path` (an optional input: a config beside the spec).
    fn exists(&self, path: &Path) -> bool {
        path.is_file()
    }
    /// The name diagnostics give the file at `path`.
    fn label(&self, path: &Path) -> PathBuf {
        path.to_path_buf()
    }
}

/// Files on disk.
pub struct Disk;

impl Reader for Disk {
    fn read(&self, path: &Path) -> std::io::Result<String> {
        let meta = std::fs::metadata(path)?;
        if meta.len() as usize > super::MAX_INPUT_BYTES {
            return Err(std::io::Error::other(format!(
                "file is {} bytes; the generator reads OpenAPI documents up to {} bytes",
                meta.len(),
                super::MAX_INPUT_BYTES
            )));
        }
        std::fs::read_to_string(path)
    }
}

/// The files a document was read from, and which parts of it came from which file.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Every file read, the root first: its path (as read), its name in diagnostics, its text.
    pub files: Vec<(PathBuf, PathBuf, String)>,
    /// (pointer in the bundled document, index into `files`, pointer in that file).
    origins: Vec<(String, usize, String)>,
    /// The files in `files` that are overlays.
    overlays: Vec<usize>,
}

impl Sources {
    /// The file (index into `files`) and the pointer in it that `pointer`, into the
    /// bundled document, came from.
    pub fn place(&self, pointer: &str) -> (usize, String) {
        let mut best: Option<(usize, usize, String)> = None;
        for (at, file, original) in &self.origins {
            let Some(rest) = pointer.strip_prefix(at.as_str()) else {
                continue;
            };
            if !(rest.is_empty() || rest.starts_with('/')) {
                continue;
            }
            if best.as_ref().is_none_or(|(len, _, _)| at.len() > *len) {
                best = Some((at.len(), *file, format!("{original}{rest}")));
            }
        }
        match best {
            Some((_, file, p)) => (file, p),
            None => (0, pointer.to_string()),
        }
    }
}

impl Sources {
    /// Record a file that wrote parts of the document (an overlay): its index.
    pub fn add_file(&mut self, path: PathBuf, label: PathBuf, text: String) -> usize {
        self.files.push((path, label, text));
        self.overlays.push(self.files.len() - 1);
        self.files.len() - 1
    }

    /// Every node an overlay wrote: (pointer in the document before conversion,
    /// `overlay-file:line:col (pointer in the overlay)`).
    pub fn overlay_writes(&self) -> Vec<(String, String)> {
        self.origins
            .iter()
            .filter(|(_, file, _)| self.overlays.contains(file))
            .filter_map(|(at, file, pointer)| {
                let (_, label, text) = self.files.get(*file)?;
                let place = match super::locate(text, pointer) {
                    Some((line, col, _)) => format!("{}:{line}:{col}", label.display()),
                    None => label.display().to_string(),
                };
                Some((at.clone(), format!("{place} ({pointer})")))
            })
            .collect()
    }

    /// Whether file `file` is an overlay.
    pub fn is_overlay(&self, file: usize) -> bool {
        self.overlays.contains(&file)
    }

    /// The first overlay change under `pointer` (into the bundled document): the overlay
    /// file's label and the pointer in the overlay.
    pub fn overlay_change_under(&self, pointer: &str) -> Option<(PathBuf, String)> {
        let prefix = format!("{pointer}/");
        self.origins
            .iter()
            .filter(|(at, file, _)| self.overlays.contains(file) && at.starts_with(&prefix))
            .find_map(|(_, file, p)| {
                let (_, label, _) = self.files.get(*file)?;
                Some((label.clone(), p.clone()))
            })
    }

    /// `at`, in the document, came from `pointer` in file `file`.
    pub fn add_origin(&mut self, at: String, file: usize, pointer: String) {
        self.origins.push((at, file, pointer));
    }
}

/// A problem found while following references: (index into [`Sources::files`], pointer
/// in that file, message).
pub type Problem = (usize, String, String);

/// Follow the references of `doc` (the text of `root`) into other files. Swagger 2.0
/// documents are left as they are (their external references are refused later).
pub fn bundle(
    root: &Path,
    text: &str,
    doc: Value,
    reader: &dyn Reader,
) -> (Value, Sources, Vec<Problem>) {
    let mut b = Bundler {
        reader,
        paths: vec![normalize(root)],
        values: vec![Value::Null],
        by_path: HashMap::new(),
        placed: HashMap::new(),
        taken: HashSet::new(),
        queue: Vec::new(),
        added: Vec::new(),
        inlines: 0,
        sources: Sources {
            files: vec![(root.to_path_buf(), reader.label(root), text.to_string())],
            origins: Vec::new(),
            overlays: Vec::new(),
        },
        problems: Vec::new(),
    };
    b.by_path.insert(normalize(root), 0);
    let mut doc = doc;
    if doc.get("swagger").is_some() {
        return (doc, b.sources, b.problems);
    }
    if let Some(Value::Object(components)) = doc.get("components") {
        for (section, entries) in components {
            if let Value::Object(entries) = entries {
                for name in entries.keys() {
                    b.taken.insert((section.clone(), name.clone()));
                }
            }
        }
    }
    b.rewrite(&mut doc, Kind::Document, 0, "", "");
    while let Some(item) = b.queue.pop() {
        let Placement {
            at,
            file,
            pointer,
            kind,
            section,
            name,
            mut content,
        } = item;
        b.rewrite(&mut content, kind, file, &pointer, &at);
        b.added.push((section, name, content));
    }
    if !b.added.is_empty() {
        if let Value::Object(map) = &mut doc {
            let components = map
                .entry("components")
                .or_insert_with(|| Value::Object(Default::default()));
            if components.is_null() {
                *components = Value::Object(Default::default());
            }
            if let Value::Object(components) = components {
                // In the order the references were met.
                let order: HashMap<&str, usize> = b
                    .sources
                    .origins
                    .iter()
                    .enumerate()
                    .map(|(i, (at, _, _))| (at.as_str(), i))
                    .collect();
                b.added.sort_by_cached_key(|(section, name, _)| {
                    let at = format!("/components/{section}/{}", escape_pointer(name));
                    order.get(at.as_str()).copied().unwrap_or(usize::MAX)
                });
                for (section, name, content) in b.added.drain(..) {
                    let entries = components
                        .entry(section)
                        .or_insert_with(|| Value::Object(Default::default()));
                    // `schemas:` written with nothing under it.
                    if entries.is_null() {
                        *entries = Value::Object(Default::default());
                    }
                    if let Value::Object(entries) = entries {
                        entries.insert(name, content);
                    }
                }
            }
        }
    }
    (doc, b.sources, b.problems)
}

struct Placement {
    /// Where it goes in the bundled document.
    at: String,
    file: usize,
    /// Where it stands in its file.
    pointer: String,
    kind: Kind,
    section: String,
    name: String,
    content: Value,
}

enum Resolved {
    Ref(String),
    Inline(Value),
}

struct Bundler<'r> {
    reader: &'r dyn Reader,
    /// Normalized paths of the files read, by index (the root first).
    paths: Vec<PathBuf>,
    /// Parsed files (the root's is not needed: its references are local already).
    values: Vec<Value>,
    by_path: HashMap<PathBuf, usize>,
    /// (file, pointer) → the local reference it was placed at.
    placed: HashMap<(usize, String), String>,
    /// Component names in use: (section, name).
    taken: HashSet<(String, String)>,
    queue: Vec<Placement>,
    added: Vec<(String, String, Value)>,
    /// Path items taken in place so far, to stop a cycle of path item references.
    inlines: usize,
    sources: Sources,
    problems: Vec<Problem>,
}

impl Bundler<'_> {
    /// Make every reference in `value` (a node of `kind`, at `base` in `file`, going to
    /// `at` in the bundled document) local.
    fn rewrite(&mut self, value: &mut Value, kind: Kind, file: usize, base: &str, at: &str) {
        let mut refs = Vec::new();
        walk_from(value, kind, &mut |n| {
            if let Some(Value::String(target)) = n.reference() {
                refs.push((n.pointer.to_string(), n.kind, target.clone()));
            }
        });
        // Deepest first: a path item taken in place keeps its siblings, already rewritten.
        for (ptr, kind, target) in refs.into_iter().rev() {
            if file == 0 && target.starts_with('#') {
                continue;
            }
            let here = format!("{base}{ptr}/$ref");
            let Some(resolved) = self.resolve(file, &here, &target, kind, &format!("{at}{ptr}"))
            else {
                continue;
            };
            let Some(node) = value.pointer_mut(&ptr) else {
                continue;
            };
            match resolved {
                Resolved::Ref(local) => {
                    if let Value::Object(m) = node {
                        m.insert("$ref".into(), Value::String(local));
                    }
                }
                Resolved::Inline(mut content) => {
                    if let (Value::Object(new), Value::Object(old)) = (&mut content, &*node) {
                        for (k, v) in old.iter().filter(|(k, _)| *k != "$ref") {
                            new.insert(k.clone(), v.clone());
                        }
                    }
                    *node = content;
                }
            }
        }
    }

    fn problem(&mut self, file: usize, pointer: &str, message: String) {
        self.problems.push((file, pointer.to_string(), message));
    }

    fn label(&self, file: usize) -> String {
        self.sources
            .files
            .get(file)
            .map(|(_, l, _)| l.display().to_string())
            .unwrap_or_default()
    }

    /// The local form of `target`, a `$ref` at `here` in `file` where a node of `kind`
    /// stands (at `at` in the bundled document).
    fn resolve(
        &mut self,
        file: usize,
        here: &str,
        target: &str,
        kind: Kind,
        at: &str,
    ) -> Option<Resolved> {
        let (file_part, fragment) = target.split_once('#').unwrap_or((target, ""));
        if is_url(file_part) {
            self.problem(
                file,
                here,
                format!(
                    "remote reference `{target}`: clientgen never fetches over the network; \
                     save the document beside the spec and refer to it by a relative path"
                ),
            );
            return None;
        }
        let target_file = if file_part.is_empty() {
            file
        } else {
            let rel = Path::new(file_part);
            if rel.is_absolute() || rel.has_root() {
                self.problem(
                    file,
                    here,
                    format!(
                        "reference `{target}` names an absolute path: refer to files relative \
                         to the file holding the `$ref` (`./`, `../`)"
                    ),
                );
                return None;
            }
            let dir = self
                .paths
                .get(file)
                .and_then(|p| p.parent())
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let path = normalize(&dir.join(rel));
            match self.open(&path) {
                Ok(i) => i,
                Err(e) => {
                    self.problem(
                        file,
                        here,
                        format!(
                            "reference `{target}`: cannot read `{}`: {e}",
                            self.reader.label(&path).display()
                        ),
                    );
                    return None;
                }
            }
        };
        let Some(pointer) = super::refs::decode(fragment) else {
            self.problem(file, here, format!("reference `{target}`: bad fragment"));
            return None;
        };
        if !(pointer.is_empty() || pointer.starts_with('/')) {
            self.problem(
                file,
                here,
                format!("reference `{target}`: the fragment must be a JSON pointer (`#/...`)"),
            );
            return None;
        }
        if target_file == 0 {
            return Some(Resolved::Ref(format!("#{fragment}")));
        }
        let found = self
            .values
            .get(target_file)
            .and_then(|v| v.pointer(&pointer));
        let Some(content) = found.cloned() else {
            let message = format!(
                "reference `{target}` points at nothing in `{}`",
                self.label(target_file)
            );
            self.problem(file, here, message);
            return None;
        };
        if kind == Kind::PathItem {
            self.inlines += 1;
            if self.inlines > 10_000 {
                self.problem(
                    file,
                    here,
                    format!("reference `{target}`: path item references form a cycle"),
                );
                return None;
            }
            let mut content = content;
            self.rewrite(&mut content, Kind::PathItem, target_file, &pointer, at);
            self.sources
                .origins
                .push((at.to_string(), target_file, pointer));
            return Some(Resolved::Inline(content));
        }
        if let Some(local) = self.placed.get(&(target_file, pointer.clone())) {
            return Some(Resolved::Ref(local.clone()));
        }
        let Some(section) = section(kind) else {
            self.problem(
                file,
                here,
                format!("reference `{target}`: this reference cannot point into another file"),
            );
            return None;
        };
        let base = pointer
            .rsplit('/')
            .next()
            .filter(|s| !s.is_empty() && !pointer.is_empty())
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .or_else(|| {
                self.paths
                    .get(target_file)
                    .and_then(|p| p.file_stem())
                    .map(|s| s.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| "External".to_string());
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&(section.to_string(), name.clone())) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert((section.to_string(), name.clone()));
        let local = format!("/components/{section}/{}", escape_pointer(&name));
        self.placed
            .insert((target_file, pointer.clone()), format!("#{local}"));
        self.sources
            .origins
            .push((local.clone(), target_file, pointer.clone()));
        self.queue.push(Placement {
            at: local.clone(),
            file: target_file,
            pointer,
            kind,
            section: section.to_string(),
            name,
            content,
        });
        Some(Resolved::Ref(format!("#{local}")))
    }

    /// The index of the file at `path`, read and parsed the first time.
    fn open(&mut self, path: &Path) -> Result<usize, String> {
        if let Some(i) = self.by_path.get(path) {
            return Ok(*i);
        }
        let text = self.reader.read(path).map_err(|e| e.to_string())?;
        let value = parse(&text)?;
        let i = self.paths.len();
        self.paths.push(path.to_path_buf());
        self.values.push(value);
        self.by_path.insert(path.to_path_buf(), i);
        self.sources
            .files
            .push((path.to_path_buf(), self.reader.label(path), text));
        Ok(i)
    }
}

/// Parse a file that is not the root document (a referenced file, an overlay): YAML or JSON.
pub(crate) fn parse_text(text: &str) -> Result<Value, String> {
    parse(text)
}

fn parse(text: &str) -> Result<Value, String> {
    if super::depth::too_deep(text).is_some() {
        return Err("brackets nested too deep: not an OpenAPI document".into());
    }
    let json = text
        .trim_start()
        .starts_with('{')
        .then(|| serde_json::from_str::<Value>(text).ok())
        .flatten();
    match json {
        Some(v) => Ok(v),
        None => {
            serde_yaml::from_str::<Value>(text).map_err(|e| format!("not valid YAML or JSON: {e}"))
        }
    }
}

/// Where a component of this kind goes.
fn section(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Schema => "schemas",
        Kind::Response => "responses",
        Kind::Parameter => "parameters",
        Kind::Example => "examples",
        Kind::RequestBody => "requestBodies",
        Kind::Header => "headers",
        Kind::SecurityScheme => "securitySchemes",
        Kind::Link => "links",
        Kind::Callback => "callbacks",
        _ => return None,
    })
}

/// `https://…`, `file:…`, `urn:…`: a scheme before the first `/`.
fn is_url(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) => {
            // A Windows drive letter (`C:`) is a path, refused as absolute.
            scheme.len() > 1
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => s.starts_with("//"),
    }
}

/// `a/./b/../c` → `a/c`, without touching the file system (a file at a git revision
/// has no path on disk); leading `..` stay.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `base` (both normalized): `specs/common.yaml` from `specs/split` is
/// `../common.yaml`.
pub fn relative(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<Component<'_>> = path.components().collect();
    let b: Vec<Component<'_>> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in p.iter().skip(common) {
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalized_lexically() {
        assert_eq!(
            normalize(Path::new("specs/split/./schemas/../../common.yaml")),
            PathBuf::from("specs/common.yaml")
        );
        assert_eq!(
            normalize(Path::new("../a/../../b.yaml")),
            PathBuf::from("../../b.yaml")
        );
        assert_eq!(
            relative(Path::new("specs/common.yaml"), Path::new("specs/split")),
            PathBuf::from("../common.yaml")
        );
        assert!(is_url("https://example.com/a.yaml"));
        assert!(is_url("file:///a.yaml"));
        assert!(!is_url("./a.yaml"));
    }
}
