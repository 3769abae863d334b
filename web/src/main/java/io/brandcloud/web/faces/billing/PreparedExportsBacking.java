package io.brandcloud.web.faces.billing;

import io.brandcloud.exports.application.PreparedExports;
import io.brandcloud.exports.domain.ExportTable;
import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.privacy.domain.ArchiveSize;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.tables.TableFormat;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Reports page's exports prepared in the background: which table, format and days to ask for,
 * and the staff member's own exports with how many rows are written (the page asks every two
 * seconds while one is written) and a download while the file is kept.
 */
@Named
@ViewScoped
public class PreparedExportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  // with each table's wire name: admin.prepared.table.ledger, admin.prepared.table.credit-notes …
  public static final String TABLE_TEXTS = "admin.prepared.table.";

  @EJB PreparedExports exports;
  @Inject ApplicationClock clock;
  @Inject Texts texts;

  private ExportTable table = ExportTable.LEDGER;
  private TableFormat format = TableFormat.XLSX;
  private LocalDate from;
  private LocalDate to;
  // read again after a restore: PreparedExport is not Serializable
  private transient List<PreparedExport> listed;

  @PostConstruct
  void aYearUpToToday() {
    to = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    from = to.minusYears(1).plusDays(1);
  }

  public List<ExportTable> getTables() {
    return Arrays.asList(ExportTable.values());
  }

  public List<TableFormat> getFormats() {
    return Arrays.asList(TableFormat.values());
  }

  public String tableName(ExportTable shown) {
    return texts.get(TABLE_TEXTS + shown.wireName());
  }

  public String formatName(TableFormat shown) {
    return texts.get(shown == TableFormat.XLSX ? "admin.reports.excel" : "admin.reports.csvFile");
  }

  public List<PreparedExport> getExports() {
    if (listed == null) {
      listed = exports.mine();
    }
    return listed;
  }

  /** One is waiting or being written: the page follows it. */
  public boolean isPreparing() {
    return getExports().stream().anyMatch(e -> e.status().isOpen());
  }

  public void refresh() {
    listed = null;
  }

  public void request() {
    Optional<DayRange> days = ReportDays.chosen(from, to, texts);
    if (days.isEmpty()) {
      return;
    }
    FacesActions.attempt(
        () -> exports.request(table, format, days.get(), Views.locale()),
        texts.format("admin.prepared.requested", tableName(table)));
    listed = null;
  }

  public String status(PreparedExport export) {
    long rows = export.rowsWritten();
    return switch (export.status()) {
      case REQUESTED -> texts.get("admin.prepared.status.requested");
      case BUILDING -> texts.format("admin.prepared.status.building", rows);
      case READY -> texts.format("admin.prepared.status.ready", rows);
      case EXPIRED -> texts.get("admin.prepared.status.expired");
      case FAILED -> texts.get("admin.prepared.status.failed");
    };
  }

  /** "2.4 MB", or nothing before it is written. */
  public String size(PreparedExport export) {
    return export.sizeBytes() == null ? "" : ArchiveSize.of(export.sizeBytes(), Views.locale());
  }

  public ExportTable getTable() {
    return table;
  }

  public void setTable(ExportTable table) {
    this.table = table;
  }

  public TableFormat getFormat() {
    return format;
  }

  public void setFormat(TableFormat format) {
    this.format = format;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
