"""The reference implementation of the NOMAD central API (FastAPI + SQLAlchemy)."""
