"""The shared vocabulary: topics, services, hazards, tool types, process phases, target groups,
funding programmes, organisations, municipalities and contact people. Every feature app tags its
pages with these terms; the terms are translatable snippets whose slugs stay identical in both
languages, so filter URLs are stable across languages."""
