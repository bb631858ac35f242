"""ModDesk: an offline, encrypted moderation desk for WhatsApp group volunteers.

This folder, `desktop/`, is the import package `moddesk` (setuptools
`package-dir`); `ui/` is `moddesk.ui` and `storage/` is `moddesk.storage`.
Imports flow one way: the app shell here -> `moddesk.ui` -> the Qt-free domain
subpackages (`moddesk.ingest`, `moddesk.triage`, `moddesk.cases`,
`moddesk.reports`) -> `moddesk.storage`.
"""

__version__ = "0.1.0"
