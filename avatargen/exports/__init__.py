"""Export writers (JSON, JSONL, CSV, ZIP and folder), streaming rows and files."""

from avatargen.exports.writer import EXPORT_FORMATS, ExportError, export_task

__all__ = ["EXPORT_FORMATS", "ExportError", "export_task"]
