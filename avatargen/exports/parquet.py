"""Parquet in the Hugging Face datasets layout: the records with their images in columns.

```
README.md                            the dataset card (Hugging Face YAML header)
data/train-00000-of-00001.parquet    one row per persona, every record field a column
manifest.json                        parameters, counts and the sha256 of every file
images/<persona id>/<n>.png          only with images referenced instead of embedded
```

``datasets.load_dataset("parquet", data_files="data/*.parquet")``, ``load_dataset(<folder>)``
(the card's ``configs`` names the files) and ``pandas.read_parquet("data")`` all read it.
Nested record fields are struct columns, lists are list columns. ``images`` holds, per
persona, either the PNGs themselves (embedded: ``{"bytes", "path"}`` structs that
``datasets`` decodes as ``Image`` features, declared in the files' ``huggingface`` schema
metadata) or the record's relative paths (referenced: the PNGs are files beside the data).

Rows are written a row group at a time and images are read one persona at a time, so
memory stays flat; files are cut into shards of about 500 MB, as the Hub recommends.
"""

from __future__ import annotations

import json
import math
import types
from collections.abc import Iterator
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from avatargen.models import GenerationTask, Persona
from avatargen.persona_record import PersonaRecord

IMAGE_MODES = ("embedded", "referenced")
ROW_GROUP = 64  # personas per row group (the Hub's viewer reads row groups of images)
SHARD_BYTES = 500 * 1024 * 1024
EST_IMAGE_BYTES = 80 * 1024  # for cutting shards before the images are read


def _arrow(annotation: Any) -> pa.DataType:
    """The Arrow type of a record field's annotation (nested models become structs)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):  # X | None: the column is nullable anyway
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return _arrow(inner)
    if origin is list:
        return pa.list_(_arrow(get_args(annotation)[0]))
    if origin is Literal:
        return _arrow(type(get_args(annotation)[0]))
    if get_args(annotation) and hasattr(annotation, "__metadata__"):  # Annotated
        return _arrow(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(
            [pa.field(n, _arrow(f.annotation)) for n, f in annotation.model_fields.items()]
        )
    return {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}[annotation]


IMAGE_STRUCT = pa.struct([pa.field("bytes", pa.binary()), pa.field("path", pa.string())])


def arrow_schema(images: str) -> pa.Schema:
    fields = []
    for name, info in PersonaRecord.model_fields.items():
        if name == "images":
            kind = pa.list_(IMAGE_STRUCT) if images == "embedded" else pa.list_(pa.string())
            fields.append(pa.field(name, kind))
        else:
            fields.append(pa.field(name, _arrow(info.annotation)))
    schema = pa.schema(fields)
    features = {
        f.name: [{"_type": "Image"}] if f.name == "images" and images == "embedded"
        else _feature(f.type)
        for f in schema
    }  # fmt: skip
    meta = {"info": {"features": features}}
    return schema.with_metadata({"huggingface": json.dumps(meta)})


def _feature(t: pa.DataType) -> Any:
    """The ``datasets`` feature (as serialized in Hugging Face's metadata) of an Arrow type."""
    if pa.types.is_struct(t):
        return {t.field(i).name: _feature(t.field(i).type) for i in range(t.num_fields)}
    if pa.types.is_list(t):
        return [_feature(t.value_type)]
    dtype = {pa.string(): "string", pa.int64(): "int64", pa.bool_(): "bool", pa.binary(): "binary"}[
        t
    ]
    return {"dtype": dtype, "_type": "Value"}


def shard_count(personas: int, images_per_persona: int, images: str) -> int:
    per_persona = 4096 + (images_per_persona * EST_IMAGE_BYTES if images == "embedded" else 0)
    return max(1, math.ceil(personas * per_persona / SHARD_BYTES))


def shard_name(i: int, n: int) -> str:
    return f"data/train-{i:05d}-of-{n:05d}.parquet"


class _Tell:
    """A write-only file for pyarrow: counts what it writes (pyarrow asks ``tell``)."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.pos = 0
        self.closed = False

    def write(self, data) -> int:
        n = self.raw.write(data)
        self.pos += len(data)
        return n if n is not None else len(data)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        return None

    def close(self) -> None:
        self.closed = True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def write_shards(
    task: GenerationTask,
    sink,
    rows: Iterator[tuple[dict[str, Any], list[Any]]],
    images: str,
    image_bytes,
) -> None:
    """Write the records ``rows`` (record, image rows) into ``sink`` as Parquet shards;
    ``image_bytes(image_row)`` reads one stored image (embedded mode)."""
    schema = arrow_schema(images)
    total = db_count(task)
    n = shard_count(total, task.images_per_persona, images)
    per_shard = math.ceil(total / n) if total else 1
    it = iter(rows)
    for i in range(n):
        with sink.file(shard_name(i, n)) as fh:
            writer = pq.ParquetWriter(_Tell(fh), schema, compression="zstd")
            try:
                written = 0
                batch: list[dict[str, Any]] = []
                for record, image_rows in it:
                    if images == "embedded":
                        record = {
                            **record,
                            "images": [
                                {"bytes": image_bytes(img), "path": path}
                                for img, path in zip(image_rows, record["images"], strict=True)
                            ],
                        }
                    batch.append(record)
                    written += 1
                    if len(batch) == ROW_GROUP:
                        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                        batch = []
                    if written == per_shard and i < n - 1:
                        break
                if batch or written == 0:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            finally:
                writer.close()


def db_count(task: GenerationTask) -> int:
    import sqlalchemy as sa

    from avatargen.extensions import db

    return db.session.scalar(
        sa.select(sa.func.count()).select_from(Persona).where(Persona.task_pk == task.id)
    )
