//! `clientgen diff`: each rule, both the breaking and the non-breaking side.

use clientgen::diff::{compare, Report, Severity};

fn base() -> String {
    std::fs::read_to_string(crate::fixture("diff/base.yaml")).unwrap()
}

fn lower(text: &str) -> clientgen::ir::Api {
    let doc =
        clientgen::load::load_str(std::path::Path::new("spec.yaml"), text.to_string()).unwrap();
    clientgen::ir::lower(&doc, "spec").unwrap()
}

/// Diff base → base with `from` replaced by `to` (which must occur).
fn edit(from: &str, to: &str) -> Report {
    let old = base();
    assert!(old.contains(from), "fixture lacks {from:?}");
    compare(&lower(&old), &lower(&old.replacen(from, to, 1)))
}

fn kinds(r: &Report, sev: Severity) -> Vec<&'static str> {
    r.changes
        .iter()
        .filter(|c| c.severity == sev)
        .map(|c| c.kind)
        .collect()
}

#[track_caller]
fn has(r: &Report, sev: Severity, kind: &str) {
    assert!(
        kinds(r, sev).contains(&kind),
        "expected {sev:?} {kind}, got {:#?}",
        r.changes
    );
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Maps keyed by names (properties, paths, media types…), whose order the IR keeps.
const NAME_MAPS: [&str; 12] = [
    "properties",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "content",
    "paths",
    "mapping",
    "variables",
    "scopes",
];

/// The same API written differently: the keywords of every object in reverse order
/// (entries of name maps keep theirs: the order of properties, media types and headers
/// is part of the generated API), and an `x-` extension on each operation.
fn reshaped(v: &serde_json::Value, in_name_map: bool) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => {
            let entries = m.iter().map(|(k, v)| {
                let child_is_name_map = !in_name_map && NAME_MAPS.contains(&k.as_str());
                (k.clone(), reshaped(v, child_is_name_map))
            });
            let mut out: serde_json::Map<String, Value> = if in_name_map {
                entries.collect()
            } else {
                entries.rev().collect()
            };
            if !in_name_map && m.contains_key("responses") && m.contains_key("operationId") {
                out.insert("x-reviewed".into(), Value::Bool(true));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(|v| reshaped(v, false)).collect()),
        other => other.clone(),
    }
}

/// Two versions of each spec that differ only in form — the YAML as JSON, keywords in
/// reverse order, extensions added — are the same API: no changes. The control: the
/// same JSON without its first operation differs by exactly that operation, so a
/// comparison that never reports anything fails here too.
#[test]
fn identical_specs_have_no_changes() {
    let mut specs = vec![crate::fixture("diff/base.yaml")];
    specs.extend(clientgen::spec_files(&crate::root().join("specs")).unwrap());
    for spec in specs {
        let name = spec.display().to_string();
        let old = clientgen::load_service(&spec).unwrap().api;
        let yaml: serde_json::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&spec).unwrap()).unwrap();
        let mut json = reshaped(&yaml, false);
        assert_ne!(json, yaml, "{name}: the reshaped document differs");
        let module = clientgen::module_name(&spec);
        let lower_json = |v: &serde_json::Value| {
            let text = serde_json::to_string_pretty(v).unwrap();
            let doc = clientgen::load::load_str(std::path::Path::new("spec.json"), text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            clientgen::ir::lower(&doc, &module).unwrap_or_else(|e| panic!("{name}: {e}"))
        };
        let new = lower_json(&json);
        assert!(!new.operations.is_empty(), "{name}");
        let r = compare(&old, &new);
        assert!(r.changes.is_empty(), "{name}: {:#?}", r.changes);

        // Control: one operation fewer is one change, naming it.
        let paths = json["paths"].as_object_mut().unwrap();
        let (path, item) = paths.iter_mut().next().unwrap();
        let item = item.as_object_mut().unwrap();
        let method = METHODS
            .into_iter()
            .find(|m| item.contains_key(*m))
            .unwrap_or_else(|| panic!("{name}: no operation under {path}"));
        let removed = item.remove(method).unwrap();
        let id = removed["operationId"].as_str().unwrap().to_string();
        if !item.keys().any(|k| METHODS.contains(&k.as_str())) {
            let path = path.clone();
            paths.remove(&path);
        }
        let gone = old
            .operations
            .iter()
            .find(|o| o.operation_id.as_deref() == Some(id.as_str()))
            .unwrap_or_else(|| panic!("{name}: no operation {id}"));
        let r = compare(&old, &lower_json(&json));
        let got: Vec<(Severity, &str, &str)> = r
            .changes
            .iter()
            .map(|c| (c.severity, c.kind, c.subject.as_str()))
            .collect();
        assert_eq!(
            got,
            [(
                Severity::Breaking,
                "operation.removed",
                format!("operation {}", gone.ident).as_str()
            )],
            "{name}: {:#?}",
            r.changes
        );
    }
}

#[test]
fn operations_removed_renamed_added() {
    let r = edit(
        "  /items:\n    post:\n      operationId: createItem",
        "  /items:\n    put:\n      operationId: replaceItem",
    );
    has(&r, Severity::Breaking, "operation.removed");
    has(&r, Severity::NonBreaking, "operation.added");
    let removed = r
        .changes
        .iter()
        .find(|c| c.kind == "operation.removed")
        .unwrap();
    assert!(
        removed
            .before
            .as_deref()
            .unwrap()
            .starts_with("fn create_item(&self, body: &types::Item)"),
        "{removed:?}"
    );

    let r = edit("operationId: getItem", "operationId: fetchItem");
    has(&r, Severity::Breaking, "operation.renamed");
    let c = r
        .changes
        .iter()
        .find(|c| c.kind == "operation.renamed")
        .unwrap();
    assert!(
        c.message
            .contains("`Client::get_item` is now `Client::fetch_item`"),
        "{c:?}"
    );
}

#[test]
fn parameters_removed_renamed_required_retyped_added() {
    has(
        &edit(
            "        - {name: limit, in: query, schema: {type: integer, format: int32}}\n",
            "",
        ),
        Severity::Breaking,
        "param.removed",
    );
    has(
        &edit("{name: limit, in: query,", "{name: max, in: query,"),
        Severity::Breaking,
        "param.renamed",
    );
    let r = edit(
        "{name: limit, in: query,",
        "{name: limit, in: query, required: true,",
    );
    has(&r, Severity::Breaking, "param.now_required");
    let c = r
        .changes
        .iter()
        .find(|c| c.kind == "param.now_required")
        .unwrap();
    assert!(
        c.after.as_deref().unwrap().contains("limit: i32"),
        "signature shows the new argument: {c:?}"
    );
    has(
        &edit(
            "{name: limit, in: query, schema: {type: integer, format: int32}}",
            "{name: limit, in: query, schema: {type: string}}",
        ),
        Severity::Breaking,
        "param.type_changed",
    );
    let r = edit(
        "        - {name: limit,",
        "        - {name: offset, in: query, schema: {type: boolean}}\n        - {name: limit,",
    );
    has(&r, Severity::NonBreaking, "param.added_optional");
    assert!(kinds(&r, Severity::Breaking).is_empty(), "{:?}", r.changes);
    has(&edit("        - {name: limit,", "        - {name: X-Tenant, in: header, required: true, schema: {type: string}}\n        - {name: limit,"), Severity::Breaking, "param.added_required");
}

#[test]
fn responses_and_bodies() {
    has(
        &edit("        \"404\": {description: Not found}\n", ""),
        Severity::Breaking,
        "response.removed",
    );
    has(
        &edit(
            "        \"404\": {description: Not found}\n",
            "        \"404\": {description: Not found}\n        \"409\": {description: Conflict}\n",
        ),
        Severity::NonBreaking,
        "response.added",
    );
    has(&edit("          description: The item\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Item'}", "          description: The item\n          content:\n            application/json:\n              schema: {type: string}"), Severity::Breaking, "response.type_changed");
    has(
        &edit(
            "      requestBody:\n        required: true",
            "      requestBody:\n        required: false",
        ),
        Severity::Breaking,
        "body.required_changed",
    );
}

#[test]
fn types_fields_and_enums() {
    has(
        &edit(
            "        name: {type: string}\n",
            "        name: {type: string}\n        size: {type: integer}\n",
        ),
        Severity::NonBreaking,
        "field.added_optional",
    );
    has(
        &edit("      required: [id]", "      required: [id, name]"),
        Severity::Breaking,
        "field.now_required",
    );
    let r = edit(
        "      required: [id]\n      properties:\n",
        "      required: [id, sku]\n      properties:\n        sku: {type: string}\n",
    );
    has(&r, Severity::Breaking, "field.added_required");
    // The message names the constructor a caller's code now fails on.
    let c = r
        .changes
        .iter()
        .find(|c| c.kind == "field.added_required")
        .unwrap();
    assert!(
        c.message.contains("::new` takes it as a new argument"),
        "{}",
        c.message
    );
    // A required read-only property is never built by callers: adding one breaks nothing.
    has(
        &edit(
            "      required: [id]\n      properties:\n",
            "      required: [id, created]\n      properties:\n        created: {type: string, readOnly: true}\n",
        ),
        Severity::NonBreaking,
        "field.added_optional",
    );
    has(
        &edit("        name: {type: string}\n", ""),
        Severity::Breaking,
        "field.removed",
    );
    has(
        &edit("enum: [red, green]", "enum: [red]"),
        Severity::Breaking,
        "enum.value_removed",
    );
    let r = edit("enum: [red, green]", "enum: [red, green, blue]");
    has(&r, Severity::NonBreaking, "enum.value_added");
    assert!(
        !r.is_breaking(),
        "enums are open: adding a value breaks nobody"
    );
    has(
        &edit(
            "    Color:\n      type: string\n      enum: [red, green]",
            "    Color:\n      type: integer",
        ),
        Severity::Breaking,
        "type.kind_changed",
    );
}

#[test]
fn servers_security_and_docs() {
    has(
        &edit("https://api.example.com/v1", "https://api.example.com/v2"),
        Severity::Breaking,
        "servers.base_url_changed",
    );
    has(
        &edit(
            "      operationId: createItem\n",
            "      operationId: createItem\n      security: [{token: []}]\n",
        ),
        Severity::Breaking,
        "security.changed",
    );
    let r = edit("summary: Get an item", "summary: Fetch one item");
    assert_eq!(kinds(&r, Severity::Docs), ["operation.docs"]);
    assert!(!r.is_breaking());
}

#[test]
fn cli_formats_and_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&old, base()).unwrap();
    std::fs::write(
        &new,
        base().replacen("enum: [red, green]", "enum: [red]", 1),
    )
    .unwrap();
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    let (code, out, _) = crate::cli(&["diff", o, n]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("1 breaking")
            && out.contains("BREAKING (1)")
            && out.contains("enum.value_removed"),
        "{out}"
    );
    assert_eq!(crate::cli(&["diff", o, n, "--fail-on", "none"]).0, 0);
    let (code, out, _) = crate::cli(&["diff", o, n, "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["breaking"], 1);
    assert_eq!(v["changes"][0]["kind"], "enum.value_removed");
    let (_, out, _) = crate::cli(&["diff", o, n, "--format", "markdown"]);
    assert!(
        out.starts_with("### ⚠️ API changes") && out.contains("| `enum.value_removed` |"),
        "{out}"
    );
    // Non-breaking only: exit 0 by default, 1 with --fail-on any.
    std::fs::write(
        &new,
        base().replacen("enum: [red, green]", "enum: [red, green, blue]", 1),
    )
    .unwrap();
    assert_eq!(crate::cli(&["diff", o, n]).0, 0);
    assert_eq!(crate::cli(&["diff", o, n, "--fail-on", "any"]).0, 1);
    let (code, _, err) = crate::cli(&[
        "diff",
        o,
        crate::fixture("bad/swagger12.yaml").to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn git_revision_as_the_old_side() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("api.yaml");
    std::fs::write(&spec, base()).unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "api.yaml"]);
    git(&["commit", "-q", "-m", "base"]);
    std::fs::write(
        &spec,
        base().replacen("operationId: getItem", "operationId: fetchItem", 1),
    )
    .unwrap();
    let (code, out, err) = crate::cli(&["diff", "--git", "HEAD", spec.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("operation.renamed"), "{out}");
}

/// Every `headers` map of every response, entries reversed (or, with `drop_first`, the
/// first one removed).
fn edit_response_headers(v: &mut serde_json::Value, drop_first: bool) -> usize {
    let mut edited = 0;
    match v {
        serde_json::Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                if k == "responses" {
                    for response in child
                        .as_object_mut()
                        .into_iter()
                        .flat_map(|r| r.values_mut())
                    {
                        if let Some(headers) =
                            response.get_mut("headers").and_then(|h| h.as_object_mut())
                        {
                            if headers.len() > 1 {
                                let mut entries: Vec<_> =
                                    std::mem::take(headers).into_iter().rev().collect();
                                if drop_first {
                                    entries.pop();
                                }
                                headers.extend(entries);
                                edited += 1;
                            }
                        }
                    }
                } else {
                    edited += edit_response_headers(child, drop_first);
                }
            }
        }
        serde_json::Value::Array(a) => {
            for child in a {
                edited += edit_response_headers(child, drop_first);
            }
        }
        _ => {}
    }
    edited
}

/// Reordering a response's headers changes nothing for callers (they are fields of a
/// struct, set by name); removing one is breaking.
#[test]
fn reordered_response_headers_are_no_change() {
    let spec = crate::root().join("specs/jellyfin.yaml");
    let old = clientgen::load_service(&spec).unwrap().api;
    let yaml: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(&spec).unwrap()).unwrap();
    let lower_json = |v: &serde_json::Value| {
        let text = serde_json::to_string_pretty(v).unwrap();
        let doc = clientgen::load::load_str(std::path::Path::new("spec.json"), text).unwrap();
        clientgen::ir::lower(&doc, "jellyfin").unwrap()
    };
    let mut reordered = yaml.clone();
    assert!(
        edit_response_headers(&mut reordered, false) > 0,
        "jellyfin.yaml has responses with several headers"
    );
    let r = compare(&old, &lower_json(&reordered));
    assert!(r.changes.is_empty(), "{:#?}", r.changes);
    let mut dropped = yaml;
    edit_response_headers(&mut dropped, true);
    let r = compare(&old, &lower_json(&dropped));
    assert!(
        kinds(&r, Severity::Breaking).contains(&"response.headers_changed"),
        "{:#?}",
        r.changes
    );
}

/// A copy of tests/fixtures/split/ (root `api/root.yaml`, which refers to `../common.yaml`).
fn split_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&crate::fixture("split"), dir.path());
    dir
}

/// `page` becomes required in common.yaml, which only the split spec's references reach.
fn require_page(dir: &std::path::Path) {
    let common = dir.join("common.yaml");
    let text = std::fs::read_to_string(&common).unwrap();
    let edited = text.replacen(
        "      in: query\n",
        "      in: query\n      required: true\n",
        1,
    );
    assert_ne!(text, edited);
    std::fs::write(common, edited).unwrap();
}

#[test]
fn diff_follows_a_split_spec_into_its_other_files() {
    let old = split_copy();
    let new = split_copy();
    require_page(new.path());
    let (code, out, err) = crate::cli(&[
        "diff",
        old.path().join("api/root.yaml").to_str().unwrap(),
        new.path().join("api/root.yaml").to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("param.now_required"), "{out}");
}

#[test]
fn diff_git_reads_a_split_spec_s_other_files_at_the_revision() {
    let dir = split_copy();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let spec = dir.path().join("api/root.yaml");
    // Nothing changed: the files at HEAD are the files on disk.
    let (code, out, err) = crate::cli(&["diff", "--git", "HEAD", spec.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("param."), "{out}");
    // Only the file outside the spec's directory changes.
    require_page(dir.path());
    let (code, out, err) = crate::cli(&["diff", "--git", "HEAD", spec.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("param.now_required"), "{out}");
}

/// A type becoming identical to another (merged into it: `pub type B = A;`), or ceasing to
/// be, changes nothing a caller wrote: it is compared as the definition it stands for.
#[test]
fn a_type_merged_into_an_identical_one_is_no_change() {
    let spec = |b_values: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    \
             A: {{type: string, enum: [open, closed]}}\n    B: {{type: string, enum: {b_values}}}\n    \
             Holder:\n      type: object\n      properties:\n        b: {{$ref: '#/components/schemas/B'}}\n"
        )
    };
    let merged = |text: &str| {
        let mut api = lower(text);
        clientgen::ir::merge_duplicates(&mut api);
        api
    };
    let apart = merged(&spec("[open, closed, draft]"));
    let together = merged(&spec("[open, closed]"));
    let b = |api: &clientgen::ir::Api| {
        api.types
            .iter()
            .find(|t| t.name == "B")
            .map(|t| matches!(t.kind, clientgen::ir::TypeKind::Alias { merged: true, .. }))
    };
    assert_eq!((b(&apart), b(&together)), (Some(false), Some(true)));
    // Only the removed value, not a change of kind.
    let r = compare(&apart, &together);
    assert_eq!(
        kinds(&r, Severity::Breaking),
        ["enum.value_removed"],
        "{:#?}",
        r.changes
    );
    let r = compare(&together, &apart);
    assert_eq!(
        kinds(&r, Severity::Breaking),
        Vec::<&str>::new(),
        "{:#?}",
        r.changes
    );
    assert_eq!(
        kinds(&r, Severity::NonBreaking),
        ["enum.value_added"],
        "{:#?}",
        r.changes
    );
}
