"""A first name alone right after a role is the one person of its document whose full name starts with it
(marsad.mentions.lone_first_names; heldout13's الفنان شارل for شارل أزنفور, dev since its blind run)."""
import pandas as pd

from marsad.mentions import find_mentions

AZNAVOUR = ("عاش الجمهور لحظات استثنائية وساحرة بمسرح محمد الخامس مع الأسطورة الحية شارل أزنفور، الذي أمتع "
            "الحضور بأغانيه الخالدة. حصل على لقب فنان القرن من قبل \"سي إن إن\" سنة 1988، الفنان شارل خاض مسارا "
            "فريدا امتد على 70 سنة.")


def _people(texts):
    segs = pd.DataFrame({"doc_id": ["a"] * len(texts), "section": "paragraph", "position": range(len(texts)),
                         "text": texts})
    df = find_mentions(segs)
    return df[df["entity_type"] == "person"]


def test_a_first_name_after_a_role_is_the_documents_person_of_that_first_name():
    rows = _people([AZNAVOUR])
    assert list(rows["surface"]) == ["شارل أزنفور", "شارل"]
    assert rows["entity_id"].nunique() == 1


def test_a_royal_named_by_first_name_is_not_the_namesake_of_the_story():
    # FR-internationalNews-2037: Prince Philip beside another فيليب of the story
    rows = _people(["وقال وزير المالية فيليب هاموند إن الزيارة مهمة.",
                    "والخميس، يزور دوق كامبريدج ضريح الأميرة آليس، والدة الأمير فيليب زوج الملكة إليزابيث."])
    assert "فيليب" not in list(rows["surface"])


def test_no_full_name_in_the_document_no_first_name_alone():
    rows = _people(["حصل على لقب فنان القرن سنة 1988، الفنان شارل خاض مسارا فريدا امتد على 70 سنة."])
    assert "شارل" not in list(rows["surface"])


def test_a_first_name_opening_quoted_words_after_a_colon_is_the_documents_person():
    # heldout19's AL-sport-1591 (dev since its blind run): the coach speaks of his player by first name
    rows = _people(["أكد باكو لوبيز، مدرب ليفانتي الإسباني، أن الصيام لن يمنع فهد المولد لاعب الفريق والمعار من "
                    "اتحاد جدة، من المشاركة في المباراة الختامية للدوري الإسباني.",
                    "وقال لوبيز في مؤتمر صحافي يوم الخميس: فهد سيصوم يوم السبت، وتحدث مع الأطباء."])
    fahad = rows[rows["surface"].str.startswith("فهد")]
    assert list(fahad["surface"]) == ["فهد المولد", "فهد"]
    assert fahad["entity_id"].nunique() == 1


def test_a_first_name_after_a_colon_without_a_full_name_is_no_mention():
    rows = _people(["وقال المدرب في مؤتمر صحافي يوم الخميس: فهد سيصوم يوم السبت، وتحدث مع الأطباء."])
    assert "فهد" not in list(rows["surface"])


MAGDA = ["كشفت الفنانة المصرية #غادة_نافع عن حقيقة الحالة الصحية لوالدتها الفنانة #ماجدة_الصباحي، بعد انتشار "
         "تقارير تفيد بتعرضها لحادث ودخولها إلى المستشفى.",
         "واختتمت الممثلة غادة نافع بأنها تُطمئن الجميع على حالة الفنانة ماجدة الصحية."]


def test_a_hashtag_full_name_gives_its_first_name_after_a_role():
    # heldout20's AL-culture-84 (dev since its blind run): the full name only as a hashtag joined by an underscore
    rows = _people(MAGDA)
    magda = rows[rows["surface"].str.startswith("ماجدة")]
    assert list(magda["surface"]) == ["ماجدة_الصباحي", "ماجدة"]
    assert magda["entity_id"].nunique() == 1


def test_a_first_name_after_a_role_without_the_hashtag_full_name_is_no_mention():
    rows = _people([MAGDA[1]])
    assert "ماجدة" not in list(rows["surface"])


def test_first_names_are_found_in_place_in_the_batch_as_in_each_documents_own_join():
    # the spellings are searched in the stretch of the batch's joined texts that holds the document's segments
    # when they follow each other, else in the document's texts joined: the same rows either way
    full, lone = AZNAVOUR.split("، الذي")[0] + ".", "حصل على لقب فنان القرن سنة 1988، الفنان شارل خاض مسارا فريدا."
    other = "وقال المتحدث إن الفنان شارل لم يحضر."  # another document: its شارل is no one's
    texts = [other, full, lone, other, lone, full]
    docs = ["b", "a", "a", "b", "c", "c"]  # a: consecutive segments; c: too; b: apart
    segs = pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(len(texts)), "text": texts})
    df = find_mentions(segs)
    people = df[df["entity_type"] == "person"]
    assert [(r.doc_id, r.position, r.surface) for r in people.itertuples()] == [
        ("a", 1, "شارل أزنفور"), ("a", 2, "شارل"), ("c", 4, "شارل"), ("c", 5, "شارل أزنفور")]
    # the same rows when a document's segments are apart (joined on their own)
    shuffled = segs.iloc[[0, 1, 3, 2, 4, 5]]  # a's segments apart now
    again = find_mentions(shuffled)
    pd.testing.assert_frame_equal(
        again[again["entity_type"] == "person"].sort_values(["doc_id", "position"]).reset_index(drop=True),
        people.sort_values(["doc_id", "position"]).reset_index(drop=True))
