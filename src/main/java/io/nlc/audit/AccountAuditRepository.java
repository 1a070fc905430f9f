package io.nlc.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only, like the assessments' trail. */
interface AccountAuditRepository extends Repository<AccountAuditEntry, Long> {

    AccountAuditEntry save(AccountAuditEntry entry);

    List<AccountAuditEntry> findByUserIdOrderByHappenedAtDescIdDesc(long userId);
}
