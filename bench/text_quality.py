"""Quality of the offline text provider's personas, measured on a fixed set of descriptions.

Prints, for 30+ descriptions across the supported languages (the ``CASES`` below):
  * what the description parser understood and, per hint kind, the share of personas that
    carry it (target: >= 0.95 for every understood hint), and the words it ignored;
  * coherence violations (avatargen.coherence: minors with jobs or adult topics, retirees
    at work, kinship words and occupation labels of the wrong gender, pets not in the
    record) over every persona (target: 0);
  * exact-duplicate shares per platform and for "about" (target: 0), over every case;
  * at 10,000 personas for a few cases: exact-duplicate share and near-duplicate pairs
    share plus the share of personas that have a near-duplicate (token-trigram Jaccard
    >= 0.8; target < 1 %);
  * distinct first names and surnames per major locale over 2,000 personas (``--only-names``);
  * offline records/s against Faker ``profile()``/s on one core, in the same run
    (target >= 10x).

Usage: python bench/text_quality.py [--per-case 400] [--big 10000] [--names 2000] [--json OUT]
       python bench/text_quality.py --only-names [--names 2000]
       python bench/text_quality.py --only-big [--big 10000]   (the 10,000-persona part alone)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict

# (description, bio language)
CASES: list[tuple[str, str]] = [
    ("retired teachers in Lisbon who paint", "pt-PT"),
    ("Gen Z crypto traders in Lagos who skateboard", "en"),
    ("truck drivers from Ohio", "en-US"),
    ("veterinarians in rural Texas", "en"),
    ("fashion designers in Paris", "fr"),
    ("medical students in Manila", "en"),
    ("nurses in Manila aged 30-45 who hike", "en"),
    ("software engineers in Bangalore in their thirties who play cricket", "en"),
    ("mothers of toddlers in Manchester", "en-GB"),
    ("single fathers in Toronto who cycle", "en-CA"),
    ("small business owners in Ohio", "en-US"),
    ("elderly people in a small town in Bavaria", "de"),
    ("teenagers in Melbourne who skateboard", "en"),
    ("millennials in Mexico City who ride horses", "es-MX"),
    ("baristas under 25 in Seattle", "en"),
    ("farmers in Punjab in their fifties", "en"),
    ("dads in Texas who fish", "en-US"),
    ("women over 60 in Scotland who knit", "en-GB"),
    ("people who like music", "en"),
    ("enfermeras en Madrid de 30 a 45 años que hacen senderismo", "es-ES"),
    ("jubilados en Buenos Aires que pintan", "es"),
    ("estudiantes de medicina en Bogotá", "es"),
    ("infirmières à Lyon qui font du vélo", "fr"),
    ("retraités à Montréal qui jardinent", "fr-CA"),
    ("Lehrerinnen in Hamburg zwischen 40 und 55", "de"),
    ("Studenten in Nordrhein-Westfalen die Fußball spielen", "de"),
    ("enfermeiras em São Paulo que correm", "pt-BR"),
    ("professores reformados no Porto", "pt-PT"),
    ("cuochi a Napoli sopra i 40 anni", "it"),
    ("verpleegkundigen in Utrecht die wandelen", "nl"),
    ("programiści w Krakowie w wieku 25-35", "pl"),
    ("İstanbul'da yaşayan öğretmenler", "tr"),
    ("mahasiswa di Jakarta yang suka memasak", "id"),
    # The ten languages added by the `langs` helper (run when the provider writes them).
    ("東京の看護師", "ja"),
    ("上海的大学生", "zh-Hans"),
    ("서울의 교사", "ko"),
    ("मुंबई में शिक्षक", "hi"),
    ("ممرضات في القاهرة", "ar"),
    ("учителя в Москве", "ru"),
    ("вчителі у Києві", "uk"),
    ("y tá ở Hà Nội", "vi"),
    ("sjuksköterskor i Göteborg", "sv"),
    ("profesori din Cluj-Napoca", "ro"),
    # Nonbinary personas in gendered languages (neutral forms; coherence: nonbinary_gendered).
    ("nonbinary nurses in Madrid", "es-ES"),
    ("nonbinary people in São Paulo", "pt-BR"),
    ("nonbinary teachers in Lyon", "fr"),
    ("nonbinary people in Berlin", "de"),
    ("nonbinary people in Warsaw", "pl"),
    ("nonbinary people in Moscow", "ru"),
    ("nonbinary people in Cairo", "ar"),
    # The larger occupation vocabulary (occupations helper): new jobs in several languages.
    ("bus drivers in Chicago", "en-US"),
    ("Altenpflegerinnen in Köln", "de"),
    ("cajeros en Sevilla", "es-ES"),
    ("motoristas de autocarro reformados em Lisboa", "pt-PT"),
    ("сварщики в Казани", "ru"),
    ("大阪の介護士", "ja"),
    # lists of groups, declined places, retirement and family words (session 8 fixes)
    ("retirees, nurses, chefs and teenagers", "en"),
    ("간호사와 은퇴자", "ko"),
    ("insegnanti in pensione a Napoli", "it"),
    ("abuelos en Buenos Aires", "es"),
    ("вчителі з Києва", "uk"),
    ("nauczyciele w Krakowie", "pl"),
    ("Nigerian doctors in the UK", "en"),
    ("immigrants from Mexico in Texas", "en"),
]
BIG_CASES = [
    ("people who like music", "en"),
    ("", "en"),
    ("nurses in Manila aged 30-45 who hike", "en"),
    ("retired teachers in Lisbon who paint", "en"),
    ("retired teachers in Lisbon who paint", "pt-PT"),
    ("professoras reformadas em Lisboa que pintam", "pt-PT"),
    ("truck drivers from Ohio", "en"),
    ("enfermeras en Madrid", "es-ES"),
    ("enfermeras en Madrid de 30 a 45 años que hacen senderismo", "es-ES"),
    ("東京の看護師", "ja"),
    ("Lehrerinnen in Hamburg", "de"),
    ("", "fr"),
]
# Major locales: (country, bio language of its own, when the offline provider writes it).
NAME_COUNTRIES = (
    ("US", "en"), ("GB", "en"), ("DE", "de"), ("FR", "fr"), ("ES", "es"), ("MX", "es"),
    ("BR", "pt"), ("PT", "pt"), ("IT", "it"), ("PL", "pl"), ("RU", "ru"), ("UA", "uk"),
    ("NG", "en"), ("IN", "hi"), ("PH", "en"), ("JP", "ja"), ("CN", "zh"), ("KR", "ko"),
    ("VN", "vi"), ("TR", "tr"), ("EG", "ar"), ("SA", "ar"), ("SE", "sv"), ("NL", "nl"),
    ("RO", "ro"), ("ID", "id"),
)  # fmt: skip
PLATFORMS = ("facebook", "instagram", "x", "tiktok")


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def records(provider, description: str, language: str, n: int, seed: int = 7, **constraints):
    from avatargen.providers.base import Constraints, TextBatchRequest

    request = TextBatchRequest(
        description=description, language=language, count=n, seed=seed,
        constraints=Constraints(**constraints),
    )  # fmt: skip
    result = provider.generate_batch(request)
    out = []
    for index, draft in sorted(result.drafts.items()):
        r = draft.model_dump()
        r["index"] = index
        r["language"] = language
        out.append(r)
    return out, len(result.failures)


def texts_of(recs, platform: str) -> list[str]:
    return [r["about"] if platform == "about" else r["bios"][platform] for r in recs]


def bench_speed(provider, n: int) -> tuple[float, float]:
    from faker import Faker

    from avatargen.providers.base import TextBatchRequest

    provider.generate_batch(TextBatchRequest(description="x", language="en", count=10, seed=0))
    request = TextBatchRequest(description="people who like music", language="en", count=n, seed=1)
    t0 = time.perf_counter()
    result = provider.generate_batch(request)
    ours = len(result.drafts) / (time.perf_counter() - t0)
    fake = Faker("en_US")
    Faker.seed(1)
    fake.profile()
    t0 = time.perf_counter()
    for _ in range(n):
        fake.profile()
    return ours, n / (time.perf_counter() - t0)


def big(provider, args, out: dict) -> None:
    from avatargen import quality

    print(f"\nat {args.big} personas: exact-dup | near-dup pairs | personas with a near-dup")
    for description, language in BIG_CASES:
        t0 = time.perf_counter()
        recs, _ = records(provider, description, language, args.big)
        row = {"description": description, "language": language,
               "seconds": time.perf_counter() - t0}  # fmt: skip
        print(f"  {description or '(blank)'} ({language})")
        for p in (*PLATFORMS, "about"):
            texts = quality.text_set(texts_of(recs, p))  # one join serves both near shares
            row[p] = {
                "exact": texts.exact_duplicate_share(),
                "near_pairs": texts.near_duplicate_share(),
                "near_personas": texts.near_duplicate_persona_share(),
            }
            v = row[p]
            print(f"    {p:10} {v['exact']:.4f} | {v['near_pairs']:.6f} | {v['near_personas']:.4f}")
        out["big"].append(row)


def names(provider, args, out: dict) -> None:
    """Distinct given names and surnames per major locale, with English bios and with bios
    in the locale's language; "single" counts each surname of a double one ("Silva Santos")
    and of a hyphenated one once, so two-surname countries are not counted twice over."""
    print(f"\ndistinct names over {args.names} personas per country: first / last / single "
          "surnames (English bios | own-language bios)")  # fmt: skip
    for country, own in NAME_COUNTRIES:
        row, shown = {}, []
        for language in dict.fromkeys(("en", own)):
            recs, _ = records(provider, "people", language, args.names, country=country)
            firsts = {r["first_name"] for r in recs}
            lasts = {r["last_name"] for r in recs}
            single = {p for x in lasts for p in x.replace("-", " ").split()}
            row[language] = {"first": len(firsts), "last": len(lasts), "single": len(single)}
            shown.append(f"{language} {len(firsts)} / {len(lasts)} / {len(single)}")
        out["names"][country] = row
        print(f"  {country}: {' | '.join(shown)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-case", type=int, default=400)
    parser.add_argument(
        "--big",
        "--count",
        type=int,
        default=10_000,
        help="personas per task for the duplicate measures (BIG_CASES)",
    )
    parser.add_argument(
        "--only-big", action="store_true", help="run only the duplicate measures at --big personas"
    )
    parser.add_argument("--names", type=int, default=2000)
    parser.add_argument(
        "--only-names", action="store_true", help="run only the name counts at --names personas"
    )
    parser.add_argument("--speed", type=int, default=3000)
    parser.add_argument("--json", help="also write the numbers to this file")
    args = parser.parse_args()
    pin_one_core()

    from avatargen import coherence, quality
    from avatargen.providers.offline_text import checks
    from avatargen.providers.registry import get_text_provider

    provider = get_text_provider("offline")
    supported = set(provider.supported_languages())
    out: dict = {"cases": [], "big": [], "names": {}, "speed": {}}
    kind_shares: dict[str, list[float]] = defaultdict(list)
    all_violations: Counter[str] = Counter()
    total = bad = 0
    exact: dict[str, list[float]] = defaultdict(list)
    if args.only_names:
        names(provider, args, out)
        if args.json:
            with open(args.json, "w") as fh:
                json.dump(out, fh, indent=1, ensure_ascii=False, default=str)
        return 0
    print(f"{'description':58} {'lang':6} understood -> share carrying")
    for description, language in [] if args.only_big else CASES:
        base = language.split("-")[0]
        if base not in supported:
            print(f"{description[:58]:58} {language:6} SKIPPED (language not written)")
            out["cases"].append({"description": description, "language": language,
                                 "skipped": True})  # fmt: skip
            continue
        recs, failures = records(provider, description, language, args.per_case)
        described = provider.describe(description, language)
        shares = checks.hint_shares(recs, description, language)
        summary = coherence.summary(recs)
        total += summary["personas"]
        bad += summary["with_violations"]
        all_violations.update({k: v for k, v in summary["by_check"].items() if v})
        for kind, share in shares.items():
            kind_shares[kind.split(":")[0]].append(share)
        dups = {p: quality.exact_duplicate_share(texts_of(recs, p)) for p in (*PLATFORMS, "about")}
        for p, v in dups.items():
            exact[p].append(v)
        shown = ", ".join(f"{k}={v:.2f}" for k, v in shares.items()) or "-"
        print(f"{description[:58]:58} {language:6} {shown}")
        if described.not_understood:
            print(f"{'':65} ignored: {', '.join(described.not_understood)}")
        if summary["with_violations"]:
            print(f"{'':65} coherence: {summary['by_check']}")
        out["cases"].append({
            "description": description, "language": language, "understood":
            described.understood, "ignored": described.not_understood, "carried": shares,
            "coherence": summary["by_check"], "exact_duplicates": dups, "failures": failures,
        })  # fmt: skip

    if args.only_big:
        big(provider, args, out)
        if args.json:
            with open(args.json, "w") as fh:
                json.dump(out, fh, indent=1, ensure_ascii=False, default=str)
        return 0
    print("\nper hint kind: min / mean share of personas carrying it (over cases)")
    for kind, values in sorted(kind_shares.items()):
        print(f"  {kind:20} min {min(values):.3f}  mean {sum(values) / len(values):.3f}"
              f"  ({len(values)} hints)")  # fmt: skip
    out["hint_kinds"] = {k: {"min": min(v), "mean": sum(v) / len(v), "n": len(v)}
                         for k, v in kind_shares.items()}  # fmt: skip
    print(f"\ncoherence: {bad} of {total} personas with a violation {dict(all_violations)}")
    out["coherence"] = {"personas": total, "with_violations": bad, **all_violations}
    print("exact duplicates at", args.per_case, "per case: mean / max share per text")
    for p, values in exact.items():
        print(f"  {p:10} mean {sum(values) / len(values):.4f}  max {max(values):.4f}")
    out["exact_per_case"] = {p: max(v) for p, v in exact.items()}

    big(provider, args, out)

    names(provider, args, out)

    ours, faker = bench_speed(provider, args.speed)
    out["speed"] = {"offline_per_s": ours, "faker_profile_per_s": faker, "ratio": ours / faker}
    print(f"\noffline {ours:,.0f} records/s vs Faker profile() {faker:,.0f}/s:"
          f" {ours / faker:.1f}x (target >= 10x)")  # fmt: skip
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(out, fh, indent=1, ensure_ascii=False, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
