"""recognize: segments -> quantities (value normalised, unit, qualifier)."""
from pipelines.recognize.quantities import Quantity, parse_unit_text, recognize_segments, recognize_text

__all__ = ["Quantity", "parse_unit_text", "recognize_segments", "recognize_text"]
