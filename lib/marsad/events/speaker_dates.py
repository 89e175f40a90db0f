"""The day of a statement carried to what its speaker goes on to say in later sentences (session 63, events63).

A news story names its speaker and the day once ("قال وزير الخارجية الفرنسي الثلاثاء إن …", "حذر وزير الخارجية
الإيراني … حسبما قال للصحافيين، الأحد") and goes on, sentence after sentence and paragraph after paragraph, with the
same speaker: a continuation verb ("وأضاف أن …", "وتابع …"), a speech verb with a pronoun subject ("وأكد أن …",
"وأوضح …", "وشدد على أن …"), the statement or its office named again ("وأضاف البيان أن …", "وقال المكتب في بيان إن …",
session 95) or the speaker named again ("وقالت ميركل إن …", "واتهم وزير الخارجية الإيراني …").
The events of those sentences have no date of their own, and the sentence before them often names one side only,
so the chain of the events stage (the dates of the last sentence that named both sides) does not reach them.

This pass runs over a document's events after the stage has read it (``events.extract`` calls
:func:`carry_speaker_dates` from its document-level date pass). For an event with no date of its own whose
sentence opens with a speech verb, it walks back over the sentences of the same speaker (each opening with a speech
verb whose subject is a pronoun or the same side, at most :data:`_MAX_BACK` sentences) to the sentence that opens
the statement; the past day in that sentence's reporting frame (before its complement: "قال … الثلاثاء إن", or told
after it: "حسبما قال … الأحد"), or, in a sentence of acts, the day right after its opening verb and subject ("فرضت
الولايات المتحدة الجمعة رسوما …"), is the day the speaker spoke (at most :data:`_RECENT_DAYS` before publication).
The speaker is a side; a person named as a subject on the way (a leader or an official, by role or by name) must be
named in that opening too ("وقال ليبرمان" does not go on with "اعتبر نتنياهو، الخميس، …"). With the rules events59
wrote for frames:

- a plan or promise (status ``intent``) is made known on that day and takes it;
- a speech act of the speaker's own side (an accusation, a criticism, a call, a threat, support: roots 01, 02, 03,
  10–13 and 051, reported, its source the speaker's side) is made on that day and takes it;
- a past act told by the speaker (a meeting, aid, a cut, or a speech act of the other side) does not: the day it is
  told is not the day it happened (the undated-act convention of the gold, rule 5).

A sentence that names another speaker, or that opens with no speech verb, ends the walk: the statement's day is not
carried past it.
"""
from __future__ import annotations

import re

import pandas as pd

from marsad.dates.timex import tag_rows
from marsad.lang.rules import sentence_spans
from marsad.lang.text import normalize

from . import lexicon as lx

# "…، حسبما قال للصحافيين، الأحد": the speaker's own telling after the statement
_AS_SAID = re.compile(r"(?<![\w])[وف]?(?:(?:حسبما|مثلما)\s+(?:قال|قالت|صرح|صرحت|اعلن|اعلنت|اوضح|اوضحت|ذكر|ذكرت|افاد|افادت)|"
                      # "وفقا لما قاله في مؤتمر صحفي عقده الثلاثاء", "بحسب ما صرح به": the speaker's own saying only
                      # (not "وفقا لما ذكرته الوكالة", a report's day)
                      r"(?:وفقا\s+لما|وفق\s+ما|بحسب\s+ما|حسب\s+ما)\s+(?:قال|قاله|قالت|قالته|صرح|صرحت|صرح\s+به|"
                      r"صرحت\s+به|اوضح|اوضحه|اوضحت|اوضحته))(?![\w])")

_MAX_BACK = 6  # sentences walked back from the event's own
_PERSON_KINDS = ("leader", "role")  # actors that are persons (not the state: a country, its capital)
_RECENT_DAYS = 10  # a statement's day is at most this long before publication
_OPENING_CHARS = 60  # how far into a sentence of acts its day may stand (after the verb and its subject)
# a dateline before the text ("دبي، الإمارات العربية المتحدة (CNN)-- ", "أتلانتا، … (CNN) – ")
_DATELINE = re.compile(r"[^.؟!]{0,80}?\((?:cnn|CNN|سي\s*ان\s*ان)\)\s*[-–—]+\s*")
_SPEECH_ROOTS = ("01", "02", "03", "10", "11", "12", "13")

# the speech verbs (perfect, masculine or feminine) that open a sentence of the speaker (normalised forms)
_VERBS = (r"قال|اضاف|تابع|استطرد|اختتم|مضي|اكد|اوضح|شدد|لفت|اشار|اعتبر|راي|نوه|حذر|دعا|طالب|ندد|انتقد|اتهم|جدد|"
          r"اعرب|كشف|اعلن|صرح|استبعد|رفض|نفي|وصف|هاجم|رحب|اشاد|ابدي|عبر|تعهد|توعد|هدد|ختم|استنكر|ادان|حمل")
_FEMININE = {"دعا": "دعت", "راي": "رات", "مضي": "مضت", "نفي": "نفت", "ابدي": "ابدت"}
_VERB_FORMS = "|".join(sorted({f for v in _VERBS.split("|") for f in (v, _FEMININE.get(v, v + "ت"))},
                              key=len, reverse=True))
# (a sentence may open with a connector phrase: "من جهته،", "بدوره", "كما", "ثم")
# (or with the setting of the words: "وفي تصريح للصحفيين، قال …", "وخلال المؤتمر الصحفي، أكد …")
_OPENING = re.compile(r"[\s\"«“\-—]*(?:(?:[وف]?(?:من\s+جهت|من\s+جانب|بدور)(?:ه|ها)\s*[،,]?\s*)|(?:[وف]?(?:كما|ثم)\s+)|"
                      r"(?:[وف]?(?:في|خلال)\s+(?:ال)?(?:تصريح|تصريحات|كلم|خطاب|مؤتمر|مقابل|حديث|لقاء)[^،,.]{0,50}[،,]\s*))?"
                      r"[وف]?(?:" + _VERB_FORMS + r")(?![\w])")
# where the subject after the verb ends: a complementizer, a preposition, a relative, punctuation, a participle
_SUBJECT_STOP = re.compile(r"(?:ان|انه|انها|انهم|بان|بانه|بانها|ان|في|خلال|امام|عبر|لدي|علي|الي|من|عن|مع|عقب|بعد|"
                           r"قبل|اثناء|الذي|التي|الذين|قائلا|قائله|مضيفا|مضيفه|مؤكدا|مؤكده|اليوم|امس|دون|حسب|حسبما|"
                           r"وفق|وفقا|بحسب|للصحفيين|للصحافيين|لوكاله|لصحيفه|لقناه|لشبكه|ايضا|كذلك)$")
# a speech verb or participle in a reporting frame ("قال", "أكدت", "مؤكدة", "في تصريح")
_SPEECH_WORD = re.compile(r"(?<![\w])[وف]?(?:" + _VERB_FORMS + r"|قائل[اه]|مضيف[اه]|مؤكد[اه]|مشير[اه]|معتبر[اه]|موضح[اه]|"
                          r"محذر[اه]|داعي[اه]|مشدد[اه]|لافت[اه]|ذكر|ذكرت|افاد|افادت|نقل|نقلت|(?:ال)?تصريح\w*|(?:ال)?بيان)"
                          r"(?![\w])")
# the statement itself, or the office that issued it, named again as the subject of a continuation ("وأضاف البيان أن
# …", "وأوضح البلاغ …", "وقال المكتب في بيان إن …" after "قال مكتب المستشارة الألمانية … الخميس إن …"): a definite
# noun that points back to the statement being told, read as a pronoun subject (session 95: it named no side, so
# it ended the walk and the acts the statement went on to tell lost its day). An indefinite one ("وقال بيان …") or
# one with a name after it ("وقال مكتب الأمم المتحدة …", "البيان الأمريكي") is another source and still ends it.
_STATEMENT_SUBJECT = frozenset({"البيان", "البلاغ", "المكتب"})
# the complement that ends a reporting frame ("… الثلاثاء إن", "… أن", ":", a quotation)
_COMPLEMENT = re.compile(r"(?<![\w])(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\w])|[:\"«“]")
# the speaker's own telling after the words ("حسبما قال للصحافيين، الأحد", "وفقا لما قاله في مؤتمر صحفي عقده الثلاثاء"):
# the stage's own regex (``_AS_SAID`` above, which :mod:`marsad.events.event_dates` imports), not a copy of it


def _speaker_opening(norm: str, s: int, e: int, codes: tuple[str, ...]):
    """``(opens, subject_code, subject_words)`` of the sentence ``norm[s:e]``: whether it opens with a speech verb,
    the side (focus or partner) its subject names (``None`` for a pronoun subject or a name of no side) and the
    subject's words (empty for a pronoun)."""
    m = _OPENING.match(norm, s, e)
    if m is None:
        return False, None, (), None
    words = []
    for w in norm[m.end():e].split():
        bare = w.strip("،,.:؛\"«»“”()")
        if not bare or _SUBJECT_STOP.match(bare) or len(words) >= 5:
            break
        words.append(bare)
        if bare != w:  # punctuation right after the word ("وأكد وزير الخارجية الإيراني، …"): the subject ends
            break
    if not words or (len(words) == 1 and words[0] in _STATEMENT_SUBJECT):
        return True, None, (), None
    rx, meta, _ = lx.actor_regex(codes)
    phrase = " ".join(words)
    a = next(rx.finditer(phrase), None)
    if a is None:
        return True, None, tuple(words), None
    side, kind, _ = meta[int(a.lastgroup[1:])]
    return True, side, tuple(words), (a.group(a.lastgroup) if kind in _PERSON_KINDS else None)


def _frame_day(norm: str, s: int, e: int, codes: tuple[str, ...], pub):
    """``(sides, (date_start, date_end, precision, text))`` of a sentence that opens a statement: the sides of ours
    named before its complement (the speaker among them), and the past day in its frame (before the complement, or
    in the speaker's own telling after it); ``None`` when it has no such day."""
    said = [(x.start() - s, x.end() - s + 30) for x in _AS_SAID.finditer(norm, s, e)]
    c = _COMPLEMENT.search(norm, s, e)
    frame_end = c.start() if c is not None else e
    if said or (c is not None and _SPEECH_WORD.search(norm, s, frame_end)):
        # a reporting frame: the day before the complement ("قال … الثلاثاء إن"), or in the speaker's own telling
        # after the words ("حسبما قال للصحافيين، الأحد")
        inside = lambda t: t["start"] < frame_end - s or any(a <= t["start"] <= b for a, b in said)  # noqa: E731
    else:
        # no words reported: the day of the act the sentence opens with, named right after its verb and subject
        # ("فرضت الولايات المتحدة الجمعة رسوما …", "وكانت الحكومة السعودية قد استدعت يوم الأحد سفيرها"), is the day
        # of the story the speaker's words go on; a day further in ("وقررت تركيا استدعاء سفيرها … بسبب المواجهات
        # … التي أسفرت عن مقتل 60 شخصا، الاثنين"), or after a comma ("ورحبت المستشارة، خلال هذا اللقاء …، يوم 02
        # مارس") is another act's
        line = _DATELINE.match(norm, s, e)
        opening = (line.end() if line else s) - s
        # (a day set off by commas right after the subject is the verb's: "أكدت مملكة البحرين، الاثنين، دعمها")
        comma = re.search(r"[،,]", norm[s + opening:e])
        comma = opening + comma.end() if comma else e - s
        limit = opening + _OPENING_CHARS
        inside = lambda t: t["start"] < limit and (t["start"] < comma or not norm[s + comma:s + t["start"]].strip())  # noqa: E731
        frame_end = s + min(limit, e - s)
    rx, meta, _ = lx.actor_regex(codes)
    # the sides named in the frame, in order (a dateline's country may come first: "أتلانتا، الولايات المتحدة
    # الأمريكية (CNN) – حذر وزير الخارجية الإيراني …")
    named = [(meta[int(a.lastgroup[1:])], a.group(a.lastgroup)) for a in rx.finditer(norm, s, frame_end)]
    sides = tuple(dict.fromkeys(m[0] for m, _ in named))
    persons = tuple((m[0], form) for m, form in named if m[1] in _PERSON_KINDS)
    if not sides:
        return None
    sentence = norm[s:e]
    for t in tag_rows(sentence, published=pub):
        if t.get("type") != "DATE" or t.get("precision") != "day" or not t.get("date_start") or not inside(t):
            continue
        if str(t["date_end"]) > pub.date().isoformat():
            continue  # a day ahead is a plan's, not the day the words were said
        if (pub - pd.Timestamp(t["date_start"])).days > _RECENT_DAYS:
            continue  # a day long before the news ("في 5 يونيو 2017") is history told, not the day of the statement
        return sides, (t["date_start"], t["date_end"], "day", t["text"]), persons
    return None


def _takes_frame_day(ev: dict, speaker: str) -> bool:
    """Whether an undated event told by ``speaker`` is dated by the day the speaker spoke."""
    if ev["status"] == "intent":
        return True  # a plan or promise is made known when said
    code = str(ev["cameo_code"])
    return ev["status"] == "reported" and (code[:2] in _SPEECH_ROOTS or code == "051") and ev["source"] == speaker


def _candidate(ev: dict) -> bool:
    return ev["kind"] == "event" and ev["precision"] in (None, "before-publication") \
        and str(ev["rule"]).split(";")[0] == "before-publication" and ev["status"] in ("reported", "intent")


def carry_speaker_dates(mentions: list[dict], segments, pub) -> None:
    """Date the undated events of one document (``mentions``, its events before merging, in place) by the day their
    speaker's statement was opened in an earlier sentence (see the module's docstring). ``segments`` are the
    document's segments in order (``section``, ``position``, ``text``); ``pub`` its publication day."""
    if pub is None or not any(_candidate(ev) for ev in mentions):
        return
    sentences = []  # (position, start in the segment's text, end, normalised text) in document order
    quoted = set()  # the sentences that open inside a quotation left open by an earlier sentence of their segment
    for seg in segments:
        text = seg.text or ""
        upto, marks = 0, [0, 0, 0, 0, 0]  # the quote marks of text[:upto]: " « » “ ”, counted once (linear in the text)
        for s, e in sentence_spans(text):
            if s > upto:
                piece = text[upto:s]
                for i, mark in enumerate('"«»“”'):
                    marks[i] += piece.count(mark)
                upto = s
            if _open_quote(*marks):
                quoted.add(len(sentences))
            sentences.append((seg.position, s, e, normalize(text[s:e]).replace("#", " ").replace("_", " ")))
    where = {(p, s): k for k, (p, s, _, _) in enumerate(sentences)}
    for ev in mentions:
        if not _candidate(ev):
            continue
        codes = (ev["actor1"], ev["actor2"])
        k = next((k for k, (p, s, e, _) in enumerate(sentences)
                  if p == ev["position"] and s <= int(ev["start"]) < e), where.get((ev["position"], ev["start"])))
        if k is None:
            continue
        norm = sentences[k][3]
        found = _earlier_day(norm, sentences, k, codes, pub, quoted)
        label = "speaker-day:"
        if found is None or not _takes_frame_day(ev, found[0]):
            continue
        d0, d1, precision, text = found[1]
        ev.update(date_start=d0, date_end=d1, precision=precision, date_text=text)
        ev["rule"] = ev["rule"].replace("before-publication", label + text, 1)


def _same_person(a: str, b: str) -> bool:
    """Whether two names of a person of one side are the same person: one holds the other ("ظريف" in "وزير الخارجية
    الإيراني، جواد ظريف"; "وزير الخارجية الإيرانية" and "… الإيراني", the final ه aside)."""
    a, b = (" ".join(w[:-1] if w.endswith("ه") and len(w) > 3 else w for w in x.split()) for x in (a, b))
    return bool(a and b) and (a in b or b in a)


def _open_quote(straight: int, left_guillemets: int, right_guillemets: int, left_curly: int, right_curly: int) -> bool:
    """Whether a quotation is open after a stretch of text (a segment's text up to a sentence) holding these counts of
    quote marks: an odd number of straight double quotes, or more opening than closing guillemets or curly quotes."""
    return straight % 2 == 1 or left_guillemets > right_guillemets or left_curly > right_curly


def _earlier_day(norm, sentences, k, codes, pub, quoted=frozenset()):
    """``(speaker, day)`` from the sentence that opened the statement the sentence ``k`` goes on, if any.

    The speaker is one side; a person named as the subject (a leader or an official, by role or by name) must be one
    the statement's opening names: another person of the same side ("وقال ليبرمان" after "اعتبر نتنياهو، الخميس، …")
    does not go on with the first one's statement, while "ظريف" and "وزير الخارجية الإيرانية" go on with "حذر وزير
    الخارجية الإيراني، جواد ظريف … الأحد". A state named as the speaker ("صعدت الرياض … الأربعاء، مؤكدة …") speaks
    through any of its officials."""
    opens, side, words, person = _speaker_opening(norm, 0, len(norm), codes)
    if not opens or (words and side is None):
        return None  # no speech verb, or a subject that names no side of ours
    persons = [person] if person else []  # the persons named as the subject on the way back (role or name)
    for j in range(k - 1, max(-1, k - 1 - _MAX_BACK), -1):
        prev = sentences[j][3]
        if j in quoted:
            # the statement's own quoted words cut by a full stop ("وأوضح البيان أن "الاتصال تطرق … . فقد تم التشاور
            # …"", session 95): the words go on, neither a day nor another speaker
            continue
        day = _frame_day(prev, 0, len(prev), codes, pub)
        if day is not None and (side is None or side in day[0]):
            speaker = side or day[0][0]
            opened = [form for code, form in day[2] if code == speaker]
            if not opened or all(any(_same_person(p, form) for form in opened) for p in persons):
                return speaker, day[1]
            return None  # another person of the same side opened that statement
        p_opens, p_side, p_words, p_person = _speaker_opening(prev, 0, len(prev), codes)
        if not p_opens or (p_words and (p_side is None or (side is not None and p_side != side))):
            return None  # another speaker, or no statement: the day is not carried past it
        side = side or p_side
        persons += [p_person] if p_person else []
    return None

