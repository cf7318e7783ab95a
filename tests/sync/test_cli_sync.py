"""`nomad-desktop sync …` as a person runs it: a real process, French messages, exit status."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sync_helpers import client_rows, server_rows


def _cli(*args: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("NOMAD_SYNC_TOKEN", None)
    if token:
        env["NOMAD_SYNC_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "ui.app.main", "sync", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def _data_dir(tmp_path: Path, empty_template: Path, name: str) -> Path:
    folder = tmp_path / name
    (folder / "sites").mkdir(parents=True)
    shutil.copy(empty_template, folder / "sites" / "poste.sqlite")
    return folder


@pytest.mark.slow
def test_headless_sync_downloads_the_site_and_reports_in_french(
    server, tiny_site, manager_token, empty_template, tmp_path, server_engine
) -> None:
    folder = _data_dir(tmp_path, empty_template, "connected")
    done = _cli("--data-dir", str(folder), "--server", server.url, "--site-code", tiny_site, "--proxy", "",
                token=manager_token)
    assert done.returncode == 0, done.stderr
    assert "Synchronisé" in done.stdout
    from nomad_desktop.store.database import Store

    store = Store(folder / "sites" / "poste.sqlite")
    try:
        assert client_rows(store) == server_rows(server_engine, tiny_site)
    finally:
        store.close()


@pytest.mark.slow
def test_headless_sync_with_a_wrong_token_fails_with_a_clear_message(
    server, tiny_site, empty_template, tmp_path
) -> None:
    folder = _data_dir(tmp_path, empty_template, "refused")
    done = _cli("--data-dir", str(folder), "--server", server.url, "--site-code", tiny_site, "--proxy", "",
                token="faux-jeton")
    assert done.returncode == 1
    assert "Identifiants refusés" in done.stderr
    assert "faux-jeton" not in done.stderr + done.stdout


@pytest.mark.slow
def test_bundle_round_trip_through_the_command_line(
    server, tiny_site, manager_token, empty_template, tmp_path
) -> None:
    station = _data_dir(tmp_path, empty_template, "station")
    relay = _data_dir(tmp_path, empty_template, "relay")
    common = ["--server", server.url, "--site-code", tiny_site, "--proxy", ""]
    assert _cli("--data-dir", str(station), *common, token=manager_token).returncode == 0
    out, answer = tmp_path / "sortie.nomad", tmp_path / "reponse.nomad"
    exported = _cli("--data-dir", str(station), *common, "--export-bundle", str(out))
    assert exported.returncode == 0 and "exportée" in exported.stdout
    relayed = _cli("--data-dir", str(relay), *common, "--relay-bundle", str(out), str(answer), token=manager_token)
    assert relayed.returncode == 0, relayed.stderr
    imported = _cli("--data-dir", str(station), *common, "--import-bundle", str(answer))
    assert imported.returncode == 0 and "Réponse importée" in imported.stdout
    again = _cli("--data-dir", str(station), *common, "--import-bundle", str(answer))
    assert again.returncode == 1 and "déjà importée" in again.stderr
