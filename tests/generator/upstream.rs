//! The vendors' own documents (tests/upstream/, see SOURCES.md there): Swagger 2.0 (Emby,
//! Smooch), OpenAPI 3.0 (Jellyfin's full document, Xero) and OpenAPI 3.1 (Ostrom). Each
//! must generate, and the operations our hand-written specs/ describe (the 36 of
//! ../shared/seeds) must come out of the vendor document with the same names, parameters
//! and types.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clientgen::ir::{Api, BodyKind, Operation, TypeKind};

pub struct Vendor {
    /// The hand-written spec in specs/ covering part of the same API.
    pub spec: &'static str,
    /// The vendor's document in tests/upstream/.
    pub file: &'static str,
    pub crate_name: &'static str,
    /// Operations in the vendor document (a floor: catches a converter losing some).
    pub min_operations: usize,
}

pub const VENDORS: &[Vendor] = &[
    Vendor {
        spec: "emby.yaml",
        file: "emby-openapi_v2.json",
        crate_name: "emby-upstream",
        min_operations: 520,
    },
    Vendor {
        spec: "jellyfin.yaml",
        file: "jellyfin-openapi-stable.json",
        crate_name: "jellyfin-upstream",
        min_operations: 385,
    },
    Vendor {
        spec: "xero.yaml",
        file: "xero-identity.yaml",
        crate_name: "xero-upstream",
        min_operations: 2,
    },
    Vendor {
        spec: "smooch.yaml",
        file: "smooch-swagger.json",
        crate_name: "smooch-upstream",
        min_operations: 60,
    },
    Vendor {
        spec: "ostrom.yaml",
        file: "ostrom-openapi-original.json",
        crate_name: "ostrom-upstream",
        min_operations: 18,
    },
];

/// Where the vendor documents are: `CLIENTGEN_UPSTREAM_DIR`, else tests/upstream/.
/// They are not committed (they are the vendors' files, not ours); SOURCES.md there says
/// where each comes from. Tests use those present; with `CLIENTGEN_UPSTREAM_REQUIRED` set a
/// missing one fails the run instead.
pub fn upstream(file: &str) -> PathBuf {
    std::env::var_os("CLIENTGEN_UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::root().join("tests/upstream"))
        .join(file)
}

/// The vendors whose documents are present.
pub fn present() -> Vec<&'static Vendor> {
    let (here, missing): (Vec<&Vendor>, Vec<&Vendor>) =
        VENDORS.iter().partition(|v| upstream(v.file).is_file());
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|v| v.file).collect();
        assert!(
            std::env::var_os("CLIENTGEN_UPSTREAM_REQUIRED").is_none(),
            "vendor documents missing: {names:?} (see tests/upstream/SOURCES.md)"
        );
        eprintln!(
            "SKIPPED for missing vendor documents (see tests/upstream/SOURCES.md): {names:?}"
        );
    }
    here
}

fn lower(path: &std::path::Path) -> Api {
    clientgen::load_service(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .api
}

/// What a caller sees of an operation: method name, arguments and setters, body, result.
fn signature(op: &Operation) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    out.insert("method name".into(), op.ident.clone());
    for p in &op.params {
        out.insert(
            format!("{} parameter `{}`", p.location, p.name),
            format!(
                "{} {}{}",
                p.ident,
                if p.required { "" } else { "optional " },
                p.rust_ty
            ),
        );
    }
    if let Some(b) = &op.body {
        let kind = match &b.kind {
            BodyKind::Json { rust_ty, .. } => format!("json {rust_ty}"),
            BodyKind::Form { rust_ty, .. } => format!("form {rust_ty}"),
            BodyKind::Multipart { fields } => format!(
                "multipart {}",
                fields
                    .iter()
                    .map(|f| format!("{}:{}:{}", f.name, f.kind, f.rust_ty))
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
    out.insert("returns".into(), op.success.rust_ty().to_string());
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
            fields,
            additional_ty,
            ..
        } => {
            for f in fields {
                out.insert(
                    format!("field `{}`", f.name),
                    format!("{}: {}", f.ident, f.ty.render("types::")),
                );
            }
            if let Some(a) = additional_ty {
                out.insert("additional properties".into(), a.render("types::"));
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
                out.insert(format!("variant {}", v.ident), v.ty.render("types::"));
            }
            out.insert("discriminator".into(), format!("{discriminator:?}"));
        }
        TypeKind::Alias { ty, .. } => {
            out.insert("alias of".into(), ty.render("types::"));
        }
    }
    Some(out)
}

/// Where a hand-written and a vendor type differ, field by field.
fn shape_diff(hand: &Api, vendor: &Api, ours: &str, theirs: &str) -> Option<Vec<String>> {
    let (a, b) = (shape(hand, ours)?, shape(vendor, theirs)?);
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
    Some(out)
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
        let (ours, theirs) = (signature(op), signature(theirs));
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
                        for d in shape_diff(hand, vendor, &x, &y).unwrap_or_default() {
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

#[test]
fn the_seed_operations_match_the_hand_written_specs() {
    let mut all = Vec::new();
    let mut seen = 0;
    let mut types = 0;
    let vendors = present();
    for v in &vendors {
        let hand = lower(&crate::root().join("specs").join(v.spec));
        let vendor = lower(&upstream(v.file));
        assert!(
            vendor.operations.len() >= v.min_operations,
            "{}: {} operations",
            v.file,
            vendor.operations.len()
        );
        seen += hand.operations.len();
        let urls = |a: &Api| a.servers.iter().map(|s| s.url.clone()).collect::<Vec<_>>();
        if urls(&hand).first() != urls(&vendor).first() {
            all.push(format!(
                "{}: base URL: hand-written {:?}, vendor {:?}",
                v.file,
                urls(&hand),
                urls(&vendor)
            ));
        }
        let (problems, checked) = compare(&hand, &vendor);
        types += checked;
        all.extend(problems.into_iter().map(|p| format!("{}: {p}", v.file)));
    }
    eprintln!("{seen} operations and {types} types they name compared");
    if vendors.len() == VENDORS.len() {
        assert_eq!(seen, 36, "the seeds describe 36 operations");
        assert!(types >= 20, "only {types} types compared");
    }
    assert!(
        all.is_empty(),
        "{} differences:\n{}",
        all.len(),
        all.join("\n")
    );
}

/// Generation through the CLI, as a user runs it: exit 0, warnings on stderr, a crate.
fn generate(spec: &std::path::Path, out: &std::path::Path, crate_name: &str) -> String {
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--crate-name",
        crate_name,
    ]);
    assert_eq!(code, 0, "{}: {err}", spec.display());
    err
}

#[test]
fn each_vendor_document_generates_a_crate_through_the_cli() {
    for v in present() {
        let out = tempfile::tempdir().unwrap();
        let started = std::time::Instant::now();
        let err = generate(&upstream(v.file), out.path(), v.crate_name);
        let took = started.elapsed();
        eprintln!(
            "{}: generated in {took:?} ({} warning lines)",
            v.file,
            err.lines().filter(|l| l.starts_with("warning:")).count()
        );
        for f in [
            "Cargo.toml",
            "README.md",
            "src/lib.rs",
            "src/types.rs",
            "src/runtime.rs",
        ] {
            assert!(out.path().join(f).is_file(), "{}: {f}", v.file);
        }
        // A converted document says so, line by line, with the original file's positions.
        if v.file.starts_with("emby") {
            assert!(
                err.contains("/securityDefinitions/embyauth") && err.contains("has no `type`"),
                "{err}"
            );
        }
    }
}

/// One crate per vendor document plus the two converter fixtures, in one scratch cargo
/// workspace (one cargo run, shared dependencies), each with a wire test against a local
/// wiremock server: `cargo clippy --all-targets -D warnings`, then `cargo test`.
///
/// Emby (~520 operations, ~125k lines) and Jellyfin (~390, ~70k lines) are big crates:
/// clippy plus a test build of both took over 10 minutes on a loaded 2-core machine, so they
/// are compiled only with CLIENTGEN_UPSTREAM_BUILD=1. Without it, Xero, Smooch, Ostrom and
/// the two converter fixtures are (about 2 minutes cold, seconds when nothing changed).
#[test]
fn vendor_and_converted_crates_build_clippy_clean_and_talk_http() {
    let big = std::env::var_os("CLIENTGEN_UPSTREAM_BUILD").is_some();
    let mut members: Vec<(String, PathBuf, &str)> = Vec::new();
    for v in present() {
        if !big && (v.min_operations > 100) {
            eprintln!("{}: not compiled (set CLIENTGEN_UPSTREAM_BUILD=1)", v.file);
            continue;
        }
        let wire = v.crate_name.trim_end_matches("-upstream");
        members.push((v.crate_name.to_string(), upstream(v.file), wire));
    }
    for (stem, _) in crate::convert::FIXTURES {
        members.push((
            format!("{stem}-fixture"),
            crate::convert::fixture(stem),
            stem,
        ));
    }
    // A stable place under target/, so an unchanged generator leaves files (and cargo's
    // fingerprints) alone between runs: writes only touch what changed.
    let ws = crate::root().join("target/upstream-crates");
    std::fs::create_dir_all(&ws).unwrap();
    let mut names = Vec::new();
    for (name, spec, wire) in &members {
        let dir = ws.join(name);
        generate(spec, &dir, name);
        // A member of the scratch workspace, with dev-dependencies for its wire test.
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        let mut manifest: String = manifest
            .lines()
            .filter(|l| l.trim() != "[workspace]")
            .map(|l| format!("{l}\n"))
            .collect();
        manifest.push_str("\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\nwiremock = \"0.6\"\n");
        write_if_changed(&dir.join("Cargo.toml"), &manifest);
        let test =
            std::fs::read_to_string(crate::fixture("upstream_wire").join(format!("{wire}.rs")))
                .unwrap();
        std::fs::create_dir_all(dir.join("tests")).unwrap();
        write_if_changed(&dir.join("tests/wire.rs"), &test);
        names.push(format!("{name:?}"));
    }
    write_if_changed(
        &ws.join("Cargo.toml"),
        &format!(
            "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
            names.join(", ")
        ),
    );
    if !ws.join("Cargo.lock").exists() {
        std::fs::copy(crate::root().join("Cargo.lock"), ws.join("Cargo.lock")).unwrap();
    }
    let started = std::time::Instant::now();
    let out = crate::build_rs::cargo(
        &ws,
        &[
            "clippy",
            "--quiet",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    );
    crate::build_rs::assert_ok(&out, "cargo clippy on the vendor and fixture crates");
    eprintln!("clippy: {:?}", started.elapsed());
    let started = std::time::Instant::now();
    let out = crate::build_rs::cargo(&ws, &["test", "--quiet", "--workspace", "--no-fail-fast"]);
    assert!(
        out.status.success(),
        "cargo test (wire tests) on the vendor and fixture crates failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("wire tests: {:?}", started.elapsed());
}

fn write_if_changed(path: &std::path::Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}
