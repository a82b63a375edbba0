"""Every component id of the dashboard, in one place (layout and callbacks import them from here)."""

from __future__ import annotations

# page structure
URL_IN = "url-in"  # read: the query string a link opened
URL_OUT = "url-out"  # written: mirrors the filter state
TABS = "tabs"
TAB_MAP = "tab-map"
TAB_INGEST = "tab-ingest"

# filter state (the browser holds only this small dict) and view state
FILTER_STATE = "filter-state"
MAP_VIEW = "map-view"
MAP_META = "map-meta"
SELECTED = "selected-incident"
URL_NOTICE = "url-notice"

# filter controls
F_DATES = "f-dates"
F_EVENT_TYPE = "f-event-type"
F_SUB_EVENT_TYPE = "f-sub-event-type"
F_WEAPON = "f-weapon"
F_ACTOR = "f-actor"
F_COUNTRY = "f-country"
F_ADMIN1 = "f-admin1"
F_FAT_MIN = "f-fat-min"
F_FAT_MAX = "f-fat-max"
F_GEO_PRECISION = "f-geo-precision"
F_DATE_PRECISION = "f-date-precision"
F_CONFIDENCE = "f-confidence"
F_SOURCE = "f-source"
F_HISTORICAL = "f-historical"
F_TEXT = "f-text"
F_RESET = "f-reset"
COUNT = "count"

# map, timeline, play control
MAP = "map"
MAP_NOTE = "map-note"
TIMELINE = "timeline"
PLAY = "play"
PLAY_INTERVAL = "play-interval"
PLAY_STATE = "play-state"

# details, table, export
DETAILS = "details"
TABLE = "table"
TABLE_NOTE = "table-note"
EXPORT_FORMAT = "export-format"
EXPORT_BUTTON = "export-button"
EXPORT_DOWNLOAD = "export-download"
EXPORT_NOTE = "export-note"

# sample data
SAMPLE_BUTTON = "sample-button"
SAMPLE_NOTE = "sample-note"
SAMPLE_BOX = "sample-box"

# ingest page
IN_TEXT = "in-text"
IN_UPLOAD = "in-upload"
IN_UPLOAD_NOTE = "in-upload-note"
IN_PUBLISHED = "in-published"
IN_SOURCE = "in-source"
IN_URL = "in-url"
IN_TITLE = "in-title"
IN_PREVIEW = "in-preview"
IN_SAVE = "in-save"
IN_RESULT = "in-result"
IN_STATUS = "in-status"
DATA_REVISION = "data-revision"
