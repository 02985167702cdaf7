"""Initial schema: every table of the domain model and the status vocabulary.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 05:34:07.908154
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The corroboration vocabulary every installation starts with (admins may add more).
STATUSES = [
    {"code": "unreviewed", "label": "Unreviewed", "sort_order": 10, "is_final": False,
     "rating_value": None, "description": "No editor has decided on the claim yet."},
    {"code": "in_review", "label": "In review", "sort_order": 20, "is_final": False,
     "rating_value": None, "description": "An editor is checking the claim; no decision yet."},
    {"code": "corroborated", "label": "Corroborated", "sort_order": 30, "is_final": True,
     "rating_value": 5, "description": "Independent sources confirm the claim."},
    {"code": "single_source", "label": "Single source", "sort_order": 40, "is_final": True,
     "rating_value": 3, "description": "Only one source, or sources that are not independent "
     "of each other, support the claim."},
    {"code": "disputed", "label": "Disputed", "sort_order": 50, "is_final": True,
     "rating_value": 2, "description": "Credible sources disagree and the evidence does not "
     "settle it."},
    {"code": "contradicted", "label": "Contradicted", "sort_order": 60, "is_final": True,
     "rating_value": 1, "description": "Independent evidence contradicts the claim."},
    {"code": "unverifiable", "label": "Unverifiable", "sort_order": 70, "is_final": True,
     "rating_value": None, "description": "The claim cannot be checked against any "
     "independent evidence available."},
]


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False, comment='Actor number.'),
    sa.Column('kind', sa.String(length=32), nullable=False, comment='person, organisation or unnamed_source.'),
    sa.Column('name', sa.Text(), nullable=False, comment="Display name; for an unnamed source, its description as written (e.g. 'a senior official of the Ministry of Intelligence')."),
    sa.Column('description', sa.Text(), nullable=True, comment="Editors' note on who this is."),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("kind IN ('person', 'organisation', 'unnamed_source')", name=op.f('ck_actors_kind_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors')),
    comment='A person, an organisation, or an unnamed source, as one row each.'
    )
    op.create_table('statuses',
    sa.Column('code', sa.String(length=32), nullable=False, comment="Stable identifier, e.g. 'corroborated'."),
    sa.Column('label', sa.Text(), nullable=False, comment='Name shown to people and exported as the rating.'),
    sa.Column('description', sa.Text(), nullable=False, comment='When editors should choose this status.'),
    sa.Column('is_final', sa.Boolean(), nullable=False, comment='Whether this status closes the check (true) or leaves it open.'),
    sa.Column('rating_value', sa.Integer(), nullable=True, comment='ClaimReview ratingValue on the 1 (worst) to 5 (best) scale; NULL = not rated.'),
    sa.Column('sort_order', sa.Integer(), nullable=False, comment='Position in lists and menus.'),
    sa.CheckConstraint('rating_value IS NULL OR rating_value BETWEEN 1 AND 5', name=op.f('ck_statuses_rating_in_scale')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_statuses')),
    sa.UniqueConstraint('sort_order', name=op.f('uq_statuses_sort_order')),
    comment='The corroboration vocabulary; rows are created by a migration and extended by admins.'
    )
    statuses = sa.table(
        'statuses',
        sa.column('code', sa.String), sa.column('label', sa.Text), sa.column('description', sa.Text),
        sa.column('is_final', sa.Boolean), sa.column('rating_value', sa.Integer), sa.column('sort_order', sa.Integer),
    )
    op.bulk_insert(statuses, STATUSES)
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False, comment='User number.'),
    sa.Column('email', sa.String(length=320), nullable=False, comment='Login name, stored in lower case; unique.'),
    sa.Column('display_name', sa.Text(), nullable=True, comment='Name shown in the history.'),
    sa.Column('role', sa.String(length=16), nullable=False, comment='admin, editor, factchecker or auditor.'),
    sa.Column('password_hash', sa.Text(), nullable=True, comment='argon2 hash of the password; NULL for accounts that cannot log in.'),
    sa.Column('is_active', sa.Boolean(), nullable=False, comment='False once the account is disabled; rows are never deleted.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("role IN ('admin', 'editor', 'factchecker', 'auditor')", name=op.f('ck_users_role_known')),
    sa.CheckConstraint('email = lower(email)', name=op.f('ck_users_email_lowercase')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email')),
    comment="A person's account and role."
    )
    op.create_table('actor_aliases',
    sa.Column('id', sa.Integer(), nullable=False, comment='Alias number.'),
    sa.Column('actor_id', sa.Integer(), nullable=False, comment='The actor this spelling names.'),
    sa.Column('alias', sa.Text(), nullable=False, comment='The name exactly as written in a source.'),
    sa.Column('match_key', sa.Text(), nullable=False, comment='The spelling reduced for matching: no case, accents, hyphens, spaces or common transliteration variants.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_aliases_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_aliases')),
    sa.UniqueConstraint('actor_id', 'alias', name=op.f('uq_actor_aliases_actor_id_alias')),
    comment="Every spelling of an actor's name as written, with its matching key."
    )
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_aliases_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_aliases_match_key'), ['match_key'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False, comment='Event number, in order of writing.'),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False, comment='When the change was made (UTC).'),
    sa.Column('user_id', sa.Integer(), nullable=True, comment='Who made it; NULL for a command-line process.'),
    sa.Column('action', sa.String(length=64), nullable=False, comment="What was done, e.g. 'create', 'update', 'decide_status'."),
    sa.Column('table_name', sa.String(length=64), nullable=False, comment='The table written to.'),
    sa.Column('row_id', sa.String(length=64), nullable=False, comment='Primary key of the row written, as text.'),
    sa.Column('before_json', sa.Text(), nullable=True, comment='Canonical JSON of the row before the change; NULL for a creation.'),
    sa.Column('after_json', sa.Text(), nullable=True, comment='Canonical JSON of the row after the change.'),
    sa.Column('reason', sa.Text(), nullable=True, comment='Why, where the user gave a reason.'),
    sa.Column('prev_hash', sa.String(length=64), nullable=True, comment='Hash of the previous event; NULL for the first.'),
    sa.Column('hash', sa.String(length=64), nullable=False, comment="SHA-256 of prev_hash + this event's canonical JSON."),
    sa.CheckConstraint('length(hash) = 64', name=op.f('ck_audit_events_hash_length')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_events_hash')),
    comment="Append-only record of every write: who, when, what, before and after; each event's hash chains to the previous one."
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_table_row', ['table_name', 'row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_user_id'), ['user_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False, comment='Claim number.'),
    sa.Column('proposition', sa.Text(), nullable=False, comment="The proposition, e.g. 'Number of political prisoners executed in Iran in 1988'."),
    sa.Column('description', sa.Text(), nullable=True, comment="Editors' notes on scope."),
    sa.Column('status_code', sa.String(length=32), nullable=False, comment='Current corroboration status: the status of the latest review.'),
    sa.Column('version', sa.Integer(), nullable=False, comment='Edit counter for optimistic locking; +1 on every change.'),
    sa.Column('created_by_id', sa.Integer(), nullable=True, comment='The user who opened the claim.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False, comment='When the claim last changed (UTC).'),
    sa.CheckConstraint('length(trim(proposition)) > 0', name=op.f('ck_claims_proposition_not_blank')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_claims_version_positive')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_claims_created_by_id_users')),
    sa.ForeignKeyConstraint(['status_code'], ['statuses.code'], name=op.f('fk_claims_status_code_statuses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims')),
    comment='A checkable proposition that editors group statements under and decide.'
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_status_code'), ['status_code'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False, comment='Document number.'),
    sa.Column('kind', sa.String(length=32), nullable=False, comment='What the text is: article, archive_page, post, speech_transcript, interview, report, press_release, social_media, other.'),
    sa.Column('title', sa.Text(), nullable=True, comment='Title as the source gives it; NULL when the text names none.'),
    sa.Column('url', sa.Text(), nullable=True, comment='Where the text was published, if known.'),
    sa.Column('outlet_id', sa.Integer(), nullable=True, comment='The organisation that published it (an actor).'),
    sa.Column('author', sa.Text(), nullable=True, comment="Byline as credited (e.g. 'Staff writer')."),
    sa.Column('published_on', sa.Date(), nullable=True, comment='Publication date, if known.'),
    sa.Column('retrieved_at', sa.DateTime(timezone=True), nullable=True, comment='When the source was captured (UTC), if known.'),
    sa.Column('language', sa.String(length=35), nullable=True, comment="BCP 47 language tag, e.g. 'en'."),
    sa.Column('text', sa.Text(), nullable=False, comment='The text, decoded with line endings normalised to \\n; all offsets index it in Unicode code points.'),
    sa.Column('sha256', sa.String(length=64), nullable=False, comment='SHA-256 (hex) of the UTF-8 encoded text; unique.'),
    sa.Column('source_sha256', sa.String(length=64), nullable=True, comment="SHA-256 (hex) of the original file's bytes, before decoding."),
    sa.Column('source_name', sa.Text(), nullable=True, comment='File name the text was ingested from.'),
    sa.Column('media_type', sa.String(length=64), nullable=False, comment='Media type of the original: text/plain or text/html.'),
    sa.Column('encoding', sa.String(length=64), nullable=True, comment='Character encoding the original bytes were decoded from.'),
    sa.Column('parent_id', sa.Integer(), nullable=True, comment='For a post cut from an archive page: the page it was cut from.'),
    sa.Column('parent_start', sa.Integer(), nullable=True, comment="Offset in the parent's text where this post begins."),
    sa.Column('parent_end', sa.Integer(), nullable=True, comment="Offset in the parent's text where this post ends (exclusive)."),
    sa.Column('supersedes_id', sa.Integer(), nullable=True, comment='The earlier capture this corrected or re-captured text replaces.'),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False, comment='When Provenance stored the text (UTC).'),
    sa.CheckConstraint("kind IN ('article', 'archive_page', 'post', 'speech_transcript', 'interview', 'report', 'press_release', 'social_media', 'other')", name=op.f('ck_documents_kind_known')),
    sa.CheckConstraint('(parent_id IS NULL AND parent_start IS NULL AND parent_end IS NULL) OR (parent_id IS NOT NULL AND parent_start IS NOT NULL AND parent_end IS NOT NULL AND parent_start >= 0 AND parent_end > parent_start)', name=op.f('ck_documents_parent_offsets')),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_documents_sha256_length')),
    sa.CheckConstraint('supersedes_id IS NULL OR supersedes_id <> id', name=op.f('ck_documents_not_self_superseding')),
    sa.ForeignKeyConstraint(['outlet_id'], ['actors.id'], name=op.f('fk_documents_outlet_id_actors')),
    sa.ForeignKeyConstraint(['parent_id'], ['documents.id'], name=op.f('fk_documents_parent_id_documents')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['documents.id'], name=op.f('fk_documents_supersedes_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256')),
    comment='One captured source text, stored verbatim and never edited.'
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_source_sha256'), ['source_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_supersedes_id'), ['supersedes_id'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False, comment='Review number.'),
    sa.Column('claim_id', sa.Integer(), nullable=False, comment='The claim decided.'),
    sa.Column('status_code', sa.String(length=32), nullable=False, comment='The status decided.'),
    sa.Column('rationale', sa.Text(), nullable=False, comment='The written reasons for the decision.'),
    sa.Column('reviewer_id', sa.Integer(), nullable=False, comment='The editor who decided.'),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False, comment='When the decision was made (UTC).'),
    sa.CheckConstraint('length(trim(rationale)) > 0', name=op.f('ck_reviews_rationale_required')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_reviews_claim_id_claims')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_reviews_reviewer_id_users')),
    sa.ForeignKeyConstraint(['status_code'], ['statuses.code'], name=op.f('fk_reviews_status_code_statuses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    comment='Append-only history of status decisions on claims, each with its reasons.'
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_claim_id'), ['claim_id'], unique=False)

    op.create_table('spans',
    sa.Column('id', sa.Integer(), nullable=False, comment='Span number.'),
    sa.Column('document_id', sa.Integer(), nullable=False, comment='The document whose text this span points into.'),
    sa.Column('start_offset', sa.Integer(), nullable=False, comment='Offset of the first character (Unicode code points, from 0).'),
    sa.Column('end_offset', sa.Integer(), nullable=False, comment='Offset just past the last character.'),
    sa.Column('exact', sa.Text(), nullable=False, comment='The text between the offsets, exactly.'),
    sa.Column('prefix', sa.Text(), nullable=False, comment='Up to 32 characters of text just before the span.'),
    sa.Column('suffix', sa.Text(), nullable=False, comment='Up to 32 characters of text just after the span.'),
    sa.CheckConstraint('length(exact) = end_offset - start_offset', name=op.f('ck_spans_exact_matches_offsets')),
    sa.CheckConstraint('start_offset >= 0 AND end_offset > start_offset', name=op.f('ck_spans_offsets_ordered')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_spans_document_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spans')),
    sa.UniqueConstraint('document_id', 'start_offset', 'end_offset', name=op.f('uq_spans_document_id_start_offset_end_offset')),
    comment="An exact anchor into a document's text: offsets plus the quoted words and their context (W3C TextPositionSelector + TextQuoteSelector)."
    )
    op.create_table('actor_links',
    sa.Column('id', sa.Integer(), nullable=False, comment='Link number.'),
    sa.Column('subject_id', sa.Integer(), nullable=False, comment='The actor the relation is about.'),
    sa.Column('relation', sa.String(length=32), nullable=False, comment='member_of, leader_of, part_of, affiliated_with, publishes or same_as.'),
    sa.Column('object_id', sa.Integer(), nullable=False, comment='The actor on the other end of the relation.'),
    sa.Column('valid_from', sa.Date(), nullable=True, comment='First day the relation held, if known.'),
    sa.Column('valid_to', sa.Date(), nullable=True, comment='Last day the relation held, if known.'),
    sa.Column('source_span_id', sa.Integer(), nullable=True, comment='The words that establish the relation, if any.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("relation IN ('member_of', 'leader_of', 'part_of', 'affiliated_with', 'publishes', 'same_as')", name=op.f('ck_actor_links_relation_known')),
    sa.CheckConstraint('subject_id <> object_id', name=op.f('ck_actor_links_not_self_linked')),
    sa.CheckConstraint('valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to', name=op.f('ck_actor_links_dates_ordered')),
    sa.ForeignKeyConstraint(['object_id'], ['actors.id'], name=op.f('fk_actor_links_object_id_actors')),
    sa.ForeignKeyConstraint(['source_span_id'], ['spans.id'], name=op.f('fk_actor_links_source_span_id_spans')),
    sa.ForeignKeyConstraint(['subject_id'], ['actors.id'], name=op.f('fk_actor_links_subject_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_links')),
    comment='A relation between two actors (subject relation object), e.g. person member_of organisation; decides whether sources are independent.'
    )
    with op.batch_alter_table('actor_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_links_object_id'), ['object_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_links_subject_id'), ['subject_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Mention number.'),
    sa.Column('span_id', sa.Integer(), nullable=False, comment='Where the actor is named.'),
    sa.Column('actor_id', sa.Integer(), nullable=False, comment='Who is named.'),
    sa.Column('role', sa.String(length=32), nullable=False, comment='speaker, cited_organisation, subject or publisher.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("role IN ('speaker', 'cited_organisation', 'subject', 'publisher')", name=op.f('ck_mentions_role_known')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_mentions_actor_id_actors')),
    sa.ForeignKeyConstraint(['span_id'], ['spans.id'], name=op.f('fk_mentions_span_id_spans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions')),
    sa.UniqueConstraint('span_id', 'actor_id', 'role', name=op.f('uq_mentions_span_id_actor_id_role')),
    comment='An actor named at a span of a document, in a role.'
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_span_id'), ['span_id'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), nullable=False, comment='Statement number.'),
    sa.Column('span_id', sa.Integer(), nullable=False, comment='The exact words of the statement.'),
    sa.Column('speaker_id', sa.Integer(), nullable=True, comment="Who asserts it; NULL means the document itself (its author's own voice)."),
    sa.Column('kind', sa.String(length=32), nullable=False, comment='direct_quote, reported_speech or author_assertion.'),
    sa.Column('via_statement_id', sa.Integer(), nullable=True, comment="For nested attribution ('A reported that B said …'): the statement it is reported through."),
    sa.Column('attribution_status', sa.String(length=32), nullable=False, comment='as_reported, checked_against_primary, misattributed or altered.'),
    sa.Column('summary', sa.Text(), nullable=True, comment="The assertion in the fact-checker's words, where the exact words need it."),
    sa.Column('created_by_id', sa.Integer(), nullable=True, comment='The user who recorded the statement.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("attribution_status IN ('as_reported', 'checked_against_primary', 'misattributed', 'altered')", name=op.f('ck_statements_attribution_status_known')),
    sa.CheckConstraint("kind IN ('direct_quote', 'reported_speech', 'author_assertion')", name=op.f('ck_statements_kind_known')),
    sa.CheckConstraint('via_statement_id IS NULL OR via_statement_id <> id', name=op.f('ck_statements_not_via_itself')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_statements_created_by_id_users')),
    sa.ForeignKeyConstraint(['span_id'], ['spans.id'], name=op.f('fk_statements_span_id_spans')),
    sa.ForeignKeyConstraint(['speaker_id'], ['actors.id'], name=op.f('fk_statements_speaker_id_actors')),
    sa.ForeignKeyConstraint(['via_statement_id'], ['statements.id'], name=op.f('fk_statements_via_statement_id_statements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statements')),
    comment="Something asserted in a document, by a speaker or in the document's own voice."
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_span_id'), ['span_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_via_statement_id'), ['via_statement_id'], unique=False)

    op.create_table('suggestions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Suggestion number.'),
    sa.Column('span_id', sa.Integer(), nullable=False, comment='The words the suggestion is about.'),
    sa.Column('kind', sa.String(length=32), nullable=False, comment='figure, quote or actor.'),
    sa.Column('payload', sa.JSON(), nullable=False, comment='The proposal itself (value, bounds, speaker, actor name …) as JSON.'),
    sa.Column('extractor', sa.String(length=64), nullable=False, comment='Name of the extractor that proposed it.'),
    sa.Column('extractor_version', sa.String(length=32), nullable=False, comment='Version of that extractor.'),
    sa.Column('state', sa.String(length=16), nullable=False, comment='pending, accepted, corrected or rejected.'),
    sa.Column('decided_by_id', sa.Integer(), nullable=True, comment='The user who accepted, corrected or rejected it.'),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True, comment='When it was decided (UTC); NULL while pending.'),
    sa.Column('version', sa.Integer(), nullable=False, comment='Edit counter for optimistic locking; +1 on every change.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("(state = 'pending' AND decided_at IS NULL) OR (state <> 'pending' AND decided_at IS NOT NULL)", name=op.f('ck_suggestions_decided_when_not_pending')),
    sa.CheckConstraint("kind IN ('figure', 'quote', 'actor')", name=op.f('ck_suggestions_kind_known')),
    sa.CheckConstraint("state IN ('pending', 'accepted', 'corrected', 'rejected')", name=op.f('ck_suggestions_state_known')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_suggestions_decided_by_id_users')),
    sa.ForeignKeyConstraint(['span_id'], ['spans.id'], name=op.f('fk_suggestions_span_id_spans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestions')),
    comment='What an extractor proposes (a figure, a quote and its speaker, an actor); nothing becomes a fact until a person accepts it.'
    )
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestions_span_id'), ['span_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_suggestions_state'), ['state'], unique=False)

    op.create_table('claim_statements',
    sa.Column('id', sa.Integer(), nullable=False, comment='Link number.'),
    sa.Column('claim_id', sa.Integer(), nullable=False, comment='The claim.'),
    sa.Column('statement_id', sa.Integer(), nullable=False, comment='The statement grouped under it.'),
    sa.Column('stance', sa.String(length=32), nullable=False, comment='supports, contradicts or qualifies the claim.'),
    sa.Column('note', sa.Text(), nullable=True, comment='Why the statement bears on the claim.'),
    sa.Column('added_by_id', sa.Integer(), nullable=True, comment='The user who linked the statement.'),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False, comment='When the statement was linked (UTC).'),
    sa.CheckConstraint("stance IN ('supports', 'contradicts', 'qualifies')", name=op.f('ck_claim_statements_stance_known')),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_claim_statements_added_by_id_users')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_claim_statements_claim_id_claims')),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], name=op.f('fk_claim_statements_statement_id_statements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_statements')),
    sa.UniqueConstraint('claim_id', 'statement_id', name=op.f('uq_claim_statements_claim_id_statement_id')),
    comment='A statement grouped under a claim, with its stance towards it.'
    )
    with op.batch_alter_table('claim_statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_statements_statement_id'), ['statement_id'], unique=False)

    op.create_table('figures',
    sa.Column('id', sa.Integer(), nullable=False, comment='Figure number.'),
    sa.Column('statement_id', sa.Integer(), nullable=False, comment='The statement the number is stated in.'),
    sa.Column('span_id', sa.Integer(), nullable=False, comment='The words of the number, with its qualifier.'),
    sa.Column('value', sa.Double(), nullable=True, comment="The number as stated; NULL for vague amounts ('thousands')."),
    sa.Column('low', sa.Double(), nullable=True, comment="Lower bound; NULL when open ('up to 5,000')."),
    sa.Column('high', sa.Double(), nullable=True, comment="Upper bound; NULL when open ('more than 30,000')."),
    sa.Column('qualifier', sa.String(length=32), nullable=False, comment='exact, about, estimated, more_than, at_least, up_to, less_than, range or vague.'),
    sa.Column('counted', sa.Text(), nullable=True, comment="What is counted, as written ('political prisoners')."),
    sa.Column('unit', sa.String(length=32), nullable=True, comment="Unit when not a plain count ('percent', 'years'); NULL for counts."),
    sa.Column('as_written', sa.Text(), nullable=False, comment="The number as written ('thirty-three-thousand seven-hundred', '30000')."),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When the row was created (UTC).'),
    sa.CheckConstraint("qualifier IN ('exact', 'about', 'estimated', 'more_than', 'at_least', 'up_to', 'less_than', 'range', 'vague')", name=op.f('ck_figures_qualifier_known')),
    sa.CheckConstraint('low IS NULL OR high IS NULL OR low <= high', name=op.f('ck_figures_bounds_ordered')),
    sa.CheckConstraint('value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL', name=op.f('ck_figures_has_a_number')),
    sa.ForeignKeyConstraint(['span_id'], ['spans.id'], name=op.f('fk_figures_span_id_spans')),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], name=op.f('fk_figures_statement_id_statements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figures')),
    comment='A number stated inside a statement, with its bounds and qualifier.'
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figures_span_id'), ['span_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_statement_id'), ['statement_id'], unique=False)

    # Foreign keys that auditors filter on (who decided, which status) get their own index.
    with op.batch_alter_table('actor_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_links_source_span_id'), ['source_span_id'], unique=False)

    with op.batch_alter_table('claim_statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_statements_added_by_id'), ['added_by_id'], unique=False)

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_created_by_id'), ['created_by_id'], unique=False)

    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_reviewer_id'), ['reviewer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reviews_status_code'), ['status_code'], unique=False)

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_created_by_id'), ['created_by_id'], unique=False)

    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestions_decided_by_id'), ['decided_by_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figures_statement_id'))
        batch_op.drop_index(batch_op.f('ix_figures_span_id'))

    op.drop_table('figures')
    with op.batch_alter_table('claim_statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_statements_statement_id'))

    op.drop_table('claim_statements')
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestions_state'))
        batch_op.drop_index(batch_op.f('ix_suggestions_span_id'))

    op.drop_table('suggestions')
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statements_via_statement_id'))
        batch_op.drop_index(batch_op.f('ix_statements_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_statements_span_id'))

    op.drop_table('statements')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_span_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_actor_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('actor_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_links_subject_id'))
        batch_op.drop_index(batch_op.f('ix_actor_links_object_id'))

    op.drop_table('actor_links')
    op.drop_table('spans')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_claim_id'))

    op.drop_table('reviews')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_documents_source_sha256'))
        batch_op.drop_index(batch_op.f('ix_documents_parent_id'))
        batch_op.drop_index(batch_op.f('ix_documents_outlet_id'))

    op.drop_table('documents')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_status_code'))

    op.drop_table('claims')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_user_id'))
        batch_op.drop_index('ix_audit_events_table_row')

    op.drop_table('audit_events')
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_aliases_match_key'))
        batch_op.drop_index(batch_op.f('ix_actor_aliases_actor_id'))

    op.drop_table('actor_aliases')
    op.drop_table('users')
    op.drop_table('statuses')
    op.drop_table('actors')
