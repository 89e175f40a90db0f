"""people36: classes of heldout23's person misses (development data since its blind run in session 34)."""

from _people import person_rows as _people

# FR-internationalNews-2170-20180705 (heldout23): two Algerian generals whose names read as words of the language
_GENERALS = [
    "عين الجنرال الغالي أولقصير قائدا جديدا للدرك الجزائري الأربعاء، وفق ما أعلن وزير الدفاع الجزائري في بيان، وقبل "
    "هذا التعيين تم إنهاء مهام الجنرال نوبة مناد بمرسوم رئاسي.",
    "ترأس نائب وزير الدفاع وقائد أركان الجيش الجزائري الجنرال أحمد قائد صالح الأربعاء مراسم تنصيب الغالي أولقصير "
    "قائدا جديدا للدرك الجزائري خلفا للجنرال نوبة مناد الذي تم إنهاء مهامه بمرسوم رئاسي.",
    "وتضمن بيان الجنرال صالح أنه \"بناء على المرسوم الرئاسي، أعين رسميا قائدا للدرك الوطني الجنرال الغالي أولقصير "
    "خلفا للجنرال نوبة مناد\". دون توضيح أسباب هذا التغيير.",
]


def test_a_two_word_name_repeated_after_a_military_rank_is_a_person():
    rows = _people(_GENERALS)
    surfaces = [(p, s) for p, s, _e in rows]
    assert (0, "الغالي أولقصير") in surfaces and (0, "نوبة مناد") in surfaces
    # the name without its rank, once the rank named it (مراسم تنصيب الغالي أولقصير), and after للجنرال
    assert (1, "الغالي أولقصير") in surfaces and (1, "نوبة مناد") in surfaces
    ids = {s: e for _p, s, e in rows}
    assert len({e for _p, s, e in rows if s == "الغالي أولقصير"}) == 1 and ids["الغالي أولقصير"] != ids["نوبة مناد"]


def test_a_rank_and_two_words_met_once_are_no_name():
    # the same paragraphs without the third: الغالي أولقصير comes once after a rank
    assert "الغالي أولقصير" not in [s for _p, s, _e in _people(_GENERALS[:2])]
    # 'General Hamel's statements are fiery' (AL-internationalNews, already probed): هامل نارية once after a rank
    surfaces = [s for _p, s, _e in _people(["وقال المحامي السابق: \"تصريحات اللواء هامل نارية كونه يشكك في التحقيق\"."])]
    assert "هامل نارية" not in surfaces


def test_a_maghrebi_given_name_written_with_lam_keeps_it():
    # JA-localNews-749-20170204 (heldout23): لسعد (Lassaad, الأسعد) is no ل + سعد
    rows = _people(["وفق ما ورد في تصريح الكاتب العام لنقابة التعليم الأساسي لسعد اليعقوبي لمراسل الجوهرة اف ام.",
                    "وأكد لسعد اليعقوبي أن المكتب التنفيذي الجديد يدعم مطالب المدرسين."])
    assert [(p, s) for p, s, _e in rows] == [(0, "لسعد اليعقوبي"), (1, "لسعد اليعقوبي")]
    # JA-culture-118-20170607 (already probed): و + لمين النهدي (Lamine Nahdi)
    assert [s for _p, s, _e in _people(["المنصف ذويب ولمين النهدي يتصالحان"])][-1:] == ["لمين النهدي"]


def test_lam_before_a_known_full_name_is_still_the_preposition():
    # ل + سعد الحريري: the knowledge base names Saad Hariri
    rows = _people(["وأرسل الرئيس برقية تهنئة لسعد الحريري بعد تكليفه تشكيل الحكومة."])
    assert [(s, e) for _p, s, e in rows] == [("سعد الحريري", "person:saad-hariri")]


def test_the_son_before_or_after_a_surname_stays_outside_the_name():
    # AL-sport-152-20180221 (heldout23): الابن ('the son', Sherif Ekramy, son of the keeper Ekramy)
    rows = _people(["ولهذا كان من الطبيعى أن يخرج شريف إكرامى من حسابات المدرب.",
                    "فالابن إكرامى لم يشارك مع الأهلى سوى فى 5 مباريات فقط.",
                    "فهل وصلت الرسالة إلى إكرامى الابن.. أعتقد ذلك."])
    surfaces = [(p, s) for p, s, _e in rows]
    assert surfaces == [(0, "شريف إكرامى"), (1, "إكرامى"), (2, "إكرامى")]
    assert len({e for _p, _s, e in rows}) == 1


def test_two_first_names_joined_by_waw_are_two_people():
    # AL-culture-584-20180712 (heldout23): صورة لمعز وشيري, 'a photo of Moez and Sherry', both named in full before
    rows = _people(["جدل كبير أحدثه زواج الداعية الديني معز مسعود من الفنانة شيري عادل.",
                    "ونشر الهواري صورة لمعز وشيري عبر حسابه على انستغرام."])
    ids = {s: e for _p, s, e in rows if _p == 0}
    second = [(s, e) for p, s, e in rows if p == 1]
    assert ("معز", ids["معز مسعود"]) in second and ("شيري", ids["شيري عادل"]) in second
    assert not any(" " in s for s, _e in second)


def test_a_discovered_name_with_tsh_for_ch_is_the_knowledge_base_person_spelt_with_sh():
    # the lead's session-22 probe (FR-internationalNews-2746-20180816): منوتشين next to the knowledge base's منوشين
    rows = _people(["ونبه وزير الخزانة الأمريكي ستيفن منوتشين إلى أن الولايات المتحدة قد تفرض عقوبات.",
                    "وقال منوتشين إن القرار نهائي."])
    assert [(s, e) for _p, s, e in rows] == [("ستيفن منوتشين", "person:steven-mnuchin"),
                                             ("منوتشين", "person:steven-mnuchin")]
    # a name with تش that no knowledge-base name has with ش stays a discovered person
    assert all(e.startswith("ner:") for _p, _s, e in _people(["وكتبت تشيلسي كلينتون، ابنة الرئيس الأسبق، على تويتر."])
               if _s.startswith("تشيلسي"))


def test_a_brazilian_one_word_name_in_a_list_is_one_person_of_the_batch():
    # the lead's session-22 probe (CN-sport-59-20180303): رونالدينيو after a role and a comma had a document id
    # while the same name elsewhere in the batch had the batch id
    import pandas as pd

    from marsad.mentions import find_mentions

    segs = pd.DataFrame({"doc_id": ["a", "b"], "section": "paragraph", "position": [0, 0], "text": [
        "وسجل النجم البرازيلي رونالدينيو، هدفا رائعا في مرمى الفريق المنافس.",
        "وقال رونالدينيو إنه سعيد بالعودة إلى الملاعب."]})
    df = find_mentions(segs)
    ids = set(df.loc[df["surface"] == "رونالدينيو", "entity_id"])
    assert len(ids) == 1 and "@" not in next(iter(ids))


def test_jamal_khashoggi_is_a_knowledge_base_person_in_both_spellings():
    # the lead's session-22 probe: خاشقجي is a built common word, so a name of the recogniser lost it
    rows = _people(["أعربت الخارجية عن قلقها من اختفاء الصحفي السعودي جمال خاشقجي في إسطنبول.",
                    "وقالت خطيبة خاشقجي إنه دخل القنصلية ولم يخرج."])
    assert [(p, s, e) for p, s, e in rows] == [(0, "جمال خاشقجي", "person:jamal-khashoggi"),
                                               (1, "خاشقجي", "person:jamal-khashoggi")]
    assert [e for _p, _s, e in _people(["عن موضوع اختفاء الصحفي والكاتب السعودي جمال خشقجي، إذ قالت في بيان لها"])] == [
        "person:jamal-khashoggi"]
    # the surname alone, with no full name in the document, is not linked (his son صلاح خاشقجي)
    assert _people(["واستقبل ولي العهد صلاح خاشقجي نجل الصحفي الراحل."]) == []
