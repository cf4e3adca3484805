-- A follow-up inspection refers to the approved assessment it follows (issue 20): its questionnaire shows the
-- earlier answers and can take them over, as the inspector decides, for the questions not answered yet.
ALTER TABLE assessment ADD COLUMN previous_assessment_id BIGINT REFERENCES assessment (id) ON DELETE SET NULL;
