from collections import Counter

from courses.models import Region
from courses.models.regions import region_scope_q


def test_fixture_ships_every_province_and_regency_with_kemendagri_codes(regions):
    levels = Counter(Region.objects.values_list("level", flat=True))

    assert levels == {"provinsi": 38, "kabupaten": 416, "kota": 98}
    assert Region.objects.get(code="62").name == "Kalimantan Tengah"
    assert Region.objects.get(code="64").name == "Kalimantan Timur"
    assert Region.objects.get(code="62.71").level == Region.Level.CITY
    assert Region.objects.get(code="64.72").name == "Kota Samarinda"


def test_codes_are_not_contiguous_so_none_are_invented(regions):
    assert not Region.objects.filter(code__in=["64.04", "64.05", "64.06"]).exists()


def test_every_regency_and_city_hangs_under_its_province(regions):
    for region in Region.objects.exclude(level=Region.Level.PROVINCE):
        assert region.parent_id == region.code[:2]


def test_region_scope_matches_the_prefix_and_nothing_that_merely_starts_alike(regions):
    kalteng = set(
        Region.objects.filter(region_scope_q("62", code_field="code")).values_list(
            "code", flat=True
        )
    )
    assert len(kalteng) == 15  # the province, 13 kabupaten and Kota Palangkaraya
    assert "62" in kalteng and "62.71" in kalteng and "64" not in kalteng

    # "62.7" is not a region: "62.71" does not lie under it.
    assert not Region.objects.filter(region_scope_q("62.7", code_field="code")).exists()
    assert list(
        Region.objects.filter(region_scope_q("62.71", code_field="code")).values_list(
            "code", flat=True
        )
    ) == ["62.71"]


def test_contains_follows_the_code_tree(regions):
    found = Region.objects.in_bulk(["62", "62.71", "64.72"])
    kalteng, palangkaraya, samarinda = found["62"], found["62.71"], found["64.72"]
    assert kalteng.contains(palangkaraya)
    assert palangkaraya.contains(palangkaraya)
    assert not palangkaraya.contains(kalteng)
    assert not kalteng.contains(samarinda)
