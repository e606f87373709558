"""The lowest layer: what every app needs and no app owns.

- ``languages``: one table of per-language facts (text-search configuration, analyzer,
  OpenGraph locale, the other language);
- ``locales``: the active Locale and objects in a language, without a query per use;
- ``visibility``: the one rule for what visitors may see (live, public, in a language);
- ``generation``, ``caching``, ``memo``: the content generation every cache is keyed by,
  read from the database so that every process sees every change on its next request;
- ``signals``: one "content changed" signal that caches, CDN purge and search listen to;
- ``stream_data``: walking raw StreamField data.
"""
