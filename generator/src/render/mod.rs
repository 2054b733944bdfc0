//! Stage 3 — render: minijinja templates turn the IR into Rust and Markdown; Rust output
//! is parsed with syn (so a template bug is an error, not broken code) and formatted.

mod auth;
mod filters;
mod format;
pub mod gates;
pub(crate) mod layout;
mod rust;
mod signature;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use std::error::Error as _;

use minijinja::{context, Environment};
use serde::Serialize;

use crate::diagnostics::{Error, Result};
use crate::ir::Api;

pub use auth::{scheme_setups, BuilderMethod, Example, SchemeSetup};
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
    "mock.rs.j2",
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
    ("mock.rs.j2", include_str!("../../../templates/mock.rs.j2")),
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

    /// The environment; the `rust` filter names generated types from `names` (the type
    /// table's names of the API being rendered, by id).
    fn env(&self, names: Arc<[String]>) -> Result<Environment<'_>> {
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_recursion_limit(200);
        filters::register(&mut env);
        env.add_filter(
            "rust",
            move |value: minijinja::Value, prefix: Option<String>| {
                rust::filter(&names, value, prefix)
            },
        );
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

    /// Render one template with `ctx` (no generated types to name).
    pub fn render(&self, name: &str, ctx: minijinja::Value) -> Result<String> {
        self.render_with(name, ctx, Arc::from([]))
    }

    /// Render one template with `ctx`, naming generated types from `names` (by id).
    pub fn render_with(
        &self,
        name: &str,
        ctx: minijinja::Value,
        names: Arc<[String]>,
    ) -> Result<String> {
        let env = self.env(names)?;
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
    render_api_gated(t, api, spec_file, layout, crate_path, None)
}

/// [`render_api`] for a crate with per-tag features: each gated item gets its
/// `#[cfg(feature = …)]` and the README lists the features; the runtime features each
/// tag's code uses are recorded in `features`.
pub fn render_api_gated(
    t: &Templates,
    api: &Api,
    spec_file: &str,
    layout: Layout,
    crate_path: &str,
    features: Option<&mut crate::features::Features>,
) -> Result<Vec<(PathBuf, String)>> {
    // Serializing the API into template values recurses as deep as its types nest: on a
    // big stack, like loading and lowering (whose freed memory it then reuses, since the
    // allocator hands that thread the same arena).
    let (ctx, jobs) = crate::stack::on_big_stack(|| {
        let _span = crate::timings::span("context", || spec_file.to_string());
        api_jobs(api, spec_file, layout, crate_path, features.as_deref())
    });
    let names = type_names(api);
    let file_gates = features.as_deref().map(|f| file_gates(api, f));
    // With features, the README (which lists each feature's runtime features) waits for
    // the code.
    let (now, later): (Vec<_>, Vec<_>) = jobs
        .iter()
        .partition(|(path, _)| features.is_none() || path.ends_with(".rs"));
    // The files render on a pool of workers (one per core), biggest first, and the syn
    // check of each Rust file is queued as pieces once the file is laid out, so that every
    // core stays busy until the end: checking the module file alone took as long as
    // rendering the three others did. Each render job owns a handle on the context and
    // lets it go once its template has rendered: the context (the whole API as template
    // values, hundreds of megabytes for Microsoft Graph) is freed when the last template
    // is done, not held while the output is checked.
    let mut jobs: Vec<Job> = now
        .iter()
        .enumerate()
        .map(|(file, &&(path, template))| Job::Render {
            file,
            path,
            template,
            ctx: ctx.clone(),
            gates: file_gates.as_ref().and_then(|g| g.get(path)).cloned(),
        })
        .collect();
    // The README is the smallest job: last, to fill the gaps (the files keep their order).
    jobs.sort_by_key(|job| matches!(job, Job::Render { path, .. } if path.ends_with(".md")));
    let files_now = jobs.len();
    drop(ctx);
    let done = crate::stack::run_queue(jobs, crate::stack::workers(), |job| {
        run_job(t, spec_file, &names, job)
    });
    let mut files = Vec::new();
    let mut used = Vec::new();
    for (path, text, u) in collect_files(done, files_now)? {
        files.push((path, text));
        used.extend(u);
    }
    if let Some(f) = features {
        f.record_runtime(&used);
        // Serialized again (now with each feature's runtime parts): on the big stack too.
        let (ctx, _) =
            crate::stack::on_big_stack(|| api_jobs(api, spec_file, layout, crate_path, Some(f)));
        for (path, template) in later {
            let text =
                crate::stack::on_big_stack(|| t.render_with(template, ctx.clone(), names.clone()))?;
            files.push((PathBuf::from(path), normalize_markdown(&text)));
        }
    }
    Ok(files)
}

/// A piece of work of [`render_api_gated`]'s pool.
enum Job {
    /// Render file number `file` from `template`, add its gates, lay it out; a Rust file
    /// then queues its syn check as [`Job::Check`]s.
    Render {
        file: usize,
        path: &'static str,
        template: &'static str,
        ctx: minijinja::Value,
        gates: Option<gates::FileGates>,
    },
    /// Parse one piece (`range`, starting on 0-based line `first_line`) of a laid-out file.
    Check {
        file: usize,
        piece: usize,
        text: Arc<String>,
        range: std::ops::Range<usize>,
        first_line: usize,
        what: Arc<str>,
    },
}

/// What a [`Job`] left.
enum Done {
    /// A file laid out (not yet checked, when it is Rust), and the runtime features its
    /// gated items use.
    Laid {
        file: usize,
        path: &'static str,
        text: Arc<String>,
        used: gates::Used,
    },
    /// The check of one piece of a file.
    Checked {
        file: usize,
        piece: usize,
        result: Result<()>,
    },
    /// A file whose template failed.
    Failed { file: usize, error: Error },
}

fn run_job(t: &Templates, spec_file: &str, names: &Arc<[String]>, job: Job) -> (Done, Vec<Job>) {
    match job {
        Job::Render {
            file,
            path,
            template,
            ctx,
            gates,
        } => {
            let what = || format!("{path} ({spec_file})");
            let rendering = crate::timings::span("template", what);
            let rendered = t.render_with(template, ctx, names.clone());
            drop(rendering);
            let mut text = match rendered {
                Ok(text) => text,
                Err(error) => return (Done::Failed { file, error }, Vec::new()),
            };
            let mut used = Vec::new();
            if let Some(g) = gates {
                (text, used) = gates::apply(&text, &g);
            }
            let _span = crate::timings::span("format", what);
            let rust = path.ends_with(".rs");
            let text = Arc::new(if rust {
                format::lay_out(&text)
            } else {
                normalize_markdown(&text)
            });
            let checks = if rust {
                let what: Arc<str> = what().into();
                format::parse_pieces(&text)
                    .into_iter()
                    .enumerate()
                    .map(|(piece, (range, first_line))| Job::Check {
                        file,
                        piece,
                        text: text.clone(),
                        range,
                        first_line,
                        what: what.clone(),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let done = Done::Laid {
                file,
                path,
                text,
                used,
            };
            (done, checks)
        }
        Job::Check {
            file,
            piece,
            text,
            range,
            first_line,
            what,
        } => {
            let result = format::check_piece(text.get(range).unwrap_or(""), first_line, &what);
            (
                Done::Checked {
                    file,
                    piece,
                    result,
                },
                Vec::new(),
            )
        }
    }
}

/// The files of `files` jobs from what their jobs left, in file order; the first file's
/// error when one failed (its template's, or the check of its first piece that does not
/// parse), as rendering them one after another would report.
fn collect_files(done: Vec<Done>, files: usize) -> Result<Vec<(PathBuf, String, gates::Used)>> {
    let mut laid: Vec<Option<(&'static str, Arc<String>, gates::Used)>> =
        (0..files).map(|_| None).collect();
    let mut errors: Vec<Option<(usize, Error)>> = (0..files).map(|_| None).collect();
    for d in done {
        let (file, piece, error) = match d {
            Done::Laid {
                file,
                path,
                text,
                used,
            } => {
                if let Some(slot) = laid.get_mut(file) {
                    *slot = Some((path, text, used));
                }
                continue;
            }
            Done::Checked { result: Ok(()), .. } => continue,
            Done::Checked {
                file,
                piece,
                result: Err(error),
            } => (file, piece, error),
            // A template's failure comes before any piece of its file.
            Done::Failed { file, error } => (file, 0, error),
        };
        if let Some(slot) = errors.get_mut(file) {
            if slot.as_ref().is_none_or(|(p, _)| piece < *p) {
                *slot = Some((piece, error));
            }
        }
    }
    let mut out = Vec::with_capacity(files);
    for (laid, error) in laid.into_iter().zip(errors) {
        if let Some((_, error)) = error {
            return Err(error);
        }
        if let Some((path, text, used)) = laid {
            // Every check job has let go of the text by now: no copy is made.
            let text = Arc::try_unwrap(text).unwrap_or_else(|shared| shared.to_string());
            out.push((PathBuf::from(path), text, used));
        }
    }
    Ok(out)
}

/// Which gate each item of the module file and of `types.rs` has.
fn file_gates(
    api: &Api,
    features: &crate::features::Features,
) -> BTreeMap<&'static str, gates::FileGates> {
    let mut module = gates::FileGates {
        methods: features.operations.clone(),
        items: features.header_structs.clone(),
    };
    let gate_of = |ident: &String| {
        features
            .operations
            .get(ident)
            .cloned()
            .unwrap_or(crate::filter::reach::Gate::Always)
    };
    for op in &api.operations {
        // An error enum other operations share (their error types are aliases of it) is
        // needed whenever any of them is.
        if let crate::ir::ErrorEnum::Enum { shared_by } = &op.errors {
            let mut gate = gate_of(&op.ident);
            for user in shared_by {
                gate.widen(&gate_of(user));
            }
            if gate != crate::filter::reach::Gate::Always {
                module.items.insert(op.error_type.clone(), gate);
            }
        }
        if let Some(g) = features.operations.get(&op.ident) {
            let mut owned = vec![op.builder_type.clone()];
            if !matches!(op.errors, crate::ir::ErrorEnum::Enum { .. }) {
                owned.push(op.error_type.clone());
            }
            if let crate::ir::Success::Enum { name, .. } = &op.success {
                owned.push(name.clone());
            }
            for name in owned {
                module.items.insert(name, g.clone());
            }
        }
    }
    let types = gates::FileGates {
        items: features.types.clone(),
        methods: BTreeMap::new(),
    };
    [
        ("lib.rs", module.clone()),
        ("mod.rs", module),
        ("types.rs", types),
    ]
    .into()
}

/// The type table's names, by id: what the `rust` filter names generated types with.
fn type_names(api: &Api) -> Arc<[String]> {
    api.types.iter().map(|t| t.name.clone()).collect()
}

/// The templates' context for one API, and which template makes which file.
fn api_jobs(
    api: &Api,
    spec_file: &str,
    layout: Layout,
    crate_path: &str,
    features: Option<&crate::features::Features>,
) -> (minijinja::Value, [(&'static str, &'static str); 4]) {
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
        .map(|op| (op.ident.as_str(), signature(op, &api.types)))
        .collect();
    // Each scheme's builder methods: the module defines them, the README shows them.
    let auth_setup = scheme_setups(&api.security_schemes);
    let tag_features = features.map(|f| f.features.as_slice()).unwrap_or_default();
    let ctx = context! { api => api, signatures => signatures, auth_setup => auth_setup, spec_file => spec_file, standalone => standalone, crate_path => crate_path, crate_root => crate_root, tag_features => tag_features };
    let module_file = if standalone { "lib.rs" } else { "mod.rs" };
    (
        ctx,
        [
            (module_file, "client.rs.j2"),
            ("types.rs", "types.rs.j2"),
            ("README.md", "docs.md.j2"),
            ("mock.rs", "mock.rs.j2"),
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
    let (ctx, jobs) = api_jobs(api, spec_file, layout, crate_path, None);
    let names = type_names(api);
    jobs.iter()
        .map(|(path, template)| {
            let text = t.render_with(template, ctx.clone(), names.clone())?;
            Ok((PathBuf::from(path), text))
        })
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
    // The manifest names the API, nothing more: its title, version, description and
    // module, not the whole IR (serializing that for the template context costs seconds
    // and hundreds of megabytes on Microsoft Graph).
    let summary = context! {
        title => api.title,
        version => api.version,
        description => api.description,
        module => api.module,
    };
    t.render_with(
        "Cargo.toml.j2",
        context! {
            api => summary,
            crate_name => crate_name,
            crate_version => version,
            description => description,
            license => meta.license,
            repository => meta.repository,
            extra_dependencies => meta.dependencies,
            spec_file => spec_file,
            runtime => runtime,
        },
        type_names(api),
    )
    .map(|mut manifest| {
        // minijinja drops the template's final newline; a file ends with one.
        if !manifest.ends_with('\n') {
            manifest.push('\n');
        }
        manifest
    })
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

#[cfg(test)]
mod tests {
    use super::{collect_files, Done};
    use crate::diagnostics::Error;
    use std::sync::Arc;

    fn error(what: &str) -> Error {
        Error::Render {
            what: what.into(),
            message: String::new(),
        }
    }

    fn laid(file: usize, path: &'static str) -> Done {
        Done::Laid {
            file,
            path,
            text: Arc::new(format!("// {path}\n")),
            used: Vec::new(),
        }
    }

    fn checked(file: usize, piece: usize, bad: Option<&str>) -> Done {
        Done::Checked {
            file,
            piece,
            result: bad.map_or(Ok(()), |what| Err(error(what))),
        }
    }

    /// Jobs finish in any order; the files come back in file order, and the error is the
    /// one rendering and checking the files one after another would meet first.
    #[test]
    fn files_come_in_order_and_the_first_error_in_file_order_wins() {
        let fine = vec![checked(1, 0, None), laid(1, "b.rs"), laid(0, "a.rs")];
        let files = collect_files(fine, 2).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|(p, t, _)| (p.clone(), t.clone()))
            .collect();
        assert_eq!(
            names,
            [
                ("a.rs".into(), "// a.rs\n".into()),
                ("b.rs".into(), "// b.rs\n".into())
            ]
        );
        let failing = || {
            vec![
                Done::Failed {
                    file: 2,
                    error: error("template of file 2"),
                },
                laid(1, "b.rs"),
                checked(1, 3, Some("piece 3 of file 1")),
                checked(1, 0, None),
                checked(1, 1, Some("piece 1 of file 1")),
                laid(0, "a.rs"),
                checked(0, 0, None),
            ]
        };
        for reversed in [false, true] {
            let mut done = failing();
            if reversed {
                done.reverse();
            }
            let err = collect_files(done, 3).unwrap_err();
            assert!(matches!(err, Error::Render { what, .. } if what == "piece 1 of file 1"));
        }
        let mut later = failing();
        later.retain(|d| !matches!(d, Done::Checked { file: 1, .. }));
        let err = collect_files(later, 3).unwrap_err();
        assert!(matches!(err, Error::Render { what, .. } if what == "template of file 2"));
    }
}
