"""Evidence files: only real PDFs, Word documents, Excel workbooks, PNGs and JPEGs, checked by
content; at most 10 MB; kept privately and downloadable only by the school's managers and its
assigned assessor, as an attachment."""

import importlib
import importlib.util
import io
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from quality_mark import services
from quality_mark.checks import evidence_root_check
from quality_mark.errors import EvidenceRefused
from quality_mark.evidence import MAX_SIZE, evidence_storage
from quality_mark.models import EvidenceFile
from tests.quality_mark.helpers import jpeg_bytes, pdf_bytes, png_bytes, start

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'

DOCX_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def docx_bytes(*, macro: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("word/document.xml", b"<w:document/>")
        if macro:
            archive.writestr("word/vbaProject.bin", b"\x00macro")
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "Staff trained"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pdf_with_javascript(*, escaped: bool = False) -> bytes:
    """A PDF that runs a script when opened; `escaped` writes the name as /J#61vaScript."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    return data.replace(b"/JavaScript", b"/J#61vaScript").replace(b"/JS ", b"/J#53 ") if escaped else data


def pdf_with_html_before_a_last_eof() -> bytes:
    """HTML after the PDF's end, then a trailer pointing back at the real cross-reference table and a
    new %%EOF: nothing but white space follows the last %%EOF, and pypdf still reads it."""
    data = pdf_bytes()
    xref = data[data.rindex(b"startxref") :].split()[1]
    return data + HTML + b"\nstartxref\n" + xref + b"\n%%EOF\n"


def zip_with_junk_before_the_directory(data: bytes, junk: bytes) -> bytes:
    """The zip with `junk` slipped in before its central directory, and the end record's offset
    moved to match: zipfile still reads it."""
    end = data.rfind(b"PK\x05\x06")
    cd_offset = struct.unpack("<I", data[end + 16 : end + 20])[0]
    moved = data[end : end + 16] + struct.pack("<I", cd_offset + len(junk)) + data[end + 20 :]
    return data[:cd_offset] + junk + data[cd_offset:end] + moved


def zip_with_comment(data: bytes, comment: bytes) -> bytes:
    archive = io.BytesIO(data)
    with zipfile.ZipFile(archive, "a") as writer:
        writer.comment = comment
    return archive.getvalue()


def huge_png(width: int = 10_000, height: int = 10_000) -> bytes:
    """A valid one-bit PNG of width x height pixels (100 megapixels by default) in a few kilobytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the row's bits
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture
def draft(school, manager_a, standards):
    return start(school, manager_a)


@pytest.fixture
def section(draft):
    section = draft.sections.get(standard__slug="leadership-and-policy")
    section.application = draft
    return section


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def upload(section, user, name: str, data: bytes):
    return services.evidence_add(section=section, user=user, uploaded_file=SimpleUploadedFile(name, data))


REFUSED = [
    ("policy.pdf", HTML, "policy.pdf is not a PDF"),
    ("diagram.svg", SVG, "diagram.svg is not a PDF"),
    ("photo.png", png_bytes() + HTML, "photo.png is not a PDF"),
    ("photo.jpg", jpeg_bytes() + HTML, "photo.jpg is not a PDF"),
    ("photo.jpg", jpeg_bytes() + HTML + b"\xff\xd9", "photo.jpg is not a PDF"),
    ("big.pdf", b"%PDF-1.4\n" + b"0" * (MAX_SIZE + 1 - 9), "big.pdf is larger than 10 MB"),
    ("empty.pdf", b"", "empty.pdf is empty"),
    ("macro.docx", docx_bytes(macro=True), "macro.docx is not a PDF"),
    ("script.pdf", pdf_with_javascript(), "script.pdf is not a PDF"),
    ("escaped.pdf", pdf_with_javascript(escaped=True), "escaped.pdf is not a PDF"),
    ("notes.txt", b"Just some notes", "notes.txt is not a PDF"),
    ("renamed.docx", b"PK\x03\x04 not really a zip", "renamed.docx is not a PDF"),
    # Polyglots: a valid file with something after its end, or hidden inside its structure.
    ("report.pdf", pdf_bytes() + HTML, "report.pdf is not a PDF"),
    ("report.pdf", pdf_bytes() + b"\nPK\x03\x04 a zip after the end\n", "report.pdf is not a PDF"),
    ("report.pdf", pdf_with_html_before_a_last_eof(), "report.pdf is not a PDF"),
    ("lessons.docx", docx_bytes() + HTML, "lessons.docx is not a PDF"),
    ("training.xlsx", xlsx_bytes() + b"\x00" * 16 + HTML, "training.xlsx is not a PDF"),
    ("lessons.docx", zip_with_junk_before_the_directory(docx_bytes(), HTML), "lessons.docx is not a PDF"),
]


@pytest.mark.parametrize(("name", "data", "message"), REFUSED, ids=[row[0] + str(i) for i, row in enumerate(REFUSED)])
def test_it_refuses_files_that_are_not_what_they_claim_and_stores_nothing(
    section, manager_a, evidence_root, name, data, message
):
    with pytest.raises(EvidenceRefused) as refusal:
        upload(section, manager_a, name, data)
    assert message in refusal.value.message
    assert EvidenceFile.objects.count() == 0
    assert stored_files(evidence_root) == []


def test_the_appended_files_would_still_open_as_what_they_claim():
    """The polyglots above are refused for their extra bytes alone: the readers accept them."""
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(pdf_bytes() + HTML)).pages) == 1
    assert len(PdfReader(io.BytesIO(pdf_with_html_before_a_last_eof())).pages) == 1
    for data in (docx_bytes() + HTML, zip_with_junk_before_the_directory(docx_bytes(), HTML)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.testzip() is None
            assert archive.read("word/document.xml") == b"<w:document/>"


def test_a_huge_image_in_a_small_file_is_refused_before_it_is_decoded(section, manager_a, evidence_root):
    data = huge_png()
    assert len(data) < 100_000

    with pytest.raises(EvidenceRefused) as refusal:
        upload(section, manager_a, "poster.png", data)

    assert refusal.value.message == (
        "poster.png is an image of 100 megapixels, too large to check. Upload an image of at most 25 "
        "megapixels (for example 6,000 by 4,000 pixels)."
    )
    assert stored_files(evidence_root) == []


def test_an_image_beyond_pillows_own_limit_gets_the_same_message(section, manager_a):
    with pytest.raises(EvidenceRefused, match=r"poster\.png is an image of 400 megapixels, too large to check"):
        upload(section, manager_a, "poster.png", huge_png(20_000, 20_000))


def test_an_image_at_the_limit_is_measured_not_refused(section, manager_a):
    evidence = upload(section, manager_a, "scan.png", huge_png(5_000, 5_000))  # exactly 25 megapixels
    assert evidence.content_type == "image/png"


def test_a_10_mb_file_plus_one_byte_is_one_byte_too_many(section, manager_a):
    assert MAX_SIZE == 10 * 1024 * 1024
    with pytest.raises(EvidenceRefused, match="larger than 10 MB"):
        upload(section, manager_a, "big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024 + 1 - 5))


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("policy.pdf", pdf_bytes(), "application/pdf"),
        ("lesson plan.docx", docx_bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("training.xlsx", xlsx_bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (
            "commented.docx",
            zip_with_comment(docx_bytes(), b"Made by the school office"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("padded.pdf", pdf_bytes() + b"\r\n \x00\n", "application/pdf"),
        ("poster.png", png_bytes(), "image/png"),
        ("assembly.jpg", jpeg_bytes(), "image/jpeg"),
    ],
)
def test_it_accepts_the_allowed_kinds_by_content_and_keeps_them_privately(
    section, manager_a, evidence_root, settings, name, data, content_type
):
    evidence = upload(section, manager_a, name, data)
    assert evidence.content_type == content_type
    assert evidence.original_name == name
    assert evidence.size == len(data)
    [path] = stored_files(evidence_root)
    assert path.read_bytes() == data
    assert name.split(".")[0] not in path.name  # a random stored name
    assert not str(path).startswith(str(settings.MEDIA_ROOT))


def test_the_content_decides_not_the_name(section, manager_a):
    evidence = upload(section, manager_a, "scan.pdf", png_bytes())
    assert evidence.content_type == "image/png"


def test_the_upload_page_shows_the_refusal_naming_the_file(school, draft, section, manager_a_client, evidence_root):
    url = reverse("quality_mark:evidence_upload", args=[school.pk, draft.pk, section.pk])
    response = manager_a_client.post(
        url, {"file": SimpleUploadedFile("policy.pdf", HTML, content_type="application/pdf")}
    )
    assert response.status_code == 400
    assert "policy.pdf is not a PDF" in response.content.decode()
    assert stored_files(evidence_root) == []


def test_the_upload_page_keeps_a_good_file_and_lists_it(school, draft, section, manager_a_client):
    url = reverse("quality_mark:evidence_upload", args=[school.pk, draft.pk, section.pk])
    response = manager_a_client.post(url, {"file": SimpleUploadedFile("poster.png", png_bytes())}, follow=True)
    assert response.status_code == 200
    assert "Uploaded poster.png" in response.content.decode()
    assert EvidenceFile.objects.get().original_name == "poster.png"


def test_a_manager_removes_a_file_and_it_is_gone_from_storage(
    school, draft, section, manager_a, manager_a_client, evidence_root, django_capture_on_commit_callbacks
):
    evidence = upload(section, manager_a, "poster.png", png_bytes())
    url = reverse("quality_mark:evidence_remove", args=[school.pk, draft.pk, section.pk, evidence.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_a_client.post(url)
    assert response.status_code == 302
    assert EvidenceFile.objects.count() == 0
    assert stored_files(evidence_root) == []
    again = manager_a_client.post(url, follow=True)
    assert "already been removed" in again.content.decode()


@pytest.fixture
def evidence(section, manager_a):
    return upload(section, manager_a, 'safeguarding "policy".pdf', pdf_bytes())


def test_the_school_manager_downloads_evidence_as_a_safe_attachment(manager_a_client, evidence):
    response = manager_a_client.get(reverse("quality_mark:evidence_download", args=[evidence.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="safeguarding policy.pdf"')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response.content == pdf_bytes()[:0] + evidence.file.open("rb").read()


def test_the_assigned_assessor_downloads_evidence_and_other_assessors_do_not(
    client, evidence, draft, manager_a, assessor, other_assessor
):
    from tests.quality_mark.helpers import fill

    fill(draft, manager_a)
    services.application_submit(application=draft, user=manager_a)
    services.application_assign(application=draft, assessor=assessor, user=assessor)
    url = reverse("quality_mark:evidence_download", args=[evidence.pk])
    client.force_login(assessor)
    assert client.get(url).status_code == 200
    client.force_login(other_assessor)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "persona",
    [
        "other_school_manager_client",
        "manager_b_client",
        "member_a_client",
        "learner_client",
        "anonymous_client",
        "editor_client",
    ],
)
def test_everyone_else_gets_404_for_a_valid_evidence_url(request, evidence, persona):
    client = request.getfixturevalue(persona)
    response = client.get(reverse("quality_mark:evidence_download", args=[evidence.pk]))
    assert response.status_code == 404


def test_a_missing_evidence_file_is_the_same_404(manager_a_client, evidence):
    missing = reverse("quality_mark:evidence_download", args=[evidence.pk + 1000])
    assert manager_a_client.get(missing).status_code == 404


@pytest.fixture
def dev_server_urls(settings, evidence_root):
    """The URL conf the development server runs: elearning.urls imported afresh with DEBUG on, so
    it really serves MEDIA_ROOT (the test's temporary media folder) under MEDIA_URL."""
    settings.DEBUG = True
    spec = importlib.util.find_spec("elearning.urls")
    module = importlib.util.module_from_spec(spec)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the id converter is registered a second time
        spec.loader.exec_module(module)
    settings.ROOT_URLCONF = module
    return module


def test_no_evidence_is_reachable_under_the_media_url_even_with_media_served(
    client, manager_a_client, evidence, settings, dev_server_urls
):
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    (media / "poster.txt").write_bytes(b"public")
    served = client.get(f"{settings.MEDIA_URL}poster.txt")
    assert served.status_code == 200  # media serving is on in this URL conf...
    assert b"".join(served.streaming_content) == b"public"
    name = evidence.file.name
    assert (Path(settings.QUALITY_MARK_EVIDENCE_ROOT) / name).is_file()  # ...and the evidence file exists
    for url in (
        f"{settings.MEDIA_URL}{name}",
        f"{settings.MEDIA_URL}evidence/{name}",
        f"{settings.MEDIA_URL}private/evidence/{name}",
    ):
        assert client.get(url).status_code == 404, url
        assert manager_a_client.get(url).status_code == 404, url
    escape = client.get(f"{settings.MEDIA_URL}../private/evidence/{name}")
    assert escape.status_code in (400, 404)  # a path out of MEDIA_ROOT is refused, never served


def test_evidence_storage_has_no_url_and_keeps_files_in_the_configured_folder(evidence, settings):
    storage = evidence.file.storage
    assert storage is evidence_storage()
    assert storage.base_url is None
    with pytest.raises(ValueError, match="no public URL"):
        evidence.file.url  # noqa: B018
    stored = Path(evidence.file.path).resolve()
    assert stored.parent == Path(settings.QUALITY_MARK_EVIDENCE_ROOT).resolve()
    for served in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
        assert not stored.is_relative_to(Path(served).resolve())


@pytest.mark.parametrize("module", ["elearning.settings.dev", "elearning.settings.test"])
def test_the_configured_evidence_folder_is_outside_every_served_folder(module, settings):
    configured = importlib.import_module(module)
    for name in ("QUALITY_MARK_EVIDENCE_ROOT", "MEDIA_ROOT", "STATIC_ROOT", "STATICFILES_DIRS"):
        setattr(settings, name, getattr(configured, name))
    evidence = Path(configured.QUALITY_MARK_EVIDENCE_ROOT).resolve()

    assert not evidence.is_relative_to(Path(configured.MEDIA_ROOT).resolve())
    assert not evidence.is_relative_to(Path(configured.STATIC_ROOT).resolve())
    assert evidence_root_check() == []
    # The check bites: the same settings with the folder moved under MEDIA_ROOT or STATIC_ROOT.
    for served in (configured.MEDIA_ROOT, configured.STATIC_ROOT):
        settings.QUALITY_MARK_EVIDENCE_ROOT = Path(served) / "evidence"
        assert [error.id for error in evidence_root_check()] == ["quality_mark.E001"]


def test_evidence_cannot_be_changed_once_submitted(draft, section, manager_a):
    from quality_mark.errors import IllegalTransition
    from tests.quality_mark.helpers import fill

    fill(draft, manager_a)
    services.application_submit(application=draft, user=manager_a)
    with pytest.raises(IllegalTransition):
        upload(section, manager_a, "poster.png", png_bytes())
