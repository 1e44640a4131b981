"""Tables as CSV and XLSX downloads. Small counts are suppressed (tables.suppress) and text that a
spreadsheet would run as a formula is neutralised, in both formats."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook

from .tables import Table

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def csv_safe(value):
    """Text that a spreadsheet will not run as a formula (as courses.views.certificates does)."""
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return f"'{value}"
    return value


def table_csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_safe(heading) for heading in table.headings])
    for row in table.export_rows():
        writer.writerow([csv_safe(value) for value in row])
    return buffer.getvalue()


def add_sheet(workbook: Workbook, table: Table, *, title: str | None = None) -> None:
    sheet = workbook.create_sheet(title=(title or table.key)[:31])
    sheet.append([csv_safe(table.caption)])
    if table.note:
        sheet.append([csv_safe(f"Note: {table.note}")])
    sheet.append([csv_safe(heading) for heading in table.headings])
    for row in table.export_rows():
        sheet.append([csv_safe(value) for value in row])


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def table_xlsx(table: Table) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    add_sheet(workbook, table)
    return workbook_bytes(workbook)


def table_response(table: Table, *, fmt: str, filename: str) -> HttpResponse:
    content = table_csv(table) if fmt == "csv" else table_xlsx(table)
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
