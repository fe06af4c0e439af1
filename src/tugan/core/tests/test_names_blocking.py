"""Which names are compared at all. Every name here is FICTIONAL."""

from tugan.core.names.blocking import is_blocked_together, lookup_keys, match_keys_of


def blocked(a: str, b: str) -> bool:
    return is_blocked_together(match_keys_of(a), match_keys_of(b))


def test_a_han_part_blocks_under_another_likely_reading() -> None:
    # 哈 is read ha (Hasim) as usual, but qa (Qasim) too.
    assert blocked("哈斯木·吐尔逊", "Qasim Tursun")
    assert "p1:ksm" in match_keys_of("哈斯木·吐尔逊")


def test_one_part_in_full_and_the_other_in_its_first_consonants_block() -> None:
    # 伊斯兰 reads as "islan", the Latin spelling is Islam: they share "sl" only.
    assert blocked("吐尔逊·伊斯兰", "Tursun Islam")


def test_one_shared_part_alone_does_not_block_two_part_names() -> None:
    assert not blocked("吐尔逊·阿不都拉", "Tursun Memet")


def test_parts_in_other_order_and_scripts_block() -> None:
    assert blocked("约买尔·艾木杜拉", "Hemdulla Omer")
    assert blocked("Ерлан Бекзат", "叶尔兰·别克扎提")


def test_lookup_keys_drop_the_part_number() -> None:
    keys = match_keys_of("Serikzhan Bilash")
    assert keys[:4] == ["p1:slk", "p2:bls", "s1:sl", "s2:bl"]
    assert lookup_keys(keys) == ["p:slk", "p:bls", "j:slksnbls", "j:blslksn"]
