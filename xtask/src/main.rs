//! Maintainers' tasks for this workspace, run as `cargo xtask <task>`.
//!
//! `cargo xtask draft <spec.yaml>...` drafts a declaration file per endpoint from the OpenAPI-2
//! YAML specs, for a maintainer to review: every doc line is a `TODO(doc)` and every guess a
//! `TODO(review)`. `cargo xtask check-specs <specs dir>` compares the declared endpoints and
//! notifications with the specs, field by field, against the accepted differences of
//! `api-specs/DEVIATIONS.md`. See `xtask/README.md`.

mod check;
mod endpoints;
mod model;
mod names;
mod render;
mod spec;
mod tables;
mod testcase;

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::endpoints::Table;
use crate::spec::Loader;

#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Maintainers' tasks for the wechatpay-v2 workspace"
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Draft declaration files (`api-specs/src/v2/...rs`) from OpenAPI-2 YAML endpoint specs.
    Draft(Draft),
    /// Compare the declared endpoints and notifications with the reference specs, field by
    /// field, and print every difference.
    CheckSpecs(CheckSpecs),
}

#[derive(Debug, Args)]
struct CheckSpecs {
    /// The `specs` folder, or the `openapi-v2` folder in it (`docs-v2` and `webhooks-v2` are
    /// read beside it).
    dir: PathBuf,
    /// Exit with status 1 when a difference is not listed in the deviations file, or an entry
    /// there has no reason.
    #[arg(long)]
    strict: bool,
    /// The accepted differences [default: api-specs/DEVIATIONS.md of this workspace].
    #[arg(long, value_name = "FILE")]
    deviations: Option<PathBuf>,
    /// Print the differences as the sections of the deviations file instead, with the reasons
    /// it gives (`TODO` for differences it does not list).
    #[arg(long)]
    markdown: bool,
}

#[derive(Debug, Args)]
struct Draft {
    /// Endpoint spec files (`.../openapi-v2/v2/pay/micropay.yaml`).
    #[arg(required_unless_present = "all")]
    specs: Vec<PathBuf>,
    /// Draft every `.yaml` under this `openapi-v2` folder (or its `v2` folder), skipping files
    /// that exist.
    #[arg(long, value_name = "OPENAPI_V2_DIR", conflicts_with = "specs")]
    all: Option<PathBuf>,
    /// Where the `v2/...` tree of declarations goes [default: api-specs/src of this workspace].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Overwrite declaration files that exist.
    #[arg(long)]
    force: bool,
    /// Also append a test case per endpoint to `<DIR>/<group>.rs`.
    #[arg(long, value_name = "DIR")]
    tests_out: Option<PathBuf>,
    /// The endpoint table with the `unsigned` flags [default: `ENDPOINTS.md` beside the
    /// `openapi-v2` folder].
    #[arg(long, value_name = "ENDPOINTS_MD")]
    endpoints: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.task {
        Task::Draft(args) => match draft(&args) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        Task::CheckSpecs(args) => match check_specs(&args) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Prints the report; `Ok(false)` when a spec could not be read, or with `--strict` when a
/// difference is not accepted.
fn check_specs(args: &CheckSpecs) -> Result<bool, String> {
    let sources = check::Sources::locate(&args.dir)?;
    let (groups, errors) = check::check(&sources);
    for e in &errors {
        eprintln!("error: {e}");
    }
    let file = args
        .deviations
        .clone()
        .unwrap_or_else(|| workspace_root().join("api-specs").join("DEVIATIONS.md"));
    let listed = if args.strict || args.markdown {
        let text =
            fs::read_to_string(&file).map_err(|e| format!("read {}: {e}", file.display()))?;
        Some(check::parse_deviations(&text))
    } else {
        None
    };
    if args.markdown {
        let entries = listed
            .as_ref()
            .map(|(e, _)| e.as_slice())
            .unwrap_or_default();
        print!("{}", check::markdown(&groups, entries));
    } else {
        print!("{}", check::report(&groups));
    }
    let mut ok = errors.is_empty();
    if args.strict
        && let Some((entries, problems)) = &listed
    {
        let verdict = check::judge(&groups, entries);
        for p in problems {
            eprintln!("error: {}: {p}", file.display());
        }
        for (group, line) in &verdict.unlisted {
            eprintln!("not in {}: {group}: {line}", file.display());
        }
        for (group, line) in &verdict.stale {
            eprintln!(
                "warning: {}: no longer reported: {group}: {line}",
                file.display()
            );
        }
        eprintln!(
            "{} differences not listed, {} listed ones no longer reported",
            verdict.unlisted.len(),
            verdict.stale.len()
        );
        ok &= verdict.unlisted.is_empty() && problems.is_empty();
    }
    Ok(ok)
}

/// The workspace root: the folder above this package.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The `openapi-v2` folder a spec file or folder sits in.
fn openapi_dir(path: &Path) -> Option<PathBuf> {
    let path = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    path.ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == "openapi-v2"))
        .map(Path::to_path_buf)
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("read {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            yaml_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Drafts the files; `Ok(false)` when some spec failed.
fn draft(args: &Draft) -> Result<bool, String> {
    let specs = match &args.all {
        Some(dir) => {
            let v2 = if dir.join("v2").is_dir() {
                dir.join("v2")
            } else {
                dir.clone()
            };
            let mut files = Vec::new();
            yaml_files(&v2, &mut files)?;
            files.sort();
            files
        }
        None => args.specs.clone(),
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| workspace_root().join("api-specs").join("src"));
    let table_file = args.endpoints.clone().or_else(|| {
        specs
            .first()
            .or(args.all.as_ref())
            .and_then(|p| openapi_dir(p))
            .and_then(|d| d.parent().map(|p| p.join("ENDPOINTS.md")))
    });
    let table = match &table_file {
        Some(file) => Some(Table::load(file)?),
        None => {
            eprintln!(
                "warning: no endpoint table (give --endpoints ENDPOINTS.md): `unsigned` cannot be set"
            );
            None
        }
    };
    let overwrite = args.force;
    let mut loader = Loader::default();
    let mut ok = true;
    let (mut written, mut skipped, mut failed) = (0, 0, 0);
    for file in &specs {
        match draft_one(&mut loader, file, table.as_ref(), &out, overwrite, args) {
            Ok(Outcome::Written { target, reviews }) => {
                written += 1;
                let reviews = if reviews > 0 {
                    format!(" ({reviews} TODO(review))")
                } else {
                    String::new()
                };
                println!("wrote {}{reviews}", target.display());
            }
            Ok(Outcome::Exists(target)) => {
                skipped += 1;
                println!("skipped {} (exists; --force overwrites)", target.display());
            }
            Err(e) => {
                failed += 1;
                ok = false;
                eprintln!("error: {}: {e}", file.display());
            }
        }
    }
    if specs.len() > 1 {
        println!("{written} written, {skipped} skipped, {failed} failed");
    }
    Ok(ok)
}

enum Outcome {
    Written { target: PathBuf, reviews: usize },
    Exists(PathBuf),
}

fn draft_one(
    loader: &mut Loader,
    file: &Path,
    table: Option<&Table>,
    out: &Path,
    overwrite: bool,
    args: &Draft,
) -> Result<Outcome, String> {
    let absolute = fs::canonicalize(file).map_err(|e| format!("{e}"))?;
    let path = spec::endpoint_path(&absolute)?;
    let mut target = out.to_path_buf();
    for segment in path.split('/') {
        target.push(names::accessor_name(segment));
    }
    target.set_extension("rs");
    if target.exists() && !overwrite {
        return Ok(Outcome::Exists(target));
    }
    let op = loader.operation(file, &path)?;
    let row = table.and_then(|t| t.get(&path));
    let ep = model::build(&op, row);
    for w in &ep.warnings {
        eprintln!("warning: {path}: {w}");
    }
    let text = render::declaration(&ep);
    if let Some(dir) = target.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    }
    fs::write(&target, &text).map_err(|e| format!("write {}: {e}", target.display()))?;
    if let Err(e) = render::rustfmt(&target) {
        eprintln!("warning: {path}: {e}");
    }
    check_feature(out, &path);
    if let Some(dir) = &args.tests_out {
        append_test(dir, &ep)?;
    }
    Ok(Outcome::Written {
        reviews: text.matches("TODO(review)").count(),
        target,
    })
}

/// `build.rs` of api-specs needs a cargo feature per API group: say so when it is missing.
fn check_feature(out: &Path, path: &str) {
    let Some(manifest) = out.parent().map(|p| p.join("Cargo.toml")) else {
        return;
    };
    let Ok(text) = fs::read_to_string(&manifest) else {
        return;
    };
    let group = path
        .split('/')
        .nth(1)
        .map(names::accessor_name)
        .unwrap_or_default();
    if !text
        .lines()
        .any(|l| l.trim_start().starts_with(&format!("{group} =")))
    {
        eprintln!(
            "note: {path}: API group `{group}` has no cargo feature: add `{group} = []` to [features] in {} and to `full`",
            manifest.display()
        );
    }
}

/// Appends the endpoint's test case to `<dir>/<group>.rs`, unless a test of that name is there.
fn append_test(dir: &Path, ep: &model::Endpoint) -> Result<(), String> {
    let (group, name) = testcase::group_and_name(&ep.path);
    let file = dir.join(format!("{group}.rs"));
    let existing = fs::read_to_string(&file).unwrap_or_default();
    if existing.contains(&format!("fn {name}()")) {
        println!("skipped test `{name}` ({} has it)", file.display());
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    // Format the new function alone, so the rest of the file is left as it is.
    let scratch = std::env::temp_dir().join(format!("xtask-case-{}-{name}.rs", std::process::id()));
    fs::write(&scratch, testcase::test_case(ep))
        .map_err(|e| format!("write {}: {e}", scratch.display()))?;
    if let Err(e) = render::rustfmt(&scratch) {
        eprintln!("warning: {}: {e}", ep.path);
    }
    let case =
        fs::read_to_string(&scratch).map_err(|e| format!("read {}: {e}", scratch.display()))?;
    let _ = fs::remove_file(&scratch);
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&file)
        .map_err(|e| format!("open {}: {e}", file.display()))?;
    let mut text = String::new();
    if existing.is_empty() {
        text.push_str(&testcase::group_header(&group));
        println!(
            "note: created {}: declare it with `mod {group};` beside `mod support;`",
            file.display()
        );
    }
    text.push('\n');
    text.push_str(&case);
    f.write_all(text.as_bytes())
        .map_err(|e| format!("write {}: {e}", file.display()))?;
    println!("appended test `{name}` to {}", file.display());
    Ok(())
}
