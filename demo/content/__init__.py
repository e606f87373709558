"""One module per app, each with ``load(ctx)``; ``load_demo`` runs them in ``ORDER``."""

ORDER = [
    "taxonomy",
    "search",
    "home",
    "news",
    "projects",
    "toolbox",
    "places",
    "enquiries",
    "navigation",
    "home_sections",
]
