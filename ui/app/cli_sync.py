"""Headless `nomad-desktop sync …`: synchronise now, or exchange bundle files, without a window.

    nomad-desktop sync [--data-dir D] [--site FILE_CODE] [--server URL] [--site-code CODE]
    nomad-desktop sync --export-bundle FILE      (air-gapped station: write the outbox)
    nomad-desktop sync --import-bundle FILE      (air-gapped station: apply the answer)
    nomad-desktop sync --relay-bundle IN OUT     (connected station: send IN, write the answer OUT)

Runs without Qt translators, so it prints French directly. The token comes from the keyring
(or NOMAD_SYNC_TOKEN for unattended runs). Exit status: 0 done, 1 refused or failed, 2 not started.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from nomad_desktop.errors import InstanceLockedError, NomadError
from nomad_desktop.paths import default_data_dir
from nomad_desktop.workspace import Workspace
from sync import bundles, credentials
from sync.api import CentralApi
from sync.service import SyncConfig, run_sync
from sync.transport import Transport

MESSAGES = {
    "sync_offline": "Serveur central injoignable : les modifications restent sur ce poste.",
    "sync_timeout": "Le serveur central n'a pas répondu à temps : les modifications restent sur ce poste.",
    "sync_server_busy": "Le serveur central est occupé ou en panne : réessayez plus tard.",
    "sync_tls": "Certificat du serveur refusé (autorité inconnue, nom erroné ou expiré).",
    "sync_proxy_auth": "Le proxy demande un identifiant et un mot de passe.",
    "sync_unauthorized": "Identifiants refusés : connectez-vous à nouveau depuis la page Synchronisation.",
    "sync_forbidden": "Votre compte ne donne pas accès à ce site.",
    "sync_upgrade_required": "Cette version de NOMAD Desktop est trop ancienne pour le serveur central.",
    "sync_bad_answer": "Réponse du serveur illisible ou incomplète : rien n'a été appliqué.",
    "sync_site_unknown": "Code de site inconnu du serveur central.",
    "sync_running": "Une synchronisation de ce site est déjà en cours.",
    "sync_not_configured": "Indiquez l'adresse du serveur (--server) et le code du site (--site-code).",
    "sync_no_keyring": "Aucun trousseau sécurisé sur ce poste : le jeton d'accès ne peut pas être conservé.",
    "instance_locked": "NOMAD Desktop est déjà ouvert sur ce dossier de données.",
}
BUNDLE_REASONS = {
    "tampered": "fichier modifié ou signature invalide",
    "replayed": "réponse déjà importée",
    "out_of_order": "réponse dans le désordre (plus ancienne qu'une réponse déjà importée)",
    "wrong_site": "fichier destiné à un autre site ou à un autre poste",
    "untrusted_key": "signé par un poste relais non reconnu",
    "malformed": "fichier illisible",
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nomad-desktop sync", description="Synchronisation sans fenêtre.")
    p.add_argument("--data-dir", type=Path)
    p.add_argument("--site", help="code of the site file (default: the only or first one)")
    p.add_argument("--server", help="central server URL (default: the settings)")
    p.add_argument("--site-code", help="site code on the server (default: the settings, else the file code)")
    p.add_argument("--proxy")
    p.add_argument("--ca-file", type=Path)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--export-bundle", type=Path, metavar="FILE")
    group.add_argument("--import-bundle", type=Path, metavar="FILE")
    group.add_argument("--relay-bundle", type=Path, nargs=2, metavar=("IN", "OUT"))
    return p


def _message(exc: NomadError) -> str:
    if exc.code == "bundle_refused":
        return "Fichier refusé : " + BUNDLE_REASONS.get(str(exc.params.get("why")), "fichier invalide") + "."
    return MESSAGES.get(exc.code, f"Échec : {exc.code}.")


def _config(args: argparse.Namespace, data_dir: Path, file_code: str) -> SyncConfig:
    from ui.app import settings as options
    from ui.app.settings import Settings
    from ui.syncpanel.controller import SITE_CODE

    s = Settings(data_dir / "settings.ini" if args.data_dir else None)
    proxy = args.proxy if args.proxy is not None else (s.get(options.PROXY_URL) or None)
    ca = args.ca_file or (Path(s.get(options.CA_BUNDLE)) if s.get(options.CA_BUNDLE) else None)
    return SyncConfig(server_url=args.server or s.get(options.SERVER_URL),
                      site_code=args.site_code or s.get(SITE_CODE) or file_code, proxy=proxy, ca_file=ca)


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    data_dir: Path = args.data_dir or default_data_dir()
    try:
        workspace = Workspace.open(data_dir)
    except InstanceLockedError as exc:
        print(_message(exc), file=sys.stderr)
        return 2
    try:
        codes = workspace.site_codes()
        file_code = args.site or (codes[0] if codes else "")
        if not file_code:
            print("Aucun site sur ce poste : indiquez --site.", file=sys.stderr)
            return 2
        store = workspace.open_site(file_code)
        config = _config(args, data_dir, file_code)
        key_path = data_dir / "keys" / "bundle-signing.pem"
        if args.export_bundle:
            count = bundles.export_outbox(store, args.export_bundle, bundles.load_or_create_key(key_path),
                                          site_code=config.site_code)
            print(f"{count} modification(s) exportée(s) dans {args.export_bundle}.")
            return 0
        if args.import_bundle:
            report = bundles.import_answer(store, args.import_bundle, bundles.load_or_create_key(key_path),
                                           site_code=config.site_code)
            print(f"Réponse importée : {report.applied} acceptée(s), {report.rejected} en conflit, "
                  f"{report.pulled} ligne(s) reçue(s).")
            return 0
        token = os.environ.get("NOMAD_SYNC_TOKEN") or (
            credentials.load_token(config.server_url, config.site_code) if config.configured else None
        )
        if args.relay_bundle:
            transport = Transport(config.transport_config(), token=lambda: token)
            try:
                count = bundles.relay(args.relay_bundle[0], args.relay_bundle[1],
                                      CentralApi(transport, config.site_code), bundles.load_or_create_key(key_path))
            finally:
                transport.close()
            print(f"{count} modification(s) transmise(s) ; réponse écrite dans {args.relay_bundle[1]}.")
            return 0
        report = run_sync(store, config=config, token=token).value
        print(f"Synchronisé : {report.pushed} envoyée(s) dont {report.rejected} en conflit, "
              f"{report.pulled + report.downloaded} ligne(s) reçue(s).")
        if report.clock_warning:
            print("Attention : l'horloge de ce poste diffère de plus de 5 minutes de celle du serveur.")
        return 0
    except NomadError as exc:
        print(_message(exc), file=sys.stderr)
        return 1
    finally:
        workspace.close()
