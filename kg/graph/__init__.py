"""Graph construction: IRIs, span provenance, and the pipeline runner."""
