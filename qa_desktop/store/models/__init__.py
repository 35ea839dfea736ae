"""All tables; importing this package registers them on Base.metadata."""

from .attachment import Attachment
from .audit import Audit
from .base import Base, Entity, UTCDateTime, utcnow
from .checklist import ChecklistRun, ChecklistTemplate, Response
from .eventlog import Event
from .nonconformity import CorrectiveAction, FollowUp, Nonconformity
from .org import Department, Organisation, Person
from .programme import Programme, ProgrammeActivity

__all__ = [
    "Attachment",
    "Audit",
    "Base",
    "ChecklistRun",
    "ChecklistTemplate",
    "CorrectiveAction",
    "Department",
    "Entity",
    "Event",
    "FollowUp",
    "Nonconformity",
    "Organisation",
    "Person",
    "Programme",
    "ProgrammeActivity",
    "Response",
    "UTCDateTime",
    "utcnow",
]
