package io.brandcloud.billing.domain;

import io.brandcloud.identity.domain.OrganisationOwner;
import java.util.List;

/** What one organisation's invoice for a month is made of, read in bulk. */
public record InvoiceInput(
    long organisationId,
    BillingParty billedTo,
    OrganisationOwner owner,
    List<ServerUsage> usage,
    List<ProposedInvoice.Payment> payments) {}
