//! Compiling generated code in a scratch copy: build.rs picks up a spec edit, and the
//! kitchen-sink crate builds clippy-clean. These run cargo, in a separate target dir
//! (`target/nested`) so they never wait on the lock of the build running them.

use std::process::Command;
use std::sync::Mutex;

static CARGO: Mutex<()> = Mutex::new(());

pub(crate) fn cargo(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let _guard = CARGO.lock().unwrap_or_else(|e| e.into_inner());
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", crate::root().join("target/nested"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap()
}

pub(crate) fn assert_ok(out: &std::process::Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn build_rs_regenerates_when_a_spec_gains_an_operation() {
    let ws = tempfile::tempdir().unwrap();
    let root = crate::root();
    for dir in ["specs", "templates", "generated", "generator/src"] {
        crate::copy_dir(&root.join(dir), &ws.path().join(dir));
    }
    for f in [
        "Cargo.toml",
        "Cargo.lock",
        "build.rs",
        "generator/Cargo.toml",
    ] {
        std::fs::copy(root.join(f), ws.path().join(f)).unwrap();
    }
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
            "xero",
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

    // Error enums are #[non_exhaustive]: a user's match needs a wildcard arm, so a status
    // the spec documents later is a new variant and not a breaking change (as `clientgen
    // diff` reports it). Matching an empty one with no arms compiles only if it is not.
    let examples = out_dir.path().join("examples");
    std::fs::create_dir_all(&examples).unwrap();
    let check_match = |arms: &str| {
        let body = format!(
            "fn main() {{}}\n\npub fn never(e: kitchen_sink_client::DeletePetsPetIdError) -> u8 {{\n    match e {{{arms}}}\n}}\n"
        );
        std::fs::write(examples.join("exhaustive.rs"), body).unwrap();
        cargo(
            out_dir.path(),
            &["check", "--quiet", "--example", "exhaustive"],
        )
    };
    let out = check_match("");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("E0004"),
        "an arm-less match on a generated error enum must be refused as non-exhaustive:\n{stderr}"
    );
    assert_ok(&check_match(" _ => 0 "), "a match with a wildcard arm");
}
