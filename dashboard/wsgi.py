"""WSGI entry point: ``gunicorn dashboard.wsgi:server`` serves the store named by ``$INCIDENTS_DB``.

The app is built when this module is imported by the WSGI server (that is its purpose); a store that cannot be
opened stops the server at start with one clear message instead of failing on the first request.
"""

from __future__ import annotations

from dashboard.app import create_app, open_app_store
from incidents import default_db_path

__all__ = ["app", "server"]

app = create_app(store=open_app_store(default_db_path()))
server = app.server
