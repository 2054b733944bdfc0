//! Stage 4: only-changed, atomic writes; pruning; failures leave output intact.

use std::time::{Duration, SystemTime};

use crate::{scratch_workspace, templates};

fn set_old_mtime(path: &std::path::Path) -> SystemTime {
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(old)
        .unwrap();
    old
}

#[test]
fn only_changed_files_are_touched() {
    let ws = scratch_workspace();
    let out = ws.path().join("generated");
    let files = clientgen::workspace_files(&ws.path().join("specs"), &templates()).unwrap();
    let report = clientgen::write_tree(&out, &files, true).unwrap();
    assert!(
        report.written.is_empty(),
        "copy of committed output is current: {:?}",
        report.written
    );
    let emby = out.join("emby/mod.rs");
    let xero = out.join("xero/mod.rs");
    let old = set_old_mtime(&emby);
    set_old_mtime(&xero);

    // Change one spec's text: only that service's files are rewritten.
    let spec = ws.path().join("specs/xero.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(
        &spec,
        text.replacen("Retrieves the connections", "Lists the connections", 1),
    )
    .unwrap();
    let files = clientgen::workspace_files(&ws.path().join("specs"), &templates()).unwrap();
    let report = clientgen::write_tree(&out, &files, true).unwrap();
    assert!(
        report.written.iter().all(|p| p.starts_with("xero")),
        "{:?}",
        report.written
    );
    assert!(!report.written.is_empty());
    assert_eq!(
        std::fs::metadata(&emby).unwrap().modified().unwrap(),
        old,
        "untouched file keeps its mtime"
    );
    assert_ne!(std::fs::metadata(&xero).unwrap().modified().unwrap(), old);
    // No temp files left behind.
    let leftovers: Vec<_> = walk(&out)
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".clientgen-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

#[test]
fn removed_specs_are_pruned_but_hand_written_files_stay() {
    let ws = scratch_workspace();
    let out = ws.path().join("generated");
    std::fs::write(out.join("NOTES.md"), "mine").unwrap();
    std::fs::remove_file(ws.path().join("specs/ostrom.yaml")).unwrap();
    let files = clientgen::workspace_files(&ws.path().join("specs"), &templates()).unwrap();
    let report = clientgen::write_tree(&out, &files, true).unwrap();
    assert_eq!(report.removed.len(), 4, "{:?}", report.removed);
    assert!(!out.join("ostrom/mod.rs").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("NOTES.md")).unwrap(),
        "mine"
    );
    assert!(!std::fs::read_to_string(out.join("lib.rs"))
        .unwrap()
        .contains("ostrom"));
}

#[test]
fn a_failed_generation_leaves_generated_intact() {
    let ws = scratch_workspace();
    let out = ws.path().join("generated");
    let before: Vec<(std::path::PathBuf, Vec<u8>)> = walk(&out)
        .into_iter()
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    // One good edit and one broken spec: nothing at all may be written.
    let xero = ws.path().join("specs/xero.yaml");
    let text = std::fs::read_to_string(&xero).unwrap();
    std::fs::write(
        &xero,
        text.replacen("Retrieves the connections", "Lists the connections", 1),
    )
    .unwrap();
    std::fs::copy(
        crate::fixture("bad/missing_ref.yaml"),
        ws.path().join("specs/broken.yaml"),
    )
    .unwrap();
    let specs = ws.path().join("specs");
    let out_s = out.to_str().unwrap();
    let (code, _, err) = crate::cli(&[
        "generate",
        "--specs",
        specs.to_str().unwrap(),
        "--templates",
        ws.path().join("templates").to_str().unwrap(),
        "--out",
        out_s,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("broken.yaml:12:17") && err.contains("nothing was written"),
        "{err}"
    );
    let after: Vec<(std::path::PathBuf, Vec<u8>)> = walk(&out)
        .into_iter()
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    assert_eq!(before, after);
}

/// Generated files are ordinary files: a new one gets `0666` less the umask (here `022`:
/// `0644`, readable by other users, containers and CI caches), a replaced one keeps the
/// mode it had.
#[cfg(unix)]
#[test]
fn written_files_have_ordinary_permissions_and_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // The umask is process-wide: read it from a file created the ordinary way.
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "").unwrap();
    let ordinary = mode(&probe);
    assert_eq!(
        ordinary & 0o600,
        0o600,
        "the umask leaves the owner read-write"
    );
    let new = dir.path().join("new.rs");
    clientgen::write::write_atomic(&new, b"// new\n").unwrap();
    assert_eq!(
        mode(&new),
        ordinary,
        "a new generated file is an ordinary file"
    );
    let kept = dir.path().join("kept.rs");
    std::fs::write(&kept, "old").unwrap();
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
    clientgen::write::write_atomic(&kept, b"// replaced\n").unwrap();
    assert_eq!(mode(&kept), 0o640, "a replaced file keeps its mode");
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "// replaced\n");
}
