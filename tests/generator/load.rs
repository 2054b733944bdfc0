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
fn swagger_2_and_openapi_3_1_are_converted_other_versions_refused() {
    use clientgen::load::convert::Dialect;
    for (name, dialect) in [
        ("swagger2.yaml", Dialect::Swagger20),
        ("openapi31.yaml", Dialect::OpenApi31),
    ] {
        let doc = load::load_file(&fixture(&format!("bad/{name}")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.dialect, dialect, "{name}");
        assert_eq!(doc.api.openapi, "3.0.3", "{name}: read as OpenAPI 3.0");
    }
    let d = refused("swagger12.yaml");
    assert!(d[0].message.contains("Swagger `1.2`"), "{}", d[0]);
    assert_eq!(d[0].pointer, "/swagger");
    assert_eq!(d[0].position, Some((1, 1)));
    let d = refused("openapi40.yaml");
    assert!(
        d[0].message.contains("`4.0.0`") && d[0].message.contains("3.0.x and 3.1.x"),
        "{}",
        d[0]
    );
    assert_eq!(d[0].pointer, "/openapi");
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

#[test]
fn a_50_mb_file_is_refused_before_it_is_parsed() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(
        b"openapi: 3.0.3\ninfo: {title: big, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n",
    )
    .unwrap();
    let mut written = 0usize;
    let mut i = 0usize;
    while written < 50 * 1024 * 1024 {
        let line = format!("    S{i}: {{type: object, properties: {{a: {{type: string}}}}}}\n");
        f.write_all(line.as_bytes()).unwrap();
        written += line.len();
        i += 1;
    }
    f.flush().unwrap();
    drop(f);
    let started = std::time::Instant::now();
    let d = match load::load_file(&path) {
        Err(Error::Input(ds)) => ds,
        other => panic!("expected a size error, got {:?}", other.map(|d| d.path)),
    };
    assert!(
        d[0].message.contains("bytes") && d[0].message.contains(&load::MAX_INPUT_BYTES.to_string()),
        "{}",
        d[0]
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "refused without parsing"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        load::load_str(&path, text).is_err(),
        "load_str has the same limit"
    );
}

#[test]
fn deep_nesting_is_an_error_or_lowers_without_overflowing_the_stack() {
    let p = std::path::Path::new("deep.yaml");
    // Block mappings, flow mappings and JSON objects far deeper than any spec: refused by
    // the parser's depth limit, not by a stack overflow.
    let mut block = String::from("openapi: 3.0.3\nx:\n");
    for i in 0..2_000 {
        block.push_str(&" ".repeat(i + 2));
        block.push_str("a:\n");
    }
    let flow = format!(
        "openapi: 3.0.3\nx: {}1{}\n",
        "{a: ".repeat(50_000),
        "}".repeat(50_000)
    );
    let json = format!(
        "{{\"openapi\": \"3.0.3\", \"x\": {}1{}}}",
        "{\"a\": ".repeat(100_000),
        "}".repeat(100_000)
    );
    for (what, text) in [("block", block), ("flow", flow), ("json", json)] {
        let started = std::time::Instant::now();
        let err = load::load_str(p, text).expect_err(what).to_string();
        assert!(
            err.contains("nested") || err.contains("not valid YAML or JSON"),
            "{what}: {err}"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{what}: refused quickly, not after the parser read it all"
        );
    }
    // As deep as the parser allows, in schemas the IR walks (properties in properties,
    // arrays of arrays): lowered and rendered on a test thread's stack.
    let mut props = String::from("{type: string}");
    for _ in 0..40 {
        props = format!("{{type: object, properties: {{p: {props}}}}}");
    }
    let mut items = String::from("{type: string}");
    for _ in 0..100 {
        items = format!("{{type: array, items: {items}}}");
    }
    let spec = format!(
        "openapi: 3.0.3\ninfo: {{title: deep, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Props: {props}\n    Items: {items}\n"
    );
    let doc = load::load_str(p, spec).unwrap();
    let api = clientgen::ir::lower(&doc, "deep").unwrap();
    assert!(api.types.len() > 40, "one struct per nested object");
    clientgen::render::render_api(
        &crate::templates(),
        &api,
        "deep.yaml",
        clientgen::Layout::Standalone,
        "deep",
    )
    .unwrap();
}
