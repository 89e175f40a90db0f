"""people90 (session 38): three general classes of heldout42's country errors. (1) The Soviet Union's name spelled
with two ي (الاتحاد السوفييتي) is one SU name mention, as the one-ي and السوفياتي spellings are, not the adjective alone.
(2) Austria's news agency under the name the Arab press gives it (وكالة الأنباء النمساوية / النمسوية, the APA) holds
no country, as AFP's does; the Austrian adjective elsewhere counts. (3) A capital after a summit, conference or forum
noun is the event's name whatever word follows (قمة هلسنكي مع بوتين); after إعلان a verb still makes it the
government acting, and a capital named outside such a frame, or two capitals joined by و after قمة, still count."""
from conftest import mention_rows


def _rows(texts, typ="country"):
    return mention_rows(texts, typ)


def test_the_soviet_union_spelled_with_two_ya_is_one_name():
    rows = _rows(["وفي عام 1957 أطلق الاتحاد السوفييتي أول قمر صناعي.", "واعتمد ملعبا وطنيا للاتحاد السوفييتي."])
    assert [(r[1], r[2]) for r in rows] == [("الاتحاد السوفييتي", "SU"), ("لاتحاد السوفييتي", "SU")]
    # counter-examples: the other spellings and the adjective of an era are unchanged
    rows = _rows(["وانهار الاتحاد السوفيتي عام 1991، وكان الاتحاد السوفياتي قوة عظمى.", "وهو غاز اشتهر بالعهد السوفييتي."])
    assert [(r[1], r[2]) for r in rows] == [("الاتحاد السوفيتي", "SU"), ("الاتحاد السوفياتي", "SU"),
                                            ("السوفييتي", "SU")]


def test_the_austrian_news_agency_holds_no_country():
    rows = _rows(["وقال كورتز لوكالة الأنباء النمسوية إنه سيحاول.", "ونقلت وكالة الأنباء النمساوية عن الوزير قوله."])
    assert rows == []
    # counter-example: the Austrian adjective on anything else, and a newspaper's adjective, count
    rows = _rows(["وقال المستشار النمساوي إن الحكومة النمساوية ستقرر.", 'ونقلت صحيفة "كورير" النمساوية الخبر.'])
    assert [r[1] for r in rows] == ["النمساوي", "النمساوية", "النمساوية"]
    assert {r[2] for r in rows} == {"AT"}


def test_a_capital_after_a_summit_noun_is_the_event_whatever_follows():
    rows = _rows(["واعتبر أن أداء ترامب في قمة هلسنكي مع الرئيس الروسي كان ضعيفا.",
                  "وأثار ترامب خلال قمة هلسنكي عاصفة من الانتقادات.",
                  "وصادقت تونس على ميثاق مؤتمر الدوحة في 23 مارس."])
    assert [r[1] for r in rows] == ["الروسي", "تونس"]
    # counter-examples: a declaration then a verb is the government acting; the capital outside a frame; two capitals
    # joined by و after قمة
    rows = _rows(["وقال إعلان الرياض رفض التدخل.", "ووصل ترامب إلى هلسنكي مع وفد كبير.", "قمة واشنطن وبيونغ يانغ تقترب."])
    assert [(r[1], r[2]) for r in rows] == [("الرياض", "SA"), ("هلسنكي", "FI"), ("واشنطن", "US"),
                                            ("بيونغ يانغ", "KP")]


def test_a_country_whose_name_opens_with_a_hamza_alif_takes_the_preposition_lam():
    # ألمانيا normalises to المانيا, which opens like an article: ل + ألمانيا is written لألمانيا, never للمانيا
    rows = _rows(['وسافر الوزير لألمانيا أمس.', 'ضد دخول حزب "البديل لألمانيا" اليميني البرلمان.'])
    assert [(r[1], r[2]) for r in rows] == [("ألمانيا", "DE"), ("ألمانيا", "DE")]
    # counter-examples: a name with the article still takes لل (للمغرب: ل + المغرب), and the other proclitics
    rows = _rows(["وقال للمغرب وبألمانيا ولألمانيا."])
    assert [(r[1], r[2]) for r in rows] == [("لمغرب", "MA"), ("ألمانيا", "DE"), ("ألمانيا", "DE")]
