//! Regenerates `generated/` from `specs/` and `templates/` so the library always matches its
//! specs: edit a spec, run `cargo build`, get the new client. Writes only files whose bytes
//! change, so an unchanged spec costs no rebuild. A bad spec fails the build with the
//! file, JSON pointer and line.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let specs = root.join("specs");
    let templates = root.join("templates");
    println!("cargo:rerun-if-changed=specs");
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=generator/src");
    println!("cargo:rerun-if-env-changed=CLIENTGEN_SKIP");
    // A packaged copy of this crate has no specs/: it builds from the committed generated/.
    if !specs.is_dir() || std::env::var_os("CLIENTGEN_SKIP").is_some() {
        return;
    }
    let result = clientgen::Templates::from_dir(&templates)
        .and_then(|t| clientgen::workspace_files_and_warnings(&specs, &t))
        .and_then(|(files, warnings)| {
            // What a spec says that the client cannot represent, shown by cargo.
            for w in warnings {
                println!("cargo:warning={w}");
            }
            clientgen::write_tree(&root.join("generated"), &files, true)
        });
    if let Err(e) = result {
        match &e {
            clientgen::Error::Input(ds) => {
                for d in ds {
                    let source = std::fs::read_to_string(&d.file).ok();
                    for line in d.render(source.as_deref()).lines() {
                        println!("cargo:warning={line}");
                    }
                }
            }
            other => println!("cargo:warning={other}"),
        }
        eprintln!("clientgen: {e}");
        std::process::exit(1);
    }
}
