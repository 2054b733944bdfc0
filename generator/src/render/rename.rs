//! serde's `rename_all` rules, as serde applies them to a field's Rust name: a struct
//! whose JSON names all follow one rule gets `#[serde(rename_all = "…")]` instead of a
//! `rename` per field (Jellyfin's PascalCase models, camelCase ones elsewhere).

/// The rules tried, in order, by their serde name. `snake_case` is left out: it renames
/// nothing, so a struct it fits needs no attribute.
const RULES: &[&str] = &[
    "camelCase",
    "PascalCase",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
];

/// The field name serde sends for a snake_case Rust `field` (raw prefix removed) under `rule`.
fn apply(rule: &str, field: &str) -> String {
    match rule {
        "PascalCase" | "camelCase" => {
            let mut pascal = String::with_capacity(field.len());
            let mut capitalize = true;
            for c in field.chars() {
                if c == '_' {
                    capitalize = true;
                } else if capitalize {
                    pascal.push(c.to_ascii_uppercase());
                    capitalize = false;
                } else {
                    pascal.push(c);
                }
            }
            if rule == "camelCase" {
                let mut chars = pascal.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            } else {
                pascal
            }
        }
        "SCREAMING_SNAKE_CASE" => field.to_ascii_uppercase(),
        "kebab-case" => field.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => field.to_ascii_uppercase().replace('_', "-"),
        _ => field.to_string(),
    }
}

/// The rule that turns the most `(Rust field, JSON name)` pairs' fields into their names, when
/// it fits more of them than no rule does (the fields it does not fit keep a `rename` of
/// their own, which serde lets override the struct's rule); `None` otherwise.
pub fn rule_for<'a>(
    fields: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> Option<&'static str> {
    let fits = |rule: Option<&str>| {
        fields
            .clone()
            .filter(|(ident, name)| serde_name(ident, rule) == *name)
            .count()
    };
    let unrenamed = fits(None);
    RULES
        .iter()
        .copied()
        .map(|rule| (fits(Some(rule)), rule))
        .filter(|&(count, _)| count > unrenamed)
        // The first of the best: `max_by_key` would take the last.
        .fold(
            None,
            |best: Option<(usize, &str)>, (count, rule)| match best {
                Some((most, _)) if most >= count => best,
                _ => Some((count, rule)),
            },
        )
        .map(|(_, rule)| rule)
}

/// The JSON name serde gives the Rust field `ident` (raw prefix removed) under `rule`.
pub fn serde_name(ident: &str, rule: Option<&str>) -> String {
    let bare = ident.strip_prefix("r#").unwrap_or(ident);
    rule.map_or_else(|| bare.to_string(), |rule| apply(rule, bare))
}

/// Template filter: the `rename_all` rule of a struct's `fields` (each with `ident`, the
/// Rust field, and `name`, the JSON name), or none.
pub fn filter(fields: minijinja::Value) -> Result<minijinja::Value, minijinja::Error> {
    let mut pairs = Vec::new();
    for field in fields.try_iter()? {
        let ident = field.get_attr("ident")?;
        let name = field.get_attr("name")?;
        match (ident.as_str(), name.as_str()) {
            (Some(ident), Some(name)) => pairs.push((ident.to_string(), name.to_string())),
            _ => return Ok(minijinja::Value::from(())),
        }
    }
    Ok(
        rule_for(pairs.iter().map(|(i, n)| (i.as_str(), n.as_str())))
            .map_or_else(|| minijinja::Value::from(()), minijinja::Value::from),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_for_all_fields_or_none() {
        let jellyfin = [("id", "Id"), ("server_id", "ServerId"), ("r#type", "Type")];
        assert_eq!(rule_for(jellyfin.into_iter()), Some("PascalCase"));
        let camel = [("access_token", "accessToken"), ("id", "id")];
        assert_eq!(rule_for(camel.into_iter()), Some("camelCase"));
        // The rule most fields follow; the others keep their own `rename`.
        let mostly = [("server_id", "ServerId"), ("id", "Id"), ("is_hd", "IsHD")];
        assert_eq!(rule_for(mostly.into_iter()), Some("PascalCase"));
        assert_eq!(serde_name("is_hd", Some("PascalCase")), "IsHd");
        // Not when it fits no more fields than no rule does.
        let mixed = [("server_id", "ServerId"), ("id", "id")];
        assert_eq!(rule_for(mixed.into_iter()), None);
        let snake = [("server_id", "server_id")];
        assert_eq!(rule_for(snake.into_iter()), None);
        assert_eq!(
            rule_for([("a_b", "A-B")].into_iter()),
            Some("SCREAMING-KEBAB-CASE")
        );
        // serde's PascalCase keeps the rest of each word as written.
        assert_eq!(apply("PascalCase", "dtsx_x"), "DtsxX");
    }
}
