/**
 * Staff write, publish and retire pages and incidents (with the content permission); anyone reads
 * what is published, searched by words; customers see announcements until they dismiss them. Other
 * areas reach the knowledge base through the interfaces they own.
 */
package io.brandcloud.content.application;
