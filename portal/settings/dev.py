"""Local development: debug on, a throwaway secret key, e-mail to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default=None) or "dev-only-insecure-key"  # noqa: S105
# runserver serves static files from the app directories; nothing needs collecting.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
