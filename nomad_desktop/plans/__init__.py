"""Pure-Python floor plan logic: geometry checks, areas, exchange formats (no Qt, no database)."""
