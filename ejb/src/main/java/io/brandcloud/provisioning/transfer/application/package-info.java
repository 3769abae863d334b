/** The transfer pool as customers see it, and the warnings at 80 % and 100 % of it. */
package io.brandcloud.provisioning.transfer.application;
