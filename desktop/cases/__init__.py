"""Incidents: tamper-evident case logs, evidence snapshots, notes and templates.

Qt-free on purpose (tests/test_layout.py checks it). The storage of incidents
lives in `moddesk.storage`; this package holds the rules around it (the hash
chain, evidence snapshots, template filling) and `summary.IncidentSummary`, the
plain data a printable incident summary is rendered from.
"""
