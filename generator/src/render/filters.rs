//! Template filters. Anything from the spec that lands in Rust goes through `lit` (a
//! string literal), `doc` (doc comments) or `line` (one line of a comment), so spec text
//! can never become code; in the Markdown docs (whose examples are doctests in the
//! workspace), through `md` or `md_cell`, so it never becomes a code block.

use minijinja::value::Kwargs;
use minijinja::{Environment, Error, ErrorKind};

pub fn register(env: &mut Environment<'_>) {
    // Named in every file's `@generated` header.
    env.add_global("clientgen_version", env!("CARGO_PKG_VERSION"));
    env.add_filter("lit", lit);
    // `rust` is registered by `Templates::env`: it names types from the API's table.
    super::layout::register(env);
    env.add_filter("doc", doc);
    env.add_filter("bare", |s: String| {
        s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
    });
    env.add_filter("md_cell", md_cell);
    env.add_filter("line", line);
    env.add_filter("md", |s: String| doc_lines(&s).join("\n"));
    env.add_filter("pascal", |s: String| crate::ir::names::pascal(&s));
    env.add_filter("snake", |s: String| crate::ir::names::snake(&s));
    // A one-character string as a Rust `char` literal (`'\t'`).
    env.add_filter("char_lit", |s: String| {
        s.chars()
            .next()
            .map(|c| format!("{c:?}"))
            .unwrap_or_default()
    });
    env.add_filter("pack", pack);
    env.add_filter("toml", |s: String| {
        serde_json::to_string(&s).unwrap_or_default()
    });
}

/// Items, one a line, as comma-separated lines of at most `width` columns, each indented
/// by `indent` spaces and ending in a comma (as rustfmt fills a list it may pack): the
/// arguments of a `constructor!` and the fields it starts empty.
fn pack(items: String, indent: usize, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items.lines().filter(|i| !i.is_empty()) {
        if !line.is_empty() && indent + line.len() + 1 + item.len() + 1 > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(item);
        line.push(',');
    }
    if !line.is_empty() {
        lines.push(line);
    }
    let pad = " ".repeat(indent);
    lines
        .iter()
        .map(|l| format!("{pad}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Rust string literal with the value's exact text.
pub(crate) fn lit(s: String) -> String {
    format!("{s:?}")
}

/// Text → doc comments (`///`, or `//!` with `inner=true`), one per line, trailing spaces
/// trimmed (as rustfmt leaves them). A comment ends only at a line break and
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
    let text = without_bidi(text).replace("\r\n", "\n").replace('\r', "\n");
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
        out.push(autolink(trimmed));
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

/// Bare `http(s)://` URLs in prose become `<url>` autolinks (rustdoc warns on bare ones,
/// and `cargo doc -D warnings` fails). URLs already in a Markdown link, an autolink, an
/// attribute, quotes or a code span are left alone; trailing sentence punctuation is not
/// part of the URL.
fn autolink(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    let mut in_code = false;
    loop {
        let next_tick = rest.find('`');
        let next_url = ["https://", "http://"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min();
        match (next_tick, next_url) {
            (Some(t), u) if u.is_none_or(|u| t < u) => {
                out.push_str(&rest[..=t]);
                rest = &rest[t + 1..];
                in_code = !in_code;
            }
            (_, Some(u)) => {
                out.push_str(&rest[..u]);
                let mut preceding = out.chars().rev();
                let before = preceding.next();
                let link_target = before == Some('(') && preceding.next() == Some(']');
                let tail = &rest[u..];
                let len = tail
                    .find(|c: char| c.is_whitespace() || "<>\"'`".contains(c))
                    .unwrap_or(tail.len());
                let mut url = &tail[..len];
                // Sentence punctuation after a URL, and a `)` it does not open.
                loop {
                    let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?']);
                    let trimmed = if trimmed.ends_with(')')
                        && trimmed.matches('(').count() < trimmed.matches(')').count()
                    {
                        &trimmed[..trimmed.len() - 1]
                    } else {
                        trimmed
                    };
                    if trimmed.len() == url.len() {
                        break;
                    }
                    url = trimmed;
                }
                let quoted = link_target || matches!(before, Some('<' | '"' | '\'' | '=' | '['));
                if in_code || quoted || url.len() <= "https://".len() {
                    out.push_str(url);
                } else {
                    out.push('<');
                    out.push_str(url);
                    out.push('>');
                }
                rest = &tail[url.len()..];
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

fn ordered_item(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && s.get(digits..)
            .is_some_and(|r| r.starts_with(". ") || r.starts_with(") "))
}

/// Text for the rest of a `//` or `///` comment line: whitespace (line breaks included)
/// collapsed to single spaces, so the comment cannot end early, and without the bidi
/// controls rustc refuses in comments.
pub(crate) fn line(s: String) -> String {
    without_bidi(&s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text without Unicode bidirectional controls: rustc's deny-by-default
/// `text_direction_codepoint_in_comment` refuses them in comments (CVE-2021-42574).
fn without_bidi(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// One Markdown table cell: no pipes or line breaks.
pub(crate) fn md_cell(s: String) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::{doc_lines, pack};

    #[test]
    fn pack_fills_lines_up_to_the_width_each_ending_in_a_comma() {
        let names = "alpha\nbeta\ngamma\ndelta".to_string();
        assert_eq!(
            pack(names.clone(), 4, 22),
            "    alpha, beta,\n    gamma, delta,"
        );
        assert_eq!(
            pack("alpha\n".into(), 4, 5),
            "    alpha,",
            "a long item gets its own line"
        );
        assert_eq!(pack(String::new(), 4, 100), "");
        for line in pack(names, 8, 30).lines() {
            assert!(line.len() <= 30, "{line:?}");
        }
    }

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

#[cfg(test)]
mod autolink_tests {
    use super::autolink;

    #[test]
    fn bare_urls_become_autolinks_and_nothing_else_changes() {
        let cases = [
            ("See https://example.com/a.", "See <https://example.com/a>."),
            (
                "(server http://emby.media/emby).",
                "(server <http://emby.media/emby>).",
            ),
            (
                "at https://x.io/p?a=1&b=2, then",
                "at <https://x.io/p?a=1&b=2>, then",
            ),
            (
                "wiki (https://en.wikipedia.org/wiki/A_(b))",
                "wiki (<https://en.wikipedia.org/wiki/A_(b)>)",
            ),
            ("[docs](https://example.com)", "[docs](https://example.com)"),
            ("<https://example.com>", "<https://example.com>"),
            ("`curl https://example.com`", "`curl https://example.com`"),
            (
                "href=\"https://example.com\"",
                "href=\"https://example.com\"",
            ),
            (
                "two: http://a.io and https://b.io",
                "two: <http://a.io> and <https://b.io>",
            ),
            ("no url here", "no url here"),
            ("bare https:// alone", "bare https:// alone"),
        ];
        for (given, want) in cases {
            assert_eq!(autolink(given), want, "{given}");
        }
    }
}
