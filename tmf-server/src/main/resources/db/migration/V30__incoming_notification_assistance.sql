-- Issue 19: a request for assistance received from a neighbouring instance says what is asked for.
ALTER TABLE incoming_notification ADD COLUMN assistance TEXT;
