"""Forms for uploads (upload.py) and for changing notebooks (manage.py)."""
