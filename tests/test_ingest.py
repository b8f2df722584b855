"""ingest: decoding, script detection, quarantine of unreadable files."""
from __future__ import annotations

import pytest

from pipelines.ingest import decode, detect_script, read_documents
from pipelines.ingest.documents import UndecodableError

TEXT = "2024年，公司营收1269亿元。\r\n同比增长11.8%。"


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("gb18030", b"")])
def test_decode_accepts_common_encodings_and_normalises_newlines(encoding, prefix):
    text = decode(prefix + TEXT.encode(encoding))
    assert text == TEXT.replace("\r\n", "\n")


def test_decode_rejects_binary_with_a_reason():
    with pytest.raises(UndecodableError, match="utf-8"):
        decode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x81\xff")


def test_script_detection():
    assert detect_script("快手全年营收1269亿元,同比增长11.8%。") == "simplified"
    assert detect_script("騰訊全年營收達6,603億元,較去年同期增長8%。") == "traditional"


def test_read_documents_keys_by_content_and_quarantines_copies(tmp_path):
    (tmp_path / "a.md").write_text("营收100亿元", encoding="utf-8")
    (tmp_path / "b.txt").write_text("营收100亿元", encoding="utf-8")
    (tmp_path / "c.md").write_text("利润5亿元", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("x", encoding="utf-8")
    docs, quarantine = read_documents(tmp_path)
    assert sorted(docs["file_name"]) == ["a.md", "c.md"]
    assert docs["doc_id"].n_unique() == 2
    assert quarantine.select("document", "reason").rows() == [("b.txt", "duplicate of another document (same sha256)")]


def test_read_documents_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="raw folder not found"):
        read_documents(tmp_path / "absent")
