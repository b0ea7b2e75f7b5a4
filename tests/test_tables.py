"""A table of articles (.csv, .jsonl, .parquet) as a corpus, each table written by the test."""
import json

import pandas as pd
import pytest

from coopnews import CorpusError, load_articles, load_corpus
from coopnews.loading import iter_files, load_file

EN = ("Incheon and Da Nang signed a memorandum of understanding on smart port technology on Tuesday. "
      "The two cities will share container tracking data and train engineers together, officials said, "
      "adding that a joint pilot would start in the spring.")
EN2 = ("Sendai and Tainan agreed to exchange researchers in semiconductor packaging, the city offices said. "
       "The first group of six engineers will arrive in the autumn and work at a university laboratory "
       "for three months before the cities review the results.")


def _table(tmp_path, name, frame):
    p = tmp_path / name
    if name.endswith(".csv"):
        frame.to_csv(p, index=False)
    elif name.endswith(".parquet"):
        frame.to_parquet(p)
    else:
        p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in frame.to_dict("records")), encoding="utf-8")
    return p


@pytest.mark.parametrize("name", ["news.csv", "news.jsonl", "news.parquet"])
def test_each_row_is_an_entry_named_by_its_id(tmp_path, name):
    _table(tmp_path, name, pd.DataFrame({"id": ["a7", "b9"], "text": [EN, EN2], "title": ["Port pact", "Chip exchange"],
                                         "source": ["Harbour Wire", "Harbour Wire"]}))
    arts, rep = load_corpus(tmp_path / name)
    assert rep["file"].tolist() == [f"{name}:a7", f"{name}:b9"] and (rep["status"] == "loaded").all()
    assert arts["file"].tolist() == [f"{name}:a7", f"{name}:b9"]
    assert arts["article_id"].tolist() == ["news:a7#0", "news:b9#0"]
    assert arts["title"].tolist() == ["Port pact", "Chip exchange"] and set(arts["source"]) == {"Harbour Wire"}


def test_rows_without_distinct_ids_are_numbered_from_one(tmp_path):
    _table(tmp_path, "t.csv", pd.DataFrame({"id": ["x", "x"], "text": [EN, EN2]}))
    assert [rel for _, rel in iter_files(tmp_path)] == ["t.csv:1", "t.csv:2"]


def test_given_published_wins_over_the_text_and_authors_split(tmp_path):
    text = "Posted : Mar 1, 2021\n" + EN
    _table(tmp_path, "t.csv", pd.DataFrame({"text": [text], "published": ["2021-03-04T10:00:00+09:00"],
                                            "authors": ["Jane Roe; Kim Min-ji"]}))
    arts = load_articles(tmp_path)
    assert arts.loc[0, "published"] == pd.Timestamp("2021-03-04")
    assert arts.loc[0, "authors"] == ["Jane Roe", "Kim Min-ji"]


def test_bad_rows_are_reported_never_dropped(tmp_path):
    _table(tmp_path, "t.csv", pd.DataFrame({"text": [EN, "", "Posted : Mar 1, 2021\n" + EN2],
                                            "published": ["", "", "sometime in spring"]}))
    arts, rep = load_corpus(tmp_path)
    rep = rep.set_index("file")
    assert rep.loc["t.csv:2", "status"] == "skipped" and "empty text" in rep.loc["t.csv:2", "reason"]
    assert rep.loc["t.csv:3", "status"] == "loaded" and "not a date" in rep.loc["t.csv:3", "reason"]
    assert arts.set_index("file").loc["t.csv:3", "published"] == pd.Timestamp("2021-03-01")


def test_table_inside_a_folder_beside_text_files(tmp_path):
    (tmp_path / "one.txt").write_text("Port pact signed\n" + EN, encoding="utf-8")
    _table(tmp_path, "more.jsonl", pd.DataFrame({"text": [EN2], "language": ["en"]}))
    arts, rep = load_corpus(tmp_path)
    assert rep["file"].tolist() == ["more.jsonl:1", "one.txt"] and (rep["status"] == "loaded").all()


def test_a_table_without_text_column_is_skipped_in_a_folder_and_an_error_alone(tmp_path):
    p = _table(tmp_path, "t.csv", pd.DataFrame({"body": [EN]}))
    (tmp_path / "one.txt").write_text("Port pact signed\n" + EN, encoding="utf-8")
    rep = load_corpus(tmp_path)[1].set_index("file")
    assert rep.loc["t.csv", "status"] == "skipped" and "no 'text' column" in rep.loc["t.csv", "reason"]
    with pytest.raises(CorpusError, match="t.csv.*no 'text' column"):
        load_corpus(p)


def test_rows_flow_through_load_file_like_files(tmp_path):
    _table(tmp_path, "t.csv", pd.DataFrame({"id": ["n1"], "text": [EN]}))
    (path, rel), = iter_files(tmp_path)
    rows, rep = load_file(path, rel)
    assert rep["status"] == "loaded" and rows[0]["file"] == "t.csv:n1" and rows[0]["text"].startswith("Incheon")


def test_a_csv_export_in_a_legacy_korean_code_page(tmp_path):
    text = ("부산시와 후쿠오카시가 수소 산업 협력 양해각서를 체결했다. 두 도시는 수소 버스를 함께 개발하고 "
            "연구 인력을 교류하기로 했다고 시 관계자가 밝혔다.")
    (tmp_path / "t.csv").write_bytes(f"id,text,title\nk1,{text},수소 협력 협약\n".encode("cp949"))
    arts, rep = load_corpus(tmp_path)
    assert rep.loc[0, "status"] == "loaded", rep.loc[0, "reason"]
    assert arts.loc[0, "title"] == "수소 협력 협약" and arts.loc[0, "language"] == "ko"


def test_a_row_holding_a_whole_html_page(tmp_path):
    page = ("<!doctype html><html><head><meta property='article:published_time' content='2022-09-01'></head>"
            f"<body><nav>Home | News</nav><article><h1>Port pact</h1><p>{EN}</p></article></body></html>")
    _table(tmp_path, "t.jsonl", pd.DataFrame({"text": [page], "title": ["Given title"]}))
    arts, rep = load_corpus(tmp_path)
    assert rep.loc[0, "encoding"] == "jsonl+html"
    assert arts.loc[0, "title"] == "Given title" and arts.loc[0, "published"] == pd.Timestamp("2022-09-01")
    assert arts.loc[0, "text"].startswith("Incheon")
