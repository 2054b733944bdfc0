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
            &*format!(
                "reference `other.yaml#/components/schemas/X`: cannot read `{}`: No such file or directory (os error 2)",
                fixture("bad/other.yaml").display()
            ),
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

/// Refused on its size, from the file's metadata: the message names the file and says so,
/// and has no line:column (a parse error would). The file is sparse (its length set,
/// nothing written), so the test costs no disk.
#[test]
fn a_file_over_the_input_cap_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let size = load::MAX_INPUT_BYTES as u64 + 1;
    std::fs::File::create(&path).unwrap().set_len(size).unwrap();
    let d = match load::load_file(&path) {
        Err(Error::Input(ds)) => ds,
        other => panic!("expected a size error, got {:?}", other.map(|d| d.path)),
    };
    let cap = format!(
        "the generator reads OpenAPI documents up to {} bytes (256 MiB)",
        load::MAX_INPUT_BYTES
    );
    only(
        &d,
        &path,
        ("", &format!("file is {size} bytes; {cap}"), None),
    );
    // load_str has the same limit, checked before anything scans the text.
    let text = " ".repeat(size as usize);
    only(
        &refused_str(path.to_str().unwrap(), text),
        &path,
        ("", &format!("document is {size} bytes; {cap}"), None),
    );
}

/// The cap is above the largest real descriptions (Microsoft Graph beta is 47 MB of JSON):
/// a 50 MB document, refused by the former 32 MiB cap, loads.
#[test]
fn a_50_mb_document_loads() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(
        br#"{"openapi": "3.0.3", "info": {"title": "big", "version": "1"}, "paths": {}, "components": {"schemas": {"#,
    )
    .unwrap();
    let mut written = 0usize;
    let mut i = 0usize;
    let description = "x".repeat(4000);
    while written < 50 * 1024 * 1024 {
        let sep = if i == 0 { "" } else { ",\n" };
        let line = format!(
            r#"{sep}"S{i}": {{"type": "object", "description": "{description}", "properties": {{"a": {{"type": "string"}}}}}}"#
        );
        f.write_all(line.as_bytes()).unwrap();
        written += line.len();
        i += 1;
    }
    f.write_all(b"}}}\n").unwrap();
    f.flush().unwrap();
    drop(f);
    assert!(std::fs::metadata(&path).unwrap().len() > 50 * 1024 * 1024);
    let doc = load::load_file(&path).unwrap_or_else(|e| panic!("a 50 MB document: {e}"));
    let schemas = doc.api.components.map_or(0, |c| c.schemas.len());
    assert_eq!(schemas, i);
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

/// tests/fixtures/split/…
fn split(name: &str) -> std::path::PathBuf {
    fixture(&format!("split/{name}"))
}

#[test]
fn a_spec_split_across_files_loads_as_the_same_spec_in_one_file() {
    let one = clientgen::load_service(&split("one_file.yaml")).unwrap();
    let parts = clientgen::load_service(&split("api/root.yaml")).unwrap();
    let report = clientgen::diff::compare(&one.api, &parts.api);
    assert!(report.changes.is_empty(), "{:#?}", report.changes);
    let signatures = |api: &clientgen::ir::Api| -> Vec<String> {
        api.operations
            .iter()
            .map(|op| clientgen::diff::signature(op, &api.types))
            .collect()
    };
    assert_eq!(signatures(&one.api), signatures(&parts.api));
    assert_eq!(signatures(&parts.api).len(), 2);
    // The generated code is the same, byte for byte, but for the spec's (module) name.
    let templates = clientgen::Templates::builtin();
    let one_files = clientgen::crate_files(&split("one_file.yaml"), &templates, Some("x")).unwrap();
    let part_files =
        clientgen::crate_files(&split("api/root.yaml"), &templates, Some("x")).unwrap();
    for (path, text) in &one_files {
        let other = &part_files[path];
        assert_eq!(
            text.replace("one_file", "root"),
            *other,
            "{}",
            path.display()
        );
    }
    // Every file read, for a build script's rerun-if-changed: the root first, then in the
    // order read.
    assert_eq!(
        parts.sources,
        [
            split("api/root.yaml"),
            split("common.yaml"),
            split("api/schemas/user.yaml"),
            split("api/paths/users.yaml"),
            split("api/schemas/team.json"),
        ]
    );
    assert!(one.api.warnings.is_empty() && parts.api.warnings.is_empty());
}

#[test]
fn a_workspace_of_split_specs_reports_every_file_read() {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&split(""), dir.path());
    let specs = dir.path().join("api");
    let w = clientgen::workspace(&specs, &clientgen::Templates::builtin(), "x").unwrap();
    let mut want: Vec<std::path::PathBuf> = [
        "api/root.yaml",
        "api/paths/users.yaml",
        "common.yaml",
        "api/schemas/user.yaml",
        "api/schemas/team.json",
    ]
    .iter()
    .map(|p| dir.path().join(p))
    .collect();
    want.sort();
    assert_eq!(w.sources, want);
    // What build.rs tells cargo to watch besides specs/.
    let outside: Vec<_> = w
        .sources
        .iter()
        .filter(|s| !s.starts_with(&specs))
        .collect();
    assert_eq!(outside, [&dir.path().join("common.yaml")]);
}

#[test]
fn split_spec_refusals_name_the_file_holding_the_ref() {
    let at_ref = "/paths/~1a/get/responses/200/content/application~1json/schema/$ref";
    let parts = |p: &str| split(&format!("bad/parts/{p}"));
    for (name, file, pointer, message, position) in [
        (
            "remote.yaml",
            split("bad/remote.yaml"),
            at_ref,
            "remote reference `https://example.com/schemas.yaml#/User`: clientgen never fetches over the network; save the document beside the spec and refer to it by a relative path".to_string(),
            (14, 17),
        ),
        (
            "absolute.yaml",
            split("bad/absolute.yaml"),
            at_ref,
            "reference `/etc/schemas.yaml#/User` names an absolute path: refer to files relative to the file holding the `$ref` (`./`, `../`)".to_string(),
            (14, 17),
        ),
        (
            "missing_file.yaml",
            split("bad/missing_file.yaml"),
            at_ref,
            format!(
                "reference `./parts/nope.yaml#/User`: cannot read `{}`: No such file or directory (os error 2)",
                parts("nope.yaml").display()
            ),
            (14, 17),
        ),
        (
            "missing_pointer.yaml",
            split("bad/missing_pointer.yaml"),
            at_ref,
            format!(
                "reference `./parts/schemas.yaml#/Nobody` points at nothing in `{}`",
                parts("schemas.yaml").display()
            ),
            (14, 17),
        ),
        // A reference inside another file: that file, its line and pointer.
        (
            "deep.yaml",
            parts("schemas.yaml"),
            "/Broken/properties/x/$ref",
            format!(
                "reference `./missing.yaml#/X`: cannot read `{}`: No such file or directory (os error 2)",
                parts("missing.yaml").display()
            ),
            (7, 7),
        ),
    ] {
        let d = refused_str(
            split(&format!("bad/{name}")).to_str().unwrap(),
            std::fs::read_to_string(split(&format!("bad/{name}"))).unwrap(),
        );
        only(&d, &file, (pointer, &message, Some(position)));
    }
}

#[test]
fn a_reference_cycle_across_files_is_refused_in_the_files_holding_it() {
    let ds = match load::load_file(&split("bad/cycle.yaml")) {
        Err(Error::Input(ds)) => ds,
        other => panic!("expected a refusal, got {:?}", other.map(|d| d.path)),
    };
    let got: Vec<(String, Seen<'_>)> = ds
        .iter()
        .map(|d| {
            (
                d.file.display().to_string(),
                (d.pointer.as_str(), d.message.as_str(), d.position),
            )
        })
        .collect();
    let a = split("bad/parts/a.yaml").display().to_string();
    let b = split("bad/parts/b.yaml").display().to_string();
    let root = split("bad/cycle.yaml").display().to_string();
    // Where each `$ref` of the cycle stands: both files, and the root's reference into it.
    assert_eq!(
        got,
        [
            (
                a.clone(),
                (
                    "/A/$ref",
                    &*format!("reference cycle: {b}#/B -> {a}#/A -> {b}#/B"),
                    Some((2, 3))
                )
            ),
            (
                b.clone(),
                (
                    "/B/$ref",
                    &*format!("reference cycle: {a}#/A -> {b}#/B -> {a}#/A"),
                    Some((2, 3))
                )
            ),
            (
                root,
                (
                    "/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
                    &*format!("reference cycle: {a}#/A -> {b}#/B -> {a}#/A"),
                    Some((14, 17))
                )
            ),
        ]
    );
}

#[test]
fn warnings_on_content_from_another_file_name_that_file() {
    let service = clientgen::load_service(&split("bad/lenient.yaml")).unwrap();
    let got: Vec<_> = service
        .api
        .warnings
        .iter()
        .map(|d| {
            (
                d.file.clone(),
                d.pointer.as_str(),
                d.message.as_str(),
                d.position,
            )
        })
        .collect();
    assert_eq!(
        got,
        [(
            split("bad/parts/schemas.yaml"),
            "/Employment",
            "`type: integer` with string values in `enum`: the values decide, a string enum",
            Some((8, 1))
        )]
    );
}
