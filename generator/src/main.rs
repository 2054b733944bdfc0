//! The `clientgen` command line: generate, check.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use clientgen::{Error, Templates};

#[derive(Parser)]
#[command(name = "clientgen", version, about = "Generate typed async Rust clients from OpenAPI 3.0 documents")]
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            report(&e);
            ExitCode::from(2)
        }
    }
}

fn report(e: &Error) {
    match e {
        Error::Input(ds) => {
            for d in ds {
                let source = std::fs::read_to_string(&d.file).ok();
                eprint!("{}", d.render(source.as_deref()));
            }
            eprintln!("error: {} problem(s); nothing was written", ds.len());
        }
        other => eprintln!("error: {other}; nothing was written"),
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Generate { spec: Some(spec), out, crate_name, dirs } => {
            let Some(out) = out else {
                eprintln!("error: --spec needs --out DIR");
                return Ok(ExitCode::from(2));
            };
            let templates = if dirs.templates.is_dir() && dirs.templates != PathBuf::from("templates") { dirs.templates()? } else { Templates::builtin() };
            let files = clientgen::crate_files(&spec, &templates, crate_name.as_deref())?;
            let report = clientgen::write_tree(&out, &files, false)?;
            println!("{}: {} written, {} unchanged", out.display(), report.written.len(), report.unchanged.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::Generate { spec: None, out, crate_name: _, dirs } => {
            let out = out.unwrap_or_else(|| PathBuf::from("generated"));
            let files = clientgen::workspace_files(&dirs.specs, &dirs.templates()?)?;
            let report = clientgen::write_tree(&out, &files, true)?;
            for p in &report.written {
                println!("wrote {}", out.join(p).display());
            }
            for p in &report.removed {
                println!("removed {}", out.join(p).display());
            }
            println!("{}: {} written, {} unchanged, {} removed", out.display(), report.written.len(), report.unchanged.len(), report.removed.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { out, dirs } => {
            let files = clientgen::workspace_files(&dirs.specs, &dirs.templates()?)?;
            let drifts = clientgen::drift(&out, &files)?;
            if drifts.is_empty() {
                println!("{} is up to date with {} ({} files)", out.display(), dirs.specs.display(), files.len());
                return Ok(ExitCode::SUCCESS);
            }
            for d in &drifts {
                print!("{}", d.diff);
            }
            eprintln!("{} file(s) in {} differ from what {} generates; run `cargo run -p clientgen -- generate`", drifts.len(), out.display(), dirs.specs.display());
            Ok(ExitCode::from(1))
        }
    }
}
