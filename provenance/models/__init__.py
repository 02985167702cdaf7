"""Every model, importable from one place (Alembic and the schema docs need them all)."""

from provenance.models.actors import Actor, ActorAlias, ActorLink, Mention
from provenance.models.audit import AuditEvent
from provenance.models.claims import Claim, ClaimStatement, Review, Status
from provenance.models.documents import Document, Span
from provenance.models.statements import Figure, Statement
from provenance.models.suggestions import Suggestion
from provenance.models.users import User

__all__ = [
    "Actor",
    "ActorAlias",
    "ActorLink",
    "AuditEvent",
    "Claim",
    "ClaimStatement",
    "Document",
    "Figure",
    "Mention",
    "Review",
    "Span",
    "Statement",
    "Status",
    "Suggestion",
    "User",
]
