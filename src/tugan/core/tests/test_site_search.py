from tugan.core.site_search import build_search_index, fold_table, fold_word, index_keys


def test_a_han_name_is_keyed_by_its_characters_and_their_pairs():
    grams, _words = index_keys("阿力木")
    assert grams == {"阿", "力", "木", "阿力", "力木"}


def test_traditional_is_folded_to_simplified():
    grams, _words = index_keys("吐爾遜")
    assert {"尔", "逊", "尔逊"} <= grams and "爾" not in grams


def test_other_scripts_are_words_without_diacritics():
    _grams, words = index_keys("Gülnar Qadir, Гүлнар Қадыр")
    assert {"gulnar", "qadir", "гүлнар", "қадыр"} <= words


def test_the_index_lists_each_entry_under_its_keys():
    index = build_search_index([
        {"id": "TG-000001", "title": "阿力木", "status": "", "href": "a.html", "text": "阿力木"},
        {"id": "TG-000002", "title": "古丽", "status": "", "href": "b.html", "text": "古丽 Guli"},
    ])  # fmt: skip
    assert index["grams"]["阿力"] == [0]
    assert index["words"]["guli"] == [1]
    assert index["words"]["tg-000002"] == [1]


def test_the_fold_table_maps_traditional_characters():
    table = fold_table()
    assert table["遜"] == "逊" and table["薩"] == "萨"
    assert "阿" not in table
    assert fold_word("Ä") == "a"
