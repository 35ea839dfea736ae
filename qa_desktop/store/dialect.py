"""SQL whose best spelling differs between SQLite and PostgreSQL, chosen at compile time."""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import NullType


class CaseInsensitiveLike(ColumnElement[bool]):
    """`column LIKE pattern`, ignoring case.

    SQLite's LIKE already ignores ASCII case; wrapping both sides in lower() (what ilike does
    there) would stop the register's covering index from answering the search alone.
    """

    inherit_cache = True
    type = NullType()  # not Boolean: SQLite would append "= 1" to it inside OR

    def __init__(self, column, pattern: str) -> None:
        self.column = column
        self.pattern = pattern


@compiles(CaseInsensitiveLike)
def _ilike_default(element, compiler, **kw):
    return compiler.process(element.column.ilike(element.pattern, escape="\\"), **kw)


@compiles(CaseInsensitiveLike, "sqlite")
def _like_sqlite(element, compiler, **kw):
    return compiler.process(element.column.like(element.pattern, escape="\\"), **kw)


def contains_text(column, pattern: str) -> CaseInsensitiveLike:
    return CaseInsensitiveLike(column, pattern)
