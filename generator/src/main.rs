//! The `clientgen` binary: see [`clientgen::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    let code = clientgen::cli::run(
        std::env::args_os(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    ExitCode::from(code)
}
