// Numbered schema migrations, applied in order and recorded in PRAGMA user_version.
// Never edit a released migration: add the next number instead.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'datasets and samples (original specification) plus runs and findings',
    sql: `
      CREATE TABLE IF NOT EXISTS datasets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        mode TEXT NOT NULL,
        created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        total_samples INTEGER,
        total_tokens INTEGER,
        config TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        cost_usd REAL NOT NULL DEFAULT 0,
        split_settings TEXT,
        tokens_exact INTEGER NOT NULL DEFAULT 1,
        updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
      );
      CREATE TABLE IF NOT EXISTS samples (
        id TEXT PRIMARY KEY,
        dataset_id TEXT REFERENCES datasets(id),
        content TEXT NOT NULL,
        token_length INTEGER,
        topic_keywords TEXT,
        source_file TEXT,
        split TEXT,
        created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        seq INTEGER NOT NULL DEFAULT 0,
        source_location TEXT,
        origin TEXT NOT NULL DEFAULT 'identified',
        content_hash TEXT,
        split_override TEXT,
        quality_score REAL
      );
      CREATE INDEX IF NOT EXISTS idx_dataset_id ON samples(dataset_id);
      CREATE INDEX IF NOT EXISTS idx_split ON samples(split);
      CREATE UNIQUE INDEX IF NOT EXISTS idx_samples_dataset_seq ON samples(dataset_id, seq);
      CREATE TABLE IF NOT EXISTS runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        dataset_id TEXT NOT NULL REFERENCES datasets(id),
        started_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        finished_at TIMESTAMP,
        status TEXT NOT NULL DEFAULT 'running',
        files_read INTEGER NOT NULL DEFAULT 0,
        skipped TEXT NOT NULL DEFAULT '[]',
        error TEXT
      );
      CREATE INDEX IF NOT EXISTS idx_runs_dataset ON runs(dataset_id);
      CREATE TABLE IF NOT EXISTS findings (
        dataset_id TEXT NOT NULL REFERENCES datasets(id),
        sample_id TEXT,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        fix TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS idx_findings_dataset ON findings(dataset_id);
    `,
  },
  {
    version: 2,
    description: 'generation jobs journal for resume (one row per chunk x prompt x model)',
    sql: `
      CREATE TABLE IF NOT EXISTS jobs (
        dataset_id TEXT NOT NULL REFERENCES datasets(id),
        key TEXT NOT NULL,
        status TEXT NOT NULL,
        samples INTEGER NOT NULL DEFAULT 0,
        cost_usd REAL NOT NULL DEFAULT 0,
        error TEXT,
        updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        PRIMARY KEY (dataset_id, key)
      );
    `,
  },
  {
    version: 3,
    description: 'the input folder and the files picked for a dataset, so a resume reads the same documents',
    sql: `
      ALTER TABLE datasets ADD COLUMN input_dir TEXT;
      ALTER TABLE datasets ADD COLUMN input_files TEXT;
    `,
  },
  {
    version: 4,
    description: 'index on (dataset_id, content_hash): the duplicate check per insert scanned the dataset (quadratic build)',
    sql: `CREATE INDEX IF NOT EXISTS idx_samples_dataset_hash ON samples(dataset_id, content_hash);`,
  },
  {
    version: 5,
    description: 'honest outcomes: why a run stopped early, and which process runs it (to tell a dead run from a live one)',
    sql: `
      ALTER TABLE datasets ADD COLUMN stop_reason TEXT;
      ALTER TABLE runs ADD COLUMN pid INTEGER;
      ALTER TABLE runs ADD COLUMN process_start TEXT;
    `,
  },
  {
    version: 6,
    description: 'per run, the files read from a legacy encoding or with U+FFFD replacement characters',
    sql: `ALTER TABLE runs ADD COLUMN text_decoding TEXT NOT NULL DEFAULT '[]';`,
  },
  {
    version: 7,
    description: 'the keyword a weighted-by-keywords split grouped each sample by (shown in the CSV)',
    sql: `ALTER TABLE samples ADD COLUMN split_keyword TEXT;`,
  },
  {
    version: 8,
    description: "each run's generation record (requests, tokens, drops by reason, judge scores) as JSON",
    sql: `
      ALTER TABLE runs ADD COLUMN generation TEXT;
    `,
  },
  {
    version: 9,
    description: 'a finding every sample of a dataset has is stored once, with the number of samples (was one row per sample)',
    sql: `ALTER TABLE findings ADD COLUMN every_sample INTEGER;`,
  },
  {
    version: 10,
    description: 'provider batch runs: each batch and the request ids (job keys) it carries, committed as the provider returns them',
    sql: `
      CREATE TABLE IF NOT EXISTS batches (
        local_id TEXT PRIMARY KEY,
        dataset_id TEXT NOT NULL REFERENCES datasets(id),
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        batch_id TEXT,
        state TEXT NOT NULL,
        total INTEGER NOT NULL DEFAULT 0,
        completed INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        worst_case_usd REAL NOT NULL DEFAULT 0,
        reason TEXT,
        causes TEXT NOT NULL DEFAULT '{}',
        collected INTEGER NOT NULL DEFAULT 0,
        created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
      );
      CREATE INDEX IF NOT EXISTS idx_batches_dataset ON batches(dataset_id);
      CREATE TABLE IF NOT EXISTS batch_requests (
        dataset_id TEXT NOT NULL REFERENCES datasets(id),
        custom_id TEXT NOT NULL,
        local_id TEXT NOT NULL REFERENCES batches(local_id),
        chunk_id TEXT NOT NULL,
        pass INTEGER NOT NULL,
        ask INTEGER NOT NULL,
        PRIMARY KEY (local_id, custom_id)
      );
      CREATE INDEX IF NOT EXISTS idx_batch_requests_dataset ON batch_requests(dataset_id);
    `,
  },
  {
    version: 11,
    description: "a sample's turns edited in the review screen: the text before the first edit, and when it was last edited",
    sql: `
      ALTER TABLE samples ADD COLUMN original_content TEXT;
      ALTER TABLE samples ADD COLUMN edited_at TIMESTAMP;
    `,
  },
];
