"""The detector types a pack may name, and how a spec becomes a detector."""

from __future__ import annotations

from .detector_base import Detector
from .detectors_contact import AddressDetector, EmailDetector, PhoneDetector
from .detectors_events import MessageKindDetector, RemovedDetector, SystemEventDetector
from .detectors_links import LinksDetector
from .detectors_payment import PaymentDetector
from .detectors_signals import DistressDetector, GroomingDetector, SignalsDetector
from .detectors_stateful import FloodDetector, NeedsReplyDetector
from .detectors_text import KeywordsDetector, RegexDetector
from .model import DetectorSpec
from .options import option_problems

DETECTORS: dict[str, type[Detector]] = {cls.type_name: cls for cls in (
    KeywordsDetector, RegexDetector, SignalsDetector, DistressDetector, GroomingDetector,
    PaymentDetector, PhoneDetector, EmailDetector, AddressDetector, LinksDetector,
    MessageKindDetector, SystemEventDetector, RemovedDetector, FloodDetector, NeedsReplyDetector,
)}


def spec_problems(spec: DetectorSpec) -> list[tuple[str, str]]:
    """(field, problem) for a detector spec; field is relative ("type", "options.count")."""
    cls = DETECTORS.get(spec.type)
    if cls is None:
        return [("type", f"'{spec.type}' is not a detector type; use one of "
                         f"{', '.join(sorted(DETECTORS))}")]
    problems = option_problems(cls.OPTIONS, spec.options)
    if not problems:
        problems = cls.extra_problems(spec.options)
    return [(f"options.{name}", problem) for name, problem in problems]


def build_detector(spec: DetectorSpec) -> Detector:
    """A ready detector for a spec that has passed `spec_problems`."""
    return DETECTORS[spec.type](spec.options)
