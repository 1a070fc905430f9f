package io.nlc.organisation;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in against the app's own user table. */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                // Checked only after the password matched, so it tells nothing to someone guessing.
                .credentialsExpired(user.passwordExpired(clock.instant()))
                .authorities(List.of(new SimpleGrantedAuthority(user.role().authority())))
                .build();
    }
}
