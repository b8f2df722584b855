"""attribute: quantities -> facts (metric, subject, period, kind, direction, baseline)."""
from pipelines.attribute.facts import attribute_quantities
from pipelines.attribute.sentence import analyse_sentence, attribute_sentence
from pipelines.attribute.periods import find_periods, normalise_period

__all__ = ["analyse_sentence", "attribute_quantities", "attribute_sentence", "find_periods", "normalise_period"]
