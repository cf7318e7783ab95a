"""Air-gapped stations: signed bundle files relayed by a connected station, and every way a bundle is refused."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sync_helpers import client_rows, make_engine, server_rows

from nomad_desktop.model import Agent, Space
from nomad_desktop.services import bookings as booking_services
from sync import bundles
from sync.api import CentralApi
from sync.errors import BundleError
from sync.transport import Transport, TransportConfig


@pytest.fixture
def offline_station(server, tiny_site, manager_token, empty_copy):
    store = empty_copy("airgapped")
    make_engine(store, server.url, tiny_site, manager_token).sync()  # installed while connected, once
    return store


def _book(store, hours: int) -> None:
    with store.read() as session:
        desk = session.scalars(select(Space).where(Space.kind == "desk").order_by(Space.name)).first()
        agent = session.scalars(select(Agent)).first()
    start = datetime(2033, 2, 1, 7, tzinfo=UTC) + timedelta(hours=hours)
    booking_services.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=start,
                                ends_at=start + timedelta(minutes=45))


def _api(server, code, token) -> CentralApi:
    return CentralApi(Transport(TransportConfig(base_url=server.url, proxy=""), token=lambda: token), code)


def _refusal(call) -> str:
    with pytest.raises(BundleError) as caught:
        call()
    return caught.value.params["why"]


def test_offline_station_exchanges_bundles_through_a_relay_and_matches_the_server(
    offline_station, server, tiny_site, manager_token, server_engine, tmp_path
) -> None:
    station_key = bundles.load_or_create_key(tmp_path / "station.key")
    relay_key = bundles.load_or_create_key(tmp_path / "relay.key")
    _book(offline_station, 0)
    _book(offline_station, 2)
    assert bundles.export_outbox(offline_station, tmp_path / "out.nomad", station_key, site_code=tiny_site) == 2
    assert bundles.relay(tmp_path / "out.nomad", tmp_path / "answer.nomad", _api(server, tiny_site, manager_token),
                         relay_key) == 2
    report = bundles.import_answer(offline_station, tmp_path / "answer.nomad", station_key, site_code=tiny_site)
    assert report.applied == 2
    assert client_rows(offline_station) == server_rows(server_engine, tiny_site)
    assert _refusal(lambda: bundles.import_answer(offline_station, tmp_path / "answer.nomad", station_key,
                                                  site_code=tiny_site)) == "replayed"


def test_tampered_wrong_site_and_out_of_order_bundles_are_refused(
    offline_station, server, tiny_site, manager_token, tmp_path
) -> None:
    key = bundles.load_or_create_key(tmp_path / "station.key")
    relay_key = bundles.load_or_create_key(tmp_path / "relay.key")
    api = _api(server, tiny_site, manager_token)
    _book(offline_station, 4)
    bundles.export_outbox(offline_station, tmp_path / "b1.nomad", key, site_code=tiny_site)
    # Tampered: one op changed after signing.
    with zipfile.ZipFile(tmp_path / "b1.nomad") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ops = json.loads(parts["ops.json"])
    ops[0]["fields"]["guest_name"] = "Intrus"
    parts["ops.json"] = json.dumps(ops).encode()
    with zipfile.ZipFile(tmp_path / "evil.nomad", "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert _refusal(lambda: bundles.relay(tmp_path / "evil.nomad", tmp_path / "x.nomad", api, relay_key)) == "tampered"
    (tmp_path / "junk.nomad").write_bytes(b"not a zip at all")
    assert _refusal(lambda: bundles.read_bundle(tmp_path / "junk.nomad")) == "malformed"
    # Wrong site: relayed to another site of the server.
    other = _api(server, tiny_site + "x", manager_token)
    assert _refusal(lambda: bundles.relay(tmp_path / "b1.nomad", tmp_path / "x.nomad", other, relay_key)) == "wrong_site"
    # Out of order: the answer to bundle 1 imported after the answer to bundle 2.
    bundles.relay(tmp_path / "b1.nomad", tmp_path / "a1.nomad", api, relay_key)
    _book(offline_station, 6)
    bundles.export_outbox(offline_station, tmp_path / "b2.nomad", key, site_code=tiny_site)
    bundles.relay(tmp_path / "b2.nomad", tmp_path / "a2.nomad", api, relay_key)
    assert _refusal(lambda: bundles.import_answer(offline_station, tmp_path / "a2.nomad", key,
                                                  site_code="AUTRE")) == "wrong_site"
    bundles.import_answer(offline_station, tmp_path / "a2.nomad", key, site_code=tiny_site)
    assert _refusal(lambda: bundles.import_answer(offline_station, tmp_path / "a1.nomad", key,
                                                  site_code=tiny_site)) == "out_of_order"
    # Another relay's key after the first one was trusted.
    _book(offline_station, 8)
    bundles.export_outbox(offline_station, tmp_path / "b3.nomad", key, site_code=tiny_site)
    bundles.relay(tmp_path / "b3.nomad", tmp_path / "a3.nomad", api, bundles.load_or_create_key(tmp_path / "rogue.key"))
    assert _refusal(lambda: bundles.import_answer(offline_station, tmp_path / "a3.nomad", key,
                                                  site_code=tiny_site)) == "untrusted_key"
    with offline_station.read() as session:  # nothing was lost: the booking still waits
        assert session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 1
