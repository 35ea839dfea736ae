"""Content-addressed evidence files: <data dir>/attachments/ab/abcdef….

The same photo attached twice is stored once; a file's name is its sha256, so a damaged or
swapped file is detectable.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
MAX_BYTES = 200 * 1024 * 1024


class AttachmentError(RuntimeError):
    pass


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    mime_type: str


def guess_mime(name: str, head: bytes) -> str:
    # Photos from phones often come without or with a wrong extension; trust the bytes first.
    signatures = {
        b"\xff\xd8\xff": "image/jpeg",
        b"\x89PNG\r\n\x1a\n": "image/png",
        b"GIF8": "image/gif",
        b"%PDF-": "application/pdf",
    }
    for magic, mime in signatures.items():
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_file(self, source: Path) -> StoredBlob:
        source = Path(source)
        if not source.is_file():
            raise AttachmentError(f"文件不存在 / no such file: {source}")
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise AttachmentError(
                f"文件超过 {MAX_BYTES // (1024 * 1024)} MB / file larger than the limit: {source.name}"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".incoming-{os.getpid()}-{id(source)}"
        digest = hashlib.sha256()
        head = b""
        try:
            with open(source, "rb") as src, open(tmp, "wb") as out:
                while chunk := src.read(CHUNK):
                    if not head:
                        head = chunk[:16]
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise AttachmentError(f"无法保存附件 / cannot store the attachment: {exc}") from exc
        return StoredBlob(sha256=sha, size=size, mime_type=guess_mime(source.name, head))

    def export(self, sha256: str, dest: Path) -> Path:
        shutil.copyfile(self.path_for(sha256), dest)
        return Path(dest)

    def verify(self, sha256: str) -> str | None:
        """None when the stored file is present and intact, else what is wrong."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return None if digest.hexdigest() == sha256 else "altered"
