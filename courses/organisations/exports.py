"""CSV and XLSX of an organisation's training records, streamed row by row from the database."""

import csv
import tempfile
from collections.abc import Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .selectors import TrainingStatus, _cells

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> object:
    """Text that a spreadsheet will not run as a formula (a name like "=HYPERLINK(...)")."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def header(courses) -> list[str]:
    columns = ["Name", "Email", "Role"]
    for course in courses:
        columns += [f"{course.title}: status", f"{course.title}: certificate expires"]
    return columns


def training_records(queryset, courses) -> Iterator[list]:
    """One row per member; the queryset is read in chunks, never held whole in memory."""
    for membership in queryset.iterator(chunk_size=2000):
        row = [membership.user.full_name, membership.user.email, membership.get_role_display()]
        for cell in _cells(membership, courses):
            row += [TrainingStatus.labels[cell.status], cell.expires_on or cell.expired_on]
        yield row


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so that Excel reads the file as UTF-8
    for row in rows:
        yield writer.writerow(
            [spreadsheet_safe(v.isoformat() if hasattr(v, "isoformat") else ("" if v is None else v)) for v in row]
        )


def xlsx_file(rows: Iterable[list], *, title: str):
    """A workbook written in openpyxl's write-only mode to a temporary file, returned open at 0."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = WriteOnlyCell(sheet, value=spreadsheet_safe(value))
            if hasattr(value, "isoformat"):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it once sent
    workbook.save(handle)
    handle.seek(0)
    return handle
