"""Related blocks at the foot of a page, on strings written for the test: a teaser with its own
headline, date and one cut-off paragraph is a snippet; a bare headline list under a story whose last
paragraph is cut off is no story at all."""
import datetime as dt
import textwrap

import pytest

from coopnews.loading import parse_text
from coopnews.loading.snippets import is_teaser_text

D = dt.date
EN_HEAD = """
    Harbour Post
    Two port cities sign a data-sharing pact for smart logistics
    Posted: 2024-09-10 09:00
    The port authorities of two coastal cities signed an agreement on Tuesday to share vessel tracking data and to test automated cranes, officials said.
    The pilot will start next spring at two terminals and will be reviewed after a year, the two city halls said in a joint statement."""
KO_HEAD = """
    바다일보
    두 항구도시, 스마트 물류 데이터 공유 협약
    입력 2024.09.10 09:00
    두 항구도시의 항만공사는 10일 선박 위치 정보를 공유하고 자동화 크레인을 함께 시험하는 협약을 맺었다고 밝혔다.
    시범사업은 내년 봄 두 터미널에서 시작하며 1년 뒤 성과를 점검한다."""
ZH_HEAD = """
    海港日報
    兩港市簽署智慧物流資料共享協議
    發布時間：2024-09-10 09:00
    兩座港口城市的港務局10日簽署協議，將共享船舶動態資料，並共同測試自動化起重機。
    試辦計畫明年春天在兩座碼頭啟動，一年後檢討成效。"""
JA_HEAD = """
    海港新報
    二つの港湾都市、スマート物流でデータ共有協定
    公開日：2024年9月10日
    二つの港湾都市の港湾局は10日、船舶の位置情報を共有し、自動化クレーンを共同で試験する協定を結んだ。
    試験事業は来春に始まり、1年後に成果を検証する。"""


def stories(head, tail):
    return parse_text(textwrap.dedent(head).strip("\n") + "\n" + textwrap.dedent(tail).strip("\n"))


@pytest.mark.parametrize("head,tail,date", [
    (EN_HEAD, """
        Related: River city opens a drone test range with a partner from the north
        2024-09-02
        The river city opened a drone test range on Monday with a partner from the north, which will send instructors to train pilots for the inspection of bridges, power lines and the""",
     D(2024, 9, 2)),
    (KO_HEAD, """
        [관련기사]
        강변 도시, 북쪽 협력사와 드론 시험장 개장
        2024-09-02
        강변 도시는 2일 북쪽 협력사와 함께 드론 시험장을 열었으며, 협력사는 교관을 보내 교량과 송전선 점검에 나설 조종사를 길러내고 현지 기업의""",
     D(2024, 9, 2)),
    (ZH_HEAD, """
        [相關新聞]
        河畔城市與北方夥伴開設無人機試驗場
        2024-09-02
        河畔城市2日與北方合作夥伴共同開設無人機試驗場，合作方將派遣教官培訓橋梁與輸電線巡檢所需的飛手，並協助在地企業建立""",
     D(2024, 9, 2)),
    (JA_HEAD, """
        【関連記事】
        川沿いの市、北方の企業とドローン試験場を開設
        2024-09-02
        川沿いの市は2日、北方の企業と共同でドローン試験場を開設した。同社は教官を派遣し、橋や送電線の点検を担う操縦士の育成を支援するほか、地元企業の""",
     D(2024, 9, 2)),
    (EN_HEAD + "\nThe next round of talks is planned for 4 October.", """
        Related: River city opens a drone test range with a partner from the north
        05/09/2024
        The river city opened a drone test range on Monday with a partner from the north, which will send instructors to train pilots for the inspection of bridges, power lines and the""",
     D(2024, 9, 5)),
])
def test_a_related_teaser_with_one_cut_off_paragraph_is_a_snippet(head, tail, date):
    found = stories(head, tail)
    assert [s.kind for s in found] == ["article", "snippet"]
    assert found[1].published == date and len(found[0].lines) >= 2
    assert not any("2024-09-02" in l or "05/09" in l for l in found[0].lines)


@pytest.mark.parametrize("head,tail", [
    (EN_HEAD + " Both sides will also invite universities and local start-ups to build services on the shared data platform during a second phase that is expected to", """
        Read more
        ▸ River city opens a drone test range with a partner from the north to train inspection pilots (video)
        • Port authority publishes container figures for the first half
        Shipping line adds a direct route to the north"""),
    (KO_HEAD + " 양측은 대학과 지역 창업기업을 초청해 공유 데이터 플랫폼에서 응용 서비스를 개발하는 2단계 사업을 내년 말까지", """
        관련기사
        - 강변 도시, 북쪽 협력사와 드론 시험장 개장…점검 인력 양성한다.
        - 항만공사, 상반기 컨테이너 물동량 발표"""),
    (ZH_HEAD + "雙方也將邀請大學與新創團隊參與第二階段的資料平台應用開發，並預計在明年底前", """
        延伸閱讀
        ▸ 河畔城市與北方夥伴開設無人機試驗場，將培訓巡檢飛手。
        ▸ 港務局公布上半年貨櫃量"""),
    (JA_HEAD + "大学や地元の新興企業を招き、共有データ基盤で応用サービスを開発する第2段階の事業を来年末までに", """
        関連記事
        ・川沿いの市、北方の企業とドローン試験場を開設。点検人材を育成へ。
        ・港湾局、上半期のコンテナ取扱量を発表"""),
])
def test_a_cut_off_story_above_a_bare_headline_list_is_one_story(head, tail):
    found = stories(head, tail)
    assert [s.kind for s in found] == ["article"]
    assert not any(l.lstrip().startswith(("▸", "•", "-", "・")) for l in found[0].lines)


def test_a_read_more_link_inside_the_story_does_not_end_it():
    found = stories(EN_HEAD, """
        Read more: River city opens a drone test range with a partner from the north
        The agreement also covers a shared training centre for crane operators, which will open in the second year of the pilot.""")
    assert len(found) == 1 and found[0].lines[-1].startswith("The agreement also covers")


@pytest.mark.parametrize("line,ok", [
    ("▸ River city opens a drone test range with a partner from the north to train pilots for bridges", False),
    ("River city opens a drone test range with a partner from the north", False),
    ("강변 도시, 북쪽 협력사와 드론 시험장 개장…점검 인력 양성", False),
    ("The river city opened a drone test range on Monday with a partner from the north, which will send its", True),
    ("河畔城市2日與北方合作夥伴共同開設無人機試驗場，合作方將派遣教官培訓橋梁與輸電線巡檢所需的飛手，並協助", True),
])
def test_teaser_text_is_longer_than_a_headline_and_not_a_list_item(line, ok):
    assert is_teaser_text(line) is ok


def test_a_related_heading_with_a_headline_and_a_date_heads_a_block_even_when_the_teaser_is_whole():
    found = stories(EN_HEAD, """
        Related: River city opens a drone test range with a partner from the north
        2024-09-02
        The river city opened a drone test range on Monday with a partner from the north, which will send instructors to train pilots for the inspection of bridges.""")
    assert [s.kind for s in found] == ["article", "snippet"] and found[1].published == D(2024, 9, 2)


def test_dated_headlines_under_the_story_are_not_its_date():
    found = stories(EN_HEAD.replace("Posted: 2024-09-10 09:00", "Harbour desk"), """
        River city opens a drone test range
        2024-09-02 10:00
        Port authority publishes container figures
        2024-08-30 16:00""")
    assert found[0].published is None


def test_a_bulleted_headline_list_under_an_unknown_heading_is_not_text():
    found = stories(EN_HEAD, """
        Elsewhere on the coast
        ▸ River city opens a drone test range with a partner from the north
        • Port authority publishes container figures for the first half""")
    assert len(found) == 1 and found[0].lines[-1].startswith("The pilot will start")


def test_a_bulleted_list_the_story_introduces_stays():
    found = stories(EN_HEAD, """
        The agreement covers three fields:
        • vessel tracking data
        • automated cranes""")
    assert found[0].lines[-2:] == ["• vessel tracking data", "• automated cranes"]


def test_a_short_teaser_under_its_item_s_date_is_a_snippet():
    found = stories(EN_HEAD, """
        Related articles
        Drone range opens
        2024-09-02
        The river city opened a drone test range on Monday with a partner from the""")
    assert [s.kind for s in found] == ["article", "snippet"] and found[1].title == "Drone range opens"


@pytest.mark.parametrize("tail", ["""
        Related articles
        2024-09-02
        River city opens a drone test range
        2024-08-30
        Port authority publishes its container figures for the first half of the year""", """
        Related articles
        River city opens a drone test range
        2024-09-02
        Port authority publishes its container figures for the first half of the year
        2024-08-30"""])
def test_a_dated_headline_list_has_no_snippets(tail):
    assert len(stories(EN_HEAD, tail)) == 1


def test_a_related_story_heading_in_the_singular_starts_a_snippet():
    stories = parse_text(textwrap.dedent("""
        Harbour Post
        Two port cities sign a data-sharing pact for smart logistics
        2025/06/27 17:40 JST

        The port authorities of two cities signed an agreement on Thursday to share vessel and cargo data, officials said after a ceremony at the city hall.

        Related story

        Island county and a northern prefecture sign a farming pact
        2025/06/20 11:05 JST

        The prefecture and the county signed a memorandum on sensor-based rice farming on Thursday, officials said, and the first pilot fields will be planted in the
        """).strip("\\n"))
    assert [s.kind for s in stories] == ["article", "snippet"]
    assert stories[1].published == D(2025, 6, 20)
