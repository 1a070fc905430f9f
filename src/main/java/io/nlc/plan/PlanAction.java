package io.nlc.plan;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One action of a city's plan. The owner is a user of the city or, when {@code ownerUserId} is null, a named outside actor. */
@Entity
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long cityId;
    private long assessmentId;
    private String title;
    private String description;
    private @Nullable Long ownerUserId;
    private @Nullable String ownerName;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.PLANNED;

    private @Nullable String dropReason;

    // Written only by ActionReminders' conditional update, never by saving the entity, so a stale copy cannot undo
    // a reminder and a reminder does not move the version that editors hold.
    @Column(insertable = false, updatable = false)
    private @Nullable LocalDate remindedDueSoon;

    @Column(insertable = false, updatable = false)
    private @Nullable LocalDate remindedOverdue;

    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "plan_action_target", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "target_id")
    private Set<String> targets = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "plan_action_origin", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "target_id")
    private Set<String> origin = new HashSet<>();

    @Version
    private long version;

    protected PlanAction() {
        this(0, 0, 0, Instant.EPOCH, Set.of());
    }

    PlanAction(long cityId, long assessmentId, long createdBy, Instant now, Set<String> origin) {
        this.cityId = cityId;
        this.assessmentId = assessmentId;
        this.title = "";
        this.description = "";
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.origin = new HashSet<>(origin);
    }

    void edit(
            String title,
            String description,
            @Nullable Long ownerUserId,
            @Nullable String ownerName,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,
            Set<String> targets,
            Instant now) {
        this.title = title;
        this.description = description;
        this.ownerUserId = ownerUserId;
        this.ownerName = ownerUserId == null ? ownerName : null;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.targets.clear();
        this.targets.addAll(targets);
        this.updatedAt = now;
    }

    void changeStatus(ActionStatus status, @Nullable String dropReason, Instant now) {
        this.status = status;
        this.dropReason = status == ActionStatus.DROPPED ? dropReason : null;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("action not saved yet");
        }
        return id;
    }

    long cityId() {
        return cityId;
    }

    long assessmentId() {
        return assessmentId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable
    Long ownerUserId() {
        return ownerUserId;
    }

    @Nullable
    String ownerName() {
        return ownerName;
    }

    @Nullable
    LocalDate startDate() {
        return startDate;
    }

    @Nullable
    LocalDate dueDate() {
        return dueDate;
    }

    ActionStatus status() {
        return status;
    }

    @Nullable
    String dropReason() {
        return dropReason;
    }

    /** The due date a due-soon reminder was sent for, if any. */
    @Nullable
    LocalDate remindedDueSoon() {
        return remindedDueSoon;
    }

    /** The due date an overdue reminder was sent for, if any. */
    @Nullable
    LocalDate remindedOverdue() {
        return remindedOverdue;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<String> targets() {
        return targets;
    }

    Set<String> origin() {
        return origin;
    }

    long version() {
        return version;
    }
}
