"""Text for spreadsheet cells (CSV exports): a cell that starts like a formula is written with
a leading apostrophe, so that a spreadsheet shows it instead of running it (CSV injection)."""

# What spreadsheets take for the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
