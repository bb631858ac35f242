"""Shipped replies and announcements: `index.toml` plus one TOML file per language.

Package data only; `moddesk.cases.templates_shipped` reads it.
"""
