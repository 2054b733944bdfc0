//! Tests of the generator: each pipeline stage, the CLI, writes, and build.rs.

mod build_rs;
mod cli;
mod convert;
mod corpus;
mod diff;
mod fuzz;
mod ir;
mod load;
mod render;
mod upstream;
mod write;

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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

/// A temp dir with copies of specs/ and templates/ and a generated/ made from them.
pub fn scratch_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("specs"), &dir.path().join("specs"));
    copy_dir(&root().join("templates"), &dir.path().join("templates"));
    copy_dir(&root().join("generated"), &dir.path().join("generated"));
    dir
}

pub fn templates() -> clientgen::Templates {
    clientgen::Templates::from_dir(&root().join("templates")).unwrap()
}
