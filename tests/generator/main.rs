//! Tests of the generator: each pipeline stage, the CLI, writes, and build.rs.

mod build_rs;
mod cli;
mod config;
mod convert;
mod corpus;
mod diff;
mod features;
mod fuzz;
mod golden;
mod ir;
mod layout;
mod lenient;
mod load;
mod lowering;
mod render;
mod runtime;
mod write;

#[path = "../support/mod.rs"]
mod support;

pub use support::*;

/// A type of the IR as the types module writes it, its generated types named from the
/// API's type table (leaked: a few short strings per test, compared as literals).
pub trait Rs {
    fn rs(&self, types: &[clientgen::ir::TypeDef]) -> &'static str;
}

impl Rs for clientgen::ir::Ty {
    fn rs(&self, types: &[clientgen::ir::TypeDef]) -> &'static str {
        clientgen::render::rust_type(self, types, "").leak()
    }
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
