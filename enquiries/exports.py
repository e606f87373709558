"""The admin's list and export of form submissions, with spreadsheet formulas neutralised: a
visitor's answer such as ``=HYPERLINK(…)`` reaches the editor's spreadsheet as text."""

from wagtail.contrib.forms.views import SubmissionsListView

from core.spreadsheets import spreadsheet_text


class EnquirySubmissionsListView(SubmissionsListView):
    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer,
            {
                field: spreadsheet_text(value) if isinstance(value, str) else value
                for field, value in row_dict.items()
            },
        )
