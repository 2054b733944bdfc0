//! The `clientgen` command line: generate, check. In the library so tests can run it
//! in-process and read its exit code and output.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::{Diagnostic, Error, Severity, Templates};

#[derive(Parser)]
#[command(
    name = "clientgen",
    version,
    about = "Generate typed async Rust clients from OpenAPI 3.0/3.1 and Swagger 2.0 documents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the workspace's clients (specs/ → generated/), or with --spec, a standalone crate.
    ///
    /// By default what real documents get wrong is read the way it is meant when that is
    /// unambiguous, with a warning naming the file, line:column and JSON pointer, e.g.
    ///
    ///   warning: api.yaml:4:5: path template `/customers/{account}` uses `{account}` but the
    ///   operation declares no path parameter `account`: taken as a required string path
    ///   parameter (at /paths/~1customers~1{account}/get)
    ///
    /// With --strict every warning is an error (exit 2, nothing written), e.g.
    ///
    ///   error: `info.version` is a number, not a string: taken as the text `1.10` (quote
    ///   it: `version: '1.10'`)
    ///     ┌─ api.yaml:3:3
    ///     = at JSON pointer /info/version
    ///
    /// Notes (callbacks and webhooks, which a client has no use for) never fail.
    #[command(verbatim_doc_comment)]
    Generate {
        /// One spec to turn into a standalone crate (needs --out).
        #[arg(long)]
        spec: Option<PathBuf>,
        /// Output directory: generated/ by default; the crate directory with --spec.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Crate name for --spec (default: <spec stem>-client).
        #[arg(long)]
        crate_name: Option<String>,
        /// Every warning is an error: refuse what the lenient default reads with a warning
        /// (for checking your own specs). Notes never fail.
        #[arg(long)]
        strict: bool,
        #[command(flatten)]
        dirs: Dirs,
    },
    /// What a spec edit does to callers: breaking and non-breaking API changes between two specs.
    Diff {
        /// OLD NEW, or with --git REV just the spec (its version at REV is the old one).
        #[arg(required = true, num_args = 1..=2)]
        specs: Vec<PathBuf>,
        /// Compare the spec with its version at this git revision.
        #[arg(long)]
        git: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit 1 when there are breaking changes (default), any change, or never.
        #[arg(long, value_enum, default_value_t = FailOn::Breaking)]
        fail_on: FailOn,
    },
    /// Regenerate in memory and compare with generated/: exit 0 when equal, 1 with a diff when not.
    Check {
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        #[command(flatten)]
        dirs: Dirs,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    None,
    Breaking,
    Any,
}

#[derive(clap::Args)]
struct Dirs {
    /// Directory of OpenAPI documents.
    #[arg(long, default_value = "specs")]
    specs: PathBuf,
    /// Directory of templates (built-in templates fill any gaps).
    #[arg(long, default_value = "templates")]
    templates: PathBuf,
}

impl Dirs {
    fn templates(&self) -> Result<Templates, Error> {
        if self.templates.is_dir() {
            Templates::from_dir(&self.templates)
        } else {
            Ok(Templates::builtin())
        }
    }
}

/// Run the CLI with `args` (program name first). Returns the exit code: 0 success,
/// 1 drift found by `check`, 2 bad input or usage.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let text = e.render().to_string();
            let _ = if code == 0 {
                write!(out, "{text}")
            } else {
                write!(err, "{text}")
            };
            return code;
        }
    };
    match execute(cli, out, err) {
        Ok(code) => code,
        Err(e) => {
            report(&e, err);
            2
        }
    }
}

fn report(e: &Error, err: &mut dyn Write) {
    match e {
        Error::Input(ds) => {
            for d in ds {
                let source = std::fs::read_to_string(&d.file).ok();
                let _ = write!(err, "{}", d.render(source.as_deref()));
            }
            let _ = writeln!(err, "error: {} problem(s); nothing was written", ds.len());
        }
        other => {
            let _ = writeln!(err, "error: {other}; nothing was written");
        }
    }
}

/// Print warnings and notes, one line each (`warning: file:line:col: message (at pointer)`).
/// With `strict`, warnings are errors instead, rendered like every other refusal (excerpt,
/// file:line:col, JSON pointer): returns true when that refuses the document.
fn warnings(list: &[Diagnostic], strict: bool, err: &mut dyn Write) -> bool {
    let errors: Vec<Diagnostic> = list
        .iter()
        .filter(|d| strict && d.severity == Severity::Warning)
        .map(|d| d.clone().with_severity(Severity::Error))
        .collect();
    if errors.is_empty() {
        for d in list {
            let _ = writeln!(err, "{}: {d}", d.severity.label());
        }
        return false;
    }
    for d in &errors {
        let source = std::fs::read_to_string(&d.file).ok();
        let _ = write!(err, "{}", d.render(source.as_deref()));
    }
    let _ = writeln!(
        err,
        "error: {} warning(s), errors with --strict; nothing was written",
        errors.len()
    );
    true
}

fn execute(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, Error> {
    match cli.command {
        Command::Generate {
            spec: Some(spec),
            out: dir,
            crate_name,
            strict,
            dirs,
        } => {
            let Some(dir) = dir else {
                let _ = writeln!(err, "error: --spec needs --out DIR");
                return Ok(2);
            };
            let templates = if dirs.templates.is_dir()
                && dirs.templates.as_path() != std::path::Path::new("templates")
            {
                dirs.templates()?
            } else {
                Templates::builtin()
            };
            let (files, found) = crate::standalone_crate(&spec, &templates, crate_name.as_deref())?;
            if warnings(&found, strict, err) {
                return Ok(2);
            }
            let report = crate::write_tree(&dir, &files, false)?;
            let _ = writeln!(
                out,
                "{}: {} written, {} unchanged",
                dir.display(),
                report.written.len(),
                report.unchanged.len()
            );
            let count = |s: Severity| found.iter().filter(|d| d.severity == s).count();
            let (w, n) = (count(Severity::Warning), count(Severity::Note));
            if w + n > 0 {
                let _ = writeln!(
                    err,
                    "{}: {w} warning(s), {n} note(s); the crate was generated",
                    spec.display(),
                );
            }
            Ok(0)
        }
        Command::Generate {
            spec: None,
            out: dir,
            crate_name: _,
            strict,
            dirs,
        } => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("generated"));
            let (files, found) =
                crate::workspace_files_and_warnings(&dirs.specs, &dirs.templates()?)?;
            if warnings(&found, strict, err) {
                return Ok(2);
            }
            let report = crate::write_tree(&dir, &files, true)?;
            for p in &report.written {
                let _ = writeln!(out, "wrote {}", dir.join(p).display());
            }
            for p in &report.removed {
                let _ = writeln!(out, "removed {}", dir.join(p).display());
            }
            let _ = writeln!(
                out,
                "{}: {} written, {} unchanged, {} removed",
                dir.display(),
                report.written.len(),
                report.unchanged.len(),
                report.removed.len()
            );
            Ok(0)
        }
        Command::Diff {
            specs,
            git,
            format,
            fail_on,
        } => {
            let (old, new) = match (specs.as_slice(), git) {
                ([new], Some(rev)) => (load_at_revision(new, &rev)?, crate::load_service(new)?.api),
                ([old, new], None) => {
                    (crate::load_service(old)?.api, crate::load_service(new)?.api)
                }
                _ => {
                    let _ = writeln!(err, "error: give OLD NEW, or --git REV SPEC");
                    return Ok(2);
                }
            };
            let report = crate::diff::compare(&old, &new);
            let name = specs
                .last()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let text = match format {
                Format::Text => crate::diff::render_text(&name, &report),
                Format::Json => crate::diff::render_json(&name, &report),
                Format::Markdown => crate::diff::render_markdown(&name, &report),
            };
            let _ = writeln!(out, "{}", text.trim_end());
            let fail = match fail_on {
                FailOn::None => false,
                FailOn::Breaking => report.is_breaking(),
                FailOn::Any => !report.changes.is_empty(),
            };
            Ok(u8::from(fail))
        }
        Command::Check { out: dir, dirs } => {
            let files = crate::workspace_files(&dirs.specs, &dirs.templates()?)?;
            let drifts = crate::drift(&dir, &files)?;
            // The API-level view of the spec edits since the last commit, beside the text diff.
            for spec in crate::spec_files(&dirs.specs)? {
                if let (Ok(old), Ok(new)) =
                    (load_at_revision(&spec, "HEAD"), crate::load_service(&spec))
                {
                    let report = crate::diff::compare(&old, &new.api);
                    if !report.changes.is_empty() {
                        let _ = writeln!(
                            err,
                            "{} since HEAD: {} (details: clientgen diff --git HEAD {})",
                            spec.display(),
                            report.summary(),
                            spec.display()
                        );
                    }
                }
            }
            if drifts.is_empty() {
                let _ = writeln!(
                    out,
                    "{} is up to date with {} ({} files)",
                    dir.display(),
                    dirs.specs.display(),
                    files.len()
                );
                return Ok(0);
            }
            for d in &drifts {
                let _ = write!(out, "{}", d.diff);
            }
            let _ = writeln!(err, "{} file(s) in {} differ from what {} generates; run `cargo run -p clientgen -- generate` and commit the result", drifts.len(), dir.display(), dirs.specs.display());
            Ok(1)
        }
    }
}

/// The IR of `spec` as it was at git revision `rev`.
fn load_at_revision(spec: &std::path::Path, rev: &str) -> Result<crate::ir::Api, Error> {
    let dir = spec
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = spec
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shown = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("{rev}:./{name}"))
        .output()
        .map_err(|e| Error::io(spec, format!("running git: {e}")))?;
    if !shown.status.success() {
        return Err(Error::io(
            spec,
            format!(
                "git show {rev}:./{name}: {}",
                String::from_utf8_lossy(&shown.stderr).trim()
            ),
        ));
    }
    let text = String::from_utf8(shown.stdout).map_err(|e| Error::io(spec, e))?;
    let label = std::path::PathBuf::from(format!("{rev}:{}", spec.display()));
    let doc = crate::load::load_str(&label, text)?;
    crate::ir::lower(&doc, &crate::module_name(spec))
}
