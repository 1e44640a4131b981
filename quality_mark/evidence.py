"""Evidence files: where they are kept, and which files are accepted.

Files are kept in a private FileSystemStorage at settings.QUALITY_MARK_EVIDENCE_ROOT (outside
MEDIA_ROOT, so no media URL can reach them) under random names. What a file *is* is decided by
its content, never by its name or the browser's content type: a PDF, a Word document, an Excel
workbook, a PNG or a JPEG, checked deeply enough that HTML or SVG dressed up as one of them, or a
valid file with something appended to it (a polyglot), is refused. Images are measured before
they are decoded, so a small file cannot unpack into hundreds of megabytes."""

import hashlib
import io
import os
import re
import secrets
import struct
import warnings
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property

MAX_SIZE = 10 * 1024 * 1024  # 10 MB
# At most 25 megapixels (6,000 x 4,000): decoded, at most 100 MB even at four bytes a pixel. A 10 MB
# PNG of one flat colour can declare far more than that, and decoding it is what costs memory.
MAX_IMAGE_PIXELS = 25_000_000
ALLOWED_DESCRIPTION = "a PDF, a Word document (.docx), an Excel workbook (.xlsx), a PNG or a JPEG"


class EvidenceStorage(FileSystemStorage):
    """Private storage: the location is read from settings on each use (tests point it at a
    temporary folder), and it has no URL at all."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.QUALITY_MARK_EVIDENCE_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @cached_property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Evidence files have no public URL; they are served by the download view only.")


_storage = EvidenceStorage()


def evidence_storage() -> EvidenceStorage:
    return _storage


def evidence_upload_to(instance, filename: str) -> str:
    """A random name; only the extension of the detected type is kept (the service names it)."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"{secrets.token_hex(16)}.{extension}"


@dataclass(frozen=True)
class Kind:
    extension: str
    content_type: str
    label: str


PDF = Kind("pdf", "application/pdf", "PDF")
DOCX = Kind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document")
XLSX = Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook")
PNG = Kind("png", "image/png", "PNG image")
JPEG = Kind("jpg", "image/jpeg", "JPEG image")

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
# Names in a PDF that run something or carry a file inside it.
_MAX_ZIP_ENTRIES = 2000
_MAX_ZIP_UNCOMPRESSED = 200 * 1024 * 1024


class Refused(Exception):
    """Why a file cannot be accepted, in words for the person who uploaded it."""


class TooManyPixels(Exception):
    """An image of more than MAX_IMAGE_PIXELS, found from its header before decoding it."""

    def __init__(self, pixels: int):
        super().__init__(f"{pixels} pixels")
        self.pixels = pixels


@dataclass(frozen=True)
class Checked:
    kind: Kind
    data: bytes
    sha256: str


def safe_display_name(name: str) -> str:
    """The uploaded name without any folder, control characters or quotes, at most 200 characters."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(char for char in name if char.isprintable() and char not in '"<>|:*?;')
    return name.strip(" .")[:200] or "evidence"


def evidence_check(*, name: str, size: int | None, read) -> Checked:
    """Read and check an upload. `read` returns the bytes (called only once the size is known to be
    acceptable). Raises Refused with a message naming the file."""
    label = safe_display_name(name)
    if size is not None and size > MAX_SIZE:
        raise Refused(f"{label} is larger than 10 MB. Upload a file of 10 MB or less.")
    data = read()
    if len(data) > MAX_SIZE:
        raise Refused(f"{label} is larger than 10 MB. Upload a file of 10 MB or less.")
    if not data:
        raise Refused(f"{label} is empty. Choose a file that has something in it.")
    try:
        kind = detect(data)
    except TooManyPixels as image:
        raise Refused(
            f"{label} is an image of {image.pixels / 1_000_000:,.0f} megapixels, too large to check. Upload an "
            f"image of at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels (for example 6,000 by 4,000 pixels)."
        ) from image
    if kind is None:
        raise Refused(f"{label} is not {ALLOWED_DESCRIPTION}, or it could not be read as one.")
    return Checked(kind=kind, data=data, sha256=hashlib.sha256(data).hexdigest())


def detect(data: bytes) -> Kind | None:
    """The allowed kind these bytes really are, or None. Checked by content alone."""
    head = data[:512].lstrip(b"\xef\xbb\xbf\x00\t\r\n \x0c").lower()
    if head.startswith(b"<"):
        return None  # HTML, SVG or XML text: never, whatever the name says
    if data.startswith(b"%PDF-"):
        return PDF if _is_safe_pdf(data) else None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG if _is_clean_image(data, "PNG") else None
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG if _is_clean_image(data, "JPEG") else None
    if data.startswith(b"PK\x03\x04"):
        return _office_kind(data)
    return None


_PDF_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)
# White space in PDF syntax (ISO 32000-1, 7.2.2): all a file may have after its last %%EOF.
_PDF_WHITESPACE = b"\x00\t\n\x0c\r "
# HTML or SVG markup: never part of PDF syntax outside a stream (none of these is a hex string).
_PDF_MARKUP = re.compile(
    rb"<\s*/?\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta|img|form|style)\b", re.IGNORECASE
)
_PDF_ACTIVE_NAME = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?)(?![A-Za-z0-9#])")
_ACTIVE_NAMES = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles"}
_MAX_PDF_OBJECTS = 200_000


def _is_safe_pdf(data: bytes) -> bool:
    """Parses with pypdf, and nothing reachable from the document (including objects packed in
    compressed object streams, and names written with #xx escapes) names active content."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    # Nothing after the end: an HTML page (or anything else) appended after %%EOF is a polyglot.
    end = data.rfind(b"%%EOF")
    if end == -1 or data[end + len(b"%%EOF") :].strip(_PDF_WHITESPACE):
        return False
    # Outside the streams, a plain look at the bytes catches objects pypdf might not reach, and
    # markup hidden before a %%EOF written after it.
    outside_streams = _PDF_STREAM.sub(b"", data)
    if _PDF_ACTIVE_NAME.search(outside_streams) or _PDF_MARKUP.search(outside_streams):
        return False
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted or len(reader.pages) == 0:
            return False
        seen: set[tuple[int, int]] = set()
        pending = [reader.trailer]
        visited = 0
        while pending:
            item = pending.pop()
            visited += 1
            if visited > _MAX_PDF_OBJECTS:
                return False
            if isinstance(item, IndirectObject):
                key = (item.idnum, item.generation)
                if key in seen:
                    continue
                seen.add(key)
                item = item.get_object()
            if isinstance(item, DictionaryObject):
                for name, value in item.items():
                    if name in _ACTIVE_NAMES or (isinstance(value, str) and value in _ACTIVE_NAMES):
                        return False
                    if name not in ("/Parent", "/P"):
                        pending.append(value)
            elif isinstance(item, ArrayObject):
                for value in item:
                    if isinstance(value, str) and value in _ACTIVE_NAMES:
                        return False
                    pending.append(value)
    except Exception:  # a malformed file can raise anything inside a parser: it is simply not a PDF we take
        return False
    return True


def _is_clean_image(data: bytes, format_name: str) -> bool:
    """The image must decode completely, and nothing may follow its end marker (IEND for PNG,
    FFD9 for JPEG): an image with an HTML page glued after it (a polyglot) is refused."""
    from PIL import Image

    end = _png_end(data) if format_name == "PNG" else _jpeg_end(data)
    if end is None or end != len(data):
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # measured below, ourselves
            with Image.open(io.BytesIO(data)) as image:
                if image.format != format_name:
                    return False
                width, height = image.size  # from the header: nothing is decoded yet
                if width * height > MAX_IMAGE_PIXELS:
                    raise TooManyPixels(width * height)
                image.load()
    except TooManyPixels:
        raise
    except Image.DecompressionBombError as error:  # Pillow's own, higher limit, met while opening
        pixels = re.search(r"\((\d+) pixels\)", str(error))
        raise TooManyPixels(int(pixels.group(1)) if pixels else MAX_IMAGE_PIXELS + 1) from error
    except Exception:  # Pillow raises many kinds of errors for broken images
        return False
    return True


def _png_end(data: bytes) -> int | None:
    """The offset just after the IEND chunk (and its CRC), walking the chunks; None if broken."""
    position = 8
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        chunk_type = data[position + 4 : position + 8]
        position += 12 + length
        if chunk_type == b"IEND":
            return position if position <= len(data) else None
    return None


def _jpeg_end(data: bytes) -> int | None:
    """The offset just after the end-of-image marker (FFD9), walking the segments and the
    entropy-coded data after each start of scan; None if broken."""
    position, size = 2, len(data)
    while position + 4 <= size:
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:
            return position + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if length < 2:
            return None
        position += 2 + length
        if marker == 0xDA:  # start of scan: skip the coded data up to the next real marker
            while position + 1 < size:
                if data[position] == 0xFF and data[position + 1] != 0x00 and not 0xD0 <= data[position + 1] <= 0xD7:
                    break
                position += 1
    if position + 2 == size and data[position : position + 2] == b"\xff\xd9":
        return size
    return None


_ZIP_END = b"PK\x05\x06"
_ZIP_END_SIZE = 22
_ZIP_LOCAL = b"PK\x03\x04"
_ZIP_DESCRIPTOR = b"PK\x07\x08"


def _zip_is_exact(data: bytes, infos: list[zipfile.ZipInfo]) -> bool:
    """Every byte belongs to the zip: the entries run from the first byte without gaps, the central
    directory follows the last entry, and the end-of-central-directory record, with its comment,
    ends exactly at the end of the file. zipfile itself would read a document with a page appended
    after the end record, or slipped in before the central directory."""
    end = data.rfind(_ZIP_END, max(0, len(data) - _ZIP_END_SIZE - 0xFFFF))
    if end == -1 or end + _ZIP_END_SIZE > len(data):
        return False
    _disk, _cd_disk, _here, entries, cd_size, cd_offset, comment = struct.unpack(
        "<HHHHIIH", data[end + 4 : end + _ZIP_END_SIZE]
    )
    if end + _ZIP_END_SIZE + comment != len(data):
        return False
    if entries == 0xFFFF or cd_offset == 0xFFFFFFFF:  # ZIP64, never needed for 10 MB
        return False
    if cd_offset + cd_size != end:
        return False
    position = 0
    for info in sorted(infos, key=lambda info: info.header_offset):
        header = data[position : position + 30]
        if info.header_offset != position or len(header) < 30 or not header.startswith(_ZIP_LOCAL):
            return False
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        position += 30 + name_length + extra_length + info.compress_size
        if info.flag_bits & 0x08:  # sizes written after the data, with or without a signature
            position += 16 if data[position : position + 4] == _ZIP_DESCRIPTOR else 12
    return position == cd_offset


def _office_kind(data: bytes) -> Kind | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > _MAX_ZIP_ENTRIES or sum(info.file_size for info in infos) > _MAX_ZIP_UNCOMPRESSED:
                return None
            names = {info.filename for info in infos}
            if any(name.lower().rsplit("/", 1)[-1] == "vbaproject.bin" for name in names):
                return None  # macros
            if "[Content_Types].xml" not in names:
                return None
            if not _zip_is_exact(data, infos):
                return None  # something hidden before, between or after the zip's parts
            types = archive.read("[Content_Types].xml")
            if archive.testzip() is not None:
                return None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError):
        return None
    if b"macroEnabled" in types or b"vbaProject" in types:
        return None
    if _XLSX_MAIN.encode() in types:
        return XLSX
    if _DOCX_MAIN.encode() in types:
        return DOCX
    return None
