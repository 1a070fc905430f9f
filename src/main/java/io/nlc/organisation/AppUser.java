package io.nlc.organisation;

import io.nlc.content.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;
    private String passwordHash;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private @Nullable Long cityId;
    private @Nullable Long hubId;
    private String preferredLanguage;
    private boolean enabled = true;
    private boolean mustChangePassword;
    /** When a one-time password stops working (ASVS 6.4.1); null for a password its owner chose. */
    private @Nullable Instant passwordExpiresAt;
    /** The cities a national focal point rates; empty for every other role. Small, so read with the user. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "focal_point_city", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "city_id")
    private Set<Long> focalCities = new HashSet<>();

    @Version
    private long version;

    protected AppUser() {
        this("", "", "", Role.CITY_MEMBER, null, null, Language.FR);
    }

    AppUser(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long cityId,
            @Nullable Long hubId,
            Language language) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.cityId = cityId;
        this.hubId = hubId;
        this.preferredLanguage = language.code();
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Role role() {
        return role;
    }

    @Nullable
    Long cityId() {
        return cityId;
    }

    @Nullable
    Long hubId() {
        return hubId;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Sets a password; {@code oneTimeUntil} is null when its owner chose it, else when the one-time one expires. */
    void setPassword(String hash, @Nullable Instant oneTimeUntil) {
        this.passwordHash = hash;
        this.mustChangePassword = oneTimeUntil != null;
        this.passwordExpiresAt = oneTimeUntil;
    }

    /** A one-time password that was not replaced in time no longer signs anyone in. */
    boolean passwordExpired(Instant now) {
        return mustChangePassword && passwordExpiresAt != null && !now.isBefore(passwordExpiresAt);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    Set<Long> focalCities() {
        return Set.copyOf(focalCities);
    }

    void linkCities(Set<Long> cityIds) {
        focalCities.clear();
        focalCities.addAll(cityIds);
    }

    void preferLanguage(Language language) {
        this.preferredLanguage = language.code();
    }

    CurrentUser view() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return new CurrentUser(
                id,
                username,
                displayName,
                role,
                cityId,
                hubId,
                Language.fromCode(preferredLanguage),
                mustChangePassword,
                Set.copyOf(focalCities));
    }
}
