/**
 * Asking for a copy of one's data, the worker that builds it and mails the link, and the download
 * the link opens.
 */
package io.brandcloud.privacy.application;
