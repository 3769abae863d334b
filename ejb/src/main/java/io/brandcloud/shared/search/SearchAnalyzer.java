package io.brandcloud.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * How text becomes terms: Unicode word boundaries, lower case, accents folded ("Müller" finds
 * "muller"), the common words of English and German dropped, and English stems ("rebooting" finds
 * "reboot"). Tenants write in either language, and a German word the English stemmer shortens is
 * shortened alike in the text and in the question, so it still matches.
 */
final class SearchAnalyzer extends Analyzer {

  private static final CharArraySet STOP_WORDS = stopWords();

  /**
   * Snowball's lists, which Lucene ships: the longer English one, since its minimal default keeps
   * "my" and "cannot", and two tickets sharing those words are not about the same thing.
   */
  private static CharArraySet stopWords() {
    try {
      CharArraySet words =
          new CharArraySet(
              WordlistLoader.getSnowballWordSet(
                  IOUtils.getDecodingReader(
                      SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)),
              true);
      words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      words.addAll(GermanAnalyzer.getDefaultStopSet());
      return CharArraySet.unmodifiableSet(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream terms = new EnglishPossessiveFilter(words);
    terms = new LowerCaseFilter(terms);
    terms = new ASCIIFoldingFilter(terms);
    terms = new StopFilter(terms, STOP_WORDS);
    terms = new PorterStemFilter(terms);
    return new TokenStreamComponents(words, terms);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
