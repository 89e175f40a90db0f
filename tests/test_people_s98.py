"""people98 (session 40), from heldout44's errors read as a development split: (F1) the Panama Papers (أوراق بنما،
وثائق بنما, a leak named after a country) hold no country mention, by the gold README's rule for an event named after
its host, while Panama named elsewhere in the same sentence still counts; (F2) the role noun 'student' with ال (الطالب،
الطالبة) that the recogniser takes into a person span as its first word is left out (the name starts at the next
word, as after مكتب), while a surname الطالب after a given name and the surname الطالبي stay."""
from conftest import mention_rows


def test_the_panama_papers_hold_no_country_but_panama_elsewhere_counts():
    rows = mention_rows(["ووجهت المحكمة التهم إليه على خلفية قضية ما يعرف بأوراق بنما.",
                         "وكشفت وثائق بنما عن شركات في الخارج.",
                         "وأظهرت أوراق بنما أن أبناءه يملكون شركات، وقال رئيس بنما إن بلاده ستتعاون.",
                         "وزار الرئيس بنما الأسبوع الماضي، وسلمت بنما أوراق اعتماد السفير."], "country")
    assert [(r[0], r[1], r[2]) for r in rows] == [(2, "بنما", "PA"), (3, "بنما", "PA"), (3, "بنما", "PA")]


def test_the_student_noun_leaves_the_span_but_a_surname_after_a_given_name_stays():
    rows = mention_rows(["ومثل الطالب ستيفانوس باباديميتريو وهو مقيد أمام هيئة المحلفين.",
                         "ومثل الطالب إيفانجيلوس كاراغيورغيس أمام المحكمة.",
                         "وقال الطالب إن المدرسة أغلقت أبوابها.",
                         "وكان رشيد الطالبي العلمي رئيس مجلس النواب حاضرا.",
                         "والتقى الوزير عبدالله الطالب بالسفير."], "person")
    assert [(r[0], r[1]) for r in rows] == [(0, "ستيفانوس باباديميتريو"), (1, "إيفانجيلوس كاراغيورغيس"),
                                            (3, "رشيد الطالبي العلمي"), (4, "عبدالله الطالب")]
