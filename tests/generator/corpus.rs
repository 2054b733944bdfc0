//! Third-party specs (`tests/corpus/`, sources in `tests/corpus/SOURCES.md`): every spec
//! either generates a module that compiles, or fails with a clear diagnostic naming the
//! construct and its JSON pointer. `tests/corpus/expected.txt` records which, one line a
//! spec (`name: compiles` or `name: error: <first line>`), then one line per warning or
//! note the spec's generation gives (`name: warning 12:5 /paths/~1a/get — message`), so a
//! regression, or a warning that appears, changes or goes, shows up as a changed line.
//!
//! All generated modules go into one scratch workspace (`target/corpus-crate`, two crates
//! so both cores work) checked by one `cargo check` in `target/nested`, so the corpus
//! costs one compilation, not one per spec. Environment:
//! - `CLIENTGEN_CORPUS_COMPILE=0` — generate only (load → IR → render), skip `cargo check`;
//! - `CLIENTGEN_CORPUS_EXTRA=a.json:b.yaml` — more specs (e.g. GitHub's, from the
//!   `@octokit/openapi` npm package: too large to commit); their outcome is printed and
//!   checked against `expected.txt` when it has a line for them;
//! - `CLIENTGEN_CORPUS_BLESS=1` — rewrite `expected.txt` from this run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use clientgen::{Error, Layout, Templates};

fn corpus_dir() -> PathBuf {
    crate::root().join("tests/corpus")
}

fn env_flag(name: &str) -> Option<bool> {
    std::env::var(name)
        .ok()
        .map(|v| !matches!(v.trim(), "" | "0" | "false" | "no"))
}

/// The corpus specs, plus any named in `CLIENTGEN_CORPUS_EXTRA`.
fn specs() -> Vec<PathBuf> {
    let mut specs = clientgen::spec_files(&corpus_dir()).unwrap();
    if let Ok(extra) = std::env::var("CLIENTGEN_CORPUS_EXTRA") {
        for p in std::env::split_paths(&extra) {
            if !p.as_os_str().is_empty() {
                assert!(
                    p.is_file(),
                    "CLIENTGEN_CORPUS_EXTRA: {} not found",
                    p.display()
                );
                specs.push(p);
            }
        }
    }
    specs
}

/// The spec's name in `expected.txt`: its file stem.
fn name(spec: &Path) -> String {
    spec.file_stem().unwrap().to_string_lossy().into_owned()
}

/// The first line of an error, without the machine-specific file path.
fn first_line(e: &Error) -> String {
    let line = match e {
        Error::Input(ds) => match ds.first() {
            Some(d) if d.pointer.is_empty() => d.message.clone(),
            Some(d) => format!("{} (at {})", d.message, d.pointer),
            None => "no diagnostics".into(),
        },
        other => other.to_string(),
    };
    line.lines().next().unwrap_or_default().trim().to_string()
}

struct Generated {
    module: String,
    /// Its warnings and notes, as expected.txt writes them.
    diagnostics: Vec<String>,
    api: clientgen::ir::Api,
    /// Relative to the module directory: `mod.rs`, `types.rs`.
    files: Vec<(PathBuf, String)>,
}

/// load → IR → render for one spec; a panic is reported as an outcome, not a crash.
fn generate(spec: &Path, templates: &Templates) -> Result<Generated, String> {
    let run = || -> Result<Generated, Error> {
        let service = clientgen::load_service(spec)?;
        let module = service.api.module.clone();
        let files = clientgen::render::render_api(
            templates,
            &service.api,
            &spec.file_name().unwrap().to_string_lossy(),
            Layout::Workspace,
            &format!("corpus::{module}"),
        )?;
        let diagnostics = service
            .api
            .warnings
            .iter()
            .map(|d| {
                let (line, col) = d.position.unwrap_or((0, 0));
                format!(
                    "{} {line}:{col} {} — {}",
                    d.severity.label(),
                    d.pointer,
                    d.message
                )
            })
            .collect();
        Ok(Generated {
            diagnostics,
            api: service.api,
            module,
            files: files
                .into_iter()
                .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
                .collect(),
        })
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok(g)) => Ok(g),
        Ok(Err(e)) => Err(format!("error: {}", first_line(&e))),
        Err(p) => Err(format!(
            "PANIC: {}",
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
    }
}

/// The scratch workspace is split into this many crates, so `cargo check` uses both cores.
const SHARDS: usize = 2;

/// `cargo check` of the scratch workspace holding `modules` (module → shard): the first
/// error per module.
fn check(dir: &Path, modules: &BTreeMap<String, usize>) -> BTreeMap<String, String> {
    for shard in 0..SHARDS {
        let mut lib = String::from(
            "//! Corpus specs that generate, one module each.\n#![allow(warnings)]\n\npub mod runtime;\n",
        );
        for (m, _) in modules.iter().filter(|(_, s)| **s == shard) {
            lib.push_str(&format!("#[path = \"{m}/mod.rs\"]\npub mod {m};\n"));
        }
        write_if_changed(&dir.join(format!("shard{shard}/src/lib.rs")), &lib);
    }
    let out = Command::new(env!("CARGO"))
        .args([
            "check",
            "--quiet",
            "--workspace",
            "--lib",
            "--message-format=json",
        ])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", crate::nested_target("nested"))
        // A fresh check of a few MB of code: incremental state would only cost time.
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if msg["reason"] != "compiler-message" || msg["message"]["level"] != "error" {
            continue;
        }
        let text = msg["message"]["message"].as_str().unwrap_or_default();
        let spans = msg["message"]["spans"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for span in spans.iter().filter(|s| s["is_primary"] == true) {
            // `shardN/src/<module>/types.rs`, or `src/<module>/…` relative to the package.
            let file = Path::new(span["file_name"].as_str().unwrap_or_default());
            let mut parts = file.components().map(|c| c.as_os_str().to_string_lossy());
            let module = parts
                .by_ref()
                .find(|c| c == "src")
                .and_then(|_| parts.next())
                .map(|m| m.into_owned());
            if let Some(m) = module.filter(|m| modules.contains_key(m)) {
                errors
                    .entry(m)
                    .or_insert_with(|| format!("error: does not compile: {text}"));
            }
        }
    }
    assert!(
        out.status.success() || !errors.is_empty(),
        "cargo check of the corpus crates failed without an error in a module:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    errors
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// What expected.txt says: each spec's outcome, and its warnings and notes.
#[derive(Default)]
struct Expected {
    outcomes: BTreeMap<String, String>,
    diagnostics: BTreeMap<String, Vec<String>>,
}

fn is_diagnostic(line: &str) -> bool {
    line.starts_with("warning ") || line.starts_with("note ")
}

fn read_expected() -> Expected {
    let text = std::fs::read_to_string(corpus_dir().join("expected.txt")).unwrap_or_default();
    let mut expected = Expected::default();
    for (name, rest) in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(": "))
    {
        if is_diagnostic(rest) {
            expected
                .diagnostics
                .entry(name.to_string())
                .or_default()
                .push(rest.to_string());
        } else {
            expected.outcomes.insert(name.to_string(), rest.to_string());
        }
    }
    expected
}

#[test]
fn corpus_specs_generate_and_compile_or_fail_clearly() {
    let started = std::time::Instant::now();
    let templates = crate::templates();
    let compile = env_flag("CLIENTGEN_CORPUS_COMPILE").unwrap_or(true);
    let specs = specs();
    let mut outcome: BTreeMap<String, String> = BTreeMap::new();
    // Warnings and notes of each spec that generated.
    let mut diagnostics: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut generated: BTreeMap<String, (String, Generated)> = BTreeMap::new(); // module → (name, files)
    for spec in &specs {
        let n = name(spec);
        match generate(spec, &templates) {
            Ok(g) => {
                assert!(
                    !generated.contains_key(&g.module),
                    "two corpus specs make module `{}`: rename one",
                    g.module
                );
                outcome.insert(n.clone(), "compiles".into());
                diagnostics.insert(n.clone(), g.diagnostics.clone());
                generated.insert(g.module.clone(), (n, g));
            }
            Err(e) => {
                outcome.insert(n, e);
            }
        }
    }
    let generate_time = started.elapsed();

    if compile && !generated.is_empty() {
        let dir = crate::nested_target("corpus-crate");
        // Modules to shards, largest first onto the lightest shard: balanced and stable.
        let mut by_size: Vec<(usize, &String)> = generated
            .iter()
            .map(|(m, (_, g))| (g.files.iter().map(|(_, t)| t.len()).sum(), m))
            .collect();
        by_size.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let mut load = [0usize; SHARDS];
        let mut shard_of: BTreeMap<String, usize> = BTreeMap::new();
        for (size, m) in by_size {
            let lightest = (0..SHARDS).min_by_key(|s| load[*s]).unwrap();
            load[lightest] += size;
            shard_of.insert(m.clone(), lightest);
        }
        let mut files = clientgen::FileSet::new();
        for (module, (_, g)) in &generated {
            for (rel, text) in &g.files {
                let path = Path::new(&format!("shard{}", shard_of[module]))
                    .join("src")
                    .join(module)
                    .join(rel);
                files.insert(path, text.clone());
            }
        }
        // The shards depend on the runtime crate (built once for all of them), every part on.
        let (runtime_file, runtime) = clientgen::runtime::reexport_file();
        let runtime_dir = crate::root().join("runtime").display().to_string();
        let runtime_manifest = clientgen::runtime::manifest(
            &clientgen::runtime::Runtime::Path(runtime_dir),
            &clientgen::runtime::Feature::ALL.into_iter().collect(),
            None,
        );
        let first = &generated.values().next().unwrap().1.api;
        let mut members = Vec::new();
        for shard in 0..SHARDS {
            files.insert(
                Path::new(&format!("shard{shard}")).join(&runtime_file),
                runtime.clone(),
            );
            let manifest = clientgen::render::render_cargo_toml(
                &templates,
                first,
                &format!("clientgen-corpus-{shard}"),
                &clientgen::CrateMeta::default(),
                "corpus",
                &runtime_manifest,
            )
            .unwrap();
            // A member of the workspace below, not a workspace of its own.
            let manifest: String = manifest
                .lines()
                .filter(|l| l.trim() != "[workspace]")
                .map(|l| format!("{l}\n"))
                .collect();
            files.insert(format!("shard{shard}/Cargo.toml").into(), manifest);
            members.push(format!("\"shard{shard}\""));
        }
        files.insert(
            "Cargo.toml".into(),
            format!(
                "# Scratch workspace of tests/generator/corpus.rs.\n[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
                members.join(", ")
            ),
        );
        // shardN/src/lib.rs (no generated marker, so never pruned) is written by `check`.
        clientgen::write_tree(&dir, &files, true).unwrap();
        let _ = std::fs::remove_dir_all(dir.join("src")); // the one-crate layout of before
        if !dir.join("Cargo.lock").exists() {
            std::fs::copy(crate::root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        }
        // Check everything; drop the modules that fail and check the rest again, so each
        // `compiles` is a module that compiled without the broken ones beside it.
        for _ in 0..4 {
            let errors = check(&dir, &shard_of);
            if errors.is_empty() {
                break;
            }
            for (m, e) in errors {
                shard_of.remove(&m);
                outcome.insert(generated[&m].0.clone(), e);
            }
        }
    }

    let total = outcome.len();
    let ok = outcome.values().filter(|o| *o == "compiles").count();
    let verb = if compile {
        "generate and compile"
    } else {
        "generate (compile skipped: CLIENTGEN_CORPUS_COMPILE=0)"
    };
    println!(
        "{ok}/{total} specs {verb} ({generate_time:.1?} generating, {:.1?} in all)",
        started.elapsed()
    );
    for (n, o) in outcome.iter().filter(|(_, o)| *o != "compiles") {
        println!("  {n}: {o}");
    }

    if env_flag("CLIENTGEN_CORPUS_BLESS") == Some(true) {
        let mut text = String::from(
            "# Expected outcome per corpus spec (tests/generator/corpus.rs), then each warning and note\n# of its generation (severity line:column JSON pointer — message). Regenerate with\n# CLIENTGEN_CORPUS_BLESS=1 cargo test --test generator corpus -- --nocapture\n",
        );
        let mut all = read_expected();
        all.outcomes.extend(outcome.clone());
        for n in outcome.keys() {
            all.diagnostics
                .insert(n.clone(), diagnostics.get(n).cloned().unwrap_or_default());
        }
        for (n, o) in &all.outcomes {
            text.push_str(&format!("{n}: {o}\n"));
            for d in all.diagnostics.get(n).into_iter().flatten() {
                text.push_str(&format!("{n}: {d}\n"));
            }
        }
        std::fs::write(corpus_dir().join("expected.txt"), text).unwrap();
        return;
    }

    let expected = read_expected();
    let mut mismatches = Vec::new();
    for (n, got) in &outcome {
        // The warnings and notes of a spec that generated, line for line.
        if let (Some(got), Some(_)) = (diagnostics.get(n), expected.outcomes.get(n)) {
            let want = expected.diagnostics.get(n).cloned().unwrap_or_default();
            if *got != want {
                let gone: Vec<String> = want
                    .iter()
                    .filter(|w| !got.contains(w))
                    .map(|w| format!("    - {w}"))
                    .collect();
                let new: Vec<String> = got
                    .iter()
                    .filter(|g| !want.contains(g))
                    .map(|g| format!("    + {g}"))
                    .collect();
                mismatches.push(format!(
                    "{n}: warnings and notes differ (- expected, + got; the order counts too):\n{}",
                    [gone, new].concat().join("\n")
                ));
            }
        }
        let want = expected.outcomes.get(n);
        let same = match want {
            Some(w) if w == got => true,
            // Without the compile step, a spec that generates satisfies `compiles` and
            // a recorded compile error alike.
            Some(w) if !compile && got == "compiles" => {
                w == "compiles" || w.starts_with("error: does not compile")
            }
            None => false,
            _ => false,
        };
        if !same {
            mismatches.push(format!(
                "{n}:\n    expected: {}\n    got:      {got}",
                want.map_or("(no line in expected.txt)", String::as_str)
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "corpus outcomes changed (update tests/corpus/expected.txt if intended; CLIENTGEN_CORPUS_BLESS=1 rewrites it):\n{}",
        mismatches.join("\n")
    );
}
