//! The release archive: everything a host (an NGO, a school, a municipality) needs to run
//! Passage and add its own packs, with no toolchain. One folder, `passage-<version>-<os>-<arch>/`,
//! packed twice with the same files: `.tar.gz` for Linux and macOS, `.zip` for Windows.
//!
//! ```text
//! passage-0.1.0-linux-x86_64/
//!   README.txt       what is in the folder, and where to start
//!   passage-packc    the pack tool, built here for this machine's system and processor
//!   site/            the built site (dist/), ready to upload
//!   lessons/         the sources of the packs in site/, with the authors' guide
//!   docs/            the hosting guide, hosting details, site settings, the pack format
//! ```
//!
//! Entries are sorted and carry one fixed time (`SOURCE_DATE_EPOCH`, else the last commit's),
//! owner 0 and plain modes, so the same inputs give the same archive.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::process::{command, output_line, run};
use crate::{Failure, Result, root};

/// The pack tool's name in the archive: unlikely to clash with another `packc`.
pub const PACK_TOOL: &str = "passage-packc";

/// The guides from `docs/` that go into the archive; links between them and to
/// `lessons/README.md` keep working, since the folders keep their places.
pub const GUIDES: &[&str] = &[
    "hosting-guide.md",
    "hosting.md",
    "site-settings.md",
    "site.example.json",
    "pack-format.md",
];

/// Where `cargo xtask dist` writes the archives.
pub fn archive_dir() -> PathBuf {
    root().join("target").join("release-archive")
}

/// The archives written, and the name of the folder inside both.
pub struct Archives {
    pub tar_gz: PathBuf,
    pub zip: PathBuf,
    pub folder: String,
}

/// Builds the pack tool for this machine and writes both archives of `site` and `lessons` into
/// `out`.
pub fn build(site: &Path, lessons: &Path, out: &Path) -> Result<Archives> {
    println!("xtask: building the pack tool (release) for the archive");
    run(command("cargo").args([
        "build",
        "--release",
        "--package",
        "passage-packc",
        "--bin",
        "packc",
    ]))?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    let pack_tool = target.join("release").join("packc");
    let folder = format!("passage-{}-{}", version()?, platform());
    let entries = contents(&Inputs {
        site,
        lessons,
        docs: &root().join("docs"),
        pack_tool: &pack_tool,
        folder: &folder,
    })?;
    std::fs::create_dir_all(out)?;
    let archives = Archives {
        tar_gz: out.join(format!("{folder}.tar.gz")),
        zip: out.join(format!("{folder}.zip")),
        folder,
    };
    let time = archive_time();
    write_tar_gz(&entries, time, &archives.tar_gz)?;
    write_zip(&entries, time, &archives.zip)?;
    println!(
        "xtask: the release archives are {} and {}",
        archives.tar_gz.display(),
        archives.zip.display()
    );
    Ok(archives)
}

/// What goes into the archive.
pub struct Inputs<'a> {
    pub site: &'a Path,
    pub lessons: &'a Path,
    pub docs: &'a Path,
    pub pack_tool: &'a Path,
    /// The one folder everything is in.
    pub folder: &'a str,
}

/// One entry of the archive: a folder, or a file with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The path inside the archive, with `/` separators; folders end in `/`.
    pub path: String,
    /// `None` for a folder.
    pub bytes: Option<Vec<u8>>,
    /// Unix permissions: 0o755 for folders and the pack tool, 0o644 for the rest.
    pub mode: u32,
}

/// Every entry of the archive, folders before their contents, sorted.
pub fn contents(inputs: &Inputs) -> Result<Vec<Entry>> {
    if !inputs.site.join("index.html").is_file() || !inputs.site.join("sw.js").is_file() {
        return Err(Failure(format!(
            "{} is not a built site; run `cargo xtask dist` first",
            inputs.site.display()
        )));
    }
    let mut files: Vec<(String, Vec<u8>, u32)> = Vec::new();
    let mut add_tree = |dir: &Path, under: &str| -> Result {
        for relative in passage_site_files::SiteFiles::read(dir)?.paths() {
            let bytes = std::fs::read(dir.join(relative))?;
            files.push((format!("{under}/{relative}"), bytes, 0o644));
        }
        Ok(())
    };
    add_tree(inputs.site, "site")?;
    add_tree(inputs.lessons, "lessons")?;
    for guide in GUIDES {
        let path = inputs.docs.join(guide);
        let bytes = std::fs::read(&path)
            .map_err(|error| Failure(format!("cannot read {} ({error})", path.display())))?;
        files.push((format!("docs/{guide}"), bytes, 0o644));
    }
    let tool = std::fs::read(inputs.pack_tool).map_err(|error| {
        Failure(format!(
            "cannot read the pack tool {} ({error})",
            inputs.pack_tool.display()
        ))
    })?;
    files.push((PACK_TOOL.to_owned(), tool, 0o755));
    files.push((
        "README.txt".to_owned(),
        readme(inputs.folder).into_bytes(),
        0o644,
    ));

    let mut entries = vec![Entry {
        path: format!("{}/", inputs.folder),
        bytes: None,
        mode: 0o755,
    }];
    let mut folders = std::collections::BTreeSet::new();
    for (path, _, _) in &files {
        let mut parts: Vec<&str> = path.split('/').collect();
        parts.pop();
        for end in 1..=parts.len() {
            folders.insert(parts[..end].join("/"));
        }
    }
    entries.extend(folders.into_iter().map(|folder| Entry {
        path: format!("{}/{folder}/", inputs.folder),
        bytes: None,
        mode: 0o755,
    }));
    entries.extend(files.into_iter().map(|(path, bytes, mode)| Entry {
        path: format!("{}/{path}", inputs.folder),
        bytes: Some(bytes),
        mode,
    }));
    // Sorting by path puts every folder (`a/`) before its contents (`a/b`).
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(entries)
}

/// The archive's README.txt: plain text, since it is opened before anything else.
fn readme(folder: &str) -> String {
    format!(
        "{folder}

Passage helps migrants and refugees learn the language of their new country and how life there
works. It is a folder of plain files: put it on any web server, and learners open it on their
phones, also offline. No accounts, no tracking, no server program.

In this folder:

  site/            the app, ready to upload to a web server (a sub-folder of a site works too)
  lessons/         the sources of the lesson packs that are in site/; change them or add your own
  {PACK_TOOL}    the pack tool: checks packs and puts them into site/
                   (this copy runs on {platform}; see the guide for Windows and Mac)
  docs/            the guides

Start here: docs/hosting-guide.md, a step-by-step guide for people who are not developers.
Writing lesson packs: lessons/README.md.

Passage is free software, under the licence AGPL-3.0-or-later.
",
        platform = platform_in_words()
    )
}

/// The package version from the workspace's Cargo.toml.
fn version() -> Result<String> {
    let manifest: toml::Table = std::fs::read_to_string(root().join("Cargo.toml"))?.parse()?;
    manifest
        .get("package")
        .and_then(|package| package.get("version"))
        .and_then(toml::Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| Failure("Cargo.toml has no package version".into()))
}

/// This machine's system and processor, as in the archive's name: `linux-x86_64`.
pub fn platform() -> String {
    format!("{}-{}", std::env::consts::OS, std::env::consts::ARCH)
}

fn platform_in_words() -> String {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "Linux on 64-bit Intel or AMD computers".to_owned(),
        (os, arch) => format!("{os} on {arch}"),
    }
}

/// The time every entry carries: `SOURCE_DATE_EPOCH` if set, else the last commit's time.
fn archive_time() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|seconds| seconds.trim().parse().ok())
        .or_else(|| {
            output_line(command("git").args(["log", "-1", "--format=%ct"]))
                .and_then(|seconds| seconds.parse().ok())
        })
        // 2026-01-01, when there is no git either.
        .unwrap_or(1_767_225_600)
}

/// Writes the entries as a gzip-compressed tar.
pub fn write_tar_gz(entries: &[Entry], time: u64, out: &Path) -> Result {
    let file = BufWriter::new(File::create(out)?);
    // No name and no time in the gzip header: the same entries give the same bytes.
    let gzip = flate2::GzBuilder::new().write(file, flate2::Compression::best());
    let mut tar = tar::Builder::new(gzip);
    for entry in entries {
        let mut header = tar::Header::new_gnu();
        header.set_mode(entry.mode);
        header.set_mtime(time);
        header.set_uid(0);
        header.set_gid(0);
        match &entry.bytes {
            None => {
                header.set_entry_type(tar::EntryType::Directory);
                header.set_size(0);
                tar.append_data(&mut header, &entry.path, std::io::empty())?;
            }
            Some(bytes) => {
                header.set_entry_type(tar::EntryType::Regular);
                header.set_size(bytes.len() as u64);
                tar.append_data(&mut header, &entry.path, &bytes[..])?;
            }
        }
    }
    tar.into_inner()?.finish()?.flush()?;
    Ok(())
}

/// Writes the entries as a zip, keeping the Unix modes (so `unzip` leaves the pack tool
/// runnable).
pub fn write_zip(entries: &[Entry], time: u64, out: &Path) -> Result {
    let (year, month, day, hour, minute, second) = civil_time(time);
    let modified = zip::DateTime::from_date_and_time(year, month, day, hour, minute, second)
        .unwrap_or_default();
    let mut zip = zip::ZipWriter::new(BufWriter::new(File::create(out)?));
    for entry in entries {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(modified)
            .unix_permissions(entry.mode);
        match &entry.bytes {
            None => zip.add_directory(entry.path.as_str(), options)?,
            Some(bytes) => {
                zip.start_file(entry.path.as_str(), options)?;
                zip.write_all(bytes)?;
            }
        }
    }
    zip.finish()?.flush()?;
    Ok(())
}

/// A Unix time as UTC year, month, day, hour, minute and second, for the zip format's fields.
fn civil_time(seconds: u64) -> (u16, u8, u8, u8, u8, u8) {
    let date = i64::try_from(seconds / 86_400)
        .ok()
        .and_then(passage_packc::today::date_from_days)
        .unwrap_or(passage_core::pack::Date {
            year: 1980,
            month: 1,
            day: 1,
        });
    let in_day = seconds % 86_400;
    let small = |n: u64| u8::try_from(n).unwrap_or(0);
    (
        date.year,
        date.month,
        date.day,
        small(in_day / 3600),
        small(in_day % 3600 / 60),
        small(in_day % 60),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn write(root: &Path, relative: &str, text: &str) {
        let path = root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|error| panic!("{error}"));
        }
        std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
    }

    /// A small site, lessons, guides and pack tool, as `cargo xtask dist` has them.
    fn inputs() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let root = dir.path();
        for relative in [
            "site/index.html",
            "site/sw.js",
            "site/sw.js.br",
            "site/packs/index.json",
            "site/packs/welcome.0123456789ab.json",
            "lessons/README.md",
            "lessons/welcome/pack.toml",
            "lessons/welcome/01-first-words.toml",
            "lessons/.DS_Store",
        ] {
            write(root, relative, relative);
        }
        for guide in GUIDES {
            write(root, &format!("docs/{guide}"), guide);
        }
        write(root, "docs/internal-notes.md", "not for hosts");
        write(root, "target/release/packc", "\x7fELF the pack tool");
        dir
    }

    fn entries_of(dir: &Path) -> Result<Vec<Entry>> {
        contents(&Inputs {
            site: &dir.join("site"),
            lessons: &dir.join("lessons"),
            docs: &dir.join("docs"),
            pack_tool: &dir.join("target/release/packc"),
            folder: "passage-1.2.3-linux-x86_64",
        })
    }

    /// `(path, mode, is a file)` of every entry of a tar.gz.
    fn tar_listing(path: &Path) -> Vec<(String, u32, u64, Vec<u8>)> {
        let file = File::open(path).unwrap_or_else(|error| panic!("{error}"));
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
        let mut listing = Vec::new();
        for entry in archive.entries().unwrap_or_else(|error| panic!("{error}")) {
            let mut entry = entry.unwrap_or_else(|error| panic!("{error}"));
            let name = entry
                .path()
                .map(|path| path.to_string_lossy().into_owned())
                .unwrap_or_default();
            let header = entry.header();
            let (mode, time) = (
                header.mode().unwrap_or_default(),
                header.mtime().unwrap_or_default(),
            );
            let mut bytes = Vec::new();
            let _ = entry.read_to_end(&mut bytes);
            listing.push((name, mode, time, bytes));
        }
        listing
    }

    #[test]
    fn the_archive_holds_the_site_the_lessons_the_guides_and_the_tool() {
        let dir = inputs();
        let Ok(entries) = entries_of(dir.path()) else {
            panic!("no entries");
        };
        let paths: Vec<&str> = entries
            .iter()
            .map(|entry| {
                entry
                    .path
                    .strip_prefix("passage-1.2.3-linux-x86_64/")
                    .unwrap_or("(outside the folder)")
            })
            .collect();
        assert_eq!(
            paths,
            [
                "",
                "README.txt",
                "docs/",
                "docs/hosting-guide.md",
                "docs/hosting.md",
                "docs/pack-format.md",
                "docs/site-settings.md",
                "docs/site.example.json",
                "lessons/",
                "lessons/README.md",
                "lessons/welcome/",
                "lessons/welcome/01-first-words.toml",
                "lessons/welcome/pack.toml",
                "passage-packc",
                "site/",
                "site/index.html",
                "site/packs/",
                "site/packs/index.json",
                "site/packs/welcome.0123456789ab.json",
                "site/sw.js",
                "site/sw.js.br",
            ]
        );
        let mode = |path: &str| {
            entries
                .iter()
                .find(|entry| entry.path.ends_with(path))
                .map(|entry| entry.mode)
        };
        assert_eq!(mode("/passage-packc"), Some(0o755), "the tool runs");
        assert_eq!(mode("/site/"), Some(0o755));
        assert_eq!(mode("/site/index.html"), Some(0o644));
        let readme = entries
            .iter()
            .find(|entry| entry.path.ends_with("/README.txt"))
            .and_then(|entry| entry.bytes.clone())
            .unwrap_or_default();
        let readme = String::from_utf8_lossy(&readme);
        assert!(readme.contains("docs/hosting-guide.md") && readme.contains("passage-packc"));
    }

    #[test]
    fn a_folder_that_is_not_a_built_site_is_refused() {
        let dir = inputs();
        let _ = std::fs::remove_file(dir.path().join("site/sw.js"));
        assert!(entries_of(dir.path()).is_err());
    }

    #[test]
    fn both_archives_hold_the_same_files_and_are_the_same_each_time() {
        let dir = inputs();
        let Ok(entries) = entries_of(dir.path()) else {
            panic!("no entries");
        };
        let out = dir.path().join("out");
        let _ = std::fs::create_dir_all(&out);
        let time = 1_790_000_000; // 2026-09-21 14:13:20 UTC
        let written = [
            write_tar_gz(&entries, time, &out.join("one.tar.gz")),
            write_tar_gz(&entries, time, &out.join("two.tar.gz")),
            write_zip(&entries, time, &out.join("one.zip")),
            write_zip(&entries, time, &out.join("two.zip")),
        ];
        assert!(written.iter().all(Result::is_ok));
        let read = |name: &str| std::fs::read(out.join(name)).unwrap_or_default();
        assert_eq!(read("one.tar.gz"), read("two.tar.gz"));
        assert_eq!(read("one.zip"), read("two.zip"));

        let tar = tar_listing(&out.join("one.tar.gz"));
        let expected: Vec<(String, u32, u64, Vec<u8>)> = entries
            .iter()
            .map(|entry| {
                (
                    entry.path.clone(),
                    entry.mode,
                    time,
                    entry.bytes.clone().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(tar, expected);

        let file = File::open(out.join("one.zip")).unwrap_or_else(|error| panic!("{error}"));
        let mut zip = zip::ZipArchive::new(file).unwrap_or_else(|error| panic!("{error}"));
        let mut listing = Vec::new();
        for index in 0..zip.len() {
            let mut file = zip
                .by_index(index)
                .unwrap_or_else(|error| panic!("{error}"));
            let name = file
                .name()
                .map(|name| name.into_owned())
                .unwrap_or_default();
            let mode = file.unix_mode().unwrap_or_default() & 0o777;
            let modified = file.last_modified().map(|time| {
                (
                    time.year(),
                    time.month(),
                    time.day(),
                    time.hour(),
                    time.minute(),
                )
            });
            let mut bytes = Vec::new();
            let _ = file.read_to_end(&mut bytes);
            listing.push((name, mode, modified, bytes));
        }
        let expected: Vec<_> = entries
            .iter()
            .map(|entry| {
                (
                    entry.path.clone(),
                    entry.mode,
                    Some((2026, 9, 21, 14, 13)),
                    entry.bytes.clone().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(listing, expected);
    }

    /// The targets of the Markdown links `[text](target)` in a text.
    fn link_targets(text: &str) -> Vec<&str> {
        text.split("](")
            .skip(1)
            .filter_map(|rest| rest.split_once(')').map(|(target, _)| target))
            .collect()
    }

    /// `path` with its `..` parts resolved.
    fn normalized(path: &Path) -> PathBuf {
        let mut parts: Vec<std::ffi::OsString> = Vec::new();
        for part in path.components() {
            match part {
                std::path::Component::ParentDir => {
                    parts.pop();
                }
                std::path::Component::CurDir => {}
                other => parts.push(other.as_os_str().to_owned()),
            }
        }
        parts.iter().collect()
    }

    #[test]
    fn the_guides_in_the_archive_link_only_to_files_in_the_archive() {
        let root = root();
        let mut pages: Vec<PathBuf> = GUIDES
            .iter()
            .filter(|guide| guide.ends_with(".md"))
            .map(|guide| Path::new("docs").join(guide))
            .collect();
        pages.push(PathBuf::from("lessons/README.md"));
        let archived = |path: &Path| {
            let guide = GUIDES
                .iter()
                .any(|guide| path == Path::new("docs").join(guide));
            guide || (path.starts_with("lessons") && root.join(path).exists())
        };
        let mut checked = 0;
        for page in &pages {
            let text = std::fs::read_to_string(root.join(page)).unwrap_or_default();
            assert!(!text.is_empty(), "{} is missing", page.display());
            for target in link_targets(&text) {
                let external = ["https://", "http://", "mailto:", "tel:", "#"]
                    .iter()
                    .any(|start| target.starts_with(start));
                if external {
                    continue;
                }
                let file = target.split('#').next().unwrap_or(target);
                let resolved = normalized(&page.parent().unwrap_or(Path::new("")).join(file));
                assert!(
                    archived(&resolved),
                    "{} links to {target}, which is not in the archive",
                    page.display()
                );
                checked += 1;
            }
        }
        assert!(
            checked >= 5,
            "the guides link to each other ({checked} links)"
        );
    }

    #[test]
    fn the_hosting_guide_shows_the_commands_the_end_to_end_test_runs() {
        let guide =
            std::fs::read_to_string(root().join("docs/hosting-guide.md")).unwrap_or_default();
        let test = std::fs::read_to_string(root().join("tests/e2e/hosting-guide.test.mjs"))
            .unwrap_or_default();
        for (in_guide, in_test) in [
            ("tar -xzf passage-", "\"tar\", \"-xzf\""),
            (
                "./passage-packc new lessons town-info",
                "\"./passage-packc\", \"new\", \"lessons\", \"town-info\"",
            ),
            (
                "./passage-packc check lessons",
                "\"./passage-packc\", \"check\", \"lessons\"",
            ),
            (
                "./passage-packc publish lessons site",
                "\"./passage-packc\", \"publish\", \"lessons\", \"site\"",
            ),
        ] {
            assert!(guide.contains(in_guide), "the guide shows `{in_guide}`");
            assert!(test.contains(in_test), "the test runs `{in_guide}`");
        }
    }

    #[test]
    fn unix_times_become_calendar_times() {
        assert_eq!(civil_time(0), (1970, 1, 1, 0, 0, 0));
        assert_eq!(civil_time(951_782_400), (2000, 2, 29, 0, 0, 0));
        assert_eq!(civil_time(1_767_225_599), (2025, 12, 31, 23, 59, 59));
        assert_eq!(civil_time(1_790_000_000), (2026, 9, 21, 14, 13, 20));
    }
}
