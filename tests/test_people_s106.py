"""people106 (session 42): a two-word name that closes a role's phrase right before a complementiser (أن، إن، بأن،
أنه، أنها), with or without a comma, where the complement between the role and the name is one no other recogniser
takes (a place: عمدة ريو دي جانيرو; a ل phrase: المؤيدة لأوروبا): heldout36's مارسيلو كريفيلا and heldout45's ساره
وولاتسون (class R of ``/work/scratch/people106/classes.md``). ``role_closing_name_recognizer``. Counter-examples: no
role word before (a party's members), a sentence's end between the role and the name, words of the language before
the complementiser (في مؤتمر صحفي، خلال زيارته), an organisation noun before a foreign pair (شركة جنرال موتورز،
لوكالة رويترز), a longer name whose first word is a name word, both words known names the lists have."""
from conftest import mention_rows

from marsad.mentions.role_recognisers import role_closing_name_recognizer


def _found(texts):
    return [[(t[s:e], k) for s, e, k in r] for t, r in zip(texts, role_closing_name_recognizer(texts))]


def test_a_name_closing_a_roles_phrase_before_a_complementiser_is_found():
    texts = ["وأشار الحزب الذي يضم في صفوفه عمدة ريو دي جانيرو مارسيلو كريفيلا، أن صانع الألعاب التزم.",
             "وأعلنت النائبة المحافظة المؤيدة لأوروبا ساره وولاتسون أنها تريد مزيدا من التنازلات.",
             "وقالت المديرة التنفيذية للبرنامج في نيروبي إنغر أندرسن إن الوضع خطير."]
    assert _found(texts) == [[("مارسيلو كريفيلا", "PERS-spaced")], [("ساره وولاتسون", "PERS-spaced")],
                             [("إنغر أندرسن", "PERS-spaced")]]
    # (the model's spans stand where it tagged a name; these two it missed)
    rows = {r[1] for r in mention_rows(texts[:2], "person")}
    assert {"مارسيلو كريفيلا", "ساره وولاتسون"} <= rows


def test_no_name_without_a_role_or_where_the_words_are_no_name():
    texts = ["وأشار الحزب الذي يضم في صفوفه مارسيلو كريفيلا، أن صانع الألعاب التزم.",  # no role word before
             "وتحدث العمدة طويلا. مارسيلو كريفيلا أن الفريق فاز.",  # a sentence's end between
             "وأكد وزير الخارجية في مؤتمر صحفي أن الحكومة لن تصمد.",  # words of the language
             "وقال رئيس الوزراء خلال زيارته أن الحكومة لن تصمد.",
             "وقال رئيس شركة جنرال موتورز أن المبيعات ارتفعت.",  # an organisation noun before
             "وقال المتحدث باسم الشرطة لوكالة رويترز إن الحادث وقع.",
             "وقال وزير الخارجية الأسبق جون فوستر دالاس أن الحرب انتهت.",  # a longer name: not this rule's
             "وقال وزير الخارجية سيرغي لافروف أن الحكومة لن تصمد."]  # no foreign word: the other recognisers'
    assert _found(texts) == [[], [], [], [], [], [], [], []]
