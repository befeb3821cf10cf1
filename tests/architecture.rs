//! The runtime's layout, as ARCHITECTURE.md describes it: in the protocol crate
//! (`crates/wechatpay-v2-protocol`) and the client crate (`crates/wechatpay-v2-core`), no module
//! over 600 lines and no circle among the modules' references (`crate::module` in code,
//! comments left out; the crate root, which names every module, is not a module here); and the
//! protocol crate does no I/O.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

/// The runtime's crates.
const CRATES: &[&str] = &["wechatpay-v2-protocol", "wechatpay-v2-core"];

fn src_of(krate: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates")
        .join(krate)
        .join("src")
}

/// Every source file of a runtime crate but the crate root, by path.
fn sources(krate: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![src_of(krate)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read the source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("lib.rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The module a file belongs to: `xml/read.rs` is in `xml`.
fn module_of(krate: &str, path: &Path) -> String {
    let relative = path.strip_prefix(src_of(krate)).expect("under src");
    let first = relative.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_owned()
}

fn is_test_file(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name == "tests.rs" || name.ends_with("_tests.rs")
}

/// The code of a file without its comments and its `mod tests`.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("read a source file");
    let text = text
        .split("#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or_default();
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_runtime_file_is_over_600_lines() {
    let mut long = Vec::new();
    for path in CRATES.iter().flat_map(|k| sources(k)) {
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        if lines > MAX_LINES {
            long.push(format!("{} ({lines} lines)", path.display()));
        }
    }
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn runtime_modules_do_not_refer_to_each_other_in_a_circle() {
    for krate in CRATES {
        no_circle_in(krate);
    }
}

fn no_circle_in(krate: &str) {
    let files: Vec<PathBuf> = sources(krate)
        .into_iter()
        .filter(|p| !is_test_file(p))
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|p| module_of(krate, p)).collect();
    assert!(modules.len() > 10, "{krate}: found the modules {modules:?}");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &files {
        let from = module_of(krate, path);
        let code = code(path);
        let targets = edges.entry(from.clone()).or_default();
        for to in &modules {
            if *to == from {
                continue;
            }
            let needle = format!("crate::{to}");
            let found = code.match_indices(&needle).any(|(at, _)| {
                let next = code[at + needle.len()..].chars().next();
                !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if found {
                targets.insert(to.clone());
            }
        }
    }
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit(
        module: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|m| m == module) {
            let mut circle = path[at..].to_vec();
            circle.push(module.to_owned());
            return Some(circle);
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_owned());
        for next in edges.get(module).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(module.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for module in &modules {
        let circle = visit(module, &edges, &mut Vec::new(), &mut done);
        assert!(
            circle.is_none(),
            "{krate}: a circle of references: {circle:?}"
        );
    }
}

/// The protocol crate depends on nothing that does network I/O or runs tasks, and its code
/// names none of it: the mock, the CLI, the fuzz targets and the benchmarks use it without a
/// client.
#[test]
fn the_protocol_crate_does_no_io() {
    const IO: &[&str] = &[
        "reqwest", "tokio", "hyper", "axum", "rustls", "std::net", "futures",
    ];
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/wechatpay-v2-protocol/Cargo.toml"),
    )
    .expect("read the protocol manifest");
    let dependencies = manifest
        .split("[dependencies]")
        .nth(1)
        .expect("a [dependencies] table")
        .split("\n[")
        .next()
        .unwrap_or_default();
    for line in dependencies.lines() {
        let name = line.split(['=', '.']).next().unwrap_or_default().trim();
        assert!(
            !IO.contains(&name),
            "the protocol crate depends on `{name}`"
        );
    }
    assert!(
        dependencies.contains("quick-xml"),
        "read the dependencies: {dependencies}"
    );
    for path in sources("wechatpay-v2-protocol") {
        let code = code(&path);
        for io in IO {
            // In code, not in a message that names it between backticks.
            let needle = format!("{io}::");
            let named = code
                .match_indices(&needle)
                .any(|(at, _)| !code[..at].ends_with('`'));
            assert!(!named, "{} names `{io}`", path.display());
        }
    }
}
