//! Keeps `generated/` equal to what `specs/` and `templates/` generate.
//!
//! With the `regenerate` feature (on by default in this workspace; a crate that depends on
//! `service-clients` turns it off with `default-features = false` and never builds the
//! generator):
//! - by default it regenerates: edit a spec, run `cargo build`, get the new client. It
//!   writes only files whose bytes change, so an unchanged spec costs no rebuild;
//! - in verify mode (`CLIENTGEN_CHECK=1`, or `CI` set and `CLIENTGEN_CHECK` not `0`) it
//!   writes nothing and fails the build with a unified diff when the committed
//!   `generated/` is stale, like `cargo fmt --check`: CI checks what was committed instead
//!   of silently repairing it.
//!
//! A bad spec fails the build with the file, JSON pointer and line either way.

fn main() {
    #[cfg(feature = "regenerate")]
    regenerate::run();
}

#[cfg(feature = "regenerate")]
mod regenerate {
    use std::path::Path;

    /// Whether the environment asks for verification instead of writing.
    fn verify_mode() -> bool {
        let set = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
        };
        match std::env::var("CLIENTGEN_CHECK").ok().as_deref() {
            Some("0") => false,
            Some(_) => set("CLIENTGEN_CHECK").is_some(),
            None => set("CI").is_some(),
        }
    }

    pub fn run() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let specs = root.join("specs");
        let templates = root.join("templates");
        let out = root.join("generated");
        println!("cargo:rerun-if-changed=specs");
        println!("cargo:rerun-if-changed=templates");
        println!("cargo:rerun-if-changed=generator/src");
        for var in ["CLIENTGEN_SKIP", "CLIENTGEN_CHECK", "CI"] {
            println!("cargo:rerun-if-env-changed={var}");
        }
        // A packaged copy of this crate has no specs/: it builds from the committed generated/.
        if !specs.is_dir() || std::env::var_os("CLIENTGEN_SKIP").is_some() {
            return;
        }
        let verify = verify_mode();
        if verify {
            // A hand edit of generated/ must be seen too.
            println!("cargo:rerun-if-changed=generated");
        }
        let generated = clientgen::Templates::from_dir(&templates)
            .and_then(|t| clientgen::workspace(&specs, &t, "service_clients"));
        let result = generated.and_then(|w| {
            let clientgen::Workspace {
                files,
                warnings,
                sources,
            } = w;
            // A spec split across files (`$ref: ../common.yaml#/…`) may refer to files
            // outside specs/: an edit to any of them regenerates too.
            for source in &sources {
                if !source.starts_with(&specs) {
                    println!("cargo:rerun-if-changed={}", source.display());
                }
            }
            // What a spec says that the client cannot represent, or gets wrong and was read
            // leniently, shown by cargo (notes, for what a client has no use for, say so).
            for w in warnings {
                let note = if w.severity == clientgen::Severity::Note {
                    "note: "
                } else {
                    ""
                };
                println!("cargo:warning={note}{w}");
            }
            if verify {
                return clientgen::drift(&out, &files).map(|drifts| {
                    if drifts.is_empty() {
                        return;
                    }
                    for d in &drifts {
                        eprint!("{}", d.diff);
                    }
                    let message = format!(
                        "{} file(s) in generated/ differ from what specs/ and templates/ \
                         generate (verify mode: CLIENTGEN_CHECK or CI is set, so nothing was \
                         written); run `cargo run -p clientgen -- generate` and commit the result",
                        drifts.len()
                    );
                    println!("cargo:warning={message}");
                    eprintln!("clientgen: {message}");
                    std::process::exit(1);
                });
            }
            clientgen::write_tree(&out, &files, true).map(|_| ())
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
}
