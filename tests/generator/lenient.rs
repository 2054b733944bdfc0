//! What real documents get wrong, read the way they mean it (issue 18): one test per
//! construct, each checking the warning in full (severity, JSON pointer, message,
//! line:column) and the API it generates; and what stays refused, with its pointer.
//! The same constructs generate and compile in the corpus (tests/corpus/clientgen-lenient.yaml,
//! clientgen-openapi32.yaml), whose warnings tests/corpus/expected.txt records.

use crate::Rs;
use std::path::Path;

use clientgen::ir::{Api, TypeKind};
use clientgen::{load, Diagnostic, Error, Severity};

/// A diagnostic as compared here: (severity, JSON pointer, message, line:column).
type Seen = (Severity, String, String, Option<(usize, usize)>);

fn seen(ds: &[Diagnostic]) -> Vec<Seen> {
    ds.iter()
        .map(|d| (d.severity, d.pointer.clone(), d.message.clone(), d.position))
        .collect()
}

fn warning(pointer: &str, message: &str, line: usize, col: usize) -> Seen {
    (
        Severity::Warning,
        pointer.to_string(),
        message.to_string(),
        Some((line, col)),
    )
}

/// Load and lower `text` (as `spec.yaml`): the API, and what loading and lowering said,
/// in that order (as `clientgen::load_service` gives them).
fn lower(text: &str) -> (Api, Vec<Seen>) {
    let doc = load::load_str(Path::new("spec.yaml"), text.to_string())
        .unwrap_or_else(|e| panic!("refused: {e}"));
    let api = clientgen::ir::lower(&doc, "spec").unwrap_or_else(|e| panic!("refused: {e}"));
    let mut all = seen(&doc.warnings);
    all.extend(seen(&api.warnings));
    (api, all)
}

/// What loading or lowering `text` refuses it with.
fn refused(text: &str) -> Vec<Seen> {
    let result = load::load_str(Path::new("spec.yaml"), text.to_string())
        .and_then(|doc| clientgen::ir::lower(&doc, "spec"));
    match result {
        Err(Error::Input(ds)) => seen(&ds),
        other => panic!("expected a refusal, got {:?}", other.map(|a| a.warnings)),
    }
}

fn error(pointer: &str, message: &str, line: usize, col: usize) -> Seen {
    (
        Severity::Error,
        pointer.to_string(),
        message.to_string(),
        Some((line, col)),
    )
}

/// (name, location, Rust type, required) of an operation's parameters, in argument order.
fn params<'a>(api: &'a Api, ident: &str) -> Vec<(&'a str, &'a str, &'static str, bool)> {
    op(api, ident)
        .params
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.location.as_str(),
                // Leaked: a few short strings per test, compared as literals.
                &*clientgen::render::rust_type(&p.ty, "types::").leak(),
                p.required,
            )
        })
        .collect()
}

fn op<'a>(api: &'a Api, ident: &str) -> &'a clientgen::ir::Operation {
    api.operations
        .iter()
        .find(|o| o.ident == ident)
        .unwrap_or_else(|| panic!("no operation {ident}"))
}

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

/// Item 1: `{account}` in the template, only `announcement_id` declared.
#[test]
fn an_undeclared_template_variable_is_a_required_string_path_parameter() {
    let text = format!(
        "{HEAD}paths:\n  /customers/{{account}}/announcements/{{announcement_id}}:\n    get:\n      operationId: getAnnouncement\n      parameters:\n        - {{name: announcement_id, in: path, required: true, schema: {{type: integer}}}}\n      responses:\n        '204': {{description: ok}}\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [warning(
            "/paths/~1customers~1{account}~1announcements~1{announcement_id}/get",
            "path template `/customers/{account}/announcements/{announcement_id}` uses `{account}` but the operation declares no path parameter `account`: taken as a required string path parameter",
            5,
            5
        )]
    );
    // In the template's order: the method reads `get_announcement(account, announcement_id)`.
    assert_eq!(
        params(&api, "get_announcement"),
        [
            ("account", "path", "String", true),
            ("announcement_id", "path", "i64", true)
        ]
    );
    assert_eq!(
        op(&api, "get_announcement").path,
        "/customers/{account}/announcements/{announcement_id}"
    );
}

/// Item 2: a query string in the template: query parameters, typed from the declared ones
/// (wherever they were declared), strings otherwise; fixed pairs stay in the path.
#[test]
fn a_query_string_in_the_template_becomes_query_parameters() {
    let text = format!(
        "{HEAD}paths:\n  /uploads?convert={{convert}}:\n    post:\n      operationId: upload\n      responses:\n        '204': {{description: ok}}\n  /search?query={{query}}&page={{page}}&format=json:\n    get:\n      operationId: search\n      parameters:\n        - {{name: query, in: path, required: true, schema: {{type: string, format: uuid}}}}\n        - {{name: page, in: query, schema: {{type: integer, format: int32}}}}\n      responses:\n        '204': {{description: ok}}\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [
            warning(
                "/paths/~1uploads?convert={convert}/post",
                "the path template `/uploads?convert={convert}` holds a query string: the path is `/uploads`, and `convert` is a required string query parameter (the operation declares no parameter `convert`)",
                5,
                5
            ),
            warning(
                "/paths/~1search?query={query}&page={page}&format=json/get",
                "the path template `/search?query={query}&page={page}&format=json` holds a query string: the path is `/search?format=json`, and `query` is a query parameter typed as the declared path parameter `query`",
                10,
                5
            ),
            warning(
                "/paths/~1search?query={query}&page={page}&format=json/get",
                "the path template `/search?query={query}&page={page}&format=json` holds a query string: the path is `/search?format=json`, and `page` is the declared query parameter",
                10,
                5
            ),
        ]
    );
    assert_eq!(op(&api, "upload").path, "/uploads");
    assert_eq!(
        params(&api, "upload"),
        [("convert", "query", "String", true)]
    );
    // The fixed pair stays: the runtime appends the query parameters to the URL's query.
    assert_eq!(op(&api, "search").path, "/search?format=json");
    assert_eq!(
        params(&api, "search"),
        [
            ("query", "query", "uuid::Uuid", true),
            ("page", "query", "i32", false)
        ]
    );
    // A query string whose intent is not clear is refused at the operation.
    let text = format!(
        "{HEAD}paths:\n  /search?{{query}}:\n    get:\n      responses:\n        '204': {{description: ok}}\n"
    );
    assert_eq!(
        refused(&text),
        [error(
            "/paths/~1search?{query}/get",
            "the path template `/search?{query}` holds a query string whose part `{query}` is neither `name={variable}` nor a fixed `name=value`: declare it as an `in: query` parameter",
            5,
            5
        )]
    );
}

/// Item 3, in an OpenAPI 3.0 document: boolean schemas read as 3.1 means them, with a
/// warning each (a 3.1 document gets none: tests/generator/convert.rs).
#[test]
fn boolean_schemas_in_a_3_0_document_are_read_as_3_1_means_them() {
    let text = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Thing:\n      type: object\n      required: [gone]\n      properties:\n        any: true\n        gone: false\n        none:\n          type: array\n          items: false\n      additionalProperties: false\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [
            warning(
                "/components/schemas/Thing/properties/any",
                "`true` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as any value",
                10,
                9
            ),
            warning(
                "/components/schemas/Thing/properties/gone",
                "`false` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as a property that can never appear, left out",
                11,
                9
            ),
            warning(
                "/components/schemas/Thing/properties/none/items",
                "`false` as a schema is OpenAPI 3.1 syntax, not OpenAPI 3.0: read as no items: an empty array",
                14,
                11
            ),
        ]
    );
    let TypeKind::Struct { fields, .. } = &api.types[0].kind else {
        panic!("Thing is a struct: {:?}", api.types[0].kind)
    };
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|f| (f.name.as_str(), f.ty.rs()))
        .collect();
    assert_eq!(
        fields,
        [
            ("any", "crate::runtime::Nullable<serde_json::Value>"),
            ("none", "Option<Vec<serde_json::Value>>")
        ]
    );
}

/// Item 4: a callback given as a `$ref` (and any callback): nothing to call, a note.
#[test]
fn callbacks_even_as_references_are_a_note() {
    let text = format!(
        "{HEAD}paths:\n  /subscribe:\n    post:\n      operationId: subscribe\n      callbacks:\n        onEvent: {{$ref: '#/components/callbacks/onEvent'}}\n        onError:\n          '{{$request.body#/url}}':\n            post:\n              responses:\n                '200': {{description: ok}}\n      responses:\n        '204': {{description: ok}}\ncomponents:\n  callbacks:\n    onEvent:\n      '{{$request.body#/url}}':\n        post:\n          responses:\n            '200': {{description: ok}}\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [(
            Severity::Note,
            "/paths/~1subscribe/post/callbacks".to_string(),
            "2 callbacks ignored (`onEvent`, `onError`): a callback is a request the API sends, a client has nothing to call".to_string(),
            Some((7, 7))
        )]
    );
    assert_eq!(
        api.operations.len(),
        1,
        "the callbacks' operations are not the client's"
    );
}

/// Item 5: `info.version` as a number is its text as written (`1.10`, not `1.1`).
#[test]
fn a_numeric_version_is_taken_as_its_text() {
    for (text, version, position) in [
        (
            "openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.10\npaths: {}\n".to_string(),
            "1.10",
            (4, 3),
        ),
        (
            "openapi: 3.0.3\ninfo: {title: t, version: 0}\npaths: {}\n".to_string(),
            "0",
            (2, 1),
        ),
        (
            "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\", \"version\": 2.50},\n  \"paths\": {}\n}\n"
                .to_string(),
            "2.50",
            (3, 3),
        ),
    ] {
        let (api, warnings) = lower(&text);
        assert_eq!(api.version, version, "{text}");
        assert_eq!(
            warnings,
            [warning(
                "/info/version",
                &format!("`info.version` is a number, not a string: taken as the text `{version}` (quote it: `version: '{version}'`)"),
                position.0,
                position.1
            )],
            "{text}"
        );
    }
}

/// Item 6: `type: integer` with string values: the values decide (a string enum), with a
/// warning at the schema; before, the int-enum template rendered `Full-Time =>`.
#[test]
fn string_values_under_type_integer_make_a_string_enum() {
    let text = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Job:\n      type: object\n      properties:\n        kind: {{type: integer, enum: [\"Full-Time\", \"Part-Time\"]}}\n        level: {{type: integer, enum: [1, 2, 3]}}\n        mixed: {{type: integer, enum: [1, \"two\"]}}\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [warning(
            "/components/schemas/Job/properties/kind",
            "`type: integer` with string values in `enum`: the values decide, a string enum",
            9,
            9
        )]
    );
    let kinds: Vec<(&str, &str)> = api
        .types
        .iter()
        .map(|t| {
            let kind = match &t.kind {
                TypeKind::StringEnum { .. } => "string enum",
                TypeKind::IntEnum { .. } => "integer enum",
                TypeKind::Struct { .. } => "struct",
                _ => "other",
            };
            (t.name.as_str(), kind)
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("Job", "struct"),
            ("JobKind", "string enum"),
            ("JobLevel", "integer enum")
        ]
    );
    let TypeKind::Struct { fields, .. } = &api.types[0].kind else {
        unreachable!()
    };
    assert_eq!(
        fields[2].ty.rs(),
        "Option<i64>",
        "mixed values: the plain type"
    );
    // And it renders to Rust that parses.
    clientgen::render::render_api(
        &crate::templates(),
        &api,
        "spec.yaml",
        clientgen::Layout::Standalone,
        "spec",
    )
    .unwrap();
}

/// Item 7: an example is data; a `$ref` key inside it is data too (GitHub Enterprise
/// Cloud's description carries `{"$ref": "server-statistics-actions.yaml"}` in an example
/// value). References are resolved where a Reference Object may stand, and only there.
#[test]
fn refs_inside_example_values_are_data() {
    let text = format!(
        "{HEAD}paths:\n  /users:\n    get:\n      parameters:\n        - name: filter\n          in: query\n          schema: {{type: string}}\n          example: {{$ref: 'https://example.com/a'}}\n          examples:\n            one: {{value: {{$ref: 'https://example.com/b'}}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                default: {{$ref: 'https://example.com/c'}}\n                example: {{$ref: 'https://example.com/d'}}\n                x-sample: {{$ref: 'https://example.com/e'}}\n              example: {{$ref: 'https://example.com/f'}}\n              examples:\n                scim: {{$ref: '#/components/examples/scim'}}\n                inline: {{value: {{schemas: [{{$ref: 'https://api.github.com/scim/v2/x'}}]}}}}\ncomponents:\n  examples:\n    scim:\n      value: {{$ref: 'https://api.github.com/scim/v2/Groups'}}\n"
    );
    let (_, warnings) = lower(&text);
    assert_eq!(warnings, []);
    // Passed through untouched.
    let doc = load::load_str(Path::new("spec.yaml"), text.clone()).unwrap();
    assert_eq!(
        doc.raw.pointer("/components/examples/scim/value/$ref"),
        Some(&serde_json::json!("https://api.github.com/scim/v2/Groups"))
    );
    // A Reference Object among the examples is still a reference, checked as one.
    let text = text.replace(
        "'#/components/examples/scim'",
        "'#/components/examples/missing'",
    );
    assert_eq!(
        refused(&text),
        [error(
            "/paths/~1users/get/responses/200/content/application~1json/examples/scim/$ref",
            "reference `#/components/examples/missing` points at nothing in this document",
            25,
            17
        )]
    );
}

/// Item 9: near misses whose intent is clear are read with a warning; codes outside
/// 100–599 and what is no status are refused at their pointer; extensions are skipped.
#[test]
fn statuses_near_misses_are_read_the_rest_refused() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        2xx: {{description: ok}}\n        ' 404': {{description: gone}}\n        Default: {{description: other}}\n        x-note: {{description: not a status}}\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [
            warning(
                "/paths/~1a/get/responses/2xx",
                "`2xx` is not how OpenAPI writes a status: read as `2XX`",
                8,
                9
            ),
            warning(
                "/paths/~1a/get/responses/ 404",
                "` 404` is not how OpenAPI writes a status: read as `404`",
                9,
                9
            ),
            warning(
                "/paths/~1a/get/responses/Default",
                "`Default` is not how OpenAPI writes a status: read as `default`",
                10,
                9
            ),
        ]
    );
    let statuses: Vec<String> = op(&api, "a")
        .responses
        .iter()
        .map(|r| r.status.to_string())
        .collect();
    assert_eq!(statuses, ["2XX", "404", "default"]);
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200': {{description: ok}}\n        '600': {{description: no}}\n        6XX: {{description: no}}\n        '20X': {{description: no}}\n"
    );
    assert_eq!(
        refused(&text),
        [
            error(
                "/paths/~1a/get/responses/600",
                "status `600` is outside 100–599, the HTTP status codes",
                8,
                9
            ),
            error(
                "/paths/~1a/get/responses/6XX",
                "status range `6XX` is outside 1XX–5XX, the HTTP status classes",
                9,
                9
            ),
            error(
                "/paths/~1a/get/responses/20X",
                "`20X` is not a status code (100–599), a range like `4XX`, or `default`",
                10,
                9
            ),
        ]
    );
}

/// OpenAPI 3.2's `query` operation in an older document: the HTTP QUERY method, with a
/// warning (in a 3.2 document it is exact: tests/generator/convert.rs).
#[test]
fn a_query_operation_before_3_2_is_the_query_method() {
    let text = format!(
        "{HEAD}paths:\n  /books:\n    query:\n      operationId: findBooks\n      requestBody:\n        content:\n          application/json:\n            schema: {{type: object}}\n      responses:\n        '200': {{description: ok}}\n"
    );
    let (api, warnings) = lower(&text);
    assert_eq!(
        warnings,
        [warning(
            "/paths/~1books/query",
            "a `query` operation (the HTTP QUERY method) is OpenAPI 3.2: generated as one",
            5,
            5
        )]
    );
    assert_eq!(op(&api, "find_books").method.as_str(), "QUERY");
}
