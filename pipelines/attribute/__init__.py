"""attribute: quantities -> facts (metric, subject, period, kind, direction, baseline)."""
from pipelines.attribute.facts import attribute_quantities, attribute_sentence
from pipelines.attribute.periods import find_periods

__all__ = ["attribute_quantities", "attribute_sentence", "find_periods"]
