"""The public awareness pages the demo builds: they answer everyone, read well on their own, and
keep to the content guide's language."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.demo_content import public_pages
from home.models import ContentPage, HowToReportPage

PUBLIC_URLS = [
    "/what-is-cse/",
    "/spot-the-signs/",
    "/spot-the-signs/school/",
    "/spot-the-signs/hotels/",
    "/spot-the-signs/taxis/",
    "/spot-the-signs/licensed-premises/",
    "/spot-the-signs/online/",
    "/parents-and-carers/",
    "/how-to-report/",
    "/op-makesafe/",
    "/quality-mark/",
]

# From shared/content-guide.md: words that blame the child. They may appear only inside quotation
# marks, where a page teaches what to say instead, or inside a quoted source.
AVOID = [
    "child prostitute",
    "child sex worker",
    "selling sex",
    "sell sex",
    "putting themselves at risk",
    "put themselves at risk",
    "risky behaviour",
    "lifestyle choice",
    "promiscuous",
    "sexually active",
    "consented",
    "agreed to",
    "willing",
    "boyfriend",
    "girlfriend",
    "chose to go missing",
    "chooses to go missing",
    "absconded",
    "sex with",
]


@pytest.fixture
def demo(db):
    call_command("load_demo_data", stdout=StringIO())


@pytest.mark.django_db
def test_every_public_page_answers_an_anonymous_visitor_with_one_h1(demo, anonymous_client):
    for url in PUBLIC_URLS:
        response = anonymous_client.get(url)
        assert response.status_code == 200, url
        assert response.content.decode().count("<h1") == 1, url


@pytest.mark.django_db
def test_the_demo_builds_every_public_page_and_the_home_page_links_to_them(demo, anonymous_client):
    live = {page.url for page in Page.objects.live().type(ContentPage, HowToReportPage)}
    assert live == set(PUBLIC_URLS)
    home = anonymous_client.get("/").content.decode()
    for url in ["/what-is-cse/", "/spot-the-signs/", "/how-to-report/", "/parents-and-carers/", "/op-makesafe/"]:
        assert f'href="{url}"' in home, url


@pytest.mark.django_db
def test_running_the_demo_again_adds_no_revision_to_the_public_pages(demo):
    pages = Page.objects.type(ContentPage, HowToReportPage)
    revisions = {page.pk: page.revisions.count() for page in pages}
    call_command("load_demo_data", stdout=StringIO())
    assert {page.pk: page.revisions.count() for page in pages} == revisions


@pytest.mark.django_db
def test_spot_the_signs_lists_a_page_for_each_setting(demo, anonymous_client):
    html = anonymous_client.get("/spot-the-signs/").content.decode()
    for url in ["school", "hotels", "taxis", "licensed-premises", "online"]:
        assert f'href="/spot-the-signs/{url}/"' in html, url
    child = anonymous_client.get("/spot-the-signs/taxis/").content.decode()
    assert 'class="govuk-breadcrumbs__link" href="/spot-the-signs/">Spot the signs</a>' in child


@pytest.mark.django_db
def test_parents_and_carers_give_the_national_helplines(demo, anonymous_client):
    html = anonymous_client.get("/parents-and-carers/").content.decode()
    for text in ["Signs to look out for", "Talking to your child", "Where to get help"]:
        assert text in html
    assert "0808 800 5000" in html  # NSPCC Helpline
    assert "0800 1111" in html  # Childline
    assert "ceop.police.uk" in html


# Pure data: no database.


def _all_text(spec) -> list[str]:
    """Every piece of text a page spec puts on screen, apart from quoted sources (quote blocks)."""
    texts = [spec["title"], spec.get("summary", ""), spec.get("intro", "")]
    for block_type, value in spec["body"]:
        if block_type != "quote":
            texts.extend(_strings(value))
    for child in spec.get("children", ()):
        texts.extend(_all_text(child))
    return texts


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def _outside_quotes(text: str) -> str:
    return re.sub(r"“[^”]*”", "", re.sub(r"<[^>]+>", "", text))


def test_words_that_blame_the_child_appear_only_in_quotation_marks():
    for spec in public_pages.PAGES:
        for text in _all_text(spec):
            plain = _outside_quotes(text).lower()
            found = [phrase for phrase in AVOID if phrase in plain]
            assert not found, (spec["slug"], found, text[:80])


def test_local_numbers_are_not_typed_into_the_pages():
    # Local numbers come from the district; only national numbers appear in the text.
    national = {"0800 555 111", "0808 800 5000", "0800 1111"}
    for spec in public_pages.PAGES:
        for text in _all_text(spec):
            for number in re.findall(r"\b0\d[\d ]{6,}\d\b", text):
                assert number in national, (spec["slug"], number)


def test_every_page_has_a_unique_slug_among_its_siblings():
    slugs = [spec["slug"] for spec in public_pages.PAGES]
    assert len(slugs) == len(set(slugs))
    for spec in public_pages.PAGES:
        children = [child["slug"] for child in spec.get("children", ())]
        assert len(children) == len(set(children))
