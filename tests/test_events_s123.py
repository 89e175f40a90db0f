"""Session 123 (events123), a class of s52-mix's misses (no cue), on composed sentences of a pair not in s52-mix (FR-DE)
with a counter-example.

P: the praise verb أثنى على had no cue ("وأثنى على ترامب"); it is 051 like اشاد; "اثني عشر" (twelve) is not it."""
from conftest import paragraphs_corpus

from marsad.events import extract_events


def _codes(text, focus, partner, published="2018-04-06"):
    table = extract_events(paragraphs_corpus([text], published=published), focus=focus, partners=(partner,),
                           learned=False)
    table = table[table["kind"] == "event"] if "kind" in table else table
    return {(r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records")}


def test_athna_ala_is_praise():
    # P: no cue before session 123 (اشاد and امتدح had one)
    assert ("FR", "DE", "051") in _codes("وتحدث ماكرون عن أهمية تعاون البلدين سويا وأثنى على ميركل.", "FR", "DE")
    assert _codes("وأثنى الرئيس الفرنسي على المستشارة الألمانية.", "FR", "DE") == {("FR", "DE", "051")}
    assert _codes("وأثنت ميركل على دور فرنسا.", "FR", "DE") == {("DE", "FR", "051")}


def test_athna_ashar_twelve_is_no_praise():
    # "اثني عشر" (twelve) before على is a number, not the verb
    assert not any(c == "051" for _, _, c in _codes("وقتل اثني عشر جنديا فرنسيا على الحدود الألمانية.", "FR", "DE"))
