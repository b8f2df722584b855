"""Read raw/ into a documents frame.

Text is decoded strictly (UTF-8, with or without BOM, then UTF-16 by BOM, then
GB18030, which is what Chinese Windows tools write, or Big5-HKSCS, which Taiwanese
and Hong Kong tools write); a file none of them decodes cleanly is quarantined
rather than guessed at. Offsets downstream count
characters of the decoded text with newlines normalised to \\n.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import polars as pl

from pipelines.recognize.textnorm import TRADITIONAL_ONLY
from pipelines.schemas import DocumentModel, QuarantineModel, empty_frame

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode(data: bytes) -> str:
    """Decode report bytes; raise UndecodableError with the reason."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        candidates = ("utf-8",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "gb18030", "big5hkscs")
    errors = []
    decoded = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            errors.append(f"{enc}: {exc.reason} at byte {exc.start}")
            continue
        if "\x00" in text:
            errors.append(f"{enc}: NUL characters (binary file?)")
            continue
        odd = 0 if enc == "utf-8" else len(_ODD.findall(text))
        if odd <= max(2, len(text) // 200):
            # (a trace of them is the text's own: β-受体, Ⅲ期, a Greek letter in a formula)
            return text.replace("\r\n", "\n").replace("\r", "\n")
        decoded.append((odd, text))
    if decoded:
        # Every reading has odd characters: the one with fewest (GB18030 reads almost any bytes, so Big5 text read
        # as GB18030 is full of kana and private-use characters, which no Chinese report writes)
        text = min(decoded, key=lambda d: d[0])[1]
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise UndecodableError("; ".join(errors))


# Characters a Chinese report rarely writes, but a legacy encoding read as another one gives in numbers: kana,
# Greek and Cyrillic letters, box drawing, private-use code points.
_ODD = re.compile("[\u3040-\u30ff\u0370-\u04ff\u2500-\u257f\ue000-\uf8ff]")


_NOT_HAN = "[^\u4e00-\u9fff]+"
# Every Traditional-only character is a CJK ideograph, so none needs escaping.
_TRADITIONAL = "[" + "".join(sorted(TRADITIONAL_ONLY)) + "]"


def script_of(text: pl.Expr) -> pl.Expr:
    """'traditional' when Traditional-only characters are more than a trace (2%) of
    the Han characters, else 'simplified': one vectorised pass per document."""
    # Han characters counted as what is left when everything else is removed:
    # half the time of count_matches, which pays per match (every character).
    han = text.str.replace_all(_NOT_HAN, "").str.len_chars()
    trad = text.str.count_matches(_TRADITIONAL)
    return pl.when((han > 0) & (trad > 0.02 * han)).then(pl.lit("traditional")).otherwise(pl.lit("simplified"))


def detect_script(text: str) -> str:
    """script_of for one string."""
    return pl.select(script_of(pl.lit(text))).item()


def _title(text: str) -> str | None:
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:200]
    return None


def document_row(file_name: str, data: bytes) -> dict:
    """One DocumentModel row for the bytes of a file (raises UndecodableError)."""
    text = decode(data)
    sha = hashlib.sha256(data).hexdigest()
    return {
        "doc_id": sha,
        "file_name": file_name,
        "sha256": sha,
        "text": text,
        "script": None,  # set for all documents at once (script_of)
        "char_count": len(text),
        "title": _title(text),
    }


def read_documents(raw_dir: Path | str, only: set[str] | None = None,
                   limit: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Documents and quarantine rows for every supported file in raw_dir.

    `only` restricts reading to these file names (incremental builds pass the
    files whose content changed). `limit` (0: none) stops reading, in name
    order, once that many files decoded: a build extracts at most so many
    documents, and files that cannot be read never hold up the others.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    docs, rejects = [], []
    for path in sorted(raw_dir.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        if only is not None and path.name not in only:
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            rejects.append({"stage": "ingest", "document": path.name,
                            "reason": "unsupported file type",
                            "detail": f"suffix {path.suffix!r}; accepted: {', '.join(SUPPORTED_SUFFIXES)}"})
            continue
        if limit and len(docs) >= limit:
            break
        try:
            docs.append(document_row(path.name, path.read_bytes()))
        except UndecodableError as exc:
            rejects.append({"stage": "ingest", "document": path.name,
                            "reason": "cannot decode as text", "detail": str(exc)})
    documents = (pl.DataFrame(docs, schema=empty_frame(DocumentModel).schema).with_columns(script=script_of(pl.col("text")))
                 if docs else empty_frame(DocumentModel))
    quarantine = pl.DataFrame(rejects, schema=empty_frame(QuarantineModel).schema) if rejects else empty_frame(QuarantineModel)
    # Two files with identical bytes are one document: keep the first name,
    # quarantine the copy so nothing disappears silently.
    dup = documents.filter(pl.col("doc_id").is_duplicated() & ~pl.col("doc_id").is_first_distinct())
    if dup.height:
        quarantine = pl.concat([quarantine, dup.select(
            stage=pl.lit("ingest"), document=pl.col("file_name"),
            reason=pl.lit("duplicate of another document (same sha256)"), detail=pl.col("sha256"))])
        documents = documents.unique("doc_id", keep="first", maintain_order=True)
    return documents, quarantine
