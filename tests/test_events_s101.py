"""Session 101 (events101), the class "a visit or meeting frame dropped as a date anchor" counted on s33–s46 at their
blind code: a "خلال/في ختام/عقب + visit/meeting" frame is the pair's event, not only the date of another act, when
the frame names its participant by the visit's relative clause ("زيارة (رسمية) يقوم/قام بها X (إلى Y)", "التي كان قد
أداها إلى Y"), by its destination after its adjectives ("زيارة رسمية إلى Y") or after a short aside in commas ("خلال
لقائه، الاثنين، مع Y"). A frame of no participant ("خلال محادثاتهما"), a third party's visit, a list of destinations
and a visit to a third state stay as before. Composed sentences."""
from functools import partial

from conftest import rule_event_codes
from marsad.events.gates import _named_after

PUB = "2018-04-03"


# (source, target, cameo_code) of the rules' events of a one-paragraph document; with a 4th argument, of that root
_rows = partial(rule_event_codes, published=PUB)


def _visits(text, focus, partner):
    return {r for r in _rows(text, focus, partner) if r[2].startswith("04")}


def test_a_visit_named_by_its_relative_clause():
    assert _visits("وقال الرئيس المصري خلال زيارة يقوم بها إلى فرنسا إن التعاون بين البلدين ممتاز",
                   "EG", "FR") == {("EG", "FR", "042")}
    assert _visits("وأكد الرئيس الصيني في ختام زيارة رسمية يقوم بها إلى مصر أن بلاده تدعم الاستقرار",
                   "CN", "EG") == {("CN", "EG", "042")}
    assert _visits("وجاء ذلك في ختام زيارة رسمية يقوم بها الرئيس الصيني إلى مصر", "CN", "EG") == {("CN", "EG", "042")}
    assert _visits("جاء ذلك خلال زيارة قام بها العاهل الأردني إلى اليابان", "JO", "JP") == {("JO", "JP", "042")}


def test_a_visit_named_by_its_destination_after_its_adjectives():
    assert _visits("وأكد الرئيس التونسي خلال زيارة رسمية إلى الجزائر أن الإرهاب خطر مشترك",
                   "TN", "DZ") == {("TN", "DZ", "042")}
    # (without the adjective it was named already)
    assert _visits("وأكد الرئيس التونسي خلال زيارته إلى الجزائر أن الإرهاب خطر مشترك",
                   "TN", "DZ") == {("TN", "DZ", "042")}


def test_a_meeting_named_after_an_aside_in_commas():
    assert _visits("وقال العاهل المغربي خلال لقائه، الثلاثاء، مع رئيس الوزراء الأردني إن المنطقة تمر بظروف صعبة",
                   "MA", "JO") == {("MA", "JO", "040")}
    assert _visits("وأشار إلى أن الرئيس الإيراني ناقش خلال اجتماعه، أمس، بالرئيس العراقي الملف النووي",
                   "IR", "IQ") == {("IR", "IQ", "040")}


def test_counter_examples():
    # a frame that names no participant dates the other act: no visit row for the state spoken of
    assert _visits("وقال الرئيس الفرنسي خلال زيارة يقوم بها إلى الصين إن مصر شريك مهم", "FR", "EG") == set()
    assert _visits("وقال الرئيس الفرنسي خلال زيارة رسمية إلى الصين إن مصر شريك مهم", "FR", "EG") == set()
    # a third party's visit to one side: not the speaker's visit
    assert _visits("وقال الرئيس الروسي خلال زيارة يقوم بها الرئيس الفرنسي إلى تركيا إن الحرب يجب أن تنتهي",
                   "RU", "TR") == set()
    # a visit to a third state where the two sides met: the meeting, not a visit to one of them
    assert _visits("والتقى الرئيس المصري بنظيره الفرنسي خلال زيارة رسمية إلى ألمانيا", "EG", "DE") == set()
    # a meeting with a list of two premiers after the aside: a list, no row of one of them
    assert _visits("وقال الرئيس التركي خلال لقائه، الاثنين، مع رئيسي الوزراء الإسرائيلي والأردني إن الوضع خطير",
                   "TR", "IL") == set()


def test_named_after_needs_an_actor_of_ours_in_the_frame():
    # the gate's test itself: a relative clause or an aside with no actor of ours after it is not "named"
    class A:
        def __init__(self, start, code="EG", kind="country"):
            self.start, self.code, self.kind = start, code, kind

    norm = "خلال زياره رسميه يقوم بها الي مصر"
    end = len("خلال زياره")
    assert _named_after(norm, end, [A(norm.index("مصر"))])
    assert not _named_after(norm, end, [])
    assert not _named_after(norm, end, [A(norm.index("مصر"), kind="nisba")])
    norm2 = "خلال لقائه، بعد ظهر الاثنين في القصر الرئاسي، مع رئيس الوزراء"
    end2 = len("خلال لقائه")
    # an aside of more than three words is not read through
    assert not _named_after(norm2, end2, [A(norm2.index("رئيس"))])
