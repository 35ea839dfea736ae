"""All tables; importing this package registers them on Base.metadata."""

from .attachment import Attachment
from .audit import Audit
from .base import Base, Entity, UTCDateTime, utcnow
from .checklist import ChecklistRun, ChecklistTemplate, Response
from .eventlog import Event
from .measures import (
    ImportBatch,
    ImportProfile,
    KbCount,
    KpiTarget,
    KpiValue,
    StockLevel,
    StockMovement,
    Ticket,
)
from .nonconformity import CorrectiveAction, FollowUp, Nonconformity
from .org import Department, Organisation, Person
from .programme import Programme, ProgrammeActivity
from .review import GeneratedDocument, ManagementReview, ReviewAction
from .surveys import Survey, SurveyResponse

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
    "GeneratedDocument",
    "ImportBatch",
    "ImportProfile",
    "KbCount",
    "KpiTarget",
    "KpiValue",
    "ManagementReview",
    "Nonconformity",
    "Organisation",
    "Person",
    "Programme",
    "ProgrammeActivity",
    "Response",
    "ReviewAction",
    "StockLevel",
    "StockMovement",
    "Survey",
    "SurveyResponse",
    "Ticket",
    "UTCDateTime",
    "utcnow",
]
