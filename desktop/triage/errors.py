"""The one error a pack can raise: `PackError`, which says where and what to do."""

from __future__ import annotations


class PackError(ValueError):
    """A guideline pack that cannot be used, with its file, rule and field.

    The message reads like an instruction to the moderator who edited the
    file: "support.toml: rule 'flooding', detectors[0].options.count: must be
    a whole number of at least 2, not 'ten'".
    """

    def __init__(self, source: str, problem: str, *, rule: str | None = None,
                 field: str | None = None) -> None:
        self.source, self.rule, self.field, self.problem = source, rule, field, problem
        where = ", ".join(p for p in (f"rule '{rule}'" if rule is not None else None, field) if p)
        super().__init__(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")
