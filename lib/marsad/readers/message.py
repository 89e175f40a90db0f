"""E-mail messages (``.eml``) and subtitle files (``.srt``, ``.vtt``): text that came with a wrapper.

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

__all__ = ["read_eml", "read_subtitles"]


@register("eml", suffixes=(".eml",))
def read_eml(source: Source) -> list[Record]:
    """Read an e-mail message as one document (see the module docstring)."""
    try:
        msg = email.message_from_bytes(source.data, policy=email.policy.default)
        subject = " ".join(str(msg.get("subject") or "").split())
        body = msg.get_body(preferencelist=("plain", "html"))
        raw = body.get_payload(decode=True) if body is not None else None
        attachments = sum(1 for _ in msg.iter_attachments()) if msg.is_multipart() else 0
    except Exception as exc:  # a malformed header or structure: the e-mail parser's own error, said once
        raise DecodeError(f"e-mail message that cannot be parsed ({type(exc).__name__})") from None
    if not raw or not raw.strip():
        raise DecodeError("e-mail message with no text part")
    decoded = decode(raw, name=source.name or source.path.name)
    source.encoding = decoded.encoding
    if "\ufffd" in subject:
        subject = _raw_subject(source.data, source.name or source.path.name) or subject
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
    page.warnings.append("e-mail: its subject is the title; no publication date (its sending date is not one)"
                         + (f"; {attachments} attachment(s) not read" if attachments else ""))
    return page_record(source, page, "eml")


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
