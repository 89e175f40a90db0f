"""Social-media exports an analyst downloads: an X (Twitter) archive, a Telegram chat export, a Facebook page export.

Read as a web page's script or as a plain table they were lost or garbled (robust42): an X archive's
``data/tweets.js`` (``window.YTD.tweets.part0 = [...]``) was skipped as "a web page's script"; a Telegram export's
message ids (1, 2, 3 …) became document ids, so two channels' exports collided (``2``, ``2~2``) and a full-account
export (``chats.list``) had "no title or text column"; a Facebook export's Arabic came out as ``ØµÙØ­Ø©`` (the
export writes each UTF-8 byte as a ``\\u00XX`` escape) and its posts, nested in ``data[].post``, were not read.

Each format is recognised only by its exact structure (else the file is read as any JSON table, or skipped):

* X archive: a ``.js`` file beginning ``window.YTD.<kind>.part<N> =`` then a JSON list. ``tweets``/``tweet``/
  ``community_tweet`` give one document a tweet (its ``full_text`` with ``&amp;`` unescaped, ``created_at`` as its UTC
  day, id ``x/<tweet id>``, url ``https://x.com/i/web/status/<tweet id>``); so do ``deleted_tweets`` and the long
  posts of ``note_tweet`` (robust44); any other kind (likes, account, direct messages …) is skipped saying what it is.
* Telegram: ``{"name", "type", "id", "messages": [...]}`` (one chat) or ``{"chats": {"list": [...]}}`` (the
  account's): one document a message with text, id ``telegram/<chat id>/<message id>`` (unique across channels,
  the same on every run), the chat's name as its source, ``date`` as its day; service messages have no text.
* Facebook: a list of posts ``{"timestamp", "data": [{"post": …}]}`` (``posts/your_posts_1.json``), or such a list
  under ``status_updates``: a document a post, its text mended when it is UTF-8 read as Latin-1 (it is then only
  Latin-1 characters that form valid UTF-8; Arabic or ``café`` written right never are), ``timestamp`` as its UTC
  day; Facebook's ``title`` ("X shared a link.") is no headline and is not read.
* Facebook's HTML export (robust45): ``your_posts_1.html``'s post boxes (``pam … uiBoxWhite``) a document each, dated by
  their ``_3-94`` time (English forms); Google Takeout's My Activity pages are skipped (the account's activity).
* WhatsApp: a ``.txt`` whose lines begin with a message's date and time (:func:`is_whatsapp_chat`; it was one
  document of "01/03/2024, 10:01 - أحمد: …" paragraphs): a document a message, see :func:`read_whatsapp`.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser
import json
import re

import pandas as pd

from marsad.readers.base import SAME_MESSAGE, Record, Source, register
from marsad.readers.decode import DecodeError
from marsad.readers.tables import COLUMN_ALIASES, JSON_EXPORTS, _records
from marsad.readers.walk import X_ARCHIVE_HEAD

__all__ = ["read_x_archive", "export_rows", "mend_mojibake", "read_whatsapp", "is_whatsapp_chat", "read_telegram_html",
           "is_telegram_html", "read_facebook_html", "is_facebook_html", "read_takeout_activity", "is_takeout_activity"]

_YTD = re.compile(X_ARCHIVE_HEAD + r"\s*")  # the walk lets such a .js through by the same pattern
_TWEET_KINDS = ("tweets", "tweet", "community_tweet")
# (robust44) also the account's own posts, read too: deleted tweets (the tweets' structure) and long posts (note
# tweets: their whole text); they were skipped as "not the account's tweets"
_OTHER_TWEETS = ("deleted_tweets", "note_tweet")
_TELEGRAM_TYPES = ("public_channel", "private_channel", "public_supergroup", "private_supergroup", "personal_chat",
                   "private_group", "bot_chat", "saved_messages")


@register("x-archive", suffixes=(".js",))
def read_x_archive(source: Source) -> list[Record]:
    """Read an X (Twitter) archive's tweets file: a document a tweet (see the module docstring)."""
    text = source.text.lstrip("\ufeff")
    m = _YTD.match(text)
    if not m:  # only an archive's data file reaches this reader (walk.not_news skips other scripts)
        raise DecodeError("a web page's script (JavaScript), not news")
    kind = m[1]
    if kind not in _TWEET_KINDS + _OTHER_TWEETS:
        raise DecodeError(f"X (Twitter) archive data of kind {kind!r} (not the account's tweets); not read")
    try:
        items = json.loads(text[m.end():].rstrip().rstrip(";"))
    except ValueError as exc:
        raise DecodeError(f"X (Twitter) archive's tweets file that is not valid JSON ({getattr(exc, 'msg', exc)}); "
                          "not read") from None
    if not isinstance(items, list):
        raise DecodeError("X (Twitter) archive's tweets file without a list of tweets; not read")
    if kind == "note_tweet":
        return _note_tweets(items, source)
    rows, retweets = [], 0
    for k, item in enumerate(items, 1):
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            source.warn(f"tweet {k}", "not a tweet object; skipped")
            continue
        tid = str(tweet.get("id_str") or tweet.get("id") or "").strip()
        body = tweet.get("full_text") or tweet.get("text")
        body = html.unescape(body) if isinstance(body, str) else None  # the archive writes &amp; &lt; &gt;
        retweets += bool(body and body.startswith("RT @"))
        rows.append((f"tweet {k}", k, {
            "doc_id": f"x/{tid}" if tid.isdigit() else None, "text": body,
            "url": f"https://x.com/i/web/status/{tid}" if tid.isdigit() else None,
            "published": _twitter_date(tweet.get("created_at"), source, f"tweet {k}")}))
    source.format = "x-archive"
    source.note(f"X (Twitter) archive: {len(rows)} {'deleted ' if kind == 'deleted_tweets' else ''}tweet(s), one "
                "document each" + (f", {retweets} of them retweets (RT @…)" if retweets else ""))
    return _records(source, ["doc_id", "text", "url", "published"], rows)


def _note_tweets(items: list, source: Source) -> list[Record]:
    """(robust44) An archive's long posts (``note-tweet.js``: ``{"noteTweet": {"noteTweetId", "createdAt", "core":
    {"text"}}}``): a document each, id ``x/note/<id>``; the archive's tweets file holds only their first 280
    characters (the post's tweet has no link to its note), so their start is read twice."""
    rows = []
    for k, item in enumerate(items, 1):
        note = item.get("noteTweet", item) if isinstance(item, dict) else None
        core = note.get("core") if isinstance(note, dict) else None
        if not isinstance(core, dict):
            source.warn(f"note {k}", "not a long post (note tweet) object; skipped")
            continue
        nid = str(note.get("noteTweetId") or "").strip()
        stamp = pd.to_datetime(note.get("createdAt"), errors="coerce", utc=True) if note.get("createdAt") else pd.NaT
        if note.get("createdAt") and pd.isna(stamp):
            source.warn(f"note {k}", f"unreadable date {str(note.get('createdAt'))[:40]!r}; kept undated")
        body = core.get("text")
        rows.append((f"note {k}", k, {"doc_id": f"x/note/{nid}" if nid.isdigit() else None,
                                      "text": html.unescape(body) if isinstance(body, str) else None,
                                      "published": None if pd.isna(stamp) else stamp.isoformat()}))
    source.format = "x-archive"
    source.note(f"X (Twitter) archive: {len(rows)} long post(s) (note tweets), one document each; their first 280 "
                "characters are also the text of their tweet in tweets.js")
    return _records(source, ["doc_id", "text", "published"], rows)


def _twitter_date(value, source: Source, where: str) -> str | None:
    """``Fri Mar 01 10:00:00 +0000 2024`` as an ISO UTC time (None, reported, when unreadable)."""
    if not value:
        return None
    try:
        return pd.to_datetime(str(value), format="%a %b %d %H:%M:%S %z %Y").tz_convert("UTC").isoformat()
    except (ValueError, TypeError):
        source.warn(where, f"unreadable date {str(value)[:40]!r}; kept undated")
        return None


def export_rows(data, source: Source) -> tuple[list, list] | None:
    """``(columns, rows)`` of a Telegram or Facebook export (rows as ``tables._records`` takes them), or ``None``
    when ``data`` (a parsed JSON file) is neither."""
    chats = _telegram_chats(data)
    if chats is not None:
        return _telegram_rows(chats, source)
    posts = _facebook_posts(data)
    if posts is not None:
        return _facebook_rows(posts, source)
    items = _instagram_items(data)
    if items is not None:
        return _instagram_rows(items, source)
    if _is_tiktok(data):
        return _tiktok_rows(data, source)
    return None


JSON_EXPORTS.append(export_rows)  # tables.read_json asks it first


def _is_chat(x) -> bool:
    return (isinstance(x, dict) and isinstance(x.get("messages"), list) and "id" in x
            and (x.get("type") in _TELEGRAM_TYPES or any(isinstance(m, dict) and "text_entities" in m
                                                         for m in x["messages"][:20])))


def _telegram_chats(data) -> list[dict] | None:
    if _is_chat(data):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("chats"), dict) and isinstance(data["chats"].get("list"), list):
        chats = [c for key in ("chats", "left_chats") if isinstance(data.get(key), dict)
                 for c in data[key].get("list") or [] if _is_chat(c)]
        return chats
    return None


def _telegram_rows(chats: list[dict], source: Source) -> tuple[list, list]:
    rows, number, service = [], 0, 0
    for chat in chats:
        chat_id, name = str(chat.get("id")).strip(), chat.get("name")
        for message in chat["messages"]:
            number += 1
            if not isinstance(message, dict) or message.get("type", "message") != "message":
                service += 1
                continue
            mid = str(message.get("id", "")).strip()
            rows.append((f"message {mid or number}", number, {
                "doc_id": f"telegram/{chat_id}/{mid}" if mid else None, "text": message.get("text"),
                "source": name if isinstance(name, str) else None, "published": message.get("date")}))
    source.format = "telegram"
    source.note(f"Telegram export: {len(chats)} chat(s), one document a message"
                + (f"; {service} service message(s) (joins, pins …) not read" if service else ""))
    return ["doc_id", "text", "source", "published"], rows


def _facebook_posts(data) -> list | None:
    if isinstance(data, dict) and isinstance(data.get("status_updates"), list):
        data = data["status_updates"]
    if (isinstance(data, list) and data and all(isinstance(x, dict) for x in data)
            and all("timestamp" in x and isinstance(x.get("data", []), list) for x in data)
            and any(isinstance(d, dict) and "post" in d for x in data for d in x.get("data", []))):
        return data
    return None


def _facebook_rows(posts: list[dict], source: Source) -> tuple[list, list]:
    rows, mended = [], 0
    for k, post in enumerate(posts, 1):
        parts = [d["post"] for d in post.get("data", []) if isinstance(d, dict) and isinstance(d.get("post"), str)]
        fixed = [mend_mojibake(p) for p in parts]
        mended += sum(a != b for a, b in zip(parts, fixed))
        rows.append((f"post {k}", k, {"text": "\n".join(fixed) or None, "published": _unix_day(post.get("timestamp"))}))
    source.format = "facebook"
    source.note(f"Facebook export: {len(posts)} post(s), one document each"
                + (f"; {mended} text(s) mended (UTF-8 written as Latin-1 escapes, a Facebook export bug)"
                   if mended else ""))
    return ["text", "published"], rows


# --- Instagram and TikTok data exports (robust44) ---------------------------------------------------------------
# Instagram (Meta's export, the Facebook one's bug included: UTF-8 written as \u00XX escapes): posts_1.json (a list of
# posts, a post's caption in its "title" or, for one photo, its media's), reels.json / stories.json (under
# "ig_reels_media" / "ig_stories"), post_comments_1.json ("string_map_data": {"Comment": {"value"}, "Time"}). Read as
# tables, captions came out as "ÙØ²ÙØ±", a one-photo post's caption, reels and comments were lost.

def _is_media(x) -> bool:
    """An Instagram media object: ``uri`` and ``creation_timestamp``, its caption in ``title``, and (review43) no key a
    table reads as text (``text``, ``body``, ``content`` …: a list of news records with a ``uri`` and a
    ``creation_timestamp`` is a table, read with its texts; taken for Instagram's, only its titles were read)."""
    return (isinstance(x, dict) and "uri" in x and "creation_timestamp" in x
            and not any(str(k).lower() in _TEXT_KEYS for k in x))


def _is_ig_post(x) -> bool:
    return (isinstance(x, dict) and isinstance(x.get("media"), list) and bool(x["media"])
            and all(_is_media(m) for m in x["media"]) and not any(str(k).lower() in _TEXT_KEYS for k in x))


_TEXT_KEYS = frozenset(COLUMN_ALIASES["text"])


def _is_ig_comment(x) -> bool:
    return isinstance(x, dict) and isinstance(x.get("string_map_data"), dict) and isinstance(
        x["string_map_data"].get("Comment"), dict)


def _instagram_items(data) -> list | None:
    """An Instagram export's posts, reels, stories or comments (a list), else ``None``."""
    if isinstance(data, dict) and len(data) == 1:
        key, value = next(iter(data.items()))
        if str(key).startswith(("ig_", "comments_")) and isinstance(value, list):
            data = value
    if isinstance(data, list) and data and (all(_is_ig_post(x) or _is_media(x) for x in data)
                                            or all(_is_ig_comment(x) for x in data)):
        return data
    return None


def _instagram_rows(items: list, source: Source) -> tuple[list, list]:
    rows, mended, kinds = [], 0, set()
    for k, item in enumerate(items, 1):
        if _is_ig_comment(item):
            kinds.add("comment")
            text = item["string_map_data"]["Comment"].get("value")
            stamp = (item["string_map_data"].get("Time") or {}).get("timestamp")
        else:
            media = item.get("media") if _is_ig_post(item) else [item]
            kinds.add("post")
            text = item.get("title") or next((m.get("title") for m in media if m.get("title")), None)
            stamp = item.get("creation_timestamp") or media[0].get("creation_timestamp")
        fixed = mend_mojibake(text) if isinstance(text, str) else None
        mended += fixed != text
        rows.append((f"item {k}", k, {"text": fixed or None, "published": _unix_day(stamp)}))
    source.format = "instagram"
    source.note(f"Instagram export: {len(items)} {' and '.join(sorted(kinds))}(s), one document each (their caption or "
                "text)" + (f"; {mended} text(s) mended (UTF-8 written as Latin-1 escapes, a Meta export bug)"
                           if mended else ""))
    return ["text", "published"], rows


def _unix_day(stamp) -> str | None:
    """A Meta export's Unix time in seconds (Facebook's ``timestamp``, Instagram's ``creation_timestamp``) as an ISO
    date-time, or None for anything else (a bool, a string, 0, past 2096)."""
    if isinstance(stamp, bool) or not isinstance(stamp, (int, float)) or not 0 < stamp < 4e9:
        return None
    return pd.Timestamp(int(stamp), unit="s").isoformat()


# TikTok: user_data.json / user_data_tiktok.json, one object of sections ("Activity", "Comment", "Video" or "Post",
# "Profile" …); the account's own videos (their "Title"/"Desc") and comments are text, the rest is activity (likes,
# history, logins: links and dates). Read as a table it was "no title or text column (columns: doc_id, Like List…)".
_TIKTOK_SECTIONS = {"activity", "comment", "video", "post", "profile", "direct messages", "ads and data",
                    "app settings", "your activity", "tiktok live", "tiktok shopping"}


def _section(data: dict, *names):
    """``data[name]`` for the first of ``names`` it has, its keys compared without case (``{}`` if none)."""
    keys = {str(k).lower(): k for k in data} if isinstance(data, dict) else {}
    return next((data[keys[n]] for n in names if n in keys), {})


def _is_tiktok(data) -> bool:
    """Two of TikTok's section names and its shape: a section of sub-sections, one holding a list or a map
    (``"Activity": {"Like List": {"ItemFavoriteList": [...]}}``, ``"Profile": {"Profile Information": {"ProfileMap"
    …}}``). (review43) Names alone took a blog's ``{"profile": …, "post": {"title", "content"}}`` for an export of
    activity only and skipped it."""
    if not isinstance(data, dict) or len({str(k).lower() for k in data} & _TIKTOK_SECTIONS) < 2:
        return False
    return any(isinstance(sub, dict) and any(str(k).lower().endswith(("list", "map")) for k in sub)
               for section in data.values() if isinstance(section, dict) for sub in section.values())


def _tiktok_rows(data: dict, source: Source) -> tuple[list, list]:
    videos = _section(_section(_section(data, "video", "post"), "videos", "posts"), "videolist")
    comments = _section(_section(_section(data, "comment"), "comments"), "commentslist")
    rows = []
    for kind, items, fields in (("video", videos, ("title", "desc", "description")), ("comment", comments, ("comment",))):
        for k, item in enumerate(items if isinstance(items, list) else [], 1):
            if not isinstance(item, dict):
                continue
            text = next((v for v in (_section(item, f) for f in fields) if isinstance(v, str) and v.strip()), None)
            date = _section(item, "date")
            rows.append((f"{kind} {k}", len(rows) + 1, {"text": text, "published": date if isinstance(date, str) and date else None,
                                                       "url": _section(item, "link") or None}))
    source.format = "tiktok"
    if not any(values["text"] for _, _, values in rows):
        raise DecodeError("TikTok data export without a video caption or comment of the account's (its activity: "
                          "likes, watch history, logins …, not news); not read")
    source.note(f"TikTok export: {len(videos) if isinstance(videos, list) else 0} video(s) and "
                f"{len(comments) if isinstance(comments, list) else 0} comment(s) of the account, one document each "
                "(its activity: likes, watch history …, not read)")
    return ["text", "published", "url"], rows


def mend_mojibake(text: str) -> str:
    """A text written as UTF-8 bytes read as Latin-1 (``ØµÙØ­Ø©``) as it was meant (``صفحة``); any other text as
    it is (it has a character above U+00FF, or its bytes are no valid UTF-8, or it is ASCII)."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


# --- WhatsApp chat export ----------------------------------------------------------------------------------------
# "01/03/2024, 10:01 - Name: text" (Android), "[01/03/2024, 10:01:05] Name: text" (iPhone); 12-hour times with
# AM/PM (or ص/م), dots or dashes between the date's parts, a year first in some locales. Marks the app puts before
# a line (U+200E, U+200F), narrow spaces before AM/PM and Arabic-Indic digits are read through. (robust44) A word
# between date and time in some languages ("01/03/2024 à 10:01" French, "1.3.2024 klo 12.30" Finnish, "kl." Danish
# and Norwegian) and a time written with dots ("12.30", "[01.03.2024 12.30.05]"): these chats were one page.
_WA_DATE = (r"(\d{1,4}) *[/.\-] *(\d{1,2}) *[/.\-] *(\d{1,4}) *(?:,|\s(?:à|klo|kl\.))? +(\d{1,2}) *[:.] *(\d{2})"
            r"(?: *[:.] *\d{2})?(?: *(?:[AaPp]\.? ?[Mm]\.?|[صم]))?")
_WA_LINE = re.compile(rf"^ *(?:{_WA_DATE} +- +|\[ *{_WA_DATE} *\] +)(.*)$")
# one character for one (the message is cut from the line as written, its digits and marks kept)
_WA_MARKS = str.maketrans({"\u200e": " ", "\u200f": " ", "\ufeff": " ", "\u202f": " ", "\u00a0": " ", "،": ",",
                           **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}})
_WA_SENDER = re.compile(r"^([^:]{1,80}?): (.*)$")
_WA_PLACEHOLDER = re.compile(r"^<[^<>]{1,60}>$")  # <Media omitted>, <attached: 0001.jpg>, <تم استبعاد الوسائط>


def _wa_match(line: str):
    """The date prefix of a message line (its groups' positions are the line's: marks read as spaces), or None."""
    return _WA_LINE.match(line.translate(_WA_MARKS).rstrip())


def is_whatsapp_chat(text: str) -> bool:
    """Whether a text is a WhatsApp chat export: its first line and at least three lines (of its first 200) begin
    with a message's date and time (``01/03/2024, 10:01 - `` or ``[01/03/2024, 10:01:05] ``)."""
    lines = [line for line in text.lstrip("\ufeff").split("\n", 200)[:200] if line.strip()]
    return bool(lines) and bool(_wa_match(lines[0])) and sum(1 for line in lines if _wa_match(line)) >= 3


@register("whatsapp", sniff=is_whatsapp_chat, order=85)
def read_whatsapp(source: Source) -> list[Record]:
    """Read a WhatsApp chat export: a document a message (its sender's lines after its date; a message of several
    lines, paragraphs), dated by its day when the file shows whether its dates are day first (a day above 12
    somewhere) or month first; the app's own lines (encryption notice, joins) and media placeholders are not read."""
    messages, system, media = [], 0, 0  # [line number, (a, b, c), sender, [lines]]
    for n, raw in enumerate(source.text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"), 1):
        m = _wa_match(raw)
        if m is None:
            if messages and raw.strip():
                messages[-1][3].append(raw.strip())  # a message's next line
            continue
        g = m.groups()
        date, rest = (g[0:3] if g[0] is not None else g[5:8]), raw[m.start(11):].rstrip()
        said = _WA_SENDER.match(rest)
        if said is None or rest.startswith(("\u200e", "\u200f")) or said[2].startswith(("\u200e", "\u200f")):
            system += 1  # "Messages and calls are end-to-end encrypted", "X joined", an iPhone's marked lines
            messages.append([n, None, None, []])
            continue
        messages.append([n, tuple(int(x) for x in date), said[1].strip(), [said[2].strip()]])
    order = _wa_order([m[1] for m in messages if m[1]])
    rows = []
    for n, date, sender, lines in messages:
        if date is None:
            continue
        text = "\n".join(line for line in lines if line)
        if not text or _WA_PLACEHOLDER.match(text.translate(_WA_MARKS).strip()):
            media += 1
            continue
        rows.append((f"line {n}", len(rows) + 1, {"text": text, "published": _wa_day(date, order)}))
    senders = len({m[2] for m in messages if m[2]})
    source.format = "whatsapp"
    dates = {"dmy": "dates read day first", "mdy": "dates read month first", "ymd": "dates read year first"}.get(
        order, "dates left out: the file does not show whether they are day or month first")
    source.note(f"WhatsApp chat: {len(rows)} message(s) from {senders} sender(s), one document each; {dates}"
                + (f"; {system} line(s) of the app (notices, joins) not read" if system else "")
                + (f"; {media} media placeholder(s) not read" if media else ""))
    return _records(source, ["text", "published"], rows)


def _wa_order(dates: list[tuple[int, int, int]]) -> str:
    """``ymd``, ``dmy``, ``mdy``, or ``""`` when the file's dates do not show it (decided for the file, never line by
    line: 01/03/2024 alone is either)."""
    if dates and all(a > 31 for a, _, _ in dates):
        return "ymd"
    day_first = any(a > 12 for a, _, _ in dates)
    month_first = any(b > 12 for _, b, _ in dates)
    return "dmy" if day_first and not month_first else "mdy" if month_first and not day_first else ""


def _wa_day(date: tuple[int, int, int], order: str) -> str | None:
    a, b, c = date
    year, month, day = (a, b, c) if order == "ymd" else (c, b, a) if order == "dmy" else (c, a, b) if order else (0, 0, 0)
    if not order:
        return None
    year += 2000 if year < 100 else 0
    try:
        return pd.Timestamp(year, month, day).date().isoformat()
    except ValueError:
        return None


# --- Telegram Desktop's HTML export ------------------------------------------------------------------------------
# (robust44) "Export chat history" in HTML writes messages.html, messages2.html … (a thousand messages each) beside
# css/, js/ and images/; read as web pages they were one document a file of the export's chrome ("Exported Data",
# initials, times, "Channel created") with every message in it, undated.
_TG_MESSAGE = re.compile(r'<div class="message (?:default|service)')


def is_telegram_html(text: str) -> bool:
    """Whether a page is a Telegram Desktop HTML export (``messages.html``): its wrapper, its history and a message."""
    return 'class="page_wrap"' in text and 'class="history"' in text and bool(_TG_MESSAGE.search(text))


@register("telegram-html", sniff=is_telegram_html, order=15)
def read_telegram_html(source: Source) -> list[Record]:
    """Read a Telegram Desktop HTML export page: a document a message with text (id ``<export folder>/message<id>``,
    the same in every page of one export), the chat's name (the page's header) as source, the day of its date (the
    sender's local day, as the JSON export's ``date``); service messages and media without text are not read."""
    parser = _TelegramPage()
    parser.feed(source.text)
    parser.close()
    folder = source.doc_id.rsplit("/", 1)[0] + "/" if "/" in source.doc_id else ""
    rows = []
    for number, (mid, date, parts) in enumerate(parser.messages, 1):
        text = "\n".join(line.strip() for line in "".join(parts).split("\n") if line.strip())
        m = re.match(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})", date or "")
        rows.append((f"message {mid or number}", number, {
            "doc_id": f"{folder}message{mid}" if mid else None, "text": text or None, "source": parser.chat or None,
            "published": f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" if m else None}))
    source.format = "telegram"
    source.note(f"Telegram HTML export: {len(rows)} message(s), one document each"
                + (f"; {parser.service} service message(s) (dates, joins, pins …) not read" if parser.service else ""))
    records = _records(source, ["doc_id", "text", "source", "published"], rows)
    if parser.chat:  # (robust45) the same chat exported twice: its messages are the same by chat name and id
        for doc, _ in records:
            m = re.fullmatch(r".*/?message(\d+)", doc["doc_id"])
            if m:
                doc[SAME_MESSAGE] = f"telegram-html/{parser.chat}/{m[1]}"
    return records


class _TelegramPage(HTMLParser):
    """The messages of a Telegram HTML export page: ``[(id, date title, [text pieces])]``, the chat's name, the count
    of service messages. Only a message's own ``div.text`` (a forwarded message's too) is text; markup is dropped."""

    _VOID = frozenset(("br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "base", "col", "embed"))

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.messages: list = []
        self.chat, self.service = "", 0
        self._depth = 0
        self._text_at = self._header_at = None  # depth of the open div.text, of the page header's name

    def handle_starttag(self, tag, attrs):
        if tag == "br" and self._text_at is not None:
            self.messages[-1][2].append("\n")
        if tag in self._VOID:
            return
        self._depth += 1
        if tag != "div":
            return
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if "message" in classes and "service" in classes:
            self.service += 1
        elif "message" in classes and "default" in classes:
            self.messages.append(["".join(c for c in attrs.get("id") or "" if c.isdigit()), None, []])
        elif self.messages and "date" in classes and "details" in classes and self.messages[-1][1] is None:
            self.messages[-1][1] = attrs.get("title")
        elif self.messages and classes == ["text"] and self._text_at is None:
            self._text_at = self._depth
            if self.messages[-1][2]:
                self.messages[-1][2].append("\n")
        elif not self.messages and "text" in classes and "bold" in classes and not self.chat:
            self._header_at = self._depth

    def handle_endtag(self, tag):
        if tag in self._VOID:
            return
        if self._text_at is not None and self._depth == self._text_at:
            self._text_at = None
        if self._header_at is not None and self._depth == self._header_at:
            self._header_at = None
        self._depth = max(0, self._depth - 1)

    def handle_data(self, data):
        if self._text_at is not None:
            self.messages[-1][2].append(data)
        elif self._header_at is not None:
            self.chat = " ".join((self.chat + " " + data).split())


# --- Facebook's and Google Takeout's HTML exports (robust45) -----------------------------------------------------
# Facebook's "Download your information" in HTML writes posts/your_posts_1.html: a box a post (``div.pam …
# uiBoxWhite``) holding Facebook's line ("X shared a link.", ``_2pim``/``_2pio``/``_a6-h``), the post (``_2pin`` …)
# and its time (``_3-94``: "Mar 01, 2024 10:00:00 am"). Read as a web page it was one undated document of every post
# with every "shared a link." line. Google Takeout's My Activity pages (MyActivity.html: the account's searches,
# videos watched, sites visited, an MDL ``outer-cell`` a line) were a document of "Searched for غزة" lines, counted as
# news.
_FB_BOX = re.compile(r"""<div class=["'][^"']*\bpam\b[^"']*\buiBoxWhite\b""")
_FB_TIME = re.compile(r"""<div class=["'][^"']*_3-94\b""")
_TAKEOUT_CELL = re.compile(r"""<div class=["']outer-cell\b[^"']*\bmdl-cell\b""")


def is_facebook_html(text: str) -> bool:
    """Whether a page is Facebook's HTML export of posts: post boxes (``pam … uiBoxWhite``) with their times."""
    return bool(_FB_BOX.search(text)) and bool(_FB_TIME.search(text))


def is_takeout_activity(text: str) -> bool:
    """Whether a page is a Google Takeout "My Activity" page: its MDL cells, a line of the account's activity each."""
    return bool(_TAKEOUT_CELL.search(text)) and "content-cell" in text


@register("takeout-activity", sniff=is_takeout_activity, order=15)
def read_takeout_activity(source: Source) -> list[Record]:
    """A Google Takeout My Activity page is the account's own activity (searches, visits, videos watched): skipped."""
    raise DecodeError("Google Takeout activity page (the account's searches, visits and views, not news); not read")


@register("facebook-html", sniff=is_facebook_html, order=15)
def read_facebook_html(source: Source) -> list[Record]:
    """Read Facebook's HTML export of posts: a document a post with text, dated by its time (as the JSON export's
    posts: Facebook's own line "X shared a link." is not read, nor a post's attachments' links)."""
    parser = _FacebookPage()
    parser.feed(source.text)
    parser.close()
    rows = []
    for k, (parts, when) in enumerate(parser.posts, 1):
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        text = "\n".join(line for line in lines if line and not _URL_ONLY.match(line))
        # its time as written ("Mar 01, 2024 10:00:00 am"): read to the day by the tables' date parser, which warns
        # and keeps the post undated when it cannot
        rows.append((f"post {k}", k, {"text": text or None, "published": when}))
    source.format = "facebook"
    source.note(f"Facebook HTML export: {len(rows)} post(s), one document each")
    return _records(source, ["text", "published"], rows)


_URL_ONLY = re.compile(r"^https?://\S+$")


class _FacebookPage(HTMLParser):
    """The posts of a Facebook HTML export page: ``[([text pieces], time text)]``. In a post box, Facebook's line
    (``_2pim``, ``_2pio``, ``_a6-h``) is not text, the ``_3-94`` element is the time; scripts and styles are dropped."""

    _VOID = _TelegramPage._VOID
    _LINE = frozenset(("_2pim", "_2pio", "_a6-h"))

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.posts: list = []
        self._depth = 0
        self._box_at = self._skip_at = self._time_at = None

    def handle_starttag(self, tag, attrs):
        if tag in self._VOID:
            if tag == "br" and self._box_at is not None and self._skip_at is None:
                self.posts[-1][0].append("\n")
            return
        self._depth += 1
        classes = set((dict(attrs).get("class") or "").split())
        if self._box_at is None:
            if tag == "div" and {"pam", "uiBoxWhite"} <= classes:
                self._box_at = self._depth
                self.posts.append([[], None])
            return
        if self._skip_at is None and self._time_at is None:
            if tag in ("script", "style") or classes & self._LINE:
                self._skip_at = self._depth
            elif "_3-94" in classes:
                self._time_at = self._depth
            elif tag in ("div", "p"):
                self.posts[-1][0].append("\n")

    def handle_endtag(self, tag):
        if tag in self._VOID:
            return
        if self._depth == self._skip_at:
            self._skip_at = None
        if self._depth == self._time_at:
            self._time_at = None
        if self._depth == self._box_at:
            self._box_at = None
        self._depth = max(0, self._depth - 1)

    def handle_data(self, data):
        if self._box_at is None or self._skip_at is not None:
            return
        if self._time_at is not None:
            self.posts[-1][1] = " ".join(((self.posts[-1][1] or "") + " " + data).split())
        else:
            self.posts[-1][0].append(data)
