"""The stats plot's file name is checked before any work is done."""

from __future__ import annotations

import pytest

from learner.cli import main
from learner.errors import OutputError, UsageError
from learner.plot import check_plot_path
from tests.conftest import DEMO_ARTICLE


@pytest.mark.parametrize("name", ["curves.txt", "curves", "curves.png.bak"])
def test_a_plot_name_matplotlib_cannot_write_is_a_usage_error(tmp_path, name):
    with pytest.raises(UsageError, match=r"ending in \.png"):
        check_plot_path(tmp_path / name)


def test_plot_names_that_work(tmp_path):
    for name in ("a.png", "b.SVG", "c.pdf"):
        assert check_plot_path(tmp_path / name) == tmp_path / name
    (tmp_path / "d.png").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        check_plot_path(tmp_path / "d.png")


def test_stats_with_a_wrong_plot_name_is_one_line_and_no_traceback(tmp_path, capsys):
    # It used to tag the whole text, print the table, then die in matplotlib's ValueError.
    code = main(["stats", str(DEMO_ARTICLE), "--plot", str(tmp_path / "curves.txt")])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "curves.txt" in err and "Traceback" not in err
    assert not (tmp_path / "curves.txt").exists()
