-- Photos and documents attached to assessment answers.

CREATE TABLE assessment_attachment (
    id             BIGSERIAL PRIMARY KEY,
    assessment_id  BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    file_name      TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type   TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes     INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256         TEXT NOT NULL,
    data           BYTEA NOT NULL,
    uploaded_by    TEXT NOT NULL,
    uploaded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX assessment_attachment_assessment ON assessment_attachment (assessment_id, question_id);
