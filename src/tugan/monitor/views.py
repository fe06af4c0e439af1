import csv
import io
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from tugan.monitor.contact_states import read_cell_families, read_monitor
from tugan.monitor.forms import CellForm, MapForm, MonitorForm, StatisticsCsvForm, StatisticsForm
from tugan.monitor.map_layers import read_map
from tugan.monitor.pages import (
    families_rows,
    group_label,
    map_chart,
    monitor_charts,
    statistics_chart,
)
from tugan.monitor.statistics import count_records
from tugan.records.choices import Channel

# The charts of the statistics page: what is counted, by which field, the title, and what the
# chart's numbers can and cannot show.
STATISTICS_CHARTS = (
    ("events", "type", _("Events by type"), _(
        "One person may have several events, and one event may be reported by several sources: "
        "this counts events once each, not persons."
    )),
    ("events", "year", _("Events by year"), _(
        "A year with more events may be a year with more reporting. An event dated only by year "
        "counts in its year; undated events are counted as “date unknown”, never dropped."
    )),
    ("events", "month", _("Events by month"), _(
        "An event dated only by year is spread evenly over its twelve months (1/12 in each), so "
        "months may show fractions and real peaks are smoothed. Undated events are “date unknown”."
    )),
    ("events", "ethnicity", _("Events by ethnicity"), _(
        "Groups differ in how many relatives abroad can report and how safe it is for them: "
        "differences here are not differences in what happened."
    )),
    ("events", "prefecture", _("Events by prefecture"), _(
        "Where the event happened, else the person's hometown. Many reports name no place; "
        "they are counted as unknown."
    )),
    ("events", "gender", _("Events by gender of the person"), _(
        "Events about unnamed relatives and groups count as unknown."
    )),
    ("persons", "ethnicity", _("Persons by ethnicity"), _(
        "Each person once, whatever happened to them: relatives abroad who reported count too."
    )),
    ("persons", "prefecture", _("Persons by hometown prefecture"), _(
        "Hometown as recorded; many records have none."
    )),
    ("persons", "gender", _("Persons by gender"), _(
        "Gender as recorded; unknown when a report does not say."
    )),
)  # fmt: skip


def csv_response(header: list[str], rows: Iterable[Sequence[Any]], filename: str) -> HttpResponse:
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def contact_monitor(request: HttpRequest) -> HttpResponse:
    form = MonitorForm(request.GET)
    # A filter with an error is shown beside its field; the grid leaves it out.
    is_valid = form.is_valid()
    result = read_monitor(request.user, form.filters())
    charts = monitor_charts(result)
    return render(
        request,
        "monitor/contact_monitor.html",
        {
            "form": form,
            "result": result,
            "charts": charts,
            "query": form.query_without_errors(),
        },
        status=200 if is_valid else 400,
    )


def contact_monitor_csv(request: HttpRequest) -> HttpResponse:
    form = MonitorForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text())
    result = read_monitor(request.user, form.filters())
    keys = ["ethnicity", "place", "period", "families", "reachable", "cut_off",
            "share_reachable", "low", "high", "dated_by_source"]  # fmt: skip
    # A hidden share is None, which the csv module writes as an empty field.
    rows = map(itemgetter(*keys), result["cells"])
    return csv_response(keys, rows, "contact-monitor.csv")


def cell_families(request: HttpRequest) -> HttpResponse:
    form = CellForm(request.GET)
    if not form.is_valid():
        return render(request, "monitor/cell_families.html", {"form": form}, status=400)
    filters = form.filters()
    period = form.cleaned_data["cell_period"]
    cell = read_cell_families(request.user, filters, period)
    return render(
        request,
        "monitor/cell_families.html",
        {
            "filters": filters,
            "period": period,
            "group": group_label(filters.ethnicity, filters.prefecture),
            "channel": dict(Channel.choices).get(filters.channel, filters.channel),
            "family_rows": families_rows(cell["families"]),
            **cell,
        },
    )


def statistics(request: HttpRequest) -> HttpResponse:
    form = StatisticsForm(request.GET)
    # A filter with an error is shown beside its field; the charts leave it out.
    is_valid = form.is_valid()
    filters = form.filters()
    charts = []
    for counted, field, title, note in STATISTICS_CHARTS:
        result = count_records(request.user, [field], filters, counted)
        chart = statistics_chart(result, field, title)
        chart.update(counted=counted, note=note)
        charts.append(chart)
    return render(
        request,
        "monitor/statistics.html",
        {
            "form": form,
            "charts": charts,
            "query": form.query_without_errors(),
            "threshold_note": charts[0]["threshold"] if charts else None,
        },
        status=200 if is_valid else 400,
    )


def statistics_csv(request: HttpRequest) -> HttpResponse:
    form = StatisticsCsvForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text())
    by = form.cleaned_data["by"].split(",")
    try:
        result = count_records(
            request.user, by, form.filters(), form.cleaned_data["count"] or "events"
        )
    except ValueError as error:
        return HttpResponseBadRequest(str(error))
    rows = [[row[key] for key in [*by, "count"]] for row in result["rows"]]
    return csv_response([*by, "count"], rows, f"statistics-{'-'.join(by)}.csv")


def xinjiang_map(request: HttpRequest) -> HttpResponse:
    form = MapForm(request.GET)
    # A filter with an error is shown beside its field; the map leaves it out.
    is_valid = form.is_valid()
    data = form.cleaned_data
    result = read_map(
        request.user,
        data.get("measure") or "events",
        data.get("level") or "prefecture",
        data.get("type", ""),
        data.get("ethnicity", ""),
    )
    chart = map_chart(
        result["values"], result["level"], result["measure"], result["abroad"], result["threshold"]
    )
    return render(
        request,
        "monitor/xinjiang_map.html",
        {"form": form, "result": result, "chart": chart},
        status=200 if is_valid else 400,
    )
