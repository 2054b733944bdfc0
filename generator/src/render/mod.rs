//! Stage 3 — render: minijinja templates turn the IR into Rust and Markdown; Rust output
//! is parsed with syn (so a template bug is an error, not broken code) and formatted.

mod filters;
mod format;
mod rename;
mod rust;
mod signature;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use std::error::Error as _;

use minijinja::{context, Environment};
use serde::Serialize;

use crate::diagnostics::{Error, Result};
use crate::ir::Api;

pub use format::{format_rust, format_rust_many, rustfmt};
pub use rust::{rust_type, scalar};
pub use signature::{signature, Arg, Input, Signature};

/// The template files the generator renders, by name.
pub const TEMPLATE_NAMES: &[&str] = &[
    "macros.j2",
    "client.rs.j2",
    "operation.rs.j2",
    "types.rs.j2",
    "lib.rs.j2",
    "docs.md.j2",
    "Cargo.toml.j2",
];

/// The templates shipped in the binary (the repository's `templates/` at build time), so a
/// standalone `clientgen` works without a checkout.
const BUILTIN: &[(&str, &str)] = &[
    ("macros.j2", include_str!("../../../templates/macros.j2")),
    (
        "client.rs.j2",
        include_str!("../../../templates/client.rs.j2"),
    ),
    (
        "operation.rs.j2",
        include_str!("../../../templates/operation.rs.j2"),
    ),
    (
        "types.rs.j2",
        include_str!("../../../templates/types.rs.j2"),
    ),
    ("lib.rs.j2", include_str!("../../../templates/lib.rs.j2")),
    ("docs.md.j2", include_str!("../../../templates/docs.md.j2")),
    (
        "Cargo.toml.j2",
        include_str!("../../../templates/Cargo.toml.j2"),
    ),
];

/// A set of templates: from a directory (users customise output there) or built in.
#[derive(Debug, Clone)]
pub struct Templates {
    sources: BTreeMap<String, String>,
    origin: Option<PathBuf>,
}

impl Templates {
    pub fn builtin() -> Self {
        Templates {
            sources: BUILTIN
                .iter()
                .map(|(n, s)| (n.to_string(), s.to_string()))
                .collect(),
            origin: None,
        }
    }

    /// Templates from `dir`; any it lacks come from the built-in set.
    pub fn from_dir(dir: &Path) -> Result<Self> {
        let mut t = Self::builtin();
        for name in TEMPLATE_NAMES {
            let path = dir.join(name);
            if path.exists() {
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                t.sources.insert(name.to_string(), text);
            }
        }
        t.origin = Some(dir.to_path_buf());
        Ok(t)
    }

    fn env(&self) -> Result<Environment<'_>> {
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_recursion_limit(200);
        filters::register(&mut env);
        for (name, src) in &self.sources {
            env.add_template(name, src)
                .map_err(|e| self.error(name, &e))?;
        }
        Ok(env)
    }

    fn error(&self, name: &str, e: &minijinja::Error) -> Error {
        let mut msg = e.to_string();
        let mut source = e.source();
        while let Some(s) = source {
            msg.push_str(&format!(": {s}"));
            source = s.source();
        }
        let what = match &self.origin {
            Some(dir) => dir.join(name).display().to_string(),
            None => format!("built-in template {name}"),
        };
        Error::Render { what, message: msg }
    }

    /// Render one template with `ctx`.
    pub fn render(&self, name: &str, ctx: minijinja::Value) -> Result<String> {
        let env = self.env()?;
        let tmpl = env.get_template(name).map_err(|e| self.error(name, &e))?;
        tmpl.render(ctx).map_err(|e| self.error(name, &e))
    }
}

/// What each service contributes to the crate root.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceSummary {
    pub module: String,
    pub title: String,
    pub operations: usize,
}

/// How a module is placed: inside the workspace crate, or as a crate of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Workspace,
    Standalone,
}

/// Render one API: the module file, its types, and its Markdown docs.
/// Returns (relative path, content); paths are relative to the module directory.
/// Each file renders on a thread with a big stack: templates, parsing and printing
/// recurse as deep as the types nest.
pub fn render_api(
    t: &Templates,
    api: &Api,
    spec_file: &str,
    layout: Layout,
    crate_path: &str,
) -> Result<Vec<(PathBuf, String)>> {
    let (ctx, jobs) = api_jobs(api, spec_file, layout, crate_path);
    // Each file renders and is formatted on a thread of its own, so rustfmt works on one
    // while the next is still rendering.
    let results = crate::stack::run_parallel(
        jobs.iter()
            .map(|(path, template)| {
                let ctx = ctx.clone();
                move || -> Result<(PathBuf, String)> {
                    let text = t.render(template, ctx)?;
                    let out = if path.ends_with(".rs") {
                        format_rust(&text, &format!("{path} ({spec_file})"))?
                    } else {
                        normalize_markdown(&text)
                    };
                    Ok((PathBuf::from(path), out))
                }
            })
            .collect(),
    );
    results.into_iter().collect()
}

/// The templates' context for one API, and which template makes which file.
fn api_jobs(
    api: &Api,
    spec_file: &str,
    layout: Layout,
    crate_path: &str,
) -> (minijinja::Value, [(&'static str, &'static str); 3]) {
    let standalone = layout == Layout::Standalone;
    let crate_root = if standalone {
        crate_path.to_string()
    } else {
        crate_path
            .split("::")
            .next()
            .unwrap_or(crate_path)
            .to_string()
    };
    // Each operation's signature, by method name: the method, its builder and its docs
    // all read it.
    let signatures: BTreeMap<&str, Signature> = api
        .operations
        .iter()
        .map(|op| (op.ident.as_str(), signature(op)))
        .collect();
    let ctx = context! { api => api, signatures => signatures, spec_file => spec_file, standalone => standalone, crate_path => crate_path, crate_root => crate_root };
    let module_file = if standalone { "lib.rs" } else { "mod.rs" };
    (
        ctx,
        [
            (module_file, "client.rs.j2"),
            ("types.rs", "types.rs.j2"),
            ("README.md", "docs.md.j2"),
        ],
    )
}

/// What [`render_api`] renders, before Rust is parsed and formatted and Markdown tidied:
/// the templates' output as is (for callers that check it themselves, such as the fuzz
/// tests, which parse it with syn but skip the formatter).
pub fn render_api_raw(
    t: &Templates,
    api: &Api,
    spec_file: &str,
    layout: Layout,
    crate_path: &str,
) -> Result<Vec<(PathBuf, String)>> {
    crate::stack::on_big_stack(|| render_templates(t, api, spec_file, layout, crate_path))
}

fn render_templates(
    t: &Templates,
    api: &Api,
    spec_file: &str,
    layout: Layout,
    crate_path: &str,
) -> Result<Vec<(PathBuf, String)>> {
    let (ctx, jobs) = api_jobs(api, spec_file, layout, crate_path);
    jobs.iter()
        .map(|(path, template)| Ok((PathBuf::from(path), t.render(template, ctx.clone())?)))
        .collect()
}

/// The workspace crate root listing every service.
pub fn render_lib(t: &Templates, services: &[ServiceSummary]) -> Result<String> {
    format_rust(
        &t.render("lib.rs.j2", context! { services => services })?,
        "lib.rs",
    )
}

/// Cargo.toml of a standalone crate; `runtime` is what it says about the runtime
/// (dependencies, features, lints).
pub fn render_cargo_toml(
    t: &Templates,
    api: &Api,
    crate_name: &str,
    meta: &crate::CrateMeta,
    spec_file: &str,
    runtime: &crate::runtime::Manifest,
) -> Result<String> {
    let version = meta.version.as_deref().unwrap_or("0.1.0");
    let description = meta
        .description
        .clone()
        .unwrap_or_else(|| format!("{} client generated by clientgen", api.title));
    t.render(
        "Cargo.toml.j2",
        context! {
            api => api,
            crate_name => crate_name,
            crate_version => version,
            description => description,
            license => meta.license,
            repository => meta.repository,
            extra_dependencies => meta.dependencies,
            spec_file => spec_file,
            runtime => runtime,
        },
    )
}

/// Blank lines around headings and tables, runs of blank lines collapsed, one final
/// newline: templates stay readable without tracking every line break.
fn normalize_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    let mut in_fence = false;
    let mut prev = "";
    for line in s.lines() {
        let line = line.trim_end();
        if line.starts_with("```") {
            in_fence = !in_fence;
        }
        let needs_gap = !in_fence
            && !prev.is_empty()
            && ((line.starts_with('#') && !line.starts_with("#["))
                || (prev.starts_with('#') && !prev.starts_with("#["))
                || (prev.starts_with('|') && !line.starts_with('|'))
                || (line.starts_with('|') && !prev.starts_with('|')));
        if needs_gap {
            out.push('\n');
            blank = 1;
        }
        prev = line;
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    let trimmed = out.trim_matches('\n');
    format!("{trimmed}\n")
}
