"""People a recogniser finds beyond the knowledge base: clean spans, one entity per person, surnames.

Given the knowledge-base mentions of a batch and the spans of a recogniser
(the CRF NER by default, see :func:`crf_recognizer`), :func:`discover_people`
returns the person mentions to add and the knowledge-base rows they replace:

1. **Span hygiene.** A recogniser span is cut into words; proclitics glued to
   the first name are stripped when the rest is a known name word and the word
   itself is not (بميشيل → ميشيل, لجيرارد → جيرارد, but وليد stays); titles and
   roles at either edge leave the span (اللورد، المبعوث، ولي العهد); a
   nationality adjective or a capital at an edge leaves the span and stays the
   country mention the matcher found (الرئيس الفرنسي إيمانويل ماكرون); two
   names joined by و are two people (ماكرون وميركل).
2. **Not people.** Organisations: a span that is a knowledge-base organisation,
   contains an organisation word (بنك، شركة…) or a brand of
   ``organization_words.txt``, follows an organisation trigger anywhere in the
   batch (شركة غولدمان ساكس) or that the recogniser itself labels ORG elsewhere
   in the batch; single words; spans inside quotation marks; bylines.
3. **Entity resolution.** A cleaned name that is a knowledge-base name, or
   has the same consonant skeleton as one (إيلون موسك = إيلون ماسك), or is the
   first words of exactly one knowledge-base name (مون جاي → مون جاي إن),
   becomes that person. Other names are grouped across the batch by skeleton
   (transliteration variants, hamza, ال, long vowels), and within a group a
   name that is the first words of exactly one longer name joins it. Each
   group gets ``ner:<slug>`` and, as label, its most frequent original
   spelling of two words or more. A name with one more word than another
   name of the batch, that word being a common word or a verb and no name
   word, loses it (تركي آل الشيخ يتنحى; أحمد حسام ميدو keeps ميدو). A single word of fewer than four consonants is linked to the knowledge
   base only when spelled exactly as one of its names.
4. **Coreference.** After a full name, its surname (the last word, or the
   last two after بن، آل، أبو…; also the first of three short words that
   start with no first name, the family name of an East Asian name: تشن شي
   تشونغ … تشن; or a nickname in quotes after it: أحمد حسام "ميدو") names the
   same person in the rest of the document, before or after; when two people of the document share it, it
   names neither. A standalone headline (ticker, related) that names nobody
   in full takes its page's people, then the one person of the whole batch
   with that surname (not a common word, not shared by two people).
"""
from __future__ import annotations

# The public face of the people rules (split36p): the code lives in the modules below, one per concern, each
# importing only from the ones before it; this module re-exports their public names. A module reads a private name
# from the module that defines it (split37); the private names below are still read through this module as
# ``people._name`` by the knowledge-base tools (training/kb_build.py, kb_mine.py) and tests.
# (_MEMORY_ON is not re-exported: the switch lives in marsad.mentions.name_memory.)
#   name_words         the lexicon: word lists, word tests, known first names, knowledge-base person lookups
#   kb_names           spellings of knowledge-base names (skeleton variants, edit distance, prefixes, surnames)
#   name_memory        the corpus name memory (mined full names, memory_name_recognizer, memory_off)
#   span_repairs       recogniser spans repaired before cleaning; spans that name no person
#   clean_spans        span hygiene: clean_span and the word tests it reads
#   role_recognisers   names next to a role or a cue (apposition, role, rank, quotes, copula, آل, يدعى, ...)
#   kin_names          relatives named after a kinship noun
#   recognisers        the chain: crf_recognizer, علي, -inho, default_recognizer
#   document_names     names the document vouches for (lists, one-word names after a role, role pairs named again)
#   partial_names      partial and one-word names that are someone or something else (trophies, relatives, ...)
#   country_rows       country rows that are no country mention (clubs, outlets, languages, capitals' documents)
#   kb_rows            knowledge-base rows against longer names
#   spelling_variants  one person spelt two ways
#   name_joins         names joined to their neighbours (آل dropped, و, sandwiched, adjacent mentions)
#   surnames           document-level coreference: surnames, first names and one-word names named again
#   discover           discover_people, which runs all of the above over a batch
from marsad.mentions.name_words import (_bare, _country_words, _demonyms_with_article, _foreign_name_word,
    _language_word, _masculine_present, _name_words, _verb_like, _vocabulary, common_words, given_names, group_words,
    known_first, organization_words, Recognizer, skeleton, title_words)
from marsad.mentions.name_memory import (_memory_sport_local_names, _memory_surnames, memory_name_recognizer,
    memory_off, mined_full_names)
from marsad.mentions.span_repairs import signature_lines
from marsad.mentions.clean_spans import _apposed_full_name, _feminine_present, _hollow_past, learned_given_names
from marsad.mentions.role_recognisers import (apposition_recognizer, called_verb_name_recognizer,
    copula_role_recognizer, demonym_name_recognizer, learned_name_recognizer, name_before_role_recognizer,
    quoted_role_name_recognizer, role_complement_name_recognizer, role_name_recognizer)
from marsad.mentions.kin_names import kin_name_recognizer
from marsad.mentions.recognisers import _language_tails_cut, ali_name_recognizer, crf_recognizer, default_recognizer
from marsad.mentions.document_names import _role_pairs_named_again
from marsad.mentions.partial_names import trophy_names
from marsad.mentions.spelling_variants import _variant_word
from marsad.mentions.name_joins import _present_verb
from marsad.mentions.surnames import _one_word_name_again
from marsad.mentions.discover import discover_people

__all__ = ["Recognizer", "crf_recognizer", "apposition_recognizer", "default_recognizer", "discover_people", "skeleton", "title_words", "organization_words"]
