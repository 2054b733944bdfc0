//! Times each stage of `clientgen generate --spec` separately, with the library's own
//! functions, the way `crate_files` + `write_tree` chain them:
//!
//! - `read`: the file read into memory;
//! - `load`: `load::load_str` (parse, $ref checks, openapiv3 deserialization);
//! - `lower`: `ir::lower` (types and operations);
//! - `templates`: `render::render_api_raw` (minijinja: Rust and Markdown, unformatted);
//! - `format`: what `render_api` then does to the .rs files, `render::format_rust_many`
//!   (blank lines between items and the syn parse that checks each file; no formatter runs);
//! - `syn parse (check)`: that parse alone, for reference (not part of `total`);
//! - `runtime`: `runtime::vendored_files` (the runtime crate's embedded sources, the same
//!   for every spec: a copy and a path rewrite);
//! - `write`: `write_tree` of the finished crate into a fresh directory.
//!
//! usage: bench-stages SPEC [--runs N]   → one JSON object: median seconds per stage.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let spec = PathBuf::from(args.next().expect("usage: bench-stages SPEC [--runs N]"));
    let runs: usize = match (args.next().as_deref(), args.next()) {
        (Some("--runs"), Some(n)) => n.parse().expect("--runs N"),
        _ => 3,
    };
    let names = [
        "read",
        "load",
        "lower",
        "templates",
        "format",
        "syn parse (check)",
        "runtime",
        "write",
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    let mut total = Vec::new();
    let mut sizes = (0usize, 0usize); // output bytes, lines of Rust
    let mut counts = (0usize, 0usize);
    let templates = clientgen::Templates::builtin();
    let module = clientgen::module_name(&spec);
    let out_dir = std::env::temp_dir().join(format!("bench-stages-{}", std::process::id()));
    for _ in 0..runs {
        let mut t = [0f64; 8];
        let all = Instant::now();
        let mut lap = Instant::now();
        let stage = |t: &mut [f64; 8], i: usize, lap: &mut Instant| {
            t[i] += lap.elapsed().as_secs_f64();
            *lap = Instant::now();
        };
        let source = std::fs::read_to_string(&spec).expect("read spec");
        stage(&mut t, 0, &mut lap);
        let doc = clientgen::load::load_str(&spec, source).unwrap_or_else(|e| panic!("load: {e}"));
        stage(&mut t, 1, &mut lap);
        let api = clientgen::ir::lower(&doc, &module).unwrap_or_else(|e| panic!("lower: {e}"));
        stage(&mut t, 2, &mut lap);
        counts = (api.operations.len(), api.types.len());
        let raw = clientgen::render::render_api_raw(
            &templates,
            &api,
            "spec.json",
            clientgen::Layout::Standalone,
            "bench_client",
        )
        .unwrap_or_else(|e| panic!("render: {e}"));
        stage(&mut t, 3, &mut lap);
        let mut files = clientgen::FileSet::new();
        let (mut out_bytes, mut rs_lines) = (0, 0);
        let rust: Vec<(&str, &str)> = raw
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
            .map(|(_, text)| (text.as_str(), "bench"))
            .collect();
        let mut formatted = clientgen::render::format_rust_many(&rust)
            .unwrap_or_else(|e| panic!("format: {e}"))
            .into_iter();
        stage(&mut t, 4, &mut lap);
        // The syn check alone, timed apart and left out of the total.
        let fallback = Instant::now();
        for (text, _) in &rust {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("syn: {e}"));
            std::hint::black_box(file);
        }
        t[5] += fallback.elapsed().as_secs_f64();
        let fallback_secs = fallback.elapsed();
        for (path, text) in &raw {
            let content = if path.extension().is_some_and(|e| e == "rs") {
                let f = formatted.next().unwrap_or_default();
                rs_lines += f.lines().count();
                f
            } else {
                text.clone()
            };
            out_bytes += content.len();
            let rel = if path.extension().is_some_and(|e| e == "md") {
                path.clone()
            } else {
                Path::new("src").join(path)
            };
            files.insert(rel, content);
        }
        lap = Instant::now();
        for (path, text) in clientgen::runtime::vendored_files("bench_client") {
            files.insert(path, text);
        }
        stage(&mut t, 6, &mut lap);
        let _ = std::fs::remove_dir_all(&out_dir);
        clientgen::write_tree(&out_dir, &files, false).unwrap_or_else(|e| panic!("write: {e}"));
        stage(&mut t, 7, &mut lap);
        total.push((all.elapsed() - fallback_secs).as_secs_f64());
        for (i, v) in t.iter().enumerate() {
            times[i].push(*v);
        }
        sizes = (out_bytes, rs_lines);
        let _ = std::fs::remove_dir_all(&out_dir);
    }
    let stages: Vec<String> = names
        .iter()
        .zip(times)
        .map(|(n, v)| format!("{{\"stage\":\"{n}\",\"seconds\":{}}}", median(v)))
        .collect();
    println!(
        "{{\"spec\":\"{}\",\"operations\":{},\"types\":{},\"output_bytes\":{},\"rust_lines\":{},\"total\":{},\"stages\":[{}]}}",
        spec.display(),
        counts.0,
        counts.1,
        sizes.0,
        sizes.1,
        median(total),
        stages.join(",")
    );
}
