"""validate: check a stage's frame against its pandera model; bad rows -> quarantine."""
from pipelines.validate.split import split_valid

__all__ = ["split_valid"]
