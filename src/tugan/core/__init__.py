"""Plain-Python core of Tugan: parsing, text, names, places, dates and extraction.

Nothing here imports Django or touches a database.
"""
