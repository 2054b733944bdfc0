//! Layout of generated Rust. The templates emit code already laid out as rustfmt would
//! (long signatures, calls and attributes broken by `render/layout.rs`), so generation runs
//! no formatter: rustfmt was two thirds of the time on large specs, and output could differ
//! on a machine without it. Here the templates' blank lines are dropped, a blank line is put
//! between items, and syn parses the result piece by piece (a parse failure is a template
//! bug, reported with its line).

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::diagnostics::{Error, Result};

/// Lay out generated Rust: the templates' text with their blank lines replaced by the ones
/// between items (see `space_items`), checked by parsing it (a template bug is an error
/// naming the line and quoting it, never a file that does not compile). The templates and
/// `render/layout.rs` emit code exactly as rustfmt (default settings, `max_width` 100)
/// would lay it out, so no formatter runs: output is the same with or without rustfmt
/// installed (a test runs rustfmt over every spec's output and asserts it changes nothing).
pub fn format_rust(source: &str, what: &str) -> Result<String> {
    let out = lay_out(source);
    check_parses(&out, what)?;
    Ok(out)
}

/// [`format_rust`]'s layout without its check: the templates' blank lines replaced by the
/// ones between items. The caller checks the result with [`parse_pieces`] and
/// [`check_piece`] (side by side, for a big file).
pub(crate) fn lay_out(source: &str) -> String {
    space_items(&strip_blank_lines(source))
}

/// Bytes of code syn parses at a time: the file is cut between top-level items once a
/// piece is this long, so memory holds one piece's syntax tree, not the whole file's
/// (GitHub's types are 170,000 lines).
const PARSE_PIECE: usize = 256 * 1024;

/// Parse `out` with syn, piece by piece (see [`parse_pieces`]); a failure names its line
/// in the file.
fn check_parses(out: &str, what: &str) -> Result<()> {
    for (range, first_line) in parse_pieces(out) {
        check_piece(out.get(range).unwrap_or(""), first_line, what)?;
    }
    Ok(())
}

/// Where `out` is cut for parsing: runs of whole top-level items of about [`PARSE_PIECE`]
/// bytes (cut where a blank line is followed by a line at column 0), as byte ranges with
/// the 0-based line each starts on. The pieces cover `out` in order.
pub(crate) fn parse_pieces(out: &str) -> Vec<(std::ops::Range<usize>, usize)> {
    let mut pieces = Vec::with_capacity(out.len() / PARSE_PIECE + 1);
    let (mut from, mut from_line, mut offset, mut prev_blank) = (0, 0, 0, false);
    for (n, line) in out.split_inclusive('\n').enumerate() {
        let item_start = prev_blank && line.starts_with(|c: char| !c.is_whitespace());
        if item_start && offset - from >= PARSE_PIECE {
            pieces.push((from..offset, from_line));
            (from, from_line) = (offset, n);
        }
        prev_blank = line.trim().is_empty();
        offset += line.len();
    }
    pieces.push((from..out.len(), from_line));
    pieces
}

/// Parse one piece of a file with syn (its doc comments' text cut, see
/// [`without_doc_text`]); `first_line` is the 0-based line of the file it starts on, so a
/// failure names the line in the file and quotes it.
pub(crate) fn check_piece(piece: &str, first_line: usize, what: &str) -> Result<()> {
    syn::parse_file(&without_doc_text(piece))
        .map(drop)
        .map_err(|e| {
            let start = e.span().start();
            let line = piece
                .lines()
                .nth(start.line.saturating_sub(1))
                .unwrap_or("");
            Error::Render {
                what: what.to_string(),
                message: format!(
                    "generated code does not parse at {}:{}: {e}\n  | {line}",
                    first_line + start.line,
                    start.column
                ),
            }
        })
}

/// `piece` with the text of its doc comments cut (`/// text` becomes `///`), for parsing:
/// a doc comment is one token whatever it says, but the lexer turns it into a
/// `#[doc = "…"]` attribute with an escaped string literal, and docs are about a third
/// of the bytes of generated code. Where a doc comment stands (before an item, or documenting
/// nothing) is still checked, and lines and columns of code are unchanged. A `////` line is
/// a plain comment and stays; the text of a string literal that spans lines stays valid.
fn without_doc_text(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    for line in piece.split_inclusive('\n') {
        let code = line.trim_start();
        let indent = line.len() - code.len();
        // A carriage return in a doc comment is an error rustc reports: such a line stays.
        let doc = ((code.starts_with("///") && !code.starts_with("////"))
            || code.starts_with("//!"))
            && !code.trim_end_matches('\n').contains('\r');
        match line.get(..indent + 3) {
            Some(head) if doc => {
                out.push_str(head);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// [`format_rust`] over several files `(source, what)`, side by side, each on a big stack
/// (syn recurses as deep as the code nests).
pub fn format_rust_many(files: &[(&str, &str)]) -> Result<Vec<String>> {
    crate::stack::run_parallel(
        files
            .iter()
            .map(|&(source, what)| move || format_rust(source, what))
            .collect(),
    )
    .into_iter()
    .collect()
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

/// The source without its blank lines, except inside string literals and block comments:
/// templates need not track blank lines, and rustfmt keeps the ones it is given.
fn strip_blank_lines(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let next = match bytes.get(i).copied().unwrap_or(b' ') {
            b'/' if bytes.get(i + 1) == Some(&b'/') => memchr_newline(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'*') => skip_block_comment(bytes, i + 2),
            b'"' => skip_string(bytes, i + 1),
            b'r' if is_raw_string_start(bytes, i) => skip_raw_string(bytes, i + 1),
            b'\'' => skip_char_or_lifetime(bytes, i + 1),
            b'\n' => {
                out.push(b'\n');
                let mut j = i + 1;
                loop {
                    let end = memchr_newline(bytes, j);
                    let blank = bytes
                        .get(j..end)
                        .is_some_and(|l| l.iter().all(u8::is_ascii_whitespace));
                    if blank && end < bytes.len() {
                        j = end + 1;
                    } else {
                        break;
                    }
                }
                i = j;
                continue;
            }
            _ => i + 1,
        }
        .clamp(i + 1, bytes.len());
        out.extend_from_slice(bytes.get(i..next).unwrap_or_default());
        i = next;
    }
    // Cut only at ASCII bytes, so the text is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| source.to_string())
}

/// Index of the next `\n` at or after `i` (or the end).
fn memchr_newline(bytes: &[u8], i: usize) -> usize {
    bytes
        .get(i..)
        .and_then(|r| r.iter().position(|&b| b == b'\n'))
        .map_or(bytes.len(), |p| i + p)
}

fn skip_block_comment(bytes: &[u8], mut i: usize) -> usize {
    let mut nesting = 1;
    while i < bytes.len() && nesting > 0 {
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b'/'), Some(b'*')) => {
                nesting += 1;
                i += 2;
            }
            (Some(b'*'), Some(b'/')) => {
                nesting -= 1;
                i += 2;
            }
            _ => i += 1,
        }
    }
    i
}

/// Past the closing quote of a string whose body starts at `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// `r"` or `r#…"` not part of an identifier (`br"` counts: the `b` is skipped as a letter).
fn is_raw_string_start(bytes: &[u8], i: usize) -> bool {
    let prev_ident = i > 0
        && bytes
            .get(i - 1)
            .is_some_and(|b| b.is_ascii_alphanumeric() && *b != b'b' || *b == b'_');
    if prev_ident {
        return false;
    }
    let hashes = bytes
        .get(i + 1..)
        .map_or(0, |r| r.iter().take_while(|&&b| b == b'#').count());
    bytes.get(i + 1 + hashes) == Some(&b'"')
}

/// Past a raw string whose `#`s start at `i`.
fn skip_raw_string(bytes: &[u8], i: usize) -> usize {
    let hashes = bytes
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|&&b| b == b'#').count());
    let mut j = i + hashes + 1;
    while j < bytes.len() {
        if bytes.get(j) == Some(&b'"')
            && bytes
                .get(j + 1..j + 1 + hashes)
                .is_some_and(|h| h.iter().all(|&b| b == b'#'))
        {
            return j + 1 + hashes;
        }
        j += 1;
    }
    j
}

/// A char literal (`'x'`, `'\n'`, `'\u{..}'`, `'é'`) is skipped whole; a lifetime or label
/// (`'a`) only its quote.
fn skip_char_or_lifetime(bytes: &[u8], i: usize) -> usize {
    if bytes.get(i) == Some(&b'\\') {
        let mut j = i + 2;
        while j < bytes.len() && bytes.get(j) != Some(&b'\'') {
            j += 1;
        }
        return j + 1;
    }
    // One (possibly multi-byte) character, then a closing quote: a char literal.
    let width = match bytes.get(i) {
        Some(b) if *b < 0x80 => 1,
        Some(b) if *b >= 0xF0 => 4,
        Some(b) if *b >= 0xE0 => 3,
        Some(_) => 2,
        None => return i,
    };
    if bytes.get(i + width) == Some(&b'\'') {
        i + width + 1
    } else {
        i
    }
}

/// Blank lines where a reader wants them ([`strip_blank_lines`] removes the templates'), as
/// rustfmt keeps them: after each item that closes on its
/// own line (at the top level or in an impl or mod, not a block inside a body), unless
/// what follows closes too; after a one-line top-level
/// item (`pub type …;`) unless a `use` or `mod` follows; after the module docs; and
/// before a top-level plain comment (a section banner). Only whitespace between tokens changes: the lines seen here
/// are whole lines of code, as generated string literals never span lines.
fn space_items(src: &str) -> String {
    let lines: Vec<&str> = src.lines().collect();
    let top = |l: &str| !l.is_empty() && !l.starts_with(char::is_whitespace);
    let plain_comment =
        |l: &str| l.starts_with("//") && !l.starts_with("///") && !l.starts_with("//!");
    let mut out = String::with_capacity(src.len() + src.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        // A comment's text is not code, whatever it holds (`};` ending a code sample in a
        // description): a blank line after a doc line would split the doc block.
        let comment = line.trim_start().starts_with("//");
        let next_line = lines.get(i + 1).copied().unwrap_or("");
        let next = next_line.trim();
        let continues = next.is_empty()
            || next.starts_with(['}', ')', ']', ',', '.', '?', ';'])
            || next.starts_with("else");
        // Items (top level, or in an impl or mod: four spaces in), not blocks inside bodies.
        let item_depth = line.len() - line.trim_start().len() <= 4;
        let closes = (item_depth && matches!(line.trim(), "}" | "};"))
            || (top(line) && line.ends_with(" {}"));
        // Imports and module declarations stay one block (rustfmt sorts within blocks):
        // look past the docs and attributes of the next item to see whether it is one.
        let is_decl = |l: &str| {
            ["use ", "pub use ", "mod ", "pub mod "]
                .iter()
                .any(|k| l.starts_with(k))
        };
        let next_item = lines
            .iter()
            .skip(i + 1)
            .find(|l| !l.starts_with("///") && !l.starts_with("#["))
            .copied()
            .unwrap_or("");
        let one_line_item = top(line)
            && line.ends_with(';')
            && top(next_line)
            && !(is_decl(line) && is_decl(next_item));
        let banner_next = top(next_line) && plain_comment(next_line) && !plain_comment(line);
        let module_docs_end = line.starts_with("//!") && top(next_line) && !next.starts_with("//!");
        if (!comment && ((closes && !continues) || one_line_item || banner_next)) || module_docs_end
        {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_parse_error_past_the_first_piece_names_its_line_in_the_file() {
        let item = "pub fn f() -> u8 {\n    1\n}\n\n";
        let n = super::PARSE_PIECE / item.len() + 10;
        let mut src = item.repeat(n);
        src.push_str("pub fn broken( {}\n");
        let err = super::check_parses(&src, "x.rs").unwrap_err().to_string();
        let line = 4 * n + 1;
        assert!(err.contains(&format!("does not parse at {line}:")), "{err}");
        assert!(err.contains("pub fn broken( {}"), "{err}");
        assert!(super::check_parses(&item.repeat(n), "x.rs").is_ok());
    }

    #[test]
    fn doc_comments_are_still_checked_where_they_stand() {
        let ok = "//! Module.\n\n/// A \"quoted\" { doc.\npub struct A;\n\n//// plain ( comment\nconst S: &str = \"a\n/// not a doc\n\";\n";
        assert!(super::check_parses(ok, "x.rs").is_ok());
        // A doc comment documenting nothing, and an inner doc after an item, fail as before.
        let dangling = "pub struct A {\n    a: u8,\n    /// the end\n}\n";
        let err = super::check_parses(dangling, "x.rs")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("does not parse at 3:") || err.contains("does not parse at 4:"),
            "{err}"
        );
        assert!(super::check_parses("pub struct A;\n//! late\n", "x.rs").is_err());
        assert!(super::check_parses("/// a \r b\npub struct A;\n", "x.rs").is_err());
        assert_eq!(
            super::without_doc_text("    /// text\n//// keep\n//! inner\ncode\n"),
            "    ///\n//// keep\n//!\ncode\n"
        );
    }

    #[test]
    fn blank_lines_go_except_inside_literals() {
        let src = "use a;\n\n   \nuse b;\nconst S: &str = \"x\n\ny\";\n/* a\n\nb */\n\nfn f() {}\n";
        assert_eq!(
            super::strip_blank_lines(src),
            "use a;\nuse b;\nconst S: &str = \"x\n\ny\";\n/* a\n\nb */\nfn f() {}\n"
        );
    }
}
