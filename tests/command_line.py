"""learner's command line run in-process, for the tests of its exit codes and messages."""

from __future__ import annotations

from learner import cli


def run_cli(capsys, *args) -> tuple[int, str, str]:
    """learner's main in-process on `args` (each made a string), with pytest's `capsys`:
    (exit code, stdout, stderr). argparse's exit (code 2, usage) counts as a return."""
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
