//! Stage 1: what the loader accepts and how it refuses.

use clientgen::{load, Error};

use crate::fixture;

fn refused(name: &str) -> Vec<clientgen::Diagnostic> {
    match load::load_file(&fixture(&format!("bad/{name}"))) {
        Err(Error::Input(ds)) => ds,
        other => panic!("{name}: expected input diagnostics, got {other:?}"),
    }
}

#[test]
fn swagger_2_and_openapi_3_1_are_named_and_refused() {
    let d = refused("swagger2.yaml");
    assert!(d[0].message.contains("Swagger `2.0`"), "{}", d[0]);
    assert_eq!(d[0].pointer, "/swagger");
    assert_eq!(d[0].position, Some((1, 1)));
    let d = refused("openapi31.yaml");
    assert!(
        d[0].message.contains("`3.1.0`") && d[0].message.contains("3.0.x"),
        "{}",
        d[0]
    );
}

#[test]
fn not_a_spec_and_truncated_files_get_clear_errors() {
    let d = refused("not_a_spec.yaml");
    assert!(d[0].message.contains("not an OpenAPI document"), "{}", d[0]);
    let d = refused("truncated.yaml");
    assert!(d[0].message.contains("not valid YAML or JSON"), "{}", d[0]);
    assert!(d[0].position.is_some(), "a parse error has a position");
}

#[test]
fn remote_and_dangling_refs_point_at_the_ref() {
    for (file, words) in [
        ("remote_ref.yaml", "remote reference"),
        ("missing_ref.yaml", "points at nothing"),
    ] {
        let d = refused(file);
        assert!(d[0].message.contains(words), "{}", d[0]);
        assert_eq!(
            d[0].pointer,
            "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
        );
        assert_eq!(
            d[0].position,
            Some((12, 17)),
            "{file}: line:column of the $ref"
        );
        let rendered = d[0].render(Some(
            &std::fs::read_to_string(fixture(&format!("bad/{file}"))).unwrap(),
        ));
        assert!(rendered.contains(&format!("{file}:12:17")), "{rendered}");
    }
}

#[test]
fn ref_cycles_are_reported_not_followed_forever() {
    let src = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n";
    let err = load::load_str(std::path::Path::new("cycle.yaml"), src.into()).unwrap_err();
    assert!(err.to_string().contains("reference cycle"), "{err}");
}

#[test]
fn deeply_nested_and_garbage_input_is_an_error_not_a_crash() {
    let deep = format!(
        "openapi: 3.0.3\nx: {}{}\n",
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    assert!(load::load_str(std::path::Path::new("deep.yaml"), deep).is_err());
    for junk in [
        "",
        "\0\u{1}",
        "- a\n- b",
        "openapi: [",
        "openapi: 3.0.3\npaths: 7\ninfo: {title: x, version: '1'}",
    ] {
        assert!(
            load::load_str(std::path::Path::new("junk.yaml"), junk.into()).is_err(),
            "{junk:?}"
        );
    }
}

#[test]
fn the_five_specs_load() {
    for s in clientgen::spec_files(&crate::root().join("specs")).unwrap() {
        load::load_file(&s).unwrap_or_else(|e| panic!("{}: {e}", s.display()));
    }
}
