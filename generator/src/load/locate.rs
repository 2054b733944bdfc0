//! Maps a JSON pointer to a line and column in the source text.
//!
//! serde_yaml keeps no positions once a document is a value, so this walks the text by
//! indentation, the way a person would find the key. It understands block YAML and
//! pretty-printed JSON (what hand-written specs are); when it cannot follow a pointer it
//! returns the deepest position it reached, which is still the right neighbourhood.

/// (line, column, byte offset), 1-based line and column.
pub fn locate(source: &str, pointer: &str) -> Option<(usize, usize, usize)> {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let lines: Vec<(usize, &str)> = line_offsets(source);
    let mut start = 0usize; // first line index of the current node's body
    let mut parent_indent: isize = -1;
    let mut found = None;
    for seg in &segments {
        let mut hit = None;
        let mut index = 0usize;
        let mut child_indent: Option<usize> = None;
        for (i, (_, line)) in lines.iter().enumerate().skip(start) {
            let trimmed = line.trim_start();
            // Blank lines, comments and JSON's lone brackets say nothing about keys.
            if trimmed.is_empty()
                || trimmed.starts_with('#')
                || trimmed
                    .chars()
                    .all(|c| matches!(c, '{' | '}' | '[' | ']' | ','))
            {
                continue;
            }
            let indent = line.len() - trimmed.len();
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
            if let Ok(want) = seg.parse::<usize>() {
                if trimmed.starts_with("- ") || trimmed == "-" {
                    child_indent.get_or_insert(indent);
                    if index == want {
                        hit = Some((i, indent + 2));
                        break;
                    }
                    index += 1;
                    continue;
                }
            }
            let key = trimmed.trim_start_matches("- ");
            let key_indent = indent + (trimmed.len() - key.len());
            child_indent.get_or_insert(key_indent);
            if key_matches(key, seg) {
                hit = Some((i, key_indent));
                break;
            }
        }
        match hit {
            Some((i, col)) => {
                found = Some((i, col));
                start = i + 1;
                parent_indent = col as isize;
            }
            None => break,
        }
    }
    let (i, col) = found?;
    let (off, _) = lines.get(i)?;
    Some((i + 1, col + 1, off + col))
}

fn key_matches(text: &str, key: &str) -> bool {
    let rest = text
        .strip_prefix(key)
        .or_else(|| text.strip_prefix(&format!("\"{key}\"")))
        .or_else(|| text.strip_prefix(&format!("'{key}'")));
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
