"""Local development: debug on, a throwaway secret key, e-mail to the console."""

import os

from .base import *  # noqa: F403
from .base import env

# Debug pages are on unless DEBUG says otherwise (the schema's default is off, for production).
DEBUG = env("DEBUG") if "DEBUG" in os.environ else True
SECRET_KEY = env("SECRET_KEY") or "dev-only-insecure-key"  # noqa: S105
# runserver serves static files from the app directories; nothing needs collecting.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# `make run` creates a local administrator account when there is none (manage.py
# local_account); the command refuses under any other settings.
LOCAL_ACCOUNT = True
