"""Which analysers the main process loads before forking its workers."""
from coopnews.actors.analysers import sample_languages


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_languages_reads_the_script_of_each_page(tmp_path):
    ko = _write(tmp_path, "ko.txt", "시청은 오늘 해외 도시와 교류 협력을 위한 업무협약을 체결했다고 밝혔다. " * 3)
    ja = _write(tmp_path, "ja.txt", "市は本日、海外の都市と技術協力の覚書を締結したと発表した。" * 3)
    zh = _write(tmp_path, "zh.txt", "市政府今天與海外城市簽署科技合作備忘錄，雙方將擴大交流。" * 3)
    en = _write(tmp_path, "en.txt", "The city signed a technology agreement with a partner city. " * 5)
    assert sample_languages([en]) == set()
    assert sample_languages([ko, en]) == {"ko"}
    assert sample_languages([ja]) == {"ja"}  # Han inside Japanese text is not Chinese
    assert sample_languages([zh, ja, ko]) == {"zh", "ja", "ko"}


def test_a_name_in_another_script_is_not_a_page_in_that_language(tmp_path):
    en = _write(tmp_path, "en.txt", "Mayor Kim Min-ho (김민호) of Busan met officials in Taipei (臺北). " * 2)
    assert sample_languages([en]) == set()


def test_unreadable_files_are_left_to_the_loader(tmp_path):
    ko = _write(tmp_path, "ko.txt", "부산시는 대만 도시와 스마트시티 협력을 논의하는 회의를 열었다고 밝혔다. " * 3)
    assert sample_languages([tmp_path / "missing.txt", tmp_path, ko]) == {"ko"}
