package io.brandcloud.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.platform.domain.ContactAddressCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactAddressLimitsTest {

  @Test
  void messagesAreCountedInTenMinuteSlotsOverTheHourBefore() {
    List<String> asked = new ArrayList<>();
    ContactAddressLimits limits = new ContactAddressLimits();
    limits.counts =
        new ContactAddressCounts() {
          @Override
          public int countOne(String addressDigest, Instant slot, Instant since) {
            asked.add(addressDigest + " " + slot + " " + since);
            return asked.size();
          }

          @Override
          public int forgetBefore(Instant instant) {
            return 0;
          }
        };

    for (int i = 0; i < 7; i++) {
      boolean taken =
          limits.takeOne(i % 2 == 0 ? "Sam@Example.test" : "sam@example.test", at("12:39:59"));
      assertThat(taken).as("message " + (i + 1)).isEqualTo(i < 6);
    }

    assertThat(asked)
        .as("one address whatever its case, in the slot from 12:30, counted since 11:30")
        .containsOnly(asked.get(0));
    assertThat(asked.get(0)).endsWith(" 2026-11-28T12:30:00Z 2026-11-28T11:30:00Z");
    assertThat(ContactAddressLimits.slotOf(at("12:40:00"))).isEqualTo(at("12:40:00"));
  }

  private static Instant at(String time) {
    return Instant.parse("2026-11-28T" + time + "Z");
  }
}
