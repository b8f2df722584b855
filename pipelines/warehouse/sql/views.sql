-- Views analysts query. metric_facts is the flat contract the scorer reads.
CREATE OR REPLACE VIEW metric_facts AS
SELECT
    d.file_name           AS document,
    f.line,
    f.char_start,
    f.char_end,
    f.quote,
    f.value,
    f.unit_code           AS unit,
    f.qualifier,
    f.kind,
    f.direction,
    f.metric,
    f.subject,
    p.label               AS period,
    f.baseline,
    f.source,
    f.fact_id,
    f.sentence
FROM fact_metric f
JOIN dim_document d USING (document_key)
JOIN dim_period p USING (period_key);
