//! The vendors' own documents (tests/upstream/SOURCES.md): Swagger 2.0 (Emby, Smooch),
//! OpenAPI 3.0 (Jellyfin's full document, Xero) and OpenAPI 3.1 (Ostrom). Each must
//! generate, build clippy-clean and pass a wire test, and the operations our hand-written
//! specs/ describe (the 36 of the seed documentation) must come out of the vendor document
//! with the same names, parameters and types.
//!
//! The documents are not committed (they are the vendors' files): `CLIENTGEN_UPSTREAM_DIR`
//! names the folder that holds them, else tests/upstream/. A test whose document is missing
//! is reported as `ignored` with the reason (a custom harness, so the skip shows in the
//! summary instead of passing as `ok`); with `CLIENTGEN_UPSTREAM_REQUIRED` set it fails.

#[path = "../support/mod.rs"]
mod support;

use clientgen::render::rust_type;
use std::collections::BTreeMap;
use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};

use clientgen::ir::{Api, BodyKind, Operation, TypeKind};

pub struct Vendor {
    /// The hand-written spec in specs/ covering part of the same API.
    pub spec: &'static str,
    /// The vendor's document in tests/upstream/.
    pub file: &'static str,
    pub crate_name: &'static str,
    /// Operations in the vendor document (a floor: catches a converter losing some).
    pub min_operations: usize,
    /// The generation config in tests/fixtures/upstream/ passed with `--config`, if any
    /// (what the vendor's document cannot say itself).
    pub config: Option<&'static str>,
    /// Request builders that must have `pages()` (paged operations, detected or declared).
    pub paged: &'static [&'static str],
    /// How many builders have `pages()` in all (a floor), and how many `send_stream()`.
    pub min_paged: usize,
    pub min_streamed: usize,
}

pub const VENDORS: &[Vendor] = &[
    Vendor {
        spec: "emby.yaml",
        file: "emby-openapi_v2.json",
        crate_name: "emby-upstream",
        min_operations: 520,
        config: None,
        paged: &[],
        min_paged: 0,
        min_streamed: 0,
    },
    Vendor {
        spec: "jellyfin.yaml",
        file: "jellyfin-openapi-stable.json",
        crate_name: "jellyfin-upstream",
        min_operations: 385,
        config: Some("jellyfin.clientgen.toml"),
        paged: &[
            "GetItems",
            "GetLogEntries",
            "GetEpisodes",
            "GetSearchHints",
            "GetRemoteImages",
        ],
        min_paged: 25,
        min_streamed: 50,
    },
    Vendor {
        spec: "xero.yaml",
        file: "xero-identity.yaml",
        crate_name: "xero-upstream",
        min_operations: 2,
        config: None,
        paged: &[],
        min_paged: 0,
        min_streamed: 0,
    },
    Vendor {
        spec: "smooch.yaml",
        file: "smooch-swagger.json",
        crate_name: "smooch-upstream",
        min_operations: 60,
        config: None,
        paged: &[
            "ListApps",
            "ListServiceAccounts",
            "ListTemplates",
            "GetMessages",
        ],
        min_paged: 4,
        min_streamed: 0,
    },
    Vendor {
        spec: "ostrom.yaml",
        file: "ostrom-openapi-original.json",
        crate_name: "ostrom-upstream",
        min_operations: 18,
        config: None,
        paged: &[],
        min_paged: 0,
        min_streamed: 0,
    },
];

use support::{upstream, upstream_required as required};

fn lower(path: &std::path::Path) -> Api {
    clientgen::load_service(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .api
}

/// What a caller sees of an operation: method name, arguments and setters, body, result.
fn signature(api: &Api, op: &Operation) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    out.insert("method name".into(), op.ident.clone());
    for p in &op.params {
        out.insert(
            format!("{} parameter `{}`", p.location, p.name),
            format!(
                "{} {}{}",
                p.ident,
                if p.required { "" } else { "optional " },
                rust_type(&p.ty, &api.types, "types::")
            ),
        );
    }
    if let Some(b) = &op.body {
        let kind = match &b.kind {
            BodyKind::Json { ty } => format!("json {}", rust_type(ty, &api.types, "types::")),
            BodyKind::Form { ty, .. } => format!("form {}", rust_type(ty, &api.types, "types::")),
            BodyKind::Multipart { fields } => format!(
                "multipart {}",
                fields
                    .iter()
                    .map(|f| {
                        format!(
                            "{}:{:?}:{}",
                            f.name,
                            f.kind,
                            rust_type(&f.ty, &api.types, "types::")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            BodyKind::Bytes => "bytes".into(),
            BodyKind::Text => "text".into(),
        };
        out.insert(
            "body".into(),
            format!("{}{kind}", if b.required { "" } else { "optional " }),
        );
    }
    out.insert(
        "returns".into(),
        clientgen::render::signature(op, &api.types).output,
    );
    out
}

/// `types::X` (in any wrapper) → the generated type names it mentions.
fn named_types(rust_ty: &str) -> Vec<String> {
    rust_ty
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter_map(|t| t.strip_prefix("types::"))
        .map(str::to_string)
        .collect()
}

/// A generated type as the caller sees it: its fields (or variants) and their types.
fn shape(api: &Api, name: &str) -> Option<BTreeMap<String, String>> {
    let t = api.types.iter().find(|t| t.name == name)?;
    let mut out = BTreeMap::new();
    match &t.kind {
        TypeKind::Struct {
            fields, additional, ..
        } => {
            for f in fields {
                out.insert(
                    format!("field `{}`", f.name),
                    format!("{}: {}", f.ident, rust_type(&f.ty, &api.types, "types::")),
                );
            }
            if let Some(a) = additional {
                out.insert(
                    "additional properties".into(),
                    rust_type(a, &api.types, "types::"),
                );
            }
        }
        TypeKind::StringEnum { variants, .. } | TypeKind::IntEnum { variants, .. } => {
            for v in variants {
                out.insert(format!("value `{}`", v.value), v.ident.clone());
            }
        }
        TypeKind::Union {
            variants,
            discriminator,
            ..
        } => {
            for v in variants {
                out.insert(
                    format!("variant {}", v.ident),
                    rust_type(&v.ty, &api.types, "types::"),
                );
            }
            out.insert("discriminator".into(), format!("{discriminator:?}"));
        }
        TypeKind::Alias { ty, .. } => {
            out.insert("alias of".into(), rust_type(ty, &api.types, "types::"));
        }
    }
    Some(out)
}

/// Where a hand-written and a vendor type differ, field by field.
fn shape_diff(hand: &Api, vendor: &Api, ours: &str, theirs: &str) -> Vec<String> {
    let (a, b) = match (shape(hand, ours), shape(vendor, theirs)) {
        (Some(a), Some(b)) => (a, b),
        (a, b) => {
            let missing = |found: bool, side: &str, name: &str| {
                (!found).then(|| format!("{side} type `{name}` not found in the lowered API"))
            };
            return missing(a.is_some(), "hand-written", ours)
                .into_iter()
                .chain(missing(b.is_some(), "vendor", theirs))
                .collect();
        }
    };
    let mut out = Vec::new();
    for (k, v) in &a {
        match b.get(k) {
            Some(t) if same_type(hand, vendor, v, t, 0) => {}
            Some(t) => out.push(format!("{k}: hand-written `{v}`, vendor `{t}`")),
            None => out.push(format!("{k}: hand-written `{v}`, not in the vendor type")),
        }
    }
    for (k, t) in &b {
        if !a.contains_key(k) {
            out.push(format!("{k}: vendor `{t}`, not in the hand-written type"));
        }
    }
    out
}

/// Two type strings that are equal, or differ only in the names of generated types with
/// the same shape (an inline schema is named after its operation, a component after
/// itself).
fn same_type(hand: &Api, vendor: &Api, ours: &str, theirs: &str, depth: usize) -> bool {
    if ours == theirs {
        return true;
    }
    let (a, b) = (named_types(ours), named_types(theirs));
    if a.len() != b.len() || a.is_empty() || depth > 8 {
        return false;
    }
    let mut renamed = ours.to_string();
    for (x, y) in a.iter().zip(&b) {
        let (Some(sa), Some(sb)) = (shape(hand, x), shape(vendor, y)) else {
            return false;
        };
        let same = sa.len() == sb.len()
            && sa.iter().all(|(k, v)| {
                sb.get(k)
                    .is_some_and(|t| same_type(hand, vendor, v, t, depth + 1))
            });
        if !same {
            return false;
        }
        renamed = renamed.replace(&format!("types::{x}"), &format!("types::{y}"));
    }
    renamed == theirs
}

/// Differences between the hand-written spec's operations and the vendor document's:
/// method names, parameters (name, location, required, type), body, return type, and the
/// fields of the types they name.
fn compare(hand: &Api, vendor: &Api) -> (Vec<String>, usize) {
    let mut problems = Vec::new();
    let mut types_checked = std::collections::BTreeSet::new();
    for op in &hand.operations {
        let Some(theirs) = vendor
            .operations
            .iter()
            .find(|o| o.method == op.method && o.path == op.path)
        else {
            problems.push(format!(
                "{} {}: not in the vendor document",
                op.method, op.path
            ));
            continue;
        };
        let (ours, theirs) = (signature(hand, op), signature(vendor, theirs));
        for (k, v) in &ours {
            match theirs.get(k) {
                Some(t) if same_type(hand, vendor, v, t, 0) => {
                    // The types it names, and the types their fields name, field by field.
                    let mut work: Vec<(String, String)> =
                        named_types(v).into_iter().zip(named_types(t)).collect();
                    while let Some((x, y)) = work.pop() {
                        if !types_checked.insert((x.clone(), y.clone())) {
                            continue;
                        }
                        for d in shape_diff(hand, vendor, &x, &y) {
                            problems
                                .push(format!("{} {} {k}: type {x}/{y} {d}", op.method, op.path));
                        }
                        let (Some(a), Some(b)) = (shape(hand, &x), shape(vendor, &y)) else {
                            continue;
                        };
                        for (field, fv) in &a {
                            if let Some(ft) = b.get(field) {
                                work.extend(named_types(fv).into_iter().zip(named_types(ft)));
                            }
                        }
                    }
                }
                Some(t) => problems.push(format!(
                    "{} {} {k}: hand-written `{v}`, vendor `{t}`",
                    op.method, op.path
                )),
                None => problems.push(format!(
                    "{} {} {k}: hand-written `{v}`, not in the vendor document",
                    op.method, op.path
                )),
            }
        }
        for (k, t) in &theirs {
            if !ours.contains_key(k) {
                problems.push(format!(
                    "{} {} {k}: vendor `{t}`, not in the hand-written spec",
                    op.method, op.path
                ));
            }
        }
    }
    (problems, types_checked.len())
}

/// The hand-written spec's operations come out of the vendor document alike.
fn seed_operations_match(v: &Vendor) -> Result<(), Failed> {
    let hand = lower(&support::root().join("specs").join(v.spec));
    let vendor = lower(&upstream(v.file));
    if vendor.operations.len() < v.min_operations {
        return Err(format!("{}: only {} operations", v.file, vendor.operations.len()).into());
    }
    if hand.operations.is_empty() {
        return Err(format!("specs/{} has no operations to compare", v.spec).into());
    }
    let mut all = Vec::new();
    let urls = |a: &Api| a.servers.iter().map(|s| s.url.clone()).collect::<Vec<_>>();
    if urls(&hand).first() != urls(&vendor).first() {
        all.push(format!(
            "base URL: hand-written {:?}, vendor {:?}",
            urls(&hand),
            urls(&vendor)
        ));
    }
    let (problems, checked) = compare(&hand, &vendor);
    all.extend(problems);
    eprintln!(
        "{}: {} operations and {checked} types they name compared",
        v.file,
        hand.operations.len()
    );
    if all.is_empty() {
        Ok(())
    } else {
        Err(format!("{} differences:\n{}", all.len(), all.join("\n")).into())
    }
}

/// Generation through the CLI, as a user runs it: exit 0, warnings on stderr, a crate.
fn generate(
    spec: &Path,
    out: &Path,
    crate_name: &str,
    config: Option<&Path>,
) -> Result<String, Failed> {
    let mut args = vec![
        "generate",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--crate-name",
        crate_name,
    ];
    if let Some(c) = config {
        args.extend(["--config", c.to_str().unwrap()]);
    }
    let (code, _, err) = support::cli(&args);
    if code != 0 {
        return Err(format!("{}: exit {code}: {err}", spec.display()).into());
    }
    Ok(err)
}

fn generates_a_crate_through_the_cli(v: &Vendor) -> Result<(), Failed> {
    let out = tempfile::tempdir().unwrap();
    let err = generate(
        &upstream(v.file),
        out.path(),
        v.crate_name,
        config_of(v).as_deref(),
    )?;
    for f in [
        "Cargo.toml",
        "README.md",
        "src/lib.rs",
        "src/types.rs",
        "src/runtime/mod.rs",
    ] {
        if !out.path().join(f).is_file() {
            return Err(format!("{}: no {f}", v.file).into());
        }
    }
    paged_and_streamed(
        v,
        &std::fs::read_to_string(out.path().join("src/lib.rs")).unwrap(),
    )?;
    // A converted document says so, line by line, with the original file's positions.
    if v.file.starts_with("emby")
        && !(err.contains("/securityDefinitions/embyauth") && err.contains("has no `type`"))
    {
        return Err(format!("the conversion warnings are missing:\n{err}").into());
    }
    Ok(())
}

fn config_of(v: &Vendor) -> Option<std::path::PathBuf> {
    v.config.map(|c| support::fixture("upstream").join(c))
}

/// The vendor's paged operations have `pages()` and `items()` (the ones named, and as many
/// as expected in all), and its binary responses `send_stream()`.
fn paged_and_streamed(v: &Vendor, lib: &str) -> Result<(), Failed> {
    // Each request builder's struct and its impl, up to the next item (the struct is
    // declared inside `request_builder! { … }`, one indent in).
    let lib = lib.replace("\n    pub struct ", "\npub struct ");
    let builders: BTreeMap<&str, &str> = lib
        .split("\npub struct ")
        .skip(1)
        .filter_map(|chunk| {
            let name = chunk
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()?;
            Some((name, chunk))
        })
        .collect();
    let paged: Vec<&str> = builders
        .iter()
        .filter(|(_, body)| body.contains("pub fn pages(") && body.contains("pub fn items("))
        .map(|(name, _)| *name)
        .collect();
    let missing: Vec<&&str> = v.paged.iter().filter(|p| !paged.contains(p)).collect();
    if !missing.is_empty() {
        return Err(format!("{}: no pages()/items() on {missing:?}", v.file).into());
    }
    if paged.len() < v.min_paged {
        return Err(format!(
            "{}: {} paged operations, expected at least {}: {paged:?}",
            v.file,
            paged.len(),
            v.min_paged
        )
        .into());
    }
    let streamed = lib.matches("pub async fn send_stream(").count();
    if streamed < v.min_streamed {
        return Err(format!(
            "{}: {streamed} operations with send_stream(), expected at least {}",
            v.file, v.min_streamed
        )
        .into());
    }
    Ok(())
}

/// A crate generated from `spec` into a stable place under the nested target dir (so an
/// unchanged generator leaves files, and cargo's fingerprints, alone between runs), with the
/// wire test tests/fixtures/upstream_wire/<wire>.rs against a local wiremock server:
/// `cargo clippy --all-targets -D warnings`, then `cargo test`. Each crate is its own cargo
/// workspace; they share the nested target dir, so dependencies build once.
fn crate_builds_clippy_clean_and_talks_http(
    name: &str,
    spec: &Path,
    config: Option<&Path>,
    wire: &str,
) -> Result<(), Failed> {
    let dir = support::nested_target("upstream-crates").join(name);
    generate(spec, &dir, name, config)?;
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let manifest = manifest.replacen(
        "\n[workspace]",
        "\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\nwiremock = \"0.6\"\nfutures-util = \"0.3\"\n\n[workspace]",
        1,
    );
    if !manifest.contains("[dev-dependencies]") {
        return Err("the generated Cargo.toml has no [workspace] table".into());
    }
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    let test =
        std::fs::read_to_string(support::fixture("upstream_wire").join(format!("{wire}.rs")))
            .unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    write_if_changed(&dir.join("tests/wire.rs"), &test);
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(support::root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    }
    let out = support::cargo(
        &dir,
        &["clippy", "--quiet", "--all-targets", "--", "-D", "warnings"],
    );
    if !out.status.success() {
        return Err(format!(
            "cargo clippy on {name} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let out = support::cargo(&dir, &["test", "--quiet", "--no-fail-fast"]);
    if !out.status.success() {
        return Err(format!(
            "cargo test (wire test) on {name} failed:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(())
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}

/// The converter's golden fixtures (tests/fixtures/convert/), committed, so always run.
const CONVERTED_FIXTURES: &[&str] = &["swagger2", "openapi31"];

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for v in VENDORS {
        let present = upstream(v.file).is_file();
        let missing = format!(
            "{} not found in {} (see tests/upstream/SOURCES.md)",
            v.file,
            upstream("").display()
        );
        let name = v.crate_name.trim_end_matches("-upstream");
        let mut add = |kind: &str, run: Box<dyn FnOnce() -> Result<(), Failed> + Send>| {
            let trial = if present || required() {
                let missing = missing.clone();
                Trial::test(format!("{kind}::{name}"), move || {
                    if !present {
                        return Err(
                            format!("{missing}, and CLIENTGEN_UPSTREAM_REQUIRED is set").into()
                        );
                    }
                    run()
                })
            } else {
                Trial::test(format!("{kind}::{name}"), || Ok(())).with_ignored_flag(true)
            };
            trials.push(trial);
        };
        add(
            "seed_operations_match",
            Box::new(move || seed_operations_match(v)),
        );
        add(
            "generates_a_crate_through_the_cli",
            Box::new(move || generates_a_crate_through_the_cli(v)),
        );
        add(
            "crate_builds_clippy_clean_and_talks_http",
            Box::new(move || {
                crate_builds_clippy_clean_and_talks_http(
                    v.crate_name,
                    &upstream(v.file),
                    config_of(v).as_deref(),
                    name,
                )
            }),
        );
        if !present && !required() {
            eprintln!("ignored: {missing}");
        }
    }
    for stem in CONVERTED_FIXTURES {
        trials.push(Trial::test(
            format!("crate_builds_clippy_clean_and_talks_http::{stem}_fixture"),
            move || {
                let spec = support::fixture("convert").join(format!("{stem}.yaml"));
                crate_builds_clippy_clean_and_talks_http(
                    &format!("{stem}-fixture"),
                    &spec,
                    None,
                    stem,
                )
            },
        ));
    }
    libtest_mimic::run(&args, trials).exit();
}
