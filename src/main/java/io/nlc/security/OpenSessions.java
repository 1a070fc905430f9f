package io.nlc.security;

import com.vaadin.flow.server.VaadinRequest;
import io.nlc.organisation.AccountLocked;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions the moment they are deactivated, their password is reset by someone else, or they change
 * it themselves (then all but the one they changed it in), and lists and ends a person's own sessions for "My
 * sessions". Spring
 * Security's {@link SessionRegistry} knows which session ids belong to whom (filled at sign-in); it only marks
 * them expired, so we also keep the live {@link HttpSession}s (from the container's session events) and invalidate
 * them at once: their next request, Vaadin's included, finds no session and goes back to sign-in.
 * <p>Both are in memory, so on the other app instances behind a proxy the sessions end through {@link
 * SessionCutoffs}, at their next request; "My sessions" lists those of this instance.
 */
@Component
class OpenSessions {

    private final SessionRegistry registry;
    private final SessionCutoffs cutoffs;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    OpenSessions(SessionRegistry registry, SessionCutoffs cutoffs) {
        this.registry = registry;
        this.cutoffs = cutoffs;
    }

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /** Sign-in changes the session id (against fixation); the session itself stays. */
    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = sessions.remove(event.getOldSessionId());
        sessions.put(event.getNewSessionId(), session != null ? session : (HttpSession) event.getSource());
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getId());
    }

    /**
     * After the change is committed, so a rolled-back deactivation signs nobody out. When the owner changed their
     * own password, the session they did it in stays (it runs on their thread, so it is the current request's).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void accountLocked(AccountLocked event) {
        String keep = event.reason().keepsCurrentSession() ? currentSessionId() : null;
        endEverywhereBut(event.username(), keep);
        for (SessionInformation information : sessionsOf(event.username())) {
            if (!information.getSessionId().equals(keep)) {
                end(information);
            }
        }
    }

    /**
     * Ends the person's sessions on the other app instances too ({@link SessionCutoffs}); the one to keep counts as
     * signed in at the cutoff, so it outlives it.
     */
    private void endEverywhereBut(String username, @Nullable String keep) {
        Instant cutoff = cutoffs.now();
        HttpSession kept = keep == null ? null : sessions.get(keep);
        if (kept != null) {
            try {
                SessionCutoffs.stamp(kept, cutoff);
            } catch (IllegalStateException ended) {
                // Ended meanwhile: nothing to keep.
            }
        }
        cutoffs.endSessionsSignedInBefore(username, cutoff);
    }

    /** How many sessions this instance holds (signed in or not), for the metrics. */
    int count() {
        return sessions.size();
    }

    /** The signed-in person's open sessions, this one first, then the most recently active. */
    List<OpenSession> mine() {
        String current = currentSessionId();
        List<OpenSession> mine = new ArrayList<>();
        for (SessionInformation information : sessionsOf(signedInName())) {
            HttpSession session = sessions.get(information.getSessionId());
            if (session == null) {
                continue;
            }
            try {
                mine.add(new OpenSession(
                        information.getSessionId(),
                        information.getSessionId().equals(current),
                        Instant.ofEpochMilli(session.getCreationTime()),
                        Instant.ofEpochMilli(session.getLastAccessedTime()),
                        text(session.getAttribute(SessionLifetimeFilter.BROWSER)),
                        text(session.getAttribute(SessionLifetimeFilter.ADDRESS))));
            } catch (IllegalStateException ended) {
                // Ended while we looked: not open any more.
            }
        }
        mine.sort(Comparator.comparing(OpenSession::current)
                .reversed()
                .thenComparing(Comparator.comparing(OpenSession::lastActive).reversed()));
        return mine;
    }

    /**
     * Ends one of the signed-in person's other sessions. An id that is not theirs, or is the current one, ends
     * nothing: ids reach here from the browser, so they are checked against the person, not trusted.
     */
    boolean endOther(String sessionId) {
        SessionInformation information = registry.getSessionInformation(sessionId);
        if (information == null
                || sessionId.equals(currentSessionId())
                || !signedInName().equals(username(information.getPrincipal()))) {
            return false;
        }
        end(information);
        return true;
    }

    /** Ends every session of the signed-in person but the current one; returns how many. */
    int endOthers() {
        String current = currentSessionId();
        if (current != null) {
            endEverywhereBut(signedInName(), current);
        }
        int ended = 0;
        for (SessionInformation information : sessionsOf(signedInName())) {
            if (!information.getSessionId().equals(current)) {
                end(information);
                ended++;
            }
        }
        return ended;
    }

    private List<SessionInformation> sessionsOf(String username) {
        List<SessionInformation> found = new ArrayList<>();
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(username(principal))) {
                found.addAll(registry.getAllSessions(principal, false));
            }
        }
        return found;
    }

    private void end(SessionInformation information) {
        information.expireNow();
        HttpSession session = sessions.remove(information.getSessionId());
        if (session != null) {
            invalidate(session);
        }
    }

    /** The signed-in person's user name; empty (nobody's) when no one is signed in, so nothing is listed or ended. */
    private static String signedInName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "" : authentication.getName();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The session of the request being served: Vaadin's when in a Vaadin request, else the servlet request's. */
    private static @Nullable String currentSessionId() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null && vaadin.getWrappedSession(false) != null) {
            return vaadin.getWrappedSession(false).getId();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                        && request.getRequest().getSession(false) != null
                ? request.getRequest().getSession(false).getId()
                : null;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // Ended meanwhile by its owner or by the idle timeout: nothing left to do.
        }
    }

    private static String username(Object principal) {
        return switch (principal) {
            case UserDetails user -> user.getUsername();
            case Principal named -> named.getName();
            default -> principal.toString();
        };
    }
}
