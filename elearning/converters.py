class IdConverter:
    """A database id in a URL: digits that fit a 64-bit integer. A longer number is not an id, so
    it is a 404 before any query (SQLite cannot even bind it)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
