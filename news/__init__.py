"""News and events: index and detail pages, feeds and calendars."""
