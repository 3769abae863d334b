package io.brandcloud.privacy.application;

import io.brandcloud.privacy.domain.PersonalData;
import io.brandcloud.privacy.domain.PersonalData.TicketFile;
import io.brandcloud.privacy.domain.PersonalSection;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The archive's reads, each in a transaction of its own: a section streams through a cursor, which
 * needs one, and no read holds a transaction while another section is written.
 */
@Stateless
public class PersonalDataReads {

  @Inject PersonalData data;

  public void rows(PersonalSection section, long userId, Consumer<String> json) {
    data.rows(section, userId, json);
  }

  public List<Long> ownedOrganisations(long userId) {
    return data.ownedOrganisations(userId);
  }

  public List<TicketFile> ticketFiles(long userId) {
    return data.ticketFiles(userId);
  }

  public Optional<byte[]> content(long attachmentId) {
    return data.content(attachmentId);
  }
}
