//! Per-tag cargo features of a standalone crate (`generate --spec --tag-features`, or
//! `tag-features = true` in the config's `[crate]`), on tests/fixtures/tags/tagged.yaml:
//! one tag per case (a multi-tag operation, a type several tags reach, an untagged
//! operation, a component no operation reaches, a tag named like a runtime feature,
//! identical inline enums of two tags merged into one type, identical error responses of
//! two tags' operations sharing one error enum).

use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    crate::root().join("tests/fixtures/tags/tagged.yaml")
}

fn generate(spec: &Path, options: &clientgen::Options, tag_features: bool) -> clientgen::FileSet {
    let meta = clientgen::CrateMeta {
        tag_features,
        ..Default::default()
    };
    clientgen::standalone_crate_from(spec, &clientgen::Templates::builtin(), &meta, options)
        .unwrap()
        .0
}

fn file<'a>(files: &'a clientgen::FileSet, path: &str) -> &'a str {
    files.get(Path::new(path)).unwrap().as_str()
}

/// The attribute right before `item` (its first line), or "" when it has none.
fn cfg_of(code: &str, item: &str) -> String {
    // A model with nothing required is declared `pub struct Name: Default {`.
    let default_form = item.replace(" {", ": Default {");
    let at = code
        .find(item)
        .or_else(|| code.find(&default_form))
        .unwrap_or_else(|| panic!("`{item}` is not generated:\n{code}"));
    let before: Vec<&str> = code[..at].trim_end_matches(' ').lines().collect();
    // Skip the item's doc comment and derives back to the line above them.
    before
        .iter()
        .rev()
        .find(|l| {
            !(l.trim_start().starts_with("///")
                || l.trim_start().starts_with("#[derive")
                || l.trim_start().starts_with("#[must_use")
                || l.trim_start().starts_with("#[inline]")
                || l.trim_start().starts_with("#[non_exhaustive")
                || l.starts_with("crate::runtime::model!")
                || l.starts_with("crate::runtime::request_builder!")
                || l.starts_with("crate::runtime::string_enum!")
                || l.starts_with("crate::runtime::integer_enum!"))
        })
        .filter(|l| l.trim_start().starts_with("#[cfg("))
        .map(|l| l.trim().to_string())
        .unwrap_or_default()
}

const PETS: &str = r#"#[cfg(feature = "pets")]"#;
const ORDERS: &str = r#"#[cfg(feature = "store-orders")]"#;
const PETS_OR_ORDERS: &str = r#"#[cfg(any(feature = "pets", feature = "store-orders"))]"#;
const XML_TAG: &str = r#"#[cfg(feature = "xml-tag")]"#;

#[test]
fn each_tag_gates_its_operations_and_the_types_only_it_reaches() {
    let files = generate(&fixture(), &Default::default(), true);
    let manifest = file(&files, "Cargo.toml");
    // Names from tags: kebab-case, and `xml` (a runtime feature's name) becomes `xml-tag`;
    // each tag enables only the runtime features its code uses; all on by default.
    for line in [
        "default = [\"full\"]",
        "full = [\"pets\", \"store-orders\", \"xml-tag\"]",
        "# Tag `Store Orders`.\nstore-orders = [\"chrono\"]",
        "# Tag `pets`.\npets = []",
        "# Tag `xml`.\nxml-tag = [\"xml\"]",
        "xml = [\"dep:quick-xml\"]",
        "chrono = [\"dep:chrono\"]",
        "quick-xml = { version = \"0.38\", features = [\"serialize\"], optional = true }",
    ] {
        assert!(manifest.contains(line), "`{line}`:\n{manifest}");
    }
    let lib = file(&files, "src/lib.rs");
    let types = file(&files, "src/types.rs");
    let want = [
        // Operations: by their tags, any of them for several; an untagged one always.
        (lib, "    pub fn list_pets", PETS),
        (lib, "    pub fn adopt_pet", PETS_OR_ORDERS),
        (lib, "    pub fn get_order", ORDERS),
        (lib, "    pub fn get_feed", XML_TAG),
        (lib, "    pub fn health", ""),
        // What each operation owns goes with it.
        (lib, "pub struct GetOrder<'a>", ORDERS),
        (lib, "impl<'a> GetOrder<'a>", ORDERS),
        (lib, "pub enum GetOrderError", ORDERS),
        (lib, "pub struct XRequestIdHeaders", ORDERS),
        (lib, "pub struct Health<'a>", ""),
        // Error enums: one shared by two tags' operations comes with either tag, each
        // operation's alias of it with the operation.
        (
            lib,
            "pub enum ListPetsError {",
            r#"#[cfg(any(feature = "pets", feature = "xml-tag"))]"#,
        ),
        (lib, "pub type GetFeedError = ListPetsError;", XML_TAG),
        (
            lib,
            "pub type AdoptPetError = runtime::NoDocumentedErrors;",
            PETS_OR_ORDERS,
        ),
        (
            lib,
            "pub type HealthError = runtime::NoDocumentedErrors;",
            "",
        ),
        (lib, "pub struct Client {", ""),
        // Types: the tags of every operation reaching them.
        (types, "pub struct Pet {", PETS_OR_ORDERS),
        (types, "pub enum Kind {", PETS_OR_ORDERS),
        (types, "pub struct NewPet {", PETS_OR_ORDERS),
        (types, "pub struct Order {", ORDERS),
        (types, "pub enum OrderStatus {", ORDERS),
        (types, "pub struct Feed {", XML_TAG),
        // Identical inline enums of two tags' operations, merged: the definition and the
        // alias each come with either tag, whichever of them names it.
        (
            types,
            "pub enum GetFeedSort {",
            r#"#[cfg(any(feature = "pets", feature = "xml-tag"))]"#,
        ),
        (
            types,
            "pub type ListPetsOrder = GetFeedSort;",
            r#"#[cfg(any(feature = "pets", feature = "xml-tag"))]"#,
        ),
        // Reached by the untagged operation: always.
        (types, "pub struct Error {", ""),
        (types, "pub struct Health {", ""),
        // Reached by no operation: with `full`, as is what it names.
        (types, "pub struct Unused {", r#"#[cfg(feature = "full")]"#),
        (
            types,
            "pub struct Label {",
            r#"#[cfg(any(feature = "full", feature = "xml-tag"))]"#,
        ),
    ];
    for (code, item, cfg) in want {
        assert_eq!(cfg_of(code, item), cfg, "the attribute of `{item}`");
    }
    let readme = file(&files, "README.md");
    for row in [
        "| `store-orders` | Store Orders | 2 | chrono | Orders placed for pets. |",
        "| `xml-tag` | xml | 1 | xml | A tag named like a runtime feature. |",
        "features = [\"pets\"] }",
    ] {
        assert!(readme.contains(row), "`{row}`:\n{readme}");
    }

    // Without the option nothing is gated, and the runtime parts are simply on.
    let plain = generate(&fixture(), &Default::default(), false);
    // (The mock module has its own feature, with or without tags.)
    let plain_lib = file(&plain, "src/lib.rs");
    assert_eq!(
        plain_lib.matches("#[cfg(").count(),
        plain_lib.matches("#[cfg(feature = \"mock\")]").count(),
        "{plain_lib}"
    );
    assert!(!file(&plain, "src/types.rs").contains("#[cfg("));
    assert!(file(&plain, "Cargo.toml").contains("default = [\"xml\", \"chrono\"]"));
}

/// The config file's `[crate]` key does what the flag does; the runtime as a dependency
/// gets each tag's runtime features through it.
#[test]
fn the_config_key_turns_features_on_and_the_runtime_crate_takes_them_per_tag() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("tagged.yaml");
    std::fs::copy(fixture(), &spec).unwrap();
    std::fs::write(
        dir.path().join("tagged.clientgen.toml"),
        "[crate]\ntag-features = true\n",
    )
    .unwrap();
    let meta = clientgen::CrateMeta {
        runtime: clientgen::runtime::Runtime::Path("../runtime".into()),
        ..Default::default()
    };
    let files = clientgen::standalone_crate_from(
        &spec,
        &clientgen::Templates::builtin(),
        &meta,
        &Default::default(),
    )
    .unwrap()
    .0;
    let manifest = file(&files, "Cargo.toml");
    for line in [
        r#"clientgen-runtime = { path = "../runtime", default-features = false, features = [] }"#,
        r#"chrono = { version = "0.4", default-features = false, features = ["serde", "std", "clock"], optional = true }"#,
        r#"store-orders = ["clientgen-runtime/chrono", "dep:chrono"]"#,
        r#"xml-tag = ["clientgen-runtime/xml"]"#,
        r#"default = ["full"]"#,
    ] {
        assert!(manifest.contains(line), "`{line}`:\n{manifest}");
    }
    assert!(file(&files, "src/types.rs").contains(ORDERS));
}

/// The crate builds clippy-clean with each tag's feature alone, with none and with all;
/// a type of another tag is not there with one tag alone.
#[test]
fn the_crate_builds_clippy_clean_with_each_feature_alone_none_and_all() {
    let dir = crate::nested_target("tag-features").join("tagged");
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        fixture().to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
        "--tag-features",
    ]);
    assert_eq!(code, 0, "{err}");
    std::fs::copy(crate::root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let _ = std::fs::remove_dir_all(dir.join("examples"));
    for features in [
        vec!["--no-default-features"],
        vec!["--no-default-features", "--features", "pets"],
        vec!["--no-default-features", "--features", "store-orders"],
        vec!["--no-default-features", "--features", "xml-tag"],
        vec![],
    ] {
        let mut args = vec!["clippy", "--quiet", "--all-targets"];
        args.extend(&features);
        args.extend(["--", "-D", "warnings"]);
        let out = crate::cargo(&dir, &args);
        crate::assert_ok(&out, &format!("cargo clippy {features:?}"));
    }
    // A caller of `get_order` needs `store-orders`: with `pets` alone it does not build.
    std::fs::create_dir_all(dir.join("examples")).unwrap();
    std::fs::write(
        dir.join("examples/order.rs"),
        "fn main() {\n    let client = tagged_client::Client::new(\"http://localhost\");\n    \
         let _order = client.get_order(1);\n    let _ = tagged_client::types::Order::new(1);\n}\n",
    )
    .unwrap();
    let check = |feature: &str| {
        crate::cargo(
            &dir,
            &[
                "check",
                "--quiet",
                "--example",
                "order",
                "--no-default-features",
                "--features",
                feature,
            ],
        )
    };
    let pets = check("pets");
    assert!(!pets.status.success(), "get_order built with `pets` alone");
    let stderr = String::from_utf8_lossy(&pets.stderr);
    assert!(
        stderr.contains("get_order") && stderr.contains("Order"),
        "{stderr}"
    );
    crate::assert_ok(&check("store-orders"), "the example with `store-orders`");
    std::fs::remove_dir_all(dir.join("examples")).unwrap();

    // With the runtime as a dependency, a tag's feature turns on its runtime features
    // through it (`clientgen-runtime/chrono`, `dep:chrono`).
    let dep = crate::nested_target("tag-features").join("tagged-dep");
    let runtime = format!("path:{}", crate::root().join("runtime").display());
    let (code, _, err) = crate::cli(&[
        "generate",
        "--spec",
        fixture().to_str().unwrap(),
        "--out",
        dep.to_str().unwrap(),
        "--tag-features",
        "--runtime",
        &runtime,
    ]);
    assert_eq!(code, 0, "{err}");
    std::fs::copy(crate::root().join("Cargo.lock"), dep.join("Cargo.lock")).unwrap();
    for feature in ["store-orders", "xml-tag"] {
        let out = crate::cargo(
            &dep,
            &[
                "clippy",
                "--quiet",
                "--no-default-features",
                "--features",
                feature,
                "--",
                "-D",
                "warnings",
            ],
        );
        crate::assert_ok(
            &out,
            &format!("cargo clippy --features {feature} (runtime crate)"),
        );
    }
}

/// The ids an IR value names, found by serializing it (`Ty::Ref` serializes as
/// `{"named": id}`): whatever the IR holds, walked or not.
fn serialized_ids(value: &impl serde::Serialize) -> std::collections::BTreeSet<usize> {
    let mut out = std::collections::BTreeSet::new();
    let value = serde_json::to_value(value).unwrap();
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let (1, Some(id)) = (m.len(), m.get("named").and_then(|v| v.as_u64())) {
                    out.insert(id as usize);
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    out
}

/// Per-tag gates read type references with `Api::tys`, the walk that renumbers the type
/// table: it must reach every type each operation, header struct and type holds, or a gate
/// would miss an item that needs the type (and renumbering would leave a stale id).
#[test]
fn the_ir_walk_reaches_every_type_reference_each_item_holds() {
    use clientgen::ir::Holder;
    let mut specs: Vec<PathBuf> = std::fs::read_dir(crate::root().join("tests/golden/specs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "yaml") && !p.to_string_lossy().contains("config")
        })
        .collect();
    specs.sort();
    specs.push(fixture());
    let mut checked = 0;
    for spec in &specs {
        let api = clientgen::load_service(spec).unwrap().api;
        let mut walked: std::collections::BTreeMap<Holder, std::collections::BTreeSet<usize>> =
            Default::default();
        api.tys(&mut |holder, ty| {
            let ids = walked.entry(holder).or_default();
            ty.ids(&mut |id| {
                ids.insert(id.0);
            });
        });
        let mut walked_of = |h: Holder| walked.remove(&h).unwrap_or_default();
        let mut want = Vec::new();
        for (i, op) in api.operations.iter().enumerate() {
            want.push((
                Holder::Operation(i),
                serialized_ids(op),
                walked_of(Holder::Operation(i)),
            ));
        }
        for (i, h) in api.header_structs.iter().enumerate() {
            let at = Holder::HeaderStruct(i);
            want.push((at, serialized_ids(h), walked_of(at)));
        }
        for (i, t) in api.types.iter().enumerate() {
            want.push((
                Holder::Type(i),
                serialized_ids(&t.kind),
                walked_of(Holder::Type(i)),
            ));
        }
        for (holder, serialized, walked) in want {
            assert_eq!(walked, serialized, "{} {holder:?}", spec.display());
            checked += serialized.len();
        }
    }
    assert!(checked > 100, "only {checked} references checked");
}
