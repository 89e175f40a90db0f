"""Session 94 (events94): the path classes of event rows and the pre-registered selection of
``marsad.training.events_paths`` (measurement only; nothing in the events stage reads it)."""
import pandas as pd

from marsad.events.context import EVENT_COLUMNS
from marsad.training import events_paths as ep


def _row(**kw):
    row = {c: "" for c in EVENT_COLUMNS}
    row.update(kind="event", doc_id="d1", actor1="FR", actor2="TN", source="FR", target="TN", symmetric=False,
               status="reported", cameo_code="042", trigger="زيارة", section="paragraph", position=2, n_mentions=1,
               rule="timex:deictic_day;status:reported;cue:زياره", actor_forms="الرئيس الفرنسي; تونس",
               sentence="وصل الرئيس الفرنسي إلى تونس أمس في زيارة رسمية")
    row.update(kw)
    return pd.Series(row)


def test_form_kinds_by_todays_lexicon():
    assert ep.form_kind("فرنسا", "FR") == "country"
    assert ep.form_kind("باريس", "FR") == "capital"
    assert ep.form_kind("الرئيس الفرنسي", "FR") == "role"
    assert ep.form_kind("بلاده", "QA") == "pronoun"
    assert ep.form_kind("البلدين", "FR") == "pronoun"
    # counter-examples: a form the lexicon does not read, an empty form, a third party's code
    assert ep.form_kind("شيء ما", "FR") == "other"
    assert ep.form_kind("", "FR") == "none"
    assert ep.form_kind("فرنسا", "?:x") == "other"


def test_classes_of_a_rules_row_and_a_learned_row():
    c = dict(ep.classes(_row()))
    assert c["origin"] == "rules" and c["root"] == "04" and c["quad"] == "verbal-coop"
    assert c["date source"] == "timex" and c["reporter frame"] == "none" and c["place in text"] == "paragraph:2-4"
    assert c["source form"] == "role" and c["target form"] == "country"
    assert c["other rule tag"] == "(none)" and c["sentence words"] == "<=25" and c["cue length"] == "1 word"
    c = dict(ep.classes(_row(rule="learned:p=0.99", cameo_code="173", section="title", position=0,
                             attribution="وزارة الخارجية", actor_forms="")))
    assert c["origin"] == "learned" and c["date source"] == "learned" and c["quad"] == "material-conflict"
    assert c["place in text"] == "title" and c["reporter frame"] == "attributed" and c["source form"] == "none"
    # a rule tag other than the date, status and cue is its own class; a row may have several
    tags = [v for k, v in ep.classes(_row(rule="before-publication;status:reported;cue:زياره;tense:pluperfect"))
            if k == "other rule tag"]
    assert tags == ["tense"]


def test_candidates_need_enough_rows_and_low_precision():
    def rows(value, n, right):
        return [{"actors": i < right, "classes": [("dim", value)]} for i in range(n)]
    sel = ep.candidates(rows("low", 6, 3) + rows("few", 5, 0) + rows("fine", 6, 4) + rows("good", 40, 40))
    assert sel == [("dim", "low")]  # 3/6 < 0.60; 0/5 has too few rows; 4/6 = 0.667 is not below the bar


def test_drop_keeps_other_rows_and_the_columns_of_an_emptied_table():
    t = pd.DataFrame([_row(), _row(cameo_code="111", trigger="انتقد")])
    out = ep.drop({"d1": t}, [("root", "11")])["d1"]
    assert list(out["cameo_code"]) == ["042"]
    empty = ep.drop({"d1": t.iloc[0:0]}, [("root", "11")])["d1"]
    assert list(empty.columns) == list(t.columns) and len(empty) == 0
    # a background row is never dropped, whatever its classes
    bg = pd.DataFrame([_row(kind="background", cameo_code=None)])
    assert len(ep.drop({"d1": bg}, [("root", "none")])["d1"]) == 1
