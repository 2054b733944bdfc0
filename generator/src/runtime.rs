//! The runtime crate (`runtime/`, package `clientgen-runtime`) as the generator ships it:
//! its sources, embedded so a standalone crate can carry them (the default, like
//! progenitor's `include_str!` of its client), its dependencies and cargo features (read
//! from its Cargo.toml, so they are defined once), and which features an API needs.
//!
//! Generated code names the runtime as `crate::runtime`: in this workspace `generated/lib.rs`
//! re-exports the crate under that name; a standalone crate has a `runtime` module, either
//! the vendored sources (`src/runtime/`) or a re-export of the crate ([`Runtime`]).

use std::collections::BTreeSet;
use std::path::PathBuf;

/// The runtime's files, `runtime/src/<name>`, embedded at build time.
pub(crate) const SOURCES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../../runtime/src/lib.rs")),
    ("auth.rs", include_str!("../../runtime/src/auth.rs")),
    ("client.rs", include_str!("../../runtime/src/client.rs")),
    ("datetime.rs", include_str!("../../runtime/src/datetime.rs")),
    ("decode.rs", include_str!("../../runtime/src/decode.rs")),
    ("enums.rs", include_str!("../../runtime/src/enums.rs")),
    ("error.rs", include_str!("../../runtime/src/error.rs")),
    ("hooks.rs", include_str!("../../runtime/src/hooks.rs")),
    (
        "instances.rs",
        include_str!("../../runtime/src/instances.rs"),
    ),
    ("jwt.rs", include_str!("../../runtime/src/jwt.rs")),
    ("mock.rs", include_str!("../../runtime/src/mock.rs")),
    ("model.rs", include_str!("../../runtime/src/model.rs")),
    (
        "multipart.rs",
        include_str!("../../runtime/src/multipart.rs"),
    ),
    ("nullable.rs", include_str!("../../runtime/src/nullable.rs")),
    ("oauth2.rs", include_str!("../../runtime/src/oauth2.rs")),
    ("paging.rs", include_str!("../../runtime/src/paging.rs")),
    ("params.rs", include_str!("../../runtime/src/params.rs")),
    ("request.rs", include_str!("../../runtime/src/request.rs")),
    ("response.rs", include_str!("../../runtime/src/response.rs")),
    ("retry.rs", include_str!("../../runtime/src/retry.rs")),
    ("spec.rs", include_str!("../../runtime/src/spec.rs")),
    ("sse.rs", include_str!("../../runtime/src/sse.rs")),
    ("stream.rs", include_str!("../../runtime/src/stream.rs")),
    ("trace.rs", include_str!("../../runtime/src/trace.rs")),
    ("union.rs", include_str!("../../runtime/src/union.rs")),
    ("upload.rs", include_str!("../../runtime/src/upload.rs")),
    ("xml.rs", include_str!("../../runtime/src/xml.rs")),
];

/// The runtime's manifest: its dependencies and features are read from here.
const MANIFEST: &str = include_str!("../../runtime/Cargo.toml");

/// The runtime crate's package name and version.
pub const PACKAGE: &str = "clientgen-runtime";

/// The runtime crate's version (a `version:` requirement defaults to it).
pub fn version() -> &'static str {
    section(MANIFEST, "package")
        .find_map(|(k, v)| (k == "version").then(|| v.trim_matches('"')))
        .unwrap_or("0.1.0")
}

/// Where a standalone crate gets its runtime from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Runtime {
    /// The runtime's sources as the crate's `src/runtime/` module (builds with only the
    /// package registries: nothing of clientgen's is needed).
    #[default]
    Vendored,
    /// A dependency on `clientgen-runtime` at this path (written as given, so a relative
    /// path is relative to the generated crate).
    Path(String),
    /// A dependency on `clientgen-runtime` from this git repository, at a revision if given.
    Git { url: String, rev: Option<String> },
    /// A dependency on `clientgen-runtime` from the registry, with this version requirement.
    Version(String),
}

impl std::str::FromStr for Runtime {
    type Err = String;

    /// `vendored`, `path:DIR`, `git:URL`, `git:URL#REV` or `version:REQ`.
    fn from_str(s: &str) -> Result<Self, String> {
        let (kind, value) = s.split_once(':').unwrap_or((s, ""));
        let value = value.trim();
        let need = |what: &str| format!("`{kind}:` needs {what}, e.g. `{kind}:{}`", example(kind));
        match kind {
            "vendored" if value.is_empty() => Ok(Runtime::Vendored),
            "path" if !value.is_empty() => Ok(Runtime::Path(value.into())),
            "git" if !value.is_empty() => Ok(match value.rsplit_once('#') {
                Some((url, rev)) if !rev.is_empty() => Runtime::Git {
                    url: url.into(),
                    rev: Some(rev.into()),
                },
                _ => Runtime::Git {
                    url: value.trim_end_matches('#').into(),
                    rev: None,
                },
            }),
            "version" if !value.is_empty() => Ok(Runtime::Version(value.into())),
            "path" => Err(need("a directory")),
            "git" => Err(need("a repository URL")),
            "version" => Err(need("a version requirement")),
            _ => Err(format!(
                "`{s}` is not a runtime: `vendored`, `path:DIR`, `git:URL[#REV]` or `version:REQ`"
            )),
        }
    }
}

fn example(kind: &str) -> &'static str {
    match kind {
        "path" => "../clientgen/runtime",
        "git" => "https://example.com/clientgen.git#v0.1.0",
        _ => "0.1",
    }
}

/// An optional part of the runtime: a cargo feature of `clientgen-runtime` with the
/// crates only it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    /// XML response bodies (quick-xml).
    Xml,
    /// HS256 JWTs signed from a key id and secret (hmac, sha2).
    Jwt,
    /// multipart/form-data bodies (reqwest's multipart and stream support).
    Multipart,
    /// `format: date-time` and `format: date` (chrono).
    Chrono,
    /// `format: uuid` (uuid).
    Uuid,
    /// Request bodies from a stream or a file, downloads written to a file (reqwest's
    /// stream support, tokio's fs).
    Stream,
    /// `text/event-stream` responses (sse-stream).
    Sse,
    /// `ClientBuilder::middleware` (reqwest-middleware): the user's choice.
    Middleware,
    /// The generated mock servers (wiremock): the user's choice, for their tests.
    Mock,
}

impl Feature {
    /// Every feature, in the runtime manifest's order.
    pub const ALL: [Feature; 9] = [
        Feature::Xml,
        Feature::Jwt,
        Feature::Multipart,
        Feature::Chrono,
        Feature::Uuid,
        Feature::Stream,
        Feature::Sse,
        Feature::Middleware,
        Feature::Mock,
    ];

    /// A feature the generated crate offers its users as a cargo feature of its own (off
    /// by default) instead of turning it on from what its code names.
    pub fn opt_in(self) -> bool {
        matches!(self, Feature::Middleware | Feature::Mock)
    }

    /// The feature's name in the runtime's Cargo.toml.
    pub fn name(self) -> &'static str {
        match self {
            Feature::Xml => "xml",
            Feature::Jwt => "jwt",
            Feature::Multipart => "multipart",
            Feature::Chrono => "chrono",
            Feature::Uuid => "uuid",
            Feature::Stream => "stream",
            Feature::Sse => "sse",
            Feature::Middleware => "middleware",
            Feature::Mock => "mock",
        }
    }

    /// Whether generated Rust `code` uses this part of the runtime: the runtime items
    /// behind the feature it names (`runtime::decode_xml`, `runtime::JwtSigner`,
    /// `runtime::FilePart` or a multipart part), or the crate whose types it names
    /// (`chrono::NaiveDate`, `uuid::Uuid`).
    fn used_by(self, code: &str) -> bool {
        let names_crate = |krate: &str| {
            code.match_indices(krate).any(|(i, _)| {
                // `chrono::` as a path of its own, not `runtime::chrono::` or `my_chrono::`.
                !code.get(..i).is_some_and(|before| {
                    before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
                })
            })
        };
        match self {
            Feature::Xml => {
                code.contains("runtime::decode_xml") || code.contains("runtime::decode_json_or_xml")
            }
            Feature::Jwt => code.contains("runtime::JwtSigner"),
            Feature::Multipart => {
                code.contains("runtime::FilePart") || code.contains(".multipart_")
            }
            Feature::Chrono => code.contains("runtime::DateTime") || names_crate("chrono::"),
            Feature::Uuid => names_crate("uuid::"),
            Feature::Stream => code.contains("runtime::UploadBody"),
            Feature::Sse => code.contains("runtime::EventStream"),
            Feature::Middleware | Feature::Mock => false,
        }
    }
}

/// The runtime features generated code uses.
pub fn features_used<'a>(code: impl IntoIterator<Item = &'a str>) -> BTreeSet<Feature> {
    let mut used = BTreeSet::new();
    for text in code {
        used.extend(Feature::ALL.into_iter().filter(|f| f.used_by(text)));
    }
    used
}

/// `key = value` lines of one `[section]` of a manifest (comments and blank lines left out).
fn section<'a>(manifest: &'a str, name: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
    let header = format!("[{name}]");
    manifest
        .lines()
        .skip_while(move |l| l.trim() != header)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim(), v.trim()))
}

/// The runtime's `[dependencies]` lines: (crate, whether optional, the whole line).
fn dependencies() -> impl Iterator<Item = (&'static str, bool, String)> {
    section(MANIFEST, "dependencies")
        .map(|(k, v)| (k, v.contains("optional = true"), format!("{k} = {v}")))
}

/// The `[features]` line of `feature` in the runtime's manifest.
fn feature_line(feature: Feature) -> String {
    section(MANIFEST, "features")
        .find(|(k, _)| *k == feature.name())
        .map(|(k, v)| format!("{k} = {v}"))
        .unwrap_or_else(|| format!("{} = []", feature.name()))
}

/// The crates a feature turns on (`dep:quick-xml` → `quick-xml`).
fn feature_deps(feature: Feature) -> Vec<&'static str> {
    section(MANIFEST, "features")
        .find(|(k, _)| *k == feature.name())
        .map(|(_, v)| {
            v.split('"')
                .filter_map(|item| item.strip_prefix("dep:"))
                .collect()
        })
        .unwrap_or_default()
}

/// What a standalone crate's Cargo.toml says about the runtime: `[dependencies]` lines,
/// `[features]` lines and `[lints.rust]` lines.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Manifest {
    pub dependencies: Vec<String>,
    pub features: Vec<String>,
    pub lints: Vec<String>,
}

/// The dependencies (and, vendored, features) a standalone crate needs for the runtime
/// features in `used`, and for the crates its own code names: `serde`, `serde_json`,
/// `reqwest` (response header maps), `bytes` and, when used, `chrono` and `uuid`.
///
/// With per-tag features (`tags`), `default` turns every tag's feature on (`full`), each
/// tag's feature turns on the runtime features its code needs, and only those the
/// always-compiled code needs are on without a tag.
pub fn manifest(
    runtime: &Runtime,
    used: &BTreeSet<Feature>,
    tags: Option<&crate::features::Features>,
) -> Manifest {
    let mut out = manifest_untagged(runtime, used);
    let Some(tags) = tags else {
        return out;
    };
    let by_name = |n: &str| Feature::ALL.into_iter().find(|f| f.name() == n);
    let always: BTreeSet<Feature> = tags
        .always_runtime
        .iter()
        .filter_map(|n| by_name(n))
        .collect();
    let vendored = *runtime == Runtime::Vendored;
    let quoted = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    let full = crate::features::FULL;
    let mut default = vec![full.to_string()];
    if vendored {
        default.extend(always.iter().map(|f| f.name().to_string()));
    }
    lines.push(format!(
        "# One feature per tag of the spec: a tag's operations, and the types only they reach,\n# compile only with it. All are on by default; with `default-features = false`, enable\n# the ones you call.\ndefault = [{}]",
        quoted(&default)
    ));
    let all: Vec<String> = tags.features.iter().map(|f| f.name.clone()).collect();
    lines.push(format!("# Every tag.\n{full} = [{}]", quoted(&all)));
    for f in &tags.features {
        let mut needs: BTreeSet<Feature> = f.runtime.iter().filter_map(|n| by_name(n)).collect();
        let mut items: Vec<String> = Vec::new();
        if vendored {
            // The vendored runtime's features are this crate's: the always-needed ones
            // come with every tag, so any one tag alone builds.
            needs.extend(&always);
            items.extend(needs.iter().map(|n| n.name().to_string()));
        } else {
            for n in needs.difference(&always) {
                items.push(format!("{PACKAGE}/{}", n.name()));
                items.extend(
                    feature_deps(*n)
                        .into_iter()
                        .filter(|d| DIRECT.contains(d))
                        .map(|d| format!("dep:{d}")),
                );
            }
        }
        lines.push(format!(
            "# Tag `{}`.\n{} = [{}]",
            f.tag.replace('\n', " "),
            f.name,
            quoted(&items)
        ));
    }
    if vendored {
        // Keep the runtime's feature lines, after the tags'; their `default` is replaced.
        out.features.retain(|l| !l.contains("default = ["));
        lines.append(&mut out.features);
    } else {
        // The runtime's always-needed features only; the tags' come with them.
        let always_names: Vec<String> = always.iter().map(|f| f.name().to_string()).collect();
        let always_deps: BTreeSet<&str> = always.iter().flat_map(|f| feature_deps(*f)).collect();
        if let Some(first) = out.dependencies.first_mut() {
            if let Some((head, _)) = first.rsplit_once("features = [") {
                *first = format!("{head}features = [{}] }}", quoted(&always_names));
            }
        }
        for line in out.dependencies.iter_mut().skip(1) {
            let name = line.split(" = ").next().unwrap_or("");
            if DIRECT.contains(&name)
                && feature_deps_all().contains(&name)
                && !always_deps.contains(name)
            {
                *line = line.replacen(" }", ", optional = true }", 1);
            }
        }
        // The opt-in features (`middleware`, `mock`), forwarded to the runtime crate.
        lines.append(&mut out.features);
    }
    out.features = lines;
    out
}

/// What generated code names itself (beside the runtime), at the runtime's versions.
const DIRECT: [&str; 6] = ["reqwest", "serde", "serde_json", "bytes", "chrono", "uuid"];

/// Every crate some runtime feature turns on.
fn feature_deps_all() -> BTreeSet<&'static str> {
    Feature::ALL.into_iter().flat_map(feature_deps).collect()
}

fn manifest_untagged(runtime: &Runtime, used: &BTreeSet<Feature>) -> Manifest {
    let features: Vec<&str> = used.iter().map(|f| f.name()).collect();
    let quoted = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let opt_in: Vec<Feature> = Feature::ALL.into_iter().filter(|f| f.opt_in()).collect();
    let needed_deps: BTreeSet<&str> = used
        .iter()
        .chain(&opt_in)
        .flat_map(|f| feature_deps(*f))
        .collect();
    let mut out = Manifest::default();
    match runtime {
        Runtime::Vendored => {
            // The runtime's own dependencies, and the optional ones this API's features use.
            out.dependencies = dependencies()
                .filter(|(name, optional, _)| !optional || needed_deps.contains(name))
                .map(|(_, _, line)| line)
                .collect();
            if !used.is_empty() {
                out.features.push(format!(
                    "# The parts of the runtime (src/runtime/) this API uses: keep them on.\ndefault = [{}]",
                    quoted(&features)
                ));
                out.features.extend(used.iter().map(|f| feature_line(*f)));
            }
            // Off by default; the crate's users turn them on (the runtime module's
            // `cfg(feature = …)` names the crate's own features).
            out.features.extend(opt_in.iter().map(|f| feature_line(*f)));
            let off: Vec<&str> = Feature::ALL
                .iter()
                .filter(|f| !used.contains(f) && !f.opt_in())
                .map(|f| f.name())
                .collect();
            if !off.is_empty() {
                out.lints.push(format!(
                    "# The runtime's other optional parts, which this API does not use.\nunexpected_cfgs = {{ level = \"warn\", check-cfg = ['cfg(feature, values({}))'] }}",
                    quoted(&off)
                ));
            }
        }
        _ => {
            let source = match runtime {
                Runtime::Path(p) => format!("path = {}", toml_string(p)),
                Runtime::Git {
                    url,
                    rev: Some(rev),
                } => {
                    format!("git = {}, rev = {}", toml_string(url), toml_string(rev))
                }
                Runtime::Git { url, rev: None } => format!("git = {}", toml_string(url)),
                Runtime::Version(v) => format!("version = {}", toml_string(v)),
                Runtime::Vendored => String::new(),
            };
            out.dependencies.push(format!(
                "{PACKAGE} = {{ {source}, default-features = false, features = [{}] }}",
                quoted(&features)
            ));
            out.features.extend(
                opt_in
                    .iter()
                    .map(|f| format!("{0} = [\"{PACKAGE}/{0}\"]", f.name())),
            );
            // What generated code names itself, at the runtime's versions.
            out.dependencies.extend(
                dependencies()
                    .filter(|(name, optional, _)| {
                        DIRECT.contains(name) && (!optional || needed_deps.contains(name))
                    })
                    .map(|(_, _, line)| line.replace(", optional = true", "")),
            );
        }
    }
    out
}

fn toml_string(s: &str) -> String {
    format!("{s:?}")
}

/// The runtime's sources as the files of a crate's `src/runtime/` module: `lib.rs` becomes
/// `mod.rs`; the rest is verbatim but for the crate path of doc examples
/// (`clientgen_runtime::` → `<lib_name>::runtime::`) and a `@generated` line on top.
pub fn vendored_files(lib_name: &str) -> Vec<(PathBuf, String)> {
    let module_path = format!("{lib_name}::runtime::");
    SOURCES
        .iter()
        .map(|(name, text)| {
            let file = if *name == "lib.rs" { "mod.rs" } else { name };
            let header = format!(
                "// @generated by clientgen {}: the {PACKAGE} crate's src/{name}, vendored. Do not edit.\n",
                env!("CARGO_PKG_VERSION")
            );
            let body = text.replace("clientgen_runtime::", &module_path);
            (PathBuf::from("src/runtime").join(file), header + &body)
        })
        .collect()
}

/// A crate's `src/runtime.rs` when it depends on the runtime crate instead.
pub fn reexport_file() -> (PathBuf, String) {
    (
        PathBuf::from("src/runtime.rs"),
        format!(
            "// @generated by clientgen {}. Do not edit.\n//! The runtime: the `{PACKAGE}` crate, re-exported.\n\npub use clientgen_runtime::*;\n",
            env!("CARGO_PKG_VERSION")
        ),
    )
}

/// Remove the runtime files under a standalone crate's `dir` that `files` no longer has (a
/// vendored `src/runtime/` after switching to the crate, or `src/runtime.rs` after switching
/// back), if clientgen generated them. Returns what was removed.
pub fn remove_stale(dir: &std::path::Path, files: &crate::FileSet) -> crate::Result<Vec<PathBuf>> {
    let mut candidates = vec![PathBuf::from("src/runtime.rs")];
    candidates.extend(SOURCES.iter().map(|(n, _)| {
        PathBuf::from("src/runtime").join(if *n == "lib.rs" { "mod.rs" } else { n })
    }));
    let mut removed = Vec::new();
    for rel in candidates {
        let path = dir.join(&rel);
        if files.contains_key(&rel) {
            continue;
        }
        let generated = std::fs::read_to_string(&path).is_ok_and(|text| {
            text.lines()
                .next()
                .is_some_and(|l| l.contains(crate::write::MARKER))
        });
        if generated {
            std::fs::remove_file(&path).map_err(|e| crate::Error::io(&path, e))?;
            removed.push(rel);
        }
    }
    let vendored = dir.join("src/runtime");
    if removed.iter().any(|r| r.starts_with("src/runtime/")) {
        // Gone if empty; a file of the user's keeps it.
        let _ = std::fs::remove_dir(&vendored);
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feature_and_source_file_of_the_runtime_is_known() {
        let declared: Vec<&str> = section(MANIFEST, "features")
            .map(|(k, _)| k)
            .filter(|k| *k != "default")
            .collect();
        let known: Vec<&str> = Feature::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(declared, known, "runtime/Cargo.toml's features");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = SOURCES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk, "SOURCES lists every file of runtime/src");
        assert_eq!(feature_deps(Feature::Xml), ["quick-xml"]);
        assert_eq!(feature_deps(Feature::Jwt), ["hmac", "sha2"]);
        assert!(feature_deps(Feature::Multipart).is_empty());
        assert_eq!(version(), "0.1.0");
    }

    #[test]
    fn features_follow_what_the_code_names() {
        let used = |code: &str| -> Vec<&str> {
            features_used([code])
                .into_iter()
                .map(Feature::name)
                .collect()
        };
        assert!(used("let x: crate::runtime::Nullable<String>;").is_empty());
        assert_eq!(used("crate::runtime::decode_json_or_xml(&raw)?"), ["xml"]);
        assert_eq!(used("crate::runtime::JwtSigner::new(k, s, scope)"), ["jwt"]);
        assert_eq!(
            used("request.multipart_text(\"a\", &a, None);"),
            ["multipart"]
        );
        assert_eq!(
            used("pub at: Option<crate::runtime::DateTime>,"),
            ["chrono"]
        );
        assert_eq!(
            used("pub on: chrono::NaiveDate, pub id: Vec<uuid::Uuid>"),
            ["chrono", "uuid"]
        );
        assert!(used("use service_clients::runtime::chrono; my_uuid::X").is_empty());
    }

    #[test]
    fn runtime_sources_parse() {
        assert_eq!(
            "path:../rt".parse::<Runtime>(),
            Ok(Runtime::Path("../rt".into()))
        );
        assert_eq!(
            "git:https://h/r.git#v1".parse::<Runtime>(),
            Ok(Runtime::Git {
                url: "https://h/r.git".into(),
                rev: Some("v1".into())
            })
        );
        assert_eq!(
            "version:0.1".parse::<Runtime>(),
            Ok(Runtime::Version("0.1".into()))
        );
        assert_eq!("vendored".parse::<Runtime>(), Ok(Runtime::Vendored));
        assert!("path:"
            .parse::<Runtime>()
            .unwrap_err()
            .contains("needs a directory"));
        assert!("crate"
            .parse::<Runtime>()
            .unwrap_err()
            .contains("is not a runtime"));
    }

    #[test]
    fn a_manifest_lists_only_the_optional_crates_used() {
        let none = manifest(&Runtime::Vendored, &BTreeSet::new(), None);
        let deps = none.dependencies.join("\n");
        for absent in ["quick-xml", "hmac", "sha2", "chrono", "uuid", "multipart"] {
            assert!(!deps.contains(absent), "{absent}: {deps}");
        }
        assert!(deps.contains("reqwest = ") && deps.contains("serde = "));
        assert!(none
            .lints
            .join("\n")
            .contains(r#"values("xml", "jwt", "multipart", "chrono", "uuid", "stream", "sse")"#));
        let xml = manifest(&Runtime::Vendored, &[Feature::Xml].into(), None);
        assert!(xml
            .dependencies
            .iter()
            .any(|d| d.starts_with("quick-xml = ")));
        assert!(xml
            .features
            .join("\n")
            .contains("default = [\"xml\"]\nxml = [\"dep:quick-xml\"]"));
        let dep = manifest(
            &Runtime::Path("../rt".into()),
            &[Feature::Uuid].into(),
            None,
        );
        assert_eq!(
            dep.dependencies[0],
            r#"clientgen-runtime = { path = "../rt", default-features = false, features = ["uuid"] }"#
        );
        assert!(dep
            .dependencies
            .iter()
            .any(|d| d == r#"uuid = { version = "1", features = ["serde"] }"#));
        assert!(!dep
            .dependencies
            .iter()
            .any(|d| d.starts_with("tokio") || d.starts_with("chrono")));
        assert_eq!(
            dep.features,
            [
                r#"middleware = ["clientgen-runtime/middleware"]"#,
                r#"mock = ["clientgen-runtime/mock"]"#
            ]
        );
        assert!(dep.lints.is_empty());
        assert!(none
            .features
            .iter()
            .any(|f| f == r#"mock = ["dep:wiremock"]"#));
        assert!(none
            .dependencies
            .iter()
            .any(|d| d.starts_with("wiremock = ") && d.contains("optional = true")));
    }
}
