package io.nlc.base;

import io.nlc.organisation.AccountLocked;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
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
 * it themselves (then all but the one they changed it in). Spring
 * Security's {@link SessionRegistry} knows which session ids belong to whom (filled at sign-in); it only marks
 * them expired, so we also keep the live {@link HttpSession}s (from the container's session events) and invalidate
 * them at once: their next request, Vaadin's included, finds no session and goes back to sign-in.
 * <p>Both are in memory: with several app instances each one ends only the sessions it holds.
 */
@Component
class OpenSessions {

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
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
        for (Object principal : registry.getAllPrincipals()) {
            if (!event.username().equals(username(principal))) {
                continue;
            }
            for (SessionInformation information : registry.getAllSessions(principal, false)) {
                if (information.getSessionId().equals(keep)) {
                    continue;
                }
                information.expireNow();
                HttpSession session = sessions.remove(information.getSessionId());
                if (session != null) {
                    invalidate(session);
                }
            }
        }
    }

    private static @Nullable String currentSessionId() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) != null ? request.getRequest().getSession(false).getId()
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
