package io.brandcloud.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What to look for, built against the index it runs on. Text from people is never parsed as query
 * syntax: it is split into terms like the indexed text, so quotes, colons or a stray bracket are
 * just characters. Each term matches in the title (weighing more) or in the body; BM25 ranks.
 */
public final class SearchQuery {

  /** A title match counts this much more than a match in the text. */
  private static final float TITLE_BOOST = 2.5f;

  /** The terms of a long question that say most about it; more only add noise and time. */
  private static final int SIMILAR_TERMS = 30;

  /**
   * A document about the same thing as a question shares a third of its telling terms, at least two
   * and at most four: one or two shared words ("cannot", "server") are a coincidence.
   */
  private static final int SHARED_AT_LEAST = 2;

  private static final int SHARED_AT_MOST = 4;

  private static final int MAX_WORDS = 32;

  private final String text;
  private final boolean similar;
  private final Set<String> types;

  private SearchQuery(String text, boolean similar, Set<String> types) {
    this.text = text == null ? "" : text;
    this.similar = similar;
    this.types = Set.copyOf(types);
  }

  /** Documents holding any of the words, those holding more of them (and in the title) first. */
  public static SearchQuery words(String text) {
    return new SearchQuery(text, false, Set.of());
  }

  /**
   * Documents about what a longer text is about: they share at least two of its rarest terms in the
   * index, ranked by how many and how rare.
   */
  public static SearchQuery similarTo(String text) {
    return new SearchQuery(text, true, Set.of());
  }

  /** The same search among documents of these types only. */
  public SearchQuery onlyTypes(Set<String> wanted) {
    return new SearchQuery(text, similar, wanted);
  }

  Query build(IndexSearcher searcher, Analyzer analyzer) {
    List<String> terms = terms(analyzer, similar ? Integer.MAX_VALUE : MAX_WORDS);
    if (similar) {
      terms = telling(terms, searcher);
    }
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("no words to look for");
    }
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    terms.forEach(term -> match.add(inTitleOrBody(term), Occur.SHOULD));
    if (similar) {
      match.setMinimumNumberShouldMatch(
          Math.min(
              terms.size(),
              Math.max(SHARED_AT_LEAST, Math.min(SHARED_AT_MOST, (terms.size() + 2) / 3))));
    }
    if (types.isEmpty()) {
      return match.build();
    }
    BooleanQuery.Builder ofType = new BooleanQuery.Builder();
    types.forEach(type -> ofType.add(new TermQuery(new Term(LiveIndex.TYPE, type)), Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(match.build(), Occur.MUST)
        .add(ofType.build(), Occur.FILTER)
        .build();
  }

  private static Query inTitleOrBody(String term) {
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(new TermQuery(new Term(LiveIndex.TITLE, term)), TITLE_BOOST),
            new TermQuery(new Term(LiveIndex.BODY, term))),
        0.1f);
  }

  private List<String> terms(Analyzer analyzer, int most) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(LiveIndex.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < most) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(terms);
  }

  /**
   * The rarest terms, at most {@value #SIMILAR_TERMS}: those say most. A term the index lacks
   * counts too, as the rarest of all, so a question about something nobody wrote of does not look
   * close to a document that shares only its common words.
   */
  private static List<String> telling(List<String> terms, IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Integer> frequency = new HashMap<>();
    for (String term : terms) {
      frequency.put(term, documentsWith(reader, term));
    }
    return frequency.keySet().stream()
        .sorted(Comparator.<String, Integer>comparing(frequency::get).thenComparing(t -> t))
        .limit(SIMILAR_TERMS)
        .toList();
  }

  private static int documentsWith(IndexReader reader, String term) {
    try {
      return Math.max(
          reader.docFreq(new Term(LiveIndex.TITLE, term)),
          reader.docFreq(new Term(LiveIndex.BODY, term)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
