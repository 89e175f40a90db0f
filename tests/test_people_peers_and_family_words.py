"""people31 (development data: heldout21 after its blind run, already-probed articles): a person named by one name
after a peer noun (مواطنه، زميله), and a family name that is also a common word after a governed role."""

from _people import person_rows as _people


def test_one_name_after_a_compatriot_noun_is_a_person():
    # AL-sport-1930-20180612 (heldout21): 'he moved last February to succeed his compatriot Zlatko at Al Ain'
    texts = ["أعلن العين تمديد عقد مدربه الكرواتي زوران ماميتش حتى نهاية موسم 2018-2019.",
             "وانتقل في فبراير من العام الماضي لخلافة مواطنه زلاتكو في العين."]
    got = _people(texts)
    assert [(p, s) for p, s, _e in got] == [(0, "زوران ماميتش"), (1, "زلاتكو")]
    assert got[0][2] != got[1][2]


def test_one_name_after_a_colleague_noun_ends_the_phrase():
    # AL-sport-1467-20180508, AL-culture-604-20180723 (already probed): a teammate, a colleague before a relative
    assert [s for _p, s, _e in _people(["وسجل الهدفين المهاجم الإيطالي زازا وزميله مورينو."])][-1] == "مورينو"
    got = _people(["ووجه الشكر لزميله ادوارد الذي نشر هذا المقطع."])
    assert [s for _p, s, _e in got] == ["ادوارد"]


def test_a_full_name_after_a_colleague_noun_is_not_cut():
    # AL-sport-1951-20180613, AL-sport-2418-20180720 (heldout10): the surname starts with و or is a common word
    got = _people(['وتقام مباراة خيرية تدعى "سوكر ايد" برفقة زميله جوناثان ويلكس، وتقام بشكل سنوي.'])
    assert [s for _p, s, _e in got] == ["جوناثان ويلكس"]
    texts = ["حث سيسك فابريغاس لاعب وسط تشيلسي زميله إيدن هازارد على عدم ترك الفريق.",
             "وخلال كأس العالم كشف هازارد عن تفكيره في ترك النادي."]
    got = _people(texts)
    assert ("إيدن هازارد" in [s for _p, s, _e in got]) and "إيدن" not in [s for _p, s, _e in got]
    assert len({e for _p, s, e in got if "هازارد" in s}) == 1


def test_a_surname_after_a_colleague_noun_stays_the_named_person():
    # FR-sport-225-20180703 (already probed): Forsberg is named in full earlier in the document
    texts = ["قاد إميل فورسبرغ السويد إلى ربع النهائي.",
             "وسجل أندرسن الذي استفاد من نشاط زميله فورسبرغ في منطقة الجزاء."]
    got = _people(texts)
    ids = {e for _p, s, e in got if "فورسبرغ" in s}
    assert [s for _p, s, _e in got if "فورسبرغ" in s] == ["إميل فورسبرغ", "فورسبرغ"] and len(ids) == 1


def test_a_common_word_family_name_after_a_governed_role_ends_the_phrase():
    # AL-culture-567-20180702 (heldout21): 'the film Al-Aatour by the director Hussein Al-Mutlaq..'
    text = ("فيما يعرض المهرجان اثني عشر فيلماً تسجيليا وقصيراً منها فيلم العاطور للمخرج حسين المطلق.. يُعالجُ "
            "بأسلوبٍ كوميدي معاناةَ الأشخاص من البدانة .. كما يعرضُ فيلم آخر هو الكط للمخرج ِ السعودي فيصل العتيبي..")
    assert [s for _p, s, _e in _people([text])] == ["حسين المطلق", "فيصل العتيبي"]


def test_an_adjective_or_a_time_word_after_a_role_and_a_first_name_is_no_family_name():
    # AL-culture-84-20180222 (heldout20): 'the artist Magda's health condition' (the role in construct, ة)
    got = _people(["واطمأن الجميع على حالة الفنانة ماجدة الصحية."])
    assert "ماجدة الصحية" not in [s for _p, s, _e in got]
    # a day after the name: 'the minister Ahmed said today'
    assert _people(["وقال للوزير أحمد اليوم، إن الحكومة ستعمل."]) == []
