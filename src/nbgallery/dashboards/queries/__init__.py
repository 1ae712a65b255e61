"""What each dashboard shows: a function per page returning its template context.

Every function runs a fixed number of queries, aggregates in the database and
limits its top lists, so that the pages stay fast on a large gallery.
"""

TOP = 25
