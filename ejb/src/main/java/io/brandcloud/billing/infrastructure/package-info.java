/** Set-based SQL for charging and invoice numbering, and the branded invoice PDF. */
package io.brandcloud.billing.infrastructure;
