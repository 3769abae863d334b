/** The legal documents and acceptances in the tenant's schema. */
package io.brandcloud.legal.infrastructure;
