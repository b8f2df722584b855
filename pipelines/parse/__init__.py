"""parse: documents -> segments (prose sentences and table cells) with offsets."""
from pipelines.parse.blocks import parse_document, parse_documents

__all__ = ["parse_document", "parse_documents"]
