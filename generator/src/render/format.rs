//! Formatting of generated Rust. With rustfmt installed, the templates' output goes to
//! rustfmt directly, split into chunks formatted by one rustfmt process per core: rustfmt
//! parses with rustc's own parser, so it validates as much as syn would, and it was two
//! thirds of the time for large specs (see bench/). Without rustfmt, or when it refuses
//! the code, syn parses it (a parse failure is a template bug, reported with its line) and
//! prettyplease prints it. Either way a blank line then separates top-level items and
//! blocks, so consecutive items read (and diff) as separate paragraphs.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::diagnostics::{Error, Result};

/// Below this many bytes a file is formatted by one rustfmt process: splitting costs a
/// process start (~20 ms) and gains nothing on small files.
const CHUNK_MIN_BYTES: usize = 256 * 1024;

/// Format generated Rust: rustfmt when installed, else syn + prettyplease.
pub fn format_rust(source: &str, what: &str) -> Result<String> {
    if let Some(formatted) = rustfmt_chunked(&strip_blank_lines(source)) {
        return Ok(space_items(&formatted));
    }
    pretty(source, what)
}

/// [`format_rust`] over several files `(source, what)`, side by side, each on a big stack
/// (the syn fallback recurses as deep as the code nests).
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

/// syn + prettyplease, then rustfmt over that when it is installed (it may have refused the
/// raw text only for something prettyplease normalises).
fn pretty(source: &str, what: &str) -> Result<String> {
    let pretty = syn_pretty(source, what)?;
    Ok(space_items(&rustfmt(&pretty).unwrap_or(pretty)))
}

/// Parse with syn (the error names the line) and print with prettyplease.
fn syn_pretty(source: &str, what: &str) -> Result<String> {
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
    Ok(format!("{header}{}", prettyplease::unparse(&file)))
}

/// rustfmt over `source` in chunks of whole top-level items, formatted concurrently.
/// `None` when rustfmt is missing or refuses any chunk.
fn rustfmt_chunked(source: &str) -> Option<String> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let wanted = (source.len() / CHUNK_MIN_BYTES).clamp(1, cores);
    rustfmt_parts(&split_items(source, wanted))
}

/// rustfmt over each part at once, the results joined; `None` if any part fails.
fn rustfmt_parts(chunks: &[&str]) -> Option<String> {
    if let [one] = chunks {
        return rustfmt(one);
    }
    let outputs: Vec<Option<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| scope.spawn(move || rustfmt(chunk)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    let mut out = String::with_capacity(chunks.iter().map(|c| c.len()).sum());
    for chunk in outputs {
        out.push_str(&chunk?);
    }
    Some(out)
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

/// Split `source` into at most `parts` pieces of about equal size, each a run of whole
/// top-level items. A cut is made only after a `}` that closes depth 0 at the end of its
/// line, never after a `;`: rustfmt reorders adjacent `use` and `mod` items, which must
/// stay together. Strings, chars and comments are skipped so their braces do not count;
/// a text this scanner misreads only makes rustfmt refuse a chunk, and the caller then
/// falls back to syn.
fn split_items(source: &str, parts: usize) -> Vec<&str> {
    if parts <= 1 {
        return vec![source];
    }
    let target = source.len() / parts;
    let bytes = source.as_bytes();
    let mut cuts = Vec::new();
    let mut depth: i64 = 0;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i).copied().unwrap_or(b' ') {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr_newline(bytes, i);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(bytes, i + 2);
                continue;
            }
            b'"' => {
                i = skip_string(bytes, i + 1);
                continue;
            }
            b'r' if is_raw_string_start(bytes, i) => {
                i = skip_raw_string(bytes, i + 1);
                continue;
            }
            b'\'' => {
                i = skip_char_or_lifetime(bytes, i + 1);
                continue;
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                let line_end = memchr_newline(bytes, i);
                let rest_blank = bytes
                    .get(i + 1..line_end)
                    .is_some_and(|r| r.iter().all(u8::is_ascii_whitespace));
                if depth == 0 && rest_blank && line_end - start >= target && cuts.len() + 1 < parts
                {
                    let cut = (line_end + 1).min(bytes.len());
                    cuts.push(cut);
                    start = cut;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts {
        if let Some(piece) = source.get(from..cut) {
            out.push(piece);
        }
        from = cut;
    }
    if let Some(rest) = source.get(from..) {
        if !rest.trim().is_empty() {
            out.push(rest);
        }
    }
    if out.is_empty() {
        out.push(source);
    }
    out
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

/// Blank lines where a reader wants them (the input has none: prettyplease prints none,
/// and [`strip_blank_lines`] removes the templates'): after each item that closes on its
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
    use super::split_items;

    #[test]
    fn splits_only_after_top_level_blocks() {
        let src = "use a;\nuse b;\nfn f() { let s = \"}\\n\"; let c = '}'; }\n// }\nstruct S<'a> {\n    x: &'a str,\n}\nfn g() {\n    r#\"}\"#;\n}\n";
        let parts = split_items(src, 8);
        assert_eq!(parts.concat(), src);
        assert_eq!(
            parts,
            [
                "use a;\nuse b;\nfn f() { let s = \"}\\n\"; let c = '}'; }\n",
                "// }\nstruct S<'a> {\n    x: &'a str,\n}\n",
                "fn g() {\n    r#\"}\"#;\n}\n"
            ]
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

    /// Both formatting paths change only layout: the templates' output, prettyplease's
    /// and the blank-line-stripped text have the same tokens in the same order (doc
    /// comments included, plain comments not), up to the commas, semicolons and braces
    /// formatters add or drop; and rustfmt over chunks agrees with rustfmt over the whole
    /// prettyplease output (rustfmt also sorts imports). For the runtime, the kitchen sink
    /// and the five specs.
    #[test]
    fn both_paths_keep_every_token() {
        assert!(
            super::rustfmt("fn f() {}").is_some(),
            "rustfmt is not installed (or RUSTFMT names none): the rustfmt path cannot be \
             compared with the syn path; install it with `rustup component add rustfmt`"
        );
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut specs = vec![root.join("tests/fixtures/kitchen_sink.yaml")];
        for s in ["emby", "jellyfin", "xero", "smooch", "ostrom"] {
            specs.push(root.join(format!("specs/{s}.yaml")));
        }
        let templates = crate::Templates::builtin();
        fn flatten(stream: proc_macro2::TokenStream, out: &mut Vec<String>) {
            for tree in stream {
                match tree {
                    proc_macro2::TokenTree::Group(g) => {
                        let (open, close) = match g.delimiter() {
                            proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                            proc_macro2::Delimiter::Bracket => ("[", "]"),
                            _ => ("", ""),
                        };
                        out.push(open.into());
                        flatten(g.stream(), out);
                        out.push(close.into());
                    }
                    proc_macro2::TokenTree::Punct(p) if matches!(p.as_char(), ',' | ';') => {}
                    other => out.push(other.to_string()),
                }
            }
        }
        let tokens = |s: &str| match s.parse::<proc_macro2::TokenStream>() {
            Ok(stream) => {
                let mut out = Vec::new();
                flatten(stream, &mut out);
                out.retain(|t| !t.is_empty());
                out.join(" ")
            }
            Err(e) => format!("does not lex: {e}"),
        };
        let mut sources = Vec::new();
        for spec in &specs {
            let service = crate::load_service(spec).unwrap_or_else(|e| unreachable!("{e}"));
            let raw = crate::render::render_api_raw(
                &templates,
                &service.api,
                "spec.yaml",
                crate::Layout::Standalone,
                "x",
            )
            .unwrap_or_else(|e| unreachable!("{e}"));
            sources.extend(
                raw.into_iter()
                    .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
                    .map(|(_, text)| text),
            );
        }
        // The first difference, with some context, rather than two whole files.
        let same = |got: String, want: &str, path: &str| {
            let (g, w): (Vec<&str>, Vec<&str>) =
                (got.split(' ').collect(), want.split(' ').collect());
            let at = g
                .iter()
                .zip(&w)
                .position(|(a, b)| a != b)
                .unwrap_or(g.len().min(w.len()));
            let around = |v: &[&str]| v[at.saturating_sub(12)..(at + 12).min(v.len())].join(" ");
            assert!(
                g == w,
                "{path} changed tokens at {at}:\n got: {}\nwant: {}",
                around(&g),
                around(&w)
            );
        };
        for raw in &sources {
            let want = tokens(raw);
            let pretty = super::syn_pretty(raw, "test").unwrap_or_else(|e| unreachable!("{e}"));
            same(tokens(&pretty), &want, "syn + prettyplease");
            let stripped = super::strip_blank_lines(raw);
            same(tokens(&stripped), &want, "strip_blank_lines");
            let chunks = split_items(&stripped, 16);
            assert_eq!(chunks.concat(), stripped);
            for chunk in &chunks {
                // Every chunk is whole items: it lexes and parses on its own.
                assert!(
                    syn::parse_file(chunk).is_ok(),
                    "chunk does not parse:\n{chunk}"
                );
            }
            // rustfmt also sorts imports: compare its two inputs' results with each other.
            if let (Some(chunked), Some(whole)) =
                (super::rustfmt_parts(&chunks), super::rustfmt(&pretty))
            {
                same(
                    tokens(&super::space_items(&chunked)),
                    &tokens(&whole),
                    "rustfmt",
                );
            }
        }
    }

    #[test]
    fn one_part_is_the_whole_text() {
        assert_eq!(split_items("fn f() {}\n", 1), ["fn f() {}\n"]);
        assert_eq!(split_items("", 4), [""]);
    }
}
