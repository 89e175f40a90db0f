"""Walk a corpus: every entry met is listed, none is opened that could hang, Marsad's own output is left out.

:func:`walk_corpus` returns one :class:`Entry` per regular file to read and
one per entry that is not read, with the reason: symlink loops, dangling
symlinks, symlinks leading out of the corpus, FIFOs, sockets, devices, unreadable folders, hidden folders,
a saved page's asset folder (``X_files`` beside ``X.html``, in any browser's language when the page names it: one line for all its files) and folders Marsad wrote (a run's ``tables/`` with ``run.json``/``stages.json``, a
report folder holding such ``tables/``), so a report written inside the
corpus is never read back as input. Byte-identical files are found here too
(hashing only files of equal size): each later copy names the first as the
file it duplicates, so every partition of a run knows it without asking the
others.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import contextlib
import stat
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from marsad.readers.archive import MAX_BYTES, _hidden, file_blocks, is_bomb

__all__ = ["Entry", "walk_corpus", "classify", "output_folder_reason", "regular_files", "unreadable", "not_news", "printable", "saved_page_of", "holds_documents",
           "assets_reason", "holds_code", "holds_pages", "refers_to", "pieces", "still_there", "X_ARCHIVE_HEAD"]

# What makes a folder Marsad's own output: a tables folder (analyze --out) holds these.
_RUN_MARKERS = ("run.json", "stages.json")
_KINDS = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device"}
_HASH_CHUNK = 1 << 20
_DOC_NAMES = ("readme", "license", "licence", "provenance", "changelog", "copying")
# (robust46) a repository's other documents, by these names in Markdown only (a news page may be security.html)
# (review47) and their language or licence variants, a short tag after one "-" or "_" ("README_ar.md", "README-en.md",
# "LICENSE-MIT"): robust46 read every .md but these names, and "README_ar.md" was read as news ("readme-first-steps"
# or a slug of more words is no variant)
_DOC_VARIANT = re.compile(rf"^(?:{'|'.join(_DOC_NAMES)})[-_][a-z0-9]{{1,8}}$")
_MD_DOC_NAMES = ("contributing", "code_of_conduct", "citation", "authors", "security", "changes", "history", "notice",
                 "datasheet", "todo")
# A web page's code and styling, never news: read as text pages they would be "documents" of JavaScript and CSS.
_CODE_SUFFIXES = {".js": "script (JavaScript)", ".mjs": "script (JavaScript)", ".css": "style sheet (CSS)",
                  ".map": "source map", ".woff": "web font", ".woff2": "web font"}
# (robust45) Files that point at news or index it but hold none: read as text pages they were documents titled
# "[InternetShortcut]" (a link's URL) or "// <!-- <mdb:mork:z v="1.4"/> -->" (a mail folder's index).
_POINTER_SUFFIXES = {".url": "Internet shortcut (a link to a page, not the page)",
                     ".webloc": "Internet shortcut (a link to a page, not the page)",
                     ".lnk": "Windows shortcut (a link to a file, not the file)",
                     ".msf": "Thunderbird's index of a mail folder (the folder beside it holds the messages)"}
# Google Takeout's overview page of the archive (what each product's folder holds)
_INDEX_NAMES = {"archive_browser.html": "Google Takeout's overview of the archive (its index page)"}
# "Save page as, complete" writes PAGE.html and a folder PAGE_files (PAGE-Dateien, PAGE_fichiers … in some
# browsers' languages) holding the page's scripts, styles, images and frames: assets of one page, not a corpus.
_SAVED_PAGE_FOLDERS = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden")
_PAGE_NAMES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")
# What a browser never writes into a saved page's folder (it writes scripts, styles, images, fonts, frames): a
# folder named X_files beside X.html holding a text, a table, a feed, a Word file or an archive is a folder of
# documents, walked as any other (review40: reports_files/ of articles beside reports.html was one skipped line).
_DOCUMENT_SUFFIXES = frozenset((".txt", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".xml", ".tml", ".timeml",
                                ".rss", ".atom", ".docx", ".odt", ".xlsx", ".parquet", ".mhtml", ".mht", ".zip", ".gz", ".md",
                                ".bz2", ".xz", ".tar", ".tgz"))


@dataclass(frozen=True)
class Entry:
    """One entry of a corpus walk: a file to read, or an entry that is not read and why.

    Behaves as a path (``os.fspath(entry)``), so engines can carry entries where they carried paths.
    """

    path: str
    size: int = 0
    skip: str = ""            # why the entry is not read ("" for a regular file)
    duplicate_of: str = ""    # the earlier file with the same bytes
    copies: tuple = ()        # a ZIP archive's members with the bytes of a file outside it: ((member, file), …)

    def __fspath__(self) -> str:
        return self.path

    def __str__(self) -> str:
        return self.path


def unreadable(exc: OSError, what: str = "file") -> str:
    """The manifest's reason for a file (or folder) the system refused to open: ``unreadable file (permission
    denied)``, as an unreadable folder is worded, not ``[Errno 13] Permission denied: '/home/…/a.txt'`` (an errno
    and the analyst's folders); a file gone since the walk listed it says so; any other error keeps its own words,
    without the file's path."""
    if isinstance(exc, PermissionError):
        return f"unreadable {what} (permission denied)"
    if isinstance(exc, FileNotFoundError) and what == "file":
        # (robust41) listed, then deleted or moved before its turn came: was "[Errno 2] No such file or directory:
        # '/home/…/a.txt'", the analyst's folders in a reason
        return "gone before it was read (deleted or moved during the run); not read"
    if what == "folder":
        return f"unreadable {what} ({exc.strerror or exc})"
    return str(OSError(exc.errno, exc.strerror)) if exc.errno is not None and exc.strerror else str(exc)


def output_folder_reason(folder: Path) -> str:
    """Why ``folder`` is Marsad's own output (``""`` when it is not)."""
    try:
        if any((folder / m).is_file() for m in _RUN_MARKERS):
            return "Marsad output folder (the tables of a run: run.json/stages.json), not input"
        if any((folder / "tables" / m).is_file() for m in _RUN_MARKERS):
            return "Marsad report folder (index, CSV copies and tables of a run), not input"
    except OSError:
        return ""
    return ""


def classify(path: Path, root: Path | None = None) -> tuple[str, str, int]:
    """Look at an entry without opening it: ``(kind, reason, size)``.

    ``kind`` is ``file`` (read it), ``folder`` (walk into it) or ``skip`` (list it with ``reason``).
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "skip", "symlink loop (the link points back to itself)", 0
        if os.path.islink(path):
            return "skip", f"dangling symlink (its target {os.readlink(path)!r} does not exist)", 0
        return "skip", f"cannot be read: {exc.strerror or exc}", 0
    if root is not None and Path(path) != root and os.path.islink(path):
        target = Path(os.path.realpath(path))
        inside = Path(os.path.realpath(root))
        if stat.S_ISDIR(st.st_mode):
            here = Path(os.path.realpath(path.parent))
            if here == target or target in here.parents:
                # named by the link's own text ('..'), not the resolved folder: a reason must not carry the analyst's folders
                return "skip", f"symlink loop (points to an enclosing folder: {os.readlink(path)!r})", 0
        if target != inside and inside not in target.parents:
            # a corpus from elsewhere must not pull ~/.ssh or /etc into a report through a link
            return "skip", f"symlink to {str(target)!r}, outside the corpus; not followed", 0
    if stat.S_ISREG(st.st_mode):
        return "file", "", st.st_size
    if stat.S_ISDIR(st.st_mode):
        if root is not None and Path(path) != root and path.name.startswith("."):
            return "skip", "hidden folder, not read", 0
        reason = output_folder_reason(Path(path))
        if reason:
            return "skip", reason, 0
        if not os.access(path, os.R_OK | os.X_OK):
            return "skip", "unreadable folder (permission denied)", 0
        return "folder", "", 0
    kind = _KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
    return "skip", f"not a regular file: {kind}; not opened", 0


def walk_corpus(root: str | os.PathLike, *, duplicates: bool = True) -> list[Entry]:
    """Every entry of a corpus in sorted path order (see the module docstring).

    Args:
        root: a file or a folder.
        duplicates: find byte-identical files (``Entry.duplicate_of``).

    Raises:
        FileNotFoundError: ``root`` does not exist.
    """
    root = Path(root)
    if not os.path.lexists(root):
        raise FileNotFoundError(f"corpus {str(root)!r} does not exist")
    entries: list[Entry] = []
    kind, reason, size = classify(root)
    if kind == "file":
        entries.append(Entry(str(root), size))
    elif kind == "skip":
        entries.append(Entry(str(root), 0, reason))
    else:
        _walk(root, root, entries, {_dir_key(root)})
    return _mark_duplicates(entries) if duplicates else entries


def _dir_key(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _walk(top: Path, root: Path, out: list[Entry], active: set) -> None:
    """Depth first in sorted name order (the order of a sorted list of full paths), without recursion:
    a hostile corpus may nest folders thousands deep. ``active`` holds the folders being walked."""
    listing = _listing(top, out)
    stack = [(top, iter(listing), _dir_key(top), set(listing))]
    while stack:
        folder, names, _, siblings = stack[-1]
        name = next(names, None)
        if name is None:
            active.discard(stack.pop()[2])
            continue
        path = folder / name
        if not _utf8(name):
            out.append(Entry(_shown(path), 0, "file name is not valid UTF-8; not read"))
            continue
        kind, reason, size = classify(path, root)
        if kind == "file":
            out.append(Entry(str(path), size))
        elif kind == "skip":
            out.append(Entry(str(path), 0, reason))
        else:
            key = _dir_key(path)
            if key in active:  # a symlinked folder that leads back into the walk
                out.append(Entry(str(path), 0, "symlink loop (leads back to a folder being walked)"))
                continue
            page = saved_page_of(name, siblings)
            # (a folder whose name and siblings fit a saved page's in any language: its files are listed)
            tree = list(os.walk(path)) if page or saved_page_of(name, siblings, True) else []
            files = [f for _, _, found in tree for f in found]
            # (review41) a script or style sheet of its own, not one of a saved page inside it: a folder of saved
            # articles (X-articles/ beside X.html, each story.html with its story_files/app.js) is read
            if not page and holds_code(tree[0][2] if tree else []):
                # (robust43) a folder in any language holding a page file (a frame, an article) is the page's only
                # when the page names it (src=/href= "X_файлы/…", as a browser's saved page always does): a flat
                # folder of .html articles with one .js, beside a page of its stem, was skipped whole (data lost)
                page = saved_page_of(name, siblings, True)
                if page and holds_pages(files) and not refers_to(_file_chunks(folder / page), name):
                    page = ""
            if page and not holds_documents(files):
                out.append(Entry(str(path), 0, assets_reason(printable(page), len(files))))
                continue
            active.add(key)
            listing = _listing(path, out)
            stack.append((path, iter(listing), key, set(listing)))


def saved_page_of(folder: str, siblings, code: bool | None = None) -> str:
    """The page a folder holds the assets of ("Save page as, complete": ``X.html`` beside ``X_files``), else ``""``.

    The six suffixes of :data:`_SAVED_PAGE_FOLDERS` are enough by their name. Any other one word after ``_`` or
    ``-`` (a browser in another language: ``X_файлы``, ``X_文件``, ``X_dosyalar``, ``X-filer`` …, robust41) is a saved
    page's folder only when ``code`` is true (its own files hold a script or a style sheet: :func:`holds_code`;
    not only the files of its subfolders, as a folder of saved articles each with its ``story_files/`` does, review41),
    as a browser's always do: ``X_2024/`` or ``X_قديم/`` of articles beside ``X.html`` stays a folder of documents.
    A walk asks more of such a folder when it holds a page file (robust43): that ``X.html`` names it
    (:func:`refers_to`), else a flat folder of saved articles with the one script they share is read.
    """
    for tail in _SAVED_PAGE_FOLDERS:
        if folder.endswith(tail) and len(folder) > len(tail):
            page = _page_named(folder[: -len(tail)], siblings)
            if page:
                return page
    if not code:
        return ""
    m = _ANY_TAIL.match(folder)
    if m and m[2].isalpha():
        return _page_named(m[1], siblings)
    return ""


# a stem, then "_" or "-" and one word (no digit, no space, no other "_"/"-"): a browser's word for "files"
_ANY_TAIL = re.compile(r"^(.+)[_-]([^_\-\s.]{1,24})$")
_CODE = frozenset((".js", ".mjs", ".css"))


def _page_named(stem: str, siblings) -> str:
    for name in siblings:
        if name.startswith(stem) and name[len(stem):].lower() in _PAGE_NAMES:
            return name
    return ""


def holds_code(names) -> bool:
    """Whether file names hold a web page's script or style sheet (what a browser saves with every page)."""
    return any(PurePosixPath(n).suffix.lower() in _CODE for n in names)


def holds_pages(names) -> bool:
    """Whether file names hold a web page (a frame a browser saves with its page, or an article saved alone)."""
    return any(PurePosixPath(n).suffix.lower() in _PAGE_NAMES for n in names)


_REF_TAIL = 4096  # bytes of one piece kept for the next (a reference cut between two pieces)
_REF_MAX = 64 << 20  # a page is searched this far (a saved page names its folder in its head or body)


def refers_to(chunks, folder: str) -> bool:
    """(robust43) Whether a page's bytes (``chunks``: pieces in order) name ``folder`` as a browser's "save page
    complete" does: an attribute or ``url(`` whose value starts with the folder (``src="X_файлы/app.js"``,
    ``href='./X_файлы/s.css'``), its name as UTF-8 or Windows-1256 bytes, raw or percent-encoded in whole or part."""
    from urllib.parse import unquote_to_bytes

    names = set()
    for encoding in ("utf-8", "cp1256"):
        try:
            names.add(folder.encode(encoding).lower())
        except UnicodeEncodeError:
            continue
    tail, seen = b"", 0
    for chunk in chunks:
        piece = tail + chunk
        for m in _REF.finditer(piece):
            value = m[1] or m[2] or m[3]
            if unquote_to_bytes(value.replace(b"&amp;", b"&")).lower() in names:
                return True
        tail, seen = piece[-_REF_TAIL:], seen + len(chunk)
        if seen >= _REF_MAX:
            break
    return False


# an attribute's or url( )'s value up to its first "/": the folder a reference starts with (a look-ahead: a url( inside
# a style="…" attribute is met too)
_REF = re.compile(rb"""(?=(?:=|url\()\s*(?:"\s*(?:\./)?([^"<>/]{1,400})/|'\s*(?:\./)?([^'<>/]{1,400})/"""
                  rb"""|(?:\./)?([^"'\s<>/()=]{1,400})/))""")


def pieces(fh):
    """A binary stream's bytes in pieces of a mebibyte (a file, an archive member): for hashing and searching
    without holding it whole."""
    while chunk := fh.read(_HASH_CHUNK):
        yield chunk


def _file_chunks(path: Path):
    """A file's bytes in pieces (none when it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            yield from pieces(fh)
    except OSError:
        return


def holds_documents(names) -> bool:
    """Whether file names hold one a browser never saves with a page (a text, a table, an archive …): a folder
    beside ``X.html`` named ``X_files`` holding such a file is no saved page's assets."""
    return any(PurePosixPath(n).suffix.lower() in _DOCUMENT_SUFFIXES for n in names)


def assets_reason(page: str, count: int, unit: str = "file") -> str:
    """The one line said for a saved page's asset folder (a folder's manifest row, an archive's warning): whose page
    it is and how many files (``unit``: "member" inside an archive) it holds."""
    return (f"the scripts, styles, images and frames of the saved page {page!r} ({count} {unit}"
            f"{'' if count == 1 else 's'}); not news, not read")


def _listing(folder: Path, out: list[Entry]) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError as exc:
        out.append(Entry(str(folder), 0, unreadable(exc, "folder")))
        return []


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in the name (surrogate escapes)
        return False
    return True


# The first bytes of an X (Twitter) archive's data file (window.YTD.tweets.part0 = [...]): its kind and part number;
# marsad.readers.social reads the file by the same pattern
X_ARCHIVE_HEAD = r"\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*="
_YTD_HEAD = re.compile(X_ARCHIVE_HEAD.encode())
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` (a file name, an archive member's name) as a message may print it: control characters written
    ``\\n``, ``\\x1b``, ``\\u202e`` … so a name cannot break a one-line message, drive the terminal (ESC sequences)
    or reverse the line (bidi overrides). Arabic, spaces and joiners are kept."""
    return _CONTROL.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def _shown(path: Path) -> str:
    """A path with undecodable bytes written as ``\\xff`` (storable, printable; not openable)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def not_news(name: str, head: bytes | None = None) -> str:
    """Why a file is not read for its name alone ("" when it may be news): hidden files, documentation, shortcuts and
    indexes (robust45: ``.url``, ``.msf``, Takeout's ``archive_browser.html``). A script
    whose first bytes ``head`` show an X (Twitter) archive's data file (``window.YTD.tweets.part0 = [...]``) is
    data, not a page's code (robust42: its tweets were skipped as "a web page's script")."""
    if name.startswith("."):
        return "hidden file"
    suffix = PurePosixPath(name).suffix.lower()
    # (robust46) by its name alone: any other .md file is read (a web clipper's article, notes), was documentation
    stem = name.lower().split(".")[0]
    if (stem in _DOC_NAMES or _DOC_VARIANT.match(stem)
            or (suffix in (".md", ".markdown") and stem in _MD_DOC_NAMES)):
        return "documentation file (README/LICENSE/PROVENANCE), not news"
    if suffix in _POINTER_SUFFIXES or name.lower() in _INDEX_NAMES:
        return f"{_POINTER_SUFFIXES.get(suffix) or _INDEX_NAMES[name.lower()]}, not news"
    if suffix in _CODE_SUFFIXES:
        if suffix == ".js" and head is not None and _YTD_HEAD.match(head.lstrip(b"\xef\xbb\xbf")):
            return ""
        return f"a web page's {_CODE_SUFFIXES[suffix]}, not news"
    return ""


def _mark_duplicates(entries: list[Entry]) -> list[Entry]:
    by_size: dict[int, list[int]] = {}
    for i, e in enumerate(entries):
        # a file not read for its name (a hidden copy, a README) is no original: its copy under a news name is read
        if not e.skip and e.size and not not_news(os.path.basename(e.path)):
            by_size.setdefault(e.size, []).append(i)
    first: dict[bytes, str] = {}
    out = list(entries)
    for group in by_size.values():
        if len(group) < 2:
            continue
        for i in group:
            digest = _digest(entries[i].path)
            if digest is None:
                continue
            if digest in first:
                out[i] = Entry(entries[i].path, entries[i].size, duplicate_of=first[digest])
            else:
                first[digest] = entries[i].path
    return _mark_zip_copies(out, by_size)


def _mark_zip_copies(entries: list[Entry], by_size: dict[int, list[int]]) -> list[Entry]:
    """(robust42) A ZIP archive's members with the bytes of a file outside it (``a.txt`` and ``pack.zip`` holding
    ``a.txt``: read twice before) are the archive's :attr:`Entry.copies`; the file outside is the one read. (robust44)
    So are members with the bytes of a member of an earlier archive (``week1.zip`` and ``week2.zip`` both holding
    ``story.txt``: read twice before): the copy names ``week1.zip/story.txt``, the first archive's member in its
    reading order (by name), and only a member that archive reads by its name is such a first (a hidden member, a
    script, one past the size limit is not). Only a member whose size (from the archive's directory) is some file's,
    or some other archive's member's, is unpacked and hashed."""
    digests: dict[int, bytes | None] = {}

    def digest(i: int) -> bytes | None:
        if i not in digests:
            digests[i] = _digest(entries[i].path)
        return digests[i]

    archives = {}  # entry index -> its members that may be read, in reading order: [(info, can be a first)]
    for k, e in enumerate(entries):
        if e.skip or e.duplicate_of or not e.path.lower().endswith((".zip", *_TAR_NAMES)):
            continue
        try:
            if e.path.lower().endswith(".zip"):
                with zipfile.ZipFile(e.path) as z:
                    archives[k] = _candidates(z.infolist())
            else:  # (robust46) a tar archive, packed or not: its members hashed as they come
                archives[k] = _candidates(_tar_members(e.path))
        except Exception:  # a corrupt or odd archive: its read says what is wrong with it
            continue
    member_sizes: dict[int, set[int]] = {}  # a member's size -> the archives holding a first of that size
    for k, infos in archives.items():
        for info, first in infos:
            if first:
                member_sizes.setdefault(info.file_size, set()).add(k)
    out = list(entries)
    firsts: dict[bytes, tuple[int, str]] = {}  # a member's digest -> the first archive holding it, "archive/member"
    for k, infos in archives.items():
        e, copies = entries[k], []
        try:
            with (zipfile.ZipFile(e.path) if e.path.lower().endswith(".zip") else contextlib.nullcontext()) as z:
                for info, first in infos:
                    group = [i for i in by_size.get(info.file_size, ()) if i != k and not entries[i].duplicate_of]
                    others = member_sizes.get(info.file_size, set()) - {k}
                    if not group and not others:
                        continue
                    if isinstance(info, _TarMember):
                        member = info.digest
                    else:
                        with z.open(info) as fh:
                            member = _stream_digest(fh)
                    same = next((i for i in group if digest(i) == member), None)
                    if same is not None:
                        copies.append((info.filename, entries[same].path))
                    elif member in firsts:
                        if firsts[member][0] != k:  # a copy inside one archive: its read finds it (and says so)
                            copies.append((info.filename, firsts[member][1]))
                    elif first and others:
                        firsts[member] = (k, os.path.join(e.path, info.filename))
        except Exception:  # unreadable since the directory was read: its read says what is wrong with it
            continue
        if copies:
            out[k] = Entry(e.path, e.size, e.skip, e.duplicate_of, tuple(copies))
    return out


_TAR_NAMES = (".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tar.xz", ".tbz2", ".txz")


@dataclass(frozen=True)
class _TarMember:
    """(robust46) A tar archive's regular member as :func:`_candidates` reads a ZIP directory's entry, with its digest
    (a tar has no directory: its members are met, and hashed, in one pass over its unpacked bytes)."""

    filename: str
    file_size: int
    digest: bytes
    flag_bits: int = 0

    def is_dir(self) -> bool:
        return False


class _Unpacked:
    """A file's bytes, unpacked as they are read when it is packed, for ``tarfile``'s stream mode; a stream that
    unpacks past the read limit or more than 200 to 1 past 8 MiB stops (raises ``OSError``), as the reader refuses it."""

    def __init__(self, path: str):
        self._blocks = file_blocks(path, [])
        self._packed = max(1, os.path.getsize(path))
        self._buf, self._at, self._total = b"", 0, 0

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._buf) - self._at < n:
            block = next(self._blocks, None)
            if block is None:
                break
            self._total += len(block)
            if self._total > MAX_BYTES or is_bomb(self._total, self._packed):
                raise OSError("unpacks past the read limit")
            self._buf, self._at = self._buf[self._at:] + block, 0
        end = len(self._buf) if n < 0 else self._at + n
        out, self._at = self._buf[self._at:end], min(end, len(self._buf))
        return out


def _tar_members(path: str) -> list[_TarMember]:
    """The regular members of a tar archive (packed with gzip, bzip2 or xz or not) with their digests, in archive
    order."""
    out: dict[str, _TarMember] = {}
    with tarfile.open(fileobj=_Unpacked(path), mode="r|") as tar:
        for m in tar:
            # (review47) a name met again is the member's later version, the one read (archive.tar_members): the
            # earlier one's bytes made the later, other text a "duplicate" of a file outside, and it was lost
            out.pop(m.name, None)
            if m.isfile():
                out[m.name] = _TarMember(m.name, m.size, _stream_digest(tar.extractfile(m)))
    return list(out.values())


def _candidates(infos, limit: int = MAX_BYTES) -> list:
    """An archive's members that may be read, in the order it reads them (by name), each with whether it can be the
    first of its bytes for other archives: read by its name (not hidden, not a script) within the size limit
    (``limit``: a member that would pass it is not read, later ones may be, as ``archive.zip_members`` does).
    Folders, encrypted and hidden members and macOS metadata are never read (``archive.zip_members``)."""
    out, used = [], 0
    for info in sorted(infos, key=lambda i: i.filename):
        if info.is_dir() or info.flag_bits & 0x1 or _hidden(info.filename):
            continue
        within = used + info.file_size <= limit
        used += info.file_size if within else 0
        out.append((info, within and not not_news(PurePosixPath(info.filename).name)))
    return out


def still_there(original: str, read_before=(), max_bytes: int = MAX_BYTES) -> bool:
    """Whether the first of a copy's bytes will be, or was, read: a file outside an archive that still exists, a
    member of an archive (``week1.zip/story.txt``) whose archive still exists, or either read earlier in this
    read loop (``read_before``: paths parsed). A first gone since the walk leaves its copy to be read in its place.
    (review43) So does a member of an archive the run does not read: the archive above ``max_bytes`` (a file that
    large is not read), or the member past the archive's unpacked limit under this run's ``max_bytes`` (the walk
    judged it under the default): the text was in neither."""
    path = original
    while True:
        there = os.path.lexists(path)
        if there or path in read_before:
            if path == original or not there:  # a file; or an archive read earlier and gone since
                return True
            return os.path.isfile(path) and _member_read(path, original[len(path):].lstrip(os.sep), max_bytes)
        parent = os.path.dirname(path)
        if parent == path:
            return False
        path = parent


def _member_read(archive_path: str, member: str, max_bytes: int) -> bool:
    """Whether an archive within ``max_bytes`` reads ``member`` (a name of its directory) by its name and size."""
    try:
        if os.path.getsize(archive_path) > max_bytes:
            return False
        if max_bytes == MAX_BYTES:  # the walk's own judgement (_candidates) stands
            return True
        if archive_path.lower().endswith(_TAR_NAMES):
            infos = _tar_members(archive_path)
        else:
            with zipfile.ZipFile(archive_path) as z:
                infos = z.infolist()
    except Exception:  # gone or unreadable since the walk: its read says so, and reads nothing of it
        return False
    return any(first for info, first in _candidates(infos, max_bytes) if info.filename.replace("/", os.sep) == member)


def _digest(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return _stream_digest(fh)
    except OSError:
        return None


def _stream_digest(fh) -> bytes:
    """The digest that finds byte-identical copies (a file's, an archive member's)."""
    h = hashlib.blake2b(digest_size=16)
    for chunk in pieces(fh):
        h.update(chunk)
    return h.digest()


def regular_files(root: str | os.PathLike) -> list[Path]:
    """The regular files a walk reads (no duplicates check): what a fingerprint of the corpus covers."""
    return [Path(e.path) for e in walk_corpus(root, duplicates=False) if not e.skip]
