-- Views analysts query. Column comments are generated (pipelines/warehouse/ddl.py).

-- The flat contract ../shared/eval/score.py reads: keep the first 15 columns.
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
    f.sentence,
    e.name                AS entity,
    e.entity_type,
    m.name                AS metric_name,
    m.category            AS metric_category,
    f.table_key,
    f.cell_key,
    f.restates_fact_id
FROM fact_metric f
JOIN dim_document d USING (document_key)
JOIN dim_period p USING (period_key)
JOIN dim_entity e USING (entity_key)
JOIN dim_metric m USING (metric_key);
COMMENT ON VIEW metric_facts IS 'Every fact, flat: the scorer''s contract (document ... source) then the dimension names';

-- The latest statement of each metric per entity and period: from the most
-- recently loaded document, its last mention there.
CREATE OR REPLACE VIEW latest_metric_values AS
SELECT
    e.name AS entity, m.name AS metric_name, p.label AS period, f.kind, f.baseline,
    f.value, f.unit_code AS unit, f.qualifier, f.direction,
    d.file_name AS document, f.line, f.quote, d.loaded_at, f.fact_id, f.entity_key, f.metric_key, f.period_key
FROM fact_metric f
JOIN dim_document d USING (document_key)
JOIN dim_period p USING (period_key)
JOIN dim_entity e USING (entity_key)
JOIN dim_metric m USING (metric_key)
WHERE f.metric_key <> 'unknown'
QUALIFY row_number() OVER (
    PARTITION BY f.entity_key, f.metric_key, f.period_key, f.kind, coalesce(f.baseline, ''), f.unit_code
    ORDER BY d.loaded_at DESC, d.file_name DESC, f.char_start DESC) = 1;
COMMENT ON VIEW latest_metric_values IS 'Latest value of each metric per entity, period, kind, baseline and unit';

-- Every year-on-year and quarter-on-quarter change as a series over periods.
CREATE OR REPLACE VIEW change_series AS
SELECT
    e.name AS entity, m.name AS metric_name, f.baseline, p.label AS period, p.granularity,
    p.start_date, p.end_date,
    CASE WHEN f.direction = 'down' THEN -f.value ELSE f.value END AS signed_change,
    f.value, f.direction, f.unit_code AS unit, f.qualifier, f.source,
    d.file_name AS document, f.line, f.quote, f.fact_id, f.entity_key, f.metric_key
FROM fact_metric f
JOIN dim_document d USING (document_key)
JOIN dim_period p USING (period_key)
JOIN dim_entity e USING (entity_key)
JOIN dim_metric m USING (metric_key)
WHERE f.kind = 'change' AND f.baseline IN ('yoy', 'qoq');
COMMENT ON VIEW change_series IS 'Every yoy/qoq change figure with its signed value, ordered by period start_date';

-- Every fact of a known entity and metric with its signed value (a fall is
-- negative) and whether it only bounds that value. A bound on a fall is
-- turned round: "下降超过5%" (gt) says the signed value is at most -5.
-- metric_conflicts and the metric_conflicts asset check both read this.
CREATE OR REPLACE VIEW signed_statements AS
SELECT *, CASE WHEN direction = 'down' THEN -value ELSE value END AS signed,
       CASE WHEN direction = 'down' THEN qualifier = 'lt' ELSE qualifier = 'gt' END AS lower_bound,
       CASE WHEN direction = 'down' THEN qualifier = 'gt' ELSE qualifier = 'lt' END AS upper_bound
FROM fact_metric WHERE entity_key <> 'unknown' AND metric_key <> 'unknown';
COMMENT ON VIEW signed_statements IS 'Facts of known entities and metrics with their signed value and bound flags';

-- Two statements of the same entity, metric, period, kind, baseline and unit
-- with different values (within one document or across documents). A bound
-- that the other value satisfies is not a conflict.
CREATE OR REPLACE VIEW metric_conflicts AS
SELECT
    e.name AS entity, m.name AS metric_name, p.label AS period, a.kind, a.baseline, a.unit_code AS unit,
    a.fact_id AS fact_id_a, da.file_name AS document_a, a.line AS line_a, a.quote AS quote_a, a.signed AS value_a,
    b.fact_id AS fact_id_b, db.file_name AS document_b, b.line AS line_b, b.quote AS quote_b, b.signed AS value_b,
    a.document_key <> b.document_key AS across_documents
FROM signed_statements a
JOIN signed_statements b
  ON a.entity_key = b.entity_key AND a.metric_key = b.metric_key AND a.period_key = b.period_key
 AND a.kind = b.kind AND coalesce(a.baseline, '') = coalesce(b.baseline, '') AND a.unit_code = b.unit_code
 AND a.fact_id < b.fact_id
JOIN dim_document da ON da.document_key = a.document_key
JOIN dim_document db ON db.document_key = b.document_key
JOIN dim_entity e ON e.entity_key = a.entity_key
JOIN dim_metric m ON m.metric_key = a.metric_key
JOIN dim_period p ON p.period_key = a.period_key
WHERE a.signed <> b.signed
  AND NOT (a.signed < b.signed AND (a.lower_bound OR b.upper_bound))
  AND NOT (b.signed < a.signed AND (b.lower_bound OR a.upper_bound));
COMMENT ON VIEW metric_conflicts IS 'Pairs of statements of one entity/metric/period/kind/baseline with different values';

-- Every table fact with its cell, and the prose fact it restates (if any).
CREATE OR REPLACE VIEW table_restatements AS
SELECT
    d.file_name AS document, t.table_no, c.row_no, c.col_no, c.row_label, c.column_header,
    tf.fact_id AS table_fact_id, tf.quote AS table_quote, tf.value, tf.unit_code AS unit, tf.kind,
    pf.fact_id AS prose_fact_id, pf.line AS prose_line, pf.quote AS prose_quote,
    pf.subject AS prose_subject, pf.metric AS prose_metric, pf.sentence AS prose_sentence
FROM fact_metric tf
JOIN dim_document d ON d.document_key = tf.document_key
JOIN dim_table t ON t.table_key = tf.table_key
JOIN fact_table_cell c ON c.cell_key = tf.cell_key
LEFT JOIN fact_metric pf ON pf.fact_id = tf.restates_fact_id
WHERE tf.source = 'table';
COMMENT ON VIEW table_restatements IS 'Table facts with their cell and the prose fact of the same document they restate';
