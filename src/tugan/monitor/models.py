"""What the monitor and statistics count, kept up to date as the records change.

Derived from the records (monitor/derived.py keeps them, in the transaction of each change,
and rebuilds them whole with `tugan recount`): one row per counted fact, with the
confidentiality level and publication it may be seen at, and the counts per audience
(who may see them) that the pages read. Nothing here is entered by hand.
"""

from django.db import models


class ContactReading(models.Model):
    """One dated report of a family link's state: a contact event or a contact report.

    A report with no date of its own is dated by its earliest source's publication day
    (dated_by_source; derived.source_dates).
    """

    # The reading's order: an event's id * 2, a contact report's id * 2 + 1 (later wins a tie).
    reading = models.BigIntegerField(unique=True)
    # The named person the link is read through (its relative inside, or whose relative).
    anchor = models.IntegerField(db_index=True)
    link = models.CharField(max_length=60)
    ethnicity = models.CharField(max_length=20)
    place = models.CharField(max_length=20)
    date = models.DateField()
    precision = models.CharField(max_length=10)
    effective = models.DateField()
    state = models.CharField(max_length=10)
    channel = models.CharField(max_length=10, blank=True)
    # The strictest level among the reading and its persons (index in LEVEL_ORDER), and
    # whether all of them are published and public.
    level = models.PositiveSmallIntegerField()
    is_public = models.BooleanField()
    dated_by_source = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["ethnicity", "place", "effective"]),
            models.Index(fields=["effective"]),  # the readings of one month (--until)
        ]


class ContactMonthCount(models.Model):
    """For an audience and channel, how a group's counts change in a month (see derived.py).

    reachable and cut_off are the net number of links entering that state in the month
    (a link moving from cut off to reachable adds one and takes one away); readings counts
    the reports taking effect in the month. Summed month by month they give the counts at
    each month's end.
    """

    audience = models.CharField(max_length=12)
    channel = models.CharField(max_length=10, blank=True)
    ethnicity = models.CharField(max_length=20)
    place = models.CharField(max_length=20)
    month = models.DateField()
    reachable = models.IntegerField(default=0)
    cut_off = models.IntegerField(default=0)
    readings = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["audience", "channel", "ethnicity", "place", "month"],
                name="contact_month_count_key",
            )
        ]
        # The monitor reads an audience's counts whole (thousands of rows a page): from an
        # index holding every column it reads them in order, without a lookup of each row in
        # the table (on SQLite 10 ms instead of 200 for 100,000 persons).
        indexes = [
            models.Index(
                fields=["audience", "channel", "ethnicity", "place", "month", "reachable",
                        "cut_off", "readings"],
                name="contact_month_count_read",
            )
        ]  # fmt: skip


class EventFact(models.Model):
    """An event as the statistics count it."""

    event = models.IntegerField(primary_key=True)
    type = models.CharField(max_length=30)
    year = models.IntegerField(null=True)
    month = models.IntegerField(null=True)
    precision = models.CharField(max_length=10)
    ethnicity = models.CharField(max_length=20)
    prefecture = models.CharField(max_length=20)
    county = models.CharField(max_length=20)
    gender = models.CharField(max_length=10)
    # "person", "relative" or "group" (no named person): the monitor finds its signals by it
    # (a text column, as SQLite uses no index for Django's test of a boolean column).
    subject = models.CharField(max_length=10, db_index=True)
    level = models.PositiveSmallIntegerField()
    is_public = models.BooleanField()


class PersonFact(models.Model):
    """A person (not merged into another) as the statistics and the map count them."""

    person = models.IntegerField(primary_key=True)
    ethnicity = models.CharField(max_length=20)
    prefecture = models.CharField(max_length=20)
    county = models.CharField(max_length=20)
    gender = models.CharField(max_length=10)
    # The place key abroad the person lives at, when it can be drawn on the map; else "".
    residence = models.CharField(max_length=80, blank=True)
    level = models.PositiveSmallIntegerField()
    is_public = models.BooleanField()


class StatisticsCount(models.Model):
    """How many facts of one audience share a key in one cube (fields outside it are "")."""

    audience = models.CharField(max_length=12)
    cube = models.CharField(max_length=40)
    # The cube's field values joined by "|": what a change looks its count up by.
    key = models.CharField(max_length=200)
    type = models.CharField(max_length=30, blank=True)
    year = models.IntegerField(null=True)
    month = models.IntegerField(null=True)
    precision = models.CharField(max_length=10, blank=True)
    ethnicity = models.CharField(max_length=20, blank=True)
    prefecture = models.CharField(max_length=20, blank=True)
    county = models.CharField(max_length=20, blank=True)
    gender = models.CharField(max_length=10, blank=True)
    residence = models.CharField(max_length=80, blank=True)
    n = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["audience", "cube", "key"], name="statistics_count_key")
        ]
        # A count with several filters reads the largest cube through one of these.
        indexes = [
            models.Index(fields=["audience", "cube", field], name=f"statistics_count_{field}")
            for field in ("type", "year", "ethnicity", "prefecture", "gender")
        ]
