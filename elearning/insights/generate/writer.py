"""Write generated rows fast: PostgreSQL COPY in batches, batched multi-row inserts elsewhere.

Ids are allocated here, before the rows are written (the next id after the table's largest), so
children can point at parents still in a buffer and the same seed gives the same rows. On
PostgreSQL the sequences are moved past the new ids at the end."""

import json
import queue
import threading
import time
from datetime import date, datetime

from django.core.management.color import no_style
from django.db import connection
from django.db.models import DateField, DateTimeField, JSONField

_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_escape(text: str) -> str:
    """A string as a value of PostgreSQL's COPY text format."""
    return text.translate(_COPY_ESCAPES)


def copy_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_COPY_ESCAPES)


def _copy_datetime(value) -> str:
    return value.isoformat()


def _copy_text(value: str) -> str:
    return value.translate(_COPY_ESCAPES)


_COPY_FORMATS = {
    type(None): lambda value: "\\N",
    bool: lambda value: "t" if value else "f",
    int: str,
    str: _copy_text,
    datetime: _copy_datetime,
    date: _copy_datetime,
    list: copy_json,
    dict: copy_json,
}


def _copy_value(value) -> str:
    try:
        return _COPY_FORMATS[type(value)](value)
    except KeyError:
        pass
    for kind, format_ in _COPY_FORMATS.items():  # subclasses: TextChoices members, say
        if isinstance(value, kind):
            return format_(value)
    raise TypeError(f"Cannot write {type(value).__name__} with COPY.")


def _sequence_last_value(model) -> int:
    """On PostgreSQL, the last id the table's sequence handed out. Ids are allocated past it as
    well as past the largest row: a sequence is not rolled back with a transaction, so after a
    rollback it can be ahead of the rows, and an id below it would later collide with one the
    sequence gives a normal insert."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_sequence_last_value(pg_get_serial_sequence(%s, %s)::regclass)",
            [model._meta.db_table, model._meta.pk.column],
        )
        (last,) = cursor.fetchone()
    return last or 0


class Table:
    """A buffer of rows for one model. Rows are tuples in the order of `fields` (attnames, id
    first); model fields not named get their default."""

    def __init__(self, writer, model, fields: list[str]):
        self.writer = writer
        self.model = model
        self.fields = fields
        self.rows: list = []
        self.count = 0
        concrete = self.concrete = {field.attname: field for field in model._meta.concrete_fields}
        unknown = set(fields) - set(concrete)
        if unknown:
            raise ValueError(f"{model.__name__} has no fields {sorted(unknown)}.")
        self.defaults = {name: field.get_default() for name, field in concrete.items() if name not in fields}
        columns = [concrete[name].column for name in fields] + [concrete[name].column for name in self.defaults]
        self.quoted_table = connection.ops.quote_name(model._meta.db_table)
        self.quoted_columns = ", ".join(connection.ops.quote_name(column) for column in columns)
        self.copy_sql = f"COPY {self.quoted_table} ({self.quoted_columns}) FROM STDIN"
        self.default_suffix = "".join("\t" + _copy_value(value) for value in self.defaults.values())
        largest = model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        self.next_id = max(largest, _sequence_last_value(model)) + 1

    def allocate(self) -> int:
        pk = self.next_id
        self.next_id += 1
        return pk

    def add(self, row: tuple) -> None:
        self.rows.append(row)

    def take(self) -> list:
        rows, self.rows = self.rows, []
        self.count += len(rows)
        return rows

    def copy_text(self, rows: list) -> str:
        suffix = self.default_suffix + "\n"
        return "".join((row if isinstance(row, str) else "\t".join(map(_copy_value, row))) + suffix for row in rows)

    def insert_many(self, rows: list) -> None:
        """Batched multi-row inserts through the DB-API: what bulk_create does, without building
        a model instance per row."""
        converters = [self._converter(self.concrete[name]) for name in self.fields]
        defaults = [
            self._converter(self.concrete[name])(value) if self._converter(self.concrete[name]) else value
            for name, value in self.defaults.items()
        ]
        rows = [
            tuple(
                value if convert is None or value is None else convert(value)
                for convert, value in zip(converters, row, strict=True)
            )
            + tuple(defaults)
            for row in rows
        ]
        placeholders = ", ".join(["%s"] * (len(self.fields) + len(defaults)))
        # Identifiers come from the model's meta, quoted; values go as parameters.
        sql = f"INSERT INTO {self.quoted_table} ({self.quoted_columns}) VALUES ({placeholders})"  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
        with connection.cursor() as cursor:
            for start in range(0, len(rows), self.writer.batch_size):
                cursor.executemany(sql, rows[start : start + self.writer.batch_size])

    @staticmethod
    def _converter(field):
        if isinstance(field, JSONField):
            return json.dumps
        if isinstance(field, DateTimeField):
            return connection.ops.adapt_datetimefield_value
        if isinstance(field, DateField):
            return connection.ops.adapt_datefield_value
        return None


class Writer:
    """Buffers rows per table and writes them in batches, parents before children.

    With COPY, a background thread writes each batch on the same connection (and so in the same
    transaction) while the generator computes the next one: PostgreSQL parses on one core while
    Python generates on the other. The main thread must not use the database until drain()."""

    def __init__(self, *, batch_size: int, log):
        self.batch_size = batch_size
        # COPY needs psycopg 3's cursor.copy(); with any other driver the batched inserts are used.
        self.use_copy = connection.vendor == "postgresql" and connection.Database.__name__ == "psycopg"
        self.tables: list[Table] = []
        self.log = log
        self.flush_at = batch_size * 10
        self._queue = None
        self._thread = None
        self._error = None

    def table(self, model, fields: list[str]) -> Table:
        table = Table(self, model, fields)
        self.tables.append(table)
        return table

    @property
    def buffered(self) -> int:
        return sum(len(table.rows) for table in self.tables)

    def maybe_flush(self) -> None:
        if self.buffered >= self.flush_at:
            self.flush()

    def flush(self) -> None:
        batch = [(table, table.take()) for table in self.tables if table.rows]
        if not batch:
            return
        if not self.use_copy:
            for table, rows in batch:
                table.insert_many(rows)
            return
        if self._thread is None:
            self._queue = queue.Queue(maxsize=2)
            self._thread = threading.Thread(target=self._copy_loop, args=(connection.connection,), daemon=True)
            self._thread.start()
        while True:
            self._raise_if_failed()
            try:
                self._queue.put(batch, timeout=1)
                return
            except queue.Full:
                continue

    def _copy_loop(self, raw_connection) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is None:
                try:
                    for table, rows in batch:
                        data = table.copy_text(rows)
                        with raw_connection.cursor() as cursor, cursor.copy(table.copy_sql) as copy:
                            copy.write(data)
                except BaseException as error:  # handed to the main thread, which raises it
                    self._error = error

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise self._error

    def drain(self) -> None:
        """Write everything buffered and wait until it is in the database."""
        self.flush()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self._raise_if_failed()

    def finish(self) -> None:
        self.drain()
        if self.use_copy:
            models = [table.model for table in self.tables]
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(sql)

    def analyse(self) -> None:
        if not self.use_copy:
            return
        started = time.monotonic()
        with connection.cursor() as cursor:
            for table in self.tables:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(table.model._meta.db_table)}")
        self.log(f"  analysed the tables in {time.monotonic() - started:.1f} s")
