"""Moving content between instances: export and import of pages and snippets as JSON."""
