//! The `clientgen` binary: see [`clientgen::cli`].

use std::process::ExitCode;

/// Generation allocates and frees millions of small strings, syntax trees and template
/// values on several threads at once; mimalloc does that in about half the time glibc's
/// allocator takes (and the library's callers, such as build scripts, keep their own).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let code = clientgen::cli::run(
        std::env::args_os(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    ExitCode::from(code)
}
