package io.brandcloud.identity.application;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.TotpCodes;
import io.brandcloud.identity.domain.User;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretBox;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * TOTP two-factor authentication of the current tenant's users: enrol (seed shown once as QR code
 * and text), confirm with a code (which switches it on and returns ten single-use recovery codes),
 * check at login, and switch off with a code. Seeds are sealed with {@link SecretBox}.
 */
@Stateless
public class TwoFactor {

  private static final int RECOVERY_CODES = 10;

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  private final TotpCodes codes = new TotpCodes();

  public boolean isEnabled(long userId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM user_totp WHERE user_id = ?1 AND confirmed_at IS NOT NULL")
        .setParameter(1, userId)
        .getResultList()
        .isEmpty();
  }

  public TwoFactorEnrolment start(long userId) {
    User user = requireUser(userId);
    if (isEnabled(userId)) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "Two-factor authentication is already on");
    }
    String secret = new DefaultSecretGenerator().generate();
    em.createNativeQuery(
            "INSERT INTO user_totp (user_id, secret_encrypted, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted,"
                + " created_at = EXCLUDED.created_at, last_step = NULL")
        .setParameter(1, userId)
        .setParameter(2, SecretBox.fromEnvironment().seal(secret, context(userId)))
        .setParameter(3, clock.now())
        .executeUpdate();
    QrData qr =
        new QrData.Builder()
            .label(user.email())
            .secret(secret)
            .issuer(CurrentTenant.require().brand().productName())
            .algorithm(HashingAlgorithm.SHA1)
            .digits(TotpCodes.DIGITS)
            .period(TotpCodes.PERIOD_SECONDS)
            .build();
    try {
      ZxingPngQrGenerator png = new ZxingPngQrGenerator();
      return new TwoFactorEnrolment(
          secret, qr.getUri(), Utils.getDataUriForImage(png.generate(qr), png.getImageMimeType()));
    } catch (QrGenerationException e) {
      throw new IllegalStateException("The QR code could not be drawn", e);
    }
  }

  /** Switches 2FA on if the code is right; returns the recovery codes, shown this once. */
  public List<String> confirm(long userId, String code) {
    if (!checkTotp(userId, code, false)) {
      throw BrandcloudException.invalid("code", "That code is not right; check the app's clock");
    }
    em.createNativeQuery("UPDATE user_totp SET confirmed_at = ?2 WHERE user_id = ?1")
        .setParameter(1, userId)
        .setParameter(2, clock.now())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM recovery_codes WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
    List<String> recovery =
        Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    for (String recoveryCode : recovery) {
      em.createNativeQuery("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?1, ?2)")
          .setParameter(1, userId)
          .setParameter(2, SecretTokens.sha256(normalise(recoveryCode)))
          .executeUpdate();
    }
    audit.record(requireUser(userId).email(), "2fa.enabled", "user " + userId, null);
    return recovery;
  }

  /** Switches 2FA off; needs a current code or a recovery code. */
  public void disable(long userId, String code) {
    if (!verify(userId, code)) {
      throw BrandcloudException.invalid("code", "That code is not right");
    }
    em.createNativeQuery("DELETE FROM recovery_codes WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM user_totp WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
    audit.record(requireUser(userId).email(), "2fa.disabled", "user " + userId, null);
  }

  /** The second step of a login: a current TOTP code, or an unused recovery code (used up). */
  public boolean verify(long userId, String code) {
    if (checkTotp(userId, code, true)) {
      return true;
    }
    if (code == null || code.isBlank()) {
      return false;
    }
    boolean recovered =
        em.createNativeQuery(
                    "UPDATE recovery_codes SET used_at = ?3 WHERE user_id = ?1 AND code_hash = ?2"
                        + " AND used_at IS NULL")
                .setParameter(1, userId)
                .setParameter(2, SecretTokens.sha256(normalise(code)))
                .setParameter(3, clock.now())
                .executeUpdate()
            == 1;
    if (recovered) {
      audit.record(requireUser(userId).email(), "2fa.recovery_code_used", "user " + userId, null);
    }
    return recovered;
  }

  public long unusedRecoveryCodes(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM recovery_codes WHERE user_id = ?1 AND used_at IS NULL")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  private boolean checkTotp(long userId, String code, boolean mustBeConfirmed) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT secret_encrypted, last_step, confirmed_at FROM user_totp WHERE user_id = ?1"
                    + " FOR UPDATE")
            .setParameter(1, userId)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] row = (Object[]) rows.get(0);
    if (mustBeConfirmed && row[2] == null) {
      return false;
    }
    String secret = SecretBox.fromEnvironment().open((byte[]) row[0], context(userId));
    Long lastStep = row[1] == null ? null : ((Number) row[1]).longValue();
    OptionalLong step = codes.match(secret, code, clock.now(), lastStep);
    if (step.isEmpty()) {
      return false;
    }
    em.createNativeQuery("UPDATE user_totp SET last_step = ?2 WHERE user_id = ?1")
        .setParameter(1, userId)
        .setParameter(2, step.getAsLong())
        .executeUpdate();
    return true;
  }

  private static String context(long userId) {
    return CurrentTenant.require().schema().name() + ":totp:" + userId;
  }

  private static String normalise(String recoveryCode) {
    return recoveryCode.strip().toLowerCase(Locale.ROOT);
  }

  private User requireUser(long userId) {
    return Optional.ofNullable(em.find(User.class, userId))
        .orElseThrow(() -> BrandcloudException.notFound("User " + userId));
  }
}
