"""Notebook pages: upload.py (steps 1 and 2), notebook.py (reading), manage.py
(changing), listings.py (home tabs, tags, languages)."""
