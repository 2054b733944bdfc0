//! Helpers shared by the test binaries that drive the generator: paths, the CLI in-process,
//! and cargo runs in a nested target dir. Each binary uses a different part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The target directory this test binary was built in (`<target>/<profile>/deps/<binary>`),
/// wherever `CARGO_TARGET_DIR` put it.
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors()
        .nth(3)
        .unwrap_or_else(|| panic!("{} is not in <target>/<profile>/deps", exe.display()))
        .to_path_buf()
}

/// A directory for builds and scratch crates that tests run themselves: a subdirectory of
/// the target dir in use (not the dir itself, whose lock the outer `cargo test` holds).
pub fn nested_target(name: &str) -> PathBuf {
    target_dir().join(name)
}

/// Where the vendors' documents are (tests/upstream/SOURCES.md): `CLIENTGEN_UPSTREAM_DIR`,
/// else tests/upstream/.
pub fn upstream(file: &str) -> PathBuf {
    std::env::var_os("CLIENTGEN_UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("tests/upstream"))
        .join(file)
}

/// A missing vendor document fails instead of being ignored (CI sets this).
pub fn upstream_required() -> bool {
    std::env::var_os("CLIENTGEN_UPSTREAM_REQUIRED").is_some()
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Copy a directory tree (no symlinks in what we copy).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Run the CLI in-process: (exit code, stdout, stderr).
pub fn cli(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut full = vec!["clientgen"];
    full.extend_from_slice(args);
    let code = clientgen::cli::run(full, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

static CARGO: Mutex<()> = Mutex::new(());

/// `cargo ARGS` in `dir`, one at a time, with `envs` set. The nested build does not inherit
/// this run's verify mode (`CI`, `CLIENTGEN_CHECK`): a test that wants it sets it.
pub fn cargo_with(dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> Output {
    let _guard = CARGO.lock().unwrap_or_else(|e| e.into_inner());
    let mut command = Command::new(env!("CARGO"));
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", nested_target("nested"))
        .env_remove("RUSTFLAGS")
        .env_remove("CI")
        .env_remove("CLIENTGEN_CHECK");
    for (k, v) in envs {
        command.env(k, v);
    }
    command.output().unwrap()
}

pub fn cargo(dir: &Path, args: &[&str]) -> Output {
    cargo_with(dir, args, &[])
}

pub fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
