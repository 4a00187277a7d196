"""Model folders as an air-gapped machine has them: copied from the offline extra, another
build trusted through SHA256SUMS, a file changed after the fact."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from retrieval.index import model_files


def model_folder(where: Path) -> Path:
    """An air-gapped machine's model folder: the two files, copied from the offline extra."""
    where.mkdir(parents=True)
    path = model_files.packaged_model()
    assert path is not None, "the test extra installs the offline model"
    shutil.copyfile(path, where / "model.onnx")
    shutil.copyfile(model_files.BUNDLED_DIR / "tokenizer.json", where / "tokenizer.json")
    return where


def other_build(where: Path) -> Path:
    """A model folder with another build (its bytes differ, as fp32 and int8 do), trusted
    through a SHA256SUMS file. The build is the int8 model with a doc string appended (a valid
    ONNX file: protobuf field 6), so its vectors are the same but its sha256 is not."""
    folder = model_folder(where)
    doc = b"another build"
    model = folder / "model.onnx"
    model.write_bytes(model.read_bytes() + bytes([0x32, len(doc)]) + doc)
    record_hashes(folder)
    return folder


def record_hashes(folder: Path) -> None:
    subprocess.run(
        ["sha256sum", "model.onnx", "tokenizer.json"],
        cwd=folder,
        stdout=(folder / "SHA256SUMS").open("w"),
        check=True,
    )


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
