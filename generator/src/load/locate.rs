//! Maps a JSON pointer to a line and column in the source text.
//!
//! serde_yaml keeps no positions once a document is a value, so this walks the text by
//! indentation, the way a person would find the key. It understands block YAML and
//! pretty-printed JSON (what hand-written specs are); when it cannot follow a pointer it
//! returns the deepest position it reached, which is still the right neighbourhood.

use std::collections::HashMap;

/// (line, column, byte offset), 1-based line and column.
pub fn locate(source: &str, pointer: &str) -> Option<(usize, usize, usize)> {
    Locator::new(source).locate(pointer)
}

/// Locates many pointers in one text: the line table is built once, and the position of
/// every pointer prefix is remembered, so `/paths/~1a/get/parameters/3` after
/// `/paths/~1a/get/parameters/1` only walks the `parameters` block. Large vendor documents
/// (tens of thousands of lines, dozens of warnings) need this.
pub struct Locator<'a> {
    source: &'a str,
    /// The line table, built on the first `locate`: most documents need none (loading
    /// makes a locator for warnings it may not have), and the table of a big one takes
    /// milliseconds.
    lines: std::cell::OnceCell<Vec<(usize, &'a str)>>,
    /// Pointer prefix → (line index, column) of its key, or None when it was not found.
    seen: HashMap<String, Option<(usize, usize)>>,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Self {
        Locator {
            source,
            lines: std::cell::OnceCell::new(),
            seen: HashMap::new(),
        }
    }

    /// (byte offset, text) of each line.
    fn lines(&self) -> &[(usize, &'a str)] {
        self.lines.get_or_init(|| line_offsets(self.source))
    }

    /// (line, column, byte offset), 1-based line and column.
    pub fn locate(&mut self, pointer: &str) -> Option<(usize, usize, usize)> {
        let mut prefix = String::with_capacity(pointer.len());
        let mut found: Option<(usize, usize)> = None;
        for raw in pointer.split('/').skip(1) {
            prefix.push('/');
            prefix.push_str(raw);
            let hit = match self.seen.get(&prefix) {
                Some(h) => *h,
                None => {
                    let seg = raw.replace("~1", "/").replace("~0", "~");
                    let h = self.step(found, &seg);
                    self.seen.insert(prefix.clone(), h);
                    h
                }
            };
            match hit {
                Some(h) => found = Some(h),
                None => break,
            }
        }
        let (i, col) = found?;
        let (off, _) = self.lines().get(i)?;
        Some((i + 1, col + 1, off + col))
    }

    /// Find `seg` in the body of the node found at `parent` (the whole text for None).
    fn step(&self, parent: Option<(usize, usize)>, seg: &str) -> Option<(usize, usize)> {
        let (start, mut parent_indent) = match parent {
            Some((i, col)) => (i + 1, col as isize),
            None => (0, -1),
        };
        // An array item written `- key: …`: its other keys are on the lines below, at the
        // column of that first key, not deeper.
        let item = parent
            .and_then(|(i, col)| Some((self.lines().get(i)?.1, col)))
            .is_some_and(|(l, col)| {
                let t = l.trim_start();
                t.starts_with("- ") && l.len() - t.len() + 2 == col
            });
        if item {
            parent_indent -= 1;
        }
        // A pretty-printed JSON array: its elements are the lines one level in, `{`s included.
        let json_array = parent
            .and_then(|(i, _)| self.lines().get(i))
            .is_some_and(|(_, l)| l.trim_end().ends_with('['));
        let want_index = seg.parse::<usize>().ok();
        let mut index = 0usize;
        let mut child_indent: Option<usize> = None;
        for (i, (_, line)) in self.lines().iter().enumerate().skip(start) {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            if let (true, Some(want)) = (json_array, want_index) {
                if trimmed.is_empty() {
                    continue;
                }
                if (indent as isize) <= parent_indent {
                    break;
                }
                let ci = *child_indent.get_or_insert(indent);
                if indent != ci || trimmed.starts_with(['}', ']']) {
                    continue;
                }
                if index == want {
                    return Some((i, indent));
                }
                index += 1;
                continue;
            }
            // Blank lines, comments and JSON's lone brackets say nothing about keys, except
            // that a bracket back at the parent's indentation closes the parent.
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if trimmed
                .chars()
                .all(|c| matches!(c, '{' | '}' | '[' | ']' | ','))
            {
                if (indent as isize) <= parent_indent && i > start {
                    break;
                }
                continue;
            }
            if (indent as isize) <= parent_indent && i > start {
                break;
            }
            if let Some(ci) = child_indent {
                if indent != ci && !(trimmed.starts_with("- ") && indent + 2 == ci) {
                    if indent < ci {
                        break;
                    }
                    continue;
                }
            }
            // Array element?
            if let Some(want) = want_index {
                if trimmed.starts_with("- ") || trimmed == "-" {
                    child_indent.get_or_insert(indent);
                    if index == want {
                        return Some((i, indent + 2));
                    }
                    index += 1;
                    continue;
                }
            }
            let key = trimmed.trim_start_matches("- ");
            let key_indent = indent + (trimmed.len() - key.len());
            child_indent.get_or_insert(key_indent);
            if key_matches(key, seg) {
                return Some((i, key_indent));
            }
        }
        None
    }
}

fn key_matches(text: &str, key: &str) -> bool {
    let quoted = |q: char| {
        text.strip_prefix(q)
            .and_then(|t| t.strip_prefix(key))
            .and_then(|t| t.strip_prefix(q))
    };
    let rest = text
        .strip_prefix(key)
        .or_else(|| quoted('"'))
        .or_else(|| quoted('\''));
    matches!(rest.map(str::trim_start), Some(r) if r.starts_with(':'))
}

fn line_offsets(source: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut off = 0;
    for line in source.split('\n') {
        out.push((off, line.trim_end_matches('\r')));
        off += line.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::locate;

    #[test]
    fn finds_nested_yaml_keys_and_array_items() {
        let src = "openapi: 3.0.3\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - name: x\n        - name: id\n          in: path\n";
        assert_eq!(
            locate(src, "/paths/~1a~1{id}/get").map(|p| (p.0, p.1)),
            Some((4, 5))
        );
        assert_eq!(
            locate(src, "/paths/~1a~1{id}/get/parameters/1/in").map(|p| (p.0, p.1)),
            Some((8, 11))
        );
        // A key two lines below the item's first.
        let src = "actions:\n  - target: $.a\n    description: d\n    update:\n      type: t\n  - target: $.b\n";
        assert_eq!(
            locate(src, "/actions/0/update/type").map(|p| (p.0, p.1)),
            Some((5, 7))
        );
        assert_eq!(
            locate(src, "/actions/1/target").map(|p| (p.0, p.1)),
            Some((6, 5))
        );
    }

    #[test]
    fn finds_json_array_elements_and_reuses_prefixes() {
        let src = "{\n  \"paths\": {\n    \"/x\": {\n      \"get\": {\n        \"parameters\": [\n          {\n            \"name\": \"a\"\n          },\n          {\n            \"name\": \"b\",\n            \"in\": \"query\"\n          }\n        ]\n      }\n    }\n  }\n}\n";
        let mut l = super::Locator::new(src);
        assert_eq!(
            l.locate("/paths/~1x/get/parameters/1/in")
                .map(|p| (p.0, p.1)),
            Some((11, 13))
        );
        assert_eq!(
            l.locate("/paths/~1x/get/parameters/0").map(|p| (p.0, p.1)),
            Some((6, 11))
        );
        assert_eq!(
            l.locate("/paths/~1x/get/parameters/0/in")
                .map(|p| (p.0, p.1)),
            Some((6, 11)),
            "not the next element's key"
        );
        assert_eq!(
            l.locate("/paths/~1x/get/parameters/7/in")
                .map(|p| (p.0, p.1)),
            Some((5, 9)),
            "the deepest part found"
        );
    }

    #[test]
    fn finds_json_keys() {
        let src = "{\n  \"paths\": {\n    \"/x\": {\n      \"get\": {}\n    }\n  }\n}\n";
        assert_eq!(
            locate(src, "/paths/~1x/get").map(|p| (p.0, p.1)),
            Some((4, 7))
        );
    }
}
