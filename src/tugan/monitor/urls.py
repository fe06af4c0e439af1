from django.urls import path

from tugan.monitor import views

app_name = "monitor"
urlpatterns = [
    path("monitor/", views.contact_monitor, name="contact-monitor"),
    path("monitor/cells.csv", views.contact_monitor_csv, name="contact-monitor-csv"),
    path("monitor/families/", views.cell_families, name="cell-families"),
    path("statistics/", views.statistics, name="statistics"),
    path("statistics/counts.csv", views.statistics_csv, name="statistics-csv"),
    path("map/", views.xinjiang_map, name="xinjiang-map"),
]
