package io.brandcloud.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.ChangeNotices;
import io.brandcloud.shared.DatabaseChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushHubTest {

  private final PushHub hub = new PushHub();

  @Test
  void aChangeReachesItsOrganisationAndTheTenantsStaffOnly() {
    List<String> member = listen(audience("t_a", 1L, EnumSet.allOf(PushTopic.class)));
    List<String> serversOnly = listen(audience("t_a", 1L, EnumSet.of(PushTopic.SERVERS)));
    List<String> neighbour = listen(audience("t_a", 2L, EnumSet.allOf(PushTopic.class)));
    List<String> staff = listen(audience("t_a", null, EnumSet.allOf(PushTopic.class)));
    List<String> sameIdElsewhere = listen(audience("t_b", 1L, EnumSet.allOf(PushTopic.class)));

    hub.changed(new DatabaseChange("balance", "t_a", 1));
    hub.changed(new DatabaseChange("settings", "t_a", 1));

    String notice = "{\"topic\":\"balance\",\"organisation\":1}";
    assertThat(member).containsExactly(notice);
    assertThat(staff).containsExactly(notice);
    assertThat(serversOnly).isEmpty();
    assertThat(neighbour).isEmpty();
    assertThat(sameIdElsewhere).isEmpty();
    assertThat(hub.delivered()).isEqualTo(2);
  }

  @Test
  void aClosedSubscriptionHearsNoMore() {
    List<String> heard = new ArrayList<>();
    PushHub.Subscription subscription =
        hub.subscribe(audience("t_a", 1L, EnumSet.allOf(PushTopic.class)), heard::add)
            .orElseThrow();
    assertThat(hub.open()).isEqualTo(1);
    subscription.close();
    hub.changed(new DatabaseChange("servers", "t_a", 1));
    assertThat(heard).isEmpty();
    assertThat(hub.open()).isZero();
  }

  @Test
  void aGapInHearingAsksEverySocketToReadEverything() {
    List<String> heard = listen(audience("t_a", 1L, EnumSet.allOf(PushTopic.class)));
    hub.mayHaveMissedChanges(new ChangeNotices.Missed());
    assertThat(heard).containsExactly(PushHub.EVERYTHING);
  }

  @Test
  void aMarkSaysWhetherTheAudienceMayHaveMissedAChange() {
    PushAudience one = audience("t_a", 1L, EnumSet.allOf(PushTopic.class));
    PushAudience two = audience("t_a", 2L, EnumSet.allOf(PushTopic.class));
    PushAudience staff = audience("t_a", null, EnumSet.allOf(PushTopic.class));
    String drawn = hub.mark();
    assertThat(hub.changedSince(one, drawn)).isFalse();

    hub.changed(new DatabaseChange("servers", "t_a", 1));
    assertThat(hub.changedSince(one, drawn)).isTrue();
    assertThat(hub.changedSince(staff, drawn)).isTrue();
    assertThat(hub.changedSince(two, drawn)).isFalse();
    assertThat(hub.changedSince(one, hub.mark())).isFalse();

    assertThat(hub.changedSince(one, null)).isTrue();
    assertThat(hub.changedSince(one, "another-run.0")).isTrue();
    assertThat(hub.changedSince(one, drawn + "x")).isTrue();

    String beforeGap = hub.mark();
    hub.mayHaveMissedChanges(new ChangeNotices.Missed());
    assertThat(hub.changedSince(two, beforeGap)).isTrue();
  }

  @Test
  void anOrganisationHasAHundredSocketsAtMost() {
    PushAudience one = audience("t_a", 1L, EnumSet.allOf(PushTopic.class));
    for (int i = 0; i < PushHub.PER_AUDIENCE; i++) {
      assertThat(hub.subscribe(one, notice -> {})).isPresent();
    }
    assertThat(hub.subscribe(one, notice -> {})).isEmpty();
    assertThat(hub.subscribe(audience("t_a", 2L, EnumSet.allOf(PushTopic.class)), notice -> {}))
        .isPresent();
  }

  private List<String> listen(PushAudience audience) {
    List<String> heard = new ArrayList<>();
    hub.subscribe(audience, heard::add);
    return heard;
  }

  private static PushAudience audience(
      String schema, Long organisation, EnumSet<PushTopic> topics) {
    return new PushAudience(1, schema, organisation, topics, "someone");
  }
}
