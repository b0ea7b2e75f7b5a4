"""Bad input never crashes and never vanishes: every file is loaded or skipped with a reason."""
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopnews import load_corpus
from coopnews.loading import MAX_BYTES

KO = ("부산시가 일본 후쿠오카시와 수소 산업 협력을 위한 양해각서를 체결했다. 두 도시는 수소 버스와 "
      "연료전지 기술을 함께 개발하고 스타트업 교류를 늘리기로 했다. 시 관계자는 내년에 공동 연구소를 세울 계획이라고 밝혔다.")
ZH = ("高雄市政府與日本福岡市簽署氫能產業合作備忘錄，雙方將共同開發氫能公車與燃料電池技術，並擴大新創交流。"
      "市府官員表示，明年將設立聯合研究中心，推動兩市企業在亞洲市場的合作。")
JA = ("福岡市は韓国の釜山市と水素産業の協力に関する覚書を締結した。両市は水素バスと燃料電池の技術を共同で開発し、"
      "スタートアップの交流を広げる。市の担当者は来年、共同研究所を設立する計画だと述べた。")
EN = ("Busan and Fukuoka signed a memorandum of understanding on hydrogen industry cooperation on Monday. "
      "The two cities will develop hydrogen buses and fuel cell technology together and expand startup exchanges, "
      "officials said, adding that a joint research center would open next year.")


@pytest.mark.parametrize("name,data,encoding", [
    ("utf8.txt", EN.encode("utf-8"), "utf-8"),
    ("bom.txt", b"\xef\xbb\xbf" + EN.encode("utf-8"), "utf-8-sig"),
    ("utf16.txt", "\ufeff".encode("utf-16-le") + KO.encode("utf-16-le"), "utf-16-le"),
    ("korean.txt", KO.encode("cp949"), "cp949"),
    ("big5.txt", ZH.encode("big5"), "big5"),
    ("sjis.txt", JA.encode("shift_jis"), "shift_jis"),
])
def test_encodings_are_decoded(tmp_path, name, data, encoding):
    (tmp_path / name).write_bytes(data)
    arts, rep = load_corpus(tmp_path)
    assert rep.loc[0, "status"] == "loaded", rep.loc[0, "reason"]
    assert rep.loc[0, "encoding"] == encoding
    assert arts.loc[0, "text"][:10] in (EN + KO + ZH + JA)


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "empty"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("numbers.csv", b"id,value\n" + b"".join(b"%d,%d\n" % (i, i * 7) for i in range(300)), "no 'text' column"),
    ("numbers.txt", b"id,value\n" + b"".join(b"%d,%d\n" % (i, i * 7) for i in range(300)), "not an article"),
    ("short.txt", b"Hello world.", "not an article"),
    ("menu.txt", b"Home | News | Sports\nContact Us\nBack To Top\n", "not an article"),
])
def test_bad_files_are_skipped_with_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    arts, rep = load_corpus(tmp_path)
    rep = rep.set_index("file")
    assert rep.loc["good.txt", "status"] == "loaded"
    assert rep.loc[name, "status"] == "skipped"
    assert reason in rep.loc[name, "reason"]
    assert set(arts["file"]) == {"good.txt"}


def test_huge_file_is_skipped_quickly(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.write((EN + "\n").encode() * (50_000_000 // len(EN)))
    assert big.stat().st_size > MAX_BYTES
    arts, rep = load_corpus(tmp_path)
    assert rep.loc[0, "status"] == "skipped" and "too large" in rep.loc[0, "reason"]


def _symlink_loop(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return "loop.txt", "unreadable"


def _folder_behind_a_link(folder):
    (folder / "realdir").mkdir()
    (folder / "article.txt").symlink_to(folder / "realdir")
    return "article.txt", "not a regular file (a folder)"


def _fifo(folder):
    os.mkfifo(folder / "pipe.txt")
    return "pipe.txt", "not a regular file (a FIFO)"


@pytest.mark.parametrize("make", [_symlink_loop, _folder_behind_a_link, _fifo])
def test_unreadable_entries_are_reported_even_as_root(tmp_path, make):
    name, reason = make(tmp_path)
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    _, rep = load_corpus(tmp_path)
    rep = rep.set_index("file")
    assert rep.loc["good.txt", "status"] == "loaded"
    assert rep.loc[name, "status"] == "skipped" and reason in rep.loc[name, "reason"]


def test_dangling_symlink_is_reported(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    _, rep = load_corpus(tmp_path)
    rep = rep.set_index("file")
    assert rep.loc["gone.txt", "status"] == "skipped" and "unreadable" in rep.loc["gone.txt", "reason"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3000),
                      st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.lists(st.sampled_from([EN, KO, ZH, JA, "\n", "By X", "Related Articles", "2024.01.02",
                                                "\x00", "Home > News", "Copyright ©"]), max_size=12)
                      .map(lambda parts: "\n".join(parts).encode("utf-8"))))
def test_arbitrary_bytes_load_or_skip(tmp_path, data):
    p = tmp_path / "any.txt"
    p.write_bytes(data)
    arts, rep = load_corpus(p)
    assert len(rep) == 1
    row = rep.iloc[0]
    assert row["status"] in ("loaded", "skipped")
    if row["status"] == "skipped":
        assert row["reason"]
    else:
        assert len(arts) == row["n_segments"] >= 1
