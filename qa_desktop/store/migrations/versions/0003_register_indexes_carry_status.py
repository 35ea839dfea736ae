"""register indexes carry status

Revision ID: 1275f557e5c2
Revises: 4d3746f67720
Create Date: 2026-11-24 23:09:51.603772

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1275f557e5c2'
down_revision: Union[str, Sequence[str], None] = '4d3746f67720'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# Expression indexes are invisible to autogenerate: written by hand, kept in step with
# models/nonconformity.py. The trailing status lets a filter's overdue count read the index.
_DUE_SORT = sa.text("coalesce(due_date, '9999-12-31')")
_WIDENED = [
    ('ix_nc_grade_due', ['grade']),
    ('ix_nc_process_due', ['process']),
    ('ix_nc_department_due', ['department_id']),
    ('ix_nc_audit_due', ['audit_id']),
    ('ix_nc_year_due', ['year']),
]


def _rebuild(with_status: bool) -> None:
    tail = ['status'] if with_status else []
    for name, lead in _WIDENED:
        op.drop_index(name, table_name='nonconformity')
        op.create_index(name, 'nonconformity', [*lead, _DUE_SORT, 'number', *tail], unique=False)
    op.drop_index('ix_nc_due_text', table_name='nonconformity')
    op.create_index(
        'ix_nc_due_text', 'nonconformity', [_DUE_SORT, 'number', *tail, 'clause', 'facts'],
        unique=False,
    )


def upgrade() -> None:
    _rebuild(with_status=True)
    # ix_nc_due_text now leads with the same columns and serves the unfiltered order too.
    op.drop_index('ix_nc_due', table_name='nonconformity')


def downgrade() -> None:
    op.create_index('ix_nc_due', 'nonconformity', [_DUE_SORT, 'number'], unique=False)
    _rebuild(with_status=False)
