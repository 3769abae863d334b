package io.brandcloud.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A heading of the knowledge base and the FAQ ("Getting started", "Billing"); listed by position,
 * then name. Removing one leaves its pages without a category.
 */
@Entity
@Table(name = "content_categories")
public class Category {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String slug;

  @Column(nullable = false)
  private int position;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Category() {}

  public Category(String name, String slug, int position, Instant now) {
    this.createdAt = now;
    rename(name, slug, position);
  }

  public void rename(String newName, String newSlug, int newPosition) {
    this.name = newName;
    this.slug = newSlug;
    this.position = newPosition;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public int position() {
    return position;
  }
}
