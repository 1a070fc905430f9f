package io.nlc.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkshopSessionRepository extends JpaRepository<WorkshopSessionEntity, Long> {

    Optional<WorkshopSessionEntity> findByCode(String code);

    boolean existsByCode(String code);

    List<WorkshopSessionEntity> findByAssessmentIdAndEndedAtIsNull(long assessmentId);
}
