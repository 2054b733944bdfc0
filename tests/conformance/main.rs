//! Round-trip conformance: for each named schema of the test specs (tests/corpus, specs/ and
//! the vendors' documents), random instances valid against the schema are decoded with the
//! generated Rust type, re-encoded, validated against the schema and compared with the
//! input (README.md, "Round-trip conformance", says what counts as equal).
//!
//! This binary does the Rust half: it lowers every spec through the generator's library,
//! writes each spec's `types.rs` as a module of one scratch workspace under the target dir
//! (`conformance/`, two library crates so both cores compile, and one small dispatch
//! binary that decodes and re-encodes a line of JSON as a named type), builds it once,
//! and writes per spec a manifest: the converted OpenAPI 3.0 document and, for each
//! top-level generated type, its schema's JSON pointer and Rust name. One trial per spec
//! then runs `roundtrip.py`, the Python half (instance generation with
//! hypothesis-jsonschema, validation with jsonschema, comparison, known failures).
//!
//! Arguments are libtest's: a filter selects specs by label (`specs/xero.yaml`,
//! `tests/corpus/...`, `upstream/...`), and only the selected ones are built. Environment:
//! - `CLIENTGEN_UPSTREAM_DIR` / `CLIENTGEN_UPSTREAM_REQUIRED`: as for tests/upstream;
//! - `CLIENTGEN_CONFORMANCE_EXAMPLES` (default 20) and `CLIENTGEN_CONFORMANCE_SEED`;
//! - `CLIENTGEN_CONFORMANCE_VERBOSE=1`: details of known failures too;
//! - `CLIENTGEN_CONFORMANCE_BLESS=1`: rewrite tests/conformance/known-failures.txt from
//!   this run (for the specs that ran).

#[path = "../support/mod.rs"]
mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use clientgen::ir::{Api, TypeKind};
use libtest_mimic::{Arguments, Failed, Trial};

/// The vendors' documents (tests/upstream/SOURCES.md); the scale/ ones are not test specs.
const VENDOR_DOCUMENTS: &[&str] = &[
    "emby-openapi_v2.json",
    "jellyfin-openapi-stable.json",
    "xero-identity.yaml",
    "smooch-swagger.json",
    "ostrom-openapi-original.json",
];

/// The generated modules are split over this many library crates, so both cores compile.
const SHARDS: usize = 2;

struct Spec {
    /// How reports and known-failures.txt name it: `specs/x.yaml`, `tests/corpus/x.json`,
    /// `upstream/x.json`.
    label: String,
    path: PathBuf,
}

fn specs() -> Vec<Spec> {
    let root = support::root();
    let mut out = Vec::new();
    for dir in ["tests/corpus", "specs"] {
        for path in clientgen::spec_files(&root.join(dir)).unwrap() {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            out.push(Spec {
                label: format!("{dir}/{file}"),
                path,
            });
        }
    }
    for file in VENDOR_DOCUMENTS {
        out.push(Spec {
            label: format!("upstream/{file}"),
            path: support::upstream(file),
        });
    }
    out
}

/// One spec, generated: its module in the scratch workspace and its manifest.
struct Generated {
    module: String,
    types_rs: String,
    /// The Rust name of each type the dispatch binary must know.
    types: Vec<String>,
    manifest: serde_json::Value,
    /// The `[dependencies]` a generated crate of this spec has (the same for every spec).
    dependencies: String,
}

fn kind(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Struct { .. } => "struct",
        TypeKind::StringEnum { .. } => "string_enum",
        TypeKind::IntEnum { .. } => "int_enum",
        TypeKind::Union { .. } => "union",
        TypeKind::Alias { .. } => "alias",
    }
}

/// The types to test: every generated type whose schema is not inside another one's (those
/// are exercised through it), each with its schema's pointer in the converted document and
/// in the file as written.
fn top_level_types(api: &Api, doc: &clientgen::load::Document) -> Vec<serde_json::Value> {
    let origins: std::collections::BTreeSet<&str> =
        api.types.iter().map(|t| t.origin.as_str()).collect();
    let mut out: Vec<serde_json::Value> = Vec::new();
    for t in &api.types {
        let nested = t
            .origin
            .match_indices('/')
            .any(|(i, _)| origins.contains(&t.origin[..i]));
        if nested {
            continue;
        }
        let pointer = t.origin.trim_start_matches('#');
        out.push(serde_json::json!({
            "pointer": t.origin,
            "original": format!("#{}", doc.pointers.original(pointer)),
            "rust": t.name,
            "kind": kind(&t.kind),
        }));
    }
    out
}

/// Every discriminated union with the tag values each of its variants decodes: a value the
/// spec maps but the type does not list would decode as `Other`, which a round trip cannot
/// see (it is kept as sent), so roundtrip.py compares these with the spec's mapping.
fn tagged_unions(api: &Api, doc: &clientgen::load::Document) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for t in &api.types {
        let TypeKind::Union {
            variants,
            discriminator: Some(property),
            ..
        } = &t.kind
        else {
            continue;
        };
        let tags: Vec<&String> = variants
            .iter()
            .flat_map(|v| v.tag.iter().chain(&v.aliases))
            .collect();
        out.push(serde_json::json!({
            "pointer": t.origin,
            "original": format!("#{}", doc.pointers.original(t.origin.trim_start_matches('#'))),
            "rust": t.name,
            "property": property,
            "tags": tags,
        }));
    }
    out
}

fn generate(spec: &Spec, templates: &clientgen::Templates) -> Result<Generated, String> {
    let (service, doc) =
        clientgen::load_service_and_document(&spec.path).map_err(|e| e.to_string())?;
    let api = &service.api;
    let files = clientgen::render::render_api_raw(
        templates,
        api,
        &spec.label,
        clientgen::Layout::Workspace,
        &format!("crate::{}", api.module),
    )
    .map_err(|e| e.to_string())?;
    let types_rs = files
        .into_iter()
        .find(|(p, _)| p.as_path() == Path::new("types.rs"))
        .map(|(_, text)| text)
        .ok_or("no types.rs rendered")?;
    let types = top_level_types(api, &doc);
    // The shards depend on the runtime crate of this checkout, every part of it on.
    let runtime_dir = support::root().join("runtime").display().to_string();
    let runtime = clientgen::runtime::manifest(
        &clientgen::runtime::Runtime::Path(runtime_dir),
        &clientgen::runtime::Feature::ALL.into_iter().collect(),
    );
    let cargo_toml = clientgen::render::render_cargo_toml(
        templates,
        api,
        "scratch",
        &clientgen::CrateMeta::default(),
        &spec.label,
        &runtime,
    )
    .map_err(|e| e.to_string())?;
    let dependencies = cargo_toml
        .split_once("[dependencies]")
        .map(|(_, deps)| deps.replace("\n[workspace]", ""))
        .ok_or("the generated Cargo.toml has no [dependencies]")?;
    Ok(Generated {
        dependencies,
        module: api.module.clone(),
        types_rs,
        types: types
            .iter()
            .map(|t| t["rust"].as_str().unwrap_or_default().to_string())
            .collect(),
        manifest: serde_json::json!({
            "label": spec.label,
            "module": api.module,
            "warnings": api.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
            "types": types,
            "tagged_unions": tagged_unions(api, &doc),
            "document": doc.raw,
        }),
    })
}

/// `lib.rs` of a shard: its modules, and `roundtrip(module, type, json)` over their types.
/// The instantiation is here, not in the dispatch binary, so each shard compiles its own
/// (serde's generic code is compiled where it is used).
fn shard_lib(modules: &[&Generated]) -> String {
    let mut lib = String::from(
        "//! Generated types of the conformance specs (tests/conformance/main.rs).\n#![allow(warnings)]\n\npub mod runtime;\n",
    );
    for g in modules {
        writeln!(lib, "pub mod {} {{\n    pub mod types;\n}}", g.module).unwrap();
    }
    lib.push_str(
        r#"
/// Decode `json` as `T` and encode it again: Ok(re-encoding), or Err((stage, message)).
fn check<T: serde::de::DeserializeOwned + serde::Serialize>(json: &str) -> Result<String, (&'static str, String)> {
    let value: T = serde_json::from_str(json).map_err(|e| ("decode", e.to_string()))?;
    serde_json::to_string(&value).map_err(|e| ("encode", e.to_string()))
}

/// `None` when this shard has no such module and type.
pub fn roundtrip(module: &str, ty: &str, json: &str) -> Option<Result<String, (&'static str, String)>> {
    Some(match (module, ty) {
"#,
    );
    for g in modules {
        for t in &g.types {
            writeln!(
                lib,
                "        ({:?}, {t:?}) => check::<{}::types::{t}>(json),",
                g.module, g.module
            )
            .unwrap();
        }
    }
    lib.push_str("        _ => return None,\n    })\n}\n");
    lib
}

/// The dispatch binary: `conformance-dispatch MODULE`, one `Type<TAB>json` a line on stdin,
/// one JSON object a line on stdout: `{"ok": text}`, `{"decode": message}`,
/// `{"encode": message}`, `{"panic": message}` or `{"unknown": type}`.
fn dispatch_main() -> String {
    let mut calls = String::new();
    for shard in 0..SHARDS {
        writeln!(
            calls,
            "        .or_else(|| conformance_shard{shard}::roundtrip(module, ty, json))"
        )
        .unwrap();
    }
    format!(
        r#"//! Decodes and re-encodes instances as the generated types (tests/conformance/main.rs).
use std::io::{{BufRead, Write}};

fn reply(module: &str, ty: &str, json: &str) -> serde_json::Value {{
    let outcome = std::panic::catch_unwind(|| {{
        None
{calls}    }});
    match outcome {{
        Ok(Some(Ok(text))) => serde_json::json!({{ "ok": text }}),
        Ok(Some(Err((stage, message)))) => serde_json::json!({{ stage: message }}),
        Ok(None) => serde_json::json!({{ "unknown": ty }}),
        Err(panic) => {{
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            serde_json::json!({{ "panic": message }})
        }}
    }}
}}

fn run(module: String) {{
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {{
        let line = line.expect("stdin");
        let (ty, json) = line.split_once('\t').unwrap_or((line.as_str(), ""));
        writeln!(out, "{{}}", reply(&module, ty, json)).expect("stdout");
    }}
    out.flush().expect("stdout");
}}

fn main() {{
    let module = std::env::args().nth(1).expect("usage: conformance-dispatch MODULE < lines");
    std::panic::set_hook(Box::new(|_| {{}}));
    // Deeply nested values recurse in serde: a big stack, as the generated clients' users
    // would need too for such documents.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(module))
        .expect("thread");
    if worker.join().is_err() {{
        std::process::exit(3);
    }}
}}
"#
    )
}

/// Write the scratch workspace for `generated` (module → shard balanced by size).
fn write_workspace(dir: &Path, generated: &[Generated]) -> Result<(), String> {
    let mut order: Vec<&Generated> = generated.iter().collect();
    order.sort_by(|a, b| {
        b.types_rs
            .len()
            .cmp(&a.types_rs.len())
            .then(a.module.cmp(&b.module))
    });
    let mut shards: Vec<(usize, Vec<&Generated>)> = (0..SHARDS).map(|_| (0, Vec::new())).collect();
    for g in order {
        let lightest = shards.iter_mut().min_by_key(|(size, _)| *size).unwrap();
        lightest.0 += g.types_rs.len();
        lightest.1.push(g);
    }
    let (_, runtime) = clientgen::runtime::reexport_file();
    // The shards depend on what a generated crate depends on, with the same features.
    let dependencies = &generated.first().ok_or("no spec generated")?.dependencies;
    let mut files = clientgen::FileSet::new();
    let mut members = Vec::new();
    let mut overrides = String::new();
    for (i, (_, modules)) in shards.iter().enumerate() {
        let name = format!("conformance-shard{i}");
        files.insert(
            format!("shard{i}/Cargo.toml").into(),
            format!(
                "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]{dependencies}"
            ),
        );
        files.insert(format!("shard{i}/src/lib.rs").into(), shard_lib(modules));
        files.insert(format!("shard{i}/src/runtime.rs").into(), runtime.clone());
        for g in modules {
            files.insert(
                format!("shard{i}/src/{}/types.rs", g.module).into(),
                g.types_rs.clone(),
            );
        }
        members.push(format!("\"shard{i}\""));
        // No debug info for the large generated crates: quicker to compile and link.
        writeln!(overrides, "[profile.dev.package.{name}]\ndebug = 0\n").unwrap();
    }
    let shard_deps: String = (0..SHARDS)
        .map(|i| format!("conformance-shard{i} = {{ path = \"../shard{i}\" }}\n"))
        .collect();
    files.insert(
        "dispatch/Cargo.toml".into(),
        format!(
            "[package]\nname = \"conformance-dispatch\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{shard_deps}serde_json = {{ version = \"1\", features = [\"preserve_order\"] }}\n"
        ),
    );
    files.insert("dispatch/src/main.rs".into(), dispatch_main());
    members.push("\"dispatch\"".into());
    files.insert(
        "Cargo.toml".into(),
        format!(
            "# Scratch workspace of tests/conformance/main.rs.\n[workspace]\nmembers = [{}]\nresolver = \"2\"\n\n{overrides}",
            members.join(", ")
        ),
    );
    for g in generated {
        files.insert(
            format!("manifests/{}.json", g.module).into(),
            serde_json::to_string(&g.manifest).map_err(|e| e.to_string())?,
        );
    }
    clientgen::write_tree(dir, &files, true).map_err(|e| e.to_string())?;
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(support::root().join("Cargo.lock"), dir.join("Cargo.lock"))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Whether tests/corpus/expected.txt records that the corpus spec `label` does not generate.
fn expected_error(label: &str) -> bool {
    let Some(file) = label.strip_prefix("tests/corpus/") else {
        return false;
    };
    let stem = Path::new(file).file_stem().unwrap().to_string_lossy();
    let expected =
        std::fs::read_to_string(support::root().join("tests/corpus/expected.txt")).unwrap();
    expected
        .lines()
        .any(|l| l.starts_with(&format!("{stem}: error")))
}

/// Build the scratch workspace; the dispatch binary's path.
fn build(dir: &Path) -> Result<PathBuf, String> {
    // Debug: a fresh build of ~60k lines of types is several times quicker than release,
    // and the round trips themselves take no time. Not incremental: the modules change
    // together (a template edit changes every one), and incremental state only costs.
    let out = support::cargo_with(
        dir,
        &["build", "--quiet", "--message-format=short"],
        &[("CARGO_INCREMENTAL", "0")],
    );
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first: Vec<&str> = stderr.lines().take(40).collect();
        return Err(format!(
            "the generated types do not compile (scratch workspace {}):\n{}",
            dir.display(),
            first.join("\n")
        ));
    }
    Ok(support::nested_target("nested").join("debug/conformance-dispatch"))
}

fn run_spec(
    label: &str,
    manifest: &Path,
    dispatch: &Path,
    results: &Path,
) -> Result<String, Failed> {
    let root = support::root();
    let out = Command::new("python3")
        .arg(root.join("tests/conformance/roundtrip.py"))
        .arg("run")
        .arg("--manifest")
        .arg(manifest)
        .arg("--dispatch")
        .arg(dispatch)
        .arg("--known")
        .arg(root.join("tests/conformance/known-failures.txt"))
        .arg("--results")
        .arg(results)
        // Python's str hashes are salted per process; set iteration order must not change
        // what is generated.
        .env("PYTHONHASHSEED", "0")
        // hypothesis keeps a .hypothesis/ directory where it runs: in the scratch workspace.
        .current_dir(
            manifest
                .parent()
                .and_then(Path::parent)
                .unwrap_or(Path::new(".")),
        )
        .output()
        .map_err(|e| format!("{label}: running python3: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.success() {
        Ok(stdout)
    } else {
        Err(format!("{stdout}{stderr}").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let started = Instant::now();
    let all = specs();
    let name = |s: &Spec| s.label.clone();
    let selected: Vec<&Spec> = all
        .iter()
        .filter(|s| !args.is_filtered_out(&Trial::test(name(s), || Ok(()))))
        .collect();
    let present: Vec<&Spec> = selected
        .iter()
        .copied()
        .filter(|s| s.path.is_file())
        .collect();

    // Generate every selected spec that is present, then build them all at once.
    let dir = support::nested_target("conformance");
    let mut setup: Result<PathBuf, String> = Err("not built".into());
    let mut generated: BTreeMap<String, Result<String, String>> = BTreeMap::new(); // label → module
    if !args.list && !present.is_empty() {
        let templates = clientgen::Templates::from_dir(&support::root().join("templates")).unwrap();
        let mut ok = Vec::new();
        let mut modules = BTreeMap::new();
        for spec in &present {
            match generate(spec, &templates) {
                Ok(g) => {
                    if let Some(other) = modules.insert(g.module.clone(), spec.label.clone()) {
                        panic!("{} and {other} both make module `{}`", spec.label, g.module);
                    }
                    generated.insert(spec.label.clone(), Ok(g.module.clone()));
                    ok.push(g);
                }
                Err(e) => {
                    generated.insert(spec.label.clone(), Err(e));
                }
            }
        }
        let generated_at = started.elapsed();
        setup = write_workspace(&dir, &ok).and_then(|()| build(&dir));
        eprintln!(
            "conformance: {} specs generated in {:.1?}, built in {:.1?} ({})",
            ok.len(),
            generated_at,
            started.elapsed() - generated_at,
            dir.display()
        );
    }
    let setup = Arc::new(setup);

    // Each spec's counts line, for the summary after libtest's.
    let summary: Arc<Mutex<BTreeMap<String, String>>> = Arc::default();
    let results_dir = dir.join("results");
    let _ = std::fs::create_dir_all(&results_dir);
    let mut trials = Vec::new();
    // The largest documents first, so the two workers end together.
    let mut order: Vec<&Spec> = all.iter().collect();
    order.sort_by_key(|s| {
        std::cmp::Reverse(std::fs::metadata(&s.path).map(|m| m.len()).unwrap_or(0))
    });
    for spec in order {
        let label = spec.label.clone();
        if !spec.path.is_file() {
            let missing = format!(
                "{} not found in {} (see tests/upstream/SOURCES.md)",
                spec.path.file_name().unwrap().to_string_lossy(),
                spec.path.parent().unwrap().display()
            );
            if support::upstream_required() {
                trials.push(Trial::test(label, move || {
                    Err(format!("{missing}, and CLIENTGEN_UPSTREAM_REQUIRED is set").into())
                }));
            } else {
                if selected.iter().any(|s| s.label == spec.label) {
                    eprintln!("ignored: {missing}");
                }
                trials.push(Trial::test(label, || Ok(())).with_ignored_flag(true));
            }
            continue;
        }
        let module = match generated.get(&label).cloned() {
            // A corpus spec recorded as not generating (tests/corpus/expected.txt) has no
            // types to test: say so, as ignored.
            Some(Err(e)) if expected_error(&label) => {
                eprintln!(
                    "ignored: {label} does not generate, as tests/corpus/expected.txt records: {e}"
                );
                trials.push(Trial::test(label, || Ok(())).with_ignored_flag(true));
                continue;
            }
            other => other,
        };
        let setup = Arc::clone(&setup);
        let summary = Arc::clone(&summary);
        let results_dir = results_dir.clone();
        let dir = dir.clone();
        trials.push(Trial::test(label.clone(), move || {
            let module = match module {
                Some(Ok(m)) => m,
                Some(Err(e)) => return Err(format!("{label}: does not generate: {e}").into()),
                None => return Err(format!("{label}: not generated").into()),
            };
            let dispatch = setup
                .as_ref()
                .as_ref()
                .map_err(|e| Failed::from(e.as_str()))?;
            let outcome = run_spec(
                &label,
                &dir.join("manifests").join(format!("{module}.json")),
                dispatch,
                &results_dir.join(format!("{module}.json")),
            );
            let text = match &outcome {
                Ok(text) => text.clone(),
                Err(e) => e.message().unwrap_or_default().to_string(),
            };
            let line = text.lines().next().unwrap_or_default().to_string();
            summary.lock().unwrap().insert(label.clone(), line);
            if outcome.is_ok() {
                print!("{text}");
            }
            outcome.map(|_| ())
        }));
    }

    let conclusion = libtest_mimic::run(&args, trials);
    if args.list {
        conclusion.exit();
    }
    let summary = summary.lock().unwrap();
    if !summary.is_empty() {
        println!("\nround-trip conformance, per spec:");
        for line in summary.values() {
            println!("  {line}");
        }
        // The totals, from the results the runs wrote.
        let mut totals: BTreeMap<String, u64> = BTreeMap::new();
        for label in summary.keys() {
            let Some(Ok(module)) = generated.get(label) else {
                continue;
            };
            let path = results_dir.join(format!("{module}.json"));
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let results: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            for (k, v) in results["counts"].as_object().into_iter().flatten() {
                *totals.entry(k.clone()).or_default() += v.as_u64().unwrap_or(0);
            }
        }
        let total = |k: &str| totals.get(k).copied().unwrap_or(0);
        println!(
            "  total: {} specs, {} schemas, {} instances: {} passed, {} failed ({} failing schemas; {} new failures, {} known failures fixed, {} not announced by a warning), {} schemas skipped; {:.1?}",
            summary.len(),
            total("schemas"),
            total("instances"),
            total("passed"),
            total("failed"),
            total("failing schemas"),
            total("new"),
            total("fixed"),
            total("unannounced"),
            total("skipped schemas"),
            started.elapsed()
        );
    }
    if std::env::var_os("CLIENTGEN_CONFORMANCE_BLESS").is_some_and(|v| v != "0") {
        let mut results: Vec<PathBuf> = Vec::new();
        for label in summary.keys() {
            if let Some(Ok(module)) = generated.get(label) {
                results.push(results_dir.join(format!("{module}.json")));
            }
        }
        let status = Command::new("python3")
            .arg(support::root().join("tests/conformance/roundtrip.py"))
            .arg("bless")
            .arg("--known")
            .arg(support::root().join("tests/conformance/known-failures.txt"))
            .args(&results)
            .status()
            .expect("python3");
        assert!(status.success(), "blessing known-failures.txt failed");
    }
    conclusion.exit();
}
