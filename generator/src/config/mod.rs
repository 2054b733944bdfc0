//! The generation config of one spec: `specs/<name>.clientgen.toml` beside `specs/<name>.yaml`
//! (found automatically), or a file given with `--config`. It says which operations to
//! generate, which overlays to apply on load, how to name and map types, and the package
//! metadata of a standalone crate:
//!
//! ```toml
//! overlays = ["petstore.overlay.yaml"]          # applied in order, before any conversion
//!
//! [crate]                                       # standalone crates (`generate --spec`)
//! name = "petstore-client"
//! version = "1.2.0"
//! tag-features = true                           # a cargo feature per tag
//!
//! [operations]                                  # kept: matches an include (if any), no exclude
//! include-tags = ["pets"]
//! exclude-paths = ["/admin/**"]
//! exclude-ids = ["deletePet"]
//! rename = { listPets = "all_pets" }            # operationId → method name
//!
//! [types]                                       # every generated model
//! derive = ["Eq"]
//!
//! [schemas.Pet]                                 # one component schema
//! rename = "Animal"
//! derive = ["Hash"]
//! attributes = ["#[serde(deny_unknown_fields)]"]
//! fields = { name = "full_name" }
//!
//! [pagination]                                  # operationId → its `x-pagination`
//! listPets = { kind = "offset", offset = "skip", limit = "top", items = "/value" }
//!
//! [formats.decimal]                             # every schema with `format: decimal`
//! rust-type = "rust_decimal::Decimal"
//!
//! [dependencies]                                # added to a standalone crate's Cargo.toml
//! rust_decimal = { version = "1", features = ["serde-str"] }
//! ```
//!
//! Unknown keys are errors, and every error names the file, line:column and key.
//! [`apply`] turns the config into what the pipeline reads: vendor extensions on the
//! document (`x-rust-name`, `x-rust-type-name`, `x-rust-type`, `x-pagination`), the operation filter of
//! [`crate::filter`], and derives and attributes on the IR's types.

pub mod apply;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::{Diagnostic, Error, Result, Severity};

/// A parsed and checked config file.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from (as given), for overlays' paths and `rerun-if-changed`.
    pub path: PathBuf,
    /// Its name in diagnostics (`REV:specs/x.clientgen.toml` when read at a git revision).
    pub label: PathBuf,
    /// Its text, for line:column.
    pub text: String,
    pub file: ConfigFile,
}

/// The file's contents, as written (keys are kebab-case).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Overlay documents (OpenAPI Overlay 1.0), relative to the config file, applied in order.
    #[serde(default)]
    pub overlays: Vec<Spanned<String>>,
    /// Package metadata for a standalone crate; `generate --spec` flags override each.
    #[serde(default, rename = "crate")]
    pub package: Package,
    #[serde(default)]
    pub operations: Operations,
    /// Derives and attributes on every generated model.
    #[serde(default)]
    pub types: Types,
    /// Per component schema (`components/schemas/<name>`), by its name in the spec.
    #[serde(default)]
    pub schemas: BTreeMap<Spanned<String>, Schema>,
    /// Per `format` value: every schema with that format maps to a Rust type.
    #[serde(default)]
    pub formats: BTreeMap<Spanned<String>, FormatMapping>,
    /// Per operation (`operationId` or `METHOD /path`): its `x-pagination` (the
    /// extension's keys, see [`crate::ir::pagination`]), for a document that cannot say it.
    #[serde(default)]
    pub pagination: BTreeMap<Spanned<String>, toml::Value>,
    /// Dependencies the mapped types need, added to a standalone crate's `Cargo.toml`.
    #[serde(default)]
    pub dependencies: BTreeMap<Spanned<String>, Dependency>,
}

/// `[crate]`: what `--crate-name`, `--crate-version`, `--description`, `--license` and
/// `--repository` say on the command line.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Package {
    pub name: Option<String>,
    pub version: Option<String>,
    pub description: Option<String>,
    pub license: Option<String>,
    pub repository: Option<String>,
    /// Per-tag cargo features (`--tag-features`).
    #[serde(default)]
    pub tag_features: bool,
}

/// `[operations]`: which operations are generated, and their method names. An operation
/// is kept when it matches one of the `include-*` entries (or none is given) and none of
/// the `exclude-*` entries.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Operations {
    /// Tags (an operation with any of them matches).
    #[serde(default)]
    pub include_tags: Vec<Spanned<String>>,
    #[serde(default)]
    pub exclude_tags: Vec<Spanned<String>>,
    /// Path templates as the spec writes them, as globs: `/pets/*` (one segment),
    /// `/admin/**` (any depth), `/pets/{petId}`.
    #[serde(default)]
    pub include_paths: Vec<Spanned<String>>,
    #[serde(default)]
    pub exclude_paths: Vec<Spanned<String>>,
    /// `operationId`s.
    #[serde(default)]
    pub include_ids: Vec<Spanned<String>>,
    #[serde(default)]
    pub exclude_ids: Vec<Spanned<String>>,
    /// `operationId` (or `METHOD /path` for an operation without one) → method name.
    #[serde(default)]
    pub rename: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// `[types]`: added to every generated struct, enum and union, and whether identical
/// types are merged.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Types {
    /// Derive macros (paths: `Hash`, `schemars::JsonSchema`); those a type derives already
    /// are left out.
    #[serde(default)]
    pub derive: Vec<Spanned<String>>,
    /// Outer attributes, written as in Rust: `#[serde(deny_unknown_fields)]`.
    #[serde(default)]
    pub attributes: Vec<Spanned<String>>,
    /// Types identical on the wire and in code get one definition, the others becoming
    /// `pub type` aliases of it (`ir::merge_duplicates`); on unless `false`.
    #[serde(default = "yes")]
    pub merge_duplicates: bool,
}

impl Default for Types {
    fn default() -> Self {
        Types {
            derive: Vec::new(),
            attributes: Vec::new(),
            merge_duplicates: true,
        }
    }
}

fn yes() -> bool {
    true
}

/// `[schemas.<name>]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Schema {
    /// The Rust type name.
    pub rename: Option<Spanned<String>>,
    #[serde(default)]
    pub derive: Vec<Spanned<String>>,
    #[serde(default)]
    pub attributes: Vec<Spanned<String>>,
    /// Property name → Rust field name.
    #[serde(default)]
    pub fields: BTreeMap<Spanned<String>, Spanned<String>>,
    /// A Rust type used instead of generating one: the schema becomes
    /// `pub type <Name> = <rust-type>;`.
    pub rust_type: Option<Spanned<String>>,
}

/// `[formats.<format>]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FormatMapping {
    pub rust_type: Spanned<String>,
}

/// A dependency as Cargo writes one: `"1"` or a table.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Dependency {
    Version(Spanned<String>),
    Table(DependencyTable),
}

/// A dependency table: what a mapped type's crate needs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DependencyTable {
    pub version: Option<String>,
    #[serde(default)]
    pub features: Vec<String>,
    pub default_features: Option<bool>,
    /// A local crate, relative to the generated crate's directory.
    pub path: Option<String>,
    /// The crate's name on the registry, when the key is another name for it.
    pub package: Option<String>,
}

/// The config file beside `spec`: `<dir>/<stem>.clientgen.toml`.
pub fn beside(spec: &Path) -> PathBuf {
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    spec.with_file_name(format!("{stem}.clientgen.toml"))
}

impl Config {
    /// Parse and check the config at `path` (its text given), naming `label` in
    /// diagnostics. Errors name the file, line:column and key.
    pub fn parse(path: &Path, label: &Path, text: String) -> Result<Config> {
        let file: ConfigFile = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                let mut message = e.message().trim().to_string();
                if message.is_empty() {
                    message = e.to_string();
                }
                let d = at(label, &text, "", e.span(), format!("config: {message}"));
                return Err(Error::one(d));
            }
        };
        let config = Config {
            path: path.to_path_buf(),
            label: label.to_path_buf(),
            text,
            file,
        };
        let mut problems = Vec::new();
        config.check(label, &mut problems);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(Error::Input(problems))
        }
    }

    /// Read the config at `path` from disk.
    pub fn read(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Config::parse(path, path, text)
    }

    /// A diagnostic at `span` of this file, about `key` (`schemas.Pet.rename`).
    pub fn diag(&self, key: &str, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        at(&self.label, &self.text, key, Some(span), message.into())
    }

    /// A warning at `span` of this file.
    pub fn warn(&self, key: &str, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        self.diag(key, span, message)
            .with_severity(Severity::Warning)
    }

    /// The overlay files, resolved against the config file's directory.
    pub fn overlay_paths(&self) -> Vec<PathBuf> {
        let dir = self.path.parent().unwrap_or(Path::new(""));
        self.file
            .overlays
            .iter()
            .map(|o| crate::load::normalize(&dir.join(o.get_ref())))
            .collect()
    }

    /// Values that must be Rust: names, types, derives, attributes; globs; dependencies.
    fn check(&self, label: &Path, out: &mut Vec<Diagnostic>) {
        let mut err = |key: String, span: Range<usize>, message: String| {
            out.push(at(label, &self.text, &key, Some(span), message));
        };
        let f = &self.file;
        let ops = &f.operations;
        for (key, list) in [
            ("operations.include-paths", &ops.include_paths),
            ("operations.exclude-paths", &ops.exclude_paths),
        ] {
            for p in list {
                if let Err(e) = glob::Pattern::new(p.get_ref()) {
                    err(
                        key.into(),
                        p.span(),
                        format!("`{}` is not a glob: {e}", p.get_ref()),
                    );
                }
            }
        }
        for (id, name) in &ops.rename {
            let key = format!("operations.rename.{}", id.get_ref());
            if let Some(why) = not_ident(name.get_ref()) {
                err(key, name.span(), format!("`{}` {why}", name.get_ref()));
            }
        }
        let derives = |key: &str,
                       list: &[Spanned<String>],
                       err: &mut dyn FnMut(String, Range<usize>, String)| {
            for d in list {
                if syn::parse_str::<syn::Path>(d.get_ref()).is_err() {
                    err(
                        key.to_string(),
                        d.span(),
                        format!(
                            "`{}` is not a derive macro's path (`Hash`, `schemars::JsonSchema`)",
                            d.get_ref()
                        ),
                    );
                }
            }
        };
        derives("types.derive", &f.types.derive, &mut err);
        for a in &f.types.attributes {
            if let Some(why) = not_attribute(a.get_ref()) {
                err("types.attributes".into(), a.span(), why);
            }
        }
        for (name, s) in &f.schemas {
            let key = format!("schemas.{}", name.get_ref());
            derives(&format!("{key}.derive"), &s.derive, &mut err);
            for a in &s.attributes {
                if let Some(why) = not_attribute(a.get_ref()) {
                    err(format!("{key}.attributes"), a.span(), why);
                }
            }
            if let Some(r) = &s.rename {
                if let Some(why) = not_ident(r.get_ref()) {
                    err(
                        format!("{key}.rename"),
                        r.span(),
                        format!("`{}` {why}", r.get_ref()),
                    );
                }
            }
            for (prop, field) in &s.fields {
                if let Some(why) = not_ident(field.get_ref()) {
                    err(
                        format!("{key}.fields.{}", prop.get_ref()),
                        field.span(),
                        format!("`{}` {why}", field.get_ref()),
                    );
                }
            }
            if let Some(t) = &s.rust_type {
                if let Some(why) = not_type(t.get_ref()) {
                    err(format!("{key}.rust-type"), t.span(), why);
                }
            }
        }
        for (format, m) in &f.formats {
            if let Some(why) = not_type(m.rust_type.get_ref()) {
                err(
                    format!("formats.{}.rust-type", format.get_ref()),
                    m.rust_type.span(),
                    why,
                );
            }
        }
        for (name, dep) in &f.dependencies {
            let key = format!("dependencies.{}", name.get_ref());
            if !crate::is_crate_name(name.get_ref()) {
                err(
                    key.clone(),
                    name.span(),
                    format!("`{}` is not a crate name", name.get_ref()),
                );
            }
            if let Dependency::Table(t) = dep {
                if t.version.is_none() && t.path.is_none() {
                    err(
                        key,
                        name.span(),
                        "a dependency needs a `version` (or a `path`)".into(),
                    );
                }
            }
        }
    }

    /// The `[dependencies]` lines for a standalone crate's Cargo.toml, as Cargo writes them.
    pub fn dependency_lines(&self) -> Vec<String> {
        self.file
            .dependencies
            .iter()
            .map(|(name, dep)| {
                let value = match dep {
                    Dependency::Version(v) => toml_string(v.get_ref()),
                    Dependency::Table(t) => {
                        let mut parts = Vec::new();
                        if let Some(p) = &t.package {
                            parts.push(format!("package = {}", toml_string(p)));
                        }
                        if let Some(v) = &t.version {
                            parts.push(format!("version = {}", toml_string(v)));
                        }
                        if let Some(p) = &t.path {
                            parts.push(format!("path = {}", toml_string(p)));
                        }
                        if let Some(d) = t.default_features {
                            parts.push(format!("default-features = {d}"));
                        }
                        if !t.features.is_empty() {
                            let list: Vec<String> =
                                t.features.iter().map(|f| toml_string(f)).collect();
                            parts.push(format!("features = [{}]", list.join(", ")));
                        }
                        format!("{{ {} }}", parts.join(", "))
                    }
                };
                format!("{} = {value}", name.get_ref())
            })
            .collect()
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Why `s` is not a Rust identifier (keywords included), if it is not.
fn not_ident(s: &str) -> Option<&'static str> {
    let ok = syn::parse_str::<syn::Ident>(s).is_ok();
    (!ok).then_some("is not a Rust identifier (or is a keyword)")
}

/// Why `s` is not a Rust type, if it is not.
fn not_type(s: &str) -> Option<String> {
    match syn::parse_str::<syn::Type>(s) {
        Ok(_) => None,
        Err(e) => Some(format!("`{s}` is not a Rust type: {e}")),
    }
}

/// Why `s` is not one outer attribute (`#[...]`), if it is not.
fn not_attribute(s: &str) -> Option<String> {
    use syn::parse::Parser;
    match syn::Attribute::parse_outer.parse_str(s) {
        Ok(attrs) if attrs.len() == 1 => None,
        Ok(_) => Some(format!(
            "`{s}` is not one attribute (`#[serde(deny_unknown_fields)]`)"
        )),
        Err(e) => Some(format!("`{s}` is not an attribute: {e}")),
    }
}

/// A diagnostic in the config file `file` (text `text`) at byte range `span`.
fn at(
    file: &Path,
    text: &str,
    key: &str,
    span: Option<Range<usize>>,
    message: String,
) -> Diagnostic {
    let mut d = Diagnostic::new(file, key, message);
    if let Some(span) = span {
        let start = span.start.min(text.len());
        let before = text.get(..start).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let col = before.rfind('\n').map_or(before.chars().count(), |n| {
            before.get(n + 1..).unwrap_or("").chars().count()
        }) + 1;
        d.position = Some((line, col));
        d.offset = Some(start);
    }
    d
}
