-- The warehouse star schema. Applied idempotently at the start of every load.
-- Column comments are added from the pandera models (pipelines/schemas).

CREATE TABLE IF NOT EXISTS dim_document (
    document_key   VARCHAR PRIMARY KEY,   -- sha256 of the bytes
    file_name      VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    title          VARCHAR,
    script         VARCHAR NOT NULL,
    char_count     INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    first_loaded_at TIMESTAMP NOT NULL,
    loaded_at      TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_period (
    period_key   VARCHAR PRIMARY KEY,     -- the label itself, or 'unknown'
    label        VARCHAR,
    granularity  VARCHAR NOT NULL,        -- year / half / quarter / month / event / estimate / unknown
    year         INTEGER,
    quarter      INTEGER,
    start_date   DATE,
    end_date     DATE,
    is_estimate  BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_unit (
    unit_code    VARCHAR PRIMARY KEY,
    dimension    VARCHAR NOT NULL,        -- money / ratio / count / duration / rank / area / mass
    display_name VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS fact_metric (
    fact_id       VARCHAR PRIMARY KEY,    -- stable: hash of document + span
    document_key  VARCHAR NOT NULL REFERENCES dim_document (document_key),
    period_key    VARCHAR NOT NULL REFERENCES dim_period (period_key),
    unit_code     VARCHAR NOT NULL REFERENCES dim_unit (unit_code),
    metric        VARCHAR,
    subject       VARCHAR,
    value         DOUBLE NOT NULL,
    qualifier     VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    direction     VARCHAR,
    baseline      VARCHAR,
    source        VARCHAR NOT NULL,
    line          INTEGER NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    quote         VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    table_no      INTEGER,
    row_no        INTEGER,
    col_no        INTEGER,
    run_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quarantine (
    stage        VARCHAR NOT NULL,
    document     VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    detail       VARCHAR,
    run_id       VARCHAR NOT NULL,
    quarantined_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS load_audit (
    run_id           VARCHAR PRIMARY KEY,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP NOT NULL,
    documents_seen   INTEGER NOT NULL,
    documents_loaded INTEGER NOT NULL,
    documents_retracted INTEGER NOT NULL,
    facts_loaded     INTEGER NOT NULL,
    rows_quarantined INTEGER NOT NULL,
    status           VARCHAR NOT NULL
);
