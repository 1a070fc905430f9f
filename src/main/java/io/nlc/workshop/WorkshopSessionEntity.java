package io.nlc.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A facilitated session on a round: its join code, its items in order and the one on the projector. */
@Entity
@Table(name = "workshop_session")
class WorkshopSessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long assessmentId;
    private String code;
    private int currentIndex;
    private long startedBy;
    private Instant startedAt;
    private Instant expiresAt;
    private @Nullable Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_session_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_id")
    private List<String> itemIds = new ArrayList<>();

    @Version
    private long version;

    protected WorkshopSessionEntity() {
        this(0, "", List.of(), 0, Instant.EPOCH, Instant.EPOCH);
    }

    WorkshopSessionEntity(
            long assessmentId,
            String code,
            List<String> itemIds,
            long startedBy,
            Instant startedAt,
            Instant expiresAt) {
        this.assessmentId = assessmentId;
        this.code = code;
        this.itemIds = new ArrayList<>(itemIds);
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.expiresAt = expiresAt;
    }

    long id() {
        return id == null ? 0 : id;
    }

    long assessmentId() {
        return assessmentId;
    }

    String code() {
        return code;
    }

    int currentIndex() {
        return currentIndex;
    }

    List<String> itemIds() {
        return List.copyOf(itemIds);
    }

    long startedBy() {
        return startedBy;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    /** Open until ended or expired. */
    boolean openAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    void moveTo(int index) {
        currentIndex = Math.clamp(index, 0, itemIds.size() - 1);
    }

    void end(Instant now) {
        endedAt = now;
    }

    WorkshopSession view() {
        return new WorkshopSession(
                id(), assessmentId, code, itemIds(), currentIndex, itemIds.get(currentIndex), expiresAt);
    }
}
