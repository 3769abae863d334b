package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.ServerUsage;
import io.brandcloud.identity.domain.OrganisationOwner;
import java.util.List;

/** What one organisation's invoice for a month is made of, read in bulk. */
public record InvoiceInput(
    long organisationId,
    BillingParty billedTo,
    OrganisationOwner owner,
    List<ServerUsage> usage,
    List<ProposedInvoice.Payment> payments) {}
