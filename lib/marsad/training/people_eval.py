"""Evaluate person and country mentions on the hand-annotated gold set ``data/gold/people/``.

``python -m marsad.training evaluate people`` reads the ANT articles of
``data/gold/people/documents.tsv`` from the shared datasets, runs
:func:`marsad.mentions.find_mentions` on each split as one batch (recogniser on,
as in reports; a split never sees another split's articles, so the cross-document
steps cannot carry knowledge from one split into another) and scores, for the
``tuning`` and ``heldout1`` … ``heldout48`` splits:

* **country** mentions: a predicted mention is right when its span (segment,
  start, end in the original text) and its ISO code equal a gold mention's;
* **person** mentions: the span must be equal and the entity consistent: each
  gold person is mapped to one predicted ``entity_id`` (one-to-one, greedily
  by the number of matched mentions), so one person under two ids, or two
  people under one id, costs precision and recall.

``python -m marsad.training.people_eval --errors`` also lists the errors of
``tuning``, ``heldout1``, ``heldout2``, ``heldout4``, ``heldout5``, ``heldout6``, ``heldout7``, ``heldout8``,
``heldout9``, ``heldout10``, ``heldout11``, ``heldout12``, ``heldout13``, ``heldout14``, ``heldout15`` and ``heldout16``
(development splits: the last thirteen since their one blind runs in the fifth, seventh, eighth, tenth, eleventh, twelfth,
thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth and nineteenth sessions on issue 16), never those of
``heldout3`` (the fourth session's blind split); ``heldout17`` is a development split too since its one blind run
in the twentieth session, ``heldout18`` since its one blind run in the twenty-first, ``heldout19`` since its one
blind run in the twenty-fourth, ``heldout20`` since its one blind run in the twenty-sixth, ``heldout21`` since its
one blind run in the twenty-ninth, ``heldout22`` since its one blind run in the thirty-first, ``heldout23`` since
its one blind run in the thirty-fourth, ``heldout24`` since its one blind run in the thirty-sixth, ``heldout25``
since its one blind run in the thirty-eighth, ``heldout26`` since its one blind run in the forty-first,
``heldout27`` since its one blind run in the forty-fourth, ``heldout28`` since its one blind run in the forty-fifth and
``heldout29`` and ``heldout30`` since their two runs in the forty-sixth (kept blind for the lead's twenty-seventh session:
one run on its start code, one by the lead on its final code, identical rows) and ``heldout31`` since its one run on
that session's final people code (and on its start code) in the forty-ninth and ``heldout32`` since its two runs in
the fifty-first (kept blind for the lead's twenty-eighth session: one run on its start code, one by the lead on its final
code, identical rows) and ``heldout33`` since its two runs in the fifty-fifth (kept blind for the lead's twenty-ninth
session: one run on its start code, one by the lead on its final code, identical rows) and ``heldout34`` since its two
runs in the fifty-eighth (kept blind for the lead's thirtieth session: one run on its start code, one by the lead on its
final code, identical rows) and ``heldout35`` since its two runs in the sixty-second (kept blind for the lead's thirty-first
session: one run on its start code, one by the lead on its final code, identical rows) and ``heldout36`` since its two runs
in the sixty-sixth (kept blind for the lead's thirty-second session: one run on its start code, one by the lead on its
final code, identical rows) and ``heldout37`` since its two runs in the seventy-first (kept blind for the lead's
thirty-third session: one run on its start code, one by the lead on its final code, identical rows) and ``heldout38``
since its two runs in the seventy-fifth (kept blind for the lead's thirty-fourth session: one run on its start code, one
by the lead on its final code, identical rows) and ``heldout39`` since its two runs in the seventy-ninth (kept blind for
the lead's thirty-fifth session: one run on its start code, one by the lead on its final code, identical rows) and
``heldout40`` since its two runs in the eighty-second (kept blind for the lead's thirty-sixth session: one run on its
start code, one by the lead on its final code, identical rows) and ``heldout41`` since its two runs in the eighty-fifth
(kept blind for the lead's thirty-seventh session: one run on its start code, one by the lead on its final code,
identical rows) and ``heldout42`` since its two runs in the eighty-eighth (kept blind for the lead's thirty-eighth
session: one run on its start code, one by the lead on its final code, identical rows) and ``heldout43`` since its two
runs in the ninety-second (kept blind for the lead's thirty-ninth session: one run on its start code, one by the lead on
its final code, identical rows) and ``heldout44`` since its two runs in the ninety-fifth (kept blind for the lead's
fortieth session: one run on its start code, one by the lead on its final code, identical rows) and ``heldout45`` since
its two runs in the hundredth (kept blind for the lead's forty-first session: one run on its start code, one by the
lead on its final code, identical rows) and ``heldout46`` since its two runs in the hundred-and-fifth (kept blind for the
lead's forty-second session: one run on its start code, one by the lead on its final code, identical rows) and
``heldout47`` since its two runs in the hundred-and-tenth (kept blind for the lead's forty-third session: one run on its
start code, one by the lead on its final code, identical rows) and ``heldout48`` since its two runs in the
hundred-and-thirteenth (kept blind for the lead's forty-fourth session: one run on its start code, one by the lead on its
final code, identical rows);
``--splits tuning,heldout2`` scores some splits only (a blind split is scored once, when the
rules are final).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd

from marsad.training.evaluate import REPO_ROOT, DatasetsMissing, cli_datasets_dir

__all__ = ["GOLD_DIR", "SPLITS", "parse_annotation", "load_gold", "score", "evaluate"]

GOLD_DIR = REPO_ROOT / "data" / "gold" / "people"
SPLITS = ("tuning", "heldout1", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
          "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
          "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35",
          "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42",
          "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48")
# heldout6 was the eighth session's blind split, scored once at its end; its errors were read and fixed in the
# ninth session, so it is a development split and every command scores it.
# heldout7: the tenth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (its first run in data/gold/people/blind_runs.json); its errors were read after
# that run (not acted on), so every command scores it now and --errors lists them: it is no unseen text for any
# later code
# heldout8: the eleventh session's blind split (gold committed in 18cb01e before any system run on it and before
# any code change of that session), scored once at the end of that session (its first run in data/gold/people/blind_runs.json); its errors were read
# after that run (not acted on), so every command scores it now and --errors lists them: no split of the set is
# unseen text for any later code
# heldout9: the twelfth session's blind split (gold committed in 2d4585d before any system run on it and before
# any code change of that session), scored once at the end of that session (its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout10: the thirteenth session's blind split (gold committed in c37bb20 before any system run on it and before
# any code change of that session), scored once at the end of that session (21:25 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout11: the fourteenth session's blind split (gold committed in c81993e before any system run on it and before
# any code change of that session), scored once at the end of that session (09:30 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout12: the fifteenth session's blind split (gold committed in 47947b7 before any system run on it and before
# any code change of that session), scored once at the end of that session (12:10 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout13: the sixteenth session's blind split (gold committed in 014a16d before any system run on it and before
# any code change of that session), scored once at the end of that session (15:05 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout14: the seventeenth session's blind split (gold committed in 69a9e75 before any system run on it and before
# any code change of that session), scored once at the end of that session (17:54 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout15: the eighteenth session's blind split (gold committed in 0d216ee before any system run on it and before
# any code change of that session), scored once at the end of that session (20:50 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout16: the nineteenth session's blind split (gold committed in 25dc469 before any system run on it and before
# any code change of that session), scored once at the end of that session (23:55 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout17: the twentieth session's blind split (gold committed in c4c0cea before any system run on it and before
# any code change of that session), scored once at the end of that session (04:10 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout18: the twenty-first session's blind split (gold committed in 1c93ff2 before any system run on it and before
# any code change of that session), scored once at the end of that session (17:05 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout19: the twenty-fourth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (19:40 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout20: the twenty-sixth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (22:35 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout21: the twenty-ninth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (01:10 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout22: the thirty-first session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (03:25 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout23: the thirty-fourth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (07:15 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout24: the thirty-sixth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (09:40 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout25: the thirty-eighth session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (12:15 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout26: the forty-first session's blind split (gold committed before any system run on it and before any code
# change of that session), scored once at the end of that session (14:50 UTC, its first run in
# data/gold/people/blind_runs.json); its errors were read after that run (not acted on), so every command scores
# it now and --errors lists them: no split of the set is unseen text for any later code
# heldout27: the forty-fourth helper session's blind split (gold committed before any system run on it and before any
# code change of that session), scored once at the start of that session on the code before the gold (21:15 UTC, its
# first run in data/gold/people/blind_runs.json); its errors were read after that run, so every command scores it now
# and --errors lists them: no split of the set is unseen text for any later code
# heldout28: the forty-fifth helper session's blind split (gold committed before any system run on it and before any
# code change of that session), scored once at the start of that session on the code before the gold (22:18 UTC, its
# first run in data/gold/people/blind_runs.json); its errors were read after that run, so every command scores it now
# and --errors lists them: no split of the set is unseen text for any later code
# heldout29: the forty-sixth helper session's blind split (gold committed before any system run on it), in the lead's
# twenty-seventh session, which keeps it BLIND for the whole session: no command scores it unless named, --errors never
# lists it; scored once on the session-start code e3004bd5 and again by the lead on the session's final code
# heldout30: that session's second blind split, kept BLIND the same way (one run on e3004bd5, one on the final code)
# Both were scored again by the lead on the session's final code (main 1d2fe75, 2026-12-06 00:22 UTC; identical rows to
# the start-code runs); their errors were read after that run (helper people48), so every command scores them now and
# --errors lists them: no split of the set is unseen text for any later code
# heldout31: the forty-ninth helper session's blind split (gold committed before any system run on it), the last blind
# measurement of the lead's twenty-seventh session's final people code: scored once on that code (main f61c50c3,
# 2026-12-06 00:58 UTC, its first run in data/gold/people/blind_runs.json) and on the session-start code e3004bd5
# (the same numbers); its errors were read after that run, so every command scores it now and --errors lists them
# heldout32: the blind split of the lead's twenty-eighth session (helper people51; gold committed alone before any
# system run on it), kept BLIND for the whole session: no command scores it unless named, --errors never lists it;
# scored once on the session-start code e2ebb1e7 and again by the lead on the session's final code (main 42792ecd,
# 2026-12-06 03:36 UTC; identical rows to the start-code run); its errors were read after that run (helper people53),
# so every command scores it now and --errors lists them: no split of the set is unseen text for any later code
# heldout33: the blind split of the lead's twenty-ninth session (helper people55; gold committed alone before any
# system run on it), kept BLIND for the whole session: no command scores it unless named, --errors never lists it;
# scored once on the session-start code f8d8230d and again by the lead on the session's final code (main 46be9004,
# 2026-12-06 05:40 UTC; identical rows to the start-code run); its errors were read after that run (helper people57),
# so every command scores it now and --errors lists them: no split of the set is unseen text for any later code
# heldout34: the blind split of the lead's thirtieth session (helper people58; gold committed alone before any
# system run on it), kept BLIND for the whole session: no command scores it unless named, --errors never lists it;
# scored once on the session-start code 3b33e0ad and again by the lead on the session's final code (main edf33135,
# 2026-12-06 08:04 UTC; identical rows to the start-code run); its errors were read after that run (helper people60),
# so every command scores it now and --errors lists them: no split of the set is unseen text for any later code
# heldout35: the blind split of the lead's thirty-first session (helper people62; gold committed alone before any
# system run on it), kept BLIND for the whole session: no command scores it unless named, --errors never lists it;
# scored once on the session-start code 8320b80b and again by the lead on the session's final code (main 6dcabd88,
# 2026-12-06 11:08 UTC; identical rows to the start-code run); its errors were read after that run (helper people64),
# so every command scores it now and --errors lists them: no split of the set is unseen text for any later code
# heldout36: the blind split of the lead's thirty-second session (helper people66; gold committed alone before any
# system run on it), kept BLIND for the whole session: no command scores it unless named, --errors never lists it;
# scored once on the session-start code 292dd460 and again by the lead on the session's final code (main e4297a08,
# 2026-12-06 14:09 UTC; identical rows to the start-code run); its errors were read after that run (helper people69),
# so every command scores it now and --errors lists them: no split of the set is unseen text for any later code
# heldout37: the blind split of the lead's thirty-third session (helper people71; gold committed alone before any
# system run on it), kept BLIND for the whole session: no command scores it unless named, --errors never lists it;
# scored once on the session-start code 576c0162 (both mined lists rebuilt without it) and again by the lead on the
# session's final code (main 1a2354c3, 2026-12-06 16:40 UTC, lists built without it; identical rows to the start-code
# run); its errors were read after that run (helper people73), so every command scores it now and --errors lists them:
# no split of the set is unseen text for any later code
# heldout38: the blind split of the lead's thirty-fourth session (helper people75; gold committed alone, 8d7f57aa,
# before any system run on it), the first people blind part drawn from 2018 politics/world news (Al Arabiya, CNN and
# France 24 news sections); kept BLIND for the whole session: no command scores it unless named (--splits heldout38),
# --errors never lists it; scored once on the session-start code 1556b68b (both mined lists rebuilt without it) and
# again by the lead on the session's final code (27624ad7, 2026-12-06 18:54 UTC, lists rebuilt without it; identical rows
# to the start-code run); its errors were read after that run (helper people77), so every command scores it now and
# --errors lists them: no split of the set is unseen text for any later code
# heldout39: the blind split of the lead's thirty-fifth session (helper people79; gold committed alone, 01e6fb43,
# before any system run on it), politics/world news again (Al Arabiya, CNN and France 24 news sections, 4 each); kept
# BLIND for the whole session: no command scores it unless named (--splits heldout39), --errors never lists it; scored
# once on the session-start code 63cc992c (both mined lists rebuilt without it) and again by the lead on the session's
# final code (ca2d8a9f, 2026-12-06 21:46 UTC, lists rebuilt without it; identical rows to the start-code run); its errors
# were read after that run (helper people81), so every command scores it now and --errors lists them: no split of the
# set is unseen text for any later code
# heldout40: the blind split of the lead's thirty-sixth session (helper people82; gold committed alone, b08e8c54,
# before any system run on it), the first people blind part from economy news (Al Arabiya and CNN economy sections, 4
# each; France 24's economy pool was empty, so its 4 are news); kept BLIND for the whole session: no command scores it
# unless named (--splits heldout40), --errors never lists it; scored once on the session-start code 509d63af (both
# mined lists rebuilt without it) and again by the lead on the session's final code (b45d2892, 2026-12-07 00:48 UTC,
# lists rebuilt without it; identical rows to the start-code run); its errors were read after that run (helper
# people84), so every command scores it now and --errors lists them: no split of the set is unseen text for any later
# code
# heldout41: the blind split of the lead's thirty-seventh session (helper people85; gold committed alone, just before,
# before any system run on it), the first people blind part from culture, science and technology (technology and
# culture folders; CNN's three others and France 24's four by the rule's fallback tiers, sport and culture); kept BLIND
# for the whole session: no command scores it unless named (--splits heldout41), --errors never lists it; scored once
# on the session-start code 0e56cbfe (both mined lists rebuilt without it) and again by the lead on the session's final
# code (73c08f73, 2026-12-07 03:16 UTC, lists rebuilt without it; identical rows to the start-code run); its errors
# were read after that run (helper people87), so every command scores it now and --errors lists them: no split of the
# set is unseen text for any later code
# heldout42: the blind split of the lead's thirty-eighth session (helper people88; gold committed alone, just before,
# before any system run on it), the kind closest to issue 16's hidden test: world and Middle East news naming Russia
# (and an Asian state where the pools allowed; the rule's fallback tiers); kept BLIND for the whole session: no command
# scores it unless named (--splits heldout42), --errors never lists it; scored once on the session-start code 698ed9ae
# (both mined lists rebuilt without it) and again by the lead on the session's final code (e7c844c6, 2026-12-07 05:36
# UTC, lists rebuilt without it; identical rows to the start-code run); its errors were read after that run (helper
# people90), so every command scores it now and --errors lists them: no split of the set is unseen text for any later
# code
# heldout43: the blind split of the lead's thirty-ninth session (helper people92; gold committed alone, just before,
# before any system run on it), again the kind closest to issue 16's hidden test: world and Middle East news naming
# Russia (the rule's relaxed tiers: 8-12 KB, then one knowledge-base full name); kept BLIND for the whole session: no
# command scores it unless named (--splits heldout43), --errors never lists it; scored once on the session-start code
# 062e86b6 (both mined lists rebuilt without it) and again by the lead on the session's final code (cdf6198c, 2026-12-07
# 08:11 UTC, lists rebuilt without it; identical rows to the start-code run); its errors were read after that run (helper
# people94), so every command scores it now and --errors lists them: no split of the set is unseen text for any later
# code
# heldout44: the blind split of the lead's fortieth session (helper people95; gold committed alone, just before,
# before any system run on it), world and Middle East news of the kind's folders (no Russia article with a
# knowledge-base full name is left: the rule's world-news tiers); kept BLIND for the whole session: no command scores
# it unless named (--splits heldout44), --errors never lists it; scored once on the session-start code bf29553a (both
# mined lists rebuilt without it) and again by the lead on the session's final code (f0bf3b61, 2026-12-07 11:02 UTC,
# lists rebuilt without it; identical rows to the start-code run); its errors were read after that run (helper
# people98), so every command scores it now and --errors lists them: no split of the set is unseen text for any later
# code
# heldout45: the blind split of the lead's forty-first session (helper people100; gold committed alone, just before,
# before any system run on it), world and Middle East news of the kind's folders (no Russia article with a
# knowledge-base full name is left: the rule's world-news tiers); kept BLIND for the whole session: no command scores
# it unless named (--splits heldout45), --errors never lists it; scored once on the session-start code b7b82207 (both
# mined lists rebuilt without it) and again by the lead on the session's final code (f81a6510, 2026-12-07 13:59 UTC,
# lists rebuilt without it; identical rows to the start-code run); its errors were read after that run (helper
# people103), so every command scores it now and --errors lists them: no split of the set is unseen text for any later
# code
# heldout46: the blind split of the lead's forty-second session (helper people105; gold committed alone, just before,
# before any system run on it), world and Middle East news of the kind's folders (no Russia article with a
# knowledge-base full name is left: the rule's world-news tiers); kept BLIND for the whole session: no command scores
# it unless named (--splits heldout46), --errors never lists it; scored once on the session-start code b59ec675 (both
# mined lists rebuilt without it) and again by the lead on the session's final code (4f126e39, 2026-12-07 17:06 UTC,
# and dd39f71d, 17:05 UTC; lists rebuilt without it; identical rows to the start-code run); its errors were read after
# that run (helper people108), so every command scores it now and --errors lists them: no split of the set is unseen
# text for any later code
# heldout47: the blind split of the lead's forty-third session (helper people110; gold committed alone, just before,
# before any system run on it), world and Middle East news of the kind's folders (no Russia article with a
# knowledge-base full name is left: the rule's world-news tiers); kept BLIND for the whole session: no command scores
# it unless named (--splits heldout47), --errors never lists it; scored once on the session-start code 7454a897 (both
# mined lists rebuilt without it) and again by the lead on the session's final code (9cbd8116, 2026-12-07 20:12 UTC;
# lists rebuilt without it; identical rows to the start-code run); its errors were read after that run (helper
# people112), so every command scores it now and --errors lists them: no split of the set is unseen text for any later
# code
# heldout48: the blind split of the lead's forty-fourth session (helper people113; gold committed alone, just before,
# before any system run on it), world and Middle East news of the kind's folders (select_heldout48: heldout47's rule,
# a new seed); kept BLIND for the whole session: no command scores it unless named (--splits heldout48), --errors
# never lists it; scored once on the session-start code ff70537f (both mined lists rebuilt without it) and again by
# the lead on the session's final code (e88747d7, 2026-12-08 00:16 UTC; lists rebuilt without it; identical rows to the
# start-code run); its errors were read after that run (helper people115), so every command scores it now and --errors
# lists them: no split of the set is unseen text for any later code
BLIND_ONLY_WHEN_NAMED: tuple[str, ...] = ()
# splits whose errors may be listed: heldout1 was scored after many changes by earlier sessions,
# heldout2's errors were read in the fourth session on issue 16 and heldout4's after its one blind run in
# the fifth, so they are development splits now (data/gold/people/README.md); heldout3 (blind split of
# the fourth session, scored once then) never has its errors listed
ERROR_SPLITS = ("tuning", "heldout1", "heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
                "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30",
                "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37",
                "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43",
                "heldout44", "heldout45", "heldout46", "heldout47", "heldout48")
# the first (and only blind) run of each blind split, and the prose after the table of the docs section:
# data next to the gold (data/gold/people/blind_runs.json and blind_runs.md), never code
BLIND_RUNS = GOLD_DIR / "blind_runs.json"
BLIND_PROSE = GOLD_DIR / "blind_runs.md"


_MARK = re.compile(r"\[\[([^|\]]+)\|([PC])\|([^|\]]+)(?:\|([^|\]]+))?\]\]")
_LINE = re.compile(r"^\[(\w+) (\d+)\] (.*)$")


def parse_annotation(path: Path) -> tuple[list[dict], dict[int, str]]:
    """Read one annotated article: the mentions and, per segment position, the plain text."""
    out, lines = [], {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        m = _LINE.match(raw)
        if not m:
            raise ValueError(f"{path.name}: bad line {raw[:40]!r}")
        section, pos, body = m.group(1), int(m.group(2)), m.group(3)
        plain, i, last = [], 0, 0
        for mm in _MARK.finditer(body):
            plain.append(body[last:mm.start()])
            i += mm.start() - last
            surf = mm.group(1)
            typ = "person" if mm.group(2) == "P" else "country"
            out.append(dict(position=pos, section=section, start=i, end=i + len(surf), surface=surf,
                            entity_type=typ, entity=mm.group(3), form=mm.group(4) or ""))
            plain.append(surf)
            i += len(surf)
            last = mm.end()
        plain.append(body[last:])
        lines[pos] = "".join(plain)
    return out, lines


def load_gold(datasets: Path, gold_dir: Path = GOLD_DIR):
    """Return ``(documents, corpus, gold mentions)``; checks every annotated line against the reader's text."""
    from marsad.readers import read_corpus

    docs = pd.read_csv(gold_dir / "documents.tsv", sep="\t")
    tmp = Path(tempfile.mkdtemp(prefix="marsad-people-gold-"))
    try:
        for r in docs.itertuples():
            src = datasets / r.path
            if not src.exists():
                raise DatasetsMissing(f"{src} is missing (the people gold set reads its articles from the datasets)")
            dst = tmp / r.path
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, dst)
        corpus = read_corpus(tmp)
        segs = corpus.segments
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    gold = []
    for r in docs.itertuples():
        ann, lines = parse_annotation(gold_dir / "annotations" / f"{r.doc_id}.txt")
        seg = segs[segs["doc_id"] == r.doc_id].set_index("position")["text"]
        for pos, text in lines.items():
            # the annotations write no-break spaces as plain spaces (same length, same offsets)
            if str(seg.get(pos)).replace("\xa0", " ") != text.replace("\xa0", " "):
                raise ValueError(f"{r.doc_id} [{pos}]: annotated text differs from the segment text")
        for a in ann:
            a.update(doc_id=r.doc_id, split=r.split)
        gold += ann
    return docs, corpus, pd.DataFrame(gold)


def score(gold: pd.DataFrame, pred: pd.DataFrame, typ: str) -> tuple[dict, list]:
    """Precision/recall of one entity type (see the module docstring); also the error list."""
    g = gold[gold["entity_type"] == typ]
    p = pred[pred["entity_type"] == typ]
    gk = dict(zip(zip(g["doc_id"], g["position"], g["start"], g["end"]), g["entity"]))
    pk = dict(zip(zip(p["doc_id"], p["position"], p["start"], p["end"]), p["entity_id"]))
    if typ == "country":
        gmap = {ge: ge for ge in set(g["entity"])}
    else:
        pairs = Counter((gk[k], pk[k]) for k in gk if k in pk)
        gmap, used = {}, set()
        for (ge, pe), _n in pairs.most_common():
            if ge not in gmap and pe not in used:
                gmap[ge] = pe
                used.add(pe)
    tp = sum(1 for k, ge in gk.items() if k in pk and pk[k] == gmap.get(ge))
    res = {"gold": len(gk), "pred": len(pk), "tp": tp,
           "P": tp / len(pk) if pk else 1.0, "R": tp / len(gk) if gk else 1.0}
    errors = [("FN", k, gk[k], pk.get(k)) for k in gk if not (k in pk and pk[k] == gmap.get(gk[k]))]
    errors += [("FP", k, None, pk[k]) for k in pk if k not in gk]
    return res, sorted(errors, key=lambda e: e[1])






def _split_corpus(corpus, doc_ids):
    from marsad.readers.corpus import Corpus

    keep = set(doc_ids)
    fields = {}
    for name in Corpus.__dataclass_fields__:
        val = getattr(corpus, name)
        if isinstance(val, pd.DataFrame) and "doc_id" in val.columns:
            val = val[val["doc_id"].isin(keep)].reset_index(drop=True)
        fields[name] = val
    return Corpus(**fields)




def _run(root: Path, *, ner: bool = True, splits=SPLITS):
    from marsad.mentions import find_mentions

    docs, corpus, gold = load_gold(root)
    results = {}
    for sp in splits:
        ids = docs.loc[docs["split"] == sp, "doc_id"]
        pred = find_mentions(_split_corpus(corpus, ids), ner=ner)
        g = gold[gold["split"] == sp]
        for typ in ("person", "country"):
            results[(sp, typ)] = score(g, pred, typ)
    return docs, corpus, gold, results


def evaluate(datasets_root: Path) -> str:
    """Score the mentions on the gold set; return the markdown for docs/EVALUATION.md."""
    root = Path(datasets_root)
    if not (root / "ant-v2.1-multisource").exists():
        raise DatasetsMissing(f"{root / 'ant-v2.1-multisource'} is missing")
    docs, _corpus, _gold, results = _run(root, splits=tuple(sp for sp in SPLITS if sp not in BLIND_ONLY_WHEN_NAMED))
    return render(docs, results)


def render(docs: pd.DataFrame, results: dict) -> str:
    """The markdown of the people section of docs/EVALUATION.md for scored splits."""
    n = docs["split"].value_counts().to_dict()
    lines = [
        "## People and country mentions (hand-annotated ANT articles)",
        "",
        "Command: `python -m marsad.training evaluate people` (`--datasets DIR`); gold set, annotation rules and the rule",
        "that chose the articles in `data/gold/people/` (ANT v2.1 Al Arabiya, France 24 and CNN; ANT v1.1 Jawhara FM;",
        "every person and country mention). `find_mentions` runs with its default recogniser (CRF NER + appositions + names after a role) on",
        "each split as one batch. A country mention is right when its span and ISO code are; a person mention when its",
        "span is and its `entity_id` is the one its gold person maps to (one-to-one), so split or merged people count as",
        "errors.",
        "",
        "| split | articles | type | gold | predicted | correct | precision | recall |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (sp, typ), (res, _err) in results.items():
        lines.append(f"| {sp} | {n.get(sp, 0)} | {typ} | {res['gold']} | {res['pred']} | {res['tp']} | "
                     f"{res['P']:.3f} | {res['R']:.3f} |")
    return "\n".join(lines + ["", blind_prose()])


def _verdict(run: dict, targets: dict) -> str:
    out = []
    for typ in ("person", "country"):
        for value, target, name in zip(run[typ], targets[typ], ("precision", "recall")):
            out.append(f"{typ} {name} {value:.3f} {'meets' if value >= target else 'misses'} ≥ {target:.2f}")
    return "; ".join(out)


def blind_prose(runs_path: Path = BLIND_RUNS, prose_path: Path = BLIND_PROSE) -> str:
    """The prose of the docs section after the table (blind runs, what each session changed): ``blind_runs.md``
    with each ``{verdict:SPLIT}`` filled from that split's first run in ``blind_runs.json``."""
    data = json.loads(Path(runs_path).read_text("utf-8"))
    verdicts = {r["split"]: _verdict(r, data["targets"]) for r in data["runs"]}
    prose = Path(prose_path).read_text("utf-8").rstrip("\n")
    return re.sub(r"\{verdict:(\w+)\}", lambda m: verdicts[m.group(1)], prose)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m marsad.training.people_eval", description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    ap.add_argument("--errors", action="store_true", help="list the errors of tuning, heldout1, heldout2 and heldout4 … heldout48 (never heldout3)")
    ap.add_argument("--no-ner", action="store_true", help="knowledge base only")
    ap.add_argument("--splits", default=",".join(sp for sp in SPLITS if sp not in BLIND_ONLY_WHEN_NAMED),
                    help="comma-separated splits to score (default: all)")
    args = ap.parse_args(argv)
    root = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if root is None:
        return 2
    splits = [sp for sp in args.splits.split(",") if sp]
    unknown = set(splits) - set(SPLITS)
    if unknown:
        print(f"error: unknown split(s) {sorted(unknown)}; known: {', '.join(SPLITS)}", file=sys.stderr)
        return 2
    _docs, corpus, _gold, results = _run(root, ner=not args.no_ner, splits=splits)
    segs = corpus.segments.set_index(["doc_id", "position"])["text"]
    for (sp, typ), (res, errors) in results.items():
        print(f"{sp:9s} {typ:8s} P={res['P']:.3f} R={res['R']:.3f} (gold {res['gold']}, predicted {res['pred']}, "
              f"correct {res['tp']})")
        if args.errors and sp in ERROR_SPLITS:
            for kind, (d, pos, s, e), ge, pe in errors:
                t = segs[(d, pos)]
                print(f"   {kind} {d}[{pos}] {t[s:e]!r} gold={ge} predicted={pe}  …{t[max(0, s - 25):e + 15]}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
