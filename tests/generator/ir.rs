//! Stage 2: the IR the kitchen-sink spec lowers to.

use crate::Rs;
use clientgen::ir::{Api, Success, TypeKind};

use crate::fixture;

fn sink() -> Api {
    clientgen::load_service(&fixture("kitchen_sink.yaml"))
        .unwrap()
        .api
}

fn ty<'a>(api: &'a Api, name: &str) -> &'a TypeKind {
    &api.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name}"))
        .kind
}

fn field<'a>(api: &'a Api, ty_name: &str, json: &str) -> &'a clientgen::ir::Field {
    match ty(api, ty_name) {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .find(|f| f.name == json)
            .unwrap_or_else(|| panic!("no field {json}")),
        other => panic!("{ty_name} is not a struct: {other:?}"),
    }
}

#[test]
fn names_are_valid_unique_identifiers() {
    let api = sink();
    assert_eq!(field(&api, "Pet", "type").ident, "r#type");
    assert_eq!(field(&api, "Pet", "self").ident, "self_");
    assert_eq!(field(&api, "Pet", "2fa").ident, "_2fa");
    assert_eq!(field(&api, "Pet", "tag-name").ident, "tag_name");
    assert_eq!(field(&api, "Pet", "tag_name").ident, "tag_name2");
    // `Result` would shadow std's Result in the types module.
    assert!(
        api.types.iter().any(|t| t.name == "Result2")
            && !api.types.iter().any(|t| t.name == "Result")
    );
    let ids: Vec<&str> = api.operations.iter().map(|o| o.ident.as_str()).collect();
    assert_eq!(
        ids,
        [
            "get_pet",
            "delete_pets_pet_id",
            "upload",
            "create_pet",
            "get_raw",
            "raw",
            "ping"
        ],
        "path order, then method order"
    );
    let get_pet = &api.operations[0];
    let params: Vec<&str> = get_pet.params.iter().map(|p| p.ident.as_str()).collect();
    assert_eq!(
        params,
        ["pet_id", "fields", "filter", "ids", "session", "x_trace", "r#type", "send2"]
    );
}

#[test]
fn optional_nullable_is_one_three_state_type() {
    let api = sink();
    let id = field(&api, "Pet", "id");
    assert_eq!((id.ty.rs(), id.skip_none), ("i64", false));
    let name = field(&api, "Pet", "name");
    assert_eq!(
        name.ty.rs(),
        "crate::runtime::Nullable<String>",
        "absent, null or a value: never Option<Option<_>>"
    );
    assert!(name.nullable && name.skip_absent && !name.skip_none);
    assert_eq!(
        field(&api, "Pet", "born").ty.rs(),
        "Option<crate::runtime::DateTime>"
    );
    assert_eq!(field(&api, "Pet", "uid").ty.rs(), "Option<uuid::Uuid>");
    assert_eq!(field(&api, "Pet", "ratio").ty.rs(), "Option<f32>");
    // Any value includes `null`: absent and `null` stay apart.
    assert_eq!(
        field(&api, "Pet", "extra").ty.rs(),
        "crate::runtime::Nullable<serde_json::Value>"
    );
    assert_eq!(
        field(&api, "Pet", "labels").ty.rs(),
        "Option<std::collections::BTreeMap<String, String>>"
    );
    assert!(field(&api, "Pet", "legacy").deprecated);
}

#[test]
fn recursive_types_are_boxed_once() {
    let api = sink();
    assert_eq!(field(&api, "Pet", "parent").ty.rs(), "Option<Box<Pet>>");
    assert_eq!(
        field(&api, "Pet", "children").ty.rs(),
        "Option<Vec<Pet>>",
        "Vec is already indirect"
    );
    assert_eq!(field(&api, "Node", "next").ty.rs(), "Option<Box<Link>>");
    assert_eq!(field(&api, "Link", "node").ty.rs(), "Option<Box<Node>>");
}

#[test]
fn all_of_merges_and_unions_keep_their_shape() {
    let api = sink();
    let dog = match ty(&api, "Dog") {
        TypeKind::Struct { fields, .. } => {
            fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>()
        }
        other => panic!("{other:?}"),
    };
    assert!(dog.contains(&"id") && dog.contains(&"bark"));
    assert_eq!(
        dog.iter().filter(|n| **n == "kind").count(),
        1,
        "overlapping property merged"
    );
    match ty(&api, "Animal") {
        TypeKind::Union {
            variants,
            discriminator,
            ..
        } => {
            assert_eq!(discriminator.as_deref(), Some("kind"));
            let tags: Vec<_> = variants
                .iter()
                .map(|v| (v.ident.as_str(), v.tag.as_deref()))
                .collect();
            assert_eq!(tags, [("Dog", Some("dog")), ("Cat", Some("cat"))]);
        }
        other => panic!("{other:?}"),
    }
    match ty(&api, "StringOrNumber") {
        TypeKind::Union {
            discriminator,
            other,
            ..
        } => assert_eq!((discriminator.as_deref(), other.as_str()), (None, "Other")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn enums_get_identifiers_for_any_value() {
    let api = sink();
    match ty(&api, "PetStatus") {
        TypeKind::StringEnum { variants, other } => {
            let ids: Vec<_> = variants.iter().map(|v| v.ident.as_str()).collect();
            assert_eq!(
                ids,
                [
                    "Available",
                    "Pending",
                    "Sold",
                    "Empty",
                    "SoldOut",
                    "SoldOut2",
                    "_1st"
                ]
            );
            assert_eq!(other, "Other");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(ty(&api, "Level"), TypeKind::IntEnum { .. }));
    assert!(matches!(ty(&api, "Ids"), TypeKind::Alias { ty } if ty.rs() == "Vec<String>"));
}

#[test]
fn operations_carry_params_bodies_responses_security_servers() {
    let api = sink();
    let get_pet = &api.operations[0];
    let styles: Vec<_> = get_pet
        .params
        .iter()
        .map(|p| (p.location.as_str(), p.format.style.name(), p.format.explode))
        .collect();
    assert_eq!(
        styles[1..5],
        [
            ("query", "form", false),
            ("query", "deepObject", true),
            ("query", "pipeDelimited", false),
            ("cookie", "form", true)
        ]
    );
    assert_eq!(get_pet.security, vec![vec!["key".to_string()]]);
    assert_eq!(
        get_pet.accept.as_deref(),
        Some("application/json, application/xml, text/plain")
    );
    let decodes: Vec<_> = get_pet
        .responses
        .iter()
        .map(|r| {
            (
                r.status.to_string(),
                r.decode.as_str(),
                r.variant.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        decodes,
        [
            ("200".to_string(), "json_or_xml", None),
            ("404".to_string(), "json", Some("NotFound")),
            ("5XX".to_string(), "none", Some("ServerError")),
            ("default".to_string(), "text", Some("Default"))
        ]
    );
    assert_eq!(
        get_pet.responses[1].headers_type.as_deref(),
        Some("XRequestIdHeaders")
    );

    let delete = &api.operations[1];
    assert!(delete.deprecated && delete.security.is_empty());
    assert!(
        matches!(&delete.success, Success::Optional { ty } if clientgen::render::rust_type(ty, "types::") == "types::Result2")
    );

    let create = api
        .operations
        .iter()
        .find(|o| o.ident == "create_pet")
        .unwrap();
    let body = create.body.as_ref().unwrap();
    assert_eq!(
        (body.content_type.as_str(), body.media_types.len()),
        ("application/json", 2)
    );
    assert!(matches!(&create.success, Success::Enum { variants, .. } if variants.len() == 2));

    let raw = &api.operations[5];
    assert_eq!(raw.servers[0].url, "https://upload.example.com");
    assert_eq!(api.servers[0].variables[0].default, "eu");
}

#[test]
fn lowering_is_deterministic() {
    let a = format!("{:?}", sink());
    let b = format!("{:?}", sink());
    assert_eq!(a, b);
}

/// Each parameter's format: the location's default style and explode when the spec gives
/// none (a style the location does not allow is refused when the document loads);
/// `x-collectionFormat` (swagger2openapi's, or our converter's) is the delimiter, dropped
/// when it is the style's own; an unknown one is a warning.
#[test]
fn parameter_formats_default_check_the_location_and_keep_a_collection_delimiter() {
    let src = r#"
openapi: 3.0.3
info: {title: x, version: "1"}
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, style: matrix, explode: true, schema: {type: string}}
        - {name: q, in: query, schema: {type: string}}
        - {name: deep, in: query, style: deepObject, schema: {type: object}}
        - {name: X-H, in: header, explode: true, schema: {type: string}}
        - {name: c, in: cookie, explode: false, schema: {type: string}}
        - {name: tabs, in: query, style: form, explode: false, x-collectionFormat: tsv, schema: {type: array, items: {type: string}}}
        - {name: X-Pipes, in: header, x-collectionFormat: pipes, schema: {type: array, items: {type: string}}}
        - {name: commas, in: query, explode: false, x-collectionFormat: csv, schema: {type: array, items: {type: string}}}
        - {name: odd, in: query, x-collectionFormat: semicolons, schema: {type: array, items: {type: string}}}
      responses:
        "204": {description: ok}
"#;
    let doc = clientgen::load::load_str(std::path::Path::new("f.yaml"), src.into()).unwrap();
    let api = clientgen::ir::lower(&doc, "f").unwrap();
    let formats: Vec<(&str, &str, bool, Option<char>)> = api.operations[0]
        .params
        .iter()
        .map(|p| {
            let f = p.format;
            (p.name.as_str(), f.style.name(), f.explode, f.delimiter)
        })
        .collect();
    assert_eq!(
        formats,
        [
            ("id", "matrix", true, None),
            ("q", "form", true, None),
            ("deep", "deepObject", false, None),
            ("X-H", "simple", true, None),
            ("c", "form", false, None),
            ("tabs", "form", false, Some('\t')),
            ("X-Pipes", "simple", false, Some('|')),
            ("commas", "form", false, None),
            ("odd", "form", true, None),
        ]
    );
    let warnings: Vec<String> = api
        .warnings
        .iter()
        .map(|w| format!("{} (at {})", w.message, w.pointer))
        .collect();
    assert_eq!(
        warnings,
        [
            "`x-collectionFormat: semicolons` is not a delimiter (csv, ssv, tsv, pipes): ignored (at /paths/~1a~1{id}/get/parameters/8/x-collectionFormat)",
        ]
    );
}
