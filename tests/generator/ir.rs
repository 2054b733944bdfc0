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
    assert_eq!((id.ty.rs(&api.types), id.skip_none), ("i64", false));
    let name = field(&api, "Pet", "name");
    assert_eq!(
        name.ty.rs(&api.types),
        "crate::runtime::Nullable<String>",
        "absent, null or a value: never Option<Option<_>>"
    );
    assert!(name.nullable && name.skip_absent && !name.skip_none);
    assert_eq!(
        field(&api, "Pet", "born").ty.rs(&api.types),
        "Option<crate::runtime::DateTime>"
    );
    assert_eq!(
        field(&api, "Pet", "uid").ty.rs(&api.types),
        "Option<uuid::Uuid>"
    );
    assert_eq!(field(&api, "Pet", "ratio").ty.rs(&api.types), "Option<f32>");
    // Any value includes `null`: absent and `null` stay apart.
    assert_eq!(
        field(&api, "Pet", "extra").ty.rs(&api.types),
        "crate::runtime::Nullable<serde_json::Value>"
    );
    assert_eq!(
        field(&api, "Pet", "labels").ty.rs(&api.types),
        "Option<std::collections::BTreeMap<String, String>>"
    );
    assert!(field(&api, "Pet", "legacy").deprecated);
}

#[test]
fn recursive_types_are_boxed_once() {
    let api = sink();
    assert_eq!(
        field(&api, "Pet", "parent").ty.rs(&api.types),
        "Option<Box<Pet>>"
    );
    assert_eq!(
        field(&api, "Pet", "children").ty.rs(&api.types),
        "Option<Vec<Pet>>",
        "Vec is already indirect"
    );
    assert_eq!(
        field(&api, "Node", "next").ty.rs(&api.types),
        "Option<Box<Link>>"
    );
    assert_eq!(
        field(&api, "Link", "node").ty.rs(&api.types),
        "Option<Box<Node>>"
    );
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
    assert!(
        matches!(ty(&api, "Ids"), TypeKind::Alias { ty, .. } if ty.rs(&api.types) == "Vec<String>")
    );
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
        matches!(&delete.success, Success::Optional { ty } if clientgen::render::rust_type(ty, &api.types, "types::") == "types::Result2")
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

/// Security schemes are read from the typed document, with what it does not keep taken
/// from the raw one by pointer: the order of an OAuth2 scheme's flows (the first flow the
/// client drives takes the scheme's name, here the authorization-code flow written
/// before client credentials), `x-authorization-params`, and a scheme that is a `$ref`
/// (followed in the raw document, read there as a typed scheme). A `$ref` to something
/// that is not a valid scheme is an error at its pointer.
#[test]
fn security_schemes_come_from_the_typed_document_with_flow_order_and_extensions() {
    let spec = r#"
openapi: 3.0.3
info: {title: Schemes, version: '1'}
paths: {}
x-shared:
  key: {type: apiKey, in: cookie, name: sid, description: '  Shared.  '}
components:
  securitySchemes:
    oauth:
      type: oauth2
      description: ' '
      flows:
        authorizationCode:
          authorizationUrl: https://a.example/auth
          tokenUrl: https://a.example/code-token
          scopes: {b: B., a: A.}
        clientCredentials:
          tokenUrl: https://a.example/cc-token
          scopes: {}
    structured:
      type: apiKey
      in: header
      name: Authorization
      x-authorization-params: {scheme: Emby, params: [Token], secret: [Token]}
    shared: {$ref: '#/x-shared/key'}
    jwt: {type: http, scheme: Bearer, bearerFormat: JWT}
"#;
    let doc = clientgen::load::load_str(std::path::Path::new("schemes.yaml"), spec.into())
        .unwrap_or_else(|e| panic!("{e}"));
    let api = clientgen::ir::lower(&doc, "schemes").unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = api
        .security_schemes
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["oauth", "structured", "shared", "jwt"]);
    use clientgen::ir::{FlowKind, Location, SchemeKind};
    let [oauth, structured, shared, jwt] = api.security_schemes.as_slice() else {
        panic!("four schemes");
    };
    let SchemeKind::OAuth2 { flows } = &oauth.kind else {
        panic!("{oauth:?}");
    };
    let flows: Vec<_> = flows
        .iter()
        .map(|f| {
            (
                f.flow,
                f.token_url.as_deref(),
                f.method.as_deref(),
                f.scopes.len(),
            )
        })
        .collect();
    assert_eq!(
        flows,
        [
            (
                FlowKind::AuthorizationCode,
                Some("https://a.example/code-token"),
                Some("oauth"),
                2
            ),
            (
                FlowKind::ClientCredentials,
                Some("https://a.example/cc-token"),
                Some("oauth_client_credentials"),
                0
            ),
        ]
    );
    assert_eq!(oauth.description, None, "a blank description is none");
    let SchemeKind::ApiKey {
        auth_params: Some(ap),
        ..
    } = &structured.kind
    else {
        panic!("{structured:?}");
    };
    assert_eq!(
        (ap.scheme.as_str(), ap.secret.as_slice()),
        ("Emby", &["Token".to_string()][..])
    );
    assert!(
        matches!(&shared.kind, SchemeKind::ApiKey { location: Location::Cookie, param, auth_params: None } if param == "sid")
    );
    assert_eq!(shared.description.as_deref(), Some("Shared."));
    assert!(jwt.derived.values().any(|m| m == "jwt_signed"), "{jwt:?}");

    let bad = spec.replace("name: sid,", "");
    let doc = clientgen::load::load_str(std::path::Path::new("schemes.yaml"), bad)
        .unwrap_or_else(|e| panic!("{e}"));
    let err = clientgen::ir::lower(&doc, "schemes")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("/x-shared/key") && err.contains("not a valid apiKey security scheme"),
        "{err}"
    );
}
