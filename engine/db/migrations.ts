/** Each entry moves the schema one version forward; never edit a released entry, append a new one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL,
    api_tokens INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE generations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,              -- IMAGE | UPSCALE | MOTION
    status TEXT NOT NULL,            -- PENDING | COMPLETE | FAILED
    prompt TEXT NOT NULL,
    negative_prompt TEXT,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    num_images INTEGER NOT NULL,
    model_id TEXT,
    seed INTEGER,
    guidance_scale REAL,
    inference_steps INTEGER,
    init_strength REAL,
    preset_style TEXT,
    scheduler TEXT,
    sd_version TEXT,
    public INTEGER NOT NULL DEFAULT 0,
    photo_real INTEGER,
    photo_real_strength REAL,
    prompt_magic INTEGER,
    prompt_magic_strength REAL,
    prompt_magic_version TEXT,
    ultra INTEGER,
    params TEXT NOT NULL,            -- the accepted request, so an interrupted job can be resumed
    cost_amount TEXT NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL
  );
  -- Index entries are ordered by (user_id, rowid): newest-first listing walks it backwards.
  CREATE INDEX generations_user ON generations(user_id);
  CREATE INDEX generations_pending ON generations(status) WHERE status = 'PENDING';

  CREATE TABLE generated_images (
    id TEXT PRIMARY KEY,
    generation_id TEXT NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    file TEXT NOT NULL,
    motion_file TEXT,
    motion_strength INTEGER,
    nsfw INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX generated_images_generation ON generated_images(generation_id, position);

  CREATE TABLE image_variations (
    id TEXT PRIMARY KEY,
    image_id TEXT NOT NULL REFERENCES generated_images(id) ON DELETE CASCADE,
    transform_type TEXT NOT NULL,
    status TEXT NOT NULL,
    file TEXT
  );
  CREATE INDEX image_variations_image ON image_variations(image_id);

  CREATE TABLE init_images (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    extension TEXT NOT NULL,
    file TEXT,                       -- null until the upload arrives
    created_at TEXT NOT NULL
  );

  CREATE TABLE model_assets (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT,
    file TEXT,                       -- null until the upload arrives
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX model_assets_user ON model_assets(user_id, created_at DESC);

  CREATE TABLE texture_generations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    model_id TEXT NOT NULL REFERENCES model_assets(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    prompt TEXT NOT NULL,
    negative_prompt TEXT,
    seed INTEGER NOT NULL,
    params TEXT NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX texture_generations_model ON texture_generations(model_id);
  CREATE INDEX texture_generations_pending ON texture_generations(status) WHERE status = 'PENDING';

  CREATE TABLE texture_images (
    id TEXT PRIMARY KEY,
    texture_generation_id TEXT NOT NULL REFERENCES texture_generations(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    file TEXT NOT NULL
  );

  -- Presigned upload targets: a token that lets one multipart POST fill one init image or model.
  CREATE TABLE upload_slots (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL,              -- INIT_IMAGE | MODEL_3D
    target_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  `,
  `
  -- A job's runs so far: one whose worker died is run once more, then failed and refunded.
  ALTER TABLE generations ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE texture_generations ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
  -- What a texture job was charged, so that a failure refunds it. Earlier rows did not say.
  ALTER TABLE texture_generations ADD COLUMN cost_amount TEXT NOT NULL DEFAULT '0';
  `,
];
