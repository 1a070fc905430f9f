package io.nlc.assessment;

import io.nlc.content.Tier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long cityId;
    private String roundLabel;
    private int frameworkVersion;
    private String frameworkChecksum;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_module", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "theme_id")
    private Set<String> modules = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "assessment_target", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "theme_id")
    @Column(name = "target_level")
    private Map<String, Integer> targets = new HashMap<>();

    private @Nullable String statusNote;
    private @Nullable Long statusChangedBy;
    private @Nullable Instant statusChangedAt;

    @Version
    private long version;

    protected Assessment() {
        this(0, "", 0, "", Tier.CORE, 0, Instant.EPOCH);
    }

    Assessment(
            long cityId,
            String roundLabel,
            int frameworkVersion,
            String frameworkChecksum,
            Tier tier,
            long createdBy,
            Instant now) {
        this.cityId = cityId;
        this.roundLabel = roundLabel;
        this.frameworkVersion = frameworkVersion;
        this.frameworkChecksum = frameworkChecksum;
        this.tier = tier;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("assessment not saved yet");
        }
        return id;
    }

    long cityId() {
        return cityId;
    }

    String roundLabel() {
        return roundLabel;
    }

    int frameworkVersion() {
        return frameworkVersion;
    }

    String frameworkChecksum() {
        return frameworkChecksum;
    }

    Tier tier() {
        return tier;
    }

    AssessmentStatus status() {
        return status;
    }

    long createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<String> modules() {
        return Set.copyOf(modules);
    }

    Map<String, Integer> targets() {
        return Map.copyOf(targets);
    }

    void selectModules(Set<String> selected) {
        modules.clear();
        modules.addAll(selected);
    }

    void setTarget(String themeId, int level) {
        targets.put(themeId, level);
    }

    /**
     * When a change made now happens: the clock's time to the microsecond the databases keep, and always after the
     * round's last change, so that the last change (the hub portfolio's score cache key) moves with every change.
     * Call it with the row locked ({@link AssessmentRepository#findForChangeById}).
     */
    Instant nextChangeAt(Instant clock) {
        Instant now = clock.truncatedTo(ChronoUnit.MICROS);
        return now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void changeStatus(AssessmentStatus next, @Nullable String note, long by, Instant now) {
        this.status = next;
        this.statusNote = note;
        this.statusChangedBy = by;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    @Nullable
    String statusNote() {
        return statusNote;
    }

    @Nullable
    Long statusChangedBy() {
        return statusChangedBy;
    }

    @Nullable
    Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** What other modules need of the round, with its scope in the framework version it is pinned to. */
    AssessmentRef ref(io.nlc.content.Framework framework) {
        return new AssessmentRef(
                id(),
                cityId,
                roundLabel,
                status(),
                frameworkVersion,
                createdAt(),
                updatedAt(),
                AssessmentScoring.scope(this, framework));
    }
}
