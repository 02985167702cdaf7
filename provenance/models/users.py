"""Accounts of the people who use Provenance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from provenance.db import Base
from provenance.models.common import created_at_column, one_of

ROLES = ("admin", "editor", "factchecker", "auditor")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        one_of("role", ROLES, "role_known"),
        CheckConstraint("email = lower(email)", name="email_lowercase"),
        {"comment": "A person's account and role."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="User number.")
    email: Mapped[str] = mapped_column(
        String(320), unique=True, comment="Login name, stored in lower case; unique."
    )
    display_name: Mapped[str | None] = mapped_column(Text, comment="Name shown in the history.")
    role: Mapped[str] = mapped_column(String(16), comment="admin, editor, factchecker or auditor.")
    password_hash: Mapped[str | None] = mapped_column(
        Text, comment="argon2 hash of the password; NULL for accounts that cannot log in."
    )
    is_active: Mapped[bool] = mapped_column(
        Boolean, default=True, comment="False once the account is disabled; rows are never deleted."
    )
    created_at: Mapped[datetime] = created_at_column()
