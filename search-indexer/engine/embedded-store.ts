/**
 * Storage of the embedded engine in one SQLite file. A catalogue maps each index name to a physical
 * table prefix (`ix<n>`), so swapping two indexes is one UPDATE in one transaction and a settings change
 * builds a fresh physical set beside the old one. Per physical prefix:
 *   _docs   the original document (JSON): what `get` returns and what highlights are cut from;
 *   _fts    FTS5 over the segmented searchable text plus a `_tags` column holding one token per
 *           filterable value (industry 05, confidentiality PUBLIC, audience organisation …). Filters,
 *           visibility included, are part of the MATCH: FTS5 intersects them with the text query in
 *           its inverted index — the indexed side table array values need — without visiting a row.
 *           Contentless (the original is in _docs), deletes enabled.
 *   _attrs  one narrow row per document with the filterable values (arrays packed), stamped with the
 *           version of the write that last touched it; facets and sorts read an in-memory mirror of it
 *           (embedded-columns.ts) that each process refreshes from the rows newer than it has seen.
 *   _meta   the version counter, bumped by every write transaction.
 */
import type Database from "better-sqlite3";
import { ftsText, normalise } from "./chinese";
import { checkDocumentId } from "./query";
import { SearchIndexMissing, SearchQueryInvalid, type AttributeType, type IndexSettings, type SearchDocument } from "./port";

/** Separator of packed array values in _attrs; refused inside values. */
export const PACK = "\u001f";
/** Every live document carries this tag: the MATCH of a query with neither words nor filters. */
export const ALL_TAG = "tall";
export const TAGS_COLUMN = "_tags";

export interface Layout {
  physical: string;
  settings: IndexSettings;
  docs: string;
  attrs: string;
  meta: string;
  fts: string;
  /** Filterable attributes in column order. */
  columns: { attribute: string; column: string; type: AttributeType; index: number }[];
}

export const columnOf = (attribute: string) => `"f_${attribute}"`;

export function layoutOf(physical: string, settings: IndexSettings): Layout {
  return {
    physical,
    settings,
    docs: `"${physical}_docs"`,
    attrs: `"${physical}_attrs"`,
    meta: `"${physical}_meta"`,
    fts: `"${physical}_fts"`,
    columns: Object.entries(settings.filterableAttributes).map(([attribute, type], index) => ({ attribute, column: columnOf(attribute), type, index })),
  };
}

/** The FTS token of one filterable value: attribute position, then the value's UTF-8 bytes in hex (always a single unicode61 token). */
export function tagOf(index: number, value: string | number): string {
  return `t${index.toString(36)}v${Buffer.from(String(value), "utf8").toString("hex")}`;
}

export function createCatalog(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS search_index (name TEXT PRIMARY KEY, physical TEXT NOT NULL UNIQUE, settings TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS search_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), next INTEGER NOT NULL);
    INSERT OR IGNORE INTO search_sequence (id, next) VALUES (1, 1);
  `);
}

export function findIndex(db: Database.Database, name: string): { physical: string; settings: string } | undefined {
  return db.prepare("SELECT physical, settings FROM search_index WHERE name = ?").get(name) as { physical: string; settings: string } | undefined;
}

export function requireIndex(db: Database.Database, name: string): { physical: string; settings: string } {
  const found = findIndex(db, name);
  if (!found) throw new SearchIndexMissing(name);
  return found;
}

/** Creates the tables of a new physical prefix; call inside a write transaction. */
export function createPhysical(db: Database.Database, settings: IndexSettings): Layout {
  const { next } = db.prepare("UPDATE search_sequence SET next = next + 1 WHERE id = 1 RETURNING next - 1 AS next").get() as { next: number };
  const layout = layoutOf(`ix${next}`, settings);
  const columns = layout.columns.map(({ column, type }) => `, ${column} ${type === "number" ? "NUMERIC" : "TEXT"}`).join("");
  const ftsColumns = [...settings.searchableAttributes, TAGS_COLUMN].map((name) => `"${name}"`).join(", ");
  // AUTOINCREMENT: rowids are never reused, so "larger rowid" means "indexed later" and a mirror never
  // mistakes a new document for an old one.
  db.exec(`
    CREATE TABLE ${layout.docs} (rowid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
    CREATE TABLE ${layout.attrs} (rowid INTEGER PRIMARY KEY, live INTEGER NOT NULL, version INTEGER NOT NULL${columns});
    CREATE INDEX "${layout.physical}_attrs_version" ON ${layout.attrs} (version);
    CREATE TABLE ${layout.meta} (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
    INSERT INTO ${layout.meta} (id, version) VALUES (1, 0);
    CREATE VIRTUAL TABLE ${layout.fts} USING fts5(${ftsColumns}, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
  `);
  return layout;
}

export function dropPhysical(db: Database.Database, physical: string): void {
  for (const suffix of ["fts", "meta", "attrs", "docs"]) db.exec(`DROP TABLE IF EXISTS "${physical}_${suffix}"`);
}

/** A document ready to be written: validated, serialised and segmented (outside the write lock). */
export interface PreparedDocument {
  id: string;
  json: string;
  /** One entry per searchable attribute, then the tags. */
  text: string[];
  attributes: (string | number | null)[];
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(textOf).join("\n");
  return String(value);
}

/** A validated document whose searchable texts are normalised but not yet segmented. */
export interface DescribedDocument extends Omit<PreparedDocument, "text"> {
  /** Normalised text per searchable attribute. */
  texts: string[];
  tags: string;
}

export function describeDocument(layout: Layout, document: SearchDocument): DescribedDocument {
  checkDocumentId(document?.id);
  const attributes: (string | number | null)[] = [];
  const tags = [ALL_TAG];
  for (const { attribute, type, index } of layout.columns) {
    const value = document[attribute];
    const bad = () => new SearchQueryInvalid(`document ${document.id}: "${attribute}" must be ${type === "string[]" ? "a list of strings" : `a ${type}`}`, attribute);
    if (value === undefined || value === null) {
      attributes.push(null);
    } else if (type === "string[]") {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.includes(PACK) || v.length > 200)) throw bad();
      const values = [...new Set(value as string[])];
      attributes.push(values.length > 0 ? PACK + values.join(PACK) + PACK : null);
      for (const v of values) tags.push(tagOf(index, v));
    } else if (type === "number" ? typeof value !== "number" || !Number.isFinite(value) : typeof value !== "string" || value.length > 200) {
      throw bad();
    } else {
      attributes.push(value as string | number);
      tags.push(tagOf(index, value as string | number));
    }
  }
  const texts = layout.settings.searchableAttributes.map((name) => normalise(textOf(document[name])));
  return { id: document.id, json: JSON.stringify(document), attributes, texts, tags: tags.join(" ") };
}

/** Completes a described document with the FTS text of its texts (segmented elsewhere). */
export function finishDocument(described: DescribedDocument, texts: readonly string[]): PreparedDocument {
  const { texts: _texts, tags, ...rest } = described;
  return { ...rest, text: [...texts, tags] };
}

/** Validates, serialises and segments a document on this thread. */
export function prepareDocument(layout: Layout, document: SearchDocument): PreparedDocument {
  const described = describeDocument(layout, document);
  const { texts: _texts, tags, ...rest } = described;
  return { ...rest, text: [...described.texts.map(ftsText), tags] };
}

/** Bumps and returns the index's version; every row a write transaction touches is stamped with it. */
function nextVersion(db: Database.Database, layout: Layout): number {
  return db.prepare(`UPDATE ${layout.meta} SET version = version + 1 WHERE id = 1 RETURNING version`).pluck().get() as number;
}

/** Writes prepared documents, replacing any with the same id; call inside a write transaction. */
export function writeDocuments(db: Database.Database, layout: Layout, documents: readonly PreparedDocument[]): void {
  const version = nextVersion(db, layout);
  const find = db.prepare(`SELECT rowid FROM ${layout.docs} WHERE id = ?`).pluck();
  const insertDoc = db.prepare(`INSERT INTO ${layout.docs} (id, doc) VALUES (?, ?)`);
  const updateDoc = db.prepare(`UPDATE ${layout.docs} SET doc = ? WHERE rowid = ?`);
  const putAttrs = db.prepare(`INSERT OR REPLACE INTO ${layout.attrs} (rowid, live, version${layout.columns.map((c) => `, ${c.column}`).join("")}) VALUES (?, 1, ?${", ?".repeat(layout.columns.length)})`);
  const columns = [...layout.settings.searchableAttributes, TAGS_COLUMN].map((name) => `"${name}"`).join(", ");
  const putFts = db.prepare(`INSERT INTO ${layout.fts} (rowid, ${columns}) VALUES (?${", ?".repeat(layout.settings.searchableAttributes.length + 1)})`);
  const clearFts = db.prepare(`DELETE FROM ${layout.fts} WHERE rowid = ?`);
  for (const document of documents) {
    let rowid = find.get(document.id) as number | undefined;
    if (rowid === undefined) {
      rowid = Number(insertDoc.run(document.id, document.json).lastInsertRowid);
    } else {
      updateDoc.run(document.json, rowid);
      clearFts.run(rowid);
    }
    putAttrs.run(rowid, version, ...document.attributes);
    putFts.run(rowid, ...document.text);
  }
}

/** Deletes documents by id; the _attrs row stays as a tombstone so other processes' mirrors learn of it. */
export function deleteDocuments(db: Database.Database, layout: Layout, ids: readonly string[]): void {
  const version = nextVersion(db, layout);
  const find = db.prepare(`SELECT rowid FROM ${layout.docs} WHERE id = ?`).pluck();
  const clearFts = db.prepare(`DELETE FROM ${layout.fts} WHERE rowid = ?`);
  const bury = db.prepare(`UPDATE ${layout.attrs} SET live = 0, version = ? WHERE rowid = ?`);
  const clearDoc = db.prepare(`DELETE FROM ${layout.docs} WHERE rowid = ?`);
  for (const id of ids) {
    const rowid = find.get(id) as number | undefined;
    if (rowid === undefined) continue;
    clearFts.run(rowid);
    bury.run(version, rowid);
    clearDoc.run(rowid);
  }
}

/** Re-indexes every stored document of `from` into `to` (a settings change), oldest first. */
export function copyDocuments(db: Database.Database, from: Layout, to: Layout): void {
  const documents = (db.prepare(`SELECT doc FROM ${from.docs} ORDER BY rowid`).pluck().all() as string[]).map((json) => prepareDocument(to, JSON.parse(json) as SearchDocument));
  writeDocuments(db, to, documents);
}
