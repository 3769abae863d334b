package io.brandcloud.provisioning.servers.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.provisioning.servers.domain.ResumeServersAfterPayment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Starts a paid-up organisation's suspended servers again and tells its owner. */
@ApplicationScoped
public class ResumeServersOnPayment implements MessageHandler<ResumeServersAfterPayment> {

  @EJB Servers servers;
  @EJB OwnerMail ownerMail;
  @Inject AuditLog audit;

  @Override
  public Class<ResumeServersAfterPayment> handles() {
    return ResumeServersAfterPayment.class;
  }

  @Override
  public void handle(ResumeServersAfterPayment command) {
    long organisation = command.organisationId();
    List<String> resumed = servers.resumeAfterPayment(organisation);
    if (resumed.isEmpty()) {
      return;
    }
    audit.record(
        null, "servers.resumed", "organisation " + organisation, String.join(", ", resumed));
    ownerMail.send(organisation, MessageType.SERVERS_RESUMED, Map.of("servers", resumed));
  }
}
