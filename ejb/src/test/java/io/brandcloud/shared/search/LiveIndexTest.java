package io.brandcloud.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An index follows its source: changes, rows that leave, deletes and clocks set back. */
class LiveIndexTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  private final FakeTable table = new FakeTable();
  private final LiveIndex index = new LiveIndex(new SearchAnalyzer());

  @Test
  void findsWordsInTitleAndTextWithTheTitleCountingMore() {
    table.put("1", "Reboot a server", "Use the power menu.", T0);
    table.put("2", "Billing questions", "Invoices are sent after a server reboot.", T0);
    table.put("3", "Firewall", "Open port 22 for SSH.", T0);

    assertThat(keys(SearchQuery.words("rebooting servers"))).containsExactly("1", "2");
    assertThat(keys(SearchQuery.words("müller"))).isEmpty();
    assertThat(keys(SearchQuery.words("\" : ( AND *"))).isEmpty();
  }

  @Test
  void readsOnlyWhatChangedAndForgetsRowsThatLeft() {
    table.put("1", "Reboot a server", "Power menu", T0);
    table.put("2", "Resize", "Pick a larger plan", T0);
    assertThat(keys(SearchQuery.words("plan"))).containsExactly("2");

    table.put("2", "Resize", "Choose a bigger size", T0.plusSeconds(60));
    table.leave("1", T0.plusSeconds(61));
    assertThat(keys(SearchQuery.words("plan"))).isEmpty();
    assertThat(keys(SearchQuery.words("bigger"))).containsExactly("2");
    assertThat(keys(SearchQuery.words("reboot"))).isEmpty();
    assertThat(table.fullReads).isEqualTo(1);
  }

  @Test
  void aDeletedRowOrAChangeWithAnOlderTimeRebuildsTheIndex() {
    table.put("1", "Reboot", "Power menu", T0);
    table.put("2", "Resize", "Pick a larger plan", T0);
    keys(SearchQuery.words("plan"));

    table.delete("2");
    assertThat(keys(SearchQuery.words("plan"))).isEmpty();

    table.put("1", "Reboot", "Restart from the console", T0.minusSeconds(3600));
    assertThat(keys(SearchQuery.words("console"))).containsExactly("1");
    assertThat(table.fullReads).isEqualTo(3);
  }

  @Test
  void anUnchangedSourceIsNotReadAgain() {
    table.put("1", "Reboot", "Power menu", T0);
    keys(SearchQuery.words("reboot"));
    keys(SearchQuery.words("power"));
    assertThat(table.fullReads).isEqualTo(1);
    assertThat(table.deltaReads).isZero();
  }

  @Test
  void findsTheDocumentsALongQuestionIsAbout() {
    table.put("1", "Reset the root password", "Open the server, choose reset password.", T0);
    table.put("2", "Invoices and VAT", "Invoices list VAT for your country.", T0);
    table.put("3", "Attach a volume", "Volumes add disk space.", T0);
    table.put("4", "Port 25", "My mail server cannot send: outgoing port 25 is blocked.", T0);

    List<String> found =
        keys(
            SearchQuery.similarTo(
                "I forgot my root password and cannot log in to my server. How can I reset it?"));
    assertThat(found).as("two common words are no topic").containsExactly("1");
    assertThat(
            keys(
                SearchQuery.similarTo(
                    "Cannot log in\n\nI forgot my root password and cannot log in to my server.")))
        .containsExactly("1");
    assertThat(keys(SearchQuery.similarTo("Outgoing mail on port 25 does not leave my server.")))
        .containsExactly("4");
    assertThat(keys(SearchQuery.similarTo("vat on my invoice").onlyTypes(java.util.Set.of("X"))))
        .isEmpty();
  }

  @Test
  void aSearchDuringAnotherRequestsRefreshTakesTheIndexAsItIs() throws Exception {
    table.put("1", "Reboot", "Power menu", T0);
    keys(SearchQuery.words("reboot"));
    table.put("2", "Resize", "Pick a larger plan", T0.plusSeconds(5));
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    table.whileReading =
        () -> {
          reading.countDown();
          await(release);
        };
    Thread slow = new Thread(() -> index.refresh(table));
    slow.start();
    await(reading);
    index.refresh(table);
    assertThat(index.search(SearchQuery.words("plan"), 0, 10).hits())
        .as("the slow refresh has not applied the change yet")
        .isEmpty();
    release.countDown();
    slow.join();
    assertThat(keys(SearchQuery.words("plan"))).containsExactly("2");
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      assertThat(latch.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> keys(SearchQuery query) {
    index.refresh(table);
    return index.search(query, 0, 10).hits().stream().map(SearchHit::key).toList();
  }

  /** A table of rows with change times, as a database would answer for it. */
  private static final class FakeTable implements SearchSource {
    private final Map<String, SearchDocument> rows = new LinkedHashMap<>();
    private final Map<String, Instant> left = new LinkedHashMap<>();
    int fullReads;
    int deltaReads;
    Runnable whileReading = () -> {};

    void put(String key, String title, String body, Instant at) {
      left.remove(key);
      rows.put(key, new SearchDocument(key, "DOC", title, body, Map.of("k", key), at));
    }

    void leave(String key, Instant at) {
      rows.remove(key);
      left.put(key, at);
    }

    void delete(String key) {
      rows.remove(key);
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public SearchFingerprint fingerprint() {
      Instant newest =
          rows.values().stream()
              .map(SearchDocument::updatedAt)
              .max(Instant::compareTo)
              .orElse(null);
      long sum = rows.values().stream().mapToLong(SearchDocument::version).sum();
      return new SearchFingerprint(rows.size(), newest, sum);
    }

    @Override
    public List<SearchDocument> all() {
      fullReads++;
      return new ArrayList<>(rows.values());
    }

    @Override
    public Changes changedSince(Instant since) {
      deltaReads++;
      whileReading.run();
      return new Changes(
          rows.values().stream().filter(d -> !d.updatedAt().isBefore(since)).toList(),
          left.entrySet().stream()
              .filter(e -> !e.getValue().isBefore(since))
              .map(Map.Entry::getKey)
              .toList());
    }
  }
}
