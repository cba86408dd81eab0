"""Heritage mixes: validation, the per-persona draw, the offline look, form/CLI/API, the card."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from avatargen.cli import main
from avatargen.heritage import HeritageMixError, heritage_for, parse_mix
from avatargen.providers.base import Constraints, TextBatchRequest
from avatargen.providers.offline_text import OfflineTextProvider
from avatargen.providers.offline_text.heritage_looks import profile_for_heritage
from tests.conftest import csrf_from, login
from tests.factories import make_user

MIX = {"Portuguese": 60, "Cape Verdean": 25, "Brazilian": 15}


def test_parse_mix_reads_labels_and_weights_and_says_what_is_wrong():
    assert parse_mix("Portuguese: 60, Cape  Verdean=25; Brazilian:15") == {
        "Portuguese": 60.0, "Cape Verdean": 25.0, "Brazilian": 15.0,
    }  # fmt: skip
    for bad, why in [
        ("Portuguese", "label: weight"),
        ("Portuguese: lots", "not a number"),
        ("A: 0, B: 0", "positive"),
        ("A: -1", "between 0 and 1000"),
        ("A: nan", "finite"),
        ("A: 1, A: 2", "twice"),
        (", ".join(f"L{i}: 1" for i in range(13)), "at most 12"),
        ("x" * 61 + ": 1", "1 to 60"),
    ]:
        with pytest.raises(HeritageMixError, match=why):
            parse_mix(bad)


def test_constraints_refuse_bad_mixes():
    for bad in ({"a\x00b": 1}, {"  ": 1}, {"a": float("inf")}, {"a": 0}):
        with pytest.raises(ValueError):
            Constraints(heritage_mix=bad)


def test_draw_follows_the_weights_and_does_not_depend_on_batching():
    counts = Counter(heritage_for(MIX, 7, i) for i in range(6000))
    for label, weight in MIX.items():
        assert abs(counts[label] / 6000 - weight / 100) < 0.03
    assert heritage_for(MIX, 7, 123) == heritage_for(dict(reversed(MIX.items())), 7, 123)
    assert heritage_for({}, 7, 1) is None


@pytest.mark.parametrize(
    ("label", "profile"),
    [("Cape Verdean", "africa"), ("Portuguese", "south_europe"), ("Cabo Verde", "africa"),
     ("Filipinos", "southeast_asia"), ("East Asian", "east_asia"), ("latina", "latam"),
     ("NG", "africa"), ("Klingon", None)],
)  # fmt: skip
def test_labels_are_read_as_nationalities_countries_codes_or_groups(label, profile):
    assert profile_for_heritage(label) == profile


SKIN_ORDER = ("very fair", "fair", "light", "light-medium", "medium", "olive", "tan", "brown",
              "dark brown", "deep")  # fmt: skip


def test_offline_appearance_follows_the_heritage():
    provider = OfflineTextProvider()
    mix = {"Japanese": 1, "Nigerian": 1}
    result = provider.generate_batch(
        TextBatchRequest(
            description="nurses in London",
            language="en",
            count=200,
            seed=4,
            constraints=Constraints(heritage_mix=mix, country="GB"),
        )  # fmt: skip
    )
    drafts = list(result.drafts.values())
    assert {d.heritage for d in drafts} == set(mix)
    hair = {h: Counter(d.appearance.hair for d in drafts if d.heritage == h) for h in mix}
    skin = {h: Counter(d.appearance.skin_tone for d in drafts if d.heritage == h) for h in mix}
    # Every Japanese persona has a skin tone that no Nigerian persona has, and vice versa
    # for the most common ones: the two looks are drawn from different profiles.
    top_jp = skin["Japanese"].most_common(1)[0][0]
    top_ng = skin["Nigerian"].most_common(1)[0][0]
    assert top_jp != top_ng and skin["Nigerian"][top_jp] < skin["Japanese"][top_jp] / 3
    assert hair["Japanese"] != hair["Nigerian"]
    # without a mix nothing changes: the same personas as before heritage mixes existed
    plain = provider.generate_batch(
        TextBatchRequest(description="nurses in London", language="en", count=5, seed=4)
    )
    again = provider.generate_batch(
        TextBatchRequest(description="nurses in London", language="en", count=5, seed=4,
                         constraints=Constraints())
    )  # fmt: skip
    assert plain.drafts == again.drafts
    assert all(d.heritage is None for d in plain.drafts.values())


def test_cli_generate_with_a_heritage_mix_reports_it_on_the_card(app, runner, tmp_path):
    out = tmp_path / "ds"
    r = runner.invoke(
        main,
        ["generate", "--description", "families in Lisbon", "--count", "40",
         "--images-per-persona", "4", "--language", "pt-PT", "--seed", "2",
         "--heritage", "Portuguese: 60, Cape Verdean: 25, Brazilian: 15", "--out", str(out)],
        catch_exceptions=False,
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    records = [json.loads(line) for line in (out / "personas.jsonl").read_text().splitlines()]
    counts = Counter(r["heritage"] for r in records)
    assert set(counts) <= set(MIX) and counts["Portuguese"] > counts["Brazilian"]
    card = (out / "README.md").read_text()
    line = next(ln for ln in card.splitlines() if ln.startswith("- Heritage"))
    assert "Portuguese 60.0% ->" in line and "Cape Verdean 25.0% ->" in line
    assert f"Portuguese 60.0% -> {counts['Portuguese'] / 40 * 100:.1f}%" in line

    bad = runner.invoke(
        main,
        ["generate", "--description", "x", "--count", "1", "--images-per-persona", "4",
         "--language", "en", "--heritage", "Portuguese", "--out", str(tmp_path / "b")],
    )  # fmt: skip
    assert bad.exit_code == 2 and "--heritage: write each heritage as" in bad.output


def test_cli_generate_keeps_the_heritage_the_description_names(app, runner, tmp_path):
    out = tmp_path / "ng"
    r = runner.invoke(
        main,
        ["generate", "--description", "Nigerian doctors in the UK", "--count", "6",
         "--images-per-persona", "4", "--language", "en", "--seed", "2", "--out", str(out)],
        catch_exceptions=False,
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    records = [json.loads(line) for line in (out / "personas.jsonl").read_text().splitlines()]
    assert {(r["heritage"], r["country"]) for r in records} == {("Nigerian", "GB")}
    card = (out / "README.md").read_text()
    assert "heritage: Nigerian, NG" in card and "heritage 100.0%" in card


def test_generate_form_takes_a_heritage_mix_and_shows_errors_beside_it(app, client):
    with app.app_context():
        make_user("h@example.com")
    login(client, "h@example.com")
    page = client.get("/generate").get_data(as_text=True)
    assert 'id="heritage_mix"' in page
    form = {
        "csrf_token": csrf_from(page), "persona_description": "families in Lisbon",
        "bio_language": "pt-PT", "number_to_generate": "3", "images_per_persona": "4",
        "text_provider": "offline", "image_provider": "offline",
        "heritage_mix": "Portuguese: sixty",
    }  # fmt: skip
    resp = client.post("/generate", data=form)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 422 and "is not a number" in html and "Portuguese: sixty" in html
    form["heritage_mix"] = "Portuguese: 60, Cape Verdean: 40"
    resp = client.post("/generate", data=form)
    assert resp.status_code == 302, resp.get_data(as_text=True)


def test_api_accepts_a_heritage_mix_and_refuses_a_bad_one(app, client):
    from avatargen.services import tokens as token_service

    with app.app_context():
        user = make_user("api-h@example.com")
        _row, token = token_service.create_token(user, "t")
    auth = {"Authorization": f"Bearer {token}"}
    body = {"persona_description": "families in Lisbon", "bio_language": "pt-PT",
            "number_to_generate": 2, "images_per_persona": 4,
            "constraints": {"heritage_mix": {"Portuguese": 3, "Cape Verdean": 1}}}  # fmt: skip
    resp = client.post("/api/v1/tasks", json=body, headers=auth)
    assert resp.status_code in (201, 202), resp.get_json()
    body["constraints"]["heritage_mix"] = {"Portuguese": -3}
    resp = client.post("/api/v1/tasks", json=body, headers=auth)
    assert resp.status_code == 422 and "heritage_mix" in json.dumps(resp.get_json())


@pytest.mark.parametrize(
    ("description", "country", "heritage", "origin"),
    [
        ("Nigerian doctors in the UK", "GB", "Nigerian", "NG"),
        ("Korean students in Canada", "CA", "Korean", "KR"),
        ("immigrants from Mexico in Texas", "US", "Mexico", "MX"),
        ("Polish builders in London", "GB", "Polish", "PL"),
    ],
)
def test_people_from_one_country_living_in_another(description, country, heritage, origin):
    """They live where the description says and carry the heritage it names: its looks
    and its names."""
    from avatargen.providers.offline_text import checks, hints, names

    found = hints.parse(description)
    assert (found.country, found.heritage) == (country, (heritage, origin))
    result = OfflineTextProvider().generate_batch(
        TextBatchRequest(description=description, language="en", count=30, seed=4)
    )
    drafts = list(result.drafts.values())
    assert {d.country for d in drafts} == {country}
    assert {d.heritage for d in drafts} == {heritage}
    surnames = set()
    for source in names.sources_for(origin, "en"):
        surnames |= set(names.pool(source).last_male.values)
    assert sum(d.last_name.split(" ")[-1] in surnames for d in drafts) >= 27
    shares = checks.hint_shares([d.model_dump() for d in drafts], description, "en")
    assert shares["heritage"] == 1.0 and shares["place"] == 1.0, shares


@pytest.mark.parametrize(
    ("description", "country"),
    [("Nigerian doctors", "NG"), ("truck drivers from Ohio", "US"), ("people from Brazil", "BR")],
)
def test_a_demonym_or_origin_alone_is_where_they_live(description, country):
    from avatargen.providers.offline_text import hints

    found = hints.parse(description)
    assert (found.country, found.heritage) == (country, None)
