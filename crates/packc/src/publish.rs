//! `packc publish`: the one command a host (an NGO, a school) runs to put its packs into a built
//! site, with no toolchain. It checks every pack, compiles them into the site's `packs/`, and
//! writes the service worker anew, with the compressed copies of what changed. The worker
//! precaches the catalog and is named by the content of what it precaches, so a new catalog
//! means a new worker: apps already installed offer "Update available" and then show the new
//! packs, never an old catalog kept forever.
//!
//! Everything is prepared in a hidden folder inside the site first, and moved in only at the
//! end: a broken pack, or a disk that fills up, leaves the site exactly as it was.

use std::io;
use std::path::{Path, PathBuf};

use passage_core::Catalog;
use passage_core::pack::ValidationContext;
use passage_site_files::{SiteFiles, compress, pages, worker};
use thiserror::Error;

use crate::PackProblem;

/// The folder of the site that `publish` owns: it is rewritten from the lessons each time.
pub const PACKS_FOLDER: &str = "packs";

/// Where the new files are prepared, inside the site so that moving them in is a rename.
const STAGING: &str = ".passage-publish";

/// What `publish` put into the site.
#[derive(Debug)]
pub struct Published {
    pub catalog: Catalog,
    pub warnings: Vec<PackProblem>,
    /// Whether the site's worker changed; `false` when the packs are exactly those the site
    /// already had, so learners are offered no update.
    pub changed: bool,
}

/// Why nothing was published. In every case the site is left as it was.
#[derive(Debug, Error)]
pub enum PublishError {
    /// Problems in the packs (every error, then the warnings).
    #[error("the packs have problems")]
    Packs(Vec<PackProblem>),
    #[error(
        "{} is not a built Passage site (it has no index.html and sw.js); give the `site` folder \
         from the release archive",
        .0.display()
    )]
    NotASite(PathBuf),
    #[error("cannot write {} ({message})", .path.display())]
    Io { path: PathBuf, message: String },
}

fn io_error(path: &Path) -> impl Fn(io::Error) -> PublishError + '_ {
    move |error| PublishError::Io {
        path: path.to_path_buf(),
        message: error.to_string(),
    }
}

/// Checks every pack under `lessons` and, only if all are sound, replaces the packs of the built
/// site in `site` with them and writes the site's new service worker.
pub fn publish(
    lessons: &Path,
    site: &Path,
    context: &ValidationContext,
) -> Result<Published, PublishError> {
    if !site.join(pages::LEARNER_PAGE).is_file() || !site.join(worker::WORKER).is_file() {
        return Err(PublishError::NotASite(site.to_path_buf()));
    }
    let staging = site.join(STAGING);
    // A folder left by a run that was stopped half-way.
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io_error(&staging))?;
    }
    let result = prepare(lessons, site, &staging.join("new"), context)
        .and_then(|published| move_in(site, &staging).map(|()| published));
    // Best effort: a leftover hidden folder is harmless and removed by the next run.
    let _ = std::fs::remove_dir_all(&staging);
    result
}

/// The files that `publish` replaces in the site.
fn replaced() -> [&'static str; 4] {
    [PACKS_FOLDER, "sw.js.br", "sw.js.gz", worker::WORKER]
}

/// Writes the new packs, the new worker and their compressed copies into `new`.
fn prepare(
    lessons: &Path,
    site: &Path,
    new: &Path,
    context: &ValidationContext,
) -> Result<Published, PublishError> {
    let output = crate::build(lessons, new, context).map_err(PublishError::Packs)?;
    let packs = new.join(PACKS_FOLDER);
    compress::compress_folder(&packs).map_err(io_error(&packs))?;
    let script = SiteFiles::read(site)
        .and_then(|files| files.with_folder_from(PACKS_FOLDER, &packs))
        .and_then(|files| worker::script(&files))
        .map_err(io_error(site))?;
    let old_script = std::fs::read_to_string(site.join(worker::WORKER)).unwrap_or_default();
    let new_worker = new.join(worker::WORKER);
    std::fs::write(&new_worker, &script).map_err(io_error(&new_worker))?;
    compress::compress_file(&new_worker).map_err(io_error(&new_worker))?;
    Ok(Published {
        catalog: output.catalog,
        warnings: output.warnings,
        changed: script != old_script,
    })
}

/// Moves the prepared files into the site, the old ones aside first; if any move fails, the
/// moves done so far are undone.
fn move_in(site: &Path, staging: &Path) -> Result<(), PublishError> {
    let (new, old) = (staging.join("new"), staging.join("old"));
    std::fs::create_dir_all(&old).map_err(io_error(&old))?;
    let mut moves = Moves::default();
    for name in replaced() {
        let live = site.join(name);
        if let Err(error) = moves.replace(&live, &new.join(name), &old.join(name)) {
            moves.undo();
            return Err(io_error(&live)(error));
        }
    }
    Ok(())
}

/// Renames done so far, so that they can be undone.
#[derive(Default)]
struct Moves(Vec<(PathBuf, PathBuf)>);

impl Moves {
    /// Moves `live` (when there is one) to `aside`, then `prepared` (when there is one) to `live`.
    fn replace(&mut self, live: &Path, prepared: &Path, aside: &Path) -> io::Result<()> {
        if live.exists() {
            self.rename(live, aside)?;
        }
        if prepared.exists() {
            self.rename(prepared, live)?;
        }
        Ok(())
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)?;
        self.0.push((from.to_path_buf(), to.to_path_buf()));
        Ok(())
    }

    fn undo(&mut self) {
        for (from, to) in self.0.drain(..).rev() {
            let _ = std::fs::rename(to, from);
        }
    }
}
