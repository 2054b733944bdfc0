//! A cheap look at flow nesting (`{`/`[`) before the YAML parser runs. The parser limits
//! nesting depth only after it has read the whole document into events, and reading
//! tens of thousands of nested flow collections takes it minutes (a 600 kB file of
//! `{"a": {"a": …` hangs a build). No OpenAPI document nests anywhere near [`MAX_DEPTH`].

/// Deeper flow nesting than this is refused before parsing; the parser itself refuses
/// more than 128 levels, so nothing it would accept is refused here.
pub const MAX_DEPTH: usize = 512;

/// `Some((line, column, byte offset))` of the first opening bracket nested deeper than
/// [`MAX_DEPTH`]. Brackets count only where YAML (and JSON) read them as flow
/// indicators, at the start of a value, and not inside quoted scalars or comments, so
/// prose such as `see [docs` does not count.
pub fn too_deep(source: &str) -> Option<(usize, usize, usize)> {
    let mut depth = 0usize;
    let mut line = 1usize;
    let mut line_start = 0usize;
    // Whether the next non-blank character starts a value (after `:`, `,`, `-`, `?`, an
    // opening bracket, or at the start of a line).
    let mut value_start = true;
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
                value_start = true;
            }
            ' ' | '\t' | '\r' => {}
            '#' if value_start || source.get(..i).is_some_and(|b| b.ends_with([' ', '\t'])) => {
                // A comment: skip to the end of the line.
                while chars.peek().is_some_and(|(_, c)| *c != '\n') {
                    chars.next();
                }
            }
            '{' | '[' if value_start => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some((line, i - line_start + 1, i));
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                value_start = false;
            }
            '"' if value_start => {
                // Double-quoted scalar: `\` escapes, may span lines.
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        '\n' => line += 1,
                        _ => {}
                    }
                }
                value_start = false;
            }
            '\'' if value_start => {
                // Single-quoted scalar: `''` is a quote, may span lines.
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\'' if chars.peek().is_some_and(|(_, c)| *c == '\'') => {
                            chars.next();
                        }
                        '\'' => break,
                        '\n' => line += 1,
                        _ => {}
                    }
                }
                value_start = false;
            }
            ':' | ',' | '-' | '?' => value_start = true,
            _ => value_start = false,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{too_deep, MAX_DEPTH};

    #[test]
    fn counts_flow_nesting_not_prose_or_strings() {
        let deep = format!(
            "x: {}1{}",
            "{a: ".repeat(MAX_DEPTH + 1),
            "}".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(too_deep(&deep).map(|p| p.0), Some(1));
        let json = format!(
            "{{\"x\": {}1{}}}",
            "[".repeat(MAX_DEPTH + 5),
            "]".repeat(MAX_DEPTH + 5)
        );
        assert!(too_deep(&json).is_some());
        let prose = format!(
            "a: see [docs\nb: \"{}\"\nc: '{}'\n# {}\nd: {}\n",
            "{".repeat(2000),
            "[".repeat(2000),
            "[".repeat(2000),
            "x[".repeat(2000)
        );
        assert_eq!(too_deep(&prose), None);
        let balanced = "{a: [1, {b: [2]}], c: {d: []}}\n".repeat(5000);
        assert_eq!(too_deep(&balanced), None);
    }
}
