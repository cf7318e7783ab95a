"""Generated sites: the demonstration site shipped with the application, and large sites for benchmarks."""

from nomad_desktop.demo.generator import (
    GenerationCancelled,
    GenerationReport,
    generate_demo_site,
    generate_large_site,
)

__all__ = ["GenerationCancelled", "GenerationReport", "generate_demo_site", "generate_large_site"]
