//! Template filters. Anything from the spec that lands in Rust goes through `lit` (a
//! string literal) or `doc` (doc attributes), so spec text can never become code.

use minijinja::value::Kwargs;
use minijinja::{Environment, Error, ErrorKind};

pub fn register(env: &mut Environment<'_>) {
    env.add_filter("lit", lit);
    env.add_filter("doc", doc);
    env.add_filter("bare", |s: String| {
        s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
    });
    env.add_filter("md_cell", md_cell);
    env.add_filter("pascal", |s: String| crate::ir::names::pascal(&s));
    env.add_filter("snake", |s: String| crate::ir::names::snake(&s));
    // A one-character string as a Rust `char` literal (`'\t'`).
    env.add_filter("char_lit", |s: String| {
        s.chars()
            .next()
            .map(|c| format!("{c:?}"))
            .unwrap_or_default()
    });
    env.add_filter("toml", |s: String| {
        serde_json::to_string(&s).unwrap_or_default()
    });
}

/// A Rust string literal with the value's exact text.
fn lit(s: String) -> String {
    format!("{s:?}")
}

/// Text → doc comments (`///`, or `//!` with `inner=true`), one per line, trailing spaces
/// trimmed: exactly what prettyplease prints for `#[doc = "…"]`, so the rustfmt-only path
/// and the syn + prettyplease path agree. A comment ends only at a line break and
/// `doc_lines` splits on every one, so spec text cannot leave the comment. Lines after
/// the first are not indented: templates pipe through `indent(n)` where they need it.
/// Markdown is kept, but code fences become `text` blocks and indentation is dropped
/// outside fences, so spec text never turns into a doctest.
fn doc(text: String, kwargs: Kwargs) -> Result<String, Error> {
    let inner: bool = kwargs.get::<Option<bool>>("inner")?.unwrap_or(false);
    kwargs
        .assert_all_used()
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))?;
    let marker = if inner { "//!" } else { "///" };
    Ok(doc_lines(&text)
        .iter()
        .map(|l| {
            if l.is_empty() {
                marker.to_string()
            } else {
                format!("{marker} {}", l.trim_end())
            }
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

pub fn doc_lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<String> = Vec::new();
    let mut in_fence = false;
    let mut in_list = false;
    for raw in text.trim().lines() {
        let trimmed = raw.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push("```".into());
            } else {
                out.push("```text".into());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(raw.trim_end().to_string());
            continue;
        }
        let is_item = trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed.starts_with("+ ")
            || ordered_item(trimmed);
        if trimmed.is_empty() {
            in_list = false;
        } else if in_list && !is_item {
            // A plain line after a list item would be a "lazy continuation" (clippy
            // doc_lazy_continuation): end the list first.
            out.push(String::new());
            in_list = false;
        }
        if is_item {
            in_list = true;
        }
        out.push(trimmed.to_string());
    }
    if in_fence {
        out.push("```".into());
    }
    // Collapse repeated blank lines.
    let mut collapsed: Vec<String> = Vec::new();
    for l in out {
        if l.is_empty() && collapsed.last().is_some_and(String::is_empty) {
            continue;
        }
        collapsed.push(l);
    }
    while collapsed.last().is_some_and(String::is_empty) {
        collapsed.pop();
    }
    collapsed
}

fn ordered_item(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && s.get(digits..)
            .is_some_and(|r| r.starts_with(". ") || r.starts_with(") "))
}

/// One Markdown table cell: no pipes or line breaks.
fn md_cell(s: String) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::doc_lines;

    #[test]
    fn fences_become_text_and_lists_end_cleanly() {
        let lines = doc_lines("Intro\n```rust\nfn evil() {}\n```\n- a\nlazy\n    indented");
        assert_eq!(
            lines,
            [
                "Intro",
                "```text",
                "fn evil() {}",
                "```",
                "- a",
                "",
                "lazy",
                "indented"
            ]
        );
    }
}
