package io.nlc.discussion;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A discussion on one item or theme of an assessment; open until someone marks it resolved. */
@Entity
class CommentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long assessmentId;
    private String targetId;
    private Instant createdAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Long resolvedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "thread_id", nullable = false)
    @OrderBy("createdAt, id")
    private List<ThreadMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected CommentThread() {
        this(0, "", Instant.EPOCH);
    }

    CommentThread(long assessmentId, String targetId, Instant createdAt) {
        this.assessmentId = assessmentId;
        this.targetId = targetId;
        this.createdAt = createdAt;
    }

    long assessmentId() {
        return assessmentId;
    }

    String targetId() {
        return targetId;
    }

    void add(ThreadMessage message) {
        messages.add(message);
    }

    void resolve(long by, Instant at) {
        resolvedAt = at;
        resolvedBy = by;
    }

    void reopen() {
        resolvedAt = null;
        resolvedBy = null;
    }

    Discussion view(java.util.function.LongFunction<String> names) {
        return new Discussion(
                id == null ? 0 : id,
                targetId,
                resolvedAt == null,
                messages.stream().map(message -> message.view(names)).toList());
    }
}
