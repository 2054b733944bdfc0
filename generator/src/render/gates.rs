//! The `#[cfg(feature = …)]` attributes of per-tag features ([`crate::features`]): put on
//! each item of the rendered Rust (before formatting) whose name a gate is known for, so the
//! templates need not know about features. Also reports which runtime features each gated
//! (and each always-compiled) item's code uses, so a tag's feature enables only those.

use std::collections::{BTreeMap, BTreeSet};

use syn::Item;

use crate::filter::reach::Gate;
use crate::runtime::{features_used, Feature};

/// The attribute for `gate`, as rustfmt lays it out at `indent`: `#[cfg(feature =
/// "repos")]`, `#[cfg(any(feature = "a", feature = "b"))]` (one feature a line, without a
/// trailing comma, past `attr_fn_like_width`); none when always compiled.
pub fn cfg_attr(gate: &Gate, indent: usize) -> Option<String> {
    let Gate::Any(names) = gate else {
        return None;
    };
    let each: Vec<String> = names.iter().map(|n| format!("feature = {n:?}")).collect();
    let pad = " ".repeat(indent);
    Some(match each.as_slice() {
        [one] => format!("{pad}#[cfg({one})]"),
        _ => {
            let joined = each.join(", ");
            if joined.len() <= super::layout::ATTR_FN_LIKE_WIDTH
                && indent + joined.len() + "#[cfg(any())]".len() <= super::layout::MAX_WIDTH
            {
                format!("{pad}#[cfg(any({joined}))]")
            } else {
                let lines: Vec<String> = each.iter().map(|e| format!("{pad}    {e}")).collect();
                format!("{pad}#[cfg(any(\n{}\n{pad}))]", lines.join(",\n"))
            }
        }
    })
}

/// Each item's gate and the runtime features its code names.
pub type Used = Vec<(Gate, BTreeSet<Feature>)>;

/// Which gate each item of one file has.
#[derive(Debug, Clone, Default)]
pub struct FileGates {
    /// Top-level items (a type and its `impl`s, by the type's name).
    pub items: BTreeMap<String, Gate>,
    /// Methods of `impl Client`, by name.
    pub methods: BTreeMap<String, Gate>,
}

/// `source` with each gated item's attribute added, and for each item the gate and the
/// runtime features its code names. Source that does not parse is returned as is (the
/// formatter reports it).
pub fn apply(source: &str, gates: &FileGates) -> (String, Used) {
    let Ok(file) = syn::parse_file(source) else {
        return (source.to_string(), Vec::new());
    };
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    // (first line, 0-based, of each item; its gate); ranges run to the next item's start.
    let mut starts: Vec<(usize, Gate)> = Vec::new();
    let mut inserts: Vec<(usize, String)> = Vec::new();
    for item in &file.items {
        let Some(line) = first_line(item) else {
            continue;
        };
        let gate = name_of(item).and_then(|n| gates.items.get(&n)).cloned();
        match (gate, item) {
            (Some(g), _) => {
                inserts.extend(cfg_attr(&g, 0).map(|a| (line, a)));
                starts.push((line, g));
            }
            (None, Item::Impl(imp))
                if imp.trait_.is_none() && self_name(&imp.self_ty).as_deref() == Some("Client") =>
            {
                starts.push((line, Gate::Always));
                for it in &imp.items {
                    let syn::ImplItem::Fn(f) = it else { continue };
                    let Some(l) = f
                        .attrs
                        .first()
                        .map(|a| a.pound_token.span.start().line)
                        .or(Some(f.sig.fn_token.span.start().line))
                    else {
                        continue;
                    };
                    let g = gates
                        .methods
                        .get(&f.sig.ident.to_string())
                        .cloned()
                        .unwrap_or(Gate::Always);
                    inserts.extend(cfg_attr(&g, 4).map(|a| (l.saturating_sub(1), a)));
                    starts.push((l.saturating_sub(1), g));
                }
            }
            (None, _) => starts.push((line, Gate::Always)),
        }
    }
    starts.sort_by_key(|(l, _)| *l);
    let mut used = Vec::new();
    for (i, (start, gate)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(lines.len(), |(l, _)| *l);
        let text: String = lines.get(*start..end).unwrap_or_default().concat();
        used.push((gate.clone(), features_used([text.as_str()])));
    }
    // Code before the first item (the crate's inner attributes and docs) is always there.
    let head: String = lines
        .get(..starts.first().map_or(0, |(l, _)| *l))
        .unwrap_or_default()
        .concat();
    used.push((Gate::Always, features_used([head.as_str()])));
    inserts.sort_by_key(|(line, _)| std::cmp::Reverse(*line));
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for (line, attr) in inserts {
        if line <= out.len() {
            out.insert(line, format!("{attr}\n"));
        }
    }
    (out.concat(), used)
}

/// The 0-based line an item starts on (its first attribute or doc comment).
fn first_line(item: &Item) -> Option<usize> {
    let tokens = quote::ToTokens::to_token_stream(item);
    let first = tokens.into_iter().next()?;
    Some(first.span().start().line.saturating_sub(1))
}

/// The name a gate is looked up by: a type's, for an `impl` its self type's, and for the
/// runtime's item macros (`string_enum! { pub enum Status … }`,
/// `request_builder!(GetPet => …)`) the first name they declare.
fn name_of(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        Item::Impl(i) => self_name(&i.self_ty),
        Item::Macro(m) => declared_name(m.mac.tokens.clone()),
        _ => None,
    }
}

/// The first identifier of a macro's input that is not an attribute or a keyword of the
/// item it declares.
fn declared_name(tokens: proc_macro2::TokenStream) -> Option<String> {
    let mut after_pound = false;
    for t in tokens {
        match t {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == '#' => after_pound = true,
            proc_macro2::TokenTree::Group(_) if after_pound => after_pound = false,
            proc_macro2::TokenTree::Group(_) => {}
            proc_macro2::TokenTree::Ident(i) => {
                let name = i.to_string();
                if !matches!(name.as_str(), "pub" | "enum" | "struct" | "crate" | "type") {
                    return Some(name);
                }
            }
            _ => {}
        }
    }
    None
}

fn self_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gated_items_get_their_attribute_and_report_their_runtime_features() {
        let src = "//! Docs.\n\n/// A pet.\n#[derive(Debug)]\npub struct Pet {\n    at: crate::runtime::DateTime,\n}\n\nimpl Pet {\n    fn f() {}\n}\n\npub struct Client;\n\nimpl Client {\n    /// List.\n    pub fn list(&self) {}\n\n    pub fn other(&self) { crate::runtime::decode_xml(); }\n}\n";
        let gates = FileGates {
            items: [("Pet".to_string(), Gate::Any(["pets".to_string()].into()))].into(),
            methods: [(
                "other".to_string(),
                Gate::Any(["a".to_string(), "b".to_string()].into()),
            )]
            .into(),
        };
        let (out, used) = apply(src, &gates);
        assert_eq!(
            out,
            "//! Docs.\n\n#[cfg(feature = \"pets\")]\n/// A pet.\n#[derive(Debug)]\npub struct Pet {\n    at: crate::runtime::DateTime,\n}\n\n#[cfg(feature = \"pets\")]\nimpl Pet {\n    fn f() {}\n}\n\npub struct Client;\n\nimpl Client {\n    /// List.\n    pub fn list(&self) {}\n\n    #[cfg(any(feature = \"a\", feature = \"b\"))]\n    pub fn other(&self) { crate::runtime::decode_xml(); }\n}\n"
        );
        let with = |f: Feature| -> Vec<Gate> {
            used.iter()
                .filter(|(_, u)| u.contains(&f))
                .map(|(g, _)| g.clone())
                .collect()
        };
        assert_eq!(
            with(Feature::Chrono),
            [Gate::Any(["pets".to_string()].into())]
        );
        assert_eq!(
            with(Feature::Xml),
            [Gate::Any(["a".to_string(), "b".to_string()].into())]
        );
    }
}
