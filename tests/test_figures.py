"""Figure helpers: readable labels, aggregation by size, empty data, byte-identical files."""
import hashlib
import json

import matplotlib

matplotlib.use("Agg")

import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from coopnews.charts import (OTHER, choose_period, count_heatmap, counts_by_period, period_bars,  # noqa: E402
                             ranked_bars, story_lengths, top_with_other)
from coopnews.config import NOTEBOOKS_DIR, PROJECT_DIR  # noqa: E402
from coopnews.maps import place_map  # noqa: E402
from coopnews.netplot import draw_network, strongest_subgraph  # noqa: E402
from coopnews.plots import actor_labels, empty_figure, romanize_hangul, save_figure  # noqa: E402
from coopnews.timeline import event_spans, event_timeline, reporting_lag  # noqa: E402


def _actors(rows):
    cols = ["actor_id", "type", "name", "aliases", "kind", "country"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_labels_are_names_never_ids():
    actors = _actors([
        ("L1", "place", "Gimhae", ["김해", "김해시"], "city", "KR"),
        ("O1", "organization", "김해시청", [], "government", "KR"),
        ("O2", "organization", "北海大學", [], "university", "TW"),
        ("O3", "organization", "Blue River Labs", [], "company", "US"),
        ("P1", "person", "박서연", [], "", ""),
        ("P2", "person", "林美玲", ["Lin Mei-ling"], "", ""),
    ])
    labels = actor_labels(actors)
    assert labels["L1"] == "Gimhae" and labels["O3"] == "Blue River Labs"
    assert labels["O1"] == "Gimhae cheong"  # the longest place form 김해시 is replaced, the rest romanized
    assert labels["P1"] == "Bak Seo-yeon"
    assert labels["P2"] == "Lin Mei-ling"
    assert labels["O2"].startswith("university")
    assert not any(v in ("L1", "O1", "O2", "P1") for v in labels.values())


def test_romanize_hangul_keeps_other_characters():
    assert romanize_hangul("서울 2024") == "seoul 2024"


def test_top_with_other_sums_the_rest():
    counts = pd.Series({"a": 5, "b": 3, "c": 2, "d": 1, "e": 0})
    top = top_with_other(counts, 2)
    assert top.to_dict() == {"a": 5, "b": 3, OTHER: 3}


@pytest.mark.parametrize("days, period", [(10, "D"), (300, "M"), (2000, "Q"), (6000, "Y")])
def test_period_follows_the_span(days, period):
    dates = pd.Series(pd.to_datetime(["2020-01-01"]) .tolist() + [pd.Timestamp("2020-01-01") + pd.Timedelta(days=days)])
    assert choose_period(dates) == period


def test_counts_by_period_keeps_empty_periods():
    dates = pd.Series(pd.to_datetime(["2024-01-05", "2024-04-20"]))
    table = counts_by_period(dates, period="M")
    assert len(table) == 4 and table.to_numpy().sum() == 2


def test_event_spans_cover_the_precision():
    events = pd.DataFrame({"event_id": ["E1", "E2", "E3", "E4", "E5"], "date_start": ["2024-03", "2024-Q2", "2024",
                           "--06-03", "2024-05-02"], "date_end": ["", "", "", "", "2024-05-04"],
                           "precision": ["month", "quarter", "year", "month-day", "day"]})
    spans = event_spans(events).set_index("event_id")
    assert "E4" not in spans.index
    assert spans.loc["E1", "end"] == pd.Timestamp("2024-03-31")
    assert spans.loc["E2", "start"] == pd.Timestamp("2024-04-01") and spans.loc["E3", "end"] == pd.Timestamp("2024-12-31")
    assert spans.loc["E5", "end"] == pd.Timestamp("2024-05-04")


def test_strongest_subgraph_is_bounded():
    g = nx.complete_graph(60)
    for a, b in g.edges():
        g[a][b]["weight"] = a + b
    sub = strongest_subgraph(g, max_nodes=10, max_edges=12)
    assert len(sub) <= 10 and sub.number_of_edges() == 12
    assert 59 in sub  # the strongest node is kept


EMPTY_EVENTS = pd.DataFrame(columns=["event_id", "kind", "date_start", "date_end", "precision", "planned"])


@pytest.mark.parametrize("make", [
    lambda: period_bars(pd.DataFrame(), "t", "y", "nothing"),
    lambda: ranked_bars(pd.Series(dtype=int), "t", "x", "nothing"),
    lambda: count_heatmap(pd.DataFrame(), "t", "nothing"),
    lambda: story_lengths(pd.Series(dtype=int), pd.Series(dtype=str), pd.Series(dtype=bool), "t", "nothing"),
    lambda: event_timeline(EMPTY_EVENTS),
    lambda: reporting_lag(pd.DataFrame(columns=["kind", "planned", "lag_days"])),
    lambda: draw_network(nx.Graph(), "t", {}, {}, {}),
    lambda: place_map(pd.DataFrame(columns=["id", "label", "lat", "lon", "size"]), "t"),
])
def test_empty_data_gives_a_figure_with_a_sentence(make, tmp_path, capsys):
    fig = make()
    save_figure(fig, "empty", "caption", folder=tmp_path)
    assert (tmp_path / "empty.png").stat().st_size > 0
    assert capsys.readouterr().out.strip()  # the sentence is printed in the notebook too


def _digests(folder):
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_map_with_ties_is_byte_identical_on_rerun(tmp_path):
    places = pd.DataFrame({"id": ["a", "b", "c"], "label": ["Alpha", "Beta", "Gamma"], "lat": [37.5, 35.1, 25.0],
                           "lon": [127.0, 129.0, 121.5], "size": [5, 2, 1], "kind": ["city"] * 3})
    ties = pd.DataFrame({"source_id": ["a", "a"], "target_id": ["b", "c"], "weight": [3, 1]})
    for run in ("one", "two"):
        save_figure(place_map(places, "t", ties), "map", folder=tmp_path / run)
        matplotlib.pyplot.close("all")
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")


def test_chronology_findings_word_the_dates_as_the_precision_column_says():
    """The committed seed run: the Findings state the counts of each precision, not a blanket 'year-unknown'."""
    nb = json.loads((NOTEBOOKS_DIR / "03-chronology.ipynb").read_text(encoding="utf-8"))
    findings = "".join("".join(o.get("data", {}).get("text/markdown", "")) for o in nb["cells"][-1]["outputs"])
    events = pd.read_csv(PROJECT_DIR / "reports" / "tables" / "events.csv")
    prec = events["precision"].value_counts()
    assert "the rest are year-unknown" not in findings
    with_year = int(events["precision"].isin(["day", "month", "quarter", "year"]).sum())
    assert f"{with_year} of {len(events)} events carry a year" in findings
    if "month-day" in prec:
        assert f"{prec['month-day']} give a month and day but no year" in findings
    if "unknown" in prec:
        assert f"{prec['unknown']} have a date phrase that could not be resolved" in findings
