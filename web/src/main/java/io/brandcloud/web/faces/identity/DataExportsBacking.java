package io.brandcloud.web.faces.identity;

import io.brandcloud.privacy.application.DataExports;
import io.brandcloud.privacy.domain.ArchiveSize;
import io.brandcloud.privacy.domain.DataExport;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The account page's copies of the user's data: asking for one, how far it is (the page asks every
 * two seconds while one is being prepared) and until when its mailed link works.
 */
@Named
@ViewScoped
public class DataExportsBacking implements Serializable {

  @EJB DataExports exports;
  @Inject OwnAccount own;
  @Inject Texts texts;

  // read again after a restore: DataExport is not Serializable
  private transient List<DataExport> listed;

  /** Staff acting as the user neither see nor ask for the user's copies. */
  public boolean isShown() {
    return !own.login().impersonated();
  }

  public List<DataExport> getExports() {
    if (!isShown()) {
      return List.of();
    }
    if (listed == null) {
      listed = exports.of(own.userId());
    }
    return listed;
  }

  /** One is waiting or being built: the page follows it, and no other can be asked for. */
  public boolean isPreparing() {
    return getExports().stream().anyMatch(e -> e.status().isOpen());
  }

  public void refresh() {
    listed = null;
  }

  public void request() {
    long user = own.userId();
    own.change(() -> exports.request(user), texts.format("account.data.requested"));
    listed = null;
  }

  public String status(DataExport export) {
    return switch (export.status()) {
      case REQUESTED -> texts.format("account.data.status.requested");
      case BUILDING -> texts.format("account.data.status.building", export.percentDone());
      case READY -> texts.format("account.data.status.ready");
      case DOWNLOADED -> texts.format("account.data.status.downloaded");
      case EXPIRED -> texts.format("account.data.status.expired");
      case FAILED -> texts.format("account.data.status.failed");
    };
  }

  public String askedBy(DataExport export) {
    return export.byStaff()
        ? texts.format("account.data.byStaff")
        : texts.format("account.data.byYou");
  }

  /** "2.4 MB", or nothing before it is built. */
  public String size(DataExport export) {
    return export.sizeBytes() == null ? "" : ArchiveSize.of(export.sizeBytes(), Views.locale());
  }
}
