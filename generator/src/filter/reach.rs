//! Reachability: which components (schemas, responses, parameters, request bodies,
//! headers…) each operation reaches through `$ref`, transitively. One pass over the
//! document builds the graph; operation filtering prunes what only dropped operations
//! reached, and per-tag features put behind a tag's feature what only its operations reach.
//!
//! Edges are the document's references where a Reference Object may stand
//! ([`crate::load::walk`]: a `$ref` inside an example is data), and discriminator
//! `mapping` values, which name schemas too. A path item's own `parameters` belong to every
//! operation of the item.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::load::walk::{walk, Kind};

/// A component: its section under `components` (`schemas`, `responses`…) and its name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Component {
    pub section: String,
    pub name: String,
}

impl Component {
    /// `#/components/schemas/Pet` → the component, for a reference to one.
    pub fn from_ref(target: &str) -> Option<Component> {
        let rest = target.strip_prefix("#/components/")?;
        let (section, name) = rest.split_once('/')?;
        // A reference into a component (`#/components/schemas/Pet/properties/id`) keeps the
        // whole component.
        let name = name.split('/').next().unwrap_or(name);
        Some(Component {
            section: section.to_string(),
            name: name.replace("~1", "/").replace("~0", "~"),
        })
    }

    /// Its JSON pointer: `/components/schemas/Pet`.
    pub fn pointer(&self) -> String {
        format!(
            "/components/{}/{}",
            self.section,
            crate::load::escape_pointer(&self.name)
        )
    }
}

/// One operation of the document, as filters and features see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationRef {
    /// The key under `paths` (the path template as written).
    pub path: String,
    /// Lower-case, as the path item's key: `get`, `post`…
    pub method: String,
    pub operation_id: Option<String>,
    pub tags: Vec<String>,
    /// `/paths/~1pets/get`.
    pub pointer: String,
}

/// The operations of a document and what each reaches.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    pub operations: Vec<OperationRef>,
    /// Direct references of each operation (by index into `operations`).
    op_edges: Vec<BTreeSet<Component>>,
    /// Direct references of each component.
    edges: BTreeMap<Component, BTreeSet<Component>>,
}

/// The operations of a path item; `query` is OpenAPI 3.2's.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// Whether a path item's key names an operation.
pub fn is_method(key: &str) -> bool {
    METHODS.contains(&key)
}

impl Reach {
    /// Build the graph of an OpenAPI 3.0 document (`raw`, bundled: references are local).
    pub fn of(raw: &Value) -> Reach {
        let mut reach = Reach::default();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        if let Some(Value::Object(paths)) = raw.get("paths") {
            for (path, item) in paths {
                let Value::Object(item) = item else { continue };
                for method in METHODS {
                    let Some(Value::Object(op)) = item.get(*method) else {
                        continue;
                    };
                    let pointer = format!("/paths/{}/{method}", crate::load::escape_pointer(path));
                    index.insert(pointer.clone(), reach.operations.len());
                    reach.operations.push(OperationRef {
                        path: path.clone(),
                        method: method.to_string(),
                        operation_id: op
                            .get("operationId")
                            .and_then(Value::as_str)
                            .map(str::to_string),
                        tags: op
                            .get("tags")
                            .and_then(Value::as_array)
                            .map(|t| {
                                t.iter()
                                    .filter_map(Value::as_str)
                                    .map(str::to_string)
                                    .collect()
                            })
                            .unwrap_or_default(),
                        pointer,
                    });
                }
            }
        }
        reach.op_edges = vec![BTreeSet::new(); reach.operations.len()];
        walk(raw, &mut |n| {
            let mut targets: Vec<&str> = Vec::new();
            if let Some(Value::String(r)) = n.reference() {
                targets.push(r);
            }
            if n.kind == Kind::Schema {
                if let Some(Value::Object(mapping)) = n.value.pointer("/discriminator/mapping") {
                    targets.extend(mapping.values().filter_map(Value::as_str));
                }
            }
            let targets: Vec<Component> = targets
                .into_iter()
                .filter_map(Component::from_ref)
                .collect();
            if targets.is_empty() {
                return;
            }
            for owner in reach.owners(n.pointer, &index) {
                let set = match owner {
                    Owner::Operation(i) => reach.op_edges.get_mut(i),
                    Owner::Component(c) => Some(reach.edges.entry(c).or_default()),
                };
                if let Some(set) = set {
                    set.extend(targets.iter().cloned());
                }
            }
        });
        reach
    }

    /// Who holds a reference at `pointer`: an operation, every operation of a path item
    /// (its own parameters), or a component.
    fn owners(&self, pointer: &str, index: &BTreeMap<String, usize>) -> Vec<Owner> {
        let mut segments = pointer.split('/').skip(1);
        match (segments.next(), segments.next(), segments.next()) {
            (Some("paths"), Some(path), Some(third)) => {
                let op = format!("/paths/{path}/{third}");
                if let Some(i) = index.get(&op) {
                    return vec![Owner::Operation(*i)];
                }
                // A path-item-level field: every operation of the item.
                let prefix = format!("/paths/{path}/");
                index
                    .iter()
                    .filter(|(p, _)| p.starts_with(&prefix))
                    .map(|(_, i)| Owner::Operation(*i))
                    .collect()
            }
            (Some("components"), Some(section), Some(name)) => vec![Owner::Component(Component {
                section: section.to_string(),
                name: name.replace("~1", "/").replace("~0", "~"),
            })],
            _ => vec![],
        }
    }

    /// Every component the operations at `ops` (indices into `operations`) reach, transitively.
    pub fn reached_by(&self, ops: impl IntoIterator<Item = usize>) -> BTreeSet<Component> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<Component> = ops
            .into_iter()
            .filter_map(|i| self.op_edges.get(i))
            .flat_map(|e| e.iter().cloned())
            .collect();
        while let Some(c) = stack.pop() {
            if let Some(next) = self.edges.get(&c) {
                stack.extend(next.iter().filter(|n| !seen.contains(*n)).cloned());
            }
            seen.insert(c);
        }
        seen
    }

    /// What the operations kept by `keep` no longer reach although some dropped one did:
    /// the components to prune when the others are dropped. Components no operation
    /// reaches at all stay (a model the spec defines for its own sake).
    pub fn only_reached_by_dropped(&self, keep: &[bool]) -> BTreeSet<Component> {
        let kept =
            self.reached_by((0..self.operations.len()).filter(|i| keep.get(*i) == Some(&true)));
        let dropped =
            self.reached_by((0..self.operations.len()).filter(|i| keep.get(*i) != Some(&true)));
        dropped.difference(&kept).cloned().collect()
    }

    /// For each tag, the components reached only by operations with that tag (an operation
    /// with several tags counts for each): what a per-tag feature can hold. Components an
    /// untagged operation reaches, or operations of different tags reach, are in no set.
    pub fn exclusive_by_tag(&self) -> BTreeMap<String, BTreeSet<Component>> {
        // For each component, the tags every operation reaching it has in common.
        let mut common: BTreeMap<Component, BTreeSet<String>> = BTreeMap::new();
        for (i, op) in self.operations.iter().enumerate() {
            let tags: BTreeSet<String> = op.tags.iter().cloned().collect();
            for c in self.reached_by([i]) {
                match common.get_mut(&c) {
                    Some(t) => t.retain(|x| tags.contains(x)),
                    None => {
                        common.insert(c, tags.clone());
                    }
                }
            }
        }
        let mut out: BTreeMap<String, BTreeSet<Component>> = BTreeMap::new();
        for op in &self.operations {
            for t in &op.tags {
                out.entry(t.clone()).or_default();
            }
        }
        for (c, tags) in common {
            for t in tags {
                out.entry(t).or_default().insert(c.clone());
            }
        }
        out
    }
}

enum Owner {
    Operation(usize),
    Component(Component),
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(name: &str) -> Component {
        Component {
            section: "schemas".into(),
            name: name.into(),
        }
    }

    #[test]
    fn operations_reach_components_transitively_and_by_tag() {
        let doc = json!({
            "paths": {
                "/pets": {
                    "parameters": [{"$ref": "#/components/parameters/Page"}],
                    "get": {"tags": ["pets"], "responses": {"200": {"$ref": "#/components/responses/Pets"}}},
                    "post": {"tags": ["pets", "admin"], "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}}, "responses": {}}
                },
                "/admin": {"get": {"tags": ["admin"], "responses": {"200": {"description": "", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Audit"}, "example": {"$ref": "#/components/schemas/NotARef"}}}}}}}
            },
            "components": {
                "parameters": {"Page": {"name": "page", "in": "query", "schema": {"$ref": "#/components/schemas/PageNo"}}},
                "responses": {"Pets": {"description": "", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}},
                "schemas": {
                    "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "t", "mapping": {"dog": "#/components/schemas/Dog"}}},
                    "Cat": {"type": "object"}, "Dog": {"type": "object"}, "PageNo": {"type": "integer"},
                    "NewPet": {"allOf": [{"$ref": "#/components/schemas/Cat"}]},
                    "Audit": {"type": "object", "properties": {"who": {"$ref": "#/components/schemas/User"}}},
                    "User": {"type": "object"}, "Unused": {"type": "object"}
                }
            }
        });
        let reach = Reach::of(&doc);
        assert_eq!(reach.operations.len(), 3);
        let get_pets = reach.reached_by([0]);
        let names: Vec<&str> = get_pets.iter().map(|c| c.name.as_str()).collect();
        // The path item's parameter, the response, its schema, the union's variant and the
        // discriminator mapping's target.
        assert_eq!(names, ["Page", "Pets", "Cat", "Dog", "PageNo", "Pet"]);
        assert!(get_pets.contains(&schema("Dog")) && get_pets.contains(&schema("PageNo")));
        assert!(!get_pets.contains(&schema("NotARef")));
        // Dropping the admin-only operation prunes Audit and User, nothing else.
        let pruned = reach.only_reached_by_dropped(&[true, true, false]);
        assert_eq!(
            pruned,
            [schema("Audit"), schema("User")].into_iter().collect()
        );
        // Per tag: admin's own are Audit and User; NewPet is reached only by an operation
        // tagged both, so it belongs to both; Cat is shared by pets-only and pets+admin.
        let by_tag = reach.exclusive_by_tag();
        let admin: Vec<&str> = by_tag["admin"].iter().map(|c| c.name.as_str()).collect();
        assert_eq!(admin, ["Audit", "NewPet", "User"]);
        assert!(by_tag["pets"].contains(&schema("Pet")));
        assert!(by_tag["pets"].contains(&schema("Cat")));
        assert!(!by_tag["admin"].contains(&schema("Cat")));
        assert!(!by_tag.values().any(|s| s.contains(&schema("Unused"))));
    }
}
