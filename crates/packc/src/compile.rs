//! Checking every pack under a lessons folder and compiling them into the site's `packs/` folder.

use std::path::{Path, PathBuf};

use passage_core::{Catalog, CatalogEntry, LocalizedText};
use sha2::{Digest, Sha256};

use crate::PackProblem;
use crate::manifest::PackManifest;

/// What `build` wrote.
#[derive(Debug)]
pub struct BuildOutput {
    pub catalog: Catalog,
    pub catalog_path: PathBuf,
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

/// Validates every pack, collecting every problem of every pack.
pub fn check(lessons_dir: &Path) -> Result<Vec<PackManifest>, Vec<PackProblem>> {
    let mut manifests = Vec::new();
    let mut problems = Vec::new();
    for folder in pack_folders(lessons_dir)? {
        match PackManifest::read(&folder) {
            Ok(manifest) => manifests.push(manifest),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(manifests)
    } else {
        Err(problems)
    }
}

/// Validates every pack and, only if all are sound, writes `out_dir/packs/`: one compiled file per
/// pack, named by its content hash, and the catalog `index.json`. Nothing is written on error, so
/// a bad pack never half-loads.
pub fn build(lessons_dir: &Path, out_dir: &Path) -> Result<BuildOutput, Vec<PackProblem>> {
    let manifests = check(lessons_dir)?;
    let packs_dir = out_dir.join("packs");
    let io_problem = |path: &Path, error: std::io::Error| {
        vec![PackProblem::new(path, format!("cannot write ({error})"))]
    };
    if packs_dir.exists() {
        std::fs::remove_dir_all(&packs_dir).map_err(|e| io_problem(&packs_dir, e))?;
    }
    std::fs::create_dir_all(&packs_dir).map_err(|e| io_problem(&packs_dir, e))?;

    let mut catalog = Catalog::empty();
    for manifest in manifests {
        let id = manifest.id.get_ref().clone();
        let title = LocalizedText(manifest.title.get_ref().clone());
        let description = LocalizedText(manifest.description.clone());
        let compiled = serde_json::json!({
            "format_version": 1,
            "id": id,
            "version": manifest.version.get_ref(),
            "title": title,
            "description": description,
            "target_language": manifest.target_language.get_ref(),
            "support_languages": manifest.support_languages.get_ref(),
            "kind": manifest.kind,
            "lessons": [],
        });
        let bytes = compiled.to_string().into_bytes();
        let sha256 = hex(&Sha256::digest(&bytes));
        let file = format!("{id}.{}.json", &sha256[..12]);
        let path = packs_dir.join(&file);
        std::fs::write(&path, &bytes).map_err(|e| io_problem(&path, e))?;
        catalog.packs.push(CatalogEntry {
            id,
            version: manifest.version.get_ref().clone(),
            title,
            description,
            target_language: manifest.target_language.get_ref().clone(),
            support_languages: manifest.support_languages.get_ref().clone(),
            kind: manifest.kind,
            file,
            size_bytes: bytes.len() as u64,
            sha256,
        });
    }
    let catalog_path = packs_dir.join("index.json");
    std::fs::write(&catalog_path, catalog.to_json()).map_err(|e| io_problem(&catalog_path, e))?;
    Ok(BuildOutput {
        catalog,
        catalog_path,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
