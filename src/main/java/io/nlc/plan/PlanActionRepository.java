package io.nlc.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    @EntityGraph(attributePaths = {"targets", "origin"})
    List<PlanAction> findByCityIdOrderByIdAsc(long cityId);

    @EntityGraph(attributePaths = {"targets", "origin"})
    List<PlanAction> findByCityIdAndOwnerUserId(long cityId, long ownerUserId);

    List<PlanAction> findByCityIdIn(Collection<Long> cityIds);

    /** Open actions due on or before the day given: the candidates for a reminder. */
    @Query("select a from PlanAction a where a.status in :open and a.dueDate <= :horizon order by a.id")
    List<PlanAction> findOpenDueBy(Collection<ActionStatus> open, LocalDate horizon);

    /**
     * Claims the due-soon reminder for this due date: 1 if this caller is the first to send it, 0 if it was sent or
     * the due date changed meanwhile. The condition is checked on the row under its lock, so two instances running
     * the reminders at once cannot both send it.
     */
    @Modifying(flushAutomatically = true)
    @Query("update PlanAction a set a.remindedDueSoon = :due where a.id = :id and a.dueDate = :due"
            + " and (a.remindedDueSoon is null or a.remindedDueSoon <> :due)")
    int claimDueSoonReminder(long id, LocalDate due);

    /** As {@link #claimDueSoonReminder} for the overdue reminder; an overdue action needs no due-soon reminder after it. */
    @Modifying(flushAutomatically = true)
    @Query("update PlanAction a set a.remindedOverdue = :due, a.remindedDueSoon = :due where a.id = :id"
            + " and a.dueDate = :due and (a.remindedOverdue is null or a.remindedOverdue <> :due)")
    int claimOverdueReminder(long id, LocalDate due);
}
