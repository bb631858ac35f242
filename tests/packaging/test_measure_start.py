"""The start-time probe behind `measure_start.py`, on `python -m moddesk`.

The measurement is only as good as its end point: the process must end at the
unlock dialog's first paint on an existing vault, not earlier and not never.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.packaging.conftest import PACKAGING

import measure_start  # noqa: E402  (packaging/ is on sys.path via conftest)


@pytest.mark.slow
def test_probe_ends_python_m_moddesk_at_the_unlock_dialog(tmp_path: Path, fast_params,  # type: ignore[no-untyped-def]
                                                          app_env: Path) -> None:
    from moddesk.storage import create_vault, passphrase_bytes

    vault_dir = tmp_path / "vault"
    create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params).close()
    env = measure_start.isolated_env(tmp_path / "home", MODDESK_STARTUP_PROBE="1")
    code = measure_start.PROBED_PYTHON.format(packaging=str(PACKAGING))
    seconds = measure_start.time_run([sys.executable, "-c", code, "--vault", str(vault_dir)],
                                     env, tmp_path)
    assert 0 < seconds < measure_start.TIMEOUT


@pytest.mark.slow
def test_a_run_that_never_reaches_the_dialog_is_reported(tmp_path: Path) -> None:
    env = measure_start.isolated_env(tmp_path / "home")
    with pytest.raises(measure_start.MeasureFailed, match="exited 2 before the unlock dialog"):
        measure_start.time_run([sys.executable, "-m", "moddesk", "--no-such-option"], env,
                               tmp_path)
