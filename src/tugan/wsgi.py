"""WSGI entry point, as `tugan serve` runs it."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tugan.settings")
application = get_wsgi_application()
