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
  void aPersonalNoticeReachesItsUserAloneInWhateverOrganisationTheyAct() {
    EnumSet<PushTopic> all = EnumSet.allOf(PushTopic.class);
    List<String> mine = listen(new PushAudience(1, "t_a", 1L, 7L, all, "me"));
    List<String> mineAsStaff = listen(new PushAudience(1, "t_a", null, 7L, all, "me"));
    List<String> colleague = listen(new PushAudience(1, "t_a", 1L, 8L, all, "colleague"));
    List<String> staff = listen(new PushAudience(1, "t_a", null, 9L, all, "staff"));
    List<String> sameIdElsewhere = listen(new PushAudience(1, "t_b", 1L, 7L, all, "other"));

    String mark = hub.mark();
    hub.changed(new DatabaseChange("notifications", "t_a", 7));

    String notice = "{\"topic\":\"notifications\"}";
    assertThat(mine).containsExactly(notice);
    assertThat(mineAsStaff).containsExactly(notice);
    assertThat(colleague).isEmpty();
    assertThat(staff).as("staff hear every organisation, not every person").isEmpty();
    assertThat(sameIdElsewhere).isEmpty();
    assertThat(hub.changedSince(new PushAudience(1, "t_a", 1L, 7L, all, "me"), mark)).isTrue();
    assertThat(hub.changedSince(new PushAudience(1, "t_a", 1L, 8L, all, "colleague"), mark))
        .isFalse();
  }

  @Test
  void aClosedPersonalSubscriptionHearsNoMore() {
    List<String> heard = new ArrayList<>();
    hub.subscribe(
            new PushAudience(1, "t_a", 1L, 7L, EnumSet.allOf(PushTopic.class), "me"), heard::add)
        .orElseThrow()
        .close();
    hub.changed(new DatabaseChange("notifications", "t_a", 7));
    assertThat(heard).isEmpty();
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
  void aUserHasTwentySocketsAtMostInAnOrganisationAndTheirTeamAsMany() {
    EnumSet<PushTopic> all = EnumSet.allOf(PushTopic.class);
    PushAudience me = new PushAudience(1, "t_a", 1L, 7L, all, "me");
    for (int i = 0; i < PushHub.PER_USER; i++) {
      assertThat(hub.subscribe(me, notice -> {})).isPresent();
    }
    assertThat(hub.subscribe(me, notice -> {})).isEmpty();
    assertThat(hub.subscribe(new PushAudience(1, "t_a", 1L, 8L, all, "colleague"), notice -> {}))
        .as("a colleague in the same organisation")
        .isPresent();
    assertThat(hub.subscribe(new PushAudience(1, "t_a", 2L, 7L, all, "me"), notice -> {}))
        .as("the same user in another organisation")
        .isPresent();
  }

  private List<String> listen(PushAudience audience) {
    List<String> heard = new ArrayList<>();
    hub.subscribe(audience, heard::add);
    return heard;
  }

  private static PushAudience audience(
      String schema, Long organisation, EnumSet<PushTopic> topics) {
    return new PushAudience(1, schema, organisation, null, topics, "someone");
  }
}
