"""Tables of figures: shown on the dashboards, exported as CSV and XLSX, printed in the report.

Rows hold raw values (counts as int, shares as a fraction 0..1, means as float); each column says
what it holds, so the page, the exports and the report format them the same way. Exports suppress
small numbers here, the one place that rule lives: a count below 5 becomes "<5", and so does a
share, mean or index when its total (`base`) or its own count (`part`) is below 5. Hiding only
shares with a small total is not enough: "<5" people of 5 at 40% gives away 2. This is the usual
statistical-disclosure rule: suppress when the count or the total is under 5."""

from dataclasses import dataclass, field

SUPPRESSED = "<5"
SMALL_NUMBER = 5

TEXT, COUNT, SHARE, MEAN, INDEX = "text", "count", "share", "mean", "index"


def suppress(value):
    """A count as it may be exported: counts below 5 become "<5"."""
    return SUPPRESSED if is_small(value) else value


def is_small(value) -> bool:
    """A count that may not be published: below 5, including 0."""
    return isinstance(value, int) and not isinstance(value, bool) and value < SMALL_NUMBER


def publishable(part, whole) -> bool:
    """A share part/whole may be stated only when neither count is small."""
    return part is not None and whole is not None and not is_small(part) and not is_small(whole)


def ratio(part, whole):
    return part / whole if whole else None


@dataclass(frozen=True)
class Column:
    heading: str
    kind: str = TEXT
    # For shares, means and indices: the count column they are computed from (the total). When that
    # count is suppressed in an export, the figure derived from it is suppressed too.
    base: int | None = None
    # For shares: the count column of the numerator (the part of the total). A share whose part is
    # below 5 is suppressed as well, or it would give the hidden count away.
    part: int | None = None


@dataclass
class Table:
    key: str
    caption: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    note: str = ""

    def display_rows(self) -> list[list[str]]:
        return [
            [_display(value, column.kind) for value, column in zip(row, self.columns, strict=True)] for row in self.rows
        ]

    def export_rows(self) -> list[list]:
        """Rows for CSV and XLSX: counts below 5 (and what is derived from them) suppressed."""
        rows = []
        for row in self.rows:
            out = []
            for value, column in zip(row, self.columns, strict=True):
                if column.kind == COUNT:
                    out.append(suppress(value))
                elif column.kind in {SHARE, MEAN, INDEX}:
                    counts = [row[index] for index in (column.base, column.part) if index is not None]
                    if any(is_small(count) for count in counts):
                        out.append(SUPPRESSED)
                    else:
                        out.append(_export_number(value, column.kind))
                else:
                    out.append("" if value is None else value)
            rows.append(out)
        return rows

    @property
    def headings(self) -> list[str]:
        return [column.heading for column in self.columns]


def _export_number(value, kind):
    if value is None:
        return ""
    if kind == SHARE:
        return round(value * 100, 1)
    return round(value, 2)


def _display(value, kind) -> str:
    if value is None:
        return "-"
    if kind == COUNT:
        return f"{value:,}"
    if kind == SHARE:
        return f"{value * 100:.1f}%"
    if kind == MEAN:
        return f"{value:.2f}"
    if kind == INDEX:
        return f"{value * 100:.1f}%"
    return str(value)
