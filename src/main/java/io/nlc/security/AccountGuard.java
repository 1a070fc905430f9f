package io.nlc.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.organisation.Organisation;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Before every page: a deactivated user's session ends and they are sent to sign in again; someone holding a
 * one-time password must choose their own before going anywhere else.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    static final String CHANGE_PASSWORD = "account/password";

    private final Organisation organisation;

    AccountGuard(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Authentication authentication =
                            SecurityContextHolder.getContext().getAuthentication();
                    boolean authenticated = authentication != null
                            && authentication.isAuthenticated()
                            && !"anonymousUser".equals(authentication.getName());
                    if (authenticated && !organisation.isSignedIn()) {
                        SecurityContextHolder.clearContext();
                        VaadinSession session = VaadinSession.getCurrent();
                        if (session != null && session.getSession() != null) {
                            session.getSession().invalidate();
                        }
                        enter.getUI().getPage().setLocation("login");
                        return;
                    }
                    if (authenticated
                            && organisation.currentUser().mustChangePassword()
                            && !CHANGE_PASSWORD.equals(enter.getLocation().getPath())) {
                        enter.rerouteTo(CHANGE_PASSWORD);
                    }
                }));
    }
}
