"""Cooperation ties: the rules of :mod:`coopnews.network` on small hand-made tables."""
import pandas as pd

from coopnews import cooperation_ties


def _actors(rows):
    cols = ["actor_id", "type", "name", "kind", "country"]
    df = pd.DataFrame(rows, columns=cols)
    df["type"] = pd.Categorical(df["type"], categories=["person", "organization", "place"])
    return df


ACTORS = _actors([
    ("P0001", "person", "Kim Ha-neul", "", ""),
    ("O0001", "organization", "Harbor Robotics Institute", "research", "KR"),
    ("L0001", "place", "Busan", "city", "KR"),
    ("L0002", "place", "Kaohsiung", "city", "TW"),
    ("L0003", "place", "South Korea", "country", "KR"),
    ("L0004", "place", "Taiwan", "country", "TW"),
])


def _mentions(rows):
    return pd.DataFrame(rows, columns=["article_id", "actor_id", "start"]).assign(
        end=lambda d: d["start"] + 3, text="x", type="place")


def _events(rows):
    cols = ["article_id", "kind", "date_start", "place", "parties", "event_group"]
    return pd.DataFrame(rows, columns=cols)


def test_event_parties_are_tied_once_per_event_group():
    events = _events([
        ("a#0", "agreement", "2025-04-14", "Kaohsiung", ["Busan", "Harbor Robotics Institute", "Kim Ha-neul"], "G0001"),
        ("b#0", "agreement", "2025-04-14", "Kaohsiung", ["Busan"], "G0001"),   # same event, second report
        ("b#0", "visit", "2025-06-02", "", ["Busan", "Kaohsiung"], "G0002"),
    ])
    ties = cooperation_ties(ACTORS, _mentions([]), events)
    bk = ties[(ties["source"] == "Busan") & (ties["target"] == "Kaohsiung")].iloc[0]
    assert bk["n_events"] == 2 and bk["weight"] == 4
    assert bk["event_kinds"] == ["agreement", "visit"]
    assert (bk["first_date"], bk["last_date"]) == ("2025-04-14", "2025-06-02")
    assert bool(bk["international"])
    assert "Kim Ha-neul" not in set(ties["source"]) | set(ties["target"])  # people are not nodes


def test_a_city_is_not_tied_to_its_own_country():
    mentions = _mentions([("a#0", "L0001", 0), ("a#0", "L0003", 10), ("a#0", "L0004", 20)])
    ties = cooperation_ties(ACTORS, mentions, _events([]))
    pairs = set(zip(ties["source"], ties["target"]))
    assert ("Busan", "South Korea") not in pairs and ("South Korea", "Busan") not in pairs
    assert ("Busan", "Taiwan") in pairs and ("South Korea", "Taiwan") in pairs


def test_co_mentions_count_stories_and_carry_sectors_and_dates():
    mentions = _mentions([("a#0", "L0001", 0), ("a#0", "L0002", 5), ("a#0", "L0002", 9),
                          ("b#0", "L0001", 0), ("b#0", "L0002", 7)])
    sectors = pd.DataFrame({"article_id": ["a#0", "b#0", "b#0"], "sector": ["ports", "ports", "robotics"]})
    articles = pd.DataFrame({"article_id": ["a#0", "b#0"],
                             "published": pd.to_datetime(["2024-05-01", "2025-01-09"])})
    ties = cooperation_ties(ACTORS, mentions, _events([]), sectors, articles)
    assert len(ties) == 1
    t = ties.iloc[0]
    assert (t["n_stories"], t["n_events"], t["weight"]) == (2, 0, 2)
    assert t["sectors"] == ["ports", "robotics"] and t["main_sector"] == "ports"
    assert (t["first_date"], t["last_date"]) == ("2024-05-01", "2025-01-09")


def test_only_the_most_mentioned_actors_of_a_story_make_co_mention_ties():
    from coopnews.network import MAX_STORY_NODES

    many = _actors([(f"O{i:04d}", "organization", f"Org {i} Institute", "research", "")
                    for i in range(MAX_STORY_NODES + 4)])
    mentions = _mentions([("a#0", f"O{i:04d}", 10 * i) for i in range(MAX_STORY_NODES + 4)])
    ties = cooperation_ties(many, mentions, _events([]))
    nodes = set(ties["source_id"]) | set(ties["target_id"])
    assert len(nodes) == MAX_STORY_NODES
    assert len(ties) == MAX_STORY_NODES * (MAX_STORY_NODES - 1) // 2
    assert list(ties["weight"].unique()) == [1]


def test_strongest_first_and_no_self_ties():
    events = _events([("a#0", "meeting", "2025", "", ["Busan", "Busan", "Kaohsiung"], "G0001")])
    mentions = _mentions([("a#0", "L0001", 0), ("a#0", "O0001", 4), ("b#0", "L0001", 0), ("b#0", "L0004", 4)])
    ties = cooperation_ties(ACTORS, mentions, events)
    assert (ties["source_id"] != ties["target_id"]).all()
    assert list(ties["weight"]) == sorted(ties["weight"], reverse=True)
    assert ties.iloc[0]["source"] == "Busan" and ties.iloc[0]["target"] == "Kaohsiung"
