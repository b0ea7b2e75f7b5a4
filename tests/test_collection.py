"""The whole notebook collection (``python -m coopnews.runner``) on corpora a user may have.

A generated corpus of a few hundred articles and edge corpora (one file, no dates at all, CJK
only, a CSV table of articles in a folder or as the corpus itself): the runner must exit 0, execute every notebook to the end
without an error output, render each to HTML, and write every figure in PNG, SVG and PDF.
These runs take minutes, so they carry the ``collection`` marker: ``make test`` leaves them
out, ``make test-collection`` (run by ``.ci/run``) runs them.
"""
import json
import subprocess
import sys

import pandas as pd
import pytest

from coopnews.config import NOTEBOOKS_DIR, PROJECT_DIR

pytestmark = pytest.mark.collection

GENERATED_ARTICLES = 300

ONE = """Busan and Kaohsiung sign smart port pact

12 March 2024

Busan, South Korea -- The port authorities of Busan and Kaohsiung signed a memorandum of understanding on Tuesday to share data on automated cranes, shipping schedules and customs checks. Mayor Park Hyun-woo said the two cities would open a joint research office in Busan next year and send ten engineers each to the other port.

Officials from both sides said the agreement builds on a trade mission last autumn, and that a first joint test of autonomous container trucks is planned for the summer.
"""

NO_DATES = [
    """Daejeon and Grenoble agree to share chip research

The science city of Daejeon and the French city of Grenoble agreed to exchange engineers in semiconductor design and to open their clean rooms to start-ups from the partner city. The Electronics and Telecommunications Research Institute will host the first group of visitors, officials said.

Both cities said the programme would also cover training for technicians and a shared library of test chips.
""",
    """Taichung delegation visits Nagoya robot makers

A delegation from Taichung toured robot factories in Nagoya to study automation for machine-tool makers and to meet suppliers of precision motors. Officials from both cities said they hope to hold a joint expo and to set up an exchange for young engineers.

The delegation also met researchers at a university laboratory working on collaborative robots for small workshops.
""",
    """Incheon and Singapore talk about airport logistics

Officials from Incheon and Singapore discussed cooperation on airport logistics, cold-chain warehouses and drone deliveries between cargo terminals. No agreement was signed, but both sides said a working group would compare their customs data systems.

Industry representatives from both cities joined the talks and presented plans for automated sorting centres.
""",
]

CJK = {
    "ko.txt": "수원시, 선전시와 스마트시티 협력\n\n2023년 5월 10일\n\n수원시는 중국 선전시와 스마트시티 분야 협력 협약을 "
              "체결했다고 밝혔다. 두 도시는 자율주행 버스와 데이터 플랫폼을 함께 시험할 계획이다. 수원시 관계자는 "
              "내년부터 두 도시의 연구진이 교류하고 공동 실증 사업을 추진할 것이라고 말했다.\n",
    "zh.txt": "台中市與大阪市簽署產業合作備忘錄\n\n2022年8月3日\n\n台中市政府與日本大阪市簽署智慧機械產業合作備忘錄，"
              "雙方將互派工程師並合辦展覽。台中市表示，兩市將在精密機械、機器人及半導體設備領域深化交流，"
              "明年起每年輪流舉辦產業論壇，並推動雙方企業共同開發新產品。\n",
    "ja.txt": "仙台市と大田市が研究協力で合意\n\n2021年11月2日\n\n仙台市は韓国の大田市と人工知能研究の協力で合意した。"
              "両市は来年、共同のワークショップを開く予定だ。仙台市の担当者は、大学や研究機関の研究者が相互に訪問し、"
              "防災や医療の分野で共同研究を進めると説明した。\n",
}

CSV = (
    "id,title,published,text\n"
    "r1,Osaka and Taipei open a start-up bridge,2024-02-01,\"Osaka and Taipei opened a start-up exchange "
    "programme for artificial intelligence firms on Thursday. The city of Osaka will host ten founders from "
    "Taipei for three months, and Taipei will host ten from Osaka next spring. Officials said the programme "
    "would also fund joint pilot projects in hospitals.\"\n"
    "r2,Gwangju hosts a battery forum,2024-03-15,\"Gwangju hosted a two-day forum on battery recycling with "
    "delegates from Hanoi and Jakarta. The city government said local makers and research institutes would "
    "share test data with both partners, and a follow-up meeting is planned in Hanoi in the autumn of next "
    "year.\"\n"
    "r3,Seoul and Tokyo sign space pact,,\"Seoul and Tokyo signed an agreement on small satellites and ground "
    "stations. Engineers from both cities will build a shared testing site, and universities will exchange "
    "students in aerospace engineering. The first launch is expected within three years, officials said.\"\n"
)


def _write(folder, files):
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _corpus(kind, root):
    """Write the corpus ``kind`` under ``root`` and return its folder."""
    folder = root / kind
    if kind == "generated":
        subprocess.run([sys.executable, str(PROJECT_DIR / "benchmarks" / "generate.py"), str(GENERATED_ARTICLES),
                        str(folder), "--seed", "11"], check=True, stdout=subprocess.DEVNULL)
        return folder
    if kind == "csv-file":  # the table itself is the corpus
        return _write(folder, {"articles.csv": CSV}) / "articles.csv"
    files = {"one": {"busan_kaohsiung.txt": ONE},
             "no-dates": {f"story{i}.txt": t for i, t in enumerate(NO_DATES)},
             "cjk-only": CJK,
             "csv-table": {"articles.csv": CSV}}[kind]
    return _write(folder, files)


def _failures(notebook):
    """The problems of an executed notebook: code cells not run, error outputs."""
    problems = []
    for i, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code" or not "".join(cell["source"]).strip():
            continue
        if cell.get("execution_count") is None:
            problems.append(f"cell {i} not executed")
        problems += [f"cell {i}: {o.get('ename')}: {o.get('evalue')}" for o in cell.get("outputs", [])
                     if o.get("output_type") == "error"]
    return problems


@pytest.mark.parametrize("kind", ["generated", "one", "no-dates", "cjk-only", "csv-table", "csv-file"])
def test_the_collection_runs_and_writes_every_figure(kind, tmp_path):
    corpus, reports = _corpus(kind, tmp_path), tmp_path / "reports"
    proc = subprocess.run([sys.executable, "-m", "coopnews.runner", "--corpus", str(corpus), "--reports", str(reports)],
                          cwd=PROJECT_DIR, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    for name in names:
        notebook = json.loads((reports / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
        assert not _failures(notebook), (name, _failures(notebook))
        assert (reports / "html" / f"{name}.html").stat().st_size > 0
    figures = reports / "figures"
    stems = {p.name.split(".")[0] for p in figures.iterdir()} if figures.is_dir() else set()
    for stem in stems:
        for ext in ("png", "svg", "pdf"):
            assert (figures / f"{stem}.{ext}").is_file() and (figures / f"{stem}.{ext}").stat().st_size > 0, (stem, ext)
    if kind == "generated":
        assert len(stems) >= 5  # a real corpus gets real figures
    else:  # the edge corpora are real articles, not an empty corpus in disguise
        assert set(pd.read_csv(reports / "tables" / "load_report.csv")["status"]) == {"loaded"}
    assert (reports / "README.md").is_file()
