/** Publishing the legal pages, reading them, and recording who accepted which version. */
package io.brandcloud.legal.application;
