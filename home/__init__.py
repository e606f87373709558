"""What every part of the portal shares: the home and standard pages, site-wide snippets,
the shared StreamField block library and the base page mixins."""
