//! clientgen: OpenAPI 3.0 → typed async Rust clients.
//!
//! The pipeline, one module per stage:
//! 1. [`load`] — YAML/JSON → checked `openapiv3` document with source positions, overlays
//!    applied first; then [`filter`] drops the operations a [`config`] excludes, and what
//!    only they reach;
//! 2. [`ir`] — operations and types, named and resolved once for every backend;
//! 3. [`render`] — minijinja templates → Rust (parsed by syn, formatted) and Markdown;
//! 4. [`write`](mod@write) — deterministic, atomic, only-changed writes, or a drift report.
//!
//! `build.rs` of the client crate and the `clientgen` binary both call [`workspace_files`].

// Input-derived data must never panic the generator: no unwrap/expect/panic/indexing.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)
)]

pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod diff;
pub mod extensions;
pub mod features;
pub mod filter;
pub mod ir;
pub mod load;
pub mod render;
pub mod runtime;
mod stack;
mod timings;
pub mod write;

use std::path::{Path, PathBuf};

pub use diagnostics::{Diagnostic, Error, Result, Severity};
pub use render::{Layout, Templates};
pub use write::{drift, write_tree, Drift, FileSet, WriteReport};

/// A spec file lowered to the IR.
#[derive(Debug, Clone)]
pub struct Service {
    pub spec_path: PathBuf,
    pub api: ir::Api,
    /// Every file the spec was read from: the spec, then the files its `$ref`s name
    /// (`./schemas/user.yaml`, `../common.yaml`), the overlays applied to it and its config
    /// file, for `cargo:rerun-if-changed`.
    pub sources: Vec<PathBuf>,
    /// The spec's config (`<stem>.clientgen.toml` beside it, or the one given).
    pub config: Option<config::Config>,
    /// What the config's operation filter removed.
    pub filtered: filter::Filtered,
    /// Where overlays wrote into the spec, by the IR's pointers.
    pub overlay_writes: load::overlay::Writes,
}

/// How to load a spec, beyond the spec itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The config file; default: `<stem>.clientgen.toml` beside the spec, when there is one.
    pub config: Option<PathBuf>,
    /// Overlays applied after the config's, in order.
    pub overlays: Vec<PathBuf>,
}

/// The module name for a spec file: its file stem, snake-cased.
pub fn module_name(spec: &Path) -> String {
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    ir::names::bare(&ir::names::snake(stem)).to_string()
}

/// Load and lower one spec. `api.warnings` starts with what loading noticed (converting a
/// Swagger 2.0 or OpenAPI 3.1/3.2 document to 3.0, reading what the document gets wrong),
/// then what lowering did.
///
/// The spec's config (`<stem>.clientgen.toml` beside it) applies when there is one.
pub fn load_service(spec: &Path) -> Result<Service> {
    load_service_with(spec, &Options::default())
}

/// [`load_service`], keeping the loaded document: each generated type's `origin` is a JSON
/// pointer into its `raw` (OpenAPI 3.0) JSON, and `pointers` maps it back to the file as
/// written. The round-trip conformance test (tests/conformance/) reads schemas this way.
pub fn load_service_and_document(spec: &Path) -> Result<(Service, load::Document)> {
    load_service_and_document_from(spec, &Options::default(), &load::Disk)
}

/// [`load_service`] with a config file and overlays given.
pub fn load_service_with(spec: &Path, options: &Options) -> Result<Service> {
    load_service_from(spec, options, &load::Disk)
}

/// [`load_service_with`], reading every file (spec, config, overlays, referenced files)
/// with `reader`: from disk, or as they were at a git revision.
pub fn load_service_from(
    spec: &Path,
    options: &Options,
    reader: &dyn load::Reader,
) -> Result<Service> {
    load_service_and_document_from(spec, options, reader).map(|(service, _)| service)
}

fn load_service_and_document_from(
    spec: &Path,
    options: &Options,
    reader: &dyn load::Reader,
) -> Result<(Service, load::Document)> {
    let read = |path: &Path| {
        reader
            .read(path)
            .map_err(|e| Error::io(&reader.label(path), e))
    };
    // Load → filter → IR: the config first, since it names the overlays.
    let config_path = match &options.config {
        Some(p) => Some(p.clone()),
        None => Some(config::beside(spec)).filter(|p| reader.exists(p)),
    };
    let config = match &config_path {
        Some(p) => Some(config::Config::parse(p, &reader.label(p), read(p)?)?),
        None => None,
    };
    let mut overlays = Vec::new();
    if let Some(c) = &config {
        for (path, entry) in c.overlay_paths().into_iter().zip(&c.file.overlays) {
            // A config naming a file that is not there: the error is at its line.
            let text = reader.read(&path).map_err(|e| {
                Error::one(c.diag(
                    "overlays",
                    entry.span(),
                    format!(
                        "cannot read the overlay `{}`: {e}",
                        reader.label(&path).display()
                    ),
                ))
            })?;
            overlays.push(load::Overlay::parse(&path, &reader.label(&path), text)?);
        }
    }
    for path in &options.overlays {
        overlays.push(load::Overlay::parse(
            path,
            &reader.label(path),
            read(path)?,
        )?);
    }
    let mut doc = if reader.label(spec) == spec {
        load::load_file_with(spec, &overlays)?
    } else {
        load::load_with(spec, read(spec)?, reader, &overlays)?
    };
    let (filtered, config_warnings) = match &config {
        Some(c) => config::apply::to_document(c, &mut doc)?,
        None => Default::default(),
    };
    let mut api = ir::lower(&doc, &module_name(spec))?;
    let mut warnings = doc.warnings.clone();
    warnings.extend(config_warnings);
    if let Some(c) = &config {
        warnings.extend(config::apply::to_api(c, &mut api));
    }
    // After the config's derives and attributes (a type with its own stays apart), before
    // anything renders or gates the types.
    if config
        .as_ref()
        .is_none_or(|c| c.file.types.merge_duplicates)
    {
        ir::merge_duplicates(&mut api);
        ir::merge_error_enums(&mut api);
    }
    if !warnings.is_empty() {
        warnings.append(&mut api.warnings);
        api.warnings = warnings;
    }
    let mut sources = doc.sources();
    sources.extend(config_path);
    let overlay_writes = if overlays.is_empty() {
        load::overlay::Writes::default()
    } else {
        load::overlay::Writes::of(&doc)
    };
    let service = Service {
        spec_path: spec.to_path_buf(),
        api,
        sources,
        config,
        filtered,
        overlay_writes,
    };
    Ok((service, doc))
}

/// Whether `name` can name a crate (letters, digits, `-`, `_`).
pub fn is_crate_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The spec files in `dir` (`*.yaml`, `*.yml`, `*.json`), sorted.
pub fn spec_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        // `<name>.overlay.yaml` beside the specs is an overlay a config names, not a spec.
        let overlay = path
            .file_stem()
            .is_some_and(|s| s.to_string_lossy().ends_with(".overlay"));
        if path.is_file() && matches!(ext.as_str(), "yaml" | "yml" | "json") && !overlay {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Everything `generated/` should hold for the specs in `specs_dir`: `lib.rs` (which
/// re-exports the `clientgen-runtime` crate as `runtime`), and per service `<module>/{mod.rs,types.rs,README.md}`.
/// All specs are loaded before anything is returned, and errors from every spec are
/// reported together.
pub fn workspace_files(specs_dir: &Path, templates: &Templates) -> Result<FileSet> {
    workspace_files_and_warnings(specs_dir, templates).map(|(files, _)| files)
}

/// [`workspace_files`], with every spec's warnings and notes (what converting or lowering it
/// left out, guessed or read leniently), each naming the file, line and JSON pointer.
pub fn workspace_files_and_warnings(
    specs_dir: &Path,
    templates: &Templates,
) -> Result<(FileSet, Vec<Diagnostic>)> {
    workspace_crate(specs_dir, templates, "service_clients")
}

/// The files of a crate with one module per spec in `specs_dir` (this workspace's layout:
/// `lib.rs`, `<module>/{mod.rs,types.rs,README.md}`; the crate depends on `clientgen-runtime`), for a crate whose
/// library is named `crate_ident` (the path the docs' examples use), with every spec's
/// warnings and notes.
pub fn workspace_crate(
    specs_dir: &Path,
    templates: &Templates,
    crate_ident: &str,
) -> Result<(FileSet, Vec<Diagnostic>)> {
    workspace(specs_dir, templates, crate_ident).map(|w| (w.files, w.warnings))
}

/// What [`workspace`] generates.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The crate's files.
    pub files: FileSet,
    /// Every spec's warnings and notes.
    pub warnings: Vec<Diagnostic>,
    /// Every file read: each spec and the files its `$ref`s name, which may live outside
    /// `specs_dir` (`../common.yaml`): a build script prints `cargo:rerun-if-changed` for each.
    pub sources: Vec<PathBuf>,
}

/// [`workspace_crate`], with the files every spec was read from.
pub fn workspace(specs_dir: &Path, templates: &Templates, crate_ident: &str) -> Result<Workspace> {
    let mut services = Vec::new();
    let mut errors = Vec::new();
    for spec in spec_files(specs_dir)? {
        match load_service(&spec) {
            Ok(s) => services.push(s),
            Err(Error::Input(ds)) => errors.extend(ds),
            Err(other) => return Err(other),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Input(errors));
    }
    let mut modules = std::collections::BTreeSet::new();
    for s in &services {
        if !modules.insert(s.api.module.clone()) {
            return Err(Error::one(Diagnostic::new(
                &s.spec_path,
                "",
                format!("another spec also makes module `{}`", s.api.module),
            )));
        }
    }
    let mut files = FileSet::new();
    let mut summaries = Vec::new();
    for s in &services {
        let module = &s.api.module;
        for (rel, content) in render::render_api(
            templates,
            &s.api,
            &file_name(&s.spec_path),
            Layout::Workspace,
            &format!("{crate_ident}::{module}"),
        )? {
            files.insert(Path::new(module).join(rel), content);
        }
        summaries.push(render::ServiceSummary {
            module: module.clone(),
            title: s.api.title.clone(),
            operations: s.api.operations.len(),
        });
    }
    files.insert(
        PathBuf::from("lib.rs"),
        render::render_lib(templates, &summaries)?,
    );
    let mut sources: Vec<PathBuf> = services.iter().flat_map(|s| s.sources.clone()).collect();
    sources.sort();
    sources.dedup();
    let warnings = services.into_iter().flat_map(|s| s.api.warnings).collect();
    Ok(Workspace {
        files,
        warnings,
        sources,
    })
}

/// A standalone crate for one spec: `Cargo.toml`, `README.md`, `src/{lib,types}.rs` and the
/// runtime, vendored (`src/runtime/`).
pub fn crate_files(
    spec: &Path,
    templates: &Templates,
    crate_name: Option<&str>,
) -> Result<FileSet> {
    standalone_crate(spec, templates, crate_name).map(|(files, _)| files)
}

/// Package metadata for a standalone crate's `Cargo.toml`. Nothing is claimed that the
/// user did not say: no licence unless one is given (publishing needs one).
#[derive(Debug, Clone, Default)]
pub struct CrateMeta {
    /// Package name; default `<spec stem>-client`.
    pub name: Option<String>,
    /// Package version; default `0.1.0`.
    pub version: Option<String>,
    /// Default: "`<API title>` client generated by clientgen".
    pub description: Option<String>,
    /// An SPDX licence expression for the generated code.
    pub license: Option<String>,
    /// The repository URL.
    pub repository: Option<String>,
    /// Extra `[dependencies]` lines (`rust_decimal = { version = "1" }`): the crates that
    /// types mapped by a config come from.
    pub dependencies: Vec<String>,
    /// Where the crate's runtime comes from: its own copy (the default) or the
    /// `clientgen-runtime` crate.
    pub runtime: runtime::Runtime,
    /// Per-tag cargo features: each tag's operations, and the types only they reach,
    /// compile only with the tag's feature ([`features`]).
    pub tag_features: bool,
}

/// [`crate_files`], with the warnings and notes of loading and lowering the spec
/// (conversion from Swagger 2.0 / OpenAPI 3.1 / 3.2 first).
pub fn standalone_crate(
    spec: &Path,
    templates: &Templates,
    crate_name: Option<&str>,
) -> Result<(FileSet, Vec<Diagnostic>)> {
    let meta = CrateMeta {
        name: crate_name.map(str::to_string),
        ..CrateMeta::default()
    };
    standalone_crate_with(spec, templates, &meta)
}

/// [`standalone_crate`] with the package metadata given in full.
pub fn standalone_crate_with(
    spec: &Path,
    templates: &Templates,
    meta: &CrateMeta,
) -> Result<(FileSet, Vec<Diagnostic>)> {
    standalone_crate_from(spec, templates, meta, &Options::default())
}

/// [`standalone_crate_with`] with a config file and overlays given. What `meta` says wins
/// over the config's `[crate]` section.
pub fn standalone_crate_from(
    spec: &Path,
    templates: &Templates,
    meta: &CrateMeta,
    options: &Options,
) -> Result<(FileSet, Vec<Diagnostic>)> {
    let (service, doc) = {
        let _span = timings::span("load+lower", || spec.display().to_string());
        load_service_and_document_from(spec, options, &load::Disk)?
    };
    let meta = &config::apply::crate_meta(service.config.as_ref(), meta);
    let mut tag_features = meta
        .tag_features
        .then(|| features::Features::plan(&service.api, &doc.raw))
        .filter(|f| !f.features.is_empty());
    // Freed while the templates' context is built (which runs alone, on one core).
    let _dropping = stack::drop_aside(doc);
    let name = meta
        .name
        .clone()
        .unwrap_or_else(|| format!("{}-client", service.api.module.replace('_', "-")));
    if !is_crate_name(&name) {
        return Err(Error::one(Diagnostic::new(
            spec,
            "",
            format!("`{name}` is not a valid crate name"),
        )));
    }
    let lib_name = name.replace('-', "_");
    let spec_file = file_name(spec);
    let mut files = FileSet::new();
    for (rel, content) in render::render_api_gated(
        templates,
        &service.api,
        &spec_file,
        Layout::Standalone,
        &lib_name,
        tag_features.as_mut(),
    )? {
        let path = if rel.extension().is_some_and(|e| e == "md") {
            rel
        } else {
            Path::new("src").join(rel)
        };
        files.insert(path, content);
    }
    // The runtime features (and so the optional crates) this API's code uses.
    let used = runtime::features_used(
        files
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
            .map(|(_, text)| text.as_str()),
    );
    match &meta.runtime {
        runtime::Runtime::Vendored => {
            for (path, content) in runtime::vendored_files(&lib_name) {
                files.insert(path, content);
            }
        }
        _ => {
            let (path, content) = runtime::reexport_file();
            files.insert(path, content);
        }
    }
    files.insert(
        PathBuf::from("Cargo.toml"),
        render::render_cargo_toml(
            templates,
            &service.api,
            &name,
            meta,
            &spec_file,
            &runtime::manifest(&meta.runtime, &used, tag_features.as_ref()),
        )?,
    );
    Ok((files, service.api.warnings))
}
