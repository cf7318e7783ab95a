"""Text helpers shared by searches: accent- and case-insensitive keys ("Hélène" ≈ "helene")."""

from __future__ import annotations

import unicodedata


def search_key(*parts: str | None) -> str:
    """Fold accents and case and join the parts with spaces, for LIKE searches."""
    text = " ".join(p for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())
