/** Mustache templates tenants write, checked when saved and rendered as plain text. */
package io.brandcloud.shared.templates;
