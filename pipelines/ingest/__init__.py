"""ingest: raw files -> one decoded document row each (or a quarantine row)."""
from pipelines.ingest.documents import SUPPORTED_SUFFIXES, decode, detect_script, read_documents

__all__ = ["SUPPORTED_SUFFIXES", "decode", "detect_script", "read_documents"]
