//! Compiling generated code in a scratch copy: build.rs picks up a spec edit (and, in verify
//! mode, refuses a stale generated/ instead), a downstream crate does not build the
//! generator, and the kitchen-sink crate builds clippy-clean. These run cargo in a
//! subdirectory of the target dir in use (`<target>/nested`), so they never wait on the lock
//! of the build running them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) use crate::support::{assert_ok, cargo, cargo_with};

/// A copy of the workspace's client crate (what its build.rs needs) in a temp dir.
fn scratch_client_crate() -> tempfile::TempDir {
    let ws = tempfile::tempdir().unwrap();
    let root = crate::root();
    for dir in [
        "specs",
        "templates",
        "generated",
        "generator/src",
        "runtime",
    ] {
        crate::copy_dir(&root.join(dir), &ws.path().join(dir));
    }
    for f in ["Cargo.lock", "build.rs", "generator/Cargo.toml"] {
        std::fs::copy(root.join(f), ws.path().join(f)).unwrap();
    }
    // The client crate and the generator: the other members (the golden crate) stay behind.
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let members = manifest
        .lines()
        .find(|l| l.starts_with("members = "))
        .unwrap();
    let manifest = manifest.replace(members, r#"members = [".", "generator", "runtime"]"#);
    std::fs::write(ws.path().join("Cargo.toml"), manifest).unwrap();
    ws
}

/// Every file under `dir`: relative path → bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert_ok(&out, &format!("git {args:?}"));
}

/// The CI path on a committed, stale spec edit: the drift check (the first step of
/// tests/run) exits 1 with the diff, and a build in verify mode (`CI` set, as CI runs it)
/// fails with the diff and leaves generated/ as committed instead of repairing it.
#[test]
fn ci_refuses_a_committed_spec_edit_without_regenerated_output() {
    let ws = scratch_client_crate();
    let dir = ws.path();
    git(dir, &["init", "--quiet"]);
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "--quiet", "-m", "clients"]);
    let spec = dir.join("specs/xero.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let edited = text.replacen("summary: ", "summary: Stale edit. ", 1);
    assert_ne!(text, edited);
    std::fs::write(&spec, &edited).unwrap();
    git(
        dir,
        &[
            "commit",
            "--quiet",
            "-am",
            "edit a spec, forget to regenerate",
        ],
    );
    let committed = snapshot(&dir.join("generated"));

    let path = |p: &str| dir.join(p).to_str().unwrap().to_string();
    let (code, out, err) = crate::cli(&[
        "check",
        "--specs",
        &path("specs"),
        "--templates",
        &path("templates"),
        "--out",
        &path("generated"),
    ]);
    assert_eq!(code, 1, "the drift check must fail:\n{out}\n{err}");
    assert!(
        out.contains("+++ b/xero/mod.rs") && out.contains("Stale edit."),
        "the drift check prints the diff:\n{out}"
    );

    let out = cargo_with(
        dir,
        &[
            "check",
            "--no-default-features",
            "--features",
            "regenerate,xero",
        ],
        &[("CI", "true")],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "the build must fail in CI:\n{stderr}"
    );
    assert!(
        stderr.contains("+++ b/xero/mod.rs")
            && stderr.contains("Stale edit.")
            && stderr.contains("differ from what specs/ and templates/ generate"),
        "the failed build shows the diff:\n{stderr}"
    );
    assert_eq!(
        snapshot(&dir.join("generated")),
        committed,
        "verify mode writes nothing"
    );
}

/// A crate that depends on service-clients without default features (the README's
/// dependency line) does not build the generator, names every type the signatures and
/// models mention through it alone (no `uuid`, `chrono` or `bytes` of its own), and its
/// serde_json has the features the workspace's tests run with (object key order).
#[test]
fn a_downstream_crate_does_not_build_the_generator() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = format!(
        "[package]\nname = \"downstream\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
         [dependencies]\nservice-clients = {{ path = {:?}, default-features = false, \
         features = [\"jellyfin\", \"smooch\"] }}\n\n[workspace]\n",
        crate::root().to_str().unwrap()
    );
    std::fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    // Every type the signatures and models mention, named through the crate alone.
    std::fs::write(
        dir.path().join("src/lib.rs"),
        "use service_clients::jellyfin::{types, Client};\n\
         use service_clients::runtime::{bytes::Bytes, chrono, uuid::Uuid, DateTime, FilePart, \
         Nullable, TokenSet};\n\n\
         pub fn calls(client: &Client, id: Uuid) -> impl Sized + '_ {\n\
         \x20   let created: DateTime = chrono::Utc::now().into();\n\
         \x20   let _item = types::BaseItemDto { date_created: Nullable::Value(created), ..Default::default() };\n\
         \x20   let _date: chrono::NaiveDate = chrono::NaiveDate::MIN;\n\
         \x20   let _file = FilePart::bytes(Bytes::from_static(b\"x\"));\n\
         \x20   let _tokens = TokenSet::new(\"t\");\n\
         \x20   client.get_user_by_id(id)\n\
         }\n",
    )
    .unwrap();
    std::fs::copy(
        crate::root().join("Cargo.lock"),
        dir.path().join("Cargo.lock"),
    )
    .unwrap();
    let out = cargo(
        dir.path(),
        &["tree", "--edges", "normal,build", "--prefix", "none"],
    );
    assert_ok(&out, "cargo tree");
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.contains("service-clients v"), "{tree}");
    for generator_dep in ["clientgen", "minijinja", "openapiv3", "clap", "similar"] {
        assert!(
            !tree
                .lines()
                .any(|l| l.starts_with(&format!("{generator_dep} v"))),
            "a downstream crate builds `{generator_dep}`:\n{tree}"
        );
    }
    let out = cargo(dir.path(), &["check", "--quiet"]);
    assert_ok(
        &out,
        "a crate using the generated types through service-clients alone",
    );
    let out = cargo(
        dir.path(),
        &[
            "tree",
            "--edges",
            "features",
            "--invert",
            "serde_json",
            "--prefix",
            "none",
        ],
    );
    assert_ok(&out, "cargo tree --invert serde_json");
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        tree.contains("serde_json feature \"preserve_order\""),
        "users' builds order object parameters as the tests do:\n{tree}"
    );
    assert!(
        tree.contains("serde_json feature \"float_roundtrip\""),
        "users' builds decode doubles exactly:\n{tree}"
    );
}

#[test]
fn build_rs_regenerates_when_a_spec_gains_an_operation() {
    let ws = scratch_client_crate();
    let spec = ws.path().join("specs/xero.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let new_op = "paths:\n  /Ping/{name}:\n    get:\n      operationId: pingService\n      summary: Says pong\n      security: [{nowhere: []}]\n      parameters:\n        - name: name\n          in: path\n          required: true\n          schema: {type: string}\n      responses:\n        \"200\":\n          description: pong\n          content:\n            application/json:\n              schema: {type: string}\n";
    assert!(text.contains("\npaths:\n"));
    std::fs::write(&spec, text.replacen("paths:\n", new_op, 1)).unwrap();
    std::fs::create_dir_all(ws.path().join("examples")).unwrap();
    std::fs::write(
        ws.path().join("examples/ping.rs"),
        "fn main() {\n    let client = service_clients::xero::Client::new(\"http://127.0.0.1:9\");\n    let _request = client.ping_service(\"me\");\n}\n",
    )
    .unwrap();
    let out = cargo(
        ws.path(),
        &[
            "build",
            // Not --quiet: it hides build-script warnings, checked below.
            "--example",
            "ping",
            "--no-default-features",
            "--features",
            "regenerate,xero",
        ],
    );
    assert_ok(&out, "cargo build --example ping");
    // The spec's warning (a security requirement naming no scheme) is shown by cargo.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning:")
            && stderr.contains("xero.yaml:")
            && stderr.contains("`nowhere`"),
        "build.rs passes the spec's warnings to cargo:\n{stderr}"
    );
    let module = std::fs::read_to_string(ws.path().join("generated/xero/mod.rs")).unwrap();
    assert!(
        module.contains("pub fn ping_service"),
        "build.rs regenerated the module"
    );
    let docs = std::fs::read_to_string(ws.path().join("generated/xero/README.md")).unwrap();
    assert!(docs.contains("ping_service"), "and its docs");
}

#[test]
fn kitchen_sink_crate_builds_clippy_clean() {
    let out_dir = tempfile::tempdir().unwrap();
    let spec = crate::fixture("kitchen_sink.yaml");
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out_dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let out = cargo(
        out_dir.path(),
        &["clippy", "--quiet", "--all-targets", "--", "-D", "warnings"],
    );
    assert_ok(&out, "cargo clippy on the kitchen-sink crate");
    let out = cargo(out_dir.path(), &["fmt", "--check"]);
    assert_ok(&out, "cargo fmt --check on the kitchen-sink crate");
    let out = cargo_with(
        out_dir.path(),
        &["doc", "--quiet", "--no-deps"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
    assert_ok(&out, "cargo doc -D warnings on the kitchen-sink crate");

    // Error, success and value enums are #[non_exhaustive]: a user's match needs a
    // wildcard arm, so a status or value the spec documents later is a new variant and not a
    // breaking change (as `clientgen diff` reports it). A match that names every variant
    // compiles only if the enum is not.
    let examples = out_dir.path().join("examples");
    std::fs::create_dir_all(&examples).unwrap();
    let matches: [(&str, &str); 3] = [
        ("kitchen_sink_client::DeletePetsPetIdError", ""),
        (
            "kitchen_sink_client::CreatePetSuccess",
            "kitchen_sink_client::CreatePetSuccess::Created(_) => 1, \
             kitchen_sink_client::CreatePetSuccess::Ok(_) => 2,",
        ),
        (
            "kitchen_sink_client::types::Level",
            "kitchen_sink_client::types::Level::Value1 => 1, \
             kitchen_sink_client::types::Level::Value2 => 2, \
             kitchen_sink_client::types::Level::Value3 => 3, \
             kitchen_sink_client::types::Level::Other(_) => 4,",
        ),
    ];
    let check_matches = |wildcard: &str| {
        let mut body = String::from("fn main() {}\n");
        for (i, (ty, arms)) in matches.iter().enumerate() {
            body.push_str(&format!(
                "\npub fn f{i}(e: {ty}) -> u8 {{\n    match e {{ {arms} {wildcard} }}\n}}\n"
            ));
        }
        std::fs::write(examples.join("exhaustive.rs"), body).unwrap();
        cargo(
            out_dir.path(),
            &["check", "--quiet", "--example", "exhaustive"],
        )
    };
    let out = check_matches("");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("error[E0004]").count(),
        matches.len(),
        "a match naming every variant of a generated error, success or value enum must be \
         refused as non-exhaustive:\n{stderr}"
    );
    assert_ok(&check_matches("_ => 0"), "matches with a wildcard arm");

    // A model with required properties has no `Default`: `..Default::default()` would
    // invent them (`""`, `0`) and send them. `new(required..)` builds it; the optional ones
    // start empty.
    let build = |expr: &str| {
        let body = format!(
            "use kitchen_sink_client::types::Pet;\n\nfn main() {{\n    let pet: Pet = {expr};\n    let _ = pet;\n}}\n"
        );
        std::fs::write(examples.join("construct.rs"), body).unwrap();
        cargo(
            out_dir.path(),
            &["check", "--quiet", "--example", "construct"],
        )
    };
    let out = build("Pet { kind: \"cat\".into(), ..Default::default() }");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("E0277") && stderr.contains("Default"),
        "a model with required properties must not implement Default:\n{stderr}"
    );
    let out = build("Pet { r#type: Some(\"t\".into()), ..Pet::new(7, \"cat\") }");
    assert_ok(&out, "Pet::new(required..) with struct update");

    // `client_info` exists only where a scheme sends client info: it is not a silent no-op.
    std::fs::write(
        examples.join("construct.rs"),
        "fn main() {\n    let _ = kitchen_sink_client::Client::builder().client_info(\"a\", \"b\", \"c\", \"d\");\n}\n",
    )
    .unwrap();
    let out = cargo(
        out_dir.path(),
        &["check", "--quiet", "--example", "construct"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("E0599") && stderr.contains("client_info"),
        "client_info must not exist for a spec without client-info auth params:\n{stderr}"
    );
}

/// The README's install recipe: `cargo install --path generator` gives a `clientgen` that
/// carries its templates, generates a standalone crate from a spec anywhere, and reports
/// its version.
#[test]
fn the_generator_installs_with_cargo_install_and_runs_anywhere() {
    let root = tempfile::tempdir().unwrap();
    let generator = crate::root().join("generator");
    let out = cargo(
        root.path(),
        &[
            "install",
            "--quiet",
            "--debug",
            "--locked",
            "--path",
            generator.to_str().unwrap(),
            "--root",
            root.path().to_str().unwrap(),
        ],
    );
    assert_ok(&out, "cargo install --path generator");
    let bin = root.path().join("bin/clientgen");
    let work = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::fixture("kitchen_sink.yaml"),
        work.path().join("api.yaml"),
    )
    .unwrap();
    let run = Command::new(&bin)
        .args(["generate", "--spec", "api.yaml", "--out", "api-client"])
        .current_dir(work.path())
        .output()
        .unwrap();
    assert_ok(&run, "the installed clientgen generate --spec");
    let lib = std::fs::read_to_string(work.path().join("api-client/src/lib.rs")).unwrap();
    assert!(lib.contains("pub struct Client"), "{lib}");
    let version = Command::new(&bin).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("clientgen {}", env!("CARGO_PKG_VERSION"))
    );
}

/// A spec split across files, one of them outside specs/: build.rs follows the reference,
/// and an edit to that file alone (specs/ untouched) reruns it.
#[test]
fn build_rs_reruns_when_a_file_outside_specs_a_spec_refers_to_changes() {
    let ws = scratch_client_crate();
    let shared = ws.path().join("shared/pong.yaml");
    std::fs::create_dir_all(shared.parent().unwrap()).unwrap();
    std::fs::write(
        &shared,
        "Pong:\n  type: object\n  properties:\n    reply:\n      type: string\n",
    )
    .unwrap();
    let spec = ws.path().join("specs/xero.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let new_op = "paths:\n  /Ping:\n    get:\n      operationId: pingService\n      responses:\n        \"200\":\n          description: pong\n          content:\n            application/json:\n              schema:\n                $ref: '../shared/pong.yaml#/Pong'\n";
    assert!(text.contains("\npaths:\n"));
    std::fs::write(&spec, text.replacen("paths:\n", new_op, 1)).unwrap();
    let build = || {
        let out = cargo(
            ws.path(),
            &[
                "build",
                "--no-default-features",
                "--features",
                "regenerate,xero",
            ],
        );
        assert_ok(&out, "cargo build");
        std::fs::read_to_string(ws.path().join("generated/xero/types.rs")).unwrap()
    };
    let types = build();
    assert!(
        types.contains("pub struct Pong") && types.contains("pub reply:"),
        "{types}"
    );
    std::fs::write(
        &shared,
        "Pong:\n  type: object\n  properties:\n    reply:\n      type: string\n    echo:\n      type: string\n",
    )
    .unwrap();
    let types = build();
    assert!(
        types.contains("pub echo:"),
        "build.rs reran for ../shared/pong.yaml:\n{types}"
    );
}

/// `generate --spec` in both runtime modes: the runtime vendored (the default) or the
/// `clientgen-runtime` crate as a dependency (`--runtime path:…`). Either way the crate
/// builds clippy-clean, and only the runtime's optional parts the spec uses come with it:
/// Ostrom's spec (OAuth2, JSON) gets no XML, JWT, multipart, date or UUID crate; Emby's
/// (XML responses) gets quick-xml and nothing else optional.
#[test]
fn standalone_crates_build_in_both_runtime_modes_with_only_the_parts_they_use() {
    let optional = ["quick-xml", "hmac", "sha2", "mime_guess", "chrono", "uuid"];
    let runtime_dir = crate::root().join("runtime");
    let modes = [
        ("vendored", "vendored".to_string()),
        ("crate", format!("path:{}", runtime_dir.display())),
    ];
    for (mode, runtime) in &modes {
        for (spec, wanted) in [("ostrom", &[][..]), ("emby", &["quick-xml"][..])] {
            let dir = crate::nested_target("runtime-modes").join(format!("{spec}-{mode}"));
            let spec_path = crate::root().join(format!("specs/{spec}.yaml"));
            let (code, _, err) = crate::cli(&[
                "generate",
                "--spec",
                spec_path.to_str().unwrap(),
                "--out",
                dir.to_str().unwrap(),
                "--runtime",
                runtime,
            ]);
            assert_eq!(code, 0, "{err}");
            let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
            assert_eq!(
                manifest.contains("clientgen-runtime = { path = "),
                *mode == "crate",
                "{manifest}"
            );
            assert_eq!(
                dir.join("src/runtime/mod.rs").is_file(),
                *mode == "vendored"
            );
            if !dir.join("Cargo.lock").exists() {
                std::fs::copy(crate::root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
            }
            let out = cargo(&dir, &["tree", "--edges", "normal", "--prefix", "none"]);
            assert_ok(&out, &format!("cargo tree ({spec}, {mode})"));
            let tree = String::from_utf8_lossy(&out.stdout);
            for krate in optional {
                let present = tree.lines().any(|l| l.starts_with(&format!("{krate} v")));
                assert_eq!(
                    present,
                    wanted.contains(&krate),
                    "{spec} ({mode} runtime): `{krate}` {}:\n{manifest}\n{tree}",
                    if present {
                        "is built but not used"
                    } else {
                        "is missing"
                    }
                );
            }
            assert_eq!(
                tree.lines().any(|l| l.starts_with("clientgen-runtime v")),
                *mode == "crate",
                "{tree}"
            );
        }
        // Ostrom's crate builds clippy-clean in this mode.
        let dir = crate::nested_target("runtime-modes").join(format!("ostrom-{mode}"));
        let out = cargo(
            &dir,
            &["clippy", "--quiet", "--all-targets", "--", "-D", "warnings"],
        );
        assert_ok(
            &out,
            &format!("cargo clippy on ostrom's crate ({mode} runtime)"),
        );
    }
}
