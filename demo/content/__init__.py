"""One module per app, each with ``load(ctx)``; ``load_demo`` runs them in ``ORDER``."""

ORDER = [
    "taxonomy",
    "search",
    "home",
    # Before "enquiries": its forms link the privacy statement.
    "privacy",
    "news",
    "projects",
    "toolbox",
    "places",
    "enquiries",
    "accessibility",
    # After "toolbox" and "projects": suggested partners count their practice examples.
    "exchange",
    "navigation",
    "home_sections",
]
