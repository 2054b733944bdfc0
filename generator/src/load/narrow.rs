//! Where exactly a document fails to deserialize. `openapiv3` reads `$ref`-or-value nodes
//! as untagged enums, and serde loses the path inside those: a bad parameter style deep in
//! a path item is reported "at /paths". This deserializes the document's parts one by one
//! (path items, operations, parameters, bodies, responses, components, schemas and their
//! subschemas) and returns the deepest part that fails, with serde's own path inside it.
//! Only run after the whole document failed, so its cost does not matter.

use crate::ir::Method;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::escape_pointer;
use openapiv3::{
    Header, Info, Operation, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema,
    SecurityScheme, Server, Tag,
};

/// `(pointer, message)` of the deepest failing part, if any part fails on its own.
pub fn deepest_error(doc: &Value) -> Option<(String, String)> {
    let mut n = Narrow { best: None };
    n.document(doc);
    n.best
}

struct Narrow {
    best: Option<(String, String)>,
}

impl Narrow {
    /// Deserialize `v` (at `ptr`) as `T`; on failure remember it if it is the deepest yet.
    /// Returns whether it failed.
    fn fails<T: DeserializeOwned>(&mut self, v: &Value, ptr: &str) -> bool {
        match serde_path_to_error::deserialize::<_, T>(v) {
            Ok(_) => false,
            Err(e) => {
                let inner = super::path_to_pointer(e.path());
                let here = format!("{ptr}{inner}");
                let deeper = self.best.as_ref().is_none_or(|(p, _)| here.len() > p.len());
                if deeper {
                    self.best = Some((here, e.inner().to_string()));
                }
                true
            }
        }
    }

    fn document(&mut self, doc: &Value) {
        if let Some(v) = doc.get("info") {
            self.fails::<Info>(v, "/info");
        }
        for (i, s) in items(doc.get("servers")) {
            self.fails::<Server>(s, &format!("/servers/{i}"));
        }
        for (i, t) in items(doc.get("tags")) {
            self.fails::<Tag>(t, &format!("/tags/{i}"));
        }
        for (path, item) in entries(doc.get("paths")) {
            let ptr = format!("/paths/{}", escape_pointer(path));
            self.path_item(item, &ptr);
        }
        let components = doc.get("components");
        let section = |name: &str| entries(components.and_then(|c| c.get(name)));
        for (name, s) in section("schemas") {
            self.schema(s, &format!("/components/schemas/{}", escape_pointer(name)));
        }
        for (name, p) in section("parameters") {
            self.parameter(
                p,
                &format!("/components/parameters/{}", escape_pointer(name)),
            );
        }
        for (name, b) in section("requestBodies") {
            self.body(
                b,
                &format!("/components/requestBodies/{}", escape_pointer(name)),
            );
        }
        for (name, r) in section("responses") {
            self.response(
                r,
                &format!("/components/responses/{}", escape_pointer(name)),
            );
        }
        for (name, h) in section("headers") {
            self.header(h, &format!("/components/headers/{}", escape_pointer(name)));
        }
        for (name, s) in section("securitySchemes") {
            let ptr = format!("/components/securitySchemes/{}", escape_pointer(name));
            self.fails::<ReferenceOr<SecurityScheme>>(s, &ptr);
        }
    }

    fn path_item(&mut self, item: &Value, ptr: &str) {
        if !self.fails::<ReferenceOr<PathItem>>(item, ptr) {
            return;
        }
        for (i, p) in items(item.get("parameters")) {
            self.parameter(p, &format!("{ptr}/parameters/{i}"));
        }
        for (i, s) in items(item.get("servers")) {
            self.fails::<Server>(s, &format!("{ptr}/servers/{i}"));
        }
        for m in Method::keys() {
            let Some(op) = item.get(m) else { continue };
            let op_ptr = format!("{ptr}/{m}");
            if !self.fails::<Operation>(op, &op_ptr) {
                continue;
            }
            for (i, p) in items(op.get("parameters")) {
                self.parameter(p, &format!("{op_ptr}/parameters/{i}"));
            }
            if let Some(b) = op.get("requestBody") {
                self.body(b, &format!("{op_ptr}/requestBody"));
            }
            for (status, r) in entries(op.get("responses")) {
                self.response(r, &format!("{op_ptr}/responses/{}", escape_pointer(status)));
            }
        }
    }

    fn parameter(&mut self, p: &Value, ptr: &str) {
        if self.fails::<ReferenceOr<Parameter>>(p, ptr) {
            self.schema_and_content(p, ptr);
        }
    }

    fn header(&mut self, h: &Value, ptr: &str) {
        if self.fails::<ReferenceOr<Header>>(h, ptr) {
            self.schema_and_content(h, ptr);
        }
    }

    fn body(&mut self, b: &Value, ptr: &str) {
        if self.fails::<ReferenceOr<RequestBody>>(b, ptr) {
            self.schema_and_content(b, ptr);
        }
    }

    fn response(&mut self, r: &Value, ptr: &str) {
        if !self.fails::<ReferenceOr<Response>>(r, ptr) {
            return;
        }
        self.schema_and_content(r, ptr);
        for (name, h) in entries(r.get("headers")) {
            self.header(h, &format!("{ptr}/headers/{}", escape_pointer(name)));
        }
    }

    fn schema_and_content(&mut self, v: &Value, ptr: &str) {
        if let Some(s) = v.get("schema") {
            self.schema(s, &format!("{ptr}/schema"));
        }
        for (media, m) in entries(v.get("content")) {
            if let Some(s) = m.get("schema") {
                let p = format!("{ptr}/content/{}/schema", escape_pointer(media));
                self.schema(s, &p);
            }
        }
    }

    fn schema(&mut self, s: &Value, ptr: &str) {
        if !self.fails::<ReferenceOr<Schema>>(s, ptr) {
            return;
        }
        for (name, p) in entries(s.get("properties")) {
            self.schema(p, &format!("{ptr}/properties/{}", escape_pointer(name)));
        }
        for key in ["items", "not"] {
            if let Some(sub) = s.get(key) {
                self.schema(sub, &format!("{ptr}/{key}"));
            }
        }
        if let Some(sub @ Value::Object(_)) = s.get("additionalProperties") {
            self.schema(sub, &format!("{ptr}/additionalProperties"));
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for (i, sub) in items(s.get(key)) {
                self.schema(sub, &format!("{ptr}/{key}/{i}"));
            }
        }
    }
}

fn items(v: Option<&Value>) -> impl Iterator<Item = (usize, &Value)> {
    v.and_then(Value::as_array)
        .into_iter()
        .flat_map(|a| a.iter().enumerate())
}

fn entries(v: Option<&Value>) -> impl Iterator<Item = (&String, &Value)> {
    v.and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.iter())
}

#[cfg(test)]
mod tests {
    use super::deepest_error;
    use serde_json::json;

    #[test]
    fn finds_the_bad_part_inside_untagged_nodes() {
        let doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {
                "parameters": [
                    {"name": "ok", "in": "query", "schema": {"type": "string"}},
                    {"name": "bad", "in": "query", "style": "simple", "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "x", "content": {"application/json": {
                    "schema": {"type": "object", "properties": {"p": {"type": "array", "items": {"type": "string", "nullable": "yes"}}}}
                }}}}
            }}}
        });
        let (ptr, msg) = deepest_error(&doc).unwrap();
        assert_eq!(
            ptr,
            "/paths/~1a/get/responses/200/content/application~1json/schema/properties/p/items"
        );
        assert!(msg.contains("boolean"), "{msg}");
        let mut doc = doc;
        doc["paths"]["/a"]["get"]["responses"]["200"] = json!({"description": "x"});
        let (ptr, msg) = deepest_error(&doc).unwrap();
        assert!(ptr.starts_with("/paths/~1a/get/parameters/1"), "{ptr}");
        assert!(msg.contains("simple"), "{msg}");
    }
}
