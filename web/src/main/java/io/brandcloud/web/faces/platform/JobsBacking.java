package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.JobReports;
import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.WalletDrift;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The operator's view of background jobs: recent charging runs per tenant and wallet drift. */
@Named
@RequestScoped
public class JobsBacking {

  private static final int RECENT = 200;

  @EJB JobReports reports;
  @Inject CurrentLogin currentLogin;

  @PostConstruct
  void requireOperator() {
    currentLogin.require(Credentials.OPERATOR_GROUP);
  }

  public List<ChargingRunReport> getChargingRuns() {
    return reports.recentChargingRuns(RECENT);
  }

  public List<WalletDrift> getDrift() {
    return reports.recentDrift(RECENT);
  }
}
