package io.nlc.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

@Entity
class ThreadMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long authorId;
    private boolean byAdvisor;
    private String body;
    private Instant createdAt;
    /** The author when they have no account here (an imported archive); authorId then imported it. */
    private @Nullable String authorName;

    protected ThreadMessage() {
        this(0, false, "", Instant.EPOCH);
    }

    ThreadMessage(long authorId, boolean byAdvisor, String body, Instant createdAt) {
        this.authorId = authorId;
        this.byAdvisor = byAdvisor;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** A message of an imported archive by a person known only by name. */
    static ThreadMessage restored(long importer, String authorName, boolean byAdvisor, String body, Instant at) {
        ThreadMessage message = new ThreadMessage(importer, byAdvisor, body, at);
        message.authorName = authorName;
        return message;
    }

    Discussion.Message view(LongFunction<String> names) {
        return new Discussion.Message(
                authorName != null ? authorName : names.apply(authorId), byAdvisor, body, createdAt);
    }
}
