"""people111 (session 43): a preposition ل glued at the start of a person's name, read by the document's own names and
the letter after the ل (class LAM of heldout27-46): L1 a ل before a long vowel letter whose rest is only somewhat
name-like is the name's own (لويك); L2 a discovered name after a glued ل/ب/ك whose first word with its article (or
the ا of an article elided after ل: للصرة) is a family name of the document's people joins that person; L3 the
document's surname pass reads the ل-form of a family name with no proclitic before it (لزهراني الهلال) as the
preposition ل + the name in construct, its article dropped. Counter-examples: a known first name after ل stays
stripped (لوليد), a known first name after ب keeps its own name (بمنصور beside خالد المنصور), the article's ل of
للزهراني stays in the span, no family name of the document means no change."""
from conftest import mentions_in, regex_recognizer


def _people(texts, *patterns):
    df = mentions_in(texts, regex_recognizer(*patterns))
    df = df[df["entity_type"] == "person"]
    return list(zip(df["surface"], df["entity_id"]))


def test_l1_a_long_vowel_after_the_la_keeps_it_in_the_name():
    rows = _people("وأوضح لويك دومارتان أحد المنسقين أن العمل سيتواصل.", "لويك دومارتان")
    assert [s for s, _e in rows] == ["لويك دومارتان"]


def test_l1_a_known_first_name_after_the_la_is_still_stripped():
    rows = _people("وقدم رئيس النادي الجائزة لوليد الخطيب في الحفل.", "لوليد الخطيب")
    assert [s for s, _e in rows] == ["وليد الخطيب"]


def test_l2_an_elided_article_after_la_joins_the_full_name():
    text = ("وقال الأمين العام علي الصرة خان إن القرار ظالم. "
            "وجاء ذلك في تغريدة للصرة خان على صفحته في موقع تويتر.")
    rows = _people(text, "علي الصرة خان", "(?<=ل)لصرة خان")
    full = {e for s, e in rows if s.endswith("الصرة خان")}
    assert len(full) == 1 and ("لصرة خان", next(iter(full))) in rows


def test_l2_another_family_or_a_known_first_name_keeps_its_own_person():
    # the document's family name is another one (الزهرة): لدرة خان is no one of that family
    text = ("وقال الأمين العام علي الفضة خان إن القرار ظالم. "
            "وجاء ذلك في تغريدة للصرة خان على صفحته في موقع تويتر.")
    rows = _people(text, "علي الفضة خان", "(?<=ل)لصرة خان")
    full = {e for s, e in rows if s.endswith("الفضة خان")}
    assert full and ("لصرة خان", full.pop()) not in rows and any(s == "لصرة خان" for s, _e in rows)
    # منصور is a first name: بمنصور الطيب is ب + منصور الطيب, not خالد المنصور's family
    rows = _people("واجتمع خالد المنصور بالوزراء. ثم اجتمع بمنصور الطيب في مكتبه.", "خالد المنصور", "(?<=ب)منصور الطيب")
    ids = dict(rows)
    assert ids.get("منصور الطيب") and ids["منصور الطيب"] != ids.get("خالد المنصور")


def test_l3_the_la_form_of_a_family_name_in_construct_is_the_preposition():
    text = ("وانضم اللاعب فهد الزهراني إلى معسكر المنتخب. "
            "وتكفلت الهيئة بمعسكر إعدادي لزهراني الهلال في لندن.")
    rows = _people(text, "فهد الزهراني")
    zid = dict(rows)["فهد الزهراني"]
    assert ("زهراني", zid) in rows and not any(s == "لزهراني" for s, _e in rows)


def test_l3_after_a_preposition_the_articles_la_stays_and_no_full_name_means_no_row():
    text = "وانضم اللاعب فهد الزهراني إلى معسكر المنتخب. وقال مدرب المنتخب للزهراني إن مكانه محجوز."
    rows = _people(text, "فهد الزهراني")
    zid = dict(rows)["فهد الزهراني"]
    assert ("لزهراني", zid) in rows and not any(s == "زهراني" for s, _e in rows)
    assert not any("زهراني" in s for s, _e in _people("وتكفلت الهيئة بمعسكر إعدادي لزهراني الهلال في لندن."))
