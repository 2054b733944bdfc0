//! The `clientgen` command line: generate, check. In the library so tests can run it
//! in-process and read its exit code and output.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::{Error, Templates};

#[derive(Parser)]
#[command(
    name = "clientgen",
    version,
    about = "Generate typed async Rust clients from OpenAPI 3.0 documents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the workspace's clients (specs/ → generated/), or with --spec, a standalone crate.
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
        #[command(flatten)]
        dirs: Dirs,
    },
    /// Regenerate in memory and compare with generated/: exit 0 when equal, 1 with a diff when not.
    Check {
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        #[command(flatten)]
        dirs: Dirs,
    },
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

fn execute(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, Error> {
    match cli.command {
        Command::Generate {
            spec: Some(spec),
            out: dir,
            crate_name,
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
            let files = crate::crate_files(&spec, &templates, crate_name.as_deref())?;
            let report = crate::write_tree(&dir, &files, false)?;
            let _ = writeln!(
                out,
                "{}: {} written, {} unchanged",
                dir.display(),
                report.written.len(),
                report.unchanged.len()
            );
            Ok(0)
        }
        Command::Generate {
            spec: None,
            out: dir,
            crate_name: _,
            dirs,
        } => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("generated"));
            let files = crate::workspace_files(&dirs.specs, &dirs.templates()?)?;
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
        Command::Check { out: dir, dirs } => {
            let files = crate::workspace_files(&dirs.specs, &dirs.templates()?)?;
            let drifts = crate::drift(&dir, &files)?;
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
