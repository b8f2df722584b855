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


def test_decode_reads_big5_as_big5_not_as_gb18030_garbage():
    """GB18030 reads almost any bytes: Big5 text read as GB18030 is kana and private-use characters. A Taiwanese
    or Hong Kong file in Big5 is read as Big5; a GB18030 file with a Greek letter or two stays GB18030."""
    traditional = "# 乙公司2024年業績\n\n2024年，乙公司營收100億元，年增10%。台積電第3季營收7,596億元。"
    assert decode(traditional.encode("big5")) == traditional
    simplified = "β-受体阻滞剂Ⅲ期临床：2024年，甲公司实现营收100亿元，同比增长10%。公司毛利率为35.2%。"
    assert decode(simplified.encode("gb18030")) == simplified


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
