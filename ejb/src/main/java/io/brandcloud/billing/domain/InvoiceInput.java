package io.brandcloud.billing.domain;

import io.brandcloud.identity.domain.OrganisationOwner;
import java.util.List;

/**
 * What one organisation's invoice for a month is made of, read in bulk: its servers' usage, other
 * charges of the month that are no server's (transfer above the pool), and its payments.
 */
public record InvoiceInput(
    long organisationId,
    BillingParty billedTo,
    OrganisationOwner owner,
    List<ServerUsage> usage,
    List<ProposedInvoice.Line> charges,
    List<ProposedInvoice.Payment> payments) {}
