//! The structure of an OpenAPI 3.0 document, for the passes that must know what a node
//! is: where a Reference Object may stand (so `$ref` is a reference there and data
//! everywhere else: inside examples, defaults, enums, extensions), and where a schema
//! stands (so a boolean there is a schema, not a stray value).
//!
//! The walk follows the OpenAPI 3.0 schema: document → paths → path items → operations →
//! parameters, request bodies, responses, callbacks → media types, encodings, headers,
//! links, examples → schemas and their subschemas; and components. It does not follow
//! references (their targets are walked where they stand) and never enters example values,
//! `default`, `enum`, links' parameters or `x-` extensions.

use std::fmt::Write as _;

use crate::ir::Method;
use serde_json::Value;

use super::escape_pointer;

/// What the OpenAPI 3.0 schema says a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Document,
    Components,
    Paths,
    PathItem,
    Operation,
    Callback,
    Parameter,
    Header,
    RequestBody,
    MediaType,
    Encoding,
    Response,
    Link,
    Example,
    SecurityScheme,
    Schema,
}

impl Kind {
    /// Whether a Reference Object may stand here (a Path Item has a `$ref` field of its
    /// own, beside its other fields).
    pub fn allows_ref(self) -> bool {
        !matches!(
            self,
            Kind::Document
                | Kind::Components
                | Kind::Paths
                | Kind::Operation
                | Kind::MediaType
                | Kind::Encoding
        )
    }
}

/// Where a schema stands in its parent schema, for the passes that treat a boolean
/// schema differently by place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A value of `properties`.
    Property,
    /// `items`.
    Items,
    /// `additionalProperties` (where a boolean is valid OpenAPI 3.0).
    AdditionalProperties,
    /// Anywhere else: a component, a parameter's or media type's schema, `allOf` parts…
    Other,
}

/// One node of the walk.
#[derive(Debug)]
pub struct Node<'a> {
    pub pointer: &'a str,
    pub value: &'a Value,
    pub kind: Kind,
    pub role: Role,
}

impl Node<'_> {
    /// The `$ref` of a node where a Reference Object may stand.
    pub fn reference(&self) -> Option<&Value> {
        if self.kind.allows_ref() {
            self.value.get("$ref")
        } else {
            None
        }
    }
}

/// How a key of a node of some kind holds its children.
enum Shape {
    /// One child.
    Field(Kind, Role),
    /// A map from names to children.
    Map(Kind, Role),
    /// A list of children.
    List(Kind),
    /// No structural children: data, extensions, or fields without references.
    None,
}

fn shape(kind: Kind, key: &str) -> Shape {
    use Kind as K;
    let o = Role::Other;
    match (kind, key) {
        (K::Document, "paths") => Shape::Field(K::Paths, o),
        (K::Document, "components") => Shape::Field(K::Components, o),
        (K::Components, "schemas") => Shape::Map(K::Schema, o),
        (K::Components, "responses") => Shape::Map(K::Response, o),
        (K::Components, "parameters") => Shape::Map(K::Parameter, o),
        (K::Components, "examples") => Shape::Map(K::Example, o),
        (K::Components, "requestBodies") => Shape::Map(K::RequestBody, o),
        (K::Components, "headers") => Shape::Map(K::Header, o),
        (K::Components, "securitySchemes") => Shape::Map(K::SecurityScheme, o),
        (K::Components, "links") => Shape::Map(K::Link, o),
        (K::Components, "callbacks") => Shape::Map(K::Callback, o),
        (K::Paths | K::Callback, k) if !k.starts_with("x-") => Shape::Field(K::PathItem, o),
        (K::PathItem | K::Operation, "parameters") => Shape::List(K::Parameter),
        (K::PathItem, m) if Method::from_key(m).is_some() => Shape::Field(K::Operation, o),
        (K::Operation, "requestBody") => Shape::Field(K::RequestBody, o),
        (K::Operation, "responses") => Shape::Map(K::Response, o),
        (K::Operation, "callbacks") => Shape::Map(K::Callback, o),
        (K::Parameter | K::Header | K::MediaType, "schema") => Shape::Field(K::Schema, o),
        (K::Parameter | K::Header | K::RequestBody | K::Response, "content") => {
            Shape::Map(K::MediaType, o)
        }
        (K::Parameter | K::Header | K::MediaType, "examples") => Shape::Map(K::Example, o),
        (K::MediaType, "encoding") => Shape::Map(K::Encoding, o),
        (K::Encoding | K::Response, "headers") => Shape::Map(K::Header, o),
        (K::Response, "links") => Shape::Map(K::Link, o),
        (K::Schema, "properties") => Shape::Map(K::Schema, Role::Property),
        (K::Schema, "items") => Shape::Field(K::Schema, Role::Items),
        (K::Schema, "additionalProperties") => Shape::Field(K::Schema, Role::AdditionalProperties),
        (K::Schema, "not") => Shape::Field(K::Schema, o),
        (K::Schema, "allOf" | "oneOf" | "anyOf") => Shape::List(K::Schema),
        _ => Shape::None,
    }
}

/// Visit every structural node of `root` (an OpenAPI 3.0 document), parents first.
/// Iterative: documents nest deeply.
pub fn walk(root: &Value, visit: &mut dyn FnMut(&Node<'_>)) {
    walk_from(root, Kind::Document, visit);
}

/// [`walk`] from a node of some kind (a schema, a parameter… taken out of another file),
/// with pointers relative to it.
pub fn walk_from(root: &Value, kind: Kind, visit: &mut dyn FnMut(&Node<'_>)) {
    let mut stack: Vec<(String, &Value, Kind, Role)> =
        vec![(String::new(), root, kind, Role::Other)];
    while let Some((ptr, value, kind, role)) = stack.pop() {
        let node = Node {
            pointer: &ptr,
            value,
            kind,
            role,
        };
        visit(&node);
        let is_ref = node.reference().is_some();
        let Value::Object(map) = value else {
            continue;
        };
        // A Reference Object's siblings mean nothing in 3.0; a Path Item's do.
        if is_ref && kind != Kind::PathItem {
            continue;
        }
        let mut children: Vec<(String, &Value, Kind, Role)> = Vec::new();
        for (key, v) in map {
            // Each child's pointer is built in one string: the walk visits every
            // structural node of the document, several times per load.
            let here = |extra: usize| {
                let mut p = String::with_capacity(ptr.len() + key.len() + extra + 2);
                p.push_str(&ptr);
                push_segment(&mut p, key);
                p
            };
            match shape(kind, key) {
                Shape::Field(k, r) => children.push((here(0), v, k, r)),
                Shape::Map(k, r) => {
                    if let Value::Object(entries) = v {
                        // Names (a header may be called `x-rate-limit`), except in
                        // Responses, which carry extensions beside their statuses.
                        let extensions = key == "responses";
                        for (name, e) in entries
                            .iter()
                            .filter(|(n, _)| !(extensions && n.starts_with("x-")))
                        {
                            let mut p = here(name.len());
                            push_segment(&mut p, name);
                            children.push((p, e, k, r));
                        }
                    }
                }
                Shape::List(k) => {
                    if let Value::Array(items) = v {
                        for (i, e) in items.iter().enumerate() {
                            let mut p = here(4);
                            // Writing into a String cannot fail.
                            let _ = write!(p, "/{i}");
                            children.push((p, e, k, Role::Other));
                        }
                    }
                }
                Shape::None => {}
            }
        }
        // Parents first, then children in document order.
        stack.extend(children.into_iter().rev());
    }
}

/// `/` and `segment` escaped as a JSON-pointer segment (RFC 6901), appended to `pointer`.
fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    if segment.contains(['~', '/']) {
        pointer.push_str(&escape_pointer(segment));
    } else {
        pointer.push_str(segment);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_escape_names_and_number_list_items() {
        let doc = json!({"paths": {"/a/{b}": {"get": {"parameters": [{}, {"schema": {}}],
            "responses": {"2~0": {"description": "ok"}}}}}});
        let mut pointers = Vec::new();
        walk(&doc, &mut |n| pointers.push(n.pointer.to_string()));
        assert_eq!(
            pointers,
            [
                "",
                "/paths",
                "/paths/~1a~1{b}",
                "/paths/~1a~1{b}/get",
                "/paths/~1a~1{b}/get/parameters/0",
                "/paths/~1a~1{b}/get/parameters/1",
                "/paths/~1a~1{b}/get/parameters/1/schema",
                "/paths/~1a~1{b}/get/responses/2~00",
            ]
        );
    }

    #[test]
    fn references_only_where_the_schema_allows_them() {
        let doc = json!({
            "paths": {"/a": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/P"}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {
                        "schema": {"type": "object", "properties": {"$ref": {"type": "string"}}, "example": {"$ref": "data"}},
                        "examples": {"a": {"value": {"$ref": "data"}}, "b": {"$ref": "#/components/examples/E"}}
                    }}}},
                    "x-code": {"$ref": "data"}
                }
            }},
            "components": {"examples": {"E": {"value": {"$ref": "data"}}}, "schemas": {"S": {"default": {"$ref": "data"}, "items": {"$ref": "#/components/schemas/S"}}}}
        });
        let mut refs = Vec::new();
        walk(&doc, &mut |n| {
            if let Some(r) = n.reference() {
                refs.push((n.pointer.to_string(), r.as_str().unwrap_or("").to_string()));
            }
        });
        assert_eq!(
            refs,
            [
                (
                    "/paths/~1a/get/parameters/0".to_string(),
                    "#/components/parameters/P".to_string()
                ),
                (
                    "/paths/~1a/get/responses/200/content/application~1json/examples/b".to_string(),
                    "#/components/examples/E".to_string()
                ),
                (
                    "/components/schemas/S/items".to_string(),
                    "#/components/schemas/S".to_string()
                ),
            ]
        );
    }
}
