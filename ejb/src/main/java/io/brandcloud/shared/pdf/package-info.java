/**
 * The tenant's brand on a printed page: every PDF a tenant hands out (invoices, credit notes,
 * statements, receipts, ticket transcripts) starts from {@link
 * io.brandcloud.shared.pdf.BrandedPdf}, so a change of logo or colours reaches all of them at once.
 */
package io.brandcloud.shared.pdf;
