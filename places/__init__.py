"""Municipality profiles and the overview map."""
