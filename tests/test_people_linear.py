"""The document-wide people passes stay linear in a document's length (audit35: one long unpunctuated document cost
about three times more per doubling, in ``_role_pairs_named_again``, which scanned the whole document once per
candidate). Counted in calls, never timed."""
import itertools

from marsad.mentions import document_names, people

_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمن"
# made-up surnames, one per sentence (غوبتين، غوبثين …)
_SURNAMES = ["غو" + a + b + "ين" for a, b in itertools.product(_LETTERS, _LETTERS)]


def _calls_for(n_sentences: int, monkeypatch) -> int:
    # many candidates (a role with ال before two name words), each first name followed by another surname
    calls = [0]
    bare = people._bare.__wrapped__ if hasattr(people._bare, "__wrapped__") else people._bare

    def counting(word):
        calls[0] += 1
        return bare(word)

    monkeypatch.setattr(document_names, "_bare", counting)  # (_role_pairs_named_again reads _bare there)
    text = " ".join(f"التقى الرئيس جون {_SURNAMES[i]} ثم" for i in range(n_sentences)) + " وقال غوبتين إن"
    people._role_pairs_named_again([text], ["d"], ["paragraph"], [[]], [[]], frozenset({"الرئيس"}), frozenset())
    return calls[0]


def test_role_pairs_named_again_is_linear_in_the_document(monkeypatch):
    small = _calls_for(100, monkeypatch)
    big = _calls_for(400, monkeypatch)
    assert small > 0
    assert big <= 5 * small  # four times the words: linear is ~4x, one scan per candidate was ~16x


def test_role_pairs_named_again_still_needs_the_surname_said_alone():
    titles, common = frozenset({"الرئيس"}), frozenset()
    said = "التقى الرئيس جون سميث أمس في المدينة. وقال سميث إن الزيارة ناجحة"
    unsaid = "التقى الرئيس جون سميث أمس في المدينة. وقال الوزير إن الزيارة ناجحة"
    first_alone = said + ". وأضاف جون أن"
    assert people._role_pairs_named_again([said], ["d"], ["paragraph"], [[]], [[]], titles, common) == [
        (0, said.index("جون"), said.index("سميث") + len("سميث"))]
    assert people._role_pairs_named_again([unsaid], ["d"], ["paragraph"], [[]], [[]], titles, common) == []
    assert people._role_pairs_named_again([first_alone], ["d"], ["paragraph"], [[]], [[]], titles, common) == []
