//! The config file, the filter stage and overlays: what each changes in the IR and the
//! generated code, and how each refuses bad input (file, line, key).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use clientgen::filter::Component;
use clientgen::{Diagnostic, Error, Options, Severity};

use crate::Rs;

fn golden(name: &str) -> PathBuf {
    crate::root().join("tests/golden/specs").join(name)
}

fn overlay_fixture(name: &str) -> PathBuf {
    crate::fixture("overlay").join(name)
}

/// The spec loaded with an empty config in place of the one beside it.
fn unconfigured(spec: &Path) -> clientgen::Service {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.clientgen.toml");
    std::fs::write(&empty, "").unwrap();
    clientgen::load_service_with(
        spec,
        &Options {
            config: Some(empty),
            overlays: vec![],
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn origins(s: &clientgen::Service) -> BTreeSet<String> {
    s.api.types.iter().map(|t| t.origin.clone()).collect()
}

fn operation_ids(s: &clientgen::Service) -> BTreeSet<String> {
    s.api
        .operations
        .iter()
        .filter_map(|o| o.operation_id.clone())
        .collect()
}

fn refused(result: clientgen::Result<clientgen::Service>) -> Vec<Diagnostic> {
    match result {
        Err(Error::Input(ds)) => ds,
        Err(other) => panic!("expected input errors, got {other}"),
        Ok(_) => panic!("expected a refusal"),
    }
}

/// A config in a temp dir beside a copy of the golden config spec (and its overlay).
fn with_config(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for f in ["config.yaml", "config.overlay.yaml"] {
        std::fs::copy(golden(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(dir.path().join("config.clientgen.toml"), text).unwrap();
    let spec = dir.path().join("config.yaml");
    (dir, spec)
}

#[test]
fn filtering_drops_exactly_the_excluded_operations_and_what_only_they_reach() {
    let spec = golden("config.yaml");
    let all = unconfigured(&spec);
    let kept = clientgen::load_service(&spec).unwrap_or_else(|e| panic!("{e}"));

    let dropped: Vec<String> = operation_ids(&all)
        .difference(&operation_ids(&kept))
        .cloned()
        .collect();
    assert_eq!(dropped, ["deletePet", "getAudit"]);
    let op_refs: Vec<&str> = kept
        .filtered
        .dropped
        .iter()
        .map(|o| o.pointer.as_str())
        .collect();
    assert_eq!(
        op_refs,
        ["/paths/~1pets~1{id}/delete", "/paths/~1admin~1audit/get"]
    );

    // The admin log's types went with the admin operation; Problem, which a kept operation
    // also answers with, and Tombstone, which no operation reaches, stay.
    let gone: Vec<String> = origins(&all).difference(&origins(&kept)).cloned().collect();
    assert_eq!(
        gone,
        [
            "#/components/schemas/AuditEntry",
            "#/components/schemas/AuditLog"
        ]
    );
    assert!(origins(&kept).contains("#/components/schemas/Problem"));
    assert!(origins(&kept).contains("#/components/schemas/Tombstone"));
    let component = |section: &str, name: &str| Component {
        section: section.into(),
        name: name.into(),
    };
    assert_eq!(
        kept.filtered.pruned,
        [
            component("parameters", "Force"),
            component("schemas", "AuditEntry"),
            component("schemas", "AuditLog"),
        ]
        .into_iter()
        .collect()
    );

    // Include lists: only what they name, and what it reaches.
    let (_dir, spec) = with_config(
        "[operations]\ninclude-paths = [\"/admin/**\"]\ninclude-ids = [\"createPet\"]\n",
    );
    let s = clientgen::load_service(&spec).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        operation_ids(&s).into_iter().collect::<Vec<_>>(),
        ["createPet", "getAudit"]
    );
    assert!(origins(&s).contains("#/components/schemas/AuditEntry"));
}

#[test]
fn the_filtered_crate_has_no_trace_of_what_was_dropped() {
    let dir = crate::root().join("tests/golden/generated/config");
    let code: String = ["mod.rs", "types.rs", "README.md"]
        .iter()
        .map(|f| std::fs::read_to_string(dir.join(f)).unwrap())
        .collect();
    for gone in [
        "AuditLog",
        "AuditEntry",
        "get_audit",
        "delete_pet",
        "force",
        "/admin",
    ] {
        assert!(!code.contains(gone), "`{gone}` is still generated");
    }
    // Renames, derives, attributes and the mapped type, as the config says.
    for there in [
        "pub fn all_pets(",
        "pub struct Animal {",
        "pub full_name: String,",
        "#[serde(rename = \"name\")]",
        "#[derive(Eq, Hash)]\n    #[must_use]\n    pub struct Animal",
        "pub type Price = rust_decimal::Decimal;",
        "pub discount: Option<rust_decimal::Decimal> = None,",
        // The overlay's fix.
        "pub id: i64,",
    ] {
        assert!(code.contains(there), "`{there}` is not generated");
    }
}

#[test]
fn a_configured_standalone_crate_gets_its_metadata_and_dependencies_and_builds() {
    let out_dir = tempfile::tempdir().unwrap();
    let spec = golden("config.yaml");
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out_dir.path().to_str().unwrap(),
        "--crate-version",
        "2.0.0",
    ]);
    assert_eq!(code, 0, "{err}");
    let manifest = std::fs::read_to_string(out_dir.path().join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"pet-store-client\""),
        "{manifest}"
    );
    assert!(
        manifest.contains("version = \"2.0.0\""),
        "the command line wins: {manifest}"
    );
    assert!(
        manifest.contains("description = \"The pet store of the config golden spec\""),
        "{manifest}"
    );
    assert!(
        manifest.contains(
            "rust_decimal = { version = \"1\", default-features = false, features = [\"serde\", \"std\"] }"
        ),
        "{manifest}"
    );
    // A user's code against the mapped type: it compiles only if the dependency line works
    // and the type is the user's.
    let examples = out_dir.path().join("examples");
    std::fs::create_dir_all(&examples).unwrap();
    std::fs::write(
        examples.join("decimal.rs"),
        "fn main() {\n    let price: rust_decimal::Decimal = \"12.50\".parse().unwrap();\n    \
         let pet = pet_store_client::types::Animal::new(1, \"Rex\", price);\n    \
         let json = serde_json::to_string(&pet).unwrap();\n    \
         assert_eq!(json, r#\"{\"id\":1,\"name\":\"Rex\",\"price\":\"12.50\"}\"#);\n    \
         let back: pet_store_client::types::Animal = serde_json::from_str(&json).unwrap();\n    \
         assert_eq!(back, pet);\n}\n",
    )
    .unwrap();
    let out = crate::cargo(
        out_dir.path(),
        &["clippy", "--quiet", "--all-targets", "--", "-D", "warnings"],
    );
    crate::assert_ok(&out, "cargo clippy on the configured crate");
    let out = crate::cargo(out_dir.path(), &["run", "--quiet", "--example", "decimal"]);
    crate::assert_ok(&out, "the mapped type round-trips");
}

#[test]
fn config_errors_name_the_file_line_and_key() {
    let seen = |text: &str| -> Vec<String> {
        let (dir, spec) = with_config(text);
        refused(clientgen::load_service(&spec))
            .iter()
            .map(|d| {
                let rel = d
                    .to_string()
                    .replace(&format!("{}/", dir.path().display()), "");
                // The rendered form says what the key is too.
                if !d.pointer.is_empty() {
                    let source = std::fs::read_to_string(&d.file).ok();
                    assert!(
                        d.render(source.as_deref())
                            .contains(&format!("at key {}", d.pointer)),
                        "{}",
                        d.render(source.as_deref())
                    );
                }
                rel
            })
            .collect()
    };
    let e = seen("[operations]\nexclude-tag = [\"admin\"]\n");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with(
            "config.clientgen.toml:2:1: config: unknown field `exclude-tag`, expected one of"
        ),
        "{e:?}"
    );
    let e = seen("[schemas.Pet]\nrename = \"type\"\nfields = { name = \"full name\" }\n");
    assert_eq!(
        e,
        [
            "config.clientgen.toml:2:10: `type` is not a Rust identifier (or is a keyword) (at schemas.Pet.rename)",
            "config.clientgen.toml:3:19: `full name` is not a Rust identifier (or is a keyword) (at schemas.Pet.fields.name)",
        ]
    );
    let e =
        seen("[schemas.Pett]\nrename = \"Animal\"\n\n[formats.decimal]\nrust-type = \"Vec<\"\n");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("config.clientgen.toml:5:13: `Vec<` is not a Rust type"),
        "{e:?}"
    );
    let e = seen("[schemas.Pett]\nrename = \"Animal\"\n\n[operations.rename]\nlistPet = \"all\"\n");
    assert_eq!(
        e,
        [
            "config.clientgen.toml:5:1: no operation has operationId `listPet` (or is `METHOD /path`) (at operations.rename.listPet)",
            "config.clientgen.toml:1:10: the spec has no schema `Pett` in components/schemas (at schemas.Pett)",
        ]
    );
    let e = seen(
        "[types]\nattributes = [\"derive(Hash)\"]\n[dependencies]\nfoo = { features = [\"x\"] }\n",
    );
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(
        e[0].starts_with("config.clientgen.toml:2:15: `derive(Hash)` is not an attribute"),
        "{e:?}"
    );
    assert!(
        e[1].starts_with("config.clientgen.toml:4:1: a dependency needs a `version`"),
        "{e:?}"
    );
    let e = seen("overlays = [\"missing.overlay.yaml\"]\n");
    assert!(
        e[0].starts_with("config.clientgen.toml:1:13: cannot read the overlay `")
            && e[0].contains("missing.overlay.yaml"),
        "{e:?}"
    );
    // A filter entry that matches nothing is a warning, not an error.
    let (_dir, spec) = with_config("[operations]\nexclude-tags = [\"admn\"]\n");
    let s = clientgen::load_service(&spec).unwrap_or_else(|e| panic!("{e}"));
    let w: Vec<&Diagnostic> = s
        .api
        .warnings
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .collect();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].position, Some((2, 17)));
    assert_eq!(w[0].message, "`admn` matches no operation of the spec");
}

#[test]
fn an_overlay_that_fixes_a_type_changes_the_code_and_diff_reports_it() {
    let spec = overlay_fixture("api.yaml");
    let fix = overlay_fixture("fix-total.overlay.yaml");
    let before = clientgen::load_service(&spec).unwrap();
    let after = clientgen::load_service_with(
        &spec,
        &Options {
            config: None,
            overlays: vec![fix.clone()],
        },
    )
    .unwrap();
    let field = |s: &clientgen::Service| {
        let order = s.api.types.iter().find(|t| t.name == "Order").unwrap();
        match &order.kind {
            clientgen::ir::TypeKind::Struct { fields, .. } => fields
                .iter()
                .find(|f| f.name == "total")
                .map(|f| f.ty.rs(&s.api.types).to_string())
                .unwrap(),
            _ => panic!("Order is a struct"),
        }
    };
    assert_eq!(field(&before), "Option<f64>");
    assert_eq!(field(&after), "Option<String>");
    assert!(after.sources.contains(&fix), "{:?}", after.sources);

    // The generated code changes...
    let gen = |overlays: &[&Path]| {
        let mut args = vec!["generate", "--spec", spec.to_str().unwrap(), "--out"];
        let out = tempfile::tempdir().unwrap();
        let out_s = out.path().to_str().unwrap().to_string();
        args.push(&out_s);
        let os: Vec<String> = overlays.iter().map(|p| p.display().to_string()).collect();
        for o in &os {
            args.extend(["--overlay", o.as_str()]);
        }
        let (code, _, err) = crate::cli(&args);
        assert_eq!(code, 0, "{err}");
        std::fs::read_to_string(out.path().join("src/types.rs")).unwrap()
    };
    assert!(gen(&[]).contains("pub total: Option<f64> = None,"));
    assert!(gen(&[&fix]).contains("pub total: Option<String> = None,"));

    // ... and `clientgen diff` says what it does to callers.
    let (code, out, err) = crate::cli(&[
        "diff",
        spec.to_str().unwrap(),
        spec.to_str().unwrap(),
        "--overlay",
        fix.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "a breaking change: {out}{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{out}");
    assert_eq!(changes[0]["kind"], "field.type_changed");
    assert_eq!(changes[0]["subject"], "field Order.total");
    // It names the overlay action that made the change.
    let message = changes[0]["message"].as_str().unwrap();
    assert!(
        message.ends_with(&format!(
            " (from overlay {}:9:7 (/actions/0/update/type))",
            fix.display()
        )),
        "{message}"
    );
}

#[test]
fn warnings_about_what_an_overlay_wrote_point_at_the_overlay() {
    let spec = overlay_fixture("api.yaml");
    let typo = overlay_fixture("typo.overlay.yaml");
    let s = clientgen::load_service_with(
        &spec,
        &Options {
            config: None,
            overlays: vec![typo.clone()],
        },
    )
    .unwrap();
    let w: Vec<String> = s.api.warnings.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        w,
        [format!(
            "{}:11:7: unknown type `strng`: generated as serde_json::Value (at /actions/1/update/type)",
            typo.display()
        )],
    );
    assert_eq!(s.api.description.as_deref(), Some("Patched."));
}

#[test]
fn overlays_apply_to_the_document_as_written_before_conversion() {
    let spec = overlay_fixture("swagger2.yaml");
    let s = clientgen::load_service_with(
        &spec,
        &Options {
            config: None,
            overlays: vec![overlay_fixture("swagger2.overlay.yaml")],
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let order = s.api.types.iter().find(|t| t.name == "Order").unwrap();
    let clientgen::ir::TypeKind::Struct { fields, .. } = &order.kind else {
        panic!("Order is a struct")
    };
    assert_eq!(fields[0].ty.rs(&s.api.types), "Option<i64>");
}

#[test]
fn diff_at_a_revision_reads_the_config_and_overlays_as_they_were() {
    // A scratch git repository: the overlay is added after the first commit.
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    std::fs::copy(overlay_fixture("api.yaml"), dir.path().join("api.yaml")).unwrap();
    git(&["add", "."]);
    git(&["commit", "-qm", "spec"]);
    std::fs::copy(
        overlay_fixture("fix-total.overlay.yaml"),
        dir.path().join("fix.overlay.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("api.clientgen.toml"),
        "overlays = [\"fix.overlay.yaml\"]\n",
    )
    .unwrap();
    let spec = dir.path().join("api.yaml");
    let (code, out, err) = crate::cli(&["diff", "--git", "HEAD", spec.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("field Order.total"), "{out}");
    assert!(out.contains("(from overlay "), "{out}");
    // Committed, the revision has them too: nothing changed since.
    git(&["add", "."]);
    git(&["commit", "-qm", "overlay"]);
    let (code, out, err) = crate::cli(&["diff", "--git", "HEAD", spec.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn workspace_sources_include_configs_and_overlays() {
    let w = clientgen::workspace(
        &crate::root().join("tests/golden/specs"),
        &crate::templates(),
        "clientgen_golden",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    for f in ["config.clientgen.toml", "config.overlay.yaml"] {
        assert!(
            w.sources.iter().any(|s| s.ends_with(f)),
            "{f} not in {:?}",
            w.sources
        );
    }
    // An overlay beside the specs is not taken for a spec.
    assert!(!w.files.keys().any(|p| p.starts_with("config_overlay")));
}

#[test]
fn an_x_rust_type_that_is_not_a_type_is_refused_at_the_spec() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("api.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Money:\n      type: string\n      x-rust-type: 'Vec<'\n",
    )
    .unwrap();
    let e = refused(clientgen::load_service(&spec));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].pointer, "/components/schemas/Money/x-rust-type");
    assert_eq!(e[0].position, Some((8, 7)));
    assert!(
        e[0].message
            .starts_with("`x-rust-type: \"Vec<\"` is not a Rust type"),
        "{}",
        e[0].message
    );
}

/// The fenced block of README.md whose first line is `first`.
fn readme_block(first: &str) -> String {
    let readme = std::fs::read_to_string(crate::root().join("README.md")).unwrap();
    let start = readme
        .find(first)
        .unwrap_or_else(|| panic!("README.md has no block starting `{first}`"));
    let body = &readme[start..];
    body[..body.find("\n```").expect("the block ends")].to_string()
}

/// The README's config and overlay examples, as a user would copy them beside a pet store
/// spec that has what they name: every key is accepted and does what the README says.
#[test]
fn the_readmes_config_and_overlay_examples_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("petstore.clientgen.toml"),
        readme_block("# specs/petstore.clientgen.toml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("petstore.overlay.yaml"),
        readme_block("# specs/petstore.overlay.yaml"),
    )
    .unwrap();
    let spec = dir.path().join("petstore.yaml");
    std::fs::write(
        &spec,
        r##"openapi: 3.0.3
info: {title: Pet store, version: "1"}
servers: [{url: "https://pets.example"}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters:
        - {name: skip, in: query, schema: {type: integer}}
        - {name: top, in: query, schema: {type: integer}}
      responses:
        "200":
          description: A page of pets
          content:
            application/json:
              schema:
                type: object
                properties:
                  value: {type: array, items: {$ref: "#/components/schemas/Pet"}}
  /pets/{petId}:
    delete:
      operationId: deletePet
      tags: [pets]
      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: Deleted}}
  /store/inventory:
    get:
      operationId: getInventory
      tags: [store]
      responses:
        "200":
          description: Counts by status
          content:
            application/json:
              schema: {type: object, additionalProperties: {type: integer}}
  /admin/audit:
    get:
      operationId: getAudit
      tags: [pets]
      responses: {"204": {description: Nothing}}
  /internal/debug:
    get:
      operationId: debug
      tags: [internal]
      responses: {"204": {description: Nothing}}
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        price: {$ref: "#/components/schemas/Money"}
        weight: {type: string, format: decimal}
    Money: {type: string}
"##,
    )
    .unwrap();
    let out = dir.path().join("out");
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let read = |f: &str| std::fs::read_to_string(out.join(f)).unwrap();
    let (lib, types, manifest) = (read("src/lib.rs"), read("src/types.rs"), read("Cargo.toml"));
    // [crate] and [dependencies]
    assert!(
        manifest.contains("name = \"petstore-client\""),
        "{manifest}"
    );
    assert!(manifest.contains("version = \"1.2.0\""), "{manifest}");
    assert!(manifest.contains("rust_decimal"), "{manifest}");
    assert!(manifest.contains("full = ["), "tag-features: {manifest}");
    // [operations]: filtered and renamed
    assert!(lib.contains("pub fn all_pets("), "{lib}");
    assert!(lib.contains("pub fn inventory("), "{lib}");
    for gone in ["delete_pet", "get_audit", "fn debug("] {
        assert!(!lib.contains(gone), "`{gone}` is filtered out");
    }
    // [pagination]
    assert!(lib.contains("pub fn items("), "listPets is paged: {lib}");
    // [types], [schemas.*], [formats.*] and the overlay's type fix
    assert!(types.contains("pub struct Animal"), "{types}");
    assert!(types.contains("pub full_name: String"), "{types}");
    assert!(
        types.contains("pub id: i64"),
        "the overlay's int64: {types}"
    );
    assert!(
        types.contains("pub type Money = my_crate::Money;"),
        "{types}"
    );
    assert!(types.contains("rust_decimal::Decimal"), "{types}");
    assert!(
        types.contains("Hash") && types.contains("#[must_use]"),
        "{types}"
    );
}

/// Identical types are merged unless `[types] merge-duplicates = false`; a schema the config
/// gives derives or attributes of its own, or maps to a type of the user's, is neither
/// merged nor the definition others are merged into.
#[test]
fn the_config_turns_merging_off_and_keeps_configured_schemas_apart() {
    let merged_into = |config: Option<&str>| -> BTreeMap<String, String> {
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().join("duplicates.yaml");
        std::fs::copy(golden("duplicates.yaml"), &spec).unwrap();
        if let Some(text) = config {
            std::fs::write(dir.path().join("duplicates.clientgen.toml"), text).unwrap();
        }
        let api = clientgen::load_service(&spec)
            .unwrap_or_else(|e| panic!("{e}"))
            .api;
        api.types
            .iter()
            .filter_map(|t| match &t.kind {
                clientgen::ir::TypeKind::Alias {
                    ty: clientgen::ir::Ty::Ref(id),
                    merged: true,
                } => Some((t.name.clone(), api.types[id.0].name.clone())),
                _ => None,
            })
            .collect()
    };
    let users = [
        "CreateIssueBodyAssignee",
        "GetPullResponse200User",
        "IssueUser",
    ];
    let default = merged_into(None);
    for u in users {
        assert_eq!(
            default.get(u).map(String::as_str),
            Some("SimpleUser"),
            "{default:?}"
        );
    }
    assert!(merged_into(Some("[types]\nmerge-duplicates = false\n")).is_empty());
    for config in [
        "[schemas.SimpleUser]\nattributes = [\"#[must_use]\"]\n",
        "[schemas.SimpleUser]\nrust-type = \"my_crate::User\"\n",
    ] {
        let got = merged_into(Some(config));
        assert!(
            !got.contains_key("SimpleUser") && !got.values().any(|c| c == "SimpleUser"),
            "{config}: {got:?}"
        );
        // The inline copies still merge among themselves, into the first by name.
        for u in &users[1..] {
            assert_eq!(
                got.get(*u).map(String::as_str),
                Some(users[0]),
                "{config}: {got:?}"
            );
        }
    }
}
