"""Write a reproducible corpus of synthetic news files about technology cooperation.

Every file is built from a seeded random generator: a site header (navigation, publication
line, byline), a headline, paragraphs mixing actors (people with titles, organisations,
cities and countries), dates in the forms the extractor reads, sector vocabulary and plain
filler prose, then share widgets, related-story lists and a copyright footer.  Roughly 70 %
of the files are English, 15 % Korean, 10 % Chinese and 5 % Japanese, about 3 kB each.

Usage::

    python benchmarks/generate.py N OUT_DIR [--seed 7]

The same N and seed always give byte-identical files.  All sentences here are written for
this benchmark; the names are random syllable combinations.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

CITIES = [("Seoul", "서울", "首爾", "ソウル", "KR"), ("Busan", "부산", "釜山", "釜山", "KR"),
          ("Daejeon", "대전", "大田", "大田", "KR"), ("Incheon", "인천", "仁川", "仁川", "KR"),
          ("Gwangju", "광주", "光州", "光州", "KR"), ("Suwon", "수원", "水原", "水原", "KR"),
          ("Taipei", "타이베이", "臺北", "台北", "TW"), ("Taichung", "타이중", "臺中", "台中", "TW"),
          ("Kaohsiung", "가오슝", "高雄", "高雄", "TW"), ("Hsinchu", "신주", "新竹", "新竹", "TW"),
          ("Tokyo", "도쿄", "東京", "東京", "JP"), ("Osaka", "오사카", "大阪", "大阪", "JP"),
          ("Fukuoka", "후쿠오카", "福岡", "福岡", "JP"), ("Nagoya", "나고야", "名古屋", "名古屋", "JP"),
          ("Sendai", "센다이", "仙台", "仙台", "JP"), ("Singapore", "싱가포르", "新加坡", "シンガポール", "SG"),
          ("Munich", "뮌헨", "慕尼黑", "ミュンヘン", "DE"), ("Austin", "오스틴", "奧斯汀", "オースティン", "US"),
          ("Hanoi", "하노이", "河內", "ハノイ", "VN"), ("Bangalore", "방갈로르", "班加羅爾", "バンガロール", "IN")]
COUNTRIES = {"KR": ("South Korea", "한국", "韓國", "韓国"), "TW": ("Taiwan", "대만", "臺灣", "台湾"),
             "JP": ("Japan", "일본", "日本", "日本"), "SG": ("Singapore", "싱가포르", "新加坡", "シンガポール"),
             "DE": ("Germany", "독일", "德國", "ドイツ"), "US": ("the United States", "미국", "美國", "米国"),
             "VN": ("Vietnam", "베트남", "越南", "ベトナム"), "IN": ("India", "인도", "印度", "インド")}
SURNAMES = ["Kim", "Lee", "Park", "Choi", "Chen", "Lin", "Wang", "Huang", "Sato", "Tanaka", "Suzuki", "Nguyen",
            "Schmidt", "Miller", "Garcia", "Patel"]
SYLLABLES = ["min", "ji", "hoon", "seo", "yeon", "woo", "jun", "hae", "chia", "wei", "ming", "hsin", "yu",
             "ting", "kai", "hao", "ren", "ko", "mi"]
GIVEN_W = ["Anna", "Lukas", "Maria", "David", "Sarah", "Thomas", "Elena", "Rahul", "Laura", "Peter"]
KO_SUR, KO_GIV = "김이박최정강조윤장임", ["민수", "지현", "서연", "하준", "도윤", "예린", "현우", "수빈", "재원", "유진"]
ZH_SUR, ZH_GIV = "陳林黃張李王吳劉蔡楊", ["志明", "淑芬", "家豪", "怡君", "俊傑", "雅婷", "建宏", "美玲", "宗翰", "佩珊"]
JA_SUR, JA_GIV = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"], ["健太", "美咲", "翔", "陽子", "大輔", "恵"]
TITLES = ["Mayor", "Vice Mayor", "Deputy Mayor", "Minister", "Director", "Director-General", "CEO", "President",
          "Chairman", "Secretary-General", "Governor", "Commissioner"]
KO_TITLES, ZH_TITLES, JA_TITLES = ["시장", "부시장", "원장", "사장", "장관", "대표"], ["市長", "局長", "院長", "董事長", "部長"], ["市長", "社長", "理事長", "知事"]
ORG_WORDS = ["Advanced", "Smart", "Digital", "Quantum", "Green", "Ocean", "Photon", "Nano", "Future", "Bio",
             "Robotics", "Mobility", "Semiconductor", "Space", "Energy", "Data"]
ORG_HEADS = ["Institute", "Agency", "Corp", "Co., Ltd.", "University", "Association", "Foundation", "Center",
             "Technopark", "Industries", "Council", "Inc."]
KO_ORG = ["연구원", "진흥원", "공사", "재단", "대학교", "협회", "센터"]
ZH_ORG = ["研究院", "協會", "大學", "公司", "基金會", "中心", "管理局"]
JA_ORG = ["研究所", "大学", "協会", "株式会社", "機構", "センター"]
SECTORS_EN = ["semiconductor", "chip", "artificial intelligence", "AI", "smart city", "robotics", "battery",
              "hydrogen", "satellite", "space launch", "biotech", "cell therapy", "electric vehicle", "5G",
              "data center", "cybersecurity", "quantum computing", "smart port", "drone", "digital twin"]
SECTORS_KO = ["반도체", "인공지능", "스마트시티", "로봇", "이차전지", "수소", "위성", "바이오", "자율주행", "드론"]
SECTORS_ZH = ["半導體", "人工智慧", "智慧城市", "機器人", "電池", "氫能", "衛星", "生技", "電動車", "無人機"]
SECTORS_JA = ["半導体", "人工知能", "スマートシティ", "ロボット", "電池", "水素", "衛星", "バイオ", "自動運転"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER_EN = [
    "Officials said the program would be reviewed after its first year.",
    "The two sides have exchanged staff and students for several years.",
    "Local companies are expected to join the next round of talks.",
    "The cooperation covers research, training and joint pilot projects.",
    "Analysts say regional governments are competing to attract investment in new industries.",
    "The city hopes the partnership will create jobs for young engineers.",
    "Details of the budget were not disclosed.",
    "Both delegations toured testing facilities and a startup incubator during the visit.",
    "The initiative follows a similar arrangement signed with another partner city last spring.",
    "Participants discussed supply chains, standards and the exchange of engineers.",
    "A working group will meet regularly to follow up on the projects.",
    "The announcement was welcomed by business associations in both regions.",
]
FILLER_KO = ["양측은 인력 교류와 공동 연구를 확대하기로 했다.", "시는 이번 협력으로 지역 기업의 해외 진출이 늘어날 것으로 기대했다.",
             "구체적인 예산 규모는 공개되지 않았다.", "참석자들은 공급망과 표준화 문제를 논의했다.",
             "관계자는 후속 실무 회의를 정기적으로 열 계획이라고 설명했다."]
FILLER_ZH = ["雙方同意擴大人才交流與共同研究。", "市府期待此次合作能協助在地企業拓展海外市場。", "具體預算規模並未公開。",
             "與會者討論了供應鏈與標準化等議題。", "相關人員表示將定期召開後續工作會議。"]
FILLER_JA = ["両者は人材交流と共同研究を拡大することで一致した。", "市は今回の連携で地元企業の海外展開が進むと期待している。",
             "具体的な予算規模は明らかにされていない。", "参加者はサプライチェーンや標準化について意見を交わした。"]
NAV = ["Home | News | Business | Tech | Opinion | Sports", "Menu Search Subscribe Log in",
       "홈 | 뉴스 | 경제 | 사회 | 국제", "首頁 | 新聞 | 財經 | 科技 | 國際", "ホーム | ニュース | 経済 | 国際"]
SHARE = ["Share this article: Facebook Twitter LinkedIn Email", "Print | Share | Font size",
         "공유하기 페이스북 트위터 카카오톡", "分享 Facebook LINE 列印", "シェア ツイート はてブ"]


def _person_en(r: random.Random) -> str:
    if r.random() < 0.6:
        sur = r.choice(SURNAMES[:12])
        given = (r.choice(SYLLABLES) + "-" + r.choice(SYLLABLES)).capitalize()
        return f"{sur} {given}"
    return f"{r.choice(GIVEN_W)} {r.choice(SURNAMES[12:])}"


def _org_en(r: random.Random, city: str) -> str:
    head = r.choice(ORG_HEADS)
    words = r.sample(ORG_WORDS, r.choice([1, 2]))
    return f"{city} {' '.join(words)} {head}" if r.random() < 0.5 else f"{' '.join(words)} {head}"


def _date_en(r: random.Random, year: int, month: int) -> str:
    d = r.randint(1, 28)
    return r.choice([f"on {MONTHS[month - 1]} {d}", f"on {MONTHS[month - 1][:3]}. {d}, {year}",
                     f"in {MONTHS[(month % 12)]}", f"on {r.choice(WEEKDAYS)}", "last week", "next month",
                     f"in the {r.choice(['first', 'second', 'third'])} quarter", f"on the {d}th", f"{year}-{month:02d}-{d:02d}"])


def article_en(r: random.Random, n: int) -> str:
    year, month, day = r.choice([2022, 2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
    c1, c2 = r.sample(CITIES, 2)
    p1, p2 = _person_en(r), _person_en(r)
    t1, t2 = r.choice(TITLES), r.choice(TITLES)
    o1, o2 = _org_en(r, c1[0]), _org_en(r, c2[0])
    sec = r.sample(SECTORS_EN, 3)
    kind = r.choice(["signed a memorandum of understanding", "agreed to cooperate", "opened a joint lab",
                     "held talks", "announced an investment of $120 million"])
    title = f"{c1[0]} and {c2[0]} {kind.split()[0]} on {sec[0]} cooperation"
    lines = [r.choice(NAV[:2]), "", title, "",
             f"Published : {MONTHS[month - 1][:3]} {day}, {year} - {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
             f"By {_person_en(r)}", ""]
    paras = [
        f"{c1[0]} and {c2[0]} {kind} on {sec[0]} and {sec[1]} {_date_en(r, year, month)}, "
        f"the {c1[0]} city government said.",
        f"{c1[0]} {t1} {p1} and {p2}, {t2 if t2.isupper() else t2.lower()} of the {o2}, attended the ceremony held at the {o1}.",
        f"\"This partnership brings our {sec[2]} companies closer to {COUNTRIES[c2[4]][0]},\" {p1.split()[0]} said.",
        f"The delegation from {c2[0]} will visit {r.choice(CITIES)[0]} {_date_en(r, year, month)} to meet investors.",
    ]
    paras += r.choices(FILLER_EN, k=34)
    r.shuffle(paras[4:])
    body = []
    for i in range(0, len(paras), 2):
        body.append(" ".join(paras[i:i + 2]))
    tail = ["", r.choice(SHARE[:2]), "", "Related stories", f"{r.choice(CITIES)[0]} hosts {r.choice(SECTORS_EN)} forum",
            f"{r.choice(CITIES)[0]} startup raises funds", "", f"Copyright {year} Example Daily. All rights reserved."]
    return "\n".join(lines + ["\n\n".join(body)] + tail) + "\n"


def article_ko(r: random.Random, n: int) -> str:
    year, month, day = r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
    c1, c2 = r.sample(CITIES, 2)
    name = r.choice(KO_SUR) + r.choice(KO_GIV)
    org = c1[1] + r.choice(["정보", "산업", "과학", "바이오"]) + r.choice(KO_ORG)
    sec = r.sample(SECTORS_KO, 2)
    lines = [r.choice(NAV[2:3]), "", f"{c1[1]}시, {c2[1]}와 {sec[0]} 협력 양해각서 체결", "",
             f"입력 {year}.{month:02d}.{day:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
             f"{r.choice(KO_SUR)}{r.choice(KO_GIV)} 기자", ""]
    paras = [f"{c1[1]}시는 {day}일 {c2[1]}에서 {sec[0]} 및 {sec[1]} 분야 협력을 위한 양해각서를 체결했다고 밝혔다.",
             f"{name} {c1[1]}시 {r.choice(KO_TITLES)}은 {org} 관계자들과 함께 {COUNTRIES[c2[4]][1]}을 방문했다.",
             f"양측은 오는 {month % 12 + 1}월 {c1[1]}에서 실무 회의를 열 예정이다."] + r.choices(FILLER_KO, k=30)
    paras = [" ".join(paras[i:i + 3]) for i in range(0, len(paras), 3)]
    tail = ["", r.choice(SHARE[2:3]), "", f"저작권자 © 예시일보 무단전재 및 재배포 금지"]
    return "\n".join(lines + ["\n\n".join(paras)] + tail) + "\n"


def article_zh(r: random.Random, n: int) -> str:
    year, month, day = r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
    c1, c2 = r.sample(CITIES, 2)
    name = r.choice(ZH_SUR) + r.choice(ZH_GIV)
    org = c1[2] + r.choice(["資訊", "產業", "科技", "生醫"]) + r.choice(ZH_ORG)
    sec = r.sample(SECTORS_ZH, 2)
    lines = [NAV[3], "", f"{c1[2]}與{c2[2]}簽署{sec[0]}合作備忘錄", "", f"發布時間：{year}/{month:02d}/{day:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
             f"記者{r.choice(ZH_SUR)}{r.choice(ZH_GIV)}／{c1[2]}報導", ""]
    paras = [f"{c1[2]}市政府{day}日與{c2[2]}簽署{sec[0]}及{sec[1]}合作備忘錄。",
             f"{r.choice(ZH_TITLES)}{name}率團訪問{COUNTRIES[c2[4]][2]}，並與{org}洽談合作。",
             f"雙方預計{month % 12 + 1}月在{c2[2]}舉辦研討會。"] + r.choices(FILLER_ZH, k=40)
    paras = ["".join(paras[i:i + 3]) for i in range(0, len(paras), 3)]
    tail = ["", SHARE[3], "", "版權所有 © 範例日報"]
    return "\n".join(lines + ["\n\n".join(paras)] + tail) + "\n"


def article_ja(r: random.Random, n: int) -> str:
    year, month, day = r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
    c1, c2 = r.sample(CITIES, 2)
    name = r.choice(JA_SUR) + r.choice(JA_GIV)
    org = c1[3] + r.choice(["情報", "産業", "科学"]) + r.choice(JA_ORG)
    sec = r.sample(SECTORS_JA, 2)
    lines = [NAV[4], "", f"{c1[3]}市と{c2[3]}、{sec[0]}分野で覚書締結", "", f"{year}年{month}月{day}日 {r.randint(0, 23)}時{r.randint(0, 59)}分", ""]
    paras = [f"{c1[3]}市は{day}日、{c2[3]}と{sec[0]}や{sec[1]}分野の連携に関する覚書を締結したと発表した。",
             f"{name}{r.choice(JA_TITLES)}は{org}の関係者とともに{COUNTRIES[c2[4]][3]}を訪問した。",
             f"両者は{month % 12 + 1}月に{c1[3]}で会議を開く予定だ。"] + r.choices(FILLER_JA, k=34)
    paras = ["".join(paras[i:i + 3]) for i in range(0, len(paras), 3)]
    tail = ["", SHARE[4], "", "Copyright © 例示新聞社"]
    return "\n".join(lines + ["\n\n".join(paras)] + tail) + "\n"


def generate(n: int, out: Path, seed: int = 7) -> int:
    """Write ``n`` article files under ``out`` (1,000 per sub-folder); return the bytes written."""
    r = random.Random(seed)
    makers = [article_en] * 14 + [article_ko] * 3 + [article_zh] * 2 + [article_ja]
    total = 0
    for i in range(n):
        text = r.choice(makers)(r, i)
        folder = out / f"{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"a{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of article files")
    ap.add_argument("out", type=Path, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    total = generate(args.n, args.out, args.seed)
    print(f"{args.n} files, {total / 1e6:.1f} MB -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
