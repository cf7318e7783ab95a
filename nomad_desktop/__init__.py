"""NOMAD Desktop core: domain model, local store and services. No Qt, no network, no keyring."""

__version__ = "0.1.0"
