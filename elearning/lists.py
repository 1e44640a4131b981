"""Lists people paste or upload: certificate codes, badge numbers. One reading of a CSV upload and
of pasted text, so every such form refuses the same bad files with the same messages."""

import csv
import io
import re

from django import forms

MAX_UPLOAD_BYTES = 100 * 1024
_SEPARATORS = re.compile(r"[\n,;]+")


def first_column_of_csv(upload, *, max_bytes: int = MAX_UPLOAD_BYTES) -> list[str]:
    """The non-empty values in the first column of an uploaded CSV file; ValidationError for
    anything that is not a small UTF-8 CSV file."""
    if not upload.name.lower().endswith((".csv", ".txt")):
        raise forms.ValidationError("The file must be a CSV file")
    if upload.size > max_bytes:
        raise forms.ValidationError(f"The file must be smaller than {max_bytes // 1024} KB")
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise forms.ValidationError("The file must be a CSV file saved as UTF-8 text") from error
    if "\x00" in text:
        raise forms.ValidationError("The file must be a CSV file")
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise forms.ValidationError("The file must be a CSV file") from error
    return [row[0] for row in rows if row and row[0].strip()]


def pasted_and_uploaded(*, pasted: str, uploaded: list[str] | None, headers: set[str]) -> list[str]:
    """Values pasted one per line (or separated by commas or semicolons) followed by the uploaded
    ones, trimmed, without a CSV header row."""
    values = [part.strip() for part in _SEPARATORS.split(pasted or "") if part.strip()]
    values += [value.strip() for value in uploaded or []]
    return [value for value in values if value.lower() not in headers]
