package io.nlc.organisation.secondfactor;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    /**
     * Spends a time step: succeeds (1) only if no code of that step or a later one was accepted before, so that two
     * requests with the same code, even on two instances, cannot both get in.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update SecondFactor f set f.lastStep = :step where f.userId = :userId and f.confirmedAt is not null"
            + " and (f.lastStep is null or f.lastStep < :step)")
    int spend(@Param("userId") long userId, @Param("step") long step);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from SecondFactor f where f.userId = :userId")
    int deleteFor(@Param("userId") long userId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :now where c.userId = :userId and c.codeHash = :hash"
            + " and c.usedAt is null")
    int spendRecoveryCode(@Param("userId") long userId, @Param("hash") String hash, @Param("now") Instant now);

    @Query("select count(c) from RecoveryCode c where c.userId = :userId and c.usedAt is null")
    long recoveryCodesLeft(@Param("userId") long userId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from RecoveryCode c where c.userId = :userId")
    int deleteRecoveryCodes(@Param("userId") long userId);
}
