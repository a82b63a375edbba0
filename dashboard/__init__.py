"""Incident Atlas dashboard: an offline Dash app over the incident store.

``create_app(store=...)`` builds an independent app; ``dashboard.wsgi:server`` serves the store named by
``$INCIDENTS_DB`` under a WSGI server (gunicorn).
"""

from dashboard.app import AppContext, Settings, create_app, open_app_store

__all__ = ["AppContext", "Settings", "create_app", "open_app_store"]
