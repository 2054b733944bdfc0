//! The runtime crate seen from the generator: each service feature of the client crate
//! turns on exactly the runtime features (and crates) its generated code uses.

use std::collections::{BTreeMap, BTreeSet};

/// `[features]` of the root Cargo.toml: feature → its list, as written.
fn root_features() -> BTreeMap<String, BTreeSet<String>> {
    let manifest = std::fs::read_to_string(crate::root().join("Cargo.toml")).unwrap();
    manifest
        .lines()
        .skip_while(|l| l.trim() != "[features]")
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| {
            let items = v
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            (k.trim().to_string(), items)
        })
        .collect()
}

#[test]
fn each_service_feature_enables_the_runtime_parts_its_code_uses() {
    let files = clientgen::workspace_files(&crate::root().join("specs"), &crate::templates())
        .unwrap_or_else(|e| panic!("{e}"));
    let features = root_features();
    let mut services = 0;
    for spec in clientgen::spec_files(&crate::root().join("specs")).unwrap() {
        let module = clientgen::module_name(&spec);
        let code = files
            .iter()
            .filter(|(p, _)| p.starts_with(&module) && p.extension().is_some_and(|e| e == "rs"))
            .map(|(_, text)| text.as_str());
        let used = clientgen::runtime::features_used(code);
        let mut want: BTreeSet<String> = used
            .iter()
            .map(|f| format!("clientgen-runtime/{}", f.name()))
            .collect();
        // Generated models name `uuid::Uuid` themselves.
        if used.contains(&clientgen::runtime::Feature::Uuid) {
            want.insert("dep:uuid".into());
        }
        let got = features
            .get(&module)
            .unwrap_or_else(|| panic!("Cargo.toml has no feature `{module}`"));
        assert_eq!(got, &want, "Cargo.toml's feature `{module}`");
        services += 1;
    }
    assert_eq!(services, 5);
}
