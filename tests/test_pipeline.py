"""The extraction pipeline and the command line: same output for any number of jobs, streaming, errors."""
import shutil

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopnews.cli import main
from coopnews.pipeline import extract_corpus, extract_to_folder

TABLES = ["articles", "load_report", "actors", "mentions", "sectors", "events", "ties"]


@pytest.fixture(scope="module")
def corpus_copy(tmp_path_factory, corpus_dir):
    """The test corpus with a Latin-script story that teaches a gloss, in a nested folder."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(corpus_dir, root / "c")
    return root / "c"


def test_jobs_do_not_change_the_output(tmp_path, corpus_copy):
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}"
        assert main(["extract", str(corpus_copy), "--out", str(out), "--jobs", str(jobs), "--no-progress"]) == 0
        outs.append({t: (out / f"{t}.csv").read_bytes() for t in TABLES})
    assert outs[0] == outs[1]
    assert outs[0]["articles"].count(b"\n") > 5  # not trivially equal: real rows were written


def test_streamed_articles_match_the_in_memory_table(tmp_path, corpus_copy):
    counts = extract_to_folder(corpus_copy, tmp_path, progress=False, parquet=True)
    tables = extract_corpus(corpus_copy, progress=False)
    streamed = pd.read_csv(tmp_path / "articles.csv")
    assert counts["stories"] == len(streamed) == len(tables["articles"])
    assert list(streamed["article_id"]) == list(tables["articles"]["article_id"])
    assert list(streamed["text"]) == list(tables["articles"]["text"])
    assert len(pd.read_parquet(tmp_path / "articles.parquet")) == len(streamed)
    for t in ("actors", "mentions", "events", "sectors", "ties"):
        assert counts[t] == len(tables[t]) == len(pd.read_csv(tmp_path / f"{t}.csv"))


def test_learnt_gloss_reaches_cjk_story_in_parallel(tmp_path):
    (tmp_path / "a_en.txt").write_text(
        "Delegates from Jeonju signed a data-sharing memorandum on Monday. Jeonju Mayor Baek Ji-hoon (백지훈) said "
        "the two cities would open a joint lab next year. Baek said the lab would train forty engineers.\n",
        encoding="utf-8")
    (tmp_path / "b_ko.txt").write_text(
        "전주시는 15일 데이터 공유 협약을 맺었다고 밝혔다. 백지훈은 이날 협약식에서 두 도시가 내년에 공동 연구소를 열 것이라고 말했다. "
        "시는 연구소에서 기술 인력 40명을 양성할 계획이다.\n", encoding="utf-8")
    for jobs in (1, 2):
        tables = extract_corpus(tmp_path, jobs=jobs, progress=False)
        people = tables["actors"][tables["actors"]["type"] == "person"]
        baek = people[people["name"] == "Baek Ji-hoon"]
        assert len(baek) == 1 and baek.iloc[0]["n_articles"] == 2, jobs


def test_missing_input_is_an_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_streamed_csv_is_byte_identical_to_the_table_writer(tmp_path, corpus_copy):
    """articles.csv is written file by file as rows come; the bytes must be what write_table gives."""
    from coopnews.tables import write_table

    extract_to_folder(corpus_copy, tmp_path / "streamed", jobs=2, progress=False)
    tables = extract_corpus(corpus_copy, progress=False)
    expected = write_table(tables["articles"], tmp_path / "table", "articles").read_bytes()
    assert (tmp_path / "streamed" / "articles.csv").read_bytes() == expected
    assert expected.count(b"\n") > len(tables["articles"])  # texts with line breaks are quoted, not lost


def test_csv_rows_writes_out_of_range_dates_empty_like_pandas():
    import datetime as dt

    from coopnews.loading import ARTICLE_COLUMNS, _frame
    from coopnews.tables import csv_rows, to_flat

    base = {c: "" for c in ARTICLE_COLUMNS} | {"segment": 0, "n_chars": 5, "kind": "article", "language": "en",
                                               "authors": ["A", "B"], "flags": []}
    rows = [base | {"published": dt.date(1500, 1, 1), "title": 'a "quoted", title'},
            base | {"published": dt.date(2024, 2, 29), "page_date": None, "text": "two\nlines"}]
    expected = to_flat(_frame(rows)).to_csv(index=False, header=False, lineterminator="\n")
    assert csv_rows(rows, ARTICLE_COLUMNS) == expected
    assert ",,A;B,," in expected and "2024-02-29" in expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="강민호김서울市長陳大文abc ", min_size=1, max_size=40), min_size=1, max_size=3),
       st.data())
def test_fingerprint_never_misses_a_string_that_occurs(texts, data):
    """Pass 2 is skipped for a file only when no gloss can occur in it: no false negatives."""
    from coopnews.pipeline import fingerprint, may_hold

    text = data.draw(st.sampled_from(texts))
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    fps = [fingerprint(texts), fingerprint(["xyz"])]
    assert may_hold(fps, [text[i:j]])[0]


def test_fingerprint_rules_out_absent_characters():
    from coopnews.pipeline import fingerprint, may_hold

    fps = [fingerprint(["강민호 시장은 말했다"]), fingerprint(["陳大文局長表示"])]
    assert may_hold(fps, ["강민호"]).tolist() == [True, False]
    assert may_hold(fps, ["陳大文", "김서연"]).tolist() == [False, True]
    assert may_hold(fps, []).tolist() == [False, False]


@pytest.mark.parametrize("rows", [0, 3])
def test_write_table_writes_what_pandas_to_csv_writes(tmp_path, monkeypatch, rows):
    """The table writer uses the csv module for speed; its bytes must equal DataFrame.to_csv's."""
    from coopnews import tables
    from coopnews.tables import to_flat, write_table

    monkeypatch.setattr(tables, "CSV_CHUNK_ROWS", 2)  # slices of rows join seamlessly
    df = pd.DataFrame({
        "id": ["a", 'b "quoted", here', "c\nd"], "n": [1, -2, 30], "x": [1.5, float("nan"), 1e-05],
        "when": pd.to_datetime(["2024-02-29", None, "1999-12-31"]), "ok": [True, False, True],
        "kind": pd.Categorical(["city", None, "country"]), "list": [["a", "b"], [], ["c"]],
        "maybe": ["", None, "ü"],
    }).head(rows)
    path = write_table(df, tmp_path, "t")
    assert path.read_text(encoding="utf-8") == to_flat(df).to_csv(index=False, lineterminator="\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_table_that_cannot_be_written_is_an_error_naming_it(tmp_path, corpus_copy, capsys, jobs):
    """With two jobs the tables are written by a child process; its failure still reaches the user."""
    out = tmp_path / "out"
    (out / "mentions.csv").mkdir(parents=True)  # a folder where the table should go
    assert main(["extract", str(corpus_copy), "--out", str(out), "--jobs", jobs, "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "mentions.csv" in err
