//! The files of a built site as the worker generator sees them: every file by its path relative
//! to the site (with `/` separators), and where its bytes are read from. A view can take one
//! folder from elsewhere, so `packc publish` can compute the worker for new packs that are still
//! being prepared beside the site, before anything in the site changes.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// A site's files, sorted by relative path.
#[derive(Debug, Clone)]
pub struct SiteFiles {
    root: PathBuf,
    /// Relative path → the file holding its bytes.
    files: BTreeMap<String, PathBuf>,
}

impl SiteFiles {
    /// Every file under `site`, leaving out hidden ones (names starting with `.`): static hosts
    /// refuse to serve them, so a `.DS_Store` left by a Mac in the list would make the worker's
    /// install fail, and with it offline use.
    pub fn read(site: &Path) -> io::Result<Self> {
        let mut files = BTreeMap::new();
        collect(site, "", &mut files)?;
        Ok(Self {
            root: site.to_path_buf(),
            files,
        })
    }

    /// The same site with the folder `folder` (say `packs`) replaced by the files of
    /// `replacement`.
    pub fn with_folder_from(mut self, folder: &str, replacement: &Path) -> io::Result<Self> {
        let prefix = format!("{}/", folder.trim_matches('/'));
        self.files
            .retain(|relative, _| !relative.starts_with(&prefix));
        collect(replacement, &prefix, &mut self.files)?;
        Ok(self)
    }

    /// The site's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Every file's relative path, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Whether the site has this file.
    pub fn contains(&self, relative: &str) -> bool {
        self.files.contains_key(relative)
    }

    /// A file's bytes.
    pub fn bytes(&self, relative: &str) -> io::Result<Vec<u8>> {
        match self.files.get(relative) {
            Some(path) => std::fs::read(path),
            None => Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{relative} is not in the site"),
            )),
        }
    }
}

/// Whether a file or folder name is hidden.
pub fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

/// Adds every file under `dir` to `files`, as `prefix` + its path relative to `dir`.
fn collect(dir: &Path, prefix: &str, files: &mut BTreeMap<String, PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_hidden(&name) {
            continue;
        }
        let path = entry.path();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            collect(&path, &format!("{relative}/"), files)?;
        } else {
            files.insert(relative, path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, relative: &str, text: &str) {
        let path = root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|error| panic!("{error}"));
        }
        std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
    }

    #[test]
    fn lists_every_file_but_hidden_ones_and_can_take_a_folder_from_elsewhere() {
        let site = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let fresh = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        for relative in [
            "index.html",
            ".DS_Store",
            ".publishing/packs/index.json",
            "icons/icon.svg",
            "packs/index.json",
            "packs/old.1.json",
        ] {
            write(site.path(), relative, "old");
        }
        write(fresh.path(), "index.json", "new");
        write(fresh.path(), "media/a.webp", "new");
        let Ok(files) = SiteFiles::read(site.path()) else {
            panic!("unreadable site");
        };
        assert_eq!(
            files.paths().collect::<Vec<_>>(),
            [
                "icons/icon.svg",
                "index.html",
                "packs/index.json",
                "packs/old.1.json"
            ]
        );
        let Ok(files) = files.with_folder_from("packs", fresh.path()) else {
            panic!("unreadable replacement");
        };
        assert_eq!(
            files.paths().collect::<Vec<_>>(),
            [
                "icons/icon.svg",
                "index.html",
                "packs/index.json",
                "packs/media/a.webp"
            ]
        );
        assert_eq!(files.bytes("packs/index.json").ok(), Some(b"new".to_vec()));
        assert_eq!(files.bytes("index.html").ok(), Some(b"old".to_vec()));
        assert!(files.bytes("packs/old.1.json").is_err());
    }
}
