"""Where things are: sites, buildings, floors, and the content-addressed blobs floors draw on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nomad_desktop.clock import utc_now
from nomad_desktop.model.base import Base, SyncedMixin, UtcDateTime


class Site(SyncedMixin, Base):
    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: IANA zone: overseas sites (Cayenne, Nouméa, Papeete…) are not in Europe/Paris.
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    locale: Mapped[str] = mapped_column(String(16), default="fr_FR")
    address: Mapped[str] = mapped_column(Text, default="")
    #: Subdivision for public holidays ("57", "67", "68" for Alsace-Moselle; "" elsewhere).
    holiday_region: Mapped[str] = mapped_column(String(8), default="")
    visit_retention_days: Mapped[int] = mapped_column(Integer, default=90)


class Building(SyncedMixin, Base):
    __tablename__ = "buildings"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")


class Floor(SyncedMixin, Base):
    __tablename__ = "floors"

    building_id: Mapped[str] = mapped_column(ForeignKey("buildings.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    #: 0 = rez-de-chaussée, negative below ground.
    level: Mapped[int] = mapped_column(Integer, default=0)
    width_m: Mapped[float] = mapped_column(Float, default=0.0)
    height_m: Mapped[float] = mapped_column(Float, default=0.0)
    backdrop_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), default=None)
    #: Backdrop pixels (or drawing units) per metre, and where the backdrop's origin sits in metres.
    backdrop_scale: Mapped[float | None] = mapped_column(Float, default=None)
    backdrop_origin_x: Mapped[float] = mapped_column(Float, default=0.0)
    backdrop_origin_y: Mapped[float] = mapped_column(Float, default=0.0)


class Blob(Base):
    """Immutable file content (plan backdrops), keyed by its SHA-256 so it is stored and sent once."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
