//! Generation runs no formatter: the templates and `render/layout.rs` emit code laid out as
//! rustfmt lays it out, so the output is the same bytes whether rustfmt is installed or not.
//! These tests hold both halves: rustfmt changes nothing in what every spec generates, and
//! generating with rustfmt absent from PATH gives exactly the committed `generated/`.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

/// Specs whose output rustfmt still changes, with why: rustfmt heuristics `render/layout.rs`
/// does not model, met only by names or types longer than a line. Known limitation (README);
/// a spec that comes out rustfmt-clean fails the test until it is removed from here.
const KNOWN: &[(&str, &str)] = &[
    (
        "blockfrost",
        "a response arm `raw.json_error(…)` past the width, which rustfmt breaks as a chain \
         (`raw` then `.json_error(…)` on the next line)",
    ),
    (
        "oas-discriminators",
        "`impl Deserialize for` a type name long enough that the `for` clause wraps",
    ),
    (
        "emby-openapi_v2",
        "request builder names of 100 characters: a method returning one wraps its generic \
         arguments, and `impl<'a> …<'a>` wraps",
    ),
];

/// rustfmt over `source` (default configuration, edition 2021). Panics when rustfmt is
/// missing: this test must never pass without having run it.
fn rustfmt(source: &str) -> String {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(&program)
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "this test needs rustfmt ({}: {e}); install it with `rustup component add rustfmt`",
                program.to_string_lossy()
            )
        });
    let mut stdin = child.stdin.take().unwrap();
    let input = source.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "rustfmt refused generated code: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The first line where rustfmt's layout and ours differ, for the failure message.
fn first_difference(ours: &str, formatted: &str) -> String {
    let (a, b): (Vec<_>, Vec<_>) = (ours.lines().collect(), formatted.lines().collect());
    let i = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    format!(
        "line {}:\n  ours:    {}\n  rustfmt: {}",
        i + 1,
        a.get(i).unwrap_or(&""),
        b.get(i).unwrap_or(&"")
    )
}

/// The Rust files (without the vendored runtime, hand-written and formatted in its crate)
/// that the specs of `specs/`, `tests/golden/specs/`, `tests/corpus/` and the kitchen-sink
/// fixture generate, by label.
fn generated_rust() -> Vec<(String, String, String)> {
    let templates = crate::templates();
    let mut out = Vec::new();
    for dir in ["specs", "tests/golden/specs"] {
        let files = clientgen::workspace_files(&crate::root().join(dir), &templates).unwrap();
        for (path, text) in files {
            if path.extension().is_some_and(|e| e == "rs") {
                out.push((dir.to_string(), path.display().to_string(), text));
            }
        }
    }
    let corpus = crate::root().join("tests/corpus");
    let mut specs = clientgen::spec_files(&corpus).unwrap();
    specs.push(crate::fixture("kitchen_sink.yaml"));
    specs.extend(upstream_documents());
    for spec in &specs {
        let spec = spec.as_path();
        // Specs the corpus records as refused generate nothing to look at.
        let Ok(service) = clientgen::load_service(spec) else {
            continue;
        };
        let name = spec.file_stem().unwrap().to_string_lossy().into_owned();
        let files = clientgen::render::render_api(
            &templates,
            &service.api,
            &spec.file_name().unwrap().to_string_lossy(),
            clientgen::Layout::Standalone,
            "corpus",
        )
        .unwrap();
        for (path, text) in files {
            if path.extension().is_some_and(|e| e == "rs") {
                out.push((name.clone(), path.display().to_string(), text));
            }
        }
    }
    // Per-tag features: the `#[cfg(feature = …)]` lines `render/gates.rs` inserts.
    for spec in [crate::fixture("kitchen_sink.yaml")]
        .into_iter()
        .chain(upstream_documents())
    {
        let name = spec.file_stem().unwrap().to_string_lossy().into_owned();
        let meta = clientgen::CrateMeta {
            tag_features: true,
            ..Default::default()
        };
        let (files, _) = clientgen::standalone_crate_with(&spec, &templates, &meta).unwrap();
        for (path, text) in files {
            let vendored = path.starts_with("src/runtime");
            if path.extension().is_some_and(|e| e == "rs") && !vendored {
                out.push((
                    name.clone(),
                    format!("{} (tag features)", path.display()),
                    text,
                ));
            }
        }
    }
    out
}

/// The vendors' documents (`CLIENTGEN_UPSTREAM_DIR`, see tests/upstream/SOURCES.md); none
/// when it is unset, unless `CLIENTGEN_UPSTREAM_REQUIRED` is set (CI), which fails instead.
fn upstream_documents() -> Vec<std::path::PathBuf> {
    let files = [
        "emby-openapi_v2.json",
        "jellyfin-openapi-stable.json",
        "xero-identity.yaml",
        "smooch-swagger.json",
        "ostrom-openapi-original.json",
    ];
    let required = std::env::var_os("CLIENTGEN_UPSTREAM_REQUIRED").is_some();
    let Some(dir) = std::env::var_os("CLIENTGEN_UPSTREAM_DIR") else {
        assert!(
            !required,
            "CLIENTGEN_UPSTREAM_REQUIRED is set but CLIENTGEN_UPSTREAM_DIR is not"
        );
        eprintln!("layout: CLIENTGEN_UPSTREAM_DIR unset, the vendors' documents are not checked");
        return Vec::new();
    };
    let dir = std::path::PathBuf::from(dir);
    files
        .iter()
        .map(|f| dir.join(f))
        .filter(|p| {
            assert!(p.is_file() || !required, "{} is missing", p.display());
            p.is_file()
        })
        .collect()
}

#[test]
fn rustfmt_changes_nothing_in_generated_code() {
    let mut differ = std::collections::BTreeMap::new();
    let mut files = 0;
    let mut names = Vec::new();
    for (spec, path, text) in generated_rust() {
        files += 1;
        names.push(spec.clone());
        let formatted = rustfmt(&text);
        if formatted != text {
            differ
                .entry(spec)
                .or_insert_with(|| format!("{path}: {}", first_difference(&text, &formatted)));
        }
    }
    assert!(
        files > 100,
        "only {files} files generated: the specs were not found"
    );
    let new: Vec<String> = differ
        .iter()
        .filter(|(spec, _)| !KNOWN.iter().any(|(k, _)| k == spec))
        .map(|(spec, diff)| format!("{spec}: {diff}"))
        .collect();
    // A known exception must still differ, unless its document was not there to check.
    let checked: std::collections::BTreeSet<&str> = names.iter().map(String::as_str).collect();
    let fixed: Vec<&str> = KNOWN
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| checked.contains(k) && !differ.contains_key(*k))
        .collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "rustfmt changes the generated code of specs not in KNOWN:\n{}\nrustfmt-clean now (remove from KNOWN): {fixed:?}",
        new.join("\n")
    );
}

/// A PATH with `git` (the drift check reads HEAD with it) and nothing else: no rustfmt.
fn path_without_rustfmt(dir: &Path) -> std::ffi::OsString {
    let git = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("git"))
        .find(|g| g.is_file());
    if let Some(git) = git {
        #[cfg(unix)]
        std::os::unix::fs::symlink(git, dir.join("git")).unwrap();
    }
    dir.as_os_str().to_owned()
}

/// Set in the copy of this test binary that runs with the stripped PATH.
const CHILD: &str = "CLIENTGEN_LAYOUT_NO_RUSTFMT_CHILD";

#[test]
fn output_without_rustfmt_on_path_equals_committed_output() {
    if std::env::var_os(CHILD).is_some() {
        // The child: no rustfmt can be found; generate in process and compare.
        assert!(
            Command::new("rustfmt").arg("--version").output().is_err(),
            "rustfmt is reachable on the stripped PATH"
        );
        let specs = crate::root().join("specs");
        let out = crate::root().join("generated");
        let (code, stdout, stderr) = crate::cli(&[
            "check",
            "--specs",
            specs.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(
            code, 0,
            "without rustfmt, `clientgen check` finds generated/ differs:\n{stdout}{stderr}"
        );
        let golden = crate::root().join("tests/golden");
        let (files, _) = clientgen::workspace_crate(
            &golden.join("specs"),
            &crate::templates(),
            "clientgen_golden",
        )
        .unwrap();
        let drifts = clientgen::drift(&golden.join("generated"), &files).unwrap();
        assert!(
            drifts.is_empty(),
            "without rustfmt, tests/golden/generated differs:\n{}",
            drifts.iter().map(|d| d.diff.as_str()).collect::<String>()
        );
        return;
    }
    // The parent: run this same test in a copy of the binary whose PATH has no rustfmt (a
    // process-wide PATH change would reach the other tests running beside this one).
    let empty = tempfile::tempdir().unwrap();
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "layout::output_without_rustfmt_on_path_equals_committed_output",
            "--exact",
            "--nocapture",
        ])
        .env(CHILD, "1")
        .env("PATH", path_without_rustfmt(empty.path()))
        .env_remove("RUSTFMT")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
