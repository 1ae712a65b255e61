from django import forms

from nbgallery_example.models import Bookmark


class BookmarkForm(forms.ModelForm):
    # Declared here only to say which scheme a bare "example.org" gets.
    url = forms.URLField(label="URL", max_length=500, assume_scheme="https")

    class Meta:
        model = Bookmark
        fields = ["title", "url"]
