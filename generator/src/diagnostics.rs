//! Errors and warnings that point at the input: file, JSON pointer and, where the source
//! is at hand, line and column. Rendered with codespan-reporting so every error reads the
//! same way.
//!
//! Three severities: an error refuses the document; a warning says what was accepted
//! although the document gets it wrong (or what converting it to OpenAPI 3.0 could not
//! carry over), and is an error under `--strict`; a note says what a valid document holds
//! that a client has no use for (callbacks, webhooks), and never fails.

use std::fmt;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::NoColor};

/// How much a [`Diagnostic`] matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Severity {
    /// Something valid that a client has no use for (callbacks, webhooks): said once,
    /// never an error.
    Note,
    /// Accepted, but the document gets it wrong or 3.0 cannot say it: an error under
    /// `--strict`.
    Warning,
    /// The document is refused.
    #[default]
    Error,
}

impl Severity {
    /// `error`, `warning` or `note`: how the CLI prefixes the line.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem found in an input document (or while writing output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// JSON pointer (RFC 6901) into the document, empty for the whole file; in a config
    /// file, the dotted key (`schemas.Pet.rename`).
    pub pointer: String,
    pub message: String,
    /// 1-based line and column, when known.
    pub position: Option<(usize, usize)>,
    /// Byte offset of the position, for the source excerpt.
    pub offset: Option<usize>,
}

impl Diagnostic {
    pub fn new(
        file: impl Into<PathBuf>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Error,
            file: file.into(),
            pointer: pointer.into(),
            message: message.into(),
            position: None,
            offset: None,
        }
    }

    /// The same diagnostic with another severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Render with a source excerpt when `source` is the text of `self.file`: `error`,
    /// `warning` or `note` in front, the file:line:col, the excerpt and the JSON pointer.
    pub fn render(&self, source: Option<&str>) -> String {
        let name = self.file.display().to_string();
        let report = match self.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
            Severity::Note => Report::note(),
        };
        let mut report = report.with_message(&self.message);
        let mut notes = Vec::new();
        if self.pointer.starts_with('/') {
            notes.push(format!("at JSON pointer {}", self.pointer));
        } else if !self.pointer.is_empty() {
            // A config file's key (`schemas.Pet.rename`).
            notes.push(format!("at key {}", self.pointer));
        }
        let text = source.unwrap_or("");
        if let (Some(off), Some(_)) = (self.offset, source) {
            let end = text
                .get(off..)
                .and_then(|t| t.find('\n'))
                .map_or(text.len(), |n| off + n);
            report = report.with_labels(vec![Label::primary((), off..end)]);
        }
        report = report.with_notes(notes);
        let file = SimpleFile::new(name.clone(), text);
        let mut out = NoColor::new(Vec::new());
        let config = term::Config::default();
        if term::emit(&mut out, &config, &file, &report).is_err() {
            return self.to_string();
        }
        let mut rendered = String::from_utf8_lossy(&out.into_inner()).into_owned();
        if self.offset.is_none() || source.is_none() {
            // Without an excerpt codespan prints no location: add the one we have.
            rendered.push_str(&format!("  --> {}\n", self.location()));
        }
        rendered
    }

    /// `file:line:col` (or just `file`).
    pub fn location(&self) -> String {
        match self.position {
            Some((l, c)) => format!("{}:{}:{}", self.file.display(), l, c),
            None => self.file.display().to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location(), self.message)?;
        if !self.pointer.is_empty() {
            write!(f, " (at {})", self.pointer)?;
        }
        Ok(())
    }
}

/// Everything that can go wrong in the pipeline. Several diagnostics may be reported at once.
#[derive(Debug)]
pub enum Error {
    Input(Vec<Diagnostic>),
    Io { path: PathBuf, message: String },
    Render { what: String, message: String },
}

impl Error {
    pub fn io(path: &Path, err: impl fmt::Display) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            message: err.to_string(),
        }
    }
    pub fn one(d: Diagnostic) -> Self {
        Error::Input(vec![d])
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(ds) => {
                for (i, d) in ds.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{d}")?;
                }
                Ok(())
            }
            Error::Io { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Render { what, message } => write!(f, "rendering {what}: {message}"),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
