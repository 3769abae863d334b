/**
 * Full-text search over a tenant's own rows (its published pages, its resolved tickets): an index
 * per tenant and source, held in memory by each node and brought up to date from the database
 * before every search, so every node answers from what is committed and nothing is kept on disk.
 * Lucene does the analysis and the ranking (BM25).
 */
package io.brandcloud.shared.search;
