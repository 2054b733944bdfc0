//! `$ref` checking over the raw document: every reference must be local, must point at
//! something, and chains of references must end.

use serde_json::Value;

/// Escape one JSON-pointer segment (RFC 6901).
pub fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Follow a JSON pointer (`/a/b/0`) into a value: what `Value::pointer` finds, without
/// its two string copies per segment (lowering follows a pointer from the root for every
/// schema it reads; the copies were a third of its time on GitHub's description). A
/// segment is unescaped (`~1` → `/`, `~0` → `~`) only when it holds a `~`.
pub fn pointer_get<'a>(root: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.is_empty() {
        return Some(root);
    }
    let rest = pointer.strip_prefix('/')?;
    rest.split('/').try_fold(root, |target, segment| {
        let token = unescape_segment(segment);
        match target {
            Value::Object(map) => map.get(token.as_ref()),
            // RFC 6901 array indices: decimal, without a sign or leading zeros.
            Value::Array(list) => {
                let leading_zero = token.starts_with('0') && token.len() != 1;
                if token.starts_with('+') || leading_zero {
                    return None;
                }
                token.parse::<usize>().ok().and_then(|i| list.get(i))
            }
            _ => None,
        }
    })
}

/// One JSON-pointer segment unescaped (RFC 6901: `~1` first, then `~0`).
fn unescape_segment(segment: &str) -> std::borrow::Cow<'_, str> {
    if segment.contains('~') {
        segment.replace("~1", "/").replace("~0", "~").into()
    } else {
        segment.into()
    }
}

/// Returns `(pointer of the offending $ref, message)` for every bad reference. Only
/// where the OpenAPI schema allows a Reference Object ([`super::walk`]): a `$ref` key
/// inside an example value, a default, an enum or an extension is data, whatever it holds.
pub fn check_refs(root: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    super::walk::walk(root, &mut |node| {
        let Some(r) = node.reference() else {
            return;
        };
        let here = format!("{}/$ref", node.pointer);
        match r {
            Value::String(target) => {
                if let Some(msg) = check_one(root, target) {
                    out.push((here, msg));
                }
            }
            _ => out.push((here, "`$ref` must be a string".to_string())),
        }
    });
    out.sort();
    out
}

fn check_one(root: &Value, target: &str) -> Option<String> {
    let Some(local) = target.strip_prefix('#') else {
        return Some(format!(
            "reference `{target}` to another file where clientgen does not follow one (in a Swagger 2.0 document, or beside another `$ref`): bundle the document first"
        ));
    };
    let mut seen = vec![target.to_string()];
    let mut cur = local.to_string();
    loop {
        let Some(node) = decode(&cur).and_then(|p| root.pointer(&p)) else {
            return Some(format!(
                "reference `{target}` points at nothing in this document"
            ));
        };
        match node.get("$ref").and_then(Value::as_str) {
            // A node that is itself only a reference: follow it, looking for a cycle.
            Some(next) if node.as_object().is_some_and(|m| m.len() == 1) => {
                if seen.iter().any(|s| s == next) {
                    return Some(format!("reference cycle: {} -> {next}", seen.join(" -> ")));
                }
                seen.push(next.to_string());
                let Some(l) = next.strip_prefix('#') else {
                    return None; // reported where that $ref stands
                };
                cur = l.to_string();
            }
            _ => return None,
        }
    }
}

/// Percent-decoding of a fragment (`#/paths/~1a%7Bid%7D`) before pointer lookup.
pub(super) fn decode(fragment: &str) -> Option<String> {
    if !fragment.contains('%') {
        return Some(fragment.to_string());
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'%') => {
                let hex = fragment.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            Some(b) => {
                out.push(*b);
                i += 1;
            }
            None => break,
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::{check_refs, pointer_get};
    use serde_json::json;

    #[test]
    fn pointers_are_followed_as_serde_json_follows_them() {
        let doc = json!({
            "a": {"b/c": [10, {"~d": true, "e~1f": 1}], "": {"x": 2}},
            "0": "zero",
            "list": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
        });
        let pointers = [
            "",
            "/",
            "a",
            "/a",
            "/a/b~1c",
            "/a/b~1c/0",
            "/a/b~1c/1/~0d",
            "/a/b~1c/1/e~01f",
            "/a/b~1c/1/e~1f",
            "/a/b~1c/01",
            "/a/b~1c/+1",
            "/a/b~1c/-1",
            "/a/b~1c/2",
            "/a//x",
            "/a/",
            "/0",
            "/list/11",
            "/list/011",
            "/list/1e1",
            "/missing/x",
            "/a/b~1c/0/x",
            "/a/b~2c",
        ];
        for p in pointers {
            assert_eq!(pointer_get(&doc, p), doc.pointer(p), "{p:?}");
        }
        assert_eq!(pointer_get(&doc, "/a/b~1c/1/~0d"), Some(&json!(true)));
        assert_eq!(pointer_get(&doc, "/list/11"), Some(&json!(11)));
    }

    #[test]
    fn reports_remote_missing_and_cyclic_refs() {
        let doc = json!({
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"$ref": "#/components/schemas/A"},
                "C": {"type": "object", "properties": {"x": {"$ref": "other.yaml#/X"}}},
                "D": {"$ref": "#/components/schemas/Nope"},
                "E": {"type": "object", "properties": {"self": {"$ref": "#/components/schemas/E"}}},
                "F": {"type": "object", "properties": {"$ref": {"type": "string"}}}
            }}
        });
        let found = check_refs(&doc);
        let ptrs: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            ptrs,
            [
                "/components/schemas/A/$ref",
                "/components/schemas/B/$ref",
                "/components/schemas/C/properties/x/$ref",
                "/components/schemas/D/$ref"
            ]
        );
        assert!(found[0].1.contains("cycle"));
        assert!(found[2].1.contains("another file"));
        assert!(found[3].1.contains("points at nothing"));
    }
}
