//! Swagger 2.0 and OpenAPI 3.1 inputs, converted to OpenAPI 3.0 in the load stage
//! (generator/src/load/convert/). Golden files: the converted document and the warnings
//! for a 2.0 and a 3.1 document that use every converted construct
//! (`UPDATE_GOLDEN=1 cargo test --test generator convert` rewrites them). The generated
//! crates are compiled by the `upstream` test binary (`crate_builds_clippy_clean_and_talks_http`).

use crate::Rs;
use std::path::{Path, PathBuf};

use clientgen::load::{self, convert::Dialect};

pub const FIXTURES: &[(&str, Dialect)] = &[
    ("swagger2", Dialect::Swagger20),
    ("openapi31", Dialect::OpenApi31),
    ("openapi32", Dialect::OpenApi32),
];

pub fn fixture(stem: &str) -> PathBuf {
    crate::fixture("convert").join(format!("{stem}.yaml"))
}

/// A type as the service module writes it.
fn rust(ty: &clientgen::ir::Ty) -> String {
    clientgen::render::rust_type(ty, "types::")
}

/// Compare with a golden file, or rewrite it under UPDATE_GOLDEN=1.
fn golden(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    if expected != actual {
        let diff = similar_lines(&expected, actual);
        panic!(
            "{} differs (UPDATE_GOLDEN=1 rewrites it):\n{diff}",
            path.display()
        );
    }
}

fn similar_lines(a: &str, b: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut out = String::new();
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i), b.get(i));
        if x != y {
            out.push_str(&format!(
                "line {}:\n- {}\n+ {}\n",
                i + 1,
                x.unwrap_or(&""),
                y.unwrap_or(&"")
            ));
            if out.len() > 2000 {
                break;
            }
        }
    }
    out
}

fn warnings_text(doc: &load::Document) -> String {
    doc.warnings
        .iter()
        .map(|d| {
            let (line, col) = d.position.unwrap_or((0, 0));
            let severity = d.severity.label();
            format!("{line}:{col} {severity} {} — {}\n", d.pointer, d.message)
        })
        .collect()
}

#[test]
fn converted_documents_and_warnings_match_the_golden_files() {
    for (stem, dialect) in FIXTURES {
        let doc = load::load_file(&fixture(stem)).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(doc.dialect, *dialect);
        let dir = crate::fixture("convert");
        golden(
            &dir.join(format!("{stem}.expected.json")),
            &(serde_json::to_string_pretty(&doc.raw).unwrap() + "\n"),
        );
        golden(
            &dir.join(format!("{stem}.warnings.txt")),
            &warnings_text(&doc),
        );
    }
}

/// The converted document, read as the OpenAPI 3.0 document it is, generates exactly what
/// the original generates: conversion is the only difference between the dialects.
#[test]
fn a_converted_document_generates_what_its_3_0_form_generates() {
    let templates = crate::templates();
    for (stem, _) in FIXTURES {
        let dir = tempfile::tempdir().unwrap();
        let as_30 = dir.path().join(format!("{stem}.json"));
        std::fs::copy(
            crate::fixture("convert").join(format!("{stem}.expected.json")),
            &as_30,
        )
        .unwrap();
        let original = dir.path().join(format!("{stem}.yaml"));
        std::fs::copy(fixture(stem), &original).unwrap();
        let a = clientgen::crate_files(&original, &templates, Some("x")).unwrap();
        let b = clientgen::crate_files(&as_30, &templates, Some("x")).unwrap();
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{stem}"
        );
        for (path, text) in &a {
            // Only the header comment names the spec file.
            let theirs = b[path].replace(&format!("{stem}.json"), &format!("{stem}.yaml"));
            assert!(theirs == *text, "{stem}: {} differs", path.display());
        }
    }
}

#[test]
fn swagger2_constructs_land_where_3_0_puts_them() {
    let doc = load::load_file(&fixture("swagger2")).unwrap();
    let api = clientgen::ir::lower(&doc, "clinic").unwrap();
    let servers: Vec<&str> = api.servers.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(
        servers,
        [
            "https://clinic.example.com/api/v2",
            "http://clinic.example.com/api/v2"
        ]
    );
    let op = |id: &str| {
        api.operations
            .iter()
            .find(|o| o.operation_id.as_deref() == Some(id))
            .unwrap_or_else(|| panic!("{id}"))
    };
    let list = op("listPets");
    let style = |name: &str| {
        let p = list.params.iter().find(|p| p.name == name).unwrap();
        (
            p.format.style.name(),
            p.format.explode,
            rust(&p.ty).leak() as &str,
        )
    };
    assert_eq!(style("limit"), ("form", true, "i32"));
    assert_eq!(
        style("kind"),
        ("form", true, "Vec<types::ListPetsKindItem>")
    );
    assert_eq!(style("fields"), ("form", false, "Vec<String>"));
    assert_eq!(style("sort"), ("pipeDelimited", false, "Vec<String>"));
    assert_eq!(style("words"), ("spaceDelimited", false, "Vec<String>"));
    assert_eq!(style("columns"), ("form", false, "Vec<String>"));
    assert_eq!(style("X-Request-Id"), ("simple", false, "uuid::Uuid"));
    assert_eq!(style("legacy"), ("form", true, "String"));
    // The delimiter 3.0 has no style for is kept: tsv's tab; the others are the style's own.
    let delimiters: Vec<(&str, Option<char>)> = list
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.format.delimiter))
        .filter(|(_, d)| d.is_some())
        .collect();
    assert_eq!(delimiters, [("columns", Some('\t'))]);
    assert_eq!(
        rust(&list.responses[0].headers[0].ty),
        "i64",
        "response header typed"
    );
    let create = op("createPet");
    let body = create.body.as_ref().unwrap();
    assert_eq!(
        body.media_types,
        ["application/json", "application/xml"],
        "consumes"
    );
    assert!(body.required);
    assert_eq!(
        create.accept.as_deref(),
        Some("application/json, application/xml")
    );
    let upload = op("uploadPhoto").body.as_ref().unwrap();
    assert_eq!(upload.content_type, "multipart/form-data");
    let rename = op("renamePet").body.as_ref().unwrap();
    assert_eq!(rename.content_type, "application/x-www-form-urlencoded");
    assert!(matches!(
        op("putFile").body.as_ref().unwrap().kind,
        clientgen::ir::BodyKind::Bytes
    ));
    assert_eq!(op("getPhoto").accept.as_deref(), Some("image/png"));
    assert_eq!(op("getPet").responses.len(), 2, "404 from #/responses");
    // Security: basic → http basic, oauth2 flows renamed; the typeless scheme is dropped.
    let kinds: Vec<(&str, String)> = api
        .security_schemes
        .iter()
        .map(|s| (s.name.as_str(), serde_json::to_string(&s.kind).unwrap()))
        .collect();
    assert_eq!(kinds.len(), 7, "{kinds:?}");
    assert!(kinds
        .iter()
        .any(|(n, k)| *n == "basicAuth" && k.contains("basic")));
    assert!(kinds
        .iter()
        .any(|(n, k)| *n == "clientOAuth" && k.contains("client_credentials")));
    assert!(kinds
        .iter()
        .any(|(n, k)| *n == "codeOAuth" && k.contains("authorization_code")));
    assert_eq!(create.security, [vec!["basicAuth"], vec!["clientOAuth"]]);
    assert!(
        op("deletePet").security.is_empty(),
        "only the dropped scheme"
    );
    // Schemas: x-nullable, type file, discriminator, misspelt format.
    let pet = api.types.iter().find(|t| t.name == "Pet").unwrap();
    let clientgen::ir::TypeKind::Struct { fields, .. } = &pet.kind else {
        panic!("Pet is a struct")
    };
    let field = |n: &str| fields.iter().find(|f| f.name == n).unwrap().ty.rs();
    assert_eq!(field("owner"), "Option<Owner>");
    assert_eq!(field("born"), "Option<crate::runtime::DateTime>");
    assert_eq!(field("photo"), "Option<String>");
    assert_eq!(
        doc.raw["components"]["schemas"]["Pet"]["discriminator"],
        serde_json::json!({"propertyName": "kind"})
    );
    assert_eq!(doc.raw["components"]["schemas"]["Owner"]["nullable"], true);
}

#[test]
fn openapi31_constructs_land_where_3_0_puts_them() {
    let doc = load::load_file(&fixture("openapi31")).unwrap();
    let api = clientgen::ir::lower(&doc, "meters").unwrap();
    let ids: Vec<&str> = api
        .operations
        .iter()
        .filter_map(|o| o.operation_id.as_deref())
        .collect();
    assert_eq!(
        ids,
        ["listMeters", "getMeter", "listReadings", "addReading"],
        "path item refs inlined, webhooks not operations"
    );
    let meter = api.types.iter().find(|t| t.name == "Meter").unwrap();
    let clientgen::ir::TypeKind::Struct { fields, .. } = &meter.kind else {
        panic!("Meter is a struct")
    };
    let field = |n: &str| {
        let f = fields.iter().find(|f| f.name == n).unwrap();
        (f.ty.rs(), f.nullable)
    };
    assert_eq!(field("label"), ("crate::runtime::Nullable<String>", true));
    assert_eq!(field("location"), ("Option<Location>", false));
    assert_eq!(field("owner"), ("crate::runtime::Nullable<Owner>", true));
    assert_eq!(field("serial"), ("crate::runtime::Nullable<String>", true));
    // [integer, number]: exact, so `5` does not come back as `5.0`.
    assert_eq!(field("factor").0, "Option<serde_json::Number>");
    assert_eq!(field("photo").0, "Option<String>");
    assert_eq!(field("installed").0, "Option<crate::runtime::DateTime>");
    assert_eq!(field("previous").0, "Option<Box<Meter>>");
    assert_eq!(
        field("labels").0,
        "Option<std::collections::BTreeMap<String, String>>"
    );
    assert_eq!(field("pair").0, "Option<Vec<serde_json::Value>>");
    // const → a one-value (open) enum; a required one.
    assert_eq!(field("kind").0, "MeterKind");
    // Boolean schemas: `true` any value, `items: false` an empty array, a `false` property
    // (required, too) can never appear and is left out; exact in 3.1, so no warning.
    assert_eq!(
        field("extra").0,
        "crate::runtime::Nullable<serde_json::Value>"
    );
    assert_eq!(field("history").0, "Option<Vec<serde_json::Value>>");
    assert!(fields.iter().all(|f| f.name != "retired"), "{fields:?}");
    assert_eq!(
        doc.raw
            .pointer("/components/schemas/Meter/properties/history"),
        Some(&serde_json::json!({"type": "array", "items": {}, "maxItems": 0}))
    );
    assert_eq!(
        doc.raw.pointer("/components/schemas/Meter/required"),
        Some(&serde_json::json!(["id", "kind"]))
    );
    assert_eq!(
        doc.raw.pointer("/components/schemas/Nothing"),
        Some(&serde_json::json!({"not": {}}))
    );
    // `unevaluatedProperties: false` beside plain `properties` is `additionalProperties: false`.
    assert_eq!(
        doc.raw
            .pointer("/components/schemas/Location/additionalProperties"),
        Some(&serde_json::json!(false))
    );
    assert!(
        doc.warnings
            .iter()
            .all(|w| !w.pointer.contains("/Meter/properties/retired")
                && !w.pointer.contains("/Meter/properties/extra")
                && !w.pointer.contains("/Meter/properties/history")
                && !w.pointer.contains("/Nothing")
                && !w.pointer.contains("/Anything")),
        "{:?}",
        doc.warnings
    );
    let limit = api
        .operations
        .iter()
        .find(|o| o.ident == "list_readings")
        .unwrap()
        .params
        .iter()
        .find(|p| p.name == "limit")
        .unwrap();
    assert_eq!(rust(&limit.ty), "i64");
    assert_eq!(
        doc.raw
            .pointer("/paths/~1meters~1{meterId}~1readings/get/parameters/1/schema"),
        Some(
            &serde_json::json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 1001, "exclusiveMaximum": true, "example": 10})
        )
    );
    // mutualTLS dropped; oauth kept.
    let schemes: Vec<&str> = api
        .security_schemes
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(schemes, ["oauth"]);
}

#[test]
fn openapi32_constructs_land_where_3_0_puts_them() {
    let doc = load::load_file(&fixture("openapi32")).unwrap();
    assert_eq!(doc.dialect, Dialect::OpenApi32);
    let api = clientgen::ir::lower(&doc, "catalog").unwrap();
    let ops: Vec<(&str, &str, &str)> = api
        .operations
        .iter()
        .map(|o| (o.ident.as_str(), o.method.as_str(), o.path.as_str()))
        .collect();
    // The QUERY method is generated; the custom `LINK` operation is not.
    assert_eq!(
        ops,
        [
            ("list_products", "GET", "/products"),
            ("search_products", "QUERY", "/products"),
            ("product_feed", "GET", "/products/feed")
        ]
    );
    let op = |ident: &str| api.operations.iter().find(|o| o.ident == ident).unwrap();
    let params = |ident: &str| -> Vec<(String, String, String, String, bool)> {
        op(ident)
            .params
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    p.location.to_string(),
                    p.format.style.name().to_string(),
                    rust(&p.ty),
                    p.format.explode,
                )
            })
            .collect()
    };
    let param = |n: &str, at: &str, style: &str, ty: &str, explode: bool| {
        (n.into(), at.into(), style.into(), ty.into(), explode)
    };
    // `in: querystring` with form content: an exploded form-style object; `style: cookie`
    // as form.
    assert_eq!(
        params("list_products"),
        [
            param("filter", "query", "form", "types::Filter", true),
            param("session", "cookie", "form", "String", true)
        ]
    );
    // The JSON querystring parameter is dropped (with a warning); `limit` keeps its place.
    assert_eq!(
        params("product_feed"),
        [param("limit", "query", "form", "i64", true)]
    );
    // Media type references inlined; a response summary is the description.
    let search = op("search_products");
    assert_eq!(search.responses[0].description, "The matching products.");
    assert_eq!(
        search.responses[0].ty.as_ref().map(rust).as_deref(),
        Some("Vec<types::Product>")
    );
    assert_eq!(
        op("product_feed").responses[0].decode,
        clientgen::ir::Decode::Text,
        "an event stream is read whole, as text"
    );
    let product = api.types.iter().find(|t| t.name == "Product").unwrap();
    let clientgen::ir::TypeKind::Struct { fields, .. } = &product.kind else {
        panic!("Product is a struct")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["id", "kind", "details"],
        "`internal: false` left out"
    );
    let schemes: Vec<String> = api
        .security_schemes
        .iter()
        .map(|s| serde_json::to_string(&s.kind).unwrap())
        .collect();
    assert!(
        schemes.len() == 1
            && schemes[0].contains("client_credentials")
            && !schemes[0].contains("device"),
        "{schemes:?}"
    );
}

#[test]
fn warnings_name_the_original_pointer_and_line_and_reach_the_cli() {
    let doc = load::load_file(&fixture("swagger2")).unwrap();
    let w = doc
        .warnings
        .iter()
        .find(|d| d.pointer == "/securityDefinitions/oldToken")
        .expect("a warning for the typeless security definition");
    assert!(w.message.contains("no `type`"), "{w}");
    let src = std::fs::read_to_string(fixture("swagger2")).unwrap();
    let line = src
        .lines()
        .position(|l| l.trim_start().starts_with("oldToken: {}"))
        .unwrap()
        + 1;
    assert_eq!(w.position.map(|p| p.0), Some(line), "{w}");

    let out = tempfile::tempdir().unwrap();
    let spec = fixture("swagger2");
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("warning: {}:{line}:", spec.display()))
            && err.contains("/securityDefinitions/oldToken")
            && err.contains("warning(s), 0 note(s); the crate was generated"),
        "{err}"
    );
    assert!(out.path().join("src/lib.rs").exists());
}

#[test]
fn a_lowering_problem_in_a_converted_document_points_into_the_original() {
    // The path template names a parameter the operation lacks (a warning), and a status is
    // outside 100–599 (an IR error): both at the original operation, whose pointer
    // conversion kept.
    let src = "swagger: '2.0'\ninfo: {title: x, version: '1'}\ndefinitions:\n  A:\n    type: object\n    properties:\n      x: {type: string}\npaths:\n  /a/{id}:\n    get:\n      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/A'}}\n";
    let doc = load::load_str(Path::new("mini.yaml"), src.into()).unwrap();
    let api = clientgen::ir::lower(&doc, "mini").unwrap();
    let warnings: Vec<String> = api.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["mini.yaml:10:5: path template `/a/{id}` uses `{id}` but the operation declares no path parameter `id`: taken as a required string path parameter (at /paths/~1a~1{id}/get)"]
    );
    let src = src.replace("'200'", "'600'");
    let doc = load::load_str(Path::new("mini.yaml"), src).unwrap();
    let err = clientgen::ir::lower(&doc, "mini").unwrap_err();
    assert_eq!(
        err.to_string(),
        "mini.yaml:12:9: status `600` is outside 100–599, the HTTP status codes (at /paths/~1a~1{id}/get/responses/600)"
    );
}

#[test]
fn a_bad_ref_after_conversion_points_at_the_original_ref() {
    let src = "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\ndefinitions:\n  A:\n    type: object\n    properties:\n      b:\n        $ref: '#/definitions/Missing'\n";
    let err = load::load_str(Path::new("ref.yaml"), src.into()).unwrap_err();
    let clientgen::Error::Input(ds) = err else {
        panic!("input error")
    };
    assert_eq!(ds[0].pointer, "/definitions/A/properties/b/$ref");
    assert_eq!(ds[0].position, Some((9, 9)));
}
