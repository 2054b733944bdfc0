//! Stage 1½ — filter: between load and IR, drop the operations a config excludes, then
//! prune the components (schemas, responses, parameters, request bodies, headers…) that
//! only they reached, so the IR never sees them: no type, no method, no docs.
//! [`reach`] is the reachability pass it uses, which per-tag features use too.

pub mod reach;

use std::collections::BTreeSet;

use serde_json::Value;

pub use reach::{Component, OperationRef, Reach};

use crate::load::Document;

/// What filtering removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtered {
    /// The operations dropped, in document order.
    pub dropped: Vec<OperationRef>,
    /// The components only they reached.
    pub pruned: BTreeSet<Component>,
}

/// Drop the operations of `doc` that `keep` refuses, and the components only they reach
/// (components no operation reaches stay). Both views of the document (`raw`, which the IR
/// reads, and `api`) lose them.
pub fn filter(doc: &mut Document, keep: &dyn Fn(&OperationRef) -> bool) -> Filtered {
    let reach = Reach::of(&doc.raw);
    let kept: Vec<bool> = reach.operations.iter().map(keep).collect();
    if kept.iter().all(|k| *k) {
        return Filtered::default();
    }
    let pruned = reach.only_reached_by_dropped(&kept);
    let dropped: Vec<OperationRef> = reach
        .operations
        .iter()
        .zip(&kept)
        .filter(|(_, k)| !**k)
        .map(|(op, _)| op.clone())
        .collect();
    for op in &dropped {
        remove_operation(doc, op);
    }
    for c in &pruned {
        if let Some(Value::Object(entries)) = doc
            .raw
            .get_mut("components")
            .and_then(|c2| c2.get_mut(&c.section))
        {
            entries.shift_remove(&c.name);
        }
        if let Some(components) = doc.api.components.as_mut() {
            let name = c.name.as_str();
            match c.section.as_str() {
                "schemas" => drop(components.schemas.shift_remove(name)),
                "responses" => drop(components.responses.shift_remove(name)),
                "parameters" => drop(components.parameters.shift_remove(name)),
                "requestBodies" => drop(components.request_bodies.shift_remove(name)),
                "headers" => drop(components.headers.shift_remove(name)),
                "examples" => drop(components.examples.shift_remove(name)),
                "links" => drop(components.links.shift_remove(name)),
                "callbacks" => drop(components.callbacks.shift_remove(name)),
                "securitySchemes" => drop(components.security_schemes.shift_remove(name)),
                _ => {}
            }
        }
    }
    Filtered { dropped, pruned }
}

/// Remove one operation; a path item left without operations goes too.
fn remove_operation(doc: &mut Document, op: &OperationRef) {
    let Some(Value::Object(paths)) = doc.raw.get_mut("paths") else {
        return;
    };
    let mut empty = false;
    if let Some(Value::Object(item)) = paths.get_mut(&op.path) {
        item.shift_remove(&op.method);
        empty = !item.keys().any(|k| reach::is_method(k));
    }
    if empty {
        paths.shift_remove(&op.path);
        doc.api.paths.paths.shift_remove(&op.path);
        return;
    }
    if let Some(openapiv3::ReferenceOr::Item(item)) = doc.api.paths.paths.get_mut(&op.path) {
        match op.method.as_str() {
            "get" => item.get = None,
            "put" => item.put = None,
            "post" => item.post = None,
            "delete" => item.delete = None,
            "options" => item.options = None,
            "head" => item.head = None,
            "patch" => item.patch = None,
            "trace" => item.trace = None,
            _ => {}
        }
    }
}
