"""The guideline packs shipped with ModDesk, as TOML data files.

A package (not a bare folder) so setuptools ships the files without
warning; `moddesk.triage.pack_loader.builtin_packs` reads them.
"""
