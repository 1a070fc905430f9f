package io.nlc.discussion;

import java.time.Instant;
import java.util.List;

/** A discussion thread on an item or theme ({@code targetId}), its messages oldest first. */
public record Discussion(long id, String targetId, boolean open, List<Message> messages) {

    /** One message; advisors' messages stand out on screen. */
    public record Message(String author, boolean byAdvisor, String body, Instant at) {}
}
