package io.brandcloud.identity.application;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.RecoveryCodeRepository;
import io.brandcloud.identity.domain.TotpCodes;
import io.brandcloud.identity.domain.TotpSeed;
import io.brandcloud.identity.domain.TotpSeedRepository;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * TOTP two-factor authentication of the current tenant's users: enrol (seed shown once as QR code
 * and text), confirm with a code (which switches it on and returns ten single-use recovery codes),
 * check at login, and switch off with a code. Seeds are sealed with {@link TenantSecrets}.
 */
@Stateless
public class TwoFactor {

  private static final int RECOVERY_CODES = 10;

  @Inject TotpSeedRepository seeds;
  @Inject RecoveryCodeRepository recoveryCodes;
  @Inject UserRepository users;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  private final TotpCodes codes = new TotpCodes();

  public boolean isEnabled(long userId) {
    return seeds.confirmed(userId);
  }

  public TwoFactorEnrolment start(long userId) {
    User user = requireUser(userId);
    if (isEnabled(userId)) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "Two-factor authentication is already on");
    }
    String secret = new DefaultSecretGenerator().generate();
    seeds.enrol(userId, TenantSecrets.seal(secret, purpose(userId)), clock.now());
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
    seeds.confirm(userId, clock.now());
    List<String> recovery =
        Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    recoveryCodes.replace(
        userId, recovery.stream().map(c -> SecretTokens.sha256(normalise(c))).toList());
    audit.record(requireUser(userId).email(), "2fa.enabled", "user " + userId, null);
    return recovery;
  }

  /** Switches 2FA off; needs a current code or a recovery code. */
  public void disable(long userId, String code) {
    if (!verify(userId, code)) {
      throw BrandcloudException.invalid("code", "That code is not right");
    }
    recoveryCodes.removeAll(userId);
    seeds.remove(userId);
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
        recoveryCodes.use(userId, SecretTokens.sha256(normalise(code)), clock.now());
    if (recovered) {
      audit.record(requireUser(userId).email(), "2fa.recovery_code_used", "user " + userId, null);
    }
    return recovered;
  }

  public long unusedRecoveryCodes(long userId) {
    return recoveryCodes.unused(userId);
  }

  private boolean checkTotp(long userId, String code, boolean mustBeConfirmed) {
    Optional<TotpSeed> stored = seeds.ofUserForUpdate(userId);
    if (stored.isEmpty() || (mustBeConfirmed && !stored.get().confirmed())) {
      return false;
    }
    TotpSeed seed = stored.get();
    String secret = TenantSecrets.open(seed.sealed(), purpose(userId));
    OptionalLong step = codes.match(secret, code, clock.now(), seed.lastStep());
    if (step.isEmpty()) {
      return false;
    }
    seeds.useStep(userId, step.getAsLong());
    return true;
  }

  private static String purpose(long userId) {
    return "totp:" + userId;
  }

  private static String normalise(String recoveryCode) {
    return recoveryCode.strip().toLowerCase(Locale.ROOT);
  }

  private User requireUser(long userId) {
    return users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
  }
}
