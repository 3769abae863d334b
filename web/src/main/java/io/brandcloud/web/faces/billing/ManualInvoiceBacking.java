package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.domain.ManualInvoiceStore;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer billing page's invoice for one-off work: staff write lines, keep it as a draft or
 * issue it, and issue, edit or delete the drafts kept.
 */
@Named
@ViewScoped
public class ManualInvoiceBacking implements Serializable {

  @EJB ManualInvoices manual;
  @Inject CustomerBillingBacking page;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private final List<LineForm> lines = new ArrayList<>(List.of(new LineForm()));
  private Integer dueInDays = 14;
  private Long editing;

  /** One line as staff type it. */
  public static class LineForm implements Serializable {
    private String description;
    private BigDecimal amount;

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  public void addLine() {
    lines.add(new LineForm());
  }

  /** Keeps the lines as a draft, or issues them at once when {@code issue}. */
  public void save(boolean issue) {
    long customer = page.getCustomerId();
    String actor = currentLogin.login().orElseThrow().name();
    List<ManualInvoices.LineInput> input =
        lines.stream()
            .filter(l -> l.description != null || l.amount != null)
            .map(l -> new ManualInvoices.LineInput(l.description, l.amount))
            .toList();
    int days = dueInDays == null ? 14 : dueInDays;
    Long[] id = {editing};
    if (!FacesActions.attempt(
        () -> {
          if (id[0] == null) {
            id[0] = manual.draft(customer, input, days, actor);
          } else {
            manual.edit(customer, id[0], input, days, actor);
          }
        },
        issue ? null : texts.format("admin.manualInvoices.saved"))) {
      return;
    }
    // kept as a draft even if issuing it fails: saving again changes that draft
    editing = id[0];
    if (!issue
        || FacesActions.attempt(
            () -> manual.issue(customer, id[0], actor),
            texts.format("admin.manualInvoices.issued"))) {
      reset();
    }
  }

  public void issue(ManualInvoiceStore.Draft draft) {
    FacesActions.attempt(
        () ->
            manual.issue(
                page.getCustomerId(), draft.id(), currentLogin.login().orElseThrow().name()),
        texts.format("admin.manualInvoices.issued"));
  }

  public void delete(ManualInvoiceStore.Draft draft) {
    FacesActions.attempt(
        () ->
            manual.delete(
                page.getCustomerId(), draft.id(), currentLogin.login().orElseThrow().name()),
        texts.format("admin.manualInvoices.deleted"));
    if (draft.id() == (editing == null ? -1 : editing)) {
      reset();
    }
  }

  /** Voids an issued invoice staff wrote: a credit note for all of it, nothing refunded. */
  public void voidInvoice(InvoiceSummary invoice) {
    FacesActions.attempt(
        () ->
            manual.voidInvoice(
                page.getCustomerId(),
                invoice.id(),
                texts.format("admin.manualInvoices.voidReason"),
                currentLogin.login().orElseThrow().name()),
        texts.format("admin.manualInvoices.voided", invoice.number()));
  }

  /** Loads a draft into the form to change it. */
  public void edit(ManualInvoiceStore.Draft draft) {
    lines.clear();
    draft
        .lines()
        .forEach(
            l -> {
              LineForm form = new LineForm();
              form.description = l.description();
              form.amount = l.amount();
              lines.add(form);
            });
    dueInDays = (int) ChronoUnit.DAYS.between(draft.writtenOn(), draft.dueOn());
    editing = draft.id();
  }

  public List<ManualInvoiceStore.Draft> getDrafts() {
    return page.getCustomer() == null ? List.of() : manual.draftsOf(page.getCustomerId());
  }

  /** What a draft adds up to before tax. */
  public Money total(ManualInvoiceStore.Draft draft) {
    return money(
        draft.lines().stream()
            .map(ManualInvoiceStore.Line::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** An amount of a draft's, in the tenant's currency. */
  public Money money(BigDecimal amount) {
    return new Money(amount, CurrentTenant.require().currency());
  }

  private void reset() {
    lines.clear();
    lines.add(new LineForm());
    dueInDays = 14;
    editing = null;
  }

  public List<LineForm> getLines() {
    return lines;
  }

  public Integer getDueInDays() {
    return dueInDays;
  }

  public void setDueInDays(Integer dueInDays) {
    this.dueInDays = dueInDays;
  }

  public Long getEditing() {
    return editing;
  }
}
