"""The original application's PostgreSQL schema, for import tests.

Written from its Alembic revisions (github.com/ironmindai/avatar-data-generator,
migrations/versions): 25698f3f906f users, d8cfd3cb4083 settings, 3a0f944324eb
generation_tasks, 3d677a879bd9 generation_results, 36b6aa503da9 + 30c18b6939ce image URLs
(image_1_url..image_4_url, then one JSONB ``images`` list), 7e69fd85074a job, education,
cities and about, fbc78f685fa2 ethnicity and age, 312faec904ca image_ideas_history,
1a0315a32006 generation_tasks.image_set_ids, and the ``config``/``int_config`` tables
(d59663db64e2, 8a3b5c7d9e0f). ``OLD`` is generation_results as of 36b6aa503da9 (four URL
columns, no age, ethnicity or supplementary fields).
"""

from __future__ import annotations

COMMON = """
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    last_login TIMESTAMP WITHOUT TIME ZONE,
    is_active BOOLEAN NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE TABLE settings (
    id SERIAL PRIMARY KEY,
    key VARCHAR(255) NOT NULL,
    value TEXT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ix_settings_key ON settings (key);
CREATE TABLE generation_tasks (
    id SERIAL PRIMARY KEY,
    task_id VARCHAR(12) NOT NULL,
    user_id INTEGER NOT NULL,
    persona_description TEXT NOT NULL,
    bio_language VARCHAR(100) NOT NULL,
    number_to_generate INTEGER NOT NULL,
    images_per_persona INTEGER NOT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'pending',
    error_log TEXT,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT now(),
    completed_at TIMESTAMP WITHOUT TIME ZONE,
    CONSTRAINT uq_generation_tasks_task_id UNIQUE (task_id),
    CONSTRAINT fk_generation_tasks_user_id FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE UNIQUE INDEX ix_generation_tasks_task_id ON generation_tasks (task_id);
CREATE INDEX ix_generation_tasks_user_id ON generation_tasks (user_id);
CREATE INDEX ix_generation_tasks_status ON generation_tasks (status);
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
"""

_RESULTS_START = """
CREATE TABLE generation_results (
    id SERIAL PRIMARY KEY,
    task_id INTEGER NOT NULL,
    batch_number INTEGER NOT NULL,
    firstname VARCHAR(100) NOT NULL,
    lastname VARCHAR(100) NOT NULL,
    gender VARCHAR(10) NOT NULL,
    bio_facebook TEXT,
    bio_instagram TEXT,
    bio_x TEXT,
    bio_tiktok TEXT,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT now(),
    base_image_url TEXT,
"""
_RESULTS_END = """
    CONSTRAINT fk_generation_results_task_id FOREIGN KEY (task_id)
        REFERENCES generation_tasks (id) ON DELETE CASCADE
);
CREATE INDEX ix_generation_results_task_id ON generation_results (task_id);
CREATE INDEX ix_generation_results_batch_number ON generation_results (batch_number);
"""

LATEST = (
    COMMON  # noqa: S608  (fixed DDL, no input)
    + """
ALTER TABLE generation_tasks ADD COLUMN image_set_ids INTEGER[];
CREATE TABLE config (
    id SERIAL PRIMARY KEY, key VARCHAR(255) NOT NULL UNIQUE, value BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now(), updated_at TIMESTAMP NOT NULL DEFAULT now()
);
CREATE TABLE int_config (
    id SERIAL PRIMARY KEY, key VARCHAR(255) NOT NULL UNIQUE, value INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now(), updated_at TIMESTAMP NOT NULL DEFAULT now()
);
"""
    + _RESULTS_START
    + """
    images JSONB,
    job_title TEXT,
    workplace TEXT,
    edu_establishment TEXT,
    edu_study TEXT,
    current_city VARCHAR(255),
    current_state VARCHAR(255),
    prev_city VARCHAR(255),
    prev_state VARCHAR(255),
    about TEXT,
    ethnicity VARCHAR(100),
    age INTEGER,
    image_ideas_history JSONB,
"""
    + _RESULTS_END
    + "INSERT INTO alembic_version VALUES ('1a0315a32006');"
)

OLD = (
    COMMON  # noqa: S608  (fixed DDL, no input)
    + _RESULTS_START
    + """
    image_1_url TEXT,
    image_2_url TEXT,
    image_3_url TEXT,
    image_4_url TEXT,
"""
    + _RESULTS_END
    + "INSERT INTO alembic_version VALUES ('36b6aa503da9');"
)
