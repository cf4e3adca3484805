-- Issue 19: a report addressed to a country whose registry is a neighbouring instance (exchange feature) is also
-- delivered to that instance, signed; the instance acknowledges through the recipient's receipt URL. Owned by the
-- incident feature: the neighbour is named by its country, not by a key into the exchange feature's tables.
ALTER TABLE incident_report_recipient
    ADD COLUMN instance_country  CHAR(3) CHECK (instance_country ~ '^[A-Z]{3}$'),
    -- PENDING until the instance accepted it (tried again while unreachable), DELIVERED, or FAILED when it refused.
    ADD COLUMN instance_status   TEXT CHECK (instance_status IN ('PENDING', 'DELIVERED', 'FAILED')),
    ADD COLUMN instance_error    TEXT,
    ADD COLUMN instance_attempts INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN instance_tried_at TIMESTAMPTZ,
    ADD COLUMN delivered_at      TIMESTAMPTZ,
    ADD CHECK ((instance_country IS NULL) = (instance_status IS NULL));

CREATE INDEX incident_report_recipient_instance_pending ON incident_report_recipient (id)
    WHERE instance_status = 'PENDING';
