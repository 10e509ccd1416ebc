"""The lazy table model, without widgets: paging, SQL sorting, search, filters and display rules."""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models._base import table_of
from app.models.enums import PlatformKind, SuggestionState
from app.models.suggestions import Suggestion, SuggestionCreate
from app.services.hub import Services
from app.services.listing import ListQuery, Page
from app.ui.models.columns import Column
from app.ui.models.service_table_model import OVERDUE_COLOR, ServiceTableModel
from app.ui.pages.platforms_page import PlatformsPage
from app.ui.pages.suggestions_page import SuggestionsPage
from tests.gui.helpers import add_platform, add_units

NAME = [Column("name", "名称")]


def display(model: ServiceTableModel, row: int, key: str) -> str:
    return model.data(model.index(row, model.column_of(key)))  # type: ignore[no-any-return]


def test_rows_arrive_a_page_at_a_time(services: Services) -> None:
    add_units(services, 500)
    model = ServiceTableModel(services.units.list, NAME, page_size=200)
    assert model.rowCount() == 0 and not model.is_live  # nothing is read before the first refresh
    model.refresh()
    assert (model.rowCount(), model.total) == (200, 500)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 500
    assert not model.canFetchMore()
    names = [display(model, r, "name") for r in range(500)]
    assert names == sorted(names) and len(set(names)) == 500  # pages join without gaps or repeats


def test_sorting_asks_the_service_for_a_new_order(services: Services) -> None:
    add_units(services, 250)
    seen: list[ListQuery] = []

    def fetch(query: ListQuery) -> Page:
        seen.append(query)
        return services.units.list(query)

    model = ServiceTableModel(fetch, NAME, page_size=100)
    model.refresh()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert (seen[-1].sort, seen[-1].descending, seen[-1].offset) == ("name", True, 0)
    assert display(model, 0, "name") == "承办单位0249"  # the last of 250, not of the first page
    model.sort(-1)
    assert seen[-1].sort is None and display(model, 0, "name") == "承办单位0000"


def test_changes_before_the_first_refresh_only_shape_the_query() -> None:
    calls: list[ListQuery] = []

    def fetch(query: ListQuery) -> Page:
        calls.append(query)
        return Page(rows=[{"id": "x", "name": "甲"}], total=1)

    model = ServiceTableModel(fetch, NAME)
    model.set_search("驿站")
    model.set_filter("kind", "station")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert calls == []
    model.refresh()
    assert len(calls) == 1
    assert (calls[0].search, calls[0].filters, calls[0].sort) == ("驿站", {"kind": "station"}, "name")


def test_search_and_filters_requery(qtbot: QtBot, services: Services) -> None:
    add_platform(services, "城西区胜利路街道委员驿站")
    add_platform(services, "教育界委员联络组", kind=PlatformKind.LIAISON_GROUP, district="城中区")
    model = ServiceTableModel(services.platforms.list, PlatformsPage.columns)
    model.refresh()
    assert model.total == 2
    with qtbot.waitSignal(model.loaded) as signal:
        model.set_search("胜利路")
    assert signal.args == [1]
    assert display(model, 0, "name") == "城西区胜利路街道委员驿站"
    model.set_search("")
    model.set_filter("kind", PlatformKind.LIAISON_GROUP.value)
    assert [display(model, r, "name") for r in range(model.rowCount())] == ["教育界委员联络组"]
    model.set_filter("kind", None)
    assert model.total == 2


def test_cells_show_labels_dates_and_yes_no(services: Services) -> None:
    add_platform(services, "城西区委员驿站", founded_on=date(2023, 3, 8), active=False)
    model = ServiceTableModel(services.platforms.list, PlatformsPage.columns)
    model.refresh()
    assert display(model, 0, "kind") == "委员驿站"
    assert display(model, 0, "founded_on") == "2023-03-08"
    assert display(model, 0, "active") == "否"
    assert display(model, 0, "township") == ""
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "名称"


def test_overdue_rows_are_red(services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    late = services.suggestions.create(SuggestionCreate(title="修缮地下通道", platform_id=platform.id))
    on_time = services.suggestions.create(SuggestionCreate(title="加装红绿灯", platform_id=platform.id))
    sg = table_of(Suggestion).c
    with services.db.session() as session:  # handling fields belong to a later workflow; set them directly
        session.execute(
            sa.update(table_of(Suggestion))
            .where(sg.id.in_([late.id, on_time.id]))
            .values(state=SuggestionState.ASSIGNED.value, due_on=date.today() - timedelta(days=3))
        )
        session.execute(
            sa.update(table_of(Suggestion))
            .where(sg.id == on_time.id)
            .values(due_on=date.today() + timedelta(days=3))
        )
    model = ServiceTableModel(services.suggestions.list, SuggestionsPage.columns)
    model.refresh()
    colors = {
        display(model, r, "title"): model.data(model.index(r, 0), Qt.ItemDataRole.ForegroundRole)
        for r in range(model.rowCount())
    }
    assert colors["修缮地下通道"].color() == OVERDUE_COLOR
    assert colors["加装红绿灯"] is None
    assert display(model, 0, "state") == "已交办"


def test_a_refused_query_keeps_the_rows_and_reports_in_chinese(qtbot: QtBot, services: Services) -> None:
    add_platform(services, "城西区委员驿站")
    model = ServiceTableModel(services.platforms.list, NAME)
    model.refresh()
    with qtbot.waitSignal(model.failed) as signal:
        model.set_filter("no_such_filter", "x")
    assert "不支持按" in signal.args[0]
    assert model.rowCount() == 1
