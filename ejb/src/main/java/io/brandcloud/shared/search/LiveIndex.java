package io.brandcloud.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One tenant's index of one source, in memory. Before each search it compares the source's
 * fingerprint with the one it was last brought to: equal, nothing is read; different, the rows
 * changed since shortly before its newest change are read and applied, and if the count or the
 * checksum still differ (a row deleted, a clock set back) the whole source is read again.
 */
final class LiveIndex {

  static final String KEY = "key";
  static final String TYPE = "type";
  static final String TITLE = "title";
  static final String BODY = "body";
  private static final String STORED = "stored.";

  /**
   * A transaction that committed after a later one may carry an older change time; rows changed
   * this long before the newest are read again so such a row is not missed.
   */
  private static final Duration OVERLAP = Duration.ofMinutes(2);

  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final ReentrantLock refreshing = new ReentrantLock();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, Long> versions = new HashMap<>();
  private long checksum;
  private volatile SearchFingerprint seen;
  private volatile long ramBytes;

  LiveIndex(Analyzer analyzer) {
    this.analyzer = analyzer;
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Brings the index to what the source holds now. While another request is bringing it up to date,
   * a search takes the index as it is (a moment behind) rather than wait; only the first build is
   * waited for.
   */
  void refresh(SearchSource source) {
    if (!refreshing.tryLock()) {
      if (seen != null) {
        return;
      }
      refreshing.lock();
    }
    try {
      bringUpToDate(source);
    } finally {
      refreshing.unlock();
    }
  }

  private void bringUpToDate(SearchSource source) {
    SearchFingerprint now = source.fingerprint();
    if (now.equals(seen)) {
      return;
    }
    try {
      if (seen == null || seen.newest() == null || now.newest() == null) {
        rebuild(source.all());
      } else {
        apply(source.changedSince(seen.newest().minus(OVERLAP)));
        if (versions.size() != now.count() || checksum != now.checksum()) {
          rebuild(source.all());
        }
      }
      searchers.maybeRefreshBlocking();
      ramBytes = measure();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    seen = now;
  }

  /** What the index takes of the heap, about, as of its last refresh. */
  long ramBytes() {
    return ramBytes;
  }

  private long measure() throws IOException {
    long files = 0;
    for (String file : directory.listAll()) {
      files += directory.fileLength(file);
    }
    return files + writer.ramBytesUsed() + versions.size() * 64L;
  }

  SearchResults search(SearchQuery query, int offset, int limit) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query.build(searcher, analyzer), offset + limit);
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
          hits.add(hit(searcher.storedFields().document(docs[i].doc), docs[i].score));
        }
        return new SearchResults(hits, top.totalHits.value);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rebuild(List<SearchDocument> documents) throws IOException {
    writer.deleteAll();
    versions.clear();
    checksum = 0;
    for (SearchDocument document : documents) {
      put(document);
    }
  }

  private void apply(SearchSource.Changes changes) throws IOException {
    for (SearchDocument document : changes.present()) {
      put(document);
    }
    for (String key : changes.gone()) {
      if (versions.containsKey(key)) {
        writer.deleteDocuments(new Term(KEY, key));
        checksum -= versions.remove(key);
      }
    }
  }

  private void put(SearchDocument document) throws IOException {
    writer.updateDocument(new Term(KEY, document.key()), lucene(document));
    Long previous = versions.put(document.key(), document.version());
    checksum += document.version() - (previous == null ? 0 : previous);
  }

  private static Document lucene(SearchDocument source) {
    Document document = new Document();
    document.add(new StringField(KEY, source.key(), Field.Store.YES));
    document.add(new StringField(TYPE, source.type(), Field.Store.YES));
    document.add(new TextField(TITLE, source.title(), Field.Store.YES));
    // searched, never shown: what a hit shows is in its stored values
    document.add(new TextField(BODY, source.body(), Field.Store.NO));
    source.stored().forEach((name, value) -> document.add(new StoredField(STORED + name, value)));
    return document;
  }

  private static SearchHit hit(Document document, float score) {
    Map<String, String> stored = new HashMap<>();
    for (IndexableField field : document.getFields()) {
      if (field.name().startsWith(STORED)) {
        stored.put(field.name().substring(STORED.length()), field.stringValue());
      }
    }
    return new SearchHit(document.get(KEY), document.get(TYPE), document.get(TITLE), stored, score);
  }
}
