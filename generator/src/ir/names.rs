//! Rust names from spec names: valid identifiers (keywords, leading digits, punctuation)
//! and unique within their namespace (collisions get a stable numeric suffix).

use std::collections::BTreeSet;

use heck::{ToPascalCase, ToSnakeCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// Keep only characters that can appear in an identifier, splitting words on the rest.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_alphanumeric() || c == '_' {
            out.push(c);
        } else if c == '+' {
            out.push_str(" plus ");
        } else {
            out.push(' ');
        }
    }
    out
}

fn only_ascii_ident(s: String, fallback: &str) -> String {
    // Non-ASCII letters are valid in Rust identifiers but trip `non_ascii_idents` lints and
    // readers; transliterate nothing, just drop them, keeping a stable fallback.
    let s: String = s
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if s.is_empty() || s.chars().all(|c| c == '_') {
        fallback.to_string()
    } else {
        s
    }
}

/// snake_case identifier for functions, fields, modules. Keywords become raw identifiers
/// where Rust allows it, else get a trailing underscore.
pub fn snake(raw: &str) -> String {
    let s = only_ascii_ident(words(raw).to_snake_case(), "value");
    fix_ident(s)
}

/// PascalCase identifier for types and variants.
pub fn pascal(raw: &str) -> String {
    let mut s = only_ascii_ident(words(raw).to_pascal_case(), "Value");
    // Dropping a non-ASCII capital (`Ünï` → `nï` → `n`) can leave a lowercase start.
    if let Some(first) = s
        .get(..1)
        .filter(|f| f.chars().all(|c| c.is_ascii_lowercase()))
    {
        s = format!(
            "{}{}",
            first.to_ascii_uppercase(),
            s.get(1..).unwrap_or_default()
        );
    }
    fix_ident(s)
}

fn fix_ident(mut s: String) -> String {
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
        if s.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
            && s.chars().all(|c| c == '_' || c.is_ascii_digit())
        {
            // `_200` is a fine identifier; keep as is.
        }
    }
    if KEYWORDS.contains(&s.as_str()) {
        // `r#type` is legal for fields and functions; `self`/`Self`/`crate`/`super` are not.
        if matches!(s.as_str(), "self" | "Self" | "crate" | "super") {
            s.push('_');
        } else {
            s = format!("r#{s}");
        }
    }
    s
}

/// Name without the `r#` prefix, for composing longer names.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// A set of taken names; `claim` returns the name or the first free `name2`, `name3`…
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
}

impl Namespace {
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn claim(&mut self, want: &str) -> String {
        if self.taken.insert(want.to_string()) {
            return want.to_string();
        }
        // A trailing underscore (from `Self_`, `self_`) goes before the number: `Self_2` is
        // not UpperCamelCase, `Self2` is.
        let bare = bare(want);
        let trimmed = bare.trim_end_matches('_');
        let base = if trimmed.is_empty() { bare } else { trimmed }.to_string();
        let mut n = 2u32;
        loop {
            let candidate = format!(
                "{base}{}{n}",
                if base.ends_with(|c: char| c.is_ascii_digit()) {
                    "_"
                } else {
                    ""
                }
            );
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_valid() {
        assert_eq!(snake("getUsers"), "get_users");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa-code"), "_2fa_code");
        assert_eq!(snake("@odata.type"), "odata_type");
        assert_eq!(snake("日本"), "value");
        assert_eq!(pascal("user-dto"), "UserDto");
        assert_eq!(pascal("Self"), "Self_");
        assert_eq!(pascal("application/*+json"), "ApplicationPlusJson");
        assert_eq!(pascal("404"), "_404");
        assert_eq!(pascal("ünï"), "N");
    }

    #[test]
    fn namespace_suffixes_collisions() {
        let mut ns = Namespace::with_reserved(&["Client"]);
        assert_eq!(ns.claim("Client"), "Client2");
        assert_eq!(ns.claim("User"), "User");
        assert_eq!(ns.claim("User"), "User2");
        assert_eq!(ns.claim("V1"), "V1");
        assert_eq!(ns.claim("V1"), "V1_2");
    }

    /// The values `self`, `Self`, `super`, `crate`, `_`, `Self_` of one enum: distinct,
    /// valid and UpperCamelCase as rustc's `non_camel_case_types` lint defines it.
    #[test]
    fn keyword_names_stay_distinct_and_camel_case() {
        let mut ns = Namespace::default();
        let names: Vec<String> = ["self", "Self", "super", "crate", "_", "Self_"]
            .iter()
            .map(|v| ns.claim(&pascal(v)))
            .collect();
        assert_eq!(
            names,
            ["Self_", "Self2", "Super", "Crate", "Value", "Self3"]
        );
        let mut ns = Namespace::default();
        let names: Vec<String> = ["self", "Self", "super", "crate", "_", "self_"]
            .iter()
            .map(|v| ns.claim(&snake(v)))
            .collect();
        assert_eq!(
            names,
            ["self_", "self2", "super_", "crate_", "value", "self3"]
        );
    }
}
