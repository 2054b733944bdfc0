//! Merging structurally identical types. Descriptions inline the same shapes again and
//! again (GitHub's repeats an `owner` object or a `state` enum hundreds of times), and each
//! copy would otherwise be a type of its own, with its own impls. Types identical in
//! everything that shows on the wire or in code are merged into one definition, the
//! canonical; every other name stays, as `pub type Duplicate = Canonical;`, so code naming
//! any of them still compiles.
//!
//! Identical means: the same kind; the same fields (names, Rust identifiers, types,
//! required-ness, nullability, how absence is written, read/write-only, deprecation), enum
//! values and variant identifiers in the same order, union variants, tags and
//! discriminator; the same type-level deprecation, derives and attributes (a config's); and
//! the types they name identical in turn — the coarsest partition that is stable under
//! following references (partition refinement), so recursive shapes merge too.
//! Descriptions (of the type, its fields and variants) do not count: the canonical's are
//! the ones shown. Aliases (a config's or the spec's `x-rust-type` mapping, `$ref`
//! chains) are never merged nor a canonical.
//!
//! The canonical of a set of identical types is a `components/schemas` type when one is,
//! else the first in the type table's (name) order: deterministic, and stable when an
//! unrelated type changes.

use std::collections::HashMap;

use super::types::box_recursive;
use super::{Api, Ty, TypeDef, TypeId, TypeKind};

/// How many types [`merge_duplicates`] turned into aliases.
pub fn merge_duplicates(api: &mut Api) -> usize {
    let _span = crate::timings::span("merge duplicates", || api.module.clone());
    let class = classes(&api.types);
    // Members of each class, in table order.
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in class.iter().enumerate() {
        members.entry(*c).or_default().push(i);
    }
    let mut merged = 0;
    let mut groups: Vec<Vec<usize>> = members.into_values().filter(|m| m.len() > 1).collect();
    groups.sort();
    for group in groups {
        let Some(canonical) = group
            .iter()
            .copied()
            .find(|&i| api.types.get(i).is_some_and(is_component))
            .or(group.first().copied())
        else {
            continue;
        };
        for i in group.into_iter().filter(|&i| i != canonical) {
            let Some(t) = api.types.get_mut(i) else {
                continue;
            };
            t.kind = TypeKind::Alias {
                ty: Ty::Ref(TypeId(canonical)),
                merged: true,
            };
            // The canonical has them; an alias cannot.
            t.derives.clear();
            t.attributes.clear();
            merged += 1;
        }
    }
    if merged > 0 {
        // A field naming a merged type may now close a cycle of unboxed fields through
        // the canonical.
        box_recursive(&mut api.types);
    }
    merged
}

/// A `components/schemas` entry itself (not a schema inline in one).
fn is_component(t: &TypeDef) -> bool {
    t.origin
        .strip_prefix("#/components/schemas/")
        .is_some_and(|name| !name.contains('/'))
}

/// Each type's class: types in one class are identical. Aliases are each in a class of
/// their own.
fn classes(types: &[TypeDef]) -> Vec<usize> {
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut class = Vec::with_capacity(types.len());
    let mut refs: Vec<Vec<TypeId>> = Vec::with_capacity(types.len());
    for (i, t) in types.iter().enumerate() {
        let (key, named) = shape(t);
        refs.push(named);
        let c = match key {
            Some(key) => {
                let next = keys.len();
                *keys.entry(key).or_insert(next)
            }
            // Unique: past every key's class.
            None => usize::MAX - i,
        };
        class.push(c);
    }
    // Refine until stable: two types stay together only while the types they name, in
    // order, are in the same classes. Refinement only splits classes, so an unchanged
    // count means an unchanged partition.
    let mut count = distinct(&class);
    loop {
        let mut next_ids: HashMap<(usize, Vec<usize>), usize> = HashMap::new();
        let next: Vec<usize> = class
            .iter()
            .zip(&refs)
            .map(|(c, named)| {
                let sig = (
                    *c,
                    named
                        .iter()
                        .map(|id| class.get(id.0).copied().unwrap_or(usize::MAX))
                        .collect(),
                );
                let n = next_ids.len();
                *next_ids.entry(sig).or_insert(n)
            })
            .collect();
        let n = distinct(&next);
        class = next;
        if n == count {
            return class;
        }
        count = n;
    }
}

fn distinct(class: &[usize]) -> usize {
    class.iter().collect::<std::collections::HashSet<_>>().len()
}

/// What must be equal for two types to merge, with the ids of the types they name left
/// out (returned in order, to be compared by class); `None` for a type never merged.
fn shape(t: &TypeDef) -> (Option<String>, Vec<TypeId>) {
    if matches!(t.kind, TypeKind::Alias { .. }) {
        return (None, Vec::new());
    }
    let mut kind = t.kind.clone();
    let mut named = Vec::new();
    let mut blank = |ty: &mut Ty| {
        ty.ids_mut(&mut |id| {
            named.push(*id);
            *id = TypeId(0);
        })
    };
    match &mut kind {
        TypeKind::Struct {
            fields, additional, ..
        } => {
            for f in fields {
                f.description = None;
                f.schema_desc.clear();
                blank(&mut f.ty);
            }
            if let Some(ty) = additional {
                blank(ty);
            }
        }
        TypeKind::StringEnum { variants, .. } | TypeKind::IntEnum { variants, .. } => {
            for v in variants {
                v.description = None;
            }
        }
        TypeKind::Union { variants, .. } => {
            for v in variants {
                blank(&mut v.ty);
            }
        }
        TypeKind::Alias { .. } => {}
    }
    let key = serde_json::to_string(&(&kind, t.deprecated, &t.derives, &t.attributes)).ok();
    (key, named)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{EnumVariant, Field, Scalar};

    fn def(name: &str, origin: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: origin.into(),
            description: Some(format!("{name}'s own docs")),
            deprecated: false,
            kind,
            derives: vec![],
            attributes: vec![],
        }
    }

    fn string_enum(values: &[&str]) -> TypeKind {
        TypeKind::StringEnum {
            variants: values
                .iter()
                .map(|v| EnumVariant {
                    ident: crate::ir::names::pascal(v),
                    value: v.to_string(),
                    description: Some(format!("{v} docs")),
                })
                .collect(),
            other: "Other".into(),
        }
    }

    fn field(name: &str, ty: Ty, required: bool, nullable: bool) -> Field {
        let ty = match (required, nullable) {
            (true, false) => ty,
            (true, true) => Ty::Option(Box::new(ty)),
            (false, false) => Ty::Option(Box::new(ty)),
            (false, true) => Ty::Nullable(Box::new(ty)),
        };
        Field {
            ident: name.into(),
            name: name.into(),
            description: Some(format!("the {name}")),
            required,
            nullable,
            deprecated: false,
            read_only: false,
            write_only: false,
            skip_none: !required && !nullable,
            skip_absent: !required && nullable,
            constructor_arg: required,
            ty,
            schema_desc: String::new(),
        }
    }

    fn object(fields: Vec<Field>) -> TypeKind {
        TypeKind::Struct {
            fields,
            additional: None,
            derive_default: false,
            has_new: false,
        }
    }

    fn api(types: Vec<TypeDef>) -> Api {
        Api {
            module: "m".into(),
            title: "t".into(),
            version: "1".into(),
            description: None,
            servers: vec![],
            security_schemes: vec![],
            operations: vec![],
            types,
            header_structs: vec![],
            warnings: vec![],
        }
    }

    /// The canonical each type is an alias of (`None`: a definition of its own).
    fn merged(types: Vec<TypeDef>) -> Vec<Option<usize>> {
        let mut api = api(types);
        merge_duplicates(&mut api);
        api.types
            .iter()
            .map(|t| match &t.kind {
                TypeKind::Alias {
                    ty: Ty::Ref(id),
                    merged: true,
                } => Some(id.0),
                _ => None,
            })
            .collect()
    }

    const INLINE: &str = "#/paths/~1a/get/responses/200";

    #[test]
    fn identical_enums_merge_into_the_component_whatever_their_docs() {
        let got = merged(vec![
            def("AState", INLINE, string_enum(&["open", "closed"])),
            def("BState", INLINE, string_enum(&["open", "closed"])),
            def(
                "State",
                "#/components/schemas/State",
                string_enum(&["open", "closed"]),
            ),
        ]);
        assert_eq!(got, [Some(2), Some(2), None]);
    }

    #[test]
    fn a_schema_inline_in_a_component_is_not_a_component() {
        let got = merged(vec![
            def(
                "IssueState",
                "#/components/schemas/Issue/properties/state",
                string_enum(&["a"]),
            ),
            def("State", "#/components/schemas/State", string_enum(&["a"])),
        ]);
        assert_eq!(got, [Some(1), None]);
    }

    #[test]
    fn without_a_component_the_first_in_table_order_is_canonical() {
        let got = merged(vec![
            def("AState", INLINE, string_enum(&["open", "closed"])),
            def("BState", INLINE, string_enum(&["open", "closed"])),
        ]);
        assert_eq!(got, [None, Some(0)]);
    }

    #[test]
    fn enums_with_values_in_another_order_or_other_values_stay_apart() {
        let got = merged(vec![
            def("A", INLINE, string_enum(&["open", "closed"])),
            def("B", INLINE, string_enum(&["closed", "open"])),
            def("C", INLINE, string_enum(&["open", "closed", "draft"])),
        ]);
        assert_eq!(got, [None, None, None]);
    }

    #[test]
    fn deprecation_of_the_type_keeps_it_apart() {
        let mut b = def("B", INLINE, string_enum(&["x"]));
        b.deprecated = true;
        assert_eq!(
            merged(vec![def("A", INLINE, string_enum(&["x"])), b]),
            [None, None]
        );
    }

    #[test]
    fn objects_differing_in_required_or_nullable_or_field_names_stay_apart() {
        let s = Ty::Scalar(Scalar::String);
        let got = merged(vec![
            def(
                "A",
                INLINE,
                object(vec![field("login", s.clone(), true, false)]),
            ),
            def(
                "B",
                INLINE,
                object(vec![field("login", s.clone(), false, false)]),
            ),
            def(
                "C",
                INLINE,
                object(vec![field("login", s.clone(), false, true)]),
            ),
            def(
                "D",
                INLINE,
                object(vec![field("name", s.clone(), true, false)]),
            ),
            def(
                "E",
                INLINE,
                object(vec![field("login", s.clone(), true, false)]),
            ),
        ]);
        assert_eq!(got, [None, None, None, None, Some(0)]);
    }

    #[test]
    fn objects_merge_when_the_types_they_name_merge() {
        // A and B name identical enums (E1, E2): they merge; C names a different one.
        let got = merged(vec![
            def(
                "A",
                INLINE,
                object(vec![field("s", Ty::Ref(TypeId(3)), true, false)]),
            ),
            def(
                "B",
                INLINE,
                object(vec![field("s", Ty::Ref(TypeId(4)), true, false)]),
            ),
            def(
                "C",
                INLINE,
                object(vec![field("s", Ty::Ref(TypeId(5)), true, false)]),
            ),
            def("E1", INLINE, string_enum(&["x", "y"])),
            def("E2", INLINE, string_enum(&["x", "y"])),
            def("E3", INLINE, string_enum(&["y", "x"])),
        ]);
        assert_eq!(got, [None, Some(0), None, None, Some(3), None]);
    }

    #[test]
    fn recursive_shapes_merge() {
        // Two linked lists, each naming itself.
        let node = |me: usize| {
            object(vec![field(
                "next",
                Ty::Box(Box::new(Ty::Ref(TypeId(me)))),
                false,
                false,
            )])
        };
        assert_eq!(
            merged(vec![def("A", INLINE, node(0)), def("B", INLINE, node(1))]),
            [None, Some(0)]
        );
    }

    #[test]
    fn aliases_and_mapped_types_are_never_merged() {
        let mapped = || TypeKind::Alias {
            ty: Ty::Path("rust_decimal::Decimal".into()),
            merged: false,
        };
        let got = merged(vec![
            def("A", "#/components/schemas/A", mapped()),
            def("B", "#/components/schemas/B", mapped()),
        ]);
        assert_eq!(got, [None, None]);
    }

    #[test]
    fn config_derives_keep_a_type_apart() {
        let mut b = def("B", INLINE, string_enum(&["x"]));
        b.derives.push("schemars::JsonSchema".into());
        assert_eq!(
            merged(vec![def("A", INLINE, string_enum(&["x"])), b]),
            [None, None]
        );
    }
}
