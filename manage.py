#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # Commands on a checkout default to development (a dev secret, SQLite). The web and worker
    # processes (wsgi/asgi, celery) do not: they need DEBUG=1 or a real SECRET_KEY and ALLOWED_HOSTS.
    # Production sets DEBUG=0 for its commands too (docker-compose.yml does).
    os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
