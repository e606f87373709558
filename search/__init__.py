"""Site search: the search page, query handling and autocomplete."""
