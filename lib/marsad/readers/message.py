"""E-mail messages (``.eml``, and a mailbox of them: ``.mbox``), and subtitle files (``.srt``, ``.vtt``): text that came with a wrapper.

Read as text pages they were documents of their wrapper (robust41): an e-mail titled ``From: a@example.org`` with
its ``Subject: =?utf-8?b?…?=`` header as a paragraph, a news broadcast's subtitles with every cue number and
``00:00:01,000 --> 00:00:02,000`` line as a paragraph. An e-mail (a tip, a press release sent to the desk) is one
document: its subject is its title, its text part (else its HTML part) its body, its bytes decoded as any file's
are (:func:`marsad.readers.decode.decode`: a wrong charset label does not garble Arabic); its attachments are not
read (the manifest counts them) and, as a Word file's creation date, its sending date is not a publication date.
A subtitle file is one document of its cues' text, one paragraph a cue, without numbers, times or styling tags.
"""
from __future__ import annotations

import email
import email.policy
import re

from marsad.readers.base import Record, Source, register
from marsad.readers.decode import DecodeError, decode
from marsad.readers.html import parse_html_page
from marsad.readers.page import ParsedPage, page_record

__all__ = ["read_eml", "read_subtitles", "read_mbox", "is_mbox"]


@register("eml", suffixes=(".eml",))
def read_eml(source: Source) -> list[Record]:
    """Read an e-mail message as one document (see the module docstring)."""
    page, note = _message_page(source.data, source.name or source.path.name, source)
    page.warnings.append(note)
    return page_record(source, page, "eml")


def _message_page(data: bytes, name: str, source: Source) -> tuple[ParsedPage, str]:
    """The page of one e-mail message (its subject the title) and the remark on it; DecodeError without text."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        subject = " ".join(str(msg.get("subject") or "").split())
        body = msg.get_body(preferencelist=("plain", "html"))
        raw = body.get_payload(decode=True) if body is not None else None
        attachments = sum(1 for _ in msg.iter_attachments()) if msg.is_multipart() else 0
    except Exception as exc:  # a malformed header or structure: the e-mail parser's own error, said once
        raise DecodeError(f"e-mail message that cannot be parsed ({type(exc).__name__})") from None
    if not raw or not raw.strip():
        raise DecodeError("e-mail message with no text part")
    decoded = decode(raw, name=name)
    source.encoding = decoded.encoding
    if "\ufffd" in subject:
        subject = _raw_subject(data, name) or subject
    if body.get_content_type() == "text/html":
        page = parse_html_page(decoded.text)
        page.warnings = [w for w in page.warnings if "publication date" not in w]
        page.segments = [s for s in page.segments if s["section"] != "title"]
    else:
        page = ParsedPage()
        for para in re.split(r"\n\s*\n", decoded.text.replace("\r\n", "\n").replace("\r", "\n")):
            page.add("paragraph", " ".join(para.split()))
    page.title = subject or None
    if subject:
        page.segments.insert(0, {"section": "title", "text": subject})
    return page, ("e-mail: its subject is the title; no publication date (its sending date is not one)"
                  + (f"; {attachments} attachment(s) not read" if attachments else ""))


# (robust45) A mailbox (``.mbox``; a Thunderbird folder is such a file without extension, beside its ``.msf``
# index): messages one after another, each after a ``From <sender> <date>`` line. Read as a page it was one document
# of every newsletter's headers, their Base64 and their HTML in several charsets. Each message is read as an ``.eml``
# is: a document a message (``<file>#<n>``), a message without text skipped with a warning.
# the separator: "From sender Fri Mar  1 10:00:00 2024" (Thunderbird: "From - Fri Mar 01 …"), after a blank line; a
# body line "From the desk: …" a writer forgot to quote as ">From" is no separator
_FROM_LINE = re.compile(rb"^From \S+ +(?:[A-Z][a-z]{2} ){2} ?\d{1,2} \d{1,2}:\d{2}.*\r?\n", re.MULTILINE)
_MBOX_HEAD = re.compile(r"From \S+ +(?:[A-Z][a-z]{2} ){2} ?\d{1,2} \d{1,2}:\d{2}")
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
# (review45) Thunderbird marks a message deleted from a folder in the folder's file (its X-Mozilla-Status flag 0x0008,
# "expunged") and keeps it there until the folder is compacted: the user deleted it, Thunderbird shows it no more
_MOZILLA_STATUS = re.compile(rb"^X-Mozilla-Status:[ \t]*([0-9A-Fa-f]{1,4})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_EXPUNGED = 0x0008


def _deleted(message: bytes) -> bool:
    """Whether a mailbox message is one Thunderbird keeps deleted (flag 0x0008 in its headers' X-Mozilla-Status)."""
    head = re.split(rb"\r?\n\r?\n", message, maxsplit=1)[0]
    m = _MOZILLA_STATUS.search(head)
    return bool(m) and bool(int(m[1], 16) & _EXPUNGED)


def is_mbox(text: str) -> bool:
    """Whether a text is a mailbox: a ``From sender Fri Mar  1 10:00:00 2024`` line, then a message's headers."""
    return bool(_MBOX_HEAD.match(text)) and bool(re.search(r"(?im)^(?:subject|date|message-id|mime-version):",
                                                           text[:8192]))


@register("mbox", suffixes=(".mbox", ".mbx"), sniff=is_mbox, order=15)
def read_mbox(source: Source) -> list[Record]:
    """Read a mailbox: a document a message (see above)."""
    data = source.data.lstrip(b"\xef\xbb\xbf")
    starts = [m.start() for m in _FROM_LINE.finditer(data)
              if m.start() == 0 or data.endswith((b"\n\n", b"\n\r\n"), 0, m.start())]  # after a blank line (no copy)
    # its messages are decoded one by one, each by its own charset: what decoding the whole file said (its sniffing
    # did, for a folder without extension) is not said
    source.warnings.clear()
    source.omitted = 0
    if not starts or starts[0] != 0:
        raise DecodeError("mailbox (.mbox) that does not begin with a 'From ' line; not read")
    records, name, deleted = [], source.name or source.path.name, 0
    for k, (a, b) in enumerate(zip(starts, starts[1:] + [len(data)]), 1):
        message = data[a:b].split(b"\n", 1)[1] if b"\n" in data[a:b] else b""
        if _deleted(message):
            deleted += 1
            continue
        try:
            page, _ = _message_page(_QUOTED_FROM.sub(rb"\1", message), name, source)
            (doc, segments), = page_record(source, page, "mbox")
        except DecodeError as exc:
            source.warn(f"message {k}", f"{exc}; skipped")
            continue
        doc["doc_id"] = f"{source.doc_id}#{k}"
        records.append((doc, segments))
    gone = f"{deleted} deleted message(s) Thunderbird keeps until the folder is compacted not read" if deleted else ""
    if not records:
        raise DecodeError(f"mailbox of {len(starts)} message(s), none with text"
                          + (f" ({gone})" if gone else "") + "; not read")
    source.format = "mbox"
    source.note(f"mailbox: {len(starts)} message(s), one document each (the subject its title; no publication date: "
                "a sending date is not one)" + (f"; {gone}" if gone else ""))
    return records


_SUBJECT = re.compile(rb"^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def _raw_subject(data: bytes, name: str) -> str:
    """(review41) A subject written in 8-bit bytes without an RFC 2047 label (an Arabic mailer's Windows-1256
    ``Subject: عاجل``): the e-mail parser gives U+FFFD for every byte; its bytes are decoded as a file's are
    (:func:`marsad.readers.decode.decode`). ``""`` when there is no such header."""
    head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    m = _SUBJECT.search(head)
    if not m or m[1].isascii():
        return ""
    try:
        return " ".join(decode(b" ".join(m[1].split()), name=name).text.split())
    except DecodeError:
        return ""


_CUE_TIME = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\s*-->")
_CUE_TAG = re.compile(r"<[^>\n]{0,40}>|\{\\[^}\n]{0,40}\}")  # <i>, <b>, <c.yellow>, <00:00:01.000>, {\an8}


@register("subtitles", suffixes=(".srt", ".vtt"))
def read_subtitles(source: Source) -> list[Record]:
    """Read a subtitle file as one document: a paragraph per cue (see the module docstring)."""
    page = ParsedPage()
    text = source.text.replace("\r\n", "\n").replace("\r", "\n")
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines or lines[0].lstrip("\ufeff").startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        times = next((i for i, line in enumerate(lines[:2]) if _CUE_TIME.match(line)), None)
        if times is None:
            continue  # no cue: a stray block (numbers only, a comment)
        cue = " ".join(_CUE_TAG.sub("", line) for line in lines[times + 1:])
        page.add("paragraph", " ".join(cue.split()))
    page.warnings.append("subtitles: one paragraph a cue (numbers, times and styling dropped); no title or date")
    return page_record(source, page, "subtitles")
