//! Type lowering as given/want tables (in the style of openapi-typescript's): a schema in,
//! the IR type and the Rust type a property of that schema gets out. Each row is one
//! property `value` of a component `Holder`, required or not; `Leaf` is a component to
//! refer to.

use clientgen::ir::{Ty, TypeKind};
use clientgen::render::rust_type;

struct Row {
    /// The property's schema, as YAML flow text.
    given: &'static str,
    required: bool,
    /// The IR type (`Debug` of `clientgen::ir::Ty`).
    want_ir: &'static str,
    /// The Rust type from the module root.
    want: &'static str,
}

const fn row(given: &'static str, want_ir: &'static str, want: &'static str) -> Row {
    Row {
        given,
        required: true,
        want_ir,
        want,
    }
}

const fn optional(given: &'static str, want_ir: &'static str, want: &'static str) -> Row {
    Row {
        given,
        required: false,
        want_ir,
        want,
    }
}

const TABLE: &[Row] = &[
    // Scalars, by type and format.
    row("{type: string}", "Scalar(String)", "String"),
    row(
        "{type: string, format: date-time}",
        "Scalar(DateTime)",
        "crate::runtime::DateTime",
    ),
    row(
        "{type: string, format: date}",
        "Scalar(Date)",
        "chrono::NaiveDate",
    ),
    row("{type: string, format: uuid}", "Scalar(Uuid)", "uuid::Uuid"),
    row("{type: string, format: email}", "Scalar(String)", "String"),
    row("{type: integer}", "Scalar(I64)", "i64"),
    row("{type: integer, format: int8}", "Scalar(I8)", "i8"),
    row("{type: integer, format: int16}", "Scalar(I16)", "i16"),
    row("{type: integer, format: int32}", "Scalar(I32)", "i32"),
    row("{type: integer, format: uint8}", "Scalar(U8)", "u8"),
    row("{type: integer, format: uint32}", "Scalar(U32)", "u32"),
    row("{type: integer, format: uint64}", "Scalar(U64)", "u64"),
    row(
        "{type: integer, maximum: 18446744073709551615}",
        "Scalar(U64)",
        "u64",
    ),
    row(
        "{type: integer, minimum: -1, maximum: 18446744073709551615}",
        "Scalar(I64)",
        "i64",
    ),
    row("{type: number}", "Scalar(F64)", "f64"),
    row("{type: number, format: float}", "Scalar(F32)", "f32"),
    row("{type: number, format: double}", "Scalar(F64)", "f64"),
    row("{type: boolean}", "Scalar(Bool)", "bool"),
    row("{}", "Scalar(Any)", "serde_json::Value"),
    row(
        "{description: anything}",
        "Scalar(Any)",
        "serde_json::Value",
    ),
    // Arrays and maps.
    row(
        "{type: array, items: {type: string}}",
        "Vec(Scalar(String))",
        "Vec<String>",
    ),
    row(
        "{type: array}",
        "Vec(Scalar(Any))",
        "Vec<serde_json::Value>",
    ),
    row(
        "{type: array, items: {type: integer, nullable: true}}",
        "Vec(Option(Scalar(I64)))",
        "Vec<Option<i64>>",
    ),
    row(
        "{type: array, items: {type: array, items: {$ref: '#/components/schemas/Leaf'}}}",
        "Vec(Vec(Named(\"Leaf\")))",
        "Vec<Vec<types::Leaf>>",
    ),
    row(
        "{type: object, additionalProperties: {type: integer}}",
        "Map(Scalar(I64))",
        "std::collections::BTreeMap<String, i64>",
    ),
    row(
        "{type: object}",
        "Map(Scalar(Any))",
        "std::collections::BTreeMap<String, serde_json::Value>",
    ),
    row(
        "{type: object, additionalProperties: true}",
        "Map(Scalar(Any))",
        "std::collections::BTreeMap<String, serde_json::Value>",
    ),
    // References, and the wrappers that mean the same.
    row(
        "{$ref: '#/components/schemas/Leaf'}",
        "Named(\"Leaf\")",
        "types::Leaf",
    ),
    row(
        "{allOf: [{$ref: '#/components/schemas/Leaf'}]}",
        "Named(\"Leaf\")",
        "types::Leaf",
    ),
    row(
        "{oneOf: [{$ref: '#/components/schemas/Leaf'}]}",
        "Named(\"Leaf\")",
        "types::Leaf",
    ),
    // Nullability: required and nullable is `Option` (sent as null); optional is `Option`
    // (left out); optional and nullable is the three-state `Nullable`.
    row(
        "{type: string, nullable: true}",
        "Option(Scalar(String))",
        "Option<String>",
    ),
    row(
        "{allOf: [{$ref: '#/components/schemas/Leaf'}], nullable: true}",
        "Option(Named(\"Leaf\"))",
        "Option<types::Leaf>",
    ),
    row(
        "{$ref: '#/components/schemas/Leaf', nullable: true}",
        "Option(Named(\"Leaf\"))",
        "Option<types::Leaf>",
    ),
    optional("{type: string}", "Option(Scalar(String))", "Option<String>"),
    optional(
        "{type: string, nullable: true}",
        "Nullable(Scalar(String))",
        "crate::runtime::Nullable<String>",
    ),
    optional(
        "{type: string, readOnly: true}",
        "Option(Scalar(String))",
        "Option<String>",
    ),
    // Schemas that get a generated type of their own, named after where they are.
    row(
        "{type: string, enum: [a, b]}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    row(
        "{type: integer, enum: [1, 2]}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    row(
        "{enum: [x, y]}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    row(
        "{type: object, properties: {a: {type: string}}}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    row(
        "{type: object, additionalProperties: false}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    row(
        "{oneOf: [{type: string}, {type: integer}]}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    row(
        "{allOf: [{$ref: '#/components/schemas/Leaf'}, {properties: {b: {type: integer}}}]}",
        "Named(\"HolderValue\")",
        "types::HolderValue",
    ),
    // Enums whose values are not all one kind keep the schema's plain type.
    row("{enum: [1, x]}", "Scalar(Any)", "serde_json::Value"),
    row("{type: number, enum: [1.5, 2.5]}", "Scalar(F64)", "f64"),
];

fn lower(row: &Row) -> clientgen::ir::Api {
    let spec = format!(
        "openapi: 3.0.3\n\
         info: {{title: Lowering, version: '1'}}\n\
         paths: {{}}\n\
         components:\n  schemas:\n    \
           Leaf: {{type: object, properties: {{x: {{type: string}}}}}}\n    \
           Holder:\n      type: object\n      {}properties:\n        value: {}\n",
        if row.required {
            "required: [value]\n      "
        } else {
            ""
        },
        row.given
    );
    let doc = clientgen::load::load_str(std::path::Path::new("lowering.yaml"), spec)
        .unwrap_or_else(|e| panic!("{}: {e}", row.given));
    clientgen::ir::lower(&doc, "lowering").unwrap_or_else(|e| panic!("{}: {e}", row.given))
}

fn value_ty(api: &clientgen::ir::Api) -> Ty {
    let holder = api.types.iter().find(|t| t.name == "Holder").unwrap();
    match &holder.kind {
        TypeKind::Struct { fields, .. } => fields[0].ty.clone(),
        other => panic!("Holder is not a struct: {other:?}"),
    }
}

#[test]
fn schemas_lower_to_these_types() {
    let mut wrong = Vec::new();
    for row in TABLE {
        let ty = value_ty(&lower(row));
        let (ir, rust) = (format!("{ty:?}"), rust_type(&ty, "types::"));
        if ir != row.want_ir || rust != row.want {
            wrong.push(format!(
                "{} ({}):\n  want {} / {}\n  got  {ir} / {rust}",
                row.given,
                if row.required { "required" } else { "optional" },
                row.want_ir,
                row.want
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// What the inline schemas that get a type of their own become (a composition of one
/// schema is that schema: no type of its own).
#[test]
fn named_schemas_lower_to_these_kinds() {
    let table: &[(&str, &str)] = &[
        ("{type: string, enum: [a, b]}", "string enum a, b"),
        ("{type: integer, enum: [1, 2]}", "integer enum 1, 2 in i64"),
        ("{type: integer, format: int32, enum: [1, 2]}", "integer enum 1, 2 in i32"),
        ("{type: integer, format: int8, enum: [1, 1000]}", "integer enum 1, 1000 in i64"),
        (
            "{type: object, properties: {a: {type: string}}}",
            "struct a: Option<String> + map of serde_json::Value",
        ),
        (
            "{type: object, properties: {a: {type: string}}, additionalProperties: false}",
            "struct a: Option<String>",
        ),
        (
            "{type: object, required: [a], properties: {a: {type: integer}}, additionalProperties: {type: string}}",
            "struct a: i64 + map of String",
        ),
        ("{oneOf: [{type: string}, {type: integer}]}", "untagged union String | i64"),
        (
            "{oneOf: [{$ref: '#/components/schemas/Leaf'}, {properties: {kind: {enum: [b]}}}], discriminator: {propertyName: kind}}",
            "tagged union on kind: Leaf = Box<types::Leaf> | b = Box<types::HolderValueB>",
        ),
        (
            "{oneOf: [{$ref: '#/components/schemas/Leaf'}], discriminator: {propertyName: kind}}",
            "no type",
        ),
    ];
    let mut wrong = Vec::new();
    for (given, want) in table {
        let api = lower(&row(given, "", ""));
        let def = api.types.iter().find(|t| t.name == "HolderValue");
        let got = match def.map(|d| &d.kind) {
            Some(TypeKind::StringEnum { variants, .. }) => format!(
                "string enum {}",
                variants
                    .iter()
                    .map(|v| v.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(TypeKind::IntEnum { variants, repr, .. }) => format!(
                "integer enum {} in {}",
                variants
                    .iter()
                    .map(|v| v.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                clientgen::render::scalar(*repr)
            ),
            Some(TypeKind::Struct {
                fields, additional, ..
            }) => format!(
                "struct {}{}",
                fields
                    .iter()
                    .map(|f| format!("{}: {}", f.ident, rust_type(&f.ty, "types::")))
                    .collect::<Vec<_>>()
                    .join(", "),
                additional
                    .as_ref()
                    .map(|t| format!(" + map of {}", rust_type(t, "types::")))
                    .unwrap_or_default()
            ),
            Some(TypeKind::Union {
                variants,
                discriminator,
                ..
            }) => {
                let vs: Vec<String> = variants
                    .iter()
                    .map(|v| match &v.tag {
                        Some(tag) => format!("{tag} = {}", rust_type(&v.ty, "types::")),
                        None => rust_type(&v.ty, "types::"),
                    })
                    .collect();
                match discriminator {
                    Some(d) => format!("tagged union on {d}: {}", vs.join(" | ")),
                    None => format!("untagged union {}", vs.join(" | ")),
                }
            }
            Some(TypeKind::Alias { ty, .. }) => format!("alias {}", rust_type(ty, "types::")),
            None => "no type".into(),
        };
        if got != *want {
            wrong.push(format!("{given}:\n  want {want}\n  got  {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
