package io.nlc.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanNoteRepository extends JpaRepository<PlanNote, Long> {

    List<PlanNote> findByActionIdInOrderByWrittenAtDescIdDesc(Collection<Long> actionIds);
}
