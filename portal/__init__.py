"""Project wiring: settings, URL configuration and the WSGI entry point. No behaviour lives here."""
