"""people70: the name memory's document threshold is a parameter of the miner (default: the shipped rule, 3)."""
from marsad.training.kb_mine import FULL_MIN_DOCS, keep_full_name


def test_the_memory_threshold_defaults_to_three_documents_and_can_be_lowered():
    assert FULL_MIN_DOCS == 3
    assert not keep_full_name("شينجي كاغاوا", 2)
    assert keep_full_name("شينجي كاغاوا", 2, min_docs=2)
    assert keep_full_name("شينجي كاغاوا", 3)
    assert not keep_full_name("شينجي كاغاوا", 1, min_docs=2)
