//! syn + prettyplease formatting; rustfmt afterwards when it is installed, so committed
//! output is exactly what `cargo fmt --check` expects.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::diagnostics::{Error, Result};

/// Parse and pretty-print Rust source. A parse failure is a template bug: report where.
pub fn format_rust(source: &str, what: &str) -> Result<String> {
    // syn drops plain comments: keep the leading `//` header (the @generated marker).
    let header: String = source
        .lines()
        .take_while(|l| {
            l.trim().is_empty()
                || (l.starts_with("//") && !l.starts_with("//!") && !l.starts_with("///"))
        })
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let file = syn::parse_file(source).map_err(|e| {
        let start = e.span().start();
        let line = source
            .lines()
            .nth(start.line.saturating_sub(1))
            .unwrap_or("");
        Error::Render {
            what: what.to_string(),
            message: format!(
                "generated code does not parse at {}:{}: {e}\n  | {line}",
                start.line, start.column
            ),
        }
    })?;
    let pretty = format!("{header}{}", space_items(&prettyplease::unparse(&file)));
    Ok(rustfmt(&pretty).unwrap_or(pretty))
}

/// Format with the installed rustfmt (`$RUSTFMT` or `rustfmt`); `None` when it is missing or fails.
pub fn rustfmt(source: &str) -> Option<String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(program)
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = source.to_string();
    // Write on another thread: rustfmt may fill its stdout pipe before reading all input.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

/// A blank line after each item or block that closes on its own line, so consecutive
/// items read (and diff) as separate paragraphs; prettyplease emits none. Only whitespace
/// between tokens changes (generated string literals never span lines).
fn space_items(src: &str) -> String {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = String::with_capacity(src.len() + src.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let closes = matches!(line.trim(), "}" | "};");
        let next = lines.get(i + 1).map_or("", |l| l.trim());
        let continues = next.is_empty()
            || next.starts_with(['}', ')', ']', ',', '.', '?', ';'])
            || next.starts_with("else");
        if closes && !continues {
            out.push('\n');
        }
    }
    out
}
