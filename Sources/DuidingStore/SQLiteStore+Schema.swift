import DuidingCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Schema versions. A migration is never edited once shipped: changes go in a new one.
    static func migrator(progress: (@Sendable (String) -> Void)?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                      id INTEGER PRIMARY KEY,
                      content_hash TEXT NOT NULL UNIQUE,
                      origin TEXT,
                      language TEXT NOT NULL,
                      source TEXT,
                      headline TEXT,
                      published TEXT,
                      url TEXT,
                      text TEXT NOT NULL,
                      analysis TEXT NOT NULL,
                      engine_version TEXT NOT NULL,
                      models TEXT NOT NULL,
                      ingested_at TEXT NOT NULL
                    );
                    CREATE INDEX articles_published ON articles(published);
                    CREATE INDEX articles_source ON articles(source);
                    CREATE TABLE sentences (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      PRIMARY KEY (article_id, position)
                    );
                    CREATE TABLE entities (
                      id INTEGER PRIMARY KEY,
                      type TEXT NOT NULL,
                      name TEXT NOT NULL,
                      match_key TEXT NOT NULL,
                      kb TEXT,
                      UNIQUE (type, match_key)
                    );
                    CREATE INDEX entities_key ON entities(match_key);
                    CREATE TABLE mentions (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      entity_id INTEGER NOT NULL REFERENCES entities(id),
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      PRIMARY KEY (article_id, start, end)
                    );
                    CREATE INDEX mentions_entity ON mentions(entity_id);
                    CREATE VIRTUAL TABLE article_search USING fts5(
                      headline, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                    );
                    """)
        }
        migrator.registerMigration("v2: times") { db in
            // Time expressions with the days their value covers, to find articles by the dates they mention.
            try db.execute(
                sql: """
                    CREATE TABLE times (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      type TEXT NOT NULL,
                      value TEXT,
                      mod TEXT,
                      first_day TEXT,
                      last_day TEXT,
                      PRIMARY KEY (article_id, start, end)
                    );
                    CREATE INDEX times_days ON times(first_day, last_day);
                    """)
        }
        migrator.registerMigration("v3: knowledge") { db in
            // What the linker knows of an entity, and every name it goes by (both languages), for search.
            try db.execute(
                sql: """
                    ALTER TABLE entities ADD COLUMN title TEXT;
                    ALTER TABLE entities ADD COLUMN description TEXT;
                    ALTER TABLE entities ADD COLUMN government TEXT;
                    CREATE TABLE entity_names (
                      entity_id INTEGER NOT NULL REFERENCES entities(id),
                      key TEXT NOT NULL,
                      name TEXT NOT NULL,
                      PRIMARY KEY (entity_id, key)
                    );
                    CREATE INDEX entity_names_key ON entity_names(key);
                    """)
        }
        migrator.registerMigration("v4: quotes and claims") { db in
            // Quotes with their speakers (entities where linked), searchable by speaker and words; claims with their numbers.
            try db.execute(
                sql: """
                    CREATE TABLE quotes (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      kind TEXT NOT NULL,
                      speaker_id INTEGER REFERENCES entities(id),
                      speaker_text TEXT,
                      speaker_key TEXT,
                      addressee_id INTEGER REFERENCES entities(id),
                      addressee_text TEXT,
                      PRIMARY KEY (article_id, position)
                    );
                    CREATE INDEX quotes_speaker ON quotes(speaker_id);
                    CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
                    CREATE VIRTUAL TABLE quote_search USING fts5(
                      text, article_id UNINDEXED, position UNINDEXED, tokenize='unicode61 remove_diacritics 2'
                    );
                    CREATE TABLE claims (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      value REAL,
                      high REAL,
                      modifier TEXT,
                      unit TEXT,
                      about TEXT,
                      source_id INTEGER REFERENCES entities(id),
                      source_text TEXT,
                      PRIMARY KEY (article_id, position)
                    );
                    """)
        }
        migrator.registerMigration("v5: events") { db in
            // Coded events with their actors (entities where linked) and day; `story` is what makes reports of one event
            // in several articles one event: source, code, target and day.
            try db.execute(
                sql: """
                    CREATE TABLE events (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      code TEXT NOT NULL,
                      root TEXT NOT NULL,
                      label TEXT NOT NULL,
                      plover TEXT,
                      goldstein REAL,
                      source_id INTEGER REFERENCES entities(id),
                      source_name TEXT,
                      source_key TEXT,
                      source_actor TEXT,
                      target_id INTEGER REFERENCES entities(id),
                      target_name TEXT,
                      target_key TEXT,
                      target_actor TEXT,
                      date TEXT,
                      day TEXT,
                      modality TEXT NOT NULL,
                      negated INTEGER NOT NULL,
                      trigger TEXT NOT NULL,
                      trigger_start INTEGER NOT NULL,
                      trigger_end INTEGER NOT NULL,
                      evidence TEXT NOT NULL,
                      sentence INTEGER NOT NULL,
                      location TEXT,
                      story TEXT NOT NULL,
                      PRIMARY KEY (article_id, position)
                    );
                    CREATE INDEX events_story ON events(story);
                    CREATE INDEX events_day ON events(day);
                    CREATE INDEX events_source ON events(source_id);
                    CREATE INDEX events_target ON events(target_id);
                    CREATE INDEX events_actors ON events(source_actor, target_actor);
                    """)
            // Articles stored before this version keep their events in their analysis: take them out of it, one
            // article at a time (a large database's analyses do not fit in memory together).
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id")
            if !ids.isEmpty { progress?("upgrading the database: taking the events out of \(ids.count) stored article\(ids.count == 1 ? "" : "s")") }
            for (done, id) in ids.enumerated() {
                if done > 0, done % 1000 == 0 { progress?("\(done) of \(ids.count) articles") }
                guard let json = try String.fetchOne(db, sql: "SELECT analysis FROM articles WHERE id = ?", arguments: [id]),
                    let analysis = try? Analysis(jsonData: Data(json.utf8)), !analysis.events.isEmpty
                else { continue }
                var rows: [String: Int64] = [:]
                for entity in analysis.entities {
                    if let stored = try Int64.fetchOne(
                        db, sql: "SELECT id FROM entities WHERE type = ? AND match_key = ?", arguments: [entity.type, Self.entityKey(entity)])
                    {
                        rows[entity.id] = stored
                    }
                }
                try insertEvents(db, id: id, analysis: analysis, rows: rows)
            }
            if !ids.isEmpty { progress?("upgraded: the events of \(ids.count) article\(ids.count == 1 ? "" : "s") are in the database") }
        }
        return migrator
    }
}
