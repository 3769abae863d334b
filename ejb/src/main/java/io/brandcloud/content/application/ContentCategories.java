package io.brandcloud.content.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.content.domain.Category;
import io.brandcloud.content.domain.CategoryRepository;
import io.brandcloud.content.domain.Slugs;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The headings of the knowledge base and the FAQ: anyone reads them, staff keep them. */
@Stateless
public class ContentCategories {

  private static final int NAME_LENGTH = 80;

  @Inject CategoryRepository categories;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /** The categories pages are filed under, as everyone sees them. */
  public List<CategoryView> all() {
    return categories.all().stream().map(CategoryView::of).toList();
  }

  /** The categories as staff who write the pages keep them: needs the content permission. */
  public List<CategoryView> forStaff() {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return all();
  }

  public CategoryView create(String name, String slug, Integer position) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    String checkedName = Validation.requireText("name", name, NAME_LENGTH);
    String checkedSlug = Slugs.of("slug", slug, checkedName, NAME_LENGTH);
    refuseTaken(checkedName, checkedSlug, null);
    Category category = new Category(checkedName, checkedSlug, position(position, 0), clock.now());
    categories.add(category);
    audit.record(null, "content.category.created", "category " + category.id(), checkedName);
    return CategoryView.of(category);
  }

  public CategoryView change(long categoryId, String name, String slug, Integer position) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    Category category = find(categoryId);
    String checkedName =
        name == null ? category.name() : Validation.requireText("name", name, NAME_LENGTH);
    String checkedSlug =
        slug == null ? category.slug() : Slugs.of("slug", slug, checkedName, NAME_LENGTH);
    refuseTaken(checkedName, checkedSlug, categoryId);
    category.rename(checkedName, checkedSlug, position(position, category.position()));
    categories.saveChanges();
    audit.record(null, "content.category.changed", "category " + categoryId, checkedName);
    return CategoryView.of(category);
  }

  /** Its pages stay, without a category. */
  public void remove(long categoryId) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    Category category = find(categoryId);
    categories.touchPagesOf(categoryId, clock.now());
    categories.remove(category);
    audit.record(null, "content.category.removed", "category " + categoryId, category.name());
  }

  private void refuseTaken(String name, String slug, Long categoryId) {
    if (categories.taken(name, slug, categoryId)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A category named '" + name + "' or at '" + slug + "' exists");
    }
  }

  private static int position(Integer given, int absent) {
    if (given == null) {
      return absent;
    }
    if (given < 0 || given > 1000) {
      throw BrandcloudException.invalid("position", "position is between 0 and 1000");
    }
    return given;
  }

  private Category find(long categoryId) {
    return categories
        .find(categoryId)
        .orElseThrow(() -> BrandcloudException.notFound("Category " + categoryId));
  }
}
