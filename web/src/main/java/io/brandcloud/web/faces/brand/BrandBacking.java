package io.brandcloud.web.faces.brand;

import io.brandcloud.mail.MessageTemplates;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.RenderedMessage;
import io.brandcloud.platform.application.OwnBrand;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.Contrast;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;

/**
 * The Brand page: a tenant's admin names the product, picks its colour and light or dark pages,
 * uploads a logo, and sees the portal's bar, a button and a figure in them before saving, with what
 * the panel does so every text reads.
 */
@Named
@ViewScoped
public class BrandBacking implements Serializable {

  private static final String WHITE = "#ffffff";

  @EJB OwnBrand brands;
  @Inject CurrentLogin currentLogin;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject MoneyFormat money;
  @EJB MessageTemplates templates;

  private Brand saved;
  private String productName;
  private String primaryColor;
  private boolean dark;
  private String mailSender;
  private String accentColor;
  private boolean sameAccent;
  private transient UploadedFile logo;
  private transient UploadedFile icon;

  @PostConstruct
  void load() {
    saved = brands.current();
    productName = saved.productName();
    primaryColor = saved.primaryColor();
    dark = saved.dark();
    mailSender = saved.mailSender();
    accentColor = saved.accent();
    sameAccent = saved.accentColor() == null;
  }

  /** The brand as the form now has it; while the colour is not yet #rrggbb, the saved one. */
  public Brand getPreview() {
    String color = normalised(primaryColor);
    String accent = normalised(accentColor);
    return saved
        .withLook(
            productName == null || productName.isBlank()
                ? saved.productName()
                : productName.strip(),
            Brand.isValidColor(color) ? color : saved.primaryColor(),
            dark)
        .withAccent(sameAccent ? null : Brand.isValidColor(accent) ? accent : saved.accentColor());
  }

  /** How the accent is changed to serve as link text on the pages, when it must be. */
  public String getAccentChanged() {
    Brand preview = getPreview();
    return changedAsText(
        preview,
        preview.accent(),
        preview.accentAsText(),
        "admin.brand.accentDarkened",
        "admin.brand.accentLightened");
  }

  /** The saved logo, at the panel's address when uploaded. */
  public String getPreviewLogoUrl() {
    return saved.logoUrlBelow(branding.url(""));
  }

  public int getMaxLogoKib() {
    return OwnBrand.MAX_LOGO_BYTES / 1024;
  }

  public int getMaxLogoPixels() {
    return OwnBrand.MAX_LOGO_PIXELS;
  }

  public double getNeededContrast() {
    return Contrast.TEXT;
  }

  /** How white text would read on the colour, when it would not: the panel writes black instead. */
  public String getWhiteTooFaint() {
    String color = getPreview().primaryColor();
    double white = Contrast.ratio(WHITE, color);
    return white >= Contrast.TEXT ? null : texts.format("admin.brand.whiteTooFaint", ratio(white));
  }

  /** How the colour is changed to serve as text on the pages, when it must be. */
  public String getDarkenedAsText() {
    Brand preview = getPreview();
    return changedAsText(
        preview,
        preview.primaryColor(),
        preview.primaryAsText(),
        "admin.brand.darkenedAsText",
        "admin.brand.lightenedAsText");
  }

  /** What a colour became as text on the preview's pages and how it reads; null if unchanged. */
  private String changedAsText(
      Brand preview, String colour, String asText, String darkened, String lightened) {
    if (asText.equals(colour)) {
      return null;
    }
    return texts.format(
        preview.dark() ? lightened : darkened,
        asText,
        ratio(Contrast.ratio(asText, preview.surfaceColor())));
  }

  /** A balance in the tenant's currency, as the dashboards show one in the brand's colour. */
  public String getSampleBalance() {
    return money.show(new Money(new BigDecimal("25.00"), CurrentTenant.require().currency()));
  }

  /** The contrast of the text on the colour, as the preview shows it. */
  public double getTextContrast() {
    Brand preview = getPreview();
    return ratio(Contrast.ratio(preview.textOnPrimary(), preview.primaryColor()));
  }

  public void save() {
    if (FacesActions.attempt(
        () ->
            brands.change(
                new OwnBrand.BrandChange(
                    productName,
                    normalised(primaryColor),
                    dark,
                    mailSender == null ? "" : mailSender,
                    sameAccent ? "" : normalised(accentColor)),
                actor()),
        texts.get("admin.brand.saved"))) {
      reopen();
    }
  }

  /** The name the mail's From line shows as the form now has it. */
  public String getSenderPreview() {
    return mailSender == null || mailSender.isBlank()
        ? getPreview().productName()
        : mailSender.strip();
  }

  /** An invoice's mail as customers get it, in the shop's own wording of it. */
  public RenderedMessage getSampleMail() {
    return templates.preview(MessageType.INVOICE_ISSUED, null, null);
  }

  public void uploadLogo() {
    if (chosen(logo)
        && FacesActions.attempt(
            () -> brands.uploadLogo(logo.getContent(), logo.getContentType(), actor()),
            texts.get("admin.brand.logoUploaded"))) {
      reopen();
    }
  }

  public void uploadIcon() {
    if (chosen(icon)
        && FacesActions.attempt(
            () -> brands.uploadIcon(icon.getContent(), icon.getContentType(), actor()),
            texts.get("admin.brand.iconUploaded"))) {
      reopen();
    }
  }

  public void removeIcon() {
    if (FacesActions.attempt(
        () -> brands.removeIcon(actor()), texts.get("admin.brand.iconRemoved"))) {
      reopen();
    }
  }

  private boolean chosen(UploadedFile file) {
    if (file == null || file.getSize() == 0) {
      FacesActions.error(texts.get("admin.brand.chooseFile"));
      return false;
    }
    return true;
  }

  public void removeLogo() {
    if (FacesActions.attempt(
        () -> brands.removeLogo(actor()), texts.get("admin.brand.logoRemoved"))) {
      reopen();
    }
  }

  /** The page again, drawn in the brand just saved from its bar to its buttons. */
  private void reopen() {
    FacesActions.redirect(branding.url("/admin/brand.xhtml"));
  }

  public boolean isHasLogo() {
    return saved.logoUrl() != null;
  }

  public boolean isHasIcon() {
    return saved.iconUrl() != null;
  }

  public int getMaxIconKib() {
    return OwnBrand.MAX_ICON_BYTES / 1024;
  }

  public int getMaxIconPixels() {
    return OwnBrand.MAX_ICON_PIXELS;
  }

  /** Rounded down, so 4.49 never shows as the 4.5 it misses. */
  private static double ratio(double value) {
    return Math.floor(value * 10) / 10;
  }

  /** {@code 1864AB} or {@code #1864AB} as the colour picker and people write it. */
  private static String normalised(String color) {
    if (color == null) {
      return null;
    }
    String c = color.strip().toLowerCase(Locale.ROOT);
    return c.startsWith("#") ? c : "#" + c;
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public String getProductName() {
    return productName;
  }

  public void setProductName(String productName) {
    this.productName = productName;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public void setPrimaryColor(String primaryColor) {
    this.primaryColor = primaryColor;
  }

  public String getAccentColor() {
    return accentColor;
  }

  public void setAccentColor(String accentColor) {
    this.accentColor = accentColor;
  }

  public boolean isSameAccent() {
    return sameAccent;
  }

  public void setSameAccent(boolean sameAccent) {
    this.sameAccent = sameAccent;
  }

  public String getMailSender() {
    return mailSender;
  }

  public void setMailSender(String mailSender) {
    this.mailSender = mailSender;
  }

  public boolean isDark() {
    return dark;
  }

  public void setDark(boolean dark) {
    this.dark = dark;
  }

  public UploadedFile getLogo() {
    return logo;
  }

  public void setLogo(UploadedFile logo) {
    this.logo = logo;
  }

  public UploadedFile getIcon() {
    return icon;
  }

  public void setIcon(UploadedFile icon) {
    this.icon = icon;
  }
}
