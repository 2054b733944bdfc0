//! Fuzzing the pipeline: arbitrary text, arbitrary OpenAPI-shaped YAML/JSON trees, and
//! mutated real specs (`specs/`, the kitchen sink, the corpus) go through load → IR →
//! render. Nothing may panic or hang; every refusal is a diagnostic with a message; a
//! document that lowers must render to Rust that parses.
//!
//! Bounded for CI by a fixed number of cases per property from a fixed seed, so every run
//! runs the same cases, all of them: each property checks that exactly its case count
//! went through the pipeline and that proptest rejected few inputs. There is no time
//! budget (speed is measured in bench/, not asserted here); a watchdog per case only turns
//! a hang into a failure. `PROPTEST_CASES` raises the case count (never below the fixed
//! one) and `PROPTEST_RNG_SEED` picks another seed for a longer local run;
//! `CLIENTGEN_FUZZ_VERBOSE=1` prints each refusal.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};

use clientgen::{ir, load, render, Error, Layout, Templates};

/// A case with no result after this long is a hang (cases take milliseconds; this is far
/// beyond any slow machine, so it never fails a case for being slow, only for not ending).
const WATCHDOG: Duration = Duration::from_secs(120);

/// The seed of every property's cases, unless `PROPTEST_RNG_SEED` gives another.
const SEED: u64 = 0x00c1_1e47_9e4e;

/// At most this share of a property's cases may be rejected by proptest (inputs it
/// generated and threw away, or cases the test refused to run): a strategy that rejects
/// more is testing less than its case count says.
const MAX_REJECTED_PERCENT: usize = 5;

/// `cases` cases (more with `PROPTEST_CASES`, never fewer), from a fixed seed.
fn config(cases: u32) -> Config {
    let defaults = Config::default(); // reads the PROPTEST_* variables
    let from_env = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Config {
        cases: cases.max(from_env),
        rng_seed: match defaults.rng_seed {
            RngSeed::Random => RngSeed::Fixed(SEED),
            fixed => fixed,
        },
        max_shrink_iters: 256,
        max_shrink_time: 20_000,
        // Regressions are added to the fixed cases below, not to files beside the tests.
        failure_persistence: None,
        ..defaults
    }
}

fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    T.get_or_init(crate::templates)
}

/// How far an input got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Refused by the loader (with a diagnostic).
    Load,
    /// Loaded, refused by the IR (with a diagnostic).
    Lower,
    /// Lowered and rendered to Rust that parses.
    Rendered,
}

/// Cases per stage, printed after each property so a strategy that stops reaching the IR
/// is noticed.
#[derive(Default)]
struct Stats([AtomicUsize; 3]);

impl Stats {
    fn add(&self, s: Stage) {
        self.0[s as usize].fetch_add(1, Ordering::Relaxed);
    }
    fn get(&self, s: Stage) -> usize {
        self.0[s as usize].load(Ordering::Relaxed)
    }
    /// Cases that went through the pipeline, whatever stage they reached.
    fn ran(&self) -> usize {
        self.get(Stage::Load) + self.get(Stage::Lower) + self.get(Stage::Rendered)
    }
    fn report(&self, what: &str, rejected: usize) {
        println!(
            "fuzz {what}: {} refused by load, {} by the IR, {} rendered, {rejected} rejected by proptest",
            self.get(Stage::Load),
            self.get(Stage::Lower),
            self.get(Stage::Rendered),
        );
    }
}

/// load → IR → render: how far it got, or a description of the bug.
fn pipeline(text: String, json_name: bool) -> Result<Stage, String> {
    let path = Path::new(if json_name { "fuzz.json" } else { "fuzz.yaml" });
    let doc = match load::load_str(path, text) {
        Ok(doc) => doc,
        Err(e) => return clear(&e).map(|()| Stage::Load),
    };
    let api = match ir::lower(&doc, "fuzz") {
        Ok(api) => api,
        Err(e) => return clear(&e).map(|()| Stage::Lower),
    };
    // Once lowered, a document must render: a template or IR bug is not a spec error.
    let files = render::render_api_raw(templates(), &api, "fuzz.yaml", Layout::Standalone, "fuzz")
        .map_err(|e| format!("lowered, but rendering failed: {e}"))?;
    for (name, text) in files {
        if name.extension().is_some_and(|e| e == "rs") {
            syn::parse_file(&text).map_err(|e| {
                let line = text
                    .lines()
                    .nth(e.span().start().line.saturating_sub(1))
                    .unwrap_or_default();
                format!("{} does not parse: {e}\n  | {line}", name.display())
            })?;
        }
    }
    Ok(Stage::Rendered)
}

/// A refusal must say what is wrong.
fn clear(e: &Error) -> Result<(), String> {
    if std::env::var_os("CLIENTGEN_FUZZ_VERBOSE").is_some() {
        println!(
            "refused: {}",
            e.to_string().lines().next().unwrap_or_default()
        );
    }
    match e {
        Error::Input(ds) if ds.is_empty() => Err("an input error with no diagnostic".into()),
        Error::Input(ds) => match ds.iter().find(|d| d.message.trim().is_empty()) {
            Some(d) => Err(format!("a diagnostic without a message at {}", d.pointer)),
            None => Ok(()),
        },
        Error::Io { .. } => Ok(()),
        Error::Render { what, message } => {
            Err(format!("render error from input: {what}: {message}"))
        }
    }
}

/// Run one case on its own thread (the CLI's 8 MiB main-thread stack), so a panic is a
/// failure with its message and a hang is reported instead of stalling the suite.
/// Returns the stage the input reached.
fn run_case(text: String, json_name: bool, stats: &Stats) -> Result<Stage, TestCaseError> {
    run_case_with(pipeline, text, json_name, stats)
}

/// [`run_case`] with another pipeline check.
fn run_case_with(
    check: fn(String, bool) -> Result<Stage, String>,
    text: String,
    json_name: bool,
    stats: &Stats,
) -> Result<Stage, TestCaseError> {
    let (tx, rx) = mpsc::channel();
    let input = text.clone();
    std::thread::Builder::new()
        .name("fuzz-case".into())
        .stack_size(8 << 20)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| check(input, json_name));
            let _ = tx.send(r);
        })
        .map_err(|e| TestCaseError::fail(format!("spawn: {e}")))?;
    let preview: String = text.chars().take(2000).collect();
    match rx.recv_timeout(WATCHDOG) {
        Ok(Ok(Ok(stage))) => {
            stats.add(stage);
            Ok(stage)
        }
        Ok(Ok(Err(bug))) => Err(TestCaseError::fail(format!(
            "{bug}\n--- input ---\n{preview}"
        ))),
        Ok(Err(panic)) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(TestCaseError::fail(format!(
                "PANIC: {msg}\n--- input ---\n{preview}"
            )))
        }
        Err(_) => Err(TestCaseError::fail(format!(
            "no result after {WATCHDOG:?}: a hang\n--- input ---\n{preview}"
        ))),
    }
}

// ----------------------------------------------------------------------------------------
// Vocabulary: names and values that have broken generators before.
// ----------------------------------------------------------------------------------------

const NAMES: &[&str] = &[
    "id",
    "Id",
    "ID",
    "i_d",
    "i-d",
    "type",
    "Type",
    "self",
    "Self",
    "super",
    "crate",
    "r#x",
    "fn",
    "2fa",
    "1",
    "_",
    "-",
    "",
    " ",
    "a b",
    "a.b",
    "a/b",
    "a~b",
    "a{b}",
    "ünï",
    "日本",
    "send",
    "body",
    "timeout",
    "header",
    "client",
    "new",
    "builder",
    "additional_properties",
    "Other",
    "Value",
    "Option",
    "Result",
    "Client",
    "Error",
    "types",
    "runtime",
    "crate::x",
    "\"q\"",
    "*/",
    "#[doc]",
    "$ref",
    "default",
    "enum",
    "Box",
    "Vec",
    "String",
    "None",
    "Some",
];

const TYPES: &[&str] = &[
    "string", "integer", "number", "boolean", "array", "object", "null", "file", "String",
];

const FORMATS: &[&str] = &[
    "int32",
    "int64",
    "float",
    "double",
    "date",
    "date-time",
    "uuid",
    "binary",
    "byte",
    "email",
    "password",
    "",
];

const MEDIA: &[&str] = &[
    "application/json",
    "application/xml",
    "text/plain",
    "text/html",
    "application/octet-stream",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/*+json",
    "application/vnd.api+json; charset=utf-8",
    "*/*",
    "image/png",
];

const STATUSES: &[&str] = &[
    "200", "201", "204", "2XX", "2xx", "301", "400", "404", "4XX", "500", "5XX", "default", "999",
];

/// Statuses the loader refuses.
const BAD_STATUSES: &[&str] = &["20X", "abc", "", "1000"];

const REFS: &[&str] = &[
    "#/components/schemas/A",
    "#/components/schemas/B",
    "#/components/schemas/C",
];

/// References the loader refuses (dangling, remote) or that point at a non-schema.
const BAD_REFS: &[&str] = &[
    "#/components/schemas/Missing",
    "#/components/schemas/A/properties/x",
    "#/components/parameters/P",
    "#/paths/~1a~1{id}/get",
    "#/info",
    "#",
    "other.yaml#/X",
    "#/components/schemas/A%20B",
];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(NAMES).prop_map(str::to_string),
        1 => "[a-zA-Z0-9_ $@.-]{0,12}",
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![Just(0.5f64), Just(-1e300), Just(1e-9)].prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        name().prop_map(Value::String),
    ]
}

/// A JSON Schema, mostly well-formed, with every construct the IR lowers.
fn schema() -> impl Strategy<Value = Value> {
    // Weighted so that most documents are valid: one bad leaf refuses the whole document
    // at load, and the point is to reach the IR and the templates.
    let leaf = prop_oneof![
        16 => (proptest::sample::select(TYPES), proptest::sample::select(FORMATS))
            .prop_map(|(t, f)| json!({"type": t, "format": f})),
        10 => proptest::sample::select(REFS).prop_map(|r| json!({"$ref": r})),
        3 => Just(json!({})),
        4 => proptest::collection::vec(scalar(), 0..6)
            .prop_map(|e| json!({"type": "string", "enum": e})),
        3 => proptest::collection::vec(
            prop_oneof![any::<i64>().prop_map(Value::from), Just(Value::Null)],
            0..5
        )
        .prop_map(|e| json!({"type": "integer", "enum": e})),
        1 => prop_oneof![
            proptest::sample::select(BAD_REFS).prop_map(|r| json!({"$ref": r})),
            Just(json!(true)),
            scalar(),
        ],
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            (
                proptest::collection::vec((name(), inner.clone()), 0..6),
                proptest::collection::vec(name(), 0..3),
                proptest::option::of(prop_oneof![
                    any::<bool>().prop_map(Value::Bool),
                    inner.clone()
                ]),
                any::<bool>(),
            )
                .prop_map(|(props, required, additional, nullable)| {
                    let mut m = Map::new();
                    m.insert("type".into(), json!("object"));
                    m.insert(
                        "properties".into(),
                        Value::Object(props.into_iter().collect()),
                    );
                    m.insert("required".into(), json!(required));
                    if let Some(a) = additional {
                        m.insert("additionalProperties".into(), a);
                    }
                    if nullable {
                        m.insert("nullable".into(), json!(true));
                    }
                    Value::Object(m)
                }),
            inner
                .clone()
                .prop_map(|i| json!({"type": "array", "items": i})),
            (
                proptest::sample::select(&["allOf", "oneOf", "anyOf"][..]),
                proptest::collection::vec(inner.clone(), 0..4),
                proptest::option::of(name()),
                proptest::collection::vec((name(), proptest::sample::select(REFS)), 0..3),
            )
                .prop_map(|(key, parts, prop, mapping)| {
                    let mut m = Map::new();
                    m.insert(key.into(), Value::Array(parts));
                    if let Some(p) = prop {
                        let mapping: Map<String, Value> =
                            mapping.into_iter().map(|(k, v)| (k, json!(v))).collect();
                        m.insert(
                            "discriminator".into(),
                            json!({"propertyName": p, "mapping": mapping}),
                        );
                    }
                    Value::Object(m)
                }),
            (inner.clone(), scalar(), any::<[bool; 3]>()).prop_map(
                |(s, default, [ro, wo, dep])| {
                    let mut s = s;
                    if let Value::Object(m) = &mut s {
                        m.insert("default".into(), default);
                        m.insert("readOnly".into(), json!(ro));
                        m.insert("writeOnly".into(), json!(wo));
                        m.insert("deprecated".into(), json!(dep));
                        m.insert(
                            "description".into(),
                            json!("*/ ```rust\nfn evil() {}\n``` \"#"),
                        );
                    }
                    s
                }
            ),
        ]
    })
}

fn parameter() -> impl Strategy<Value = Value> {
    // Styles by location as OpenAPI allows them (the loader refuses others), rarely any.
    let location_style = prop_oneof![
        10 => (Just("query"), proptest::sample::select(&["form", "spaceDelimited", "pipeDelimited", "deepObject"][..])),
        10 => (Just("path"), proptest::sample::select(&["simple", "label", "matrix"][..])),
        10 => (Just("header"), Just("simple")),
        10 => (Just("cookie"), Just("form")),
        1 => (
            proptest::sample::select(&["path", "query", "body", "x", ""][..]),
            proptest::sample::select(&["form", "simple", "deepObject", "matrix", "x"][..]),
        ),
    ];
    (name(), location_style, any::<[bool; 3]>(), schema()).prop_map(
        |(name, (loc, style), [required, explode, content], schema)| {
            if content {
                json!({"name": name, "in": loc, "required": required,
                       "content": {"application/json": {"schema": schema}}})
            } else {
                json!({"name": name, "in": loc, "style": style, "explode": explode,
                       "required": required, "schema": schema})
            }
        },
    )
}

fn content() -> impl Strategy<Value = Value> {
    proptest::collection::vec((proptest::sample::select(MEDIA), schema()), 0..3).prop_map(|c| {
        Value::Object(
            c.into_iter()
                .map(|(m, s)| (m.to_string(), json!({"schema": s})))
                .collect(),
        )
    })
}

fn operation() -> impl Strategy<Value = Value> {
    (
        proptest::option::of(name()),
        proptest::collection::vec(parameter(), 0..4),
        proptest::option::of((any::<bool>(), content())),
        proptest::collection::vec(
            (
                prop_oneof![
                    30 => proptest::sample::select(STATUSES),
                    1 => proptest::sample::select(BAD_STATUSES),
                ],
                content(),
                proptest::collection::vec((name(), schema()), 0..2),
            ),
            0..4,
        ),
        proptest::option::of(proptest::collection::vec(
            proptest::collection::vec(
                proptest::sample::select(&["key", "basic", "oauth", "oidc", "nope"][..]),
                0..3,
            ),
            0..3,
        )),
        any::<bool>(),
    )
        .prop_map(|(op_id, params, body, responses, security, deprecated)| {
            let mut op = Map::new();
            if let Some(id) = op_id {
                op.insert("operationId".into(), json!(id));
            }
            op.insert("parameters".into(), Value::Array(params));
            if let Some((required, content)) = body {
                op.insert(
                    "requestBody".into(),
                    json!({"required": required, "content": content}),
                );
            }
            let responses: Map<String, Value> = responses
                .into_iter()
                .map(|(status, content, headers)| {
                    let headers: Map<String, Value> = headers
                        .into_iter()
                        .map(|(n, s)| (n, json!({"schema": s})))
                        .collect();
                    (
                        status.to_string(),
                        json!({"description": "d", "content": content, "headers": headers}),
                    )
                })
                .collect();
            op.insert("responses".into(), Value::Object(responses));
            if let Some(alts) = security {
                let alts: Vec<Value> = alts
                    .into_iter()
                    .map(|names| {
                        Value::Object(
                            names
                                .into_iter()
                                .map(|n| (n.to_string(), json!([])))
                                .collect(),
                        )
                    })
                    .collect();
                op.insert("security".into(), Value::Array(alts));
            }
            op.insert("deprecated".into(), json!(deprecated));
            Value::Object(op)
        })
}

/// A whole document: components A, B, C and a few operations on templated paths.
fn document() -> impl Strategy<Value = Value> {
    (
        schema(),
        schema(),
        schema(),
        proptest::collection::vec(
            (
                proptest::sample::select(
                    &["/a/{id}", "/a", "/{id}/{id}", "/a/{x}/b", "/", "a", "/A/{Id}"][..],
                ),
                proptest::sample::select(&["get", "post", "put", "delete", "patch", "head"][..]),
                operation(),
            ),
            0..5,
        ),
        proptest::sample::select(
            &["https://x.example/{v}", "/", "", "http://[::1]:8080/api", "{a}{b}"][..],
        ),
    )
        .prop_map(|(a, b, c, ops, server)| {
            let mut paths = Map::new();
            for (path, method, op) in ops {
                let item = paths
                    .entry(path.to_string())
                    .or_insert_with(|| json!({}));
                if let Value::Object(m) = item {
                    m.insert(method.into(), op);
                }
            }
            // Declare the path template's parameters (a missing one is refused, and
            // the mutated specs cover that).
            for (path, item) in paths.iter_mut() {
                let names: Vec<&str> = path
                    .split('{')
                    .skip(1)
                    .filter_map(|s| s.split_once('}').map(|(n, _)| n))
                    .collect();
                let params: Vec<Value> = names
                    .iter()
                    .map(|n| json!({"name": n, "in": "path", "required": true, "schema": {"type": "string"}}))
                    .collect();
                if let Value::Object(m) = item {
                    m.insert("parameters".into(), Value::Array(params));
                }
            }
            json!({
                "openapi": "3.0.3",
                "info": {"title": "fuzz */", "version": "1"},
                "servers": [{"url": server, "variables": {"v": {"default": "x"}}}],
                "paths": paths,
                "components": {
                    "schemas": {"A": a, "B": b, "C": c},
                    "securitySchemes": {
                        "key": {"type": "apiKey", "in": "query", "name": "k"},
                        "basic": {"type": "http", "scheme": "basic"},
                        "oauth": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {}}}},
                        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://o"}
                    }
                }
            })
        })
}

/// Text shaped like YAML, from tokens that make parsers and the locator work.
fn yamlish() -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "openapi: 3.0.3\n",
        "openapi: 3.1.0\n",
        "swagger: '2.0'\n",
        "info: {title: t, version: '1'}\n",
        "paths:\n",
        "  /a:\n",
        "    get:\n",
        "      responses:\n",
        "        '200':\n",
        "          description: x\n",
        "components:\n",
        "  schemas:\n",
        "    A:\n",
        "      type: object\n",
        "      $ref: '#/components/schemas/A'\n",
        "- ",
        "  ",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\n",
        "'",
        "\"",
        "&a ",
        "*a ",
        "<<: *a\n",
        "!!binary ",
        "? ",
        "|\n",
        "---\n",
        "...\n",
        "#",
        "\t",
        "~",
        "null",
        "1e999",
        "-0",
        "0x1F",
        "\u{feff}",
        "\u{0}",
    ];
    proptest::collection::vec(proptest::sample::select(TOKENS), 0..80).prop_map(|t| t.concat())
}

// ----------------------------------------------------------------------------------------
// Mutations of real specs.
// ----------------------------------------------------------------------------------------

/// The seed documents: the five specs, the kitchen sink and the smaller corpus specs.
fn seeds() -> &'static Vec<Value> {
    static SEEDS: OnceLock<Vec<Value>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = crate::root();
        let mut files = clientgen::spec_files(&root.join("specs")).unwrap();
        files.push(crate::fixture("kitchen_sink.yaml"));
        files.extend(
            clientgen::spec_files(&root.join("tests/corpus"))
                .unwrap()
                .into_iter()
                .filter(|p| {
                    std::fs::metadata(p)
                        .map(|m| m.len() < 40_000)
                        .unwrap_or(false)
                }),
        );
        files
            .iter()
            .map(|f| serde_yaml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
            .collect()
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete,
    Replace(Value),
    /// `{"$ref": <pointer of another node>}`: cycles, refs to non-schemas.
    RefTo(u32),
    /// Copy another node here.
    CopyFrom(u32),
    /// Rename an object key.
    Rename(String),
    /// Change `type` (or add one).
    Retype(&'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => Just(Mutation::Delete),
        2 => prop_oneof![scalar(), schema()].prop_map(Mutation::Replace),
        2 => any::<u32>().prop_map(Mutation::RefTo),
        1 => any::<u32>().prop_map(Mutation::CopyFrom),
        1 => name().prop_map(Mutation::Rename),
        2 => proptest::sample::select(TYPES).prop_map(Mutation::Retype),
    ]
}

/// JSON pointers of every node, depth first (capped: big specs have many).
fn pointers(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), v)];
    while let Some((p, v)) = stack.pop() {
        if out.len() > 20_000 {
            break;
        }
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    stack.push((format!("{p}/{}", load::escape_pointer(k)), c));
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    stack.push((format!("{p}/{i}"), c));
                }
            }
            _ => {}
        }
        out.push(p);
    }
    out
}

fn split_last(p: &str) -> Option<(&str, String)> {
    let (parent, last) = p.rsplit_once('/')?;
    Some((parent, last.replace("~1", "/").replace("~0", "~")))
}

fn mutate(doc: &mut Value, at: u32, m: &Mutation) {
    let ptrs = pointers(doc);
    let Some(target) = ptrs.get(at as usize % ptrs.len().max(1)).cloned() else {
        return;
    };
    let pick = |i: u32| {
        ptrs.get(i as usize % ptrs.len().max(1))
            .cloned()
            .unwrap_or_default()
    };
    match m {
        Mutation::Delete => {
            if let Some((parent, key)) = split_last(&target) {
                match doc.pointer_mut(parent) {
                    Some(Value::Object(o)) => {
                        o.remove(&key);
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(i) = key.parse::<usize>() {
                            if i < a.len() {
                                a.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Replace(v) => {
            if let Some(slot) = doc.pointer_mut(&target) {
                *slot = v.clone();
            }
        }
        Mutation::RefTo(i) => {
            let r = format!("#{}", pick(*i));
            if let Some(slot) = doc.pointer_mut(&target) {
                *slot = json!({ "$ref": r });
            }
        }
        Mutation::CopyFrom(i) => {
            let from = doc.pointer(&pick(*i)).cloned();
            if let (Some(v), Some(slot)) = (from, doc.pointer_mut(&target)) {
                *slot = v;
            }
        }
        Mutation::Rename(new) => {
            if let Some((parent, key)) = split_last(&target) {
                if let Some(Value::Object(o)) = doc.pointer_mut(parent) {
                    if let Some(v) = o.remove(&key) {
                        o.insert(new.clone(), v);
                    }
                }
            }
        }
        Mutation::Retype(t) => {
            if let Some(Value::Object(o)) = doc.pointer_mut(&target) {
                o.insert("type".into(), json!(t));
            }
        }
    }
}

fn to_text(v: &Value, yaml: bool) -> String {
    if yaml {
        serde_yaml::to_string(v).unwrap_or_default()
    } else {
        serde_json::to_string_pretty(v).unwrap_or_default()
    }
}

// ----------------------------------------------------------------------------------------
// The properties.
// ----------------------------------------------------------------------------------------

/// Run `cases` of `strategy` through `case` (each must go through [`run_case`]),
/// shrinking a failure to a small input. Checks that every case ran and that proptest
/// rejected few inputs.
fn fuzz<S: Strategy>(
    what: &str,
    cases: u32,
    strategy: S,
    case: impl Fn(S::Value, &Stats) -> Result<Stage, TestCaseError>,
) -> Stats {
    let stats = Stats::default();
    let config = config(cases);
    let cases = config.cases as usize;
    let seed = config.rng_seed;
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |v| case(v, &stats).map(drop));
    let rejected = rejected(&runner);
    stats.report(what, rejected);
    if let Err(e) = result {
        panic!("{what} (seed {seed}): {e}");
    }
    assert_eq!(
        stats.ran(),
        cases,
        "{what}: {cases} cases should have gone through the pipeline"
    );
    assert!(
        rejected * 100 <= cases * MAX_REJECTED_PERCENT,
        "{what}: proptest rejected {rejected} inputs for {cases} cases (at most \
         {MAX_REJECTED_PERCENT}%): the strategy needs a look\n{runner}"
    );
    stats
}

/// How many inputs proptest rejected (while generating them, and as refused by the test),
/// from its runner's summary (`local rejects: N`, `global rejects: N`).
fn rejected(runner: &TestRunner) -> usize {
    let summary = runner.to_string();
    let count = |label: &str| {
        summary
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or_else(|| panic!("no `{label} N` in proptest's summary:\n{summary}"))
    };
    count("local rejects:") + count("global rejects:")
}

#[test]
fn arbitrary_text_is_refused_cleanly() {
    let text = prop_oneof![any::<String>(), "[ -~\n]{0,300}", yamlish()];
    fuzz("text", 160, (text, any::<bool>()), |(text, json), stats| {
        run_case(text, json, stats)
    });
}

#[test]
fn arbitrary_documents_lower_and_render_or_fail_clearly() {
    let stats = fuzz(
        "documents",
        96,
        (document(), any::<bool>()),
        |(doc, yaml), stats| run_case(to_text(&doc, yaml), !yaml, stats),
    );
    assert!(
        stats.get(Stage::Rendered) * 4 >= stats.ran(),
        "fewer than a quarter of the generated documents got through the IR: the strategy needs a look"
    );
}

#[test]
fn mutated_real_specs_lower_and_render_or_fail_clearly() {
    let strategy = (
        any::<u32>(),
        proptest::collection::vec((any::<u32>(), mutation()), 1..6),
        any::<bool>(),
        proptest::option::weighted(0.1, any::<u32>()),
    );
    let stats = fuzz(
        "mutated specs",
        96,
        strategy,
        |(seed, mutations, yaml, truncate), stats| {
            let seeds = seeds();
            let mut doc = seeds[seed as usize % seeds.len()].clone();
            for (at, m) in &mutations {
                mutate(&mut doc, *at, m);
            }
            let mut text = to_text(&doc, yaml);
            if let Some(cut) = truncate {
                let mut cut = cut as usize % text.len().max(1);
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
            }
            run_case(text, !yaml, stats)
        },
    );
    assert!(
        stats.get(Stage::Rendered) > 0,
        "no mutated spec got through the IR"
    );
}

/// Every seed as is: the unmutated documents must go all the way through the pipeline.
#[test]
fn every_seed_goes_through_the_pipeline() {
    assert!(
        seeds().len() > 6,
        "the five specs, the kitchen sink and the corpus"
    );
    for (i, doc) in seeds().iter().enumerate() {
        let stage = pipeline(to_text(doc, false), true).unwrap_or_else(|e| panic!("seed {i}: {e}"));
        assert_eq!(stage, Stage::Rendered, "seed {i}");
    }
}

/// Inputs the fuzzer found, kept as fixed cases.
#[test]
fn found_inputs_stay_fixed() {
    // (what, input, how far it must get). Both once hung: finishing (within the watchdog)
    // with the right outcome is the check.
    let cases: &[(&str, &str, Stage)] = &[
        (
            // `allOf` naming its own schema twice: merging walked 2^depth parts (a hang).
            "allOf naming itself",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    C:\n      allOf:\n        - $ref: '#/components/schemas/C'\n        - {type: object, properties: {a: {type: string}}}\n        - $ref: '#/components/schemas/C'\n",
            Stage::Rendered,
        ),
        (
            // Unions sharing variants in a diamond chain, and a cycle, as path parameters.
            "union diamonds and cycles",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{p}/{q}:\n    get:\n      parameters:\n        - {name: p, in: path, required: true, schema: {$ref: '#/components/schemas/U0'}}\n        - {name: q, in: path, required: true, schema: {$ref: '#/components/schemas/X'}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    X: {oneOf: [{$ref: '#/components/schemas/Y'}, {type: string}]}\n    Y: {oneOf: [{$ref: '#/components/schemas/X'}, {type: integer}]}\n    U0: {oneOf: [{$ref: '#/components/schemas/U1'}, {$ref: '#/components/schemas/U1'}]}\n    U1: {oneOf: [{$ref: '#/components/schemas/U2'}, {$ref: '#/components/schemas/U2'}]}\n    U2: {oneOf: [{$ref: '#/components/schemas/U3'}, {$ref: '#/components/schemas/U3'}]}\n    U3: {oneOf: [{$ref: '#/components/schemas/U4'}, {$ref: '#/components/schemas/U4'}]}\n    U4: {oneOf: [{$ref: '#/components/schemas/U5'}, {$ref: '#/components/schemas/U5'}]}\n    U5: {oneOf: [{type: string}, {type: integer}]}\n",
            Stage::Rendered,
        ),
    ];
    let stats = Stats::default();
    for (what, text, want) in cases {
        let got =
            run_case(text.to_string(), false, &stats).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got, *want, "{what}");
    }
    assert_eq!(stats.ran(), cases.len());
}

// ----------------------------------------------------------------------------------------
// Hostile values through every template position.
// ----------------------------------------------------------------------------------------

/// Text that has broken generators: line breaks of every kind (a comment that ends early
/// lets the rest become code), comment, string and raw-string terminators, Rust and
/// template syntax, bidirectional controls (which rustc refuses in comments), NUL, empty.
const HOSTILE: &[&str] = &[
    "a\nfn injected() {}",
    "x\r\nfn injected() {}",
    "x\rfn injected() {}",
    "x\u{2028}y\u{2029}z\u{85}w",
    "*/ fn evil() {} /*",
    "\"#; fn evil() {} r#\"",
    "\"); fn evil() { (\"",
    "};",
    "}",
    "{",
    "{}",
    "```rust\nfn evil() {}\n```",
    "```\nunclosed fence",
    "    indented code();",
    "\\",
    "\\\"",
    "'",
    "#[doc = \"x\"]",
    "//! inner\n//! doc",
    "/// outer",
    "\u{202E}rtl\u{2066}isolate\u{2069}",
    "\0nul\u{7f}",
    "\ttab",
    "",
    " ",
    "ünï 日本 😀",
    "{{ api.title }}{% if x %}",
    "- item\nlazy continuation",
    "Full-Time",
    "1st",
    "self",
    "r#type",
    "-1",
];

/// How many hostile values a document takes (see [`hostile_document`]).
const HOSTILE_SLOTS: usize = 40;

/// A document with a hostile value in every position where spec text reaches the
/// templates: titles, versions, descriptions and summaries (info, operations, parameters,
/// schemas, properties, responses, headers, security schemes), server URLs and variables,
/// names (schemas, properties, parameters, headers, operation ids, security schemes,
/// multipart fields, tags), path segments, enum values and their names and descriptions
/// (string enums, and string values under `type: integer`), media types, defaults and
/// examples, discriminator values, `x-authorization-params`.
fn hostile_document(h: &[usize]) -> Value {
    let t = |i: usize| -> String {
        HOSTILE[h.get(i).copied().unwrap_or(0) % HOSTILE.len()].to_string()
    };
    let seg = |i: usize| t(i).replace(['/', '{', '}', '?', '~'], "_");
    let path = format!("/a/{}/{{id}}", seg(0));
    let media = if t(1).is_empty() {
        "application/json".to_string()
    } else {
        format!("application/{}+json", seg(1))
    };
    json!({
        "openapi": "3.0.3",
        "info": {"title": t(2), "version": t(3), "description": t(4)},
        "servers": [{"url": format!("https://x.example/{}/{{v}}", seg(5)), "description": t(6),
                     "variables": {"v": {"default": t(7), "enum": [t(7), t(8)], "description": t(9)}}}],
        "tags": [{"name": t(10), "description": t(11)}],
        "security": [{"key": []}],
        "paths": {
            path: {
                "get": {
                    "operationId": t(12),
                    "summary": t(13),
                    "description": t(14),
                    "tags": [t(10)],
                    "parameters": [
                        {"name": "id", "in": "path", "required": true, "description": t(15),
                         "schema": {"type": "string", "enum": [t(16), t(17)]}},
                        {"name": t(18), "in": "query", "description": t(19),
                         "schema": {"type": "string", "default": t(20), "example": t(21)}},
                        {"name": t(22), "in": "header", "schema": {"type": "integer", "enum": [t(23), t(24)]}},
                        {"name": t(25), "in": "cookie", "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {"description": t(26),
                                "headers": {t(27): {"description": t(28), "schema": {"type": "string"}}},
                                "content": {media.clone(): {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                        "4XX": {"description": t(29), "content": {"text/plain": {"schema": {"type": "string"}}}},
                        "default": {"description": t(30)}
                    }
                },
                "post": {
                    "operationId": t(31),
                    "requestBody": {"description": t(32), "content": {"multipart/form-data": {"schema": {
                        "type": "object",
                        "properties": {t(33): {"type": "string", "description": t(34)},
                                       "file": {"type": "string", "format": "binary"}}}}}},
                    "responses": {"default": {"description": t(35)}}
                }
            }
        },
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": t(36), "description": t(37),
                        "x-authorization-params": {"scheme": t(38), "params": [t(39)], "secret": [t(39)]}},
                "oauth": {"type": "oauth2", "description": t(11), "flows": {"clientCredentials": {"tokenUrl": t(5), "scopes": {t(6): t(7)}}}}
            },
            "schemas": {
                "Thing": {
                    "type": "object",
                    "title": t(2),
                    "description": t(4),
                    "required": [t(8)],
                    "properties": {
                        t(8): {"type": "string", "description": t(9), "default": t(13)},
                        "kind": {"type": "string", "enum": [t(16), t(17), t(23)],
                                 "x-enum-varnames": [t(18), t(19)], "x-enum-descriptions": [t(20), t(21)]},
                        "level": {"type": "integer", "enum": [t(24), t(29)], "description": t(30)},
                        "pet": {"$ref": "#/components/schemas/Pet"}
                    },
                    "additionalProperties": {"type": "string", "description": t(35)}
                },
                t(12): {"type": "string", "enum": [t(3), t(14)], "description": t(15)},
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": t(22), "mapping": {t(25): "#/components/schemas/Cat", t(26): "#/components/schemas/Dog"}}
                },
                "Cat": {"type": "object", "description": t(27), "properties": {t(22): {"type": "string"}}},
                "Dog": {"type": "object", "description": t(28), "properties": {t(22): {"type": "string"}}}
            }
        }
    })
}

/// The pipeline for hostile documents: as [`pipeline`] (a document that lowers renders to
/// Rust that parses), and also: nothing from the spec became an item (`injected`, `evil`);
/// no bidirectional control reached the Rust (rustc refuses them in comments); the
/// workspace `lib.rs` renders too; spec text opens no Rust code block in the Markdown docs
/// (their examples are doctests in the workspace); and a refusal points into the spec (a
/// JSON pointer or a line), never at generated code.
fn hostile_pipeline(text: String, json_name: bool) -> Result<Stage, String> {
    let path = Path::new("hostile.json");
    let points_into_spec = |e: &Error| match e {
        Error::Input(ds)
            if ds
                .iter()
                .all(|d| !d.pointer.is_empty() || d.position.is_some()) =>
        {
            Ok(())
        }
        other => Err(format!(
            "a refusal that does not point into the spec: {other}"
        )),
    };
    let doc = match load::load_str(path, text.clone()) {
        Ok(doc) => doc,
        Err(e) => return points_into_spec(&e).map(|()| Stage::Load),
    };
    let api = match ir::lower(&doc, "hostile") {
        Ok(api) => api,
        Err(e) => return points_into_spec(&e).map(|()| Stage::Lower),
    };
    let stage = pipeline(text, json_name)?;
    let files = render::render_api_raw(
        templates(),
        &api,
        "hostile\n.json",
        Layout::Standalone,
        "hostile",
    )
    .map_err(|e| format!("rendering failed: {e}"))?;
    let lib = render::render_lib(
        templates(),
        &[render::ServiceSummary {
            module: api.module.clone(),
            title: api.title.clone(),
            operations: api.operations.len(),
        }],
    )
    .map_err(|e| format!("the workspace lib.rs: {e}"))?;
    // The Markdown docs' examples are doctests in the workspace: spec text must not open a
    // Rust code block there, nor leave one open.
    for (name, text) in files
        .iter()
        .filter(|(n, _)| n.extension().is_some_and(|e| e == "md"))
    {
        let fences: Vec<&str> = text
            .lines()
            .filter(|l| l.trim_start().starts_with("```"))
            .collect();
        if let Some(f) = fences
            .iter()
            .find(|f| f.trim().starts_with("```rust") && f.trim() != "```rust,no_run")
        {
            return Err(format!(
                "{}: spec text opened the code block {f:?}",
                name.display()
            ));
        }
        if fences.len() % 2 == 1 {
            return Err(format!("{}: a code block is left open", name.display()));
        }
    }
    let rust = files
        .iter()
        .filter(|(name, _)| name.extension().is_some_and(|e| e == "rs"))
        .map(|(name, text)| (name.display().to_string(), text.clone()))
        .chain(std::iter::once(("lib.rs (workspace)".to_string(), lib)));
    for (name, text) in rust {
        let file = syn::parse_file(&text).map_err(|e| format!("{name} does not parse: {e}"))?;
        let mut fns = Vec::new();
        for item in &file.items {
            match item {
                syn::Item::Fn(f) => fns.push(f.sig.ident.to_string()),
                syn::Item::Impl(i) => fns.extend(i.items.iter().filter_map(|it| match it {
                    syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                    _ => None,
                })),
                _ => {}
            }
        }
        if let Some(f) = fns.iter().find(|f| *f == "injected" || *f == "evil") {
            return Err(format!("{name}: spec text became the function `{f}`"));
        }
        if let Some(c) = text
            .chars()
            .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        {
            return Err(format!(
                "{name}: the bidirectional control {c:?} reached the Rust"
            ));
        }
    }
    Ok(stage)
}

/// No spec can make the templates emit Rust that does not parse: hostile values in every
/// template position, a fixed number of cases from the fixed seed. Nearly all of them
/// render (the rest are refused at a pointer into the spec: an empty parameter name…).
#[test]
fn hostile_values_in_every_template_position_render_to_rust_that_parses() {
    let stats = fuzz(
        "hostile values",
        64,
        (
            proptest::collection::vec(0..HOSTILE.len(), HOSTILE_SLOTS),
            any::<bool>(),
        ),
        |(h, yaml), stats| {
            run_case_with(
                hostile_pipeline,
                to_text(&hostile_document(&h), yaml),
                !yaml,
                stats,
            )
        },
    );
    assert!(
        stats.get(Stage::Rendered) * 4 >= stats.ran() * 3,
        "fewer than three quarters of the hostile documents rendered: the strategy needs a look"
    );
    // Each value in each position at least once, the same way every run: value i in every
    // slot of document i.
    let stats = Stats::default();
    for (i, value) in HOSTILE.iter().enumerate() {
        let h = vec![i; HOSTILE_SLOTS];
        run_case_with(
            hostile_pipeline,
            to_text(&hostile_document(&h), false),
            true,
            &stats,
        )
        .unwrap_or_else(|e| panic!("`{}` everywhere: {e}", value.escape_debug()));
    }
    assert_eq!(stats.ran(), HOSTILE.len());
}
