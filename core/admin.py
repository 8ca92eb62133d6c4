from django.contrib import admin
from django.db import models

from .validation import CheckedModelForm


class CheckedModelAdmin(admin.ModelAdmin):
    """The admin's forms go through the validation layer; an address typed without a scheme is
    read as https (Django 6's default, chosen now rather than left to a deprecation warning)."""

    form = CheckedModelForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
