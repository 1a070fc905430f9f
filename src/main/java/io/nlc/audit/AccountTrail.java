package io.nlc.audit;

import io.nlc.organisation.Directory;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.SecondFactors;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail of changes made to people's accounts that must be traceable: a second factor reset by an administrator.
 * Written inside the change's own transaction, so a reset that commits is always in it; read by administrators.
 */
@Service
@Transactional(readOnly = true)
public class AccountTrail {

    /** The action of an entry for {@link SecondFactors.Reset}. */
    public static final String SECOND_FACTOR_RESET = "SECOND_FACTOR_RESET";

    private final AccountAuditRepository entries;
    private final Organisation organisation;
    private final Directory directory;

    AccountTrail(AccountAuditRepository entries, Organisation organisation, Directory directory) {
        this.entries = entries;
        this.organisation = organisation;
        this.directory = directory;
    }

    @EventListener
    @Transactional
    void on(SecondFactors.Reset reset) {
        entries.save(new AccountAuditEntry(reset.userId(), SECOND_FACTOR_RESET, reset.actorId(), reset.at()));
    }

    /** What was done to this person's account, newest first; administrators only. */
    public List<AccountRecord> of(long userId) {
        organisation.requireAdministrator();
        return entries.findByUserIdOrderByHappenedAtDescIdDesc(userId).stream()
                .map(entry -> new AccountRecord(
                        entry.happenedAt(), entry.action(), entry.actorId(), directory.displayName(entry.actorId())))
                .toList();
    }

    /** One change to an account: when, what, and who did it. */
    public record AccountRecord(Instant at, String action, long actorId, String actor) {}
}
