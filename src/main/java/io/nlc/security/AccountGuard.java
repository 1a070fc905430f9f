package io.nlc.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.SecondFactors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Before every page: a deactivated user's session ends and they are sent to sign in again; someone holding a
 * one-time password must choose their own before going anywhere else, and then someone whose role needs a second
 * factor ({@link SecondFactors#REQUIRED_FOR}) must set one up.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    static final String CHANGE_PASSWORD = "account/password";
    static final String SET_UP_SECOND_FACTOR = "account/second-factor";

    private final Organisation organisation;
    private final SecondFactors secondFactors;

    AccountGuard(Organisation organisation, SecondFactors secondFactors) {
        this.organisation = organisation;
        this.secondFactors = secondFactors;
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
                        return;
                    }
                    if (authenticated
                            && !SET_UP_SECOND_FACTOR.equals(enter.getLocation().getPath())
                            && !CHANGE_PASSWORD.equals(enter.getLocation().getPath())
                            && secondFactors.mustEnrol()) {
                        enter.rerouteTo(SET_UP_SECOND_FACTOR);
                    }
                }));
    }
}
