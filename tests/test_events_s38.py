"""Events, session 38 (second round of the twenty-third session): rules read on the development split s28-mix and on
the lead's probe of 60 unannotated articles naming China with US/JP/IN/KR/AU (data/gold/events/probed_s38.txt).

Every sentence is real news (the document named in the comment) or a minimal variant of one, marked as such."""
from __future__ import annotations

import pandas as pd

from marsad.events import extract_events
from marsad.mentions.pipeline import find_mentions
from test_events import make_corpus, one


def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


# ------------------------------------------------------------------ a citizen of ours is no third party
_GARGASH = ('علّق وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، الجمعة، على ما وصفها بـ"الأزمة التي تطال '
            'السعودية"، في إشارة على ما يبدو إلى قضية اختفاء الإعلامي السعودي جمال خاشقجي، مؤكدا على رفض الأحكام '
            'المسبقة ومحاولات تقويض استقرار السعودية.')


def _with_person(text, surface, entity_id, **kw):
    """The events of one paragraph with the mentions found for it plus one person the knowledge base ties to no
    country (as a person row of the knowledge base gives it)."""
    corpus = make_corpus([("d1", kw.pop("published"), "src", [("paragraph", text)])])
    mentions = find_mentions(corpus.segments, ner=False)
    start = text.index(surface)
    row = mentions.iloc[:1].copy() if len(mentions) else pd.DataFrame(columns=mentions.columns, index=[0])
    row = row.assign(doc_id="d1", section="paragraph", position=int(corpus.segments["position"].iloc[0]),
                     entity_id=entity_id, entity_type="person", form="name", surface=surface, start=start,
                     end=start + len(surface))
    ev = extract_events(corpus, mentions=pd.concat([mentions, row], ignore_index=True), **kw)
    return ev[ev["kind"] == "event"].reset_index(drop=True)


def test_a_journalist_described_by_the_targets_demonym_keeps_the_rejection_of_harm_a_support():
    # CNN (2018-10-19, s25-mix; test_events_s32 has it without the person): with Jamal Khashoggi a person of the
    # knowledge base (tied to no country), "الإعلامي السعودي جمال خاشقجي" is a Saudi citizen, no third party sitting
    # between "رفض" and the UAE minister
    ev = _with_person(_GARGASH, "جمال خاشقجي", "person:jamal-khashoggi", published="2018-10-19", focus="AE",
                      partners=("SA",))
    assert _pairs(ev) == [["AE", "SA", "051"]] and ev.iloc[0]["date_start"] == "2018-10-19"


def test_a_person_with_no_demonym_before_the_name_stays_a_third_party():
    # control (minimal variant): without "الإعلامي السعودي" the person is a third party nearer the cue than the minister
    text = _GARGASH.replace("الإعلامي السعودي جمال خاشقجي", "جمال خاشقجي")
    ev = _with_person(text, "جمال خاشقجي", "person:jamal-khashoggi", published="2018-10-19", focus="AE",
                      partners=("SA",))
    assert ["AE", "SA", "051"] not in _pairs(ev)


# ------------------------------------------------------------------ the phone as a device
def test_the_phone_device_before_a_model_name_is_no_call():
    # Al Arabiya (AL-technology, 2018, the lead's China probe rows 20-21): "هاتف Galaxy S9" is the device; the pair is
    # only a list of the model's markets
    ev = one("في حين يأتي هاتف +Galaxy S9 بشاشة من قياس 6.2 إنش من نوع Super AMOLED بتقنية Infinity ودقة 1440×2960 "
             "بيكسل، مع معالج Exynos 9810 لنسخ الولايات المتحدة والصين وSnapdragon 845 للنسخ العالمية.",
             published="2018-02-26", focus="CN", partners=("US",))
    assert not any(c == "041" for c in ev["cameo_code"])
    assert one("يتميز هاتف Galaxy S9 بمعالج لنسخ الولايات المتحدة والصين.", published="2018-02-26", focus="CN",
               partners=("US",)).empty


def test_the_verb_hatafa_with_a_person_object_stays_a_call():
    # control (minimal variant of a call report): the verb هاتف with the other side's leader as its object
    ev = one("هاتف الرئيس الصيني شي جين بينغ الرئيس الأمريكي دونالد ترامب الأحد.", published="2018-02-26",
             focus="CN", partners=("US",))
    assert ["CN", "US", "041"] in _pairs(ev)


# ------------------------------------------------------------------ a bloc's summit or a forum is no meeting of the pair
def test_a_third_partys_summit_with_one_side_is_no_meeting_of_the_pair():
    # Al Arabiya (AL-economy-1038, 2018-07-17, the lead's China probe row 0): the EU leaders come to Japan from the
    # EU-China summit
    ev = one('ويأتي رئيس المجلس الأوروبي دونالد توسك ورئيس المفوضية الأوروبية جان كلود يونكر إلى اليابان قادمين من '
             'الصين حيث شاركا في القمة الأوروبية الصينية العشرين بالهدف ذاته وهو رص الصفوف في مواجهة ترمب، وفقا '
             'لوكالة "فرانس برس".', published="2018-07-17", focus="CN", partners=("JP", "US"))
    assert not any(c == "040" for c in ev["cameo_code"])
    # France 24 (FR-internationalNews-2352, 2018-07-17, row 66): "القمة العشرين للاتحاد الأوروبي والصين"
    ev = one("وقبل التوجه إلى اليابان الثلاثاء، توقف المسؤولون الأوروبيون في الصين الاثنين للمشاركة في القمة العشرين "
             "للاتحاد الأوروبي والصين والتي اندرجت أيضا في سياق رص الصفوف إزاء سياسة ترامب.",
             published="2018-07-17", focus="CN", partners=("US",))
    assert not any(c == "040" for c in ev["cameo_code"])


def test_a_forum_named_a_dialogue_is_no_meeting_of_the_pair():
    # France 24 (FR-internationalNews-1592, 2018-06-02, s28-mix; probe row 50): Mattis at the Shangri-La Dialogue
    ev = one('وأكد وزير الدفاع الأمريكي خلال مشاركته في قمة "حوار شانغري لا" أنه "رغم تصريحات الصين التي تدعي عكس '
             'ذلك، فإن تركيب تلك الأسلحة مرتبط مباشرة بالاستخدامات العسكرية بغرض الترهيب والإكراه".',
             published="2018-06-02", focus="CN", partners=("US",))
    assert not any(c == "040" for c in ev["cameo_code"])


def test_the_pairs_own_summit_stays_a_meeting():
    # control (minimal variant): "القمة الصينية الأمريكية" names only the pair
    ev = one("شارك الرئيس الصيني شي جين بينغ والرئيس الأمريكي دونالد ترامب في القمة الصينية الأمريكية في بكين الخميس.",
             published="2017-11-10", focus="CN", partners=("US",))
    assert any(c == "040" for c in ev["cameo_code"])


# ------------------------------------------------------------------ a verbal attack on a person is criticism
def test_attacking_the_other_sides_president_for_a_broken_promise_is_no_military_force():
    # France 24 (FR-internationalNews-1592, 2018-06-02, s28-mix; probe row 52): Mattis attacked Xi in words
    ev = one("كما هاجم الرئيس الصيني شي جينبينغ لعودته عن وعد قطعه بالبيت الأبيض في 2015 تضمن عدم لجوء بكين إلى "
             "عسكرة الجزيرة الواقعة في بحر الصين الجنوبي.", published="2018-06-02", focus="CN", partners=("US",))
    assert not any(str(c).startswith("19") for c in ev["cameo_code"])
    ev = one("هاجم ترامب الرئيس الصيني شي جين بينغ الأحد.", published="2018-06-02", focus="CN", partners=("US",))
    assert _pairs(ev) == [["US", "CN", "111"]]


def test_attacking_the_other_sides_positions_stays_force():
    # control (minimal variant): the object is a place, not a person
    ev = one("هاجمت القوات الأمريكية مواقع صينية في بحر الصين الجنوبي الأحد.", published="2018-06-02", focus="CN",
             partners=("US",))
    assert ["US", "CN", "190"] in _pairs(ev)


# ------------------------------------------------------------------ tariffs warned of, planned or supposed
def _row(ev, code):
    rows = ev[ev["cameo_code"] == code]
    return rows.iloc[0] if len(rows) else None


def test_tariffs_warned_of_are_not_imposed():
    # France 24 (FR-economy-26, 2018-04-02, probe row 31): "حذرت … من أنها لن تتوانى عن فرض رسوم"
    ev = one("وكانت بكين حذرت في آذار/مارس من أنها لن تتوانى عن فرض رسوم جمركية على هذه الصادرات الأمريكية ردا على "
             "الرسوم الباهظة التي فرضتها إدارة الرئيس الأمريكي دونالد ترامب على واردات الولايات المتحدة من الفولاذ "
             "والألومنيوم.", published="2018-04-02", focus="CN", partners=("US",))
    assert not any(s == "CN" and c == "163" for s, _t, c in _pairs(ev))


def test_brandishing_tariffs_with_the_participle_is_a_threat():
    # France 24 (FR-internationalNews-656, 2018-04-10, probe row 70): "وردت الصين ملوحة بفرض رسوم"
    ev = one("وردت الصين ملوحة بفرض رسوم جمركية على وارداتها من المنتجات الأمريكية ولا سيما الصويا والسيارات والطائرات "
             "الصغيرة.", published="2018-04-10", focus="CN", partners=("US",))
    assert ["CN", "US", "163"] not in _pairs(ev) and ["CN", "US", "130"] in _pairs(ev)


def test_tariffs_sought_or_prepared_are_planned():
    # Al Arabiya (AL-economy-259, 2018-03-18, probe row 1): "تسعى إدارة … ترمب إلى فرض رسوم"
    ev = one("من جهة أخرى، تسعى إدارة الرئيس الأميركي دونالد ترمب إلى فرض رسوم جمركية على واردات من الصين بقيمة 60 "
             "مليار دولار.", published="2018-03-18", focus="CN", partners=("US",))
    assert _row(ev, "163")["status"] == "intent"
    # Al Arabiya (probe row 3): "يجهز فيه … ترمب خططا لمعاقبة الصين بفرض رسوم"
    ev = one("ويأتي ذلك في الوقت الذي يجهز فيه الرئيس الأميركي دونالد ترمب خططا لمعاقبة الصين بفرض رسوم جمركية بسبب "
             "ممارساتها المرتبطة بحقوق الملكية الفكرية.", published="2018-03-18", focus="CN", partners=("US",))
    assert all(r != "reported" for r in ev.loc[ev["cameo_code"] == "163", "status"])


def test_tariffs_said_possible_are_hypothetical():
    # CNN (2018, probe row 26): 'إنه "من الممكن" أن يفرض المزيد من الرسوم'
    ev = one('قال الرئيس الأمريكي، دونالد ترامب، الأحد، إنه "من الممكن" أن يفرض المزيد من الرسوم الجمركية على الصين.',
             published="2018-07-22", focus="CN", partners=("US",))
    assert all(r != "reported" for r in ev.loc[ev["cameo_code"] == "163", "status"])


def test_tariffs_imposed_stay_reported():
    # control: France 24 (FR-economy-26, 2018-04-02, probe row 30, right)
    ev = one("فرضت الصين الاثنين رسوما جمركية على 128 صنفا من المنتجات التي تستوردها من الولايات المتحدة.",
             published="2018-04-02", focus="CN", partners=("US",))
    assert _row(ev, "163")["status"] == "reported"


def test_a_threat_of_tariffs_on_the_other_sides_goods_targets_their_owner():
    # minimal variant of the same France 24 sentence with the finite verb: the goods' demonym names the target
    ev = one("وهددت الصين بفرض رسوم جمركية على المنتجات الأمريكية.", published="2018-04-10", focus="CN",
             partners=("US",))
    assert _pairs(ev) == [["CN", "US", "130"]]


# ------------------------------------------------------------------ the subject of a new coordinated clause
def test_a_pledge_to_retaliate_in_a_coordinated_clause_is_the_named_sides_threat():
    # France 24 (2018-07-05, the lead's China probe row 14): "، وتعهدت بكين بالرد": Beijing pledges (a threat, 130);
    # Washington, named before the comma, is the subject of the clause before
    ev = one("وكانت واشنطن قالت إنها ستفرض رسوما على واردات صينية بقيمة 34 مليار دولار في السادس من يوليو/تموز، "
             "وتعهدت بكين بالرد في اليوم ذاته، لكن فارق التوقيت البالغ 12 ساعة يعطي الأسبقية لبكين في التطبيق "
             "الفعلي للرسوم.", published="2018-07-05", focus="CN", partners=("US",))
    assert ["CN", "US", "130"] in _pairs(ev) and not any(c == "030" for c in ev["cameo_code"])
    assert ["US", "CN", "163"] in _pairs(ev)


def test_a_side_before_the_verb_with_no_comma_stays_the_subject():
    # control (minimal variant): SVO in one clause, "بكين تعهدت" keeps Beijing as the subject
    ev = one("قالت الصين إنها تعهدت بالتعاون مع الولايات المتحدة.", published="2018-07-05", focus="CN",
             partners=("US",))
    assert ["CN", "US", "030"] in _pairs(ev)


# ------------------------------------------------------------------ "تبلغ قيمتها" is an amount
def test_an_amount_after_tablugh_qimatuha_is_no_statement():
    # France 24 (FR-internationalNews-1682, 2018-06-07, probe row 58): "على منتجات صينية لبلاده تبلغ قيمتها 50 مليار"
    ev = one("قال الأربعاء مسؤول أمريكي في إدارة الرئيس ترامب لوكالة الأنباء الفرنسية إن الصين اقترحت على الولايات "
             "المتحدة شراء منتجات أمريكية من الصويا والغاز الطبيعي والنفط الخام والفحم بقيمة 70 مليار دولار مقابل أن "
             "تشملها واشنطن بإعفاء من رسوم جمركية مشددة قد أعلنها الرئيس ترامب على منتجات صينية لبلاده تبلغ قيمتها "
             "50 مليار دولار.", published="2018-06-07", focus="CN", partners=("US",))
    assert not any(c == "010" for c in ev["cameo_code"])
    # and "اقترحت على الولايات المتحدة شراء منتجات" is China's offer of economic cooperation (031, intent)
    assert ["CN", "US", "031"] in _pairs(ev) and ev.loc[ev["cameo_code"] == "031", "status"].iloc[0] == "intent"


# ------------------------------------------------------------------ the year of a trade value is no event date
def test_the_year_of_a_trade_value_does_not_date_the_threat():
    # France 24 (FR-internationalNews-2438, 2018-07-22, probe row 68): both 2017s are the deficit's and the imports' year
    ev = one("وتعمل الولايات المتحدة على امتصاص العجر التجاري مع الصين (الذي بلغ 376 مليار دولار في 2017) وهدد ترامب "
             "بفرض رسوم عقابية على مجمل الواردات الصينية التي بلغت قيمتها 500 مليار دولار في 2017.",
             published="2018-07-22", focus="CN", partners=("US",))
    row = _row(ev, "130")
    assert row is not None and row["source"] == "US" and not str(row["date_start"]).startswith("2017")
    # France 24 (FR-internationalNews-656, 2018-04-10, probe row 70): "وصلت قيمتها … العام الماضي"
    ev = one("وردت الصين ملوحة بفرض رسوم جمركية على وارداتها من المنتجات الأمريكية ولا سيما الصويا والسيارات والطائرات "
             "الصغيرة، والتي وصلت قيمتها إلى ثلاثة مليارات دولار العام الماضي.", published="2018-04-10", focus="CN",
             partners=("US",))
    assert not str(_row(ev, "130")["date_start"]).startswith("2017")


def test_the_acts_own_day_stays_with_a_value_after_it():
    # control (minimal variant of probe row 30): the Monday of the imposing stays
    ev = one("فرضت الصين الاثنين رسوما جمركية على منتجات أمريكية تبلغ قيمتها 3 مليارات دولار.", published="2018-04-02",
             focus="CN", partners=("US",))
    assert _row(ev, "163")["date_start"] == "2018-04-02"


# ------------------------------------------------------------------ a part of the month still ahead
def test_talks_set_for_the_end_of_the_month_ahead_are_planned():
    # France 24 (FR-economy-78, 2018-08-16, probe row 40): the headline's "أواخر أغسطس" is after the publication
    ev = one("مسؤول صيني كبير يتوجه إلى الولايات المتحدة أواخر أغسطس لإجراء محادثات تجارية", published="2018-08-16",
             focus="CN", partners=("US",))
    assert len(ev) and all(s == "intent" for s in ev["status"]) and "040" not in set(ev["cameo_code"])


def test_talks_at_the_start_of_a_past_month_stay_reported():
    # control (minimal variant of the same headline): "توجه … أوائل أغسطس", before the publication day, is a visit made
    ev = one("مسؤول صيني كبير توجه إلى الولايات المتحدة أوائل أغسطس لإجراء محادثات تجارية", published="2018-08-16",
             focus="CN", partners=("US",))
    assert _pairs(ev) == [["CN", "US", "042"]] and _row(ev, "042")["status"] == "reported"


# ------------------------------------------------------------------ an imposing verb with its own subject in reported words
def test_sanctions_supposed_of_the_other_side_are_not_the_reporters_act():
    # France 24 (FR-internationalNews-1682, 2018-06-07, probe row 61): Xinhua's "بأنه" does not make China the one who
    # would impose; "فرضت الولايات المتحدة" has its own subject
    ev = one('وحذرت وكالة أنباء "الصين الجديدة" الرسمية الأحد خلال زيارة ويلبور روس بأنه "إذا ما فرضت الولايات المتحدة '
             'عقوبات تجارية بما في ذلك من خلال زيادة الرسوم الجمركية، عندها ستصبح جميع نتائج المفاوضات التجارية '
             'والاقتصادية (بين الدولتين) لاغية".', published="2018-06-07", focus="CN", partners=("US",))
    assert ["CN", "US", "163"] not in _pairs(ev)


def test_the_reporter_stays_the_subject_of_what_it_says_about_itself():
    # control (minimal variant): "أعلنت الصين بأنها ستفرض رسوما على الولايات المتحدة" keeps China as the one imposing
    ev = one("أعلنت الصين الأحد بأنها ستفرض رسوما جمركية على الولايات المتحدة.", published="2018-06-07", focus="CN",
             partners=("US",))
    assert ["CN", "US", "163"] in _pairs(ev)


# ------------------------------------------------------------------ an object pronoun on the verb, its subject after it
def test_a_demand_with_the_object_pronoun_has_the_one_named_after_it_as_its_subject():
    # France 24 (FR-internationalNews-1344, 2018-05-20, probe row 47): "بكين … لما يطالبها به الرئيس دونالد ترامب"
    ev = one("ومثل هذا الاتفاق انفراجا في الأزمة بين البلدين كونه شكل تنازلا من جانب بكين التي وافقت على مبدأ خفض "
             "العجز التجاري ولكن من دون أن تلتزم بأي رقم خلافا لما يطالبها به الرئيس دونالد ترامب.",
             published="2018-05-20", focus="CN", partners=("US",))
    assert ["US", "CN", "100"] in _pairs(ev) and ["CN", "US", "100"] not in _pairs(ev)


def test_a_demand_without_a_pronoun_keeps_the_subject_before_it():
    # control (minimal variant): the verb with no pronoun, "بكين … تطالب الولايات المتحدة بخفض الرسوم"
    ev = one("وقالت بكين إنها تطالب الولايات المتحدة بخفض الرسوم.", published="2018-05-20", focus="CN",
             partners=("US",))
    assert ["CN", "US", "100"] in _pairs(ev)
