package io.nlc.organisation.secondfactor;

import io.nlc.kernel.NlcProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets before they reach the database (AES-256-GCM, a fresh nonce each time): unlike passwords
 * and API tokens they cannot be hashed, since the server must compute codes from them, so a copy of the database (a
 * backup, a dump) must not be enough to compute someone's codes. The key comes from {@code nlc.second-factor.key}
 * (NLC_SECOND_FACTOR_KEY, the same on every instance), else from a file created beside the embedded database on
 * first use and readable by its owner only.
 */
@Component
public class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final NlcProperties.SecondFactor settings;
    private volatile @Nullable SecretKey key;

    public SecretBox(NlcProperties properties) {
        this.settings = properties.secondFactor();
    }

    public String seal(byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a second-factor secret", e);
        }
    }

    public byte[] open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key(),
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(bytes, 0, NONCE_BYTES)));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            // Another key than the one it was sealed with: the operator must restore the key (README).
            throw new IllegalStateException("Cannot decrypt a second-factor secret: wrong nlc.second-factor.key?", e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(
                            settings.key().isBlank()
                                    ? fromFile(Path.of(settings.keyFile()))
                                    : Base64.getDecoder().decode(settings.key().strip()),
                            "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // Another instance on the same folder was first: use its key.
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the second-factor key " + file, e);
        }
    }
}
