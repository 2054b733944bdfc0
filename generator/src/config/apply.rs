//! A config applied to the pipeline: to the loaded document (names and type mappings as
//! vendor extensions, then the operation filter), and to the lowered IR (derives and
//! attributes, and a check that the names asked for were given).

use serde_json::Value;

use super::Config;
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::extensions::{RUST_NAME, RUST_TYPE, RUST_TYPE_NAME};
use crate::filter::{self, Filtered, OperationRef, Reach};
use crate::load::walk::{walk, Kind};
use crate::load::{escape_pointer, Document};

/// Apply `config` to `doc`: set the extensions its names and type mappings stand for, then
/// drop the operations it excludes and the components only they reached. Returns what was
/// filtered and the warnings (filter entries that match nothing); a name given for a
/// schema, property or operation the document does not have is an error at the config's
/// line.
pub fn to_document(config: &Config, doc: &mut Document) -> Result<(Filtered, Vec<Diagnostic>)> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let f = &config.file;
    let reach = Reach::of(&doc.raw);

    // Operation names.
    for (key, name) in &f.operations.rename {
        let found = reach
            .operations
            .iter()
            .find(|op| op_key_matches(op, key.get_ref()));
        match found {
            Some(op) => set(&mut doc.raw, &op.pointer, RUST_NAME, name.get_ref()),
            None => errors.push(config.diag(
                &format!("operations.rename.{}", key.get_ref()),
                key.span(),
                format!(
                    "no operation has operationId `{}` (or is `METHOD /path`)",
                    key.get_ref()
                ),
            )),
        }
    }

    // Pagination declarations.
    for (key, decl) in &f.pagination {
        let found = reach
            .operations
            .iter()
            .find(|op| op_key_matches(op, key.get_ref()));
        let value = serde_json::to_value(decl).unwrap_or(Value::Null);
        match found {
            Some(op) => {
                if let Some(Value::Object(m)) = doc.raw.pointer_mut(&op.pointer) {
                    m.insert(crate::ir::pagination::EXTENSION.to_string(), value);
                }
            }
            None => errors.push(config.diag(
                &format!("pagination.{}", key.get_ref()),
                key.span(),
                format!(
                    "no operation has operationId `{}` (or is `METHOD /path`)",
                    key.get_ref()
                ),
            )),
        }
    }

    // Schemas: names, field names, type mappings.
    for (name, s) in &f.schemas {
        let key = format!("schemas.{}", name.get_ref());
        let ptr = format!("/components/schemas/{}", escape_pointer(name.get_ref()));
        if doc.raw.pointer(&ptr).is_none() {
            errors.push(config.diag(
                &key,
                name.span(),
                format!(
                    "the spec has no schema `{}` in components/schemas",
                    name.get_ref()
                ),
            ));
            continue;
        }
        if let Some(r) = &s.rename {
            set(&mut doc.raw, &ptr, RUST_TYPE_NAME, r.get_ref());
        }
        if let Some(t) = &s.rust_type {
            set(&mut doc.raw, &ptr, RUST_TYPE, t.get_ref());
        }
        for (prop, field) in &s.fields {
            match property(&doc.raw, &ptr, prop.get_ref(), 0) {
                Some(p) => set(&mut doc.raw, &p, RUST_NAME, field.get_ref()),
                None => errors.push(config.diag(
                    &format!("{key}.fields.{}", prop.get_ref()),
                    prop.span(),
                    format!(
                        "schema `{}` has no property `{}`",
                        name.get_ref(),
                        prop.get_ref()
                    ),
                )),
            }
        }
    }

    // Formats: every schema with the format, unless it names its own type.
    if !f.formats.is_empty() {
        let mut hits: Vec<(String, String)> = Vec::new();
        walk(&doc.raw, &mut |n| {
            if n.kind != Kind::Schema || n.value.get(RUST_TYPE).is_some() {
                return;
            }
            let Some(format) = n.value.get("format").and_then(Value::as_str) else {
                return;
            };
            if let Some((_, m)) = f.formats.iter().find(|(k, _)| k.get_ref() == format) {
                hits.push((n.pointer.to_string(), m.rust_type.get_ref().clone()));
            }
        });
        for (ptr, ty) in hits {
            set(&mut doc.raw, &ptr, RUST_TYPE, &ty);
        }
    }

    if !errors.is_empty() {
        return Err(Error::Input(errors));
    }

    // The filter, and a warning for each entry that selects nothing.
    let ops = &f.operations;
    let lists: [(&str, &Vec<toml::Spanned<String>>, Matcher); 6] = [
        ("include-tags", &ops.include_tags, Matcher::Tag),
        ("exclude-tags", &ops.exclude_tags, Matcher::Tag),
        ("include-paths", &ops.include_paths, Matcher::Path),
        ("exclude-paths", &ops.exclude_paths, Matcher::Path),
        ("include-ids", &ops.include_ids, Matcher::Id),
        ("exclude-ids", &ops.exclude_ids, Matcher::Id),
    ];
    for (key, list, m) in &lists {
        for entry in list.iter() {
            if !reach
                .operations
                .iter()
                .any(|op| m.matches(op, entry.get_ref()))
            {
                warnings.push(config.warn(
                    &format!("operations.{key}"),
                    entry.span(),
                    format!("`{}` matches no operation of the spec", entry.get_ref()),
                ));
            }
        }
    }
    let includes: Vec<(Matcher, &str)> = lists
        .iter()
        .filter(|(k, _, _)| k.starts_with("include"))
        .flat_map(|(_, l, m)| l.iter().map(move |e| (*m, e.get_ref().as_str())))
        .collect();
    let excludes: Vec<(Matcher, &str)> = lists
        .iter()
        .filter(|(k, _, _)| k.starts_with("exclude"))
        .flat_map(|(_, l, m)| l.iter().map(move |e| (*m, e.get_ref().as_str())))
        .collect();
    let keep = |op: &OperationRef| {
        (includes.is_empty() || includes.iter().any(|(m, e)| m.matches(op, e)))
            && !excludes.iter().any(|(m, e)| m.matches(op, e))
    };
    let filtered = filter::filter(doc, &keep);
    Ok((filtered, warnings))
}

/// Add the config's derives and attributes to the lowered types, and warn where a name it
/// asks for was taken (the generated name then has a suffix).
pub fn to_api(config: &Config, api: &mut crate::ir::Api) -> Vec<Diagnostic> {
    let f = &config.file;
    let mut warnings = Vec::new();
    for t in api.types.iter_mut() {
        let alias = matches!(t.kind, crate::ir::TypeKind::Alias { .. });
        if alias {
            continue;
        }
        t.derives
            .extend(f.types.derive.iter().map(|d| d.get_ref().clone()));
        t.attributes
            .extend(f.types.attributes.iter().map(|a| a.get_ref().clone()));
    }
    for (name, s) in &f.schemas {
        let origin = format!("#/components/schemas/{}", escape_pointer(name.get_ref()));
        let Some(t) = api.types.iter_mut().find(|t| t.origin == origin) else {
            continue;
        };
        if let Some(r) = &s.rename {
            if &t.name != r.get_ref() {
                warnings.push(config.warn(
                    &format!("schemas.{}.rename", name.get_ref()),
                    r.span(),
                    format!(
                        "`{}` is taken by another generated name: named `{}`",
                        r.get_ref(),
                        t.name
                    ),
                ));
            }
        }
        if matches!(t.kind, crate::ir::TypeKind::Alias { .. })
            && !(s.derive.is_empty() && s.attributes.is_empty())
        {
            let span = s
                .derive
                .first()
                .or(s.attributes.first())
                .map(|d| d.span())
                .unwrap_or(name.span());
            warnings.push(config.warn(
                &format!("schemas.{}", name.get_ref()),
                span,
                format!(
                    "`{}` is a type alias (`pub type {} = …`): derives and attributes do not apply",
                    name.get_ref(),
                    t.name
                ),
            ));
            continue;
        }
        t.derives
            .extend(s.derive.iter().map(|d| d.get_ref().clone()));
        t.attributes
            .extend(s.attributes.iter().map(|a| a.get_ref().clone()));
    }
    for t in api.types.iter_mut() {
        let mut seen = std::collections::BTreeSet::new();
        t.derives.retain(|d| seen.insert(d.clone()));
    }
    for (key, name) in &f.operations.rename {
        let wanted = name.get_ref();
        let found = api.operations.iter().find(|op| {
            op.operation_id.as_deref() == Some(key.get_ref())
                || format!("{} {}", op.method, op.path) == *key.get_ref()
        });
        if let Some(op) = found {
            if crate::ir::names::bare(&op.ident) != wanted.as_str() {
                warnings.push(config.warn(
                    &format!("operations.rename.{}", key.get_ref()),
                    name.span(),
                    format!(
                        "`{wanted}` is taken by another method: named `{}`",
                        op.ident
                    ),
                ));
            }
        }
    }
    warnings
}

/// The crate metadata the config gives, under what the command line says.
pub fn crate_meta(config: Option<&Config>, cli: &crate::CrateMeta) -> crate::CrateMeta {
    let Some(c) = config else {
        return cli.clone();
    };
    let p = &c.file.package;
    crate::CrateMeta {
        name: cli.name.clone().or(p.name.clone()),
        version: cli.version.clone().or(p.version.clone()),
        description: cli.description.clone().or(p.description.clone()),
        license: cli.license.clone().or(p.license.clone()),
        repository: cli.repository.clone().or(p.repository.clone()),
        dependencies: if cli.dependencies.is_empty() {
            c.dependency_lines()
        } else {
            cli.dependencies.clone()
        },
        runtime: cli.runtime.clone(),
        tag_features: cli.tag_features || p.tag_features,
    }
}

#[derive(Debug, Clone, Copy)]
enum Matcher {
    Tag,
    Path,
    Id,
}

impl Matcher {
    fn matches(self, op: &OperationRef, entry: &str) -> bool {
        match self {
            Matcher::Tag => op.tags.iter().any(|t| t == entry),
            Matcher::Id => op.operation_id.as_deref() == Some(entry),
            Matcher::Path => glob::Pattern::new(entry).is_ok_and(|p| {
                p.matches_with(
                    &op.path,
                    glob::MatchOptions {
                        case_sensitive: true,
                        require_literal_separator: true,
                        require_literal_leading_dot: false,
                    },
                )
            }),
        }
    }
}

/// An operation named by its `operationId`, or by `METHOD /path` (`GET /pets`).
fn op_key_matches(op: &OperationRef, key: &str) -> bool {
    if op.operation_id.as_deref() == Some(key) {
        return true;
    }
    match key.split_once(' ') {
        Some((method, path)) => method.eq_ignore_ascii_case(&op.method) && path == op.path,
        None => false,
    }
}

/// The pointer of property `prop` of the schema at `ptr`: its own `properties`, else those
/// of its `allOf` parts (followed through local references).
fn property(raw: &Value, ptr: &str, prop: &str, depth: usize) -> Option<String> {
    if depth > 16 {
        return None;
    }
    let node = raw.pointer(ptr)?;
    if let Some(Value::String(r)) = node.get("$ref") {
        return property(raw, r.trim_start_matches('#'), prop, depth + 1);
    }
    if node.get("properties").and_then(|p| p.get(prop)).is_some() {
        return Some(format!("{ptr}/properties/{}", escape_pointer(prop)));
    }
    let parts = node.get("allOf").and_then(Value::as_array)?.len();
    (0..parts).find_map(|i| property(raw, &format!("{ptr}/allOf/{i}"), prop, depth + 1))
}

/// Set `key: value` on the object at `ptr`.
fn set(raw: &mut Value, ptr: &str, key: &str, value: &str) {
    if let Some(Value::Object(m)) = raw.pointer_mut(ptr) {
        m.insert(key.to_string(), Value::String(value.to_string()));
    }
}
