"""Construction families that give events outside the plain cue reading of a sentence.

Each family is one function over a sentence and its actors that adds rows through :func:`_add_reported`:
quoted speakers (:func:`_quoted_speaker_events`), reciprocal acts (:func:`_reciprocal_events`), recalled
visits (:func:`_recall_events`), claims (:func:`_claim_events`), findings (:func:`_finding_events`), praise
(:func:`_praise_events`), judgements (:func:`_judgement_events`), stances on a demonym's thing
(:func:`_demonym_thing_events`), warnings (:func:`_warning_events`), denials (:func:`_denial_events`) and
obligations laid on the other side (:func:`_obligation_events`) and threats told as a condition
(:func:`_condition_threat_events`).
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .context import _Actor
from .clauses import _clauses
from .demonyms import _any_demonym, _demonym_after, _demonym_rx
from .actors import _PEOPLE_OBLIQUE
from .syntax import _DAY_WORD, _HOSTILE_ROOTS, _LIST_TAIL, _REPLY, _aspect, _oblique
from .arguments import _flags
from .status import _NEG_WINDOW
from .event_dates import _as_said_date, _event_date
from .rows import _row

__all__: list[str] = []  # private passes of marsad.events.extract


_WORD = re.compile(r"\S+")  # the word that starts at a position


# A reporting verb with no subject opening a quotation ("وقال "لقد التقيت …", "وأضاف "نعتقد …"): the speaker is the
# person of ours the sentence before opened with.
_QUOTE_OPEN = re.compile(r"\s*[وف]?(?:قال|قالت|اضاف|اضافت|تابع|تابعت|صرح|صرحت|اكد|اكدت|اوضح|اوضحت)\s*:?\s*[\"«“]")
# a first-person verb of opinion opening the speaker's words ("نعتقد بشكل راسخ أن …")
_FIRST_PERSON_OPINION = re.compile(r"[\"«“]\s*(?:[وف]?(?:نعتقد|نري|نعتبر|اعتقد|اري|اعتبر))(?![\w])")
_DEICTIC_DAY = re.compile(r"(?<![\w])(?:ال)?يوم(?![\w])|(?<![\w])امس(?![\w])|(?<![\w])غدا(?![\w])")


def _quoted_speaker_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub,
                           section, holes, speaker) -> list[dict]:
    """The speaker's own acts told in the first person in a quotation that opens the sentence with no subject: a
    meeting ("وقال "لقد التقيت صباح اليوم وزير التجارة الأميركي …"), 040 with the other side; a disapproving opinion
    on the other side's act ("وأضاف "نعتقد … أن القرار الذي اتخذته الإدارة الأميركية غير مقبول"), 111. The speaker is
    the person of ours the sentence before opened with; a deictic day in the quotation is the statement's, so the
    event is dated only when the statement is."""
    q = _QUOTE_OPEN.match(norm, s_start, s_end)
    if q is None or speaker is None or speaker.code not in (ctx.focus, *ctx.partners):
        return []
    others = [a for a in actors if a.start >= q.end() and a.code in (ctx.focus, *ctx.partners)
              and a.code != speaker.code and a.kind not in ("pair", "nisba") and not a.code.startswith("?")]
    if not others or ctx.focus not in (speaker.code, others[0].code):
        return []
    other, who = others[0], speaker._replace(start=s_start, end=s_start)
    out: list[dict] = []
    meet = lx.FIRST_PERSON_MEETING.search(norm, q.end(), other.start)
    opinion = _FIRST_PERSON_OPINION.match(norm, q.end() - 1)
    found = (("040", meet, "cue:quoted-first-person-meeting") if meet is not None and other.start - meet.end() <= 40
             else ("111", opinion, "cue:quoted-first-person-disapproval")
             if opinion is not None and lx.DISAPPROVAL.search(norm, other.end, min(s_end, other.end + 60)) else None)
    if found is None:
        return out
    code, m, cue = found
    _add_reported(out, seen, code, who, other, m, (s_start, s_end), cue, text=text, norm=norm, offsets=offsets,
                  sentence=(s_start, s_end), timexes=[t for t in timexes if not _DEICTIC_DAY.search(t["text"])],
                  prev_dates=prev_dates, pub=pub, holes=holes, section=section, focus=ctx.focus)
    if code == "040" and out:
        out[-1]["symmetric"] = True
    return out


# "تقول لندن إن موسكو مسؤولة عن …", "تشير لندن إلى أن روسيا تقف خلف …": a claim that the other side is responsible
# is an accusation (112) by the one who makes it.
# "قال بومبيو إن إيران ماضية في بيع الأسلحة", "إن طهران تدعم الإرهاب": a claim that the other side keeps a hostile
# conduct is the speaker's accusation (112), like a claim of responsibility.
# a masculine or feminine reporting verb with no subject named before its complementizer ("وقال إن", "وأضافت أن")
_PRONOUN_REPORT = re.compile(r"[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|تابع|تابعت|اوضح|اوضحت|اشار|اشارت|اعتبر|اعتبرت)"
                             r"\s+(?:ان|بان|انه|انها)(?![\w])")
_HOSTILE_CLAIM = re.compile(r"\s*(?:(?:لا\s+تزال|لا\s+يزال|ما\s+زالت|مازالت|ما\s+زال|مازال)\s+)?(?:"
                            r"(?:ماضيه|ماض|مستمره|مستمر)\s+في\s+(?:بيع|تهريب|تطوير|نشر|تمويل|دعم|تسليح)\w*|"
                            r"(?:تواصل|يواصل|واصلت|واصل)\s+(?:بيع|تهريب|تمويل|دعم|تسليح)\w*|"
                            r"(?:تدعم|يدعم|دعمت|دعم|تمول|يمول|مولت|ترعي|يرعي|رعت|تسلح|يسلح|سلحت)\s+(?:ال)?(?:ارهاب|"
                            r"ارهابيين|جماعات\s+(?:ال)?ارهابي\w*|ميليشيات|مليشيات|اصوليين|متطرفين|تطرف)|"
                            # "إن قطر تؤوي مجموعات إرهابية": sheltering terrorists
                            r"(?:تاوي|تؤوي|يؤوي|ياوي|اوت|تحتضن|يحتضن|احتضنت)\s+(?:ايضا\s+)?(?:ال)?(?:مجموعات|جماعات|"
                            r"عناصر|قيادات|ارهابيين|متطرفين)|"
                            r"(?:تنتهك|ينتهك|انتهكت|انتهك|تخرق|يخرق|خرقت|خرق)\s+(?:ال)?(?:اتفاق|قرار|معاهد|هدن|قانون|سياد)\w*|"
                            r"(?:تزعزع|يزعزع|زعزعت)\s+(?:ال)?استقرار|"
                            # "إن إسرائيل دولة إرهاب", "… دولة فصل عنصري": the other side called a terror or apartheid state
                            r"(?:هي\s+)?دوله\s+(?:ال)?(?:ارهاب|ارهابيه|احتلال|فصل\s+عنصري|مارقه|عنصريه)|"
                            # "أكد الجبير أن كندا ارتكبت خطأ وعليها تصحيحه", "أن أوتاوا أخطأت": the other side is wrong
                            r"(?:ارتكبت|ارتكب|ترتكب|يرتكب)\s+(?:\S+\s+)?(?:ال)?(?:خطا|اخطاء)\w*|(?:اخطات|اخطا)(?=\s|[\"»”.،,])|"
                            # "إن إيران جندت أكثر من 80 ألف مقاتل شيعي في سوريا": recruiting or arming fighters
                            r"(?:جندت|جند|تجند|يجند|سلحت|سلح)\s+(?:\S+\s+){0,4}?(?:ال)?(?:مقاتل|مسلح|ميليشي|مليشي|مرتزق)\w*)(?![\w])")
# the same claim as a later verb of the clause, after a first predicate or an adverb ("إن قطر تعد مقرا لقيادات …
# وتأوي أيضا مجموعات إرهابية", "إن قطر ومنذ منتصف التسعينيات تدعم الأصوليين"); no negation in between
_HOSTILE_CLAIM_LATER = re.compile(r"\s*(?:(?!(?:[وف]?(?:لا|لم|لن|ليس|ليست|غير|ما))(?![\w]))\S+\s+){1,8}?[وف]?"
                                  + _HOSTILE_CLAIM.pattern.lstrip("\\s*"))
_RESPONSIBLE = re.compile(r"\s*(?:(?:هي|هو|كانت|كان|قد)\s+)?(?:ال)?(?:مسؤول(?:ه|ون|ين)?\s+عن|متورط\w*|ضالع\w*|"
                          r"(?:تقف|يقف|وقفت|وقف|يقفون)\s+(?:خلف|وراء)|وراء\s+(?:ال)?(?:هجوم|عمليه|تسميم|اغتيال))")
# A denial: "نفت روسيا الاتهامات", "إلا أن موسكو نفت تورطها", "إلا أن روسيا تنفي", "ووصف بوتين الاتهامات بأنها هراء".
_DENY = re.compile(r"(?<![\w])[وف]?(?:نفت|نفي|ينفي|تنفي|ينفيان|تنفيان|نفوا|ينفون|تنفيه|نفته|انكرت|انكر|تنكر|ينكر)(?![\w])")
_DENY_OBJECT = re.compile(r"\s*(?:(?:\S+\s+){0,3}?(?:ال)?(?:اتهام\w*|مزاعم|ادعاءات|تورط\w*|ضلوع\w*|مسؤوليه\w*|"
                          r"علاق\w*\s+(?:ب|لها|له)|اي\s+(?:دور|تدخل|علاق\w*|صله|ضلوع|تورط|مسؤوليه))|\s*[.،,؛]|\s*$|"
                          r"\s*(?:ذلك|هذا|هذه|الامر|بشده|قطعيا|مرارا|جمله))")
_DESCRIBE_CHARGES = re.compile(r"(?<![\w])[وف]?(?:وصف|وصفت|يصف|تصف|وصفوا)\s+(?:\S+\s+){0,5}?(?:ال)?(?:اتهامات|اتهام|مزاعم|"
                               r"ادعاءات)\w*\s+(?:\S+\s+){0,2}?ب")
# "اعتبر بوتين أن اتهام موسكو بتسميم العميل … هو مجرد هراء": the accused dismisses the accusation
_DISMISS = re.compile(r"(?<![\w])(?:ال)?(?:اتهام\w*|مزاعم|ادعاءات)\s+(?:\S+\s+){0,12}?(?:هو|هي)?\s*[\"«“]?\s*"
                      r"(?:مجرد\s+)?(?:هراء|كذب|افتراء|سخيف\w*|سخافه|لا\s+اساس|عار\w*\s+(?:من|عن)\s+الصحه|باطل\w*|ملفق\w*)")
_ACCUSE_WORD = re.compile(r"(?<![\w])[وفبل]?(?:اتهم\w*|يتهم\w*|تتهم\w*|(?:ال)?اتهام\w*|تقول|يقول|قالت|تشير|يشير|اشارت|"
                          r"تؤكد|يؤكد|اكدت|حمل\w*|تحمل|يحمل)(?![\w])")

_SPEECH_ROOTS = ("01", "02", "03", "10", "11", "12", "13")
# "ردت عليه موسكو بالمثل", "لتقوم روسيا باتخاذ قرار مماثل": the same act back (the code of the act answered)
_RECIP = re.compile(r"(?<![\w])[وفل]?(?:رد|ردت|ردوا|ترد|يرد|تقوم|قامت|قام|يقوم)\s+(?:\S+\s+){0,4}?(?:بالمثل|باجراء\w*\s+مماثل\w*|"
                    r"(?:ب)?اتخاذ\s+(?:قرار|اجراء|اجراءات|خطوه|خطوات)\s+مماثل\w*|(?:ب)?خطو\w*\s+مماثل\w*)(?![\w])")
_RECIP_ROOTS = ("11", "12", "13", "16", "17")
# "قالت موسكو إنها تستعد للرد", "توعدت طهران بالرد", "وسترد روسيا": a threat (130) to answer the other side's last
# hostile act of the paragraph
_RESPOND_THREAT = re.compile(r"(?<![\w])[وف]?(?:(?:تستعد|يستعد|تتوعد|يتوعد|توعدت|توعد|تعهدت|تعهد)\s+(?:\S+\s+){0,2}?"
                             r"(?:بال|لل|ب|ل)رد|سترد|سيرد)(?![\w])(?!\s+علي\s+(?:ال)?(?:اسئل|سؤال|استفسار|رسال|مكالم|"
                             r"اتصال|تساؤل|دعو|طلب))")


def _add_reported(out, seen, code, subj, obj, m, clause, cue, *, text, norm, offsets, sentence, timexes, prev_dates,
                  pub, holes, section, focus) -> None:
    """Append one reported event ``code`` from ``subj`` to ``obj`` (once per code and direction in the sentence:
    ``seen`` holds the keys already drawn), dated within ``clause`` by :func:`_event_date` from the match ``m``.

    The shared tail of the frames that code a fixed kind (answers, claims, findings, denials)."""
    key = (code, subj.code, obj.code)
    if key in seen:
        return
    seen.add(key)
    s_start, s_end = sentence
    partner = obj.code if obj.code != focus else subj.code
    date, date_rule = _event_date(norm, clause[0], clause[1], s_start, s_end, m, timexes, [], prev_dates, "reported",
                                  pub, holes)
    if date is None and code[:2] in _SPEECH_ROOTS and (said := _as_said_date(norm, m.end(), s_end, timexes, pub)):
        # "أكد الجبير أن كندا ارتكبت خطأ …، وذلك وفقا لما قاله في مؤتمر صحفي عقده الثلاثاء": the words' own telling,
        # after them, gives their day (as for the cues)
        date, date_rule = said, "timex:as-said"
    out.append(_row(text, offsets, s_start, s_end, m, None, code, "reported", subj, obj, False, partner, focus, date,
                    [date_rule, "status:reported", cue], None, norm, section))


def _reciprocal_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates, pub,
                       section, holes, prior) -> list[dict]:
    """Reciprocation: the subject answers the other side's last hostile act of the paragraph with the same act."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    hits = [(m, False) for m in _RECIP.finditer(norm, s_start, s_end)]
    hits += [(m, True) for m in _RESPOND_THREAT.finditer(norm, s_start, s_end)]
    for m, threat in hits:
        c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
        subj = next((a for a in actors if m.start() < a.start < m.end() and _side(a, focus, partners)), None)
        if subj is None:
            subj = next((a for a in reversed(actors) if c_start <= a.start and a.end <= m.start()
                         and m.start() - a.end <= 12 and _side(a, focus, partners)), None)
        if subj is None or any(k[1] == subj.code for k in seen):
            continue  # "ردت بالمثل … وطردت 23 من دبلوماسييها": the act named is the answer
        prev = [e for e in prior if e[2] == subj.code and e[1] != subj.code and e[0][:2] in _RECIP_ROOTS
                and e[3] == "reported"]
        if not prev:
            continue
        code, other = prev[-1][0], prev[-1][1]
        if threat:
            code = "130"
        if focus not in (subj.code, other) or (other not in partners and subj.code not in partners):
            continue
        acc = next((a for a in actors if a.code == other), None) or _Actor(subj.start, subj.end, other, subj.form, "",
                                                                             "country")
        # the answer's own date follows its verb ("لتقوم روسيا السبت بإجراء مماثل"); the one before is the act answered
        own = [t for t in timexes if t["n_start"] >= m.start()]
        _add_reported(out, seen, code, subj, acc, m, (c_start, c_end),
                      "cue:threat-to-respond" if threat else "cue:reciprocal", text=text, norm=norm, offsets=offsets,
                      sentence=(s_start, s_end), timexes=own, prev_dates=(), pub=pub, holes=holes, section=section,
                      focus=focus)
    return out

_HOST_AFTER = re.compile(r"\s*(?:\S+\s+){0,4}?(?:لدي|في|من)\s+$")


def _recall_events(text, norm, offsets, s_start, s_end, actors, hosts, clauses, seen, ctx, timexes, prev_dates, pub,
                   section, holes) -> list[dict]:
    """One's own envoy recalled ("استدعى السودان سفيره في مصر للتشاور", "استدعته الخرطوم للتشاور", "استدعاؤه إلى
    الخرطوم"): the recalling side reduces relations with the host country (161). The agent is the side named inside
    the phrase (after the verb), after "إلى" (back to its capital) or the nearest before it in the sentence; the host
    is the other side after "لدى/في/من", a kept host of "سفيره لدى X" in the sentence, or the other side named in it."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    for m in lx.RECALL_OWN.finditer(norm, s_start, s_end):
        c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
        sides = [a for a in actors if _side(a, focus, partners) and a.kind not in ("pair", "nisba")]
        agent = next((a for a in sides if m.start() < a.start < m.end()), None)
        if agent is None:
            agent = next((a for a in sides if m.end() <= a.start <= m.end() + 2 and m.group().endswith("الي")), None)
        if agent is None:
            # the subject before: not after a preposition ("مع كندا"), not an envoy who is the object of a verb
            # before ("طردت الرياض السفير الكندي واستدعت سفيرها")
            agent = next((a for a in reversed(sides) if s_start <= a.start and a.end <= m.start()
                          and not _PEOPLE_OBLIQUE.search(norm, max(0, a.start - 12), a.start)
                          and not re.match(r"[وفبل]?(?:ال)?(?:سفير|سفراء|مبعوث|مندوب|قائم\s+بال?اعمال)", a.form)), None)
            if agent is not None and any(agent.end <= a.start < m.start() and not _side(a, focus, partners)
                                         and a.kind not in ("pair", "nisba") for a in actors):
                # "نعلم أن الحكومة السعودية استدعت سفيرها في كندا" (a US spokeswoman, the pair US-Canada): a third
                # party named between is the one recalling
                agent = None
        if agent is None:
            continue
        others = [a for a in sides + hosts if a.code != agent.code and (a.code == focus or agent.code == focus)
                  and (a.code in partners or agent.code in partners)]
        host = next((a for a in others if m.end() <= a.start <= m.end() + 40
                     and _HOST_AFTER.fullmatch(norm, m.end(), a.start)), None) \
            or next((a for a in others if a.kind == "host"), None) \
            or next((a for a in others if a.kind != "host"), None)
        if host is None or lx.NEGATION.search(norm, max(c_start, m.start() - _NEG_WINDOW), m.start()):
            continue
        # "يعود الاثنين بعد أن استدعته الخرطوم للتشاور في يناير": a date after the recall is its own
        own = [t for t in timexes if m.start() <= t["n_start"] < c_end] or timexes
        _add_reported(out, seen, "161", agent, host, m, (c_start, c_end), "cue:recall-own-envoy", text=text,
                      norm=norm, offsets=offsets, sentence=(s_start, s_end), timexes=own, prev_dates=prev_dates,
                      pub=pub, holes=holes, section=section, focus=focus)
    for m in lx.RETURN_ENVOY.finditer(norm, s_start, s_end):
        c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
        sides = [a for a in actors if _side(a, focus, partners) and a.kind not in ("pair", "nisba")]
        vg, ng = ("verb", "noun") if m.group("verb") else ("verb2", "noun2")
        noun_start, noun_end = m.span(ng)
        # the envoy's country: his own role ("سفير السودان", "السفير السوداني") or, for "سفيره", the subject before
        agent = next((a for a in sides if noun_start - 3 <= a.start <= noun_end + 1 and a.end > noun_start), None)
        if agent is None and re.search(r"(?:ه|ها|هم|نا)$", norm[noun_start:noun_end]):
            agent = next((a for a in reversed(sides) if s_start <= a.start and a.end <= noun_start
                          and not _PEOPLE_OBLIQUE.search(norm, max(0, a.start - 12), a.start)), None)
        host = next((a for a in sides if m.end() <= a.start <= m.end() + 6), None)
        if agent is None or host is None or host.code == agent.code or focus not in (agent.code, host.code) \
                or lx.NEGATION.search(norm, max(c_start, m.start(vg) - _NEG_WINDOW), m.start(vg)):
            continue
        planned = m.group(vg).startswith("س") or m.group(vg).startswith("عائد")
        code, status = ("032", "intent") if planned else ("054", "reported")
        key = (code, agent.code, host.code)
        if key in seen:
            continue
        seen.add(key)
        own = [t for t in timexes if m.start(vg) <= t["n_start"] < c_end] or timexes
        date, date_rule = _event_date(norm, c_start, c_end, s_start, s_end, m, own, [], prev_dates, status, pub, holes)
        partner = host.code if host.code != focus else agent.code
        out.append(_row(text, offsets, s_start, s_end, m, None, code, status, agent, host, False, partner, focus, date,
                        [date_rule, f"status:{status}", "cue:envoy-returns"], None, norm, section))
    return out


# "أعلنت بريطانيا الأسبوع الماضي طرد 23 دبلوماسيا روسيا", "قررت واشنطن فرض عقوبات على موسكو", "قامت بريطانيا بسحب …":
# a verbal noun governed by a verb of deciding or announcing has that verb's subject as its agent.
_CONTROL = re.compile(r"(?<![\w])[وفلب]?(?:اعلن|اعلنت|يعلن|تعلن|قرر|قررت|يقرر|تقرر|تعتزم|يعتزم|امر|امرت|يامر|تامر|"
                      r"بدات|بدا|تبدا|يبدا|قامت|قام|تقوم|يقوم|(?:ال)?اعلان|(?:ال)?قرار|"
                      r"(?:دفع|دفعت|يدفع|تدفع|اضطر|اضطرت|يضطر|تضطر|اجبر|اجبرت|يجبر|تجبر)(?:\s+(?:ذلك|هذا|هذه|ذاك))?)(?![\w])")
# "ودفع ذلك السعودية إلى طرد السفير الكندي": a causative verb's object (named right after it) is the agent of the act
# it was driven to; the one before the causative verb is not
_CAUSATIVE = re.compile(r"[وفلب]?(?:دفع|دفعت|يدفع|تدفع|اضطر|اضطرت|يضطر|تضطر|اجبر|اجبرت|يجبر|تجبر)(?![\w])")
_COMMA_DAY = re.compile(r"^\s*[،,]\s*" + _DAY_WORD + r"\s*[،,]\s*")
_CONTROL_GAP = re.compile(r"\s*(?:(?:[^\s،,]+\s+){0,3}?)(?:(?:عن|ب)\s*)?$")


def _control_subject(norm, mine, c_start, c_end, m, code, focus, partner, flags):
    if code[:2] in ("01", "02", "03", "04", "05", "06", "07", "08"):
        return None
    head = norm[m.start():m.end()].split()[0] if m.group().strip() else ""
    if not re.fullmatch(r"[وفبل]?(?:ب|ل)?(?:ال)?\w{3,6}", head) or re.match(r"[وف]?[يت]", head):
        return None
    ctl = None
    for c in _CONTROL.finditer(norm, max(c_start, m.start() - 70), m.start()):
        ctl = c
    if ctl is None:
        return None
    x = next((a for a in mine if ctl.end() < a.start < m.start() and a.start - ctl.end() <= 2
              and a.kind not in ("pair", "nisba")), None)
    if x is not None and x.code in (focus, partner) and head.startswith("و") \
            and not re.search(r"[،,]", norm[ctl.end():m.start()]) and m.start() - x.end <= 90 \
            and any(x.end <= a.start < m.start() and a.kind == "nisba" for a in mine) \
            and not any(x.end <= a.start < m.start() and a.kind != "nisba"
                        and not (flags.get(a.start) or _flags(norm, a))[2] for a in mine):
        # "بعد إعلان بلاده عن قصف مواقع إيرانية … واتهام إيران بـ…": a verbal noun coordinated with the one the
        # control verb governs (whose phrase, with the other side's sites, lies in between) has the same agent
        y = next((a for a in mine if m.start() + len(head) < a.start < c_end and a.code in (focus, partner)
                  and a.code != x.code and a.kind not in ("pair", "nisba")
                  and not any((flags.get(a.start) or _flags(norm, a))[:3])), None)
        return (x, y, False) if y is not None and y.start - m.end() <= 40 else None
    if x is None and _CAUSATIVE.match(ctl.group()):
        return None  # "دفعت كندا السعودية …": only the object of a causative verb acts
    if x is None:
        # SVO: "إيران تعلن إسقاط طائرة …" — the subject right before the governing verb, opening its clause
        x = next((a for a in reversed(mine) if a.end <= ctl.start() and ctl.start() - a.end <= 2 and a.start >= c_start
                  and a.kind not in ("pair", "nisba") and not norm[c_start:a.start].strip(" ،,\"«:")), None)
        if x is None or x.code not in (focus, partner):
            return None
        gap = norm[ctl.end():m.start()]
        if len(gap) > 30 or any(ctl.end() <= a.start < m.start() for a in mine) or not _CONTROL_GAP.match(gap):
            return None
    elif x.code not in (focus, partner):
        return None
    # "قررت تركيا، الثلاثاء، طرد السفير الإسرائيلي": a day set off by commas between the agent and the noun
    gap = _COMMA_DAY.sub(" ", norm[max(x.end, ctl.end()):m.start()])
    if len(gap) > 30 or any(x.end <= a.start < m.start() for a in mine) or not _CONTROL_GAP.match(gap):
        return None
    # the target: one of ours after the noun, not a topic, a route or (for a hostile act) a place after في
    y = next((a for a in mine if m.start() + len(head) < a.start < c_end and a.code in (focus, partner) and a.code != x.code
              and a.kind not in ("pair",) and not any((flags.get(a.start) or _flags(norm, a))[:2])
              and not (code[:2] in _HOSTILE_ROOTS and (flags.get(a.start) or _flags(norm, a))[2])), None)
    if y is None or y.start - m.end() > 40:
        return None
    return x, y, False


def _side(a, focus, partners) -> bool:
    return a.kind not in ("pair", "nisba") and (a.code == focus or a.code in partners)


def _claim_events(text, norm, offsets, s_start, s_end, actors, reporters, clauses, seen, ctx, timexes, prev_dates,
                  pub, section, holes, speaker=None) -> list[dict]:
    """"تقول لندن إن موسكو مسؤولة عن الهجوم": the reporter accuses the one it holds responsible (112). A reporting
    verb opening the sentence with no subject ("وقال إن …") has the person of ours named as the speaker of the sentence
    before in the paragraph (``speaker``)."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    for r0, r1, who, c0 in reporters:
        if who is None and speaker is not None and not norm[s_start:r0].strip(" \t\"«“-—") \
                and _PRONOUN_REPORT.match(norm, r0):
            who = speaker._replace(start=r0, end=r0)
        if who is None or not _side(who, focus, partners) or c0 <= r0:
            continue
        c_end = next((b for a, b in clauses if a <= c0 < b), s_end)
        if any(c0 > a.start > who.end and _side(a, focus, partners) and a.code != who.code for a in actors):
            continue  # the reporter frame itself names the other side ("قال بوتين لماي إن …"): not a claim
        y = next((a for a in actors if c0 <= a.start < min(c_end, c0 + 30) and _side(a, focus, partners)), None)
        if y is None or y.code == who.code or focus not in (y.code, who.code):
            continue
        if not (_RESPONSIBLE.match(norm, y.end) or _HOSTILE_CLAIM.match(norm, y.end)
                or _HOSTILE_CLAIM_LATER.match(norm, y.end, c_end)):
            continue
        _add_reported(out, seen, "112", who, y, _WORD.match(norm, r0), (r0, c_end), "cue:claim-responsible",
                      text=text, norm=norm, offsets=offsets, sentence=(s_start, s_end), timexes=timexes,
                      prev_dates=prev_dates, pub=pub, holes=holes, section=section, focus=focus)
    # session 54: the same claim in a frame whose speaker is not named after its verb: before it ("وكان ولي العهد
    # قال، …، إن") or, for a participle after a comma ("…، مضيفا أن كندا ارتكبت خطأ كبيرا"), the side opening the
    # sentence (see _reported_judge)
    for m, who, y in _said_pairs(norm, s_start, s_end, actors, focus, partners):
        c_end = next((b for a, b in clauses if a <= y.start < b), s_end)
        if not (_RESPONSIBLE.match(norm, y.end) or _HOSTILE_CLAIM.match(norm, y.end)
                or _HOSTILE_CLAIM_LATER.match(norm, y.end, c_end)):
            continue
        _add_reported(out, seen, "112", who, y, _WORD.match(norm, m.start()), (m.start(), c_end),
                      "cue:claim-responsible", text=text, norm=norm, offsets=offsets, sentence=(s_start, s_end),
                      timexes=timexes, prev_dates=prev_dates, pub=pub, holes=holes, section=section, focus=focus)
    return out


# A finding of one side ("إن واشنطن تأكدت في 6 آب من أن الحكومة الروسية استخدمت أسلحة كيميائية", "خلصت لندن إلى أن
# موسكو تقف وراء الهجوم"): the finder accuses the other side of the hostile act (112).
_FINDING = re.compile(r"(?<![\w])[وف]?(?:تاكدت|تاكد|خلصت|خلص|توصلت|توصل|اكتشفت|اثبتت|ثبت\s+ل\w*|تيقنت)(?![\w])"
                      r"\s+(?:\S+\s+){0,6}?(?:من\s+|الي\s+)?(?:ب)?ان\s+")
_HOSTILE_ACT = re.compile(r"\s*(?:(?:قد|كانت|كان)\s+)?(?:(?:استخدم|استعمل)\w*\s+(?:ال)?(?:اسلحه|سلاح|غاز\w*|مواد\w*)\s+"
                          r"(?:ال)?(?:كيم\w*|بيولوج\w*|اعصاب|سام\w*)|تدخل\w*\s+(?:\S+\s+){0,2}?في|اخترق\w*|قرصن\w*|"
                          r"تمكن\w*\s+من\s+(?:اختراق|قرصن\w*)|شن\w*\s+(?:ال)?هجم\w*)")


def _finding_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub, section,
                    holes) -> list[dict]:
    focus, partners = ctx.focus, ctx.partners
    out = []
    for f in _FINDING.finditer(norm, s_start, s_end):
        finder = next((a for a in actors if f.start() < a.start and a.end <= f.end() and a.kind not in ("pair",)), None)
        finder = finder or next((a for a in sorted(actors, key=lambda a: -a.end) if s_start <= a.start
                                 and a.end <= f.start() and f.start() - a.end <= 40 and a.kind not in ("pair",)), None)
        y = next((a for a in actors if f.end() <= a.start < f.end() + 3), None)
        if finder is None or y is None or not (_side(finder, focus, partners) and _side(y, focus, partners)) \
                or finder.code == y.code or focus not in (finder.code, y.code) \
                or any(finder.end <= a.start < f.start() and a.code not in (focus, *partners) for a in actors) \
                or any(a is not finder and f.start() < a.start < f.end() for a in actors):
            continue
        if not (_HOSTILE_ACT.match(norm, y.end) or _RESPONSIBLE.match(norm, y.end)):
            continue
        _add_reported(out, seen, "112", finder, y, f, (f.start(), f.end()), "cue:finding", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


# "اعتبر قرقاش … أن "نجاح السعودية هو الخيار الأول للمنطقة"": the other side (or its success, role, security) as the
# subject of a praising nominal predicate in a side's words is praise (051) with no praise verb
_PRAISED_THING = re.compile(r"\s*[\"«“]?\s*(?:[وبل]?(?:ال)?(?:نجاح|دور|امن|استقرار)\s+)?")
_PRAISING_PREDICATE = re.compile(
    r"\s*(?:(?:هو|هي|تبقي|يبقي|ستبقي|سيبقي|تظل|يظل)\s+)?[\"«“]?\s*(?:ال)?(?:خيار\s+(?:ال)?اول|قوه\s+(?:هامه|مهمه|كبيره|"
    r"اساسيه|رئيسيه)|شريك\s+(?:ال)?(?:استراتيجي|اساسي|رئيسي|مهم|موثوق)|حليف\s+(?:ال)?(?:استراتيجي|رئيسي|مهم|قوي|"
    r"موثوق)|ركيزه|صمام\s+(?:ال)?امان|عامل\s+(?:ال)?استقرار)(?![\w])")


def _praise_events(text, norm, offsets, s_start, s_end, actors, reporters, seen, ctx, timexes, prev_dates, pub,
                   section, holes) -> list[dict]:
    """Praise told as a nominal predicate in a side's words (051): the reporter a side, the other side the subject."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    for r0, r1, who, c0 in reporters:
        if who is None or who.kind in ("pair", "nisba") or not _side(who, focus, partners):
            continue
        lead = _PRAISED_THING.match(norm, c0)
        y = next((a for a in actors if a.start == lead.end() and a.kind in ("country", "capital", "leader")), None)
        if y is None or not _side(y, focus, partners) or y.code == who.code or focus not in (who.code, y.code) \
                or not _PRAISING_PREDICATE.match(norm, y.end):
            continue
        m = _WORD.match(norm, r0)
        _add_reported(out, seen, "051", who, y, m, (r0, s_end), "cue:praising-predicate", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


# Session 54: a judgement of the other side told as the object of an opinion verb ("وسيول تعتبره تهديدا للعالم",
# "واعتبرت موسكو الخطوة الأمريكية استفزازا", "ترى إيران في الولايات المتحدة خطرا", "وصفت أنقرة سياسة واشنطن
# بالعدوانية"): the judge criticises the one judged (111). The judge is named right before the verb or right after
# it; the one judged is the other side itself, an act of it (a noun with its demonym or genitive), or, for an object
# pronoun on the verb ("تعتبره"), the other side that opens the sentence; a negative evaluation follows within six
# words, in the same clause. Not negated, not a third party or a list in between.
_OPINION_VERB = re.compile(r"(?<![\w])[وف]?(?:اعتبر|اعتبرت|اعتبروا|اعتبرا|اعتبرتا|يعتبر|تعتبر|يعتبرون|يعتبران|تعتبران|"
                           r"راي|رات|راوا|يري|تري|يرون|يريان|وصف|وصفت|وصفوا|يصف|تصف|يصفون)(ه|ها|هم|هما)?(?![\w])")
_OPINION_NEG = re.compile(r"(?<![\w])[وف]?(?:لا|لم|لن|ليس|ليست|ما)\s+$")
_JUDGED_OPEN = re.compile(r"\s*(?:(?:ان|بان|في)\s+)?(?:(?:ال)?(?:خطوه|خطوات|قرار|قرارات|سياسه|سياسات|تصرفات|تصرف|سلوك|"
                          r"تصريحات|تحركات|اجراءات|اجراء|ممارسات|تدخل|دور|تجارب|تجربه|اطلاق|نشر)\s+)?")
_NEG_EVAL = re.compile(r"(?<![\w])(?:[بل]?(?:ال)?(?:تهديد|تهديدا|خطر|خطرا|خطير|خطيره|استفزاز|استفزازا|استفزازي|استفزازيه|"
                       r"استفزازيا|عدوان|عدوانا|عدواني|عدوانيه|عدوانيا|انتهاك|انتهاكا|خرق|خرقا|اعتداء|اعتداءا|مهين|"
                       r"مهينه|مهينا|عدائي|عدائيه|عدائيا|ابتزاز|ابتزازا|بلطجه|تصعيد|تصعيدا|خطا|خطئا)|"
                       r"[بل]?(?:ال)?غير\s+(?:مقبول|مقبوله|مقبولا|شرعي|شرعيه|قانوني|قانونيه|مسؤول|مسؤوله)|"
                       r"(?:ب)?اعلان\s+حرب|سبب\s+(?:ال)?(?:مشكلات|مشاكل|ازمات|الازمه|التوتر|الفوضي|التصعيد))(?![\w])")
_EVAL_GAP = re.compile(r"\s*(?:بان(?:ه|ها|هم)?\s+|(?:هو|هي|يمثل|تمثل|يشكل|تشكل)\s+)?(?:(?!(?:لا|لم|لن|ليس|ليست|غير)(?![\w]))"
                       r"[^\s،,.:؛\"«»“”]+\s+){0,5}?[\"«“]?\s*(?=" + _NEG_EVAL.pattern + ")")


# The same judgement as a nominal predicate of reported words ("قال أردوغان إن إسرائيل "دولة عدوانية"", "وكان ولي
# العهد السعودي قال، …، إن "إيران هي سبب مشكلات الشرق الأوسط"", "…، مضيفا أن واشنطن تمثل تهديدا"): the other side
# opens the content and a copula at most stands before the evaluation. The speaker is named in the frame, right before
# its verb, or (a participle after a comma) is the side that opens the sentence.
_COPULA_EVAL = re.compile(r"\s*[\"»”]?\s*(?:(?:هي|هو|تمثل|يمثل|تشكل|يشكل|باتت|بات|اصبحت|اصبح|تبقي|يبقي|تظل|يظل)\s+)?"
                          r"[\"«“]?\s*(?:(?:ال)?(?:دوله|نظام|قوه|طرف|بلد)\s+)?(?=" + _NEG_EVAL.pattern + ")")
_SAID_OPEN = re.compile(r"(?<![\w])[وف]?(?:قال|قالت|اكد|اكدت|اعتبر|اعتبرت|راي|رات|اضاف|اضافت|شدد|شددت|اوضح|اوضحت|"
                        r"مضيفا|مضيفه|مؤكدا|مؤكده|مشيرا|مشيره|معتبرا|معتبره|موضحا|موضحه)\s*[،,]?\s+(?:[^\s.:]+\s+){0,8}?"
                        r"(?:ان|بان|:)\s*[\"«“]?\s*")
_PARTICIPLE_SAID = re.compile(r"[،,]\s*[وف]?(?:مضيفا|مضيفه|مؤكدا|مؤكده|مشيرا|مشيره|معتبرا|معتبره|موضحا|موضحه)(?![\w])")


def _reported_judge(norm, m, s_start, actors, focus, partners):
    """The speaker of a frame ``_SAID_OPEN``: named between its verb and ان, right before the verb (after كان/قد),
    or, for a participle after a comma, the side that opens the sentence with no other side before the comma."""
    head_end = m.start() + len(_WORD.match(norm, m.start()).group())
    inner = [a for a in actors if head_end < a.start and a.end <= m.end()]
    if inner and inner[0].start - head_end <= 2:
        return inner[0]  # "قال أردوغان إن …" (an addressee or an outlet later in the frame is no speaker)
    pre = [a for a in actors if s_start <= a.start and a.end <= m.start()]
    if _PARTICIPLE_SAID.match(norm, max(s_start, m.start() - 3)) or _PARTICIPLE_SAID.match(norm, max(s_start, m.start() - 2)):
        sides = [a for a in pre if _side(a, focus, partners)]
        if pre and sides and pre[0] is sides[0] and pre[0].start - s_start <= 40 and len({a.code for a in sides}) == 1:
            return pre[0]
        return None
    if pre and re.fullmatch(r"\s*(?:[وف]?(?:كان|كانت|قد)\s*)?", norm[pre[-1].end:m.start()]):
        return pre[-1]
    return None


def _said_pairs(norm, s_start, s_end, actors, focus, partners):
    """Per ``_SAID_OPEN`` frame of the sentence: ``(frame, speaker, judged)`` when its speaker (``_reported_judge``)
    and the actor right after its ان are the two sides (``_side``: no pair word or nisba), the focus one of them, and
    the judged one opens no list (the claims of ``_claim_events`` and the judgements of ``_judgement_events``)."""
    for m in _SAID_OPEN.finditer(norm, s_start, s_end):
        who = _reported_judge(norm, m, s_start, actors, focus, partners)
        y = next((a for a in actors if m.end() <= a.start <= m.end() + 1), None)
        if who is None or y is None or not (_side(who, focus, partners) and _side(y, focus, partners)) \
                or y.code == who.code or focus not in (y.code, who.code) or _LIST_TAIL.match(norm, y.end):
            continue
        yield m, who, y


def _judgement_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub, section,
                      holes) -> list[dict]:
    """A side's negative judgement of the other side as the object of an opinion verb (111)."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    clauses = _clauses(norm, s_start, s_end)
    for m, judge, y in _said_pairs(norm, s_start, s_end, actors, focus, partners):
        if _OPINION_NEG.search(norm, max(s_start, m.start() - 8), m.start()):
            continue
        ev_at = _COPULA_EVAL.match(norm, y.end, s_end)
        if ev_at is None:
            continue
        c_end = next((b for a, b in clauses if a <= y.start < b), s_end)
        _add_reported(out, seen, "111", judge, y, _WORD.match(norm, m.start()), (m.start(), c_end),
                      "cue:judged-in-words", text=text, norm=norm, offsets=offsets, sentence=(s_start, s_end),
                      timexes=timexes, prev_dates=prev_dates, pub=pub, holes=holes, section=section, focus=focus)
    for m in _OPINION_VERB.finditer(norm, s_start, s_end):
        if _OPINION_NEG.search(norm, max(s_start, m.start() - 8), m.start()):
            continue
        c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
        before = [a for a in actors if c_start <= a.start and a.end <= m.start() and m.start() - a.end <= 2
                  and norm[a.end:m.start()].strip() in ("",)]
        judge, y, pos = None, None, m.end()
        if before:
            judge = before[-1]
        else:
            judge = next((a for a in actors if m.end() < a.start <= m.end() + 1), None)
            pos = judge.end if judge is not None else pos
        if judge is None or not _side(judge, focus, partners):
            continue
        if m.group(1):
            # "وسيول تعتبره": the pronoun is the act of the other side that opens the sentence
            first = next((a for a in actors if a.start >= s_start), None)
            if first is None or first is judge or not _side(first, focus, partners) or first.start - s_start > 3 \
                    or any(a.start < judge.start and a.code != first.code for a in actors if a is not judge) \
                    or not _EVAL_GAP.match(norm, pos, c_end):
                continue
            y = first
        else:
            lead = _JUDGED_OPEN.match(norm, pos)
            # the other side itself right after (an act noun and) ان/في, or an act named by its demonym, whose
            # actor span holds the noun ("الخطوه الامريكيه")
            y = next((a for a in actors if (lead.end() - 1 <= a.start <= lead.end() + 1 and a.kind != "nisba")
                      or (a.kind == "nisba" and (pos <= a.start <= pos + 2 or lead.end() - 1 <= a.start <= lead.end()))),
                     None)
            if y is not None and re.fullmatch(r"\s*و\s*", norm[pos:y.start]):
                continue  # "تعتبر واشنطن وموسكو الإرهاب تهديدا": both sides judge a third thing
            if y is None or y.kind == "pair" or _LIST_TAIL.match(norm, y.end):
                continue
            ev_at = _EVAL_GAP.match(norm, y.end, c_end)
            if ev_at is None or any(y.end <= a.start < ev_at.end() for a in actors):
                continue
        if y.code == judge.code or judge.kind in ("pair", "nisba") or focus not in (judge.code, y.code) \
                or not (judge.code == focus or judge.code in partners) or not (y.code == focus or y.code in partners):
            continue
        _add_reported(out, seen, "111", judge, y, m, (c_start, c_end), "cue:judged-as", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


# Session 65: a side acts on a thing the other side is named for only by its demonym ("انتقد X القرار الأمريكي",
# "رحب X بالرد الصيني", "رفض X المقترح الإيراني", "سخر X من هذا الرد الصيني"): the verb (a judgement, praise or
# refusal: roots 05, 11, 12) has the other side's act as its object, right after the verb and its subject or after the
# verb's own preposition. The thing is an act or a stance of a state (a decision, draft, reply, proposal, plan, request,
# tariffs, position, attack …), never its people, language, team, companies, press or land (those nouns are not heads
# and may not stand between the head and the demonym); the demonym ends the phrase (no third demonym after it:
# "المبادرة التونسية المصرية الجزائرية" is trilateral); the verb's subject is the other side, named right after the
# verb or right before it (a people, a third party or a list is no subject: "لا يستطيع الأوروبيون فهم هذا القرار
# الأميركي"), and the verb is not negated.
_THING_HEAD = (r"قرار|قرارات|مشروع|مشاريع|رد|ردود|مقترح|مقترحات|اقتراح|اقتراحات|مبادره|مبادرات|خطه|خطط|طلب|طلبات|"
               r"عرض|رسوم|تعريفات|تعرفه|موقف|مواقف|سياسه|سياسات|استراتيجيه|اعلان|بيان|تصريحات|اجراءات|اجراء|خطوه|"
               r"خطوات|هجوم|هجمات|ضربات|ضربه|غارات|عقوبات|تهديدات|اتهامات|مزاعم|ادعاءات|دعوه|دعوات|تدخل|عدوان|"
               r"انتهاكات|ممارسات|شروط|مطالب|قيود|تدابير|عمليه|عمليات|حمله|تحركات|تصعيد|انسحاب|تجارب|تجربه")
_THING_NOT = re.compile(r"(?:ال)?(?:شعب|شعوب|مواطن\w*|لغه|منتخب\w*|فريق|نادي|شرك\w*|صحف\w*|صحاف\w*|اعلام\w*|"
                        r"وسائل|قناه|قنوات|وكاله|جزر|جزيره|اراضي|ارض|حدود|سوق|اسواق|اسهم|منتجات|بضائع|سلع|واردات|"
                        r"صادرات|جيش|جنود|قوات|حكومه|رئيس|وزير|وزاره|سفير|سفاره|مسؤول\w*|خارجيه|دوله|ولايات|"
                        r"عاصمه|مدينه|مدن|نظام|طرف|جانب)")
_THING_OBJ = re.compile(r"\s*[،,]?\s*(?:(?:اليوم|امس|مجددا|ايضا|بشده|كذلك|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|"
                        r"الجمعه)\s+){0,2}(?:(?:من|علي|عن|ضد)\s+|(?=[بل]))?[\"«“]?\s*(?:(?:ب|ل)?(?:هذا|هذه|ذلك|تلك)\s+)?"
                        r"(?:[بل]?(?:ال|لل))(?P<head>" + _THING_HEAD + r")(?![\w])"
                        r"(?P<rest>(?:\s+[^\s،,.:؛\"«»“”()]+){1,3})")
_THING_ROOTS = ("05", "11", "12")
# a stance voiced as a verbal noun with the subject's pronoun ("جددت واشنطن معارضتها للطلب الكويتي", "أعلنت الهند
# رفضها للمقترح الباكستاني", "أكدت اليابان ترحيبها بالقرار الأسترالي")
_STANCE_CODE = {"معارضت": "120", "رفض": "120", "انتقاد": "111", "تنديد": "111", "ادانت": "111", "ترحيب": "051",
                "تاييد": "051"}
_STANCE_NOUN = re.compile(r"(?<![\w])[وف]?(?:جدد|جددت|يجدد|تجدد|اكد|اكدت|يؤكد|تؤكد|اعلن|اعلنت|يعلن|تعلن|ابدي|ابدت|"
                          r"يبدي|تبدي|اعرب|اعربت|يعرب|تعرب)(?:\s+\S+){0,4}?\s+(?:عن\s+)?"
                          r"(?P<noun>(?:معارضت|رفض|انتقاد|تنديد|ادانت|ترحيب|تاييد)(?:ه|ها|هم|هما))"
                          r"(?:\s+(?:ال)?(?:شديد|شديده|كامل|كامله|تام|تامه|مطلق|مطلقه))?(?![\w])")
_THING_NEG = re.compile(r"(?<![\w])[وف]?(?:لا|لم|لن|ليس|ليست|ما|غير)\s+(?:\S+\s+)?$")


_THING_HINT: dict = {}


def _thing_hint(norm, s_start, s_end, ctx) -> bool:
    """Whether the sentence has a head noun of ``_THING_HEAD`` followed within three words by a demonym of ours."""
    key = (ctx.focus, tuple(ctx.partners))
    if key not in _THING_HINT:
        dems = [r.pattern.replace(r"(?![\w])", "") for _, r in _demonym_rx(ctx.focus, tuple(ctx.partners))]
        _THING_HINT[key] = re.compile(r"(?<![\w])[بل]?(?:ال|لل)(?:" + _THING_HEAD + r")(?:\s+\S+){0,2}?\s+(?:"
                                      + "|".join(dems) + r")(?![\w])") if dems else None
    rx = _THING_HINT[key]
    return rx is not None and rx.search(norm, s_start, s_end) is not None


def _demonym_thing_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates, pub,
                          section, holes) -> list[dict]:
    """The other side's act named by its demonym as the object of one side's judgement, praise or refusal verb."""
    focus, partners = ctx.focus, ctx.partners
    rx = _demonym_rx(focus, tuple(partners))
    if not rx:
        return []
    cue_rx, _ = lx.cue_regex()
    cues = lx.cue_rows()
    out = []
    hits = []
    for m in cue_rx.finditer(norm, s_start, s_end):
        row = cues[int(m.lastgroup[1:])]
        if row["cameo_code"][:2] in _THING_ROOTS and _aspect(m, row) == "verb":
            hits.append((m, row["cameo_code"], None))
    for m in _STANCE_NOUN.finditer(norm, s_start, s_end):
        hits.append((m, _STANCE_CODE[next(k for k in _STANCE_CODE if m.group("noun").startswith(k))], m))
    for m, code, stance in sorted(hits, key=lambda h: h[0].start()):
        head_end = m.start() + len(_WORD.match(norm, m.start()).group())
        if _THING_NEG.search(norm, max(s_start, m.start() - 16), m.start()) or (stance is None and _REPLY.match(norm, m.start())):
            continue  # (a reply's own act follows it: "ردت أوتاوا على الرسوم الأمريكية …، بفرض رسوم")
        c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
        # the subject: right after the verb (inside a cue that runs to its preposition, "سخر X من"), else right before
        after = [a for a in actors if head_end <= a.start and a.end <= max(m.end(), head_end) + 1]
        subj, pos = None, m.end()
        if stance is not None:
            # "جددت واشنطن معارضتها لـ…", "واشنطن جددت معارضتها لـ…": the subject of the verb that voices the stance
            after = [a for a in actors if head_end <= a.start and a.end <= stance.start("noun")]
            if after and not re.fullmatch(r"\s*", norm[after[-1].end:stance.start("noun")]):
                continue
        if after:
            subj = after[0]
            if any(b.code != subj.code for b in after[1:]) or not re.fullmatch(r"\s*[،,]?\s*", norm[head_end:subj.start]):
                continue
            pos = max(m.end(), max(b.end for b in after))
        elif stance is not None:
            before = [a for a in actors if c_start <= a.start and a.end <= m.start()]
            if before and re.fullmatch(r"\s*(?:(?:قد|لقد)\s+)?", norm[before[-1].end:m.start()]):
                subj = before[-1]
        else:
            nxt = next((a for a in actors if m.end() <= a.start), None)
            if nxt is not None and re.fullmatch(r"\s*[،,]?\s*", norm[m.end():nxt.start]):
                subj = nxt
                pos = nxt.end
            else:
                before = [a for a in actors if c_start <= a.start and a.end <= m.start()]
                if before and re.fullmatch(r"\s*(?:(?:قد|لقد|كان|كانت)\s+)?", norm[before[-1].end:m.start()]):
                    subj = before[-1]
        if subj is None or not _side(subj, focus, partners) or subj.kind == "people" or _LIST_TAIL.match(norm, subj.end) \
                or _oblique(norm, subj):
            continue
        # (the subject's own apposition or title between commas: "وانتقدت هيلي، مشروع القرار"; a comma only)
        ob = _THING_OBJ.match(norm, pos)
        if ob is None or ob.end() > c_end:
            continue
        # the demonym of a side: one of the three words after the head, the words before it the head's adjectives
        words = list(re.finditer(r"\S+", ob.group("rest")))
        at = next((i for i, w in enumerate(words) if any(r.fullmatch(w.group()) for _, r in rx)), None)
        if at is None:
            continue
        dem = words[at].group()
        if any(_THING_NOT.fullmatch(w.group()) or _any_demonym(w.group()) for w in words[:at]) \
                or not all(w.group().startswith("ال") for w in words[:at + 1]):
            continue  # "قرار الشركة الأمريكية", "المبادرة التونسية المصرية …": another noun or demonym in between
        code_y = next((c for c, r in rx if r.fullmatch(dem)), None)
        if code_y is None or code_y == subj.code or focus not in (code_y, subj.code):
            continue
        d_start, d_end = ob.start("rest") + words[at].start(), ob.start("rest") + words[at].end()
        nxt_word = _WORD.match(norm, d_end + 1) if d_end < len(norm) and norm[d_end] == " " else None
        if nxt_word is not None and (_any_demonym(nxt_word.group()) or nxt_word.group() in ("و",)):
            continue  # a further demonym: a joint or trilateral thing
        if re.match(r"\s*و\s*(?:ال)?\S+(?:ي|يه)(?![\w])", norm[d_end:d_end + 30]) \
                and _any_demonym(re.match(r"\s*و\s*(\S+)", norm[d_end:]).group(1)):
            continue  # "القرار الأمريكي والبريطاني"
        if any(ob.start() <= a.start < d_end for a in actors if a.kind != "nisba"):
            continue  # an actor inside the phrase (a role, a name): not a bare thing of the other side
        if any(k[0][:2] == code[:2] and {k[1], k[2]} == {subj.code, code_y} for k in seen if len(k) == 3):
            continue  # the verb's own reading already drew this pair's act
        y = next((a for a in actors if a.code == code_y and a.kind != "nisba"), None) \
            or _Actor(d_start, d_end, code_y, dem, "", "country")
        _add_reported(out, seen, code, subj, y, m, (c_start, c_end), "cue:demonym-thing", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


# "حذرت الصين من أن الولايات المتحدة "تفتح النار" …": a warning whose content clause has the other side as its subject
_WARNED_THAT = re.compile(r"(?<![\w])[وف]?(?:حذر|حذرت|حذروا|حذرا|حذرتا|يحذر|تحذر)(?![\w])\s+(?:[^\s،,.:]+\s+){0,6}?"
                          r"من\s+(?:ان|انه)\s+[\"«“]?")


def _warning_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub, section,
                    holes, prior) -> list[dict]:
    """A warning (13) by one side that the other side does something: the warner is named right before the verb or
    between it and "من أن", the other side right after "من أن" (not a third party in between, not a list)."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    for w in _WARNED_THAT.finditer(norm, s_start, s_end):
        head_end = w.start() + len(re.match(r"\S+", norm[w.start():]).group())
        inner = [a for a in actors if head_end <= a.start and a.end <= w.end() - 1]
        before = [a for a in actors if s_start <= a.start and a.end <= w.start() and w.start() - a.end <= 3]
        warner = inner[0] if inner else (before[-1] if before else None)
        y = next((a for a in actors if w.end() <= a.start <= w.end() + 1), None)
        if warner is None or y is None or warner.kind in ("pair", "nisba") or y.kind in ("pair", "nisba") \
                or not (_side(warner, focus, partners) and _side(y, focus, partners)) or warner.code == y.code \
                or focus not in (warner.code, y.code) or any(a is not warner and a.code != warner.code for a in inner) \
                or _LIST_TAIL.match(norm, y.end) or any(k[0][:2] == "13" for k in seen if len(k) == 3
                                                         and {k[1], k[2]} == {warner.code, y.code}):
            continue
        _add_reported(out, seen, "130", warner, y, w, (w.start(), w.end()), "cue:warned-that", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


_DENIED_INTERFERENCE = re.compile(r"\s*(?:\S+\s+){0,14}?اي\s+(?:تدخل|دور)\S*\s+(?:\S+\s+){0,2}?في\s+(?:ال)?انتخابات"
                                  r"(?:\s+(?:ال)?رئاس\S*)?")


# "ونفت طهران الاتهامات الأمريكية": the accusations named with the accuser's demonym
_DENIED_CHARGES = re.compile(r"\s*(?:\S+\s+){0,3}?(?:ال)?(?:اتهامات|اتهام|مزاعم|ادعاءات)")


def _denies_interference(norm, s_start, s_end, ctx) -> bool:
    """"نفى بوتين أي تدخل في الانتخابات الأمريكية": the other side is named by its elections, with no accuser."""
    for d in _DENY.finditer(norm, s_start, s_end):
        el = _DENIED_INTERFERENCE.match(norm, d.end()) or _DENIED_CHARGES.match(norm, d.end())
        if el and _demonym_after(norm, el.end(), (ctx.focus, *ctx.partners)):
            return True
    return False


def _denial_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates, pub,
                   section, holes, prior) -> list[dict]:
    """A denial of the other side's accusation (016): the accuser is named before it in the sentence ("وتتهم لندن
    موسكو …، إلا أن روسيا تنفي") or is the source of an accusation of the sentence before ("… وتنفي موسكو أي تدخل")."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    hits = [(m, "deny") for m in _DENY.finditer(norm, s_start, s_end)]
    hits += [(m, "describe") for m in _DESCRIBE_CHARGES.finditer(norm, s_start, s_end)]
    hits += [(m, "dismiss") for m in _DISMISS.finditer(norm, s_start, s_end)]
    for m, how in hits:
        c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
        if how == "deny":
            if not _DENY_OBJECT.match(norm, m.end()):
                # "نفت روسيا الاتهامات" has its subject in between: allow one actor, then the object
                after = next((a for a in actors if m.end() <= a.start <= m.end() + 2), None)
                if after is None or not _DENY_OBJECT.match(norm, after.end):
                    continue
            subj = next((a for a in reversed(actors) if c_start <= a.start and a.end <= m.start()
                         and m.start() - a.end <= 12), None)
            if subj is None:
                subj = next((a for a in actors if m.end() <= a.start <= m.end() + 2), None)
        elif how == "dismiss":
            # the denier is the accused, named right after the accusation noun ("اتهام موسكو"), speaking
            subj = next((a for a in actors if m.start() < a.start <= m.start() + len(m.group().split()[0]) + 2), None)
            accused = subj and next((a for a in actors if a.start > subj.end and re.fullmatch(
                r"\s+ل", norm[subj.end:a.start])), None)
            if accused is not None:
                subj = accused  # "الاتهامات السعودية لإيران … لا أساس لها": the one after ل is accused and denies
        else:
            subj = next((a for a in actors if m.start() < a.start < m.end()), None)
            if subj is None:
                subj = next((a for a in reversed(actors) if c_start <= a.start and a.end <= m.start()
                             and m.start() - a.end <= 12), None)
        if subj is None or not _side(subj, focus, partners):
            continue
        # the accuser: the other side, named before the denial in this sentence with an accusation word, else the
        # source of an accusation (11x) of this segment whose target is the denier
        acc = None
        before = [a for a in actors if s_start <= a.start < min(c_start, m.start()) and _side(a, focus, partners)
                  and a.code != subj.code and focus in (a.code, subj.code)]
        if before and any(not any(h0 <= w.start() < h1 and not h0 <= before[0].start < h1 for h0, h1, _ in holes)
                          for w in _ACCUSE_WORD.finditer(norm, s_start, m.start())):
            # (not an accusation told in a relative clause of its own, "قضية سكريبال، والتي وجهت فيها أصابع الاتهام
            # نحو روسيا": the president who recalls the case is not its accuser)
            acc = before[0]
        if acc is None and not _ACCUSE_WORD.search(norm, s_start, m.start()):
            # (an accusation told before the denial in this sentence, with no accuser of ours, is the one denied:
            # "…، والتي وجهت فيها أصابع الاتهام نحو روسيا، في وقت نفت فيه روسيا تلك الاتهامات")
            prev = [e for e in prior if e[0][:2] == "11" and e[2] == subj.code and e[1] != subj.code]
            if prev:
                code = prev[-1][1]
                acc = next((a for a in actors if a.code == code), None) or _Actor(subj.start, subj.end, code,
                                                                                   subj.form, "", "country")
        if acc is None and how == "deny":
            # "نفى بوتين أي تدخل لبلاده في انتخابات الرئاسة الأمريكية": the side whose elections are meant
            el = _DENIED_INTERFERENCE.match(norm, m.end()) or _DENIED_CHARGES.match(norm, m.end())
            code = el and _demonym_after(norm, el.end(), [c for c in (focus, *partners) if c != subj.code])
            if not code and el:
                code = next((a.code for a in actors if el.end() <= a.start <= el.end() + 3 and _side(a, focus, partners)
                             and a.code != subj.code), None)
            if code:
                acc = next((a for a in actors if a.code == code), None) or _Actor(subj.start, subj.end, code,
                                                                                  subj.form, "", "country")
                # "… في انتخابات الرئاسة الأمريكية لعام 2016": the year is the elections', not the denial's
                timexes = [t for t in timexes if not el.start() <= t["n_start"] <= el.end() + 40]
        if acc is None and how in ("describe", "dismiss"):
            # "بوتين … اتهام موسكو … مجرد هراء … مستعدة للتعاون مع لندن": the other side named in the sentence
            others = {a.code for a in actors if _side(a, focus, partners) and a.code != subj.code
                      and not any(_flags(norm, a)[:2])}
            if len(others) == 1:
                code = others.pop()
                acc = next(a for a in actors if a.code == code)
        if acc is None or focus not in (acc.code, subj.code) or not (acc.code in partners or subj.code in partners):
            continue
        _add_reported(out, seen, "016", subj, acc, m, (c_start, c_end), f"cue:denial({how})", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


# Session 125 (events125), lever O: a demand told as an obligation laid on the other side (100). The speaker is the
# subject of the nearest reporting verb before the obligation (named right after the verb, or right before it with
# nothing, a comma or كان/قد between), or a side opening the sentence before a colon (a headline "الجبير: …"); at
# most 15 words between the frame and the obligation. Forms: (1) a modal, على and the other side ("يجب على قطر أن
# تدفع", "يتعين على بريطانيا سحب"); (2) the frame's ان/انه/بان/بانه or colon, then على, the other side and ان within
# one word ("قال … إنه على السعودية أن تثبت"); (3) the other side right after the frame's ان or colon, then a modal
# and ان ("إن المملكة العربية السعودية "يجب أن تتعاون"", "إيران يجب أن تدفع الثمن"); (4) a modal, ان and one verb
# before the other side ("يجب أن تدفع قطر ثمن").
_O_MODAL = r"(?:يجب|ينبغي|يتعين|لا\s*بد)"
_O_FORM1 = re.compile(r"(?<![\w])[وف]?" + _O_MODAL + r"\s+[وف]?علي\s+")
_O_FORM2 = re.compile(r"(?<![\w])(?:ان|انه|انها|بان|بانه|بانها)\s*[\"«“]?\s*علي\s+|:\s*[\"«“]?\s*علي\s+")
_O_FORM2_TAIL = re.compile(r"\s+(?:\S+\s+)?ان(?![\w])")
_O_FORM3_HEAD = re.compile(r"(?<![\w])(?:ان|انه|انها|بان|بانه|بانها)\s*[\"«“]?\s*|:\s*[\"«“]?\s*")
_O_FORM3_TAIL = re.compile(r"\s*[\"»”]?\s*[\"«“]?\s*[وف]?" + _O_MODAL + r"(?:\s+(?:عليه|عليها|عليهم))?\s+ان(?![\w])")
_O_FORM4 = re.compile(r"(?<![\w])[وف]?" + _O_MODAL + r"\s+ان\s+\S+\s+")
_O_REPORT = re.compile(r"(?<![\w])[وف]?(?:قال|قالت|قالوا|اكد|اكدت|اكدوا|اضاف|اضافت|تابع|تابعت|شدد|شددت|اوضح|اوضحت|"
                       r"اعتبر|اعتبرت|راي|رات|يري|تري|يعتقد|تعتقد|صرح|صرحت|اعلن|اعلنت|يقول|تقول|مضيفا|مضيفه|"
                       r"مؤكدا|مؤكده|مشددا|مشدده|موضحا|موضحه|معتبرا|معتبره)(?![\w])")
_O_BEFORE_VERB = re.compile(r"\s*[،,]?\s*(?:(?:[وف]?(?:كان|كانت|قد))\s*)*")


def _opens_list(norm, y, actors) -> bool:
    """Whether side ``y`` opens a list (levers O and C): a list tail after it (``_LIST_TAIL``) or another actor after
    it joined by و alone ("ألمانيا وفرنسا"), so it is no one side obliged or threatened."""
    return bool(_LIST_TAIL.match(norm, y.end)) or any(
        re.fullmatch(r"\s*[،,]?\s*و", norm[y.end:a.start]) for a in actors if a.start >= y.end)


def _obligation_speaker(norm, s_start, at, actors, focus, partners):
    """The speaker of an obligation starting at ``at``: ``(actor, frame start)`` or None."""
    frames = list(_O_REPORT.finditer(norm, s_start, at))
    if frames:
        f = frames[-1]
        if len(norm[f.end():at].split()) > 15:
            return None
        after = next((a for a in actors if f.end() <= a.start <= f.end() + 2), None)
        if after is not None and _side(after, focus, partners):
            return after, f.start()
        before = [a for a in actors if s_start <= a.start and a.end <= f.start()]
        if before and _side(before[-1], focus, partners) and _O_BEFORE_VERB.fullmatch(norm, before[-1].end, f.start()):
            return before[-1], before[-1].start
        return None
    head = next((a for a in actors if a.start >= s_start), None)
    if head is not None and _side(head, focus, partners) and re.fullmatch(r"\s*[\"«“]?\s*", norm[s_start:head.start]) \
            and re.match(r"\s*:", norm[head.end:at]) and len(norm[head.end:at].split()) <= 16:
        return head, head.start
    return None


def _obligation_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates, pub,
                       section, holes) -> list[dict]:
    """A demand (100) told as an obligation the speaker lays on the other side (session 125, lever O)."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    found = []  # (obligation start, obligation match, the obliged side)
    for m in _O_FORM1.finditer(norm, s_start, s_end):
        y = next((a for a in actors if a.start == m.end()), None)
        if y is not None:
            found.append((m.start(), m, y))
    for m in _O_FORM2.finditer(norm, s_start, s_end):
        y = next((a for a in actors if a.start == m.end()), None)
        if y is not None and _O_FORM2_TAIL.match(norm, y.end):
            found.append((m.start(), m, y))
    for m in _O_FORM3_HEAD.finditer(norm, s_start, s_end):
        y = next((a for a in actors if a.start == m.end()), None)
        if y is not None and _O_FORM3_TAIL.match(norm, y.end):
            found.append((m.start(), m, y))
    for m in _O_FORM4.finditer(norm, s_start, s_end):
        y = next((a for a in actors if a.start == m.end()), None)
        if y is not None:
            found.append((m.start(), m, y))
    for at, m, y in sorted(found, key=lambda f: f[0]):
        if not _side(y, focus, partners) or _opens_list(norm, y, actors):
            continue  # "يجب على ألمانيا وفرنسا أن تعملا معا": a list is no one side obliged
        who = _obligation_speaker(norm, s_start, at, actors, focus, partners)
        if who is None:
            continue
        x, f_start = who
        if x.code == y.code or focus not in (x.code, y.code):
            continue
        c_end = next((b for a, b in clauses if a <= y.start < b), s_end)
        _add_reported(out, seen, "100", x, y, m, (f_start, c_end), "cue:obligation-laid", text=text, norm=norm,
                      offsets=offsets, sentence=(s_start, s_end), timexes=timexes, prev_dates=prev_dates, pub=pub,
                      holes=holes, section=section, focus=focus)
    return out


# Session 125 (events125), lever C: a threat (130) told as a condition on the other side's act. A condition word with
# the other side within three words after it ("إذا فشلت عملية الحكومة العراقية", "إن لم تتمكن بغداد", "إذا تجاوز
# الأسد"), and in the sentence a future hostile act of the speaker: a first-person future verb ("سنضرب", "سنوقف")
# whose speaker is found as the obligation's (lever O), or a third-person one right after the side that acts ("أن تركيا
# ستتخذ "كل ما يلزم"", "فالسعودية ستقوم بالمثل").
_C_COND = re.compile(r"(?<![\w])(?:[وف]?(?:اذا|لو)|[وف]?ان\s+لم|[وف]?في\s+حال(?:ه)?|[وف]?حال)(?![\w])")
_C_HOSTILE = r"(?:رد|ضرب|نتقم|وقف|تخذ|فعل|دمر|عاقب|فرض|طرد|قطع|ستهدف|هاجم|تحرك|طور|قوم(?=\s+بالمثل))"
_C_FIRST = re.compile(r"(?<![\w])[وف]?(?:سن|سوف\s+ن)" + _C_HOSTILE + r"\S*")
_C_THIRD = re.compile(r"\s*[\"«“]?\s*(?:ست|سي|سوف\s+[تي])" + _C_HOSTILE + r"\S*")


def _condition_threat_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates,
                             pub, section, holes) -> list[dict]:
    """A threat (130) told as a condition on the other side's act (session 125, lever C)."""
    focus, partners = ctx.focus, ctx.partners
    out = []
    for c in _C_COND.finditer(norm, s_start, s_end):
        y = next((a for a in actors if c.end() < a.start and len(norm[c.end():a.start].split()) <= 3), None)
        if y is None or not _side(y, focus, partners) or _opens_list(norm, y, actors):
            continue
        found = None
        for f in _C_FIRST.finditer(norm, s_start, s_end):
            who = _obligation_speaker(norm, s_start, min(f.start(), c.start()), actors, focus, partners)
            if who is not None:
                found = (who[0], f, who[1])
                break
        if found is None:
            for x in actors:
                if x is y or not _side(x, focus, partners):
                    continue
                t = _C_THIRD.match(norm, x.end)
                if t is not None:
                    found = (x, t, x.start)
                    break
        if found is None:
            continue
        x, m, f_start = found
        if x.code == y.code or focus not in (x.code, y.code):
            continue
        c_end = next((b for a, b in clauses if a <= max(y.start, m.start()) < b), s_end)
        _add_reported(out, seen, "130", x, y, m, (min(f_start, c.start()), c_end), "cue:condition-threat",
                      text=text, norm=norm, offsets=offsets, sentence=(s_start, s_end), timexes=timexes,
                      prev_dates=prev_dates, pub=pub, holes=holes, section=section, focus=focus)
    return out
