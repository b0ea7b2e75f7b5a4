"""Tests never write into the repository's reports/ (the notebooks nbval runs save figures there)."""
import subprocess
import sys

from coopnews.config import PROJECT_DIR, reports_dir


def test_reports_go_to_a_temporary_folder_under_test():
    assert PROJECT_DIR not in reports_dir().parents and reports_dir() != PROJECT_DIR / "reports"


def test_kernels_started_by_tests_see_the_temporary_folder():
    out = subprocess.run([sys.executable, "-c", "from coopnews.config import reports_dir; print(reports_dir())"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(reports_dir())
