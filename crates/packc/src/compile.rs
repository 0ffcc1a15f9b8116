//! Checking every pack under a lessons folder and compiling them into the site's `packs/` folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use passage_core::pack::{ValidationContext, check as check_pack};
use passage_core::{Catalog, CatalogEntry};
use sha2::{Digest, Sha256};

use crate::PackProblem;
use crate::source::{SourcePack, read_pack};

/// The packs of a lessons folder that passed, with the warnings found in them.
pub struct CheckReport {
    pub packs: Vec<SourcePack>,
    pub warnings: Vec<PackProblem>,
}

/// What `build` wrote.
#[derive(Debug)]
pub struct BuildOutput {
    pub catalog: Catalog,
    pub catalog_path: PathBuf,
    pub warnings: Vec<PackProblem>,
}

/// The pack folders under `lessons_dir`, sorted by name so builds are deterministic.
fn pack_folders(lessons_dir: &Path) -> Result<Vec<PathBuf>, Vec<PackProblem>> {
    let entries = std::fs::read_dir(lessons_dir).map_err(|error| {
        vec![PackProblem::new(
            lessons_dir,
            format!("cannot read the lessons folder ({error})"),
        )]
    })?;
    let mut folders: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .filter(|path| {
            !path
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with('.'))
        })
        .collect();
    folders.sort();
    Ok(folders)
}

/// Checks every pack: `Err` with every problem (errors first, then warnings) if any is an error.
pub fn check(
    lessons_dir: &Path,
    context: &ValidationContext,
) -> Result<CheckReport, Vec<PackProblem>> {
    let mut packs = Vec::new();
    let mut problems = Vec::new();
    for folder in pack_folders(lessons_dir)? {
        match read_pack(&folder) {
            Ok(source) => {
                problems.extend(
                    check_pack(&source.pack, context)
                        .iter()
                        .map(|issue| source.place(issue)),
                );
                let folder_name = folder.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if source.pack.meta.id != folder_name {
                    problems.push(
                        PackProblem::new(
                            folder.join("pack.toml"),
                            format!(
                                "the id `{}` differs from the folder name `{folder_name}`; make them the same",
                                source.pack.meta.id
                            ),
                        )
                        .at_line(find_line(&folder.join("pack.toml"), "id"))
                        .in_field("id"),
                    );
                }
                packs.push(source);
            }
            Err(found) => problems.extend(found),
        }
    }
    problems.sort_by_key(|problem| problem.severity);
    if problems.iter().any(PackProblem::is_error) {
        Err(problems)
    } else {
        Ok(CheckReport {
            packs,
            warnings: problems,
        })
    }
}

fn find_line(path: &Path, field: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    crate::source::line_index::LineIndex::new(&text, 0).field_line(field, None)
}

/// Checks every pack and, only if all are sound, writes `out_dir/packs/`: one compiled file per
/// pack and its media, named by content hash, and the catalog `index.json`. Nothing is written on
/// error, so a bad pack never half-loads.
pub fn build(
    lessons_dir: &Path,
    out_dir: &Path,
    context: &ValidationContext,
) -> Result<BuildOutput, Vec<PackProblem>> {
    let report = check(lessons_dir, context)?;
    let packs_dir = out_dir.join("packs");
    let io_problem = |path: &Path, error: std::io::Error| {
        vec![PackProblem::new(path, format!("cannot write ({error})"))]
    };
    if packs_dir.exists() {
        std::fs::remove_dir_all(&packs_dir).map_err(|e| io_problem(&packs_dir, e))?;
    }
    let media_dir = packs_dir.join("media");
    std::fs::create_dir_all(&media_dir).map_err(|e| io_problem(&media_dir, e))?;

    let mut catalog = Catalog::empty();
    for source in report.packs {
        let mut pack = source.pack;
        let mut copied = BTreeMap::new();
        let mut media_bytes = 0u64;
        for reference in pack.media_mut() {
            let original = source.dir.join(reference.as_str());
            let name = match copied.get(reference.as_str()) {
                Some(name) => String::clone(name),
                None => {
                    let bytes = std::fs::read(&original).map_err(|e| io_problem(&original, e))?;
                    let extension = reference
                        .rsplit('.')
                        .next()
                        .unwrap_or("bin")
                        .to_ascii_lowercase();
                    let name = format!("{}.{extension}", &hex(&Sha256::digest(&bytes))[..16]);
                    let target = media_dir.join(&name);
                    std::fs::write(&target, &bytes).map_err(|e| io_problem(&target, e))?;
                    media_bytes += bytes.len() as u64;
                    copied.insert(reference.clone(), name.clone());
                    name
                }
            };
            *reference = name;
        }
        let bytes = pack.to_json().into_bytes();
        let sha256 = hex(&Sha256::digest(&bytes));
        let meta = &pack.meta;
        let file = format!("{}.{}.json", meta.id, &sha256[..12]);
        let path = packs_dir.join(&file);
        std::fs::write(&path, &bytes).map_err(|e| io_problem(&path, e))?;
        catalog.packs.push(CatalogEntry::for_pack(
            meta,
            file,
            bytes.len() as u64,
            media_bytes,
            sha256,
        ));
    }
    let catalog_path = packs_dir.join("index.json");
    std::fs::write(&catalog_path, catalog.to_json()).map_err(|e| io_problem(&catalog_path, e))?;
    Ok(BuildOutput {
        catalog,
        catalog_path,
        warnings: report.warnings,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
