//! Per-tag cargo features of a standalone crate (`generate --spec --tag-features`, or
//! `tag-features = true` in a config's `[crate]`): each tag's operations, and the types
//! only they reach, compile only when the tag's feature is on.
//!
//! Which operations and types a tag needs comes from the document's reachability pass
//! ([`crate::filter::reach`], the one operation filtering uses): an operation is gated by
//! its tags (any of them enables it; an untagged one is always compiled), a component by
//! the tags of every operation reaching it (always compiled when an untagged operation
//! reaches it; with `full` alone when no operation does). The IR's own references then widen each type's gate to cover
//! every item that names it (an inline type the IR shares between operations, a response
//! header struct), so every combination of features compiles.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::filter::reach::{Component, Gate, Reach};
use crate::ir::{Api, Holder, Ty, TypeKind};

/// The feature that turns every tag's on (and what no operation reaches).
pub const FULL: &str = "full";

/// Feature names a tag's feature cannot take: cargo's `default`, the `full` set, and the
/// runtime's optional parts (a vendored runtime's features live in the same crate).
pub fn reserved() -> Vec<&'static str> {
    let mut out = vec!["default", FULL];
    out.extend(crate::runtime::Feature::ALL.iter().map(|f| f.name()));
    out
}

/// One tag's feature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagFeature {
    /// The cargo feature: the tag in kebab-case, made unique.
    pub name: String,
    /// The tag as the spec writes it.
    pub tag: String,
    /// The description of the tag (the document's top-level `tags`), if any.
    pub description: Option<String>,
    /// The `Client` methods it enables (each also enabled by its other tags' features).
    pub operations: Vec<String>,
    /// The runtime features its code needs (filled in once the code is rendered).
    pub runtime: Vec<String>,
}

/// Which feature gates which item.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// By feature name.
    pub features: Vec<TagFeature>,
    /// By operation method name (`Api::operations[].ident`); absent: always compiled.
    pub operations: BTreeMap<String, Gate>,
    /// By type name (`Api::types[].name`); absent: always compiled.
    pub types: BTreeMap<String, Gate>,
    /// By response header struct name (`Api::header_structs[].name`); absent: always compiled.
    pub header_structs: BTreeMap<String, Gate>,
    /// The runtime features the always-compiled code needs.
    pub always_runtime: Vec<String>,
}

/// The cargo feature name of each tag (in the order the tags are first used): kebab-case
/// ASCII, never a [`reserved`] name (those get `-tag`), unique (`-2`, `-3`… in order).
pub fn feature_names(tags: &[String]) -> BTreeMap<String, String> {
    let reserved = reserved();
    let mut taken: BTreeSet<String> = reserved.iter().map(|r| r.to_string()).collect();
    let mut out = BTreeMap::new();
    for tag in tags {
        if out.contains_key(tag) {
            continue;
        }
        let mut base = heck::ToKebabCase::to_kebab_case(tag.as_str());
        base.retain(|c| c.is_ascii_alphanumeric() || c == '-');
        let mut base = base.trim_matches('-').to_ascii_lowercase();
        if base.is_empty() {
            base = "tag".into();
        }
        if reserved.contains(&base.as_str()) {
            base.push_str("-tag");
        }
        let mut name = base.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(name.clone());
        out.insert(tag.clone(), name);
    }
    out
}

impl Features {
    /// The features of `api`, lowered from the document `raw` (OpenAPI 3.0, as the IR
    /// read it, after any operation filter).
    pub fn plan(api: &Api, raw: &Value) -> Features {
        let reach = Reach::of(raw);
        let mut tags: Vec<String> = Vec::new();
        for op in &api.operations {
            for t in &op.tags {
                if !tags.contains(t) {
                    tags.push(t.clone());
                }
            }
        }
        let names = feature_names(&tags);
        let to_features = |gate: &Gate| match gate {
            Gate::Always => Gate::Always,
            Gate::Any(tags) => {
                Gate::Any(tags.iter().filter_map(|t| names.get(t).cloned()).collect())
            }
        };
        let components = reach.gates();
        // What no operation reaches (a model the spec defines for its own sake, a webhook's
        // payload) comes with `full`, the default: GitHub's webhook payloads alone name
        // most of its models.
        let full = || Gate::Any([FULL.to_string()].into());
        let op_gates: Vec<(String, Gate)> = api
            .operations
            .iter()
            .map(|op| (op.pointer.clone(), to_features(&Gate::of_tags(&op.tags))))
            .collect();
        // Where a type was defined: a component's gate, an operation's (inline in it), or
        // every operation's of a path item (inline in its own parameters).
        let origin_gate = |origin: &str| -> Gate {
            if let Some(c) = Component::from_ref(origin) {
                return components.get(&c).map(to_features).unwrap_or_else(full);
            }
            let pointer = origin.trim_start_matches('#');
            let mut gate = Gate::never();
            for (op, g) in &op_gates {
                let item = op.rsplit_once('/').map(|(item, _)| item).unwrap_or(op);
                let in_op = pointer == op || pointer.starts_with(&format!("{op}/"));
                let in_item = pointer.starts_with(&format!("{item}/parameters"));
                if in_op || in_item {
                    gate.widen(g);
                }
            }
            if gate == Gate::never() {
                full()
            } else {
                gate
            }
        };
        let mut types: BTreeMap<String, Gate> = api
            .types
            .iter()
            .map(|t| (t.name.clone(), origin_gate(&t.origin)))
            .collect();
        let mut headers: BTreeMap<String, Gate> = api
            .header_structs
            .iter()
            .map(|h| (h.name.clone(), Gate::never()))
            .collect();
        // The IR's references: each item's gate is widened into what it names.
        let edges = references(api);
        let operations: BTreeMap<String, Gate> = api
            .operations
            .iter()
            .map(|op| (op.ident.clone(), to_features(&Gate::of_tags(&op.tags))))
            .collect();
        loop {
            let mut changed = false;
            for (from, to) in &edges {
                let gate = match from {
                    Item::Operation(i) => operations.get(i),
                    Item::Type(n) => types.get(n),
                    Item::Headers(n) => headers.get(n),
                }
                .cloned()
                .unwrap_or(Gate::Always);
                for item in to {
                    let target = match item {
                        Item::Type(n) => types.get_mut(n),
                        Item::Headers(n) => headers.get_mut(n),
                        Item::Operation(_) => None,
                    };
                    if let Some(t) = target {
                        changed |= t.widen(&gate);
                    }
                }
            }
            if !changed {
                break;
            }
        }
        let mut features: Vec<TagFeature> = tags
            .iter()
            .filter_map(|tag| {
                let name = names.get(tag)?.clone();
                Some(TagFeature {
                    operations: api
                        .operations
                        .iter()
                        .filter(|op| op.tags.contains(tag))
                        .map(|op| op.ident.clone())
                        .collect(),
                    description: tag_description(raw, tag),
                    tag: tag.clone(),
                    name,
                    runtime: Vec::new(),
                })
            })
            .collect();
        features.sort_by(|a, b| a.name.cmp(&b.name));
        // Needed by nothing (a header struct no operation names): always compiled, as
        // without features.
        let gated = |m: BTreeMap<String, Gate>| -> BTreeMap<String, Gate> {
            m.into_iter()
                .filter(|(_, g)| *g != Gate::Always && *g != Gate::never())
                .collect()
        };
        Features {
            features,
            operations: gated(operations),
            types: gated(types),
            header_structs: gated(headers),
            always_runtime: Vec::new(),
        }
    }

    /// Record the runtime features the rendered code needs, per tag feature and for the
    /// always-compiled code: `used` lists, for each item, its gate and the runtime features
    /// its code names.
    pub fn record_runtime(&mut self, used: &[(Gate, BTreeSet<crate::runtime::Feature>)]) {
        let mut always: BTreeSet<crate::runtime::Feature> = BTreeSet::new();
        let mut by: BTreeMap<&str, BTreeSet<crate::runtime::Feature>> = BTreeMap::new();
        for (gate, features) in used {
            match gate {
                Gate::Always => always.extend(features),
                Gate::Any(names) => {
                    for n in names {
                        by.entry(n.as_str()).or_default().extend(features);
                    }
                }
            }
        }
        for f in &mut self.features {
            f.runtime = by
                .get(f.name.as_str())
                .map(|s| s.iter().map(|x| x.name().to_string()).collect())
                .unwrap_or_default();
        }
        self.always_runtime = always.iter().map(|x| x.name().to_string()).collect();
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Item {
    Operation(String),
    Type(String),
    Headers(String),
}

/// Which items each item of `api` names: the types its own types refer to (read with
/// [`Api::tys`], the walk renumbering uses) and, for an operation, its responses' header
/// structs.
fn references(api: &Api) -> Vec<(Item, Vec<Item>)> {
    let holder = |h: Holder| match h {
        Holder::Operation(i) => api
            .operations
            .get(i)
            .map(|op| Item::Operation(op.ident.clone())),
        Holder::HeaderStruct(i) => api
            .header_structs
            .get(i)
            .map(|s| Item::Headers(s.name.clone())),
        Holder::Type(i) => api.types.get(i).map(|t| Item::Type(t.name.clone())),
    };
    let mut named: BTreeMap<Holder, BTreeSet<usize>> = BTreeMap::new();
    api.tys(&mut |h, ty| {
        let ids = named.entry(h).or_default();
        ty.ids(&mut |id| {
            ids.insert(id.0);
        });
    });
    let mut edges: Vec<(Item, Vec<Item>)> = named
        .into_iter()
        .filter_map(|(h, ids)| {
            let to = ids
                .into_iter()
                .filter_map(|i| api.types.get(i))
                .map(|t| Item::Type(t.name.clone()))
                .collect();
            Some((holder(h)?, to))
        })
        .collect();
    // A type merged into an identical one (`pub type A = B;`) and its canonical come
    // together: whoever reaches one may name the other.
    for t in &api.types {
        if let TypeKind::Alias {
            ty: Ty::Ref(id),
            merged: true,
        } = &t.kind
        {
            if let Some(canonical) = api.types.get(id.0) {
                edges.push((
                    Item::Type(canonical.name.clone()),
                    vec![Item::Type(t.name.clone())],
                ));
            }
        }
    }
    for op in &api.operations {
        let headers: Vec<Item> = op
            .responses
            .iter()
            .filter_map(|r| r.headers_type.clone())
            .map(Item::Headers)
            .collect();
        if !headers.is_empty() {
            edges.push((Item::Operation(op.ident.clone()), headers));
        }
    }
    edges
}

/// The description the document's top-level `tags` give `tag`.
fn tag_description(raw: &Value, tag: &str) -> Option<String> {
    raw.get("tags")?
        .as_array()?
        .iter()
        .find(|t| t.get("name").and_then(Value::as_str) == Some(tag))?
        .get("description")?
        .as_str()
        .map(|d| d.lines().next().unwrap_or("").trim().to_string())
        .filter(|d| !d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_kebab_case_unique_and_never_reserved() {
        let tags: Vec<String> = [
            "Pet Store",
            "pet-store",
            "xml",
            "default",
            "Über",
            "!!",
            "users_v2",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let names = feature_names(&tags);
        let got: Vec<&str> = tags.iter().map(|t| names[t].as_str()).collect();
        assert_eq!(
            got,
            [
                "pet-store",
                "pet-store-2",
                "xml-tag",
                "default-tag",
                "ber",
                "tag",
                "users-v2"
            ]
        );
    }
}
