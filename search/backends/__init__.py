"""Search backends: Wagtail's Elasticsearch backend with German and English analysis."""
