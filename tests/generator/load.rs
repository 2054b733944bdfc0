//! Stage 1: what the loader accepts and how it refuses. Each refusal is checked in full
//! (message, JSON pointer, file, line:column), so a test input refused for some other
//! reason than the one it is about fails its test.

use std::path::Path;

use clientgen::{load, Diagnostic, Error};

use crate::fixture;

fn refused(name: &str) -> Vec<Diagnostic> {
    match load::load_file(&fixture(&format!("bad/{name}"))) {
        Err(Error::Input(ds)) => ds,
        other => panic!("{name}: expected input diagnostics, got {other:?}"),
    }
}

/// What `load_str` refuses `text` (read as `file`) with.
fn refused_str(file: &str, text: String) -> Vec<Diagnostic> {
    match load::load_str(Path::new(file), text) {
        Err(Error::Input(ds)) => ds,
        other => panic!(
            "{file}: expected input diagnostics, got {:?}",
            other.map(|d| d.path)
        ),
    }
}

/// A diagnostic as compared here: (JSON pointer, message, line:column).
type Seen<'a> = (&'a str, &'a str, Option<(usize, usize)>);

fn seen(ds: &[Diagnostic]) -> Vec<Seen<'_>> {
    ds.iter()
        .map(|d| (d.pointer.as_str(), d.message.as_str(), d.position))
        .collect()
}

/// The one diagnostic of a refusal, compared in full: (pointer, message, line:column).
#[track_caller]
fn only(ds: &[Diagnostic], file: &Path, want: Seen<'_>) {
    assert_eq!(seen(ds), [want], "{}", file.display());
    assert_eq!(ds[0].file, file);
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
    only(
        &refused("swagger12.yaml"),
        &fixture("bad/swagger12.yaml"),
        (
            "/swagger",
            "this is a Swagger `1.2` document; clientgen reads Swagger 2.0 and OpenAPI 3.0/3.1/3.2",
            Some((1, 1)),
        ),
    );
    only(
        &refused("openapi40.yaml"),
        &fixture("bad/openapi40.yaml"),
        (
            "/openapi",
            "found OpenAPI version `4.0.0`; clientgen reads OpenAPI 3.0.x, 3.1.x and 3.2.x (and Swagger 2.0) documents",
            Some((1, 1)),
        ),
    );
}

#[test]
fn not_a_spec_and_truncated_files_get_clear_errors() {
    only(
        &refused("not_a_spec.yaml"),
        &fixture("bad/not_a_spec.yaml"),
        (
            "",
            "no `openapi` field: this is not an OpenAPI document (clientgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0)",
            None,
        ),
    );
    // The file ends inside `responses: {`: the parser stops at the end, line 9.
    only(
        &refused("truncated.yaml"),
        &fixture("bad/truncated.yaml"),
        (
            "",
            "not valid YAML or JSON: did not find expected node content at line 9 column 1, while parsing a flow node",
            Some((9, 1)),
        ),
    );
}

#[test]
fn remote_and_dangling_refs_point_at_the_ref() {
    for (file, message) in [
        (
            "remote_ref.yaml",
            "remote reference `other.yaml#/components/schemas/X`: clientgen resolves only local references (`#/components/...`); bundle the document first",
        ),
        (
            "missing_ref.yaml",
            "reference `#/components/schemas/Nope` points at nothing in this document",
        ),
    ] {
        let d = refused(file);
        only(
            &d,
            &fixture(&format!("bad/{file}")),
            (
                "/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
                message,
                Some((12, 17)),
            ),
        );
        let rendered = d[0].render(Some(
            &std::fs::read_to_string(fixture(&format!("bad/{file}"))).unwrap(),
        ));
        assert!(rendered.contains(&format!("{file}:12:17")), "{rendered}");
    }
}

/// Each `$ref` of a cycle is reported where it stands: JSON pointer and line:column of
/// the `$ref` key, and the chain that comes back to it.
#[test]
fn ref_cycles_are_reported_not_followed_forever() {
    let file = fixture("bad/ref_cycle.yaml");
    let d = refused("ref_cycle.yaml");
    assert_eq!(
        seen(&d),
        [
            (
                "/components/schemas/A/$ref",
                "reference cycle: #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B",
                Some((11, 7)),
            ),
            (
                "/components/schemas/B/$ref",
                "reference cycle: #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A",
                Some((13, 7)),
            ),
        ]
    );
    assert!(d.iter().all(|d| d.file == file), "{d:?}");
    let source = std::fs::read_to_string(&file).unwrap();
    let rendered = d[0].render(Some(&source));
    assert!(
        rendered.contains("ref_cycle.yaml:11:7")
            && rendered.contains("at JSON pointer /components/schemas/A/$ref"),
        "{rendered}"
    );
    // In a flow mapping the locator stops at the key that holds it (`A`, `B`).
    let src = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n";
    let d = refused_str("cycle.yaml", src.into());
    let got: Vec<(&str, Option<(usize, usize)>)> =
        d.iter().map(|d| (d.pointer.as_str(), d.position)).collect();
    assert_eq!(
        got,
        [
            ("/components/schemas/A/$ref", Some((6, 5))),
            ("/components/schemas/B/$ref", Some((7, 5))),
        ]
    );
    assert!(
        d.iter().all(|d| d.message.starts_with("reference cycle: ")),
        "{d:?}"
    );
}

#[test]
fn deeply_nested_and_garbage_input_is_an_error_not_a_crash() {
    let deep = format!(
        "openapi: 3.0.3\nx: {}{}\n",
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    // `x: ` then the 513th bracket.
    only(
        &refused_str("deep.yaml", deep),
        Path::new("deep.yaml"),
        (
            "",
            "brackets nested more than 512 levels deep: not an OpenAPI document",
            Some((2, 516)),
        ),
    );
    let junk: [(&str, Seen<'_>); 5] = [
        (
            "",
            (
                "",
                "expected an OpenAPI document (a mapping with `openapi: 3.x` or `swagger: \"2.0\"`), found an empty document",
                None,
            ),
        ),
        (
            "\0\u{1}",
            (
                "",
                "not valid YAML or JSON: control characters are not allowed",
                Some((1, 1)),
            ),
        ),
        (
            "- a\n- b",
            (
                "",
                "expected an OpenAPI document (a mapping with `openapi: 3.x` or `swagger: \"2.0\"`), found a list",
                None,
            ),
        ),
        (
            "openapi: [",
            (
                "",
                "not valid YAML or JSON: did not find expected node content at line 2 column 1, while parsing a flow node",
                Some((2, 1)),
            ),
        ),
        (
            "openapi: 3.0.3\npaths: 7\ninfo: {title: x, version: '1'}",
            (
                "/paths",
                "not a valid OpenAPI 3.0 document here: invalid type: integer `7`, expected struct Paths",
                Some((2, 1)),
            ),
        ),
    ];
    for (text, want) in junk {
        only(
            &refused_str("junk.yaml", text.into()),
            Path::new("junk.yaml"),
            want,
        );
    }
}

#[test]
fn the_five_specs_load() {
    for s in clientgen::spec_files(&crate::root().join("specs")).unwrap() {
        load::load_file(&s).unwrap_or_else(|e| panic!("{}: {e}", s.display()));
    }
}

/// Refused on its size, from the file's metadata: the message says so, and has no
/// line:column (a parse error would).
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
    let size = std::fs::metadata(&path).unwrap().len();
    let d = match load::load_file(&path) {
        Err(Error::Input(ds)) => ds,
        other => panic!("expected a size error, got {:?}", other.map(|d| d.path)),
    };
    only(
        &d,
        &path,
        (
            "",
            &format!(
                "file is {size} bytes; the generator reads OpenAPI documents up to {} bytes",
                load::MAX_INPUT_BYTES
            ),
            None,
        ),
    );
    let text = std::fs::read_to_string(&path).unwrap();
    // load_str has the same limit.
    only(
        &refused_str(path.to_str().unwrap(), text),
        &path,
        ("", "document too large", None),
    );
}

#[test]
fn deep_nesting_is_an_error_or_lowers_without_overflowing_the_stack() {
    let p = Path::new("deep.yaml");
    // Block mappings, flow mappings and JSON objects far deeper than any spec: refused by
    // the parser's depth limit (block) or the bracket count before parsing (flow, JSON),
    // not by a stack overflow.
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
    let nested = "brackets nested more than 512 levels deep: not an OpenAPI document";
    for (what, text, message, position) in [
        (
            "block",
            block,
            "not valid YAML or JSON: recursion limit exceeded at line 130 column 130",
            (130, 130),
        ),
        // `x: ` then the 513th `{a: `.
        ("flow", flow, nested, (2, 2052)),
        // The document's `{`, then the 512th `{"a": `.
        ("json", json, nested, (1, 3093)),
    ] {
        let d = refused_str("deep.yaml", text);
        let got: Vec<_> = d
            .iter()
            .map(|d| {
                (
                    d.file.as_path(),
                    d.pointer.as_str(),
                    d.message.as_str(),
                    d.position,
                )
            })
            .collect();
        assert_eq!(got, [(p, "", message, Some(position))], "{what}");
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
