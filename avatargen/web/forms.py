"""Forms of the signed-in pages."""

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField, TextAreaField

from avatargen.providers.base import PLATFORMS


class SettingsForm(FlaskForm):
    """Four bio prompts and four limits; validation lives in services.bio_settings."""

    submit = SubmitField("Save settings")


for _p in PLATFORMS:
    setattr(SettingsForm, f"prompt_{_p}", TextAreaField(f"prompt_{_p}"))
    setattr(SettingsForm, f"limit_{_p}", StringField(f"limit_{_p}"))
